/**
 * Decode-time specialisation: the commonest instruction forms get a handler with their operands baked
 * in (register numbers, operand size), so the run loop skips the generic operand plumbing (gr/sr size
 * switches, r/m register-or-memory tests). Each specialised handler computes exactly what the generic
 * one in ops.ts does for that form (same ALU helpers, same flags) — fast.test.ts cross-checks them.
 *
 * Also: which handlers can never change the code size (CS, CR0, EFER, RFLAGS.VM), so the run loop
 * may keep its cached code mode after them.
 */
import { H, type Handler } from './ops.ts';
import type { Insn } from './decode.ts';
import { wrap64, type Machine } from './machine.ts';
import { ACC_W } from './mmu.ts';
import { alu, alu64, ADD, AND, CMP, OR, SUB, XOR, flagsAdd32, flagsDec32, flagsInc32, flagsLogic32, flagsSub32, out as alu64Out } from './alu.ts';

/** Handlers after which the code size (16/32/64) is unchanged unless they fault. */
const KEEPS_MODE = new Set<Handler>([
  H.nop, H.pause, H.nopModrm, H.aluRmReg, H.aluRegRm, H.aluAccImm, H.grp1, H.testRmReg, H.testAccImm, H.grp2, H.grp3,
  H.incReg, H.decReg, H.imul3, H.imul2, H.movRmReg, H.movRegRm, H.movRmImm, H.movRegImm, H.movAccMoffs,
  H.movMoffsAcc, H.lea, H.movzx, H.movsx, H.movsxd, H.xchgRmReg, H.xchgAcc, H.cmov, H.setcc, H.bswap, H.cbw, H.cwd,
  H.btRmReg, H.grp8, H.bsf, H.bsr, H.shld, H.shrd, H.cmpxchg, H.xadd, H.pushReg, H.popReg, H.pushImm,
  H.jcc, H.jmpRel, H.callRel, H.ret, H.retImm, H.loop, H.jcxz, H.cmc, H.sahf, H.lahf, H.hlt,
  H.movs, H.stos, H.lods, H.cmps, H.scas, H.ins, H.outs, H.outImm, H.outDx, H.inImm, H.inDx,
]);

/** Can the code size change after executing a handler? (false: the cached mode stays valid) */
export function keepsMode(h: Handler): boolean { return KEEPS_MODE.has(h); }

/** Mode-keeping handlers that also set one of the per-instruction outcome flags or m.exit without throwing. */
const NOT_SIMPLE = new Set<Handler>([H.hlt, H.movs, H.stos, H.lods, H.cmps, H.scas, H.ins, H.outs, H.outImm, H.outDx, H.inImm, H.inDx]);

/**
 * "Simple" handlers never set halt / spin / softInt / swBreak / stayOnInsn / noTrap / m.exit (they can
 * only throw, or queue MMIO write fragments): step() runs them without resetting or testing those.
 */
export function isSimple(h: Handler): boolean { return KEEPS_MODE.has(h) && !NOT_SIMPLE.has(h); }

/** Simple handlers that may transfer control (write m.nip). */
const BRANCH = new Set<Handler>([H.jcc, H.jmpRel, H.callRel, H.ret, H.retImm, H.loop, H.jcxz]);

/** Can the handler change the next RIP (m.nip)? A compiled block (block.ts) ends after such an instruction. */
export function isBranch(h: Handler): boolean { return BRANCH.has(h); }

