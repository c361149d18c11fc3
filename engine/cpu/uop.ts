/**
 * Micro-op tier of the block runner. The commonest integer forms (32/64-bit register, immediate and
 * memory ALU / MOV / LEA, INC/DEC, Jcc/JMP, PUSH/POP/CALL/RET) get a small-integer kind at decode
 * time (`Insn.uop`, `classify`); `runBlocks` runs compiled blocks (block.ts) of them in ONE function
 * through a `switch` over literal cases, which V8 turns into a jump table. Why not the alternatives:
 * one closure per instruction called through `insn.exec` is a megamorphic call per instruction (the
 * largest cost in the profile), and generating JS per block needs `new Function`, which the app's
 * no-eval rule forbids. Other instructions of a block call their ops.ts handler (kind CALL).
 *
 * Three things keep the loop short:
 * - lazy flags: a 32-bit ADD/SUB/CMP/logic/INC/DEC records its operands and result; RFLAGS is
 *   computed when something reads it (a Jcc other than the common compare forms, a CALL handler,
 *   a fault or exit, the end of the run), so a fault or an exit always sees exact RFLAGS;
 * - one memory path: the operand's linear address and load are done once, before the switch, and the
 *   store after it, through the data TLB (dtlb.ts) or, on a miss, Machine's generic access path;
 * - block chaining: a block's successor in the same code page runs without leaving the function.
 *
 * Every kind computes exactly what the generic handler in ops.ts computes for that form (same
 * address checks, same flags); uop.test.ts cross-checks compiled blocks against single stepping.
 */
import type { Insn } from './decode.ts';
import type { Machine } from './machine.ts';
import { H, type Handler } from './ops.ts';
import {
  alu, alu64, incdec64, shift, out as alu64Out, testCC, ADD, AND, CMP, OR, SUB, XOR,
  flagsAdd32, flagsDec32, flagsInc32, flagsLogic32, flagsSub32,
} from './alu.ts';
import { fault, GP } from './faults.ts';
import { F_CF } from './state.ts';
import { blockAt } from './block.ts';

/** Micro-op kinds; the runner's `case` labels are these numbers as literals (V8 builds jump tables only for those). */
export const enum U {
  CALL = 0,
  ADD_RR = 1, SUB_RR = 2, AND_RR = 3, OR_RR = 4, XOR_RR = 5, CMP_RR = 6, TEST_RR = 7, MOV_RR = 8,
  ADD_RI = 9, SUB_RI = 10, AND_RI = 11, OR_RI = 12, XOR_RI = 13, CMP_RI = 14, MOV_RI = 15,
  INC_R = 16, DEC_R = 17,
  LOAD = 18, STORE = 19, STORE_I = 20, ALU_RM = 21, ALU_MR = 22, ALU_MI = 23, LEA = 24,
  ALU_RR64 = 25, ALU_RI64 = 26, MOV_RR64 = 27, MOV_RI64 = 28, LOAD64 = 29, STORE64 = 30, LEA64 = 31,
  INC_R64 = 32, DEC_R64 = 33, ALU_RM64 = 34, ALU_MR64 = 35,
  JCC = 36, JMP = 37, PUSH = 38, POP = 39, CALL_REL = 40, RET = 41,
  // byte operands (flags computed at once), MOVZX, TEST with an immediate
  STORE8 = 42, STORE8_I = 43, LOAD8 = 44, MOVZX_M = 45, MOVZX_R = 46,
  ALU8_MI = 47, ALU8_RI = 48, ALU8_MR = 49, ALU8_RM = 50, TEST_MI = 51, ALU8_RR = 52,
  // shifts / rotates of a 32-bit register, SETcc r8, CMOVcc, MOVSX (flags read or written at once)
  SHIFT_R = 53, SETCC_R = 54, CMOV = 55, MOVSX = 56,
}

/** `Insn.uacc`: the memory access the runner does around the kind (0 = none); size 4 unless QWORD / BYTE / WORD. */
const A_LOAD = 1, A_STORE = 2, A_QWORD = 4, A_RMW = 8, A_BYTE = 16, A_WORD = 32;

/**
 * A byte register as the runner addresses it: the GPR index, plus 16 for AH/CH/DH/BH (bits 8-15 of
 * RAX..RBX, the encodings 4-7 without a REX prefix).
 */
function byteReg(r: number, rex: boolean): number {
  return !rex && r >= 4 && r < 8 ? (r - 4) | 16 : r;
}

/*
 * Lazy flag states: which operation left RFLAGS' arithmetic bits to be computed: 0 = `fl` is exact,
 * 1 L_ADD, 2 L_SUB (also CMP), 3 L_LOGIC, 4 L_INC, 5 L_DEC. runBlocks writes them as literals with these
 * names in comments (a module constant costs a context load per use in V8's optimised code); flagsOf and
 * carryOf switch on the same numbers.
 */

/** ALU ops with a 32-bit kind (ADC/SBB use their handler: they read CF). */
function plainAlu(op: number): boolean {
  return op === ADD || op === SUB || op === AND || op === OR || op === XOR || op === CMP;
}