/** A specialised handler for `i` (decoded with generic handler `h`), or `h` itself. */
export function specialize(i: Insn, h: Handler): Handler {
  const sz = i.osz;
  if ((h === H.aluRmReg || h === H.aluRegRm) && i.rm >= 0 && (sz === 4 || sz === 8)) {
    // register-register ALU: dst op= src (32-bit writes clear the high half, CMP writes nothing)
    const toReg = h === H.aluRegRm;
    const d = toReg ? i.reg : i.rm, src = toReg ? i.rm : i.reg, op = i.op;
    if (sz === 4) return aluRegReg32(op, d, src);
    return (m: Machine) => {
      const lo = m.lo, hi = m.hi;
      const r = alu64(op, lo[d], hi[d], lo[src], hi[src], m.s.flags, m.f);
      if (op !== CMP) { lo[d] = r; hi[d] = alu64Hi(); }
      m.s.flags = m.f[0];
    };
  }
  if ((h === H.incReg || h === H.decReg) && sz === 4) {
    const r = i.op;
    // one function literal per operation: each gets its own (monomorphic) optimised code
    if (h === H.incReg) return (m: Machine) => { const lo = m.lo, a = lo[r], v = (a + 1) >>> 0; lo[r] = v; m.hi[r] = 0; m.s.flags = flagsInc32(a, v, m.s.flags); };
    return (m: Machine) => { const lo = m.lo, a = lo[r], v = (a - 1) >>> 0; lo[r] = v; m.hi[r] = 0; m.s.flags = flagsDec32(a, v, m.s.flags); };
  }
  if (i.mem && i.rm < 0 && sz === 4) {
    const mh = specializeMem32(i, h);
    if (mh !== null) return mh;
  }
  if ((h === H.movRmReg || h === H.movRegRm) && i.rm >= 0 && sz === 4) {
    const d = h === H.movRegRm ? i.reg : i.rm, src = h === H.movRegRm ? i.rm : i.reg;
    return (m: Machine) => { m.lo[d] = m.lo[src]; m.hi[d] = 0; };
  }
  return h;
}

/**
 * 32-bit register-register ALU `d op= src` (32-bit writes clear the high half, CMP writes nothing), one
 * function literal per operation so each gets its own monomorphic optimised code; ADC/SBB use alu().
 */
function aluRegReg32(op: number, d: number, src: number): Handler {
  switch (op) {
    case ADD: return (m: Machine) => { const lo = m.lo, a = lo[d], b = lo[src], v = (a + b) >>> 0; lo[d] = v; m.hi[d] = 0; m.s.flags = flagsAdd32(a, b, v, m.s.flags); };
    case SUB: return (m: Machine) => { const lo = m.lo, a = lo[d], b = lo[src], v = (a - b) >>> 0; lo[d] = v; m.hi[d] = 0; m.s.flags = flagsSub32(a, b, v, m.s.flags); };
    case CMP: return (m: Machine) => { const lo = m.lo, a = lo[d], b = lo[src]; m.s.flags = flagsSub32(a, b, (a - b) >>> 0, m.s.flags); };
    case XOR: return (m: Machine) => { const lo = m.lo, v = (lo[d] ^ lo[src]) >>> 0; lo[d] = v; m.hi[d] = 0; m.s.flags = flagsLogic32(v, m.s.flags); };
    case AND: return (m: Machine) => { const lo = m.lo, v = (lo[d] & lo[src]) >>> 0; lo[d] = v; m.hi[d] = 0; m.s.flags = flagsLogic32(v, m.s.flags); };
    case OR: return (m: Machine) => { const lo = m.lo, v = (lo[d] | lo[src]) >>> 0; lo[d] = v; m.hi[d] = 0; m.s.flags = flagsLogic32(v, m.s.flags); };
    default: return (m: Machine) => {
      const lo = m.lo;
      lo[d] = alu(op, lo[d], lo[src], 4, m.s.flags, m.f);
      m.hi[d] = 0;
      m.s.flags = m.f[0];
    };
  }
}

/**
 * Effective-address function for `i`'s memory operand with the addressing form baked in (32-bit
 * addressing without RIP-relative); other forms use the generic Machine.ea.
 */