/** Row offset of an ALU op in the RR / RI rows (ADD, SUB, AND, OR, XOR, CMP). */
function aluCol(op: number): number {
  return op === ADD ? 0 : op === SUB ? 1 : op === AND ? 2 : op === OR ? 3 : op === XOR ? 4 : 5;
}

/** Addressing forms with a baked-in effective-address computation (`Insn.eak`); 0 = Machine.ea(). */
function eaKind(i: Insn): number {
  if (!i.mem) return 0;
  const b = i.base, x = i.index;
  if (i.asz === 4 && b !== 16) {
    if (b >= 0) return x >= 0 ? 2 : 1;
    return x >= 0 ? 3 : 4;
  }
  if (i.asz === 8) {
    if (b === 16) return x >= 0 ? 0 : 7;
    if (b >= 0) return x >= 0 ? 6 : 5;
  }
  return 0;
}

/**
 * The micro-op kind of a decoded instruction whose generic handler is `h` (U.CALL when none fits).
 * Operands go to `i.ud` (destination register), `i.us` (source register / condition code),
 * `i.uimm` (ALU op, -1 = TEST), `i.uacc` (memory access) and `i.eak` (addressing form).
 */
export function classify(i: Insn, h: Handler): number {
  i.eak = eaKind(i);
  i.uacc = 0;
  const sz = i.osz;
  if (i.lock) return U.CALL;
  if (sz === 1) return classifyByte(i, h);
  if (h === H.movzx && (sz === 4 || sz === 8)) {
    i.ud = i.reg; i.uimm = i.op; // source size
    if (i.rm >= 0) { i.us = i.op === 1 ? byteReg(i.rm, i.rex) : i.rm; return U.MOVZX_R; }
    i.uacc = A_LOAD | (i.op === 1 ? A_BYTE : A_WORD);
    return U.MOVZX_M;
  }
  if (h === H.grp3 && (i.reg & 7) < 2 && sz === 4 && i.rm < 0) { i.uacc = A_LOAD; return U.TEST_MI; }
  if (h === H.grp2 && sz === 4 && i.rm >= 0) { i.ud = i.rm; i.uimm = i.reg & 7; return U.SHIFT_R; }
  if (h === H.cmov && (sz === 4 || sz === 8)) {
    i.ud = i.reg; i.us = i.rm;
    if (i.rm < 0) i.uacc = A_LOAD | (sz === 8 ? A_QWORD : 0);
    return U.CMOV;
  }
  if (h === H.movsx && (sz === 4 || sz === 8)) {
    i.ud = i.reg; i.uimm = i.op; // source size
    if (i.rm >= 0) i.us = i.op === 1 ? byteReg(i.rm, i.rex) : i.rm;
    else i.uacc = A_LOAD | (i.op === 1 ? A_BYTE : A_WORD);
    return U.MOVSX;
  }
  if (sz !== 4 && sz !== 8) return U.CALL;
  const w = sz === 8;
  const reg = i.rm >= 0;
  if (h === H.aluRmReg || h === H.aluRegRm || h === H.testRmReg) {
    const test = h === H.testRmReg, toReg = h === H.aluRegRm;
    const op = test ? AND : i.op;
    if (!plainAlu(op)) return U.CALL;
    i.uimm = test ? -1 : op;
    if (reg) {
      i.ud = toReg ? i.reg : i.rm; i.us = toReg ? i.rm : i.reg;
      if (w) return U.ALU_RR64;
      return test ? U.TEST_RR : U.ADD_RR + aluCol(op);
    }
    if (test) return U.CALL;
    if (toReg) { i.ud = i.reg; i.uacc = A_LOAD | (w ? A_QWORD : 0); return w ? U.ALU_RM64 : U.ALU_RM; }
    i.us = i.reg;
    i.uacc = (op === CMP ? A_LOAD : A_LOAD | A_STORE | A_RMW) | (w ? A_QWORD : 0);
    return w ? U.ALU_MR64 : U.ALU_MR;
  }
  if (h === H.grp1 || h === H.aluAccImm) {
    const op = h === H.grp1 ? i.reg & 7 : i.op;
    if (!plainAlu(op)) return U.CALL;
    i.uimm = op;
    if (h === H.aluAccImm || reg) {
      i.ud = h === H.aluAccImm ? 0 : i.rm;
      return w ? U.ALU_RI64 : U.ADD_RI + aluCol(op);
    }
    if (w) return U.CALL;
    i.uacc = op === CMP ? A_LOAD : A_LOAD | A_STORE | A_RMW;
    return U.ALU_MI;
  }
  if (h === H.incReg || h === H.decReg) {
    i.ud = i.op;
    return h === H.incReg ? U.INC_R : U.DEC_R;
  }
  if (h === H.grp5 && reg && (i.reg & 7) < 2) {
    i.ud = i.rm;
    return (i.reg & 7) === 0 ? (w ? U.INC_R64 : U.INC_R) : (w ? U.DEC_R64 : U.DEC_R);
  }
  if (h === H.movRmReg || h === H.movRegRm) {
    if (reg) { i.ud = h === H.movRegRm ? i.reg : i.rm; i.us = h === H.movRegRm ? i.rm : i.reg; return w ? U.MOV_RR64 : U.MOV_RR; }
    if (h === H.movRegRm) { i.ud = i.reg; i.uacc = A_LOAD | (w ? A_QWORD : 0); return w ? U.LOAD64 : U.LOAD; }
    i.us = i.reg; i.uacc = A_STORE | (w ? A_QWORD : 0);
    return w ? U.STORE64 : U.STORE;
  }
  if (h === H.movRegImm) { i.ud = i.op; return w ? U.MOV_RI64 : U.MOV_RI; }
  if (h === H.movRmImm && (i.reg & 7) === 0) {
    if (reg) { i.ud = i.rm; return w ? U.MOV_RI64 : U.MOV_RI; }
    if (w) return U.CALL;
    i.uacc = A_STORE;
    return U.STORE_I;
  }
  if (h === H.lea && i.mem) { i.ud = i.reg; return w ? U.LEA64 : U.LEA; }
  if (h === H.jcc) { i.us = i.op; return U.JCC; }
  if (h === H.jmpRel) return U.JMP;
  // stack kinds check the stack size at run time (32-bit stack in 32-bit code, 64-bit in 64-bit code)
  if (h === H.pushReg || h === H.popReg) { i.ud = i.op; return h === H.pushReg ? U.PUSH : U.POP; }
  if (h === H.callRel) return U.CALL_REL;
  if (h === H.ret) return U.RET;
  return U.CALL;
}