function eaFn(i: Insn): (m: Machine) => number {
  const base = i.base, index = i.index, scale = i.scale, disp = i.disp;
  if (i.asz === 8 && base >= 0 && base < 16) {
    // registers as signed numbers (Machine.sgr), as the generic ea() adds them
    if (index >= 0) return (m) => wrap64(disp + ((m.hi[base] | 0) * P32 + m.lo[base]) + ((m.hi[index] | 0) * P32 + m.lo[index]) * scale);
    return (m) => wrap64(disp + ((m.hi[base] | 0) * P32 + m.lo[base]));
  }
  if (i.asz !== 4 || base === 16) return (m) => m.ea(i);
  if (base >= 0 && index >= 0) return (m) => (disp + m.lo[base] + m.lo[index] * scale) >>> 0;
  if (base >= 0) return (m) => (disp + m.lo[base]) >>> 0;
  if (index >= 0) return (m) => (disp + m.lo[index] * scale) >>> 0;
  return () => disp >>> 0;
}

/**
 * 32-bit operand ALU / MOV with a memory r/m operand: the same accesses as the generic handlers
 * (a read-modify-write translates once, for write, as rdRmW + wrRm do), without their size switches.
 */
function specializeMem32(i: Insn, h: Handler): Handler | null {
  const ea = eaFn(i), seg = i.seg, reg = i.reg, op = i.op;
  if (h === H.movRegRm) {
    return (m: Machine) => { const v = m.rdLin(m.lin(seg, ea(m), 4, false), 4); m.lo[reg] = v; m.hi[reg] = 0; };
  }
  if (h === H.movRmReg) {
    return (m: Machine) => { m.wrLin(m.lin(seg, ea(m), 4, true), 4, m.lo[reg]); };
  }
  if (h === H.aluRegRm) {
    // reg op= [mem]: one function literal per common operation (monomorphic optimised code)
    switch (op) {
      case ADD: return (m: Machine) => { const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4), lo = m.lo, a = lo[reg], v = (a + b) >>> 0; lo[reg] = v; m.hi[reg] = 0; m.s.flags = flagsAdd32(a, b, v, m.s.flags); };
      case SUB: return (m: Machine) => { const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4), lo = m.lo, a = lo[reg], v = (a - b) >>> 0; lo[reg] = v; m.hi[reg] = 0; m.s.flags = flagsSub32(a, b, v, m.s.flags); };
      case CMP: return (m: Machine) => { const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4), a = m.lo[reg]; m.s.flags = flagsSub32(a, b, (a - b) >>> 0, m.s.flags); };
      case XOR: return (m: Machine) => { const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4), lo = m.lo, v = (lo[reg] ^ b) >>> 0; lo[reg] = v; m.hi[reg] = 0; m.s.flags = flagsLogic32(v, m.s.flags); };
      case AND: return (m: Machine) => { const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4), lo = m.lo, v = (lo[reg] & b) >>> 0; lo[reg] = v; m.hi[reg] = 0; m.s.flags = flagsLogic32(v, m.s.flags); };
      case OR: return (m: Machine) => { const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4), lo = m.lo, v = (lo[reg] | b) >>> 0; lo[reg] = v; m.hi[reg] = 0; m.s.flags = flagsLogic32(v, m.s.flags); };
      default: return (m: Machine) => {
        const b = m.rdLin(m.lin(seg, ea(m), 4, false), 4);
        const lo = m.lo;
        lo[reg] = alu(op, lo[reg], b, 4, m.s.flags, m.f);
        m.hi[reg] = 0;
        m.s.flags = m.f[0];
      };
    }
  }
  if (h === H.aluRmReg) {
    if (op === CMP) return (m: Machine) => { const a = m.rdLin(m.lin(seg, ea(m), 4, false), 4); alu(CMP, a, m.lo[reg], 4, m.s.flags, m.f); m.s.flags = m.f[0]; };
    return (m: Machine) => {
      const l = m.lin(seg, ea(m), 4, true);
      const r = alu(op, m.rdLin(l, 4, ACC_W), m.lo[reg], 4, m.s.flags, m.f);
      m.wrLin(l, 4, r);
      m.s.flags = m.f[0];
    };
  }
  return null;
}

const P32 = 4294967296;

/** High half of the last alu64 result. */
function alu64Hi(): number { return alu64Out.hi; }