/** Kinds of byte-operand forms (see classify). */
function classifyByte(i: Insn, h: Handler): number {
  const reg = i.rm >= 0;
  if (h === H.movRmReg) {
    if (reg) return U.CALL;
    i.us = byteReg(i.reg, i.rex); i.uacc = A_STORE | A_BYTE;
    return U.STORE8;
  }
  if (h === H.movRegRm) {
    if (reg) return U.CALL;
    i.ud = byteReg(i.reg, i.rex); i.uacc = A_LOAD | A_BYTE;
    return U.LOAD8;
  }
  if (h === H.movRmImm && (i.reg & 7) === 0 && !reg) { i.uacc = A_STORE | A_BYTE; return U.STORE8_I; }
  if (h === H.grp1 || h === H.aluAccImm) {
    const op = h === H.grp1 ? i.reg & 7 : i.op;
    if (!plainAlu(op)) return U.CALL;
    i.uimm = op;
    if (h === H.aluAccImm || reg) { i.ud = h === H.aluAccImm ? 0 : byteReg(i.rm, i.rex); return U.ALU8_RI; }
    i.uacc = op === CMP ? A_LOAD | A_BYTE : A_LOAD | A_STORE | A_RMW | A_BYTE;
    return U.ALU8_MI;
  }
  if (h === H.aluRmReg || h === H.aluRegRm || h === H.testRmReg) {
    const test = h === H.testRmReg, toReg = h === H.aluRegRm;
    const op = test ? AND : i.op;
    if (!plainAlu(op)) return U.CALL;
    i.uimm = test ? -1 : op;
    if (reg) { i.ud = byteReg(toReg ? i.reg : i.rm, i.rex); i.us = byteReg(toReg ? i.rm : i.reg, i.rex); return U.ALU8_RR; }
    if (test) return U.CALL;
    if (toReg) { i.ud = byteReg(i.reg, i.rex); i.uacc = A_LOAD | A_BYTE; return U.ALU8_RM; }
    i.us = byteReg(i.reg, i.rex);
    i.uacc = op === CMP ? A_LOAD | A_BYTE : A_LOAD | A_STORE | A_RMW | A_BYTE;
    return U.ALU8_MR;
  }
  if (h === H.grp3 && (i.reg & 7) < 2 && !reg) { i.uacc = A_LOAD | A_BYTE; return U.TEST_MI; }
  if (h === H.setcc && reg) { i.ud = byteReg(i.rm, i.rex); return U.SETCC_R; }
  return U.CALL;
}

/** RFLAGS with the lazily recorded operation's arithmetic flags computed. */
function flagsOf(lop: number, a: number, b: number, r: number, fl: number): number {
  switch (lop) {
    case 1: return flagsAdd32(a, b, r, fl);
    case 2: return flagsSub32(a, b, r, fl);
    case 3: return flagsLogic32(r, fl);
    case 4: return flagsInc32(a, r, fl);
    case 5: return flagsDec32(a, r, fl);
    default: return fl;
  }
}

/** CF of the lazily recorded operation (INC/DEC keep the CF already in fl). */
function carryOf(lop: number, a: number, b: number, r: number, fl: number): number {
  switch (lop) {
    case 1: return r < a ? F_CF : 0;
    case 2: return a < b ? F_CF : 0;
    case 3: return 0;
    default: return fl & F_CF;
  }
}

/** Effective address of forms without a baked-in computation (64-bit registers above 4 GiB, RIP-relative...). */
function eaSlow(m: Machine, i: Insn, next: number): number {
  if (i.eak === 7) { const a = next + i.disp; if (a > -140737488355328 && a < 140737488355328) return a; }
  m.nip = next; // RIP-relative forms read it
  return m.ea(i);
}

/** Linear address of an access of `size` bytes at seg:off; Machine.lin() decides faults. */
function lin(m: Machine, seg: number, off: number, size: number, write: boolean): number {
  const f = m.segFast[seg];
  if (f & 4) {
    if (off >= -140737488355328 && off + size <= 140737488355328) return off;
  } else if ((f & (write ? 2 : 1)) !== 0 && off + size - 1 <= m.segLim[seg]) {
    return (m.segBase[seg] + off) >>> 0;
  }
  return m.lin(seg, off, size, write);
}

/**
 * Stack load of `size` (4/8) bytes; 8-byte loads leave the high half in m.vhi. (The same data-TLB access
 * runBlocks inlines for memory operands, where a call per operand would cost; stack forms are rarer.)
 */
function load(m: Machine, l: number, size: number): number {
  const t = m.dtlb, vpn = Math.floor(l / 4096), ti = vpn & 255, o = l & 0xfff;
  if (t.rTag[ti] === vpn && o <= 4096 - size) {
    const p = t.rPage[ti];
    if (size === 8) m.vhi = (p[o + 4] | (p[o + 5] << 8) | (p[o + 6] << 16) | (p[o + 7] << 24)) >>> 0;
    return (p[o] | (p[o + 1] << 8) | (p[o + 2] << 16) | (p[o + 3] << 24)) >>> 0;
  }
  return m.rdLinFill(l, size, false);
}

/** Stack store; false when it took the generic path (the block must then check for MMIO fragments / watched pages). */
function store(m: Machine, l: number, size: number, v: number, vh: number): boolean {
  const t = m.dtlb, vpn = Math.floor(l / 4096), ti = vpn & 255, o = l & 0xfff;
  if (t.wTag[ti] === vpn && o <= 4096 - size) {
    const p = t.wPage[ti];
    p[o] = v; p[o + 1] = v >>> 8; p[o + 2] = v >>> 16; p[o + 3] = v >>> 24;
    if (size === 8) { p[o + 4] = vh; p[o + 5] = vh >>> 8; p[o + 6] = vh >>> 16; p[o + 7] = vh >>> 24; }
    return true;
  }
  m.wrLinFill(l, size, v, vh);
  return false;
}

/** Near branch target: canonical check in 64-bit code, 32-bit wrap and CS limit check otherwise (ops.ts jumpTo). */
function target(m: Machine, t: number, m64: boolean): number {
  if (m64) {
    if (t >= 9223372036854775808) t -= 18446744073709551616;
    if (t < -140737488355328 || t >= 140737488355328) fault(GP, 0);
    return t;
  }
  t = t >>> 0;
  if (t > m.segLim[1 /* CS */]) fault(GP, 0);
  return t;
}

/**
 * Run compiled blocks from the current RIP, block after block while each next block is in the
 * current fetch page, for at most `max` instructions; the caller has checked that the code size is
 * cached (m.cmode >= 0), the fetch page is current and no MMIO read completion is pending.
 * Returns the number of instructions consumed. RIP, RFLAGS and icount are written back. A fault or
 * user-space exit unwinds into `m.xErr` / `m.xInsn` (RIP = the instruction that raised it, which
 * counts as consumed); a store that queued MMIO write fragments ends the run after retiring.
 */
export function runBlocks(m: Machine, max: number, mode: number): number {
  const s = m.s, lo = m.lo, hi = m.hi, t = m.dtlb, segFast = m.segFast, segBase = m.segBase, segLim = m.segLim;
  const rTag = t.rTag, rPage = t.rPage, wTag = t.wTag, wPage = t.wPage;
  const m64 = mode === 64;
  const csBase = m64 ? 0 : segBase[1 /* CS */], csLim = segLim[1 /* CS */];
  let fl = s.flags | 0;
  // RF is cleared by the first instruction; none of these sets it again
  const rf = fl & 0x10000 /* F_RF */;
  fl &= ~0x10000 /* F_RF */;
  let lop = 0, la = 0, lb = 0, lr = 0;
  let r = s.rip;
  let done = 0;
  let insns: Insn[] = [];
  let j = 0;
  try {
    let fp = m.fPage, b: Insn[] | null = null, bRip = NaN;
    for (;;) {
      // ---- next block: in the current fetch page, not cut by a code store
      if (r !== bRip || m.fPage !== fp || b === null) { // (a loop's own block needs no lookup)
        fp = m.fPage;
        const lin0 = m64 ? r : (csBase + r) >>> 0;
        if (fp === null || fp.mode !== mode || Math.floor(lin0 / 4096) !== m.fLin) break;
        b = blockAt(fp, lin0 & 0xfff);
        if (b === null) break;
        bRip = r;
      }
      insns = b;
      const left = max - done;
      const n = b.length <= left ? b.length : left;
      if (n <= 0) break;
      let stop = false;
      for (j = 0; j < n; j++) {
        const i = insns[j];
        const next = m64 ? r + i.len : (r + i.len) >>> 0;
        // ---- memory operand: address and load
        const acc = i.uacc;
        let l = 0, mv = 0, mvh = 0, sv = 0, svh = 0;
        if (acc !== 0) {
          let off: number;
          switch (i.eak) {
            case 1: off = (i.disp + lo[i.base]) >>> 0; break;
            case 2: off = (i.disp + lo[i.base] + lo[i.index] * i.scale) >>> 0; break;
            case 3: off = (i.disp + lo[i.index] * i.scale) >>> 0; break;
            case 4: off = i.disp >>> 0; break;
            case 5: off = hi[i.base] === 0 ? i.disp + lo[i.base] : eaSlow(m, i, next); break;
            case 6: off = (hi[i.base] | hi[i.index]) === 0 ? i.disp + lo[i.base] + lo[i.index] * i.scale : eaSlow(m, i, next); break;
            default: off = eaSlow(m, i, next);
          }
          const size = acc & 4 /* A_QWORD */ ? 8 : acc & 16 /* A_BYTE */ ? 1 : acc & 32 /* A_WORD */ ? 2 : 4;
          const seg = i.seg, f = segFast[seg], wr = (acc & 2 /* A_STORE */) !== 0;
          if (f & 4) l = off >= -140737488355328 && off + size <= 140737488355328 ? off : m.lin(seg, off, size, wr);
          else if ((f & (wr ? 2 : 1)) !== 0 && off + size - 1 <= segLim[seg]) l = (segBase[seg] + off) >>> 0;
          else l = m.lin(seg, off, size, wr);
          if (acc & 1 /* A_LOAD */) {
            const vpn = Math.floor(l / 4096), ti = vpn & 255, o = l & 0xfff;
            const rmw = (acc & 8 /* A_RMW */) !== 0;
            if ((rmw ? wTag[ti] : rTag[ti]) === vpn && o <= 4096 - size) {
              const p = rmw ? wPage[ti] : rPage[ti];
              if (size === 1) mv = p[o];
              else if (size === 2) mv = p[o] | (p[o + 1] << 8);
              else {
                mv = (p[o] | (p[o + 1] << 8) | (p[o + 2] << 16) | (p[o + 3] << 24)) >>> 0;
                if (size === 8) mvh = (p[o + 4] | (p[o + 5] << 8) | (p[o + 6] << 16) | (p[o + 7] << 24)) >>> 0;
              }
            } else {
              mv = m.rdLinFill(l, size, rmw);
              mvh = m.vhi;
            }
          }
        }
        let kind = i.uop;
        // stack kinds: the fast form needs the code's natural stack (32-bit in 32-bit code, 64-bit in
        // 64-bit code), its operand size, and RSP away from a wrap; otherwise the ops.ts handler
        if (kind >= 38 && kind <= 41 && !(m64 ? i.osz === 8 && hi[4 /* RSP */] === 0 && lo[4 /* RSP */] >= 8 && lo[4 /* RSP */] <= 0xfffffff7 : i.osz === 4 && m.ss32)) kind = 0;
        switch (kind) {
          case 0: { // CALL: the ops.ts handler, with exact RFLAGS
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            m.curRip = r; m.nip = next; s.flags = fl;
            i.exec(m, i);
            fl = s.flags;
            r = m.nip;
            if (m.pendingFrags.length !== 0 || m.fPage !== fp) { stop = true; j++; }
            break;
          }
          // ---- 32-bit register, register
          case 1: { const d = i.ud, a = lo[d], c = lo[i.us], v = (a + c) >>> 0; lo[d] = v; hi[d] = 0; lop = 1 /* L_ADD */; la = a; lb = c; lr = v; break; }
          case 2: { const d = i.ud, a = lo[d], c = lo[i.us], v = (a - c) >>> 0; lo[d] = v; hi[d] = 0; lop = 2 /* L_SUB */; la = a; lb = c; lr = v; break; }
          case 3: { const d = i.ud, v = (lo[d] & lo[i.us]) >>> 0; lo[d] = v; hi[d] = 0; lop = 3 /* L_LOGIC */; lr = v; break; }
          case 4: { const d = i.ud, v = (lo[d] | lo[i.us]) >>> 0; lo[d] = v; hi[d] = 0; lop = 3 /* L_LOGIC */; lr = v; break; }
          case 5: { const d = i.ud, v = (lo[d] ^ lo[i.us]) >>> 0; lo[d] = v; hi[d] = 0; lop = 3 /* L_LOGIC */; lr = v; break; }
          case 6: { const a = lo[i.ud], c = lo[i.us]; lop = 2 /* L_SUB */; la = a; lb = c; lr = (a - c) >>> 0; break; }
          case 7: { lop = 3 /* L_LOGIC */; lr = (lo[i.ud] & lo[i.us]) >>> 0; break; }
          case 8: { const d = i.ud; lo[d] = lo[i.us]; hi[d] = 0; break; }
          // ---- 32-bit register, immediate
          case 9: { const d = i.ud, a = lo[d], c = i.imm >>> 0, v = (a + c) >>> 0; lo[d] = v; hi[d] = 0; lop = 1 /* L_ADD */; la = a; lb = c; lr = v; break; }
          case 10: { const d = i.ud, a = lo[d], c = i.imm >>> 0, v = (a - c) >>> 0; lo[d] = v; hi[d] = 0; lop = 2 /* L_SUB */; la = a; lb = c; lr = v; break; }
          case 11: { const d = i.ud, v = (lo[d] & i.imm) >>> 0; lo[d] = v; hi[d] = 0; lop = 3 /* L_LOGIC */; lr = v; break; }
          case 12: { const d = i.ud, v = (lo[d] | i.imm) >>> 0; lo[d] = v; hi[d] = 0; lop = 3 /* L_LOGIC */; lr = v; break; }
          case 13: { const d = i.ud, v = (lo[d] ^ i.imm) >>> 0; lo[d] = v; hi[d] = 0; lop = 3 /* L_LOGIC */; lr = v; break; }
          case 14: { const a = lo[i.ud], c = i.imm >>> 0; lop = 2 /* L_SUB */; la = a; lb = c; lr = (a - c) >>> 0; break; }
          case 15: { const d = i.ud; lo[d] = i.imm; hi[d] = 0; break; }
          // ---- INC / DEC (CF survives: fold the pending CF into fl first)
          case 16: {
            if (lop !== 0) fl = (fl & ~1 /* F_CF */) | carryOf(lop, la, lb, lr, fl);
            const d = i.ud, a = lo[d], v = (a + 1) >>> 0; lo[d] = v; hi[d] = 0; lop = 4 /* L_INC */; la = a; lr = v; break;
          }
          case 17: {
            if (lop !== 0) fl = (fl & ~1 /* F_CF */) | carryOf(lop, la, lb, lr, fl);
            const d = i.ud, a = lo[d], v = (a - 1) >>> 0; lo[d] = v; hi[d] = 0; lop = 5 /* L_DEC */; la = a; lr = v; break;
          }
          // ---- 32-bit memory (the operand was loaded above; stores happen below)
          case 18: { const d = i.ud; lo[d] = mv; hi[d] = 0; break; }
          case 19: sv = lo[i.us]; break;
          case 20: sv = i.imm >>> 0; break;
          case 21: case 22: case 23: {
            // reg op= [m] / [m] op= reg / [m] op= imm
            const k = i.uop, d = i.ud;
            const a = k === 21 ? lo[d] : mv, c = k === 21 ? mv : k === 22 ? lo[i.us] : i.imm >>> 0;
            let v: number;
            switch (i.uimm) {
              case 0: v = (a + c) >>> 0; lop = 1 /* L_ADD */; la = a; lb = c; break;
              case 5: case 7: v = (a - c) >>> 0; lop = 2 /* L_SUB */; la = a; lb = c; break;
              case 4: v = (a & c) >>> 0; lop = 3 /* L_LOGIC */; break;
              case 1: v = (a | c) >>> 0; lop = 3 /* L_LOGIC */; break;
              default: v = (a ^ c) >>> 0; lop = 3 /* L_LOGIC */; break;
            }
            lr = v;
            if (i.uimm !== 7 /* CMP */) { if (k === 21) { lo[d] = v; hi[d] = 0; } else sv = v; }
            break;
          }
          case 24: { // LEA r32
            const d = i.ud;
            let a: number;
            switch (i.eak) {
              case 1: a = i.disp + lo[i.base]; break;
              case 2: a = i.disp + lo[i.base] + lo[i.index] * i.scale; break;
              default: a = eaSlow(m, i, next);
            }
            lo[d] = a >>> 0; hi[d] = 0;
            break;
          }
          // ---- 64-bit operand size (flags computed at once)
          case 25: { // ALU_RR64 (uimm: op, -1 = TEST)
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const d = i.ud, c = i.us, op = i.uimm;
            const v = alu64(op < 0 ? 4 /* AND */ : op, lo[d], hi[d], lo[c], hi[c], fl, m.f);
            if (op !== 7 /* CMP */ && op >= 0) { lo[d] = v; hi[d] = alu64Out.hi; }
            fl = m.f[0];
            break;
          }
          case 26: { // ALU_RI64
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const d = i.ud, op = i.uimm;
            const v = alu64(op, lo[d], hi[d], i.imm >>> 0, i.imm < 0 ? 0xffffffff : 0, fl, m.f);
            if (op !== 7 /* CMP */) { lo[d] = v; hi[d] = alu64Out.hi; }
            fl = m.f[0];
            break;
          }
          case 27: { const d = i.ud, c = i.us; lo[d] = lo[c]; hi[d] = hi[c]; break; }
          case 28: { const d = i.ud; lo[d] = i.imm >>> 0; hi[d] = i.immHi; break; }
          case 29: { const d = i.ud; lo[d] = mv; hi[d] = mvh; break; }
          case 30: sv = lo[i.us]; svh = hi[i.us]; break;
          case 31: { // LEA r64
            const d = i.ud;
            const a = i.eak === 5 && hi[i.base] === 0 ? i.disp + lo[i.base] : eaSlow(m, i, next);
            lo[d] = a >>> 0; hi[d] = Math.floor(a / 4294967296) >>> 0;
            break;
          }
          case 32: case 33: {
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const d = i.ud;
            const v = incdec64(lo[d], hi[d], i.uop === 33, fl, m.f);
            lo[d] = v; hi[d] = alu64Out.hi; fl = m.f[0];
            break;
          }
          case 34: { // ALU_RM64
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const d = i.ud, op = i.uimm;
            const v = alu64(op, lo[d], hi[d], mv, mvh, fl, m.f);
            if (op !== 7 /* CMP */) { lo[d] = v; hi[d] = alu64Out.hi; }
            fl = m.f[0];
            break;
          }
          case 35: { // ALU_MR64
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const c = i.us;
            sv = alu64(i.uimm, mv, mvh, lo[c], hi[c], fl, m.f); svh = alu64Out.hi;
            fl = m.f[0];
            break;
          }
          // ---- control transfer (a block's last instruction)
          case 36: case 37: { // Jcc, JMP rel
            if (kind === 36) { // taken?
              const cc = i.us;
              let taken: boolean;
              if (lop === 2 /* L_SUB */) {
                // compare forms straight from the operands
                switch (cc >> 1) {
                  case 1: taken = la < lb; break;
                  case 2: taken = lr === 0; break;
                  case 3: taken = la <= lb; break;
                  case 4: taken = (lr & 0x80000000) !== 0; break;
                  case 6: taken = (la | 0) < (lb | 0); break;
                  case 7: taken = (la | 0) <= (lb | 0); break;
                  default: fl = flagsOf(lop, la, lb, lr, fl); lop = 0; taken = testCC(cc & 14, fl);
                }
                if (cc & 1) taken = !taken;
              } else if (lop !== 0 && (cc >> 1) === 2) {
                taken = (lr === 0) !== ((cc & 1) !== 0);
              } else {
                if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
                taken = testCC(cc, fl);
              }
              if (!taken) { r = next; continue; }
            }
            if (m64) {
              // next is canonical and the displacement 32-bit: no 2^64 wrap, only the canonical check
              const to = next + i.imm;
              if (to < -140737488355328 || to >= 140737488355328) fault(GP, 0);
              r = to;
              continue;
            }
            const to = (next + i.imm) >>> 0;
            if (to > csLim) fault(GP, 0); // beyond the CS limit (ops.ts jumpTo)
            r = to;
            continue;
          }
          case 38: case 39: case 40: case 41: {
            const k = kind;
            const size = m64 ? 8 : 4, sp = lo[4 /* RSP */];
            if (k === 38 || k === 40) { // PUSH r / CALL rel
              const to = k === 40 ? target(m, next + i.imm, m64) : 0;
              const nsp = m64 ? sp - 8 : (sp - 4) >>> 0;
              const plain = k === 38
                ? store(m, lin(m, 2 /* SS */, nsp, size, true), size, lo[i.ud], m64 ? hi[i.ud] : 0)
                : store(m, lin(m, 2 /* SS */, nsp, size, true), size, next >>> 0, m64 ? Math.floor(next / 4294967296) >>> 0 : 0);
              lo[4 /* RSP */] = nsp; if (!m64) hi[4 /* RSP */] = 0;
              r = k === 40 ? to : next;
              if (!plain && (m.pendingFrags.length !== 0 || m.fPage !== fp)) { stop = true; j++; }
              break;
            }
            const v = load(m, lin(m, 2 /* SS */, sp, size, false), size), vh = m64 ? m.vhi : 0;
            if (k === 39) { // POP r (a pop into RSP keeps the value read)
              lo[4 /* RSP */] = m64 ? sp + 8 : (sp + 4) >>> 0; if (!m64) hi[4 /* RSP */] = 0;
              lo[i.ud] = v; hi[i.ud] = vh;
              r = next;
            } else { // RET
              const to = target(m, m64 ? (vh | 0) * 4294967296 + v : v, m64);
              lo[4 /* RSP */] = m64 ? sp + 8 : (sp + 4) >>> 0; if (!m64) hi[4 /* RSP */] = 0;
              r = to;
            }
            break;
          }
          // ---- byte operands (RFLAGS at once through alu()), MOVZX, TEST with an immediate
          case 42: { const x = i.us; sv = x & 16 ? (lo[x & 15] >>> 8) & 0xff : lo[x] & 0xff; break; }
          case 43: sv = i.imm & 0xff; break;
          case 44: {
            const x = i.ud;
            if (x & 16) { const k = x & 15; lo[k] = (lo[k] & 0xffff00ff) | (mv << 8); } else lo[x] = (lo[x] & 0xffffff00) | mv;
            break;
          }
          case 45: { const d = i.ud; lo[d] = mv; hi[d] = 0; break; }
          case 46: {
            const d = i.ud, x = i.us;
            lo[d] = i.uimm === 2 ? lo[x] & 0xffff : x & 16 ? (lo[x & 15] >>> 8) & 0xff : lo[x] & 0xff;
            hi[d] = 0;
            break;
          }
          case 47: case 48: case 49: case 50: case 52: {
            // byte ALU: [m] op= imm, r8 op= imm, [m] op= r8, r8 op= [m], r8 op= r8 (uimm: op, -1 = TEST)
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const k = kind, x = i.ud, y = i.us, op = i.uimm;
            const rx = k === 47 || k === 49 ? mv : x & 16 ? (lo[x & 15] >>> 8) & 0xff : lo[x] & 0xff;
            const ry = k === 47 || k === 48 ? i.imm & 0xff : k === 50 ? mv : y & 16 ? (lo[y & 15] >>> 8) & 0xff : lo[y] & 0xff;
            const v = alu(op < 0 ? 4 /* AND */ : op, rx, ry, 1, fl, m.f);
            fl = m.f[0];
            if (op === 7 /* CMP */ || op < 0) break;
            if (k === 47 || k === 49) sv = v;
            else if (x & 16) { const r8 = x & 15; lo[r8] = (lo[r8] & 0xffff00ff) | (v << 8); } else lo[x] = (lo[x] & 0xffffff00) | v;
            break;
          }
          case 51: { // TEST [m], imm (byte or dword)
            if (acc & 16 /* A_BYTE */) {
              if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
              alu(4 /* AND */, mv, i.imm & 0xff, 1, fl, m.f);
              fl = m.f[0];
            } else { lop = 3 /* L_LOGIC */; lr = (mv & i.imm) >>> 0; }
            break;
          }
          case 53: { // SHIFT_R: count from the immediate, 1 or CL (ops.ts grp2); a zero count writes nothing
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const d = i.ud;
            const count = i.imm2 === 1 ? i.imm : i.imm2 === 2 ? 1 : lo[1 /* RCX */] & 0xff;
            const v = shift(i.uimm, lo[d], 0, count, 4, fl, m.f);
            if ((count & 31) !== 0) { lo[d] = v; hi[d] = 0; fl = m.f[0]; }
            break;
          }
          case 54: { // SETCC_R
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const x = i.ud, v = testCC(i.op, fl) ? 1 : 0;
            if (x & 16) { const k = x & 15; lo[k] = (lo[k] & 0xffff00ff) | (v << 8); } else lo[x] = (lo[x] & 0xffffff00) | v;
            break;
          }
          case 55: { // CMOV: the source is read whatever the condition; a 32-bit CMOV zero-extends even when false
            if (lop !== 0) { fl = flagsOf(lop, la, lb, lr, fl); lop = 0; }
            const d = i.ud, src = i.us, w = i.osz === 8;
            const v = acc !== 0 ? mv : lo[src], vh = acc !== 0 ? mvh : hi[src];
            if (testCC(i.op, fl)) { lo[d] = v; hi[d] = w ? vh : 0; } else if (!w) hi[d] = 0;
            break;
          }
          case 56: { // MOVSX r32/r64, r/m8 or r/m16
            const d = i.ud, x = i.us, size = i.uimm;
            const raw = acc !== 0 ? mv : size === 2 ? lo[x] & 0xffff : x & 16 ? (lo[x & 15] >>> 8) & 0xff : lo[x] & 0xff;
            const v = size === 1 ? (raw << 24) >> 24 : (raw << 16) >> 16;
            lo[d] = v >>> 0; hi[d] = i.osz === 8 && v < 0 ? 0xffffffff : 0;
            break;
          }
          default: throw new Error(`micro-op ${i.uop} has no case`);
        }
        if (stop) break;
        // ---- memory operand: store
        if (acc & 2 /* A_STORE */) {
          const size = acc & 4 /* A_QWORD */ ? 8 : acc & 16 /* A_BYTE */ ? 1 : acc & 32 /* A_WORD */ ? 2 : 4;
          const vpn = Math.floor(l / 4096), ti = vpn & 255, o = l & 0xfff;
          if (wTag[ti] === vpn && o <= 4096 - size) {
            const p = wPage[ti];
            p[o] = sv;
            if (size !== 1) {
              p[o + 1] = sv >>> 8;
              if (size !== 2) {
                p[o + 2] = sv >>> 16; p[o + 3] = sv >>> 24;
                if (size === 8) { p[o + 4] = svh; p[o + 5] = svh >>> 8; p[o + 6] = svh >>> 16; p[o + 7] = svh >>> 24; }
              }
            }
          } else {
            m.wrLinFill(l, size, sv, svh);
            // MMIO write fragments to report, or a store to code / page tables: end the run here
            if (m.pendingFrags.length !== 0 || m.fPage !== fp) { r = next; j++; stop = true; break; }
          }
        }
        if (kind !== 0 && (kind < 38 || kind > 41)) r = next;
      }
      done += j;
      if (stop || m.pendingFrags.length !== 0) break;
    }
  } catch (e) {
    // r is the instruction that raised it; the ones before it retired
    done += j;
    if (lop !== 0) fl = flagsOf(lop, la, lb, lr, fl);
    s.flags = fl;
    s.rip = r;
    m.icount += done;
    m.xErr = e;
    m.xInsn = insns[j];
    m.xRf = done === 0 ? rf : 0;
    return done + 1;
  }
  if (lop !== 0) fl = flagsOf(lop, la, lb, lr, fl);
  s.flags = fl | (done === 0 ? rf : 0);
  s.rip = r;
  m.icount += done;
  return done;
}
