/**
 * Instruction handlers. Each gets the machine and the decoded record; it
 * reads operands, computes, writes results and sets m.nip for branches.
 * Everything that needs user space (PIO, MMIO, MSR exits, hypercalls) goes
 * through the helpers at the end of this file.
 */
import type { Machine } from './machine.ts';
import type { Insn } from './decode.ts';
import {
  ADD, CMP, alu, alu64, incdec, incdec64, shift, out, szp, szp64, sext, testCC, MASK, SIGN, PARITY,
} from './alu.ts';
import {
  RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, CS, DS, ES, SS, FS, GS, TR, LDTR,
  F_CF, F_PF, F_AF, F_ZF, F_SF, F_OF, F_DF, F_IF, F_TF, F_RF, F_AC, F_ID, F_NT, F_IOPL, F_VM, F_ARITH,
  CR0_PE, CR0_PG, CR0_TS, CR4_PAE, EFER_LME, EFER_LMA,
} from './state.ts';
import { ACC_W } from './mmu.ts';
import { KVM_X86_SHADOW_INT_MOV_SS, KVM_X86_SHADOW_INT_STI } from '../kvm/uapi/structs.ts';
import { fault, faultNoErr, NO_RETIRE, EmulationFailure, DE, UD, GP, BP, OF as OF_VEC, SS_ } from './faults.ts';

export type Handler = (m: Machine, i: Insn) => void;

const P32 = 4294967296;

// ------------------------------------------------------------------ helpers

function setFlagsFrom(m: Machine): void { m.s.flags = m.f[0]; }

/** 64-bit operand read of r/m (lo returned, hi in m.vhi). */
function rdRm64(m: Machine, i: Insn, rmw: boolean): number {
  return rmw ? m.rdRmW(i, 8) : m.rdRm(i, 8);
}

/** Immediate as unsigned value of the operand size (Iz sign-extended to 64 gives immHi). */
function immU(i: Insn, size: number): number {
  return size === 4 || size === 8 ? i.imm >>> 0 : i.imm & MASK[size];
}

/** Jump to a new IP (operand size decides truncation) — branch targets in 64-bit mode are canonical-checked. */
function jumpTo(m: Machine, target: number, osz: number): void {
  if (m.s.mode64) {
    if (osz === 2) target &= 0xffff;
    else if (target >= 9223372036854775808) target -= 18446744073709551616;
    if (target < -140737488355328 || target >= 140737488355328) fault(GP, 0);
    m.nip = target;
    return;
  }
  target = osz === 2 ? target & 0xffff : target >>> 0;
  // CS limit check (KVM's emulator: assign_eip_near)
  if (target > m.s.seg[CS].limit) fault(GP, 0);
  m.nip = target;
}

/** Address-size counter register (CX/ECX/RCX) value and write-back. */
function cnt(m: Machine, asz: number): number {
  return asz === 2 ? m.lo[RCX] & 0xffff : asz === 4 ? m.lo[RCX] : m.sgr(RCX) === 0 ? 0 : ((m.hi[RCX] !== 0) ? 0x100000000 + m.lo[RCX] : m.lo[RCX]);
}
function decCnt(m: Machine, asz: number): void {
  const lo = m.lo;
  if (asz === 2) lo[RCX] = (lo[RCX] & 0xffff0000) | ((lo[RCX] - 1) & 0xffff);
  else if (asz === 4) { lo[RCX] = (lo[RCX] - 1) >>> 0; m.hi[RCX] = 0; }
  else { if (lo[RCX] === 0) m.hi[RCX] = (m.hi[RCX] - 1) >>> 0; lo[RCX] = (lo[RCX] - 1) >>> 0; }
}
function cntIsZero(m: Machine, asz: number): boolean {
  return asz === 2 ? (m.lo[RCX] & 0xffff) === 0 : asz === 4 ? m.lo[RCX] === 0 : (m.lo[RCX] | m.hi[RCX]) === 0;
}

/** Advance an index register (SI/DI) by delta honouring the address size. */
function advIdx(m: Machine, r: number, asz: number, delta: number): void {
  const lo = m.lo;
  if (asz === 2) lo[r] = (lo[r] & 0xffff0000) | ((lo[r] + delta) & 0xffff);
  else if (asz === 4) { lo[r] = (lo[r] + delta) >>> 0; m.hi[r] = 0; }
  else {
    const v = m.sgr(r) + delta;
    lo[r] = v >>> 0; m.hi[r] = Math.floor(v / P32) >>> 0;
  }
}
function idx(m: Machine, r: number, asz: number): number {
  return asz === 2 ? m.lo[r] & 0xffff : asz === 4 ? m.lo[r] : m.sgr(r);
}

// ------------------------------------------------------------------ ALU

function aluRM(m: Machine, i: Insn, toReg: boolean): void {
  const sz = i.osz, op = i.op;
  if (sz === 8) {
    if (toReg) {
      const b = rdRm64(m, i, false), bh = m.vhi;
      const a = m.lo[i.reg], ah = m.hi[i.reg];
      const r = alu64(op, a, ah, b, bh, m.s.flags, m.f);
      if (op !== CMP) m.sr(i.reg, 8, r, true, out.hi);
    } else {
      const a = rdRm64(m, i, op !== CMP), ah = m.vhi;
      const r = alu64(op, a, ah, m.lo[i.reg], m.hi[i.reg], m.s.flags, m.f);
      if (op !== CMP) m.wrRm(i, 8, r, out.hi);
    }
    setFlagsFrom(m);
    return;
  }
  if (toReg) {
    const b = m.rdRm(i, sz);
    const r = alu(op, m.gr(i.reg, sz, i.rex), b, sz, m.s.flags, m.f);
    if (op !== CMP) m.sr(i.reg, sz, r, i.rex);
  } else {
    const a = op !== CMP ? m.rdRmW(i, sz) : m.rdRm(i, sz);
    const r = alu(op, a, m.gr(i.reg, sz, i.rex), sz, m.s.flags, m.f);
    if (op !== CMP) m.wrRm(i, sz, r);
  }
  setFlagsFrom(m);
}

function grp1(m: Machine, i: Insn): void {
  const sz = i.osz, op = i.reg & 7;
  if (sz === 8) {
    const a = rdRm64(m, i, op !== CMP), ah = m.vhi;
    const r = alu64(op, a, ah, i.imm >>> 0, i.imm < 0 ? 0xffffffff : 0, m.s.flags, m.f);
    if (op !== CMP) m.wrRm(i, 8, r, out.hi);
  } else {
    const a = op !== CMP ? m.rdRmW(i, sz) : m.rdRm(i, sz);
    const r = alu(op, a, immU(i, sz), sz, m.s.flags, m.f);
    if (op !== CMP) m.wrRm(i, sz, r);
  }
  setFlagsFrom(m);
}

function aluAccImm(m: Machine, i: Insn): void {
  const sz = i.osz, op = i.op;
  if (sz === 8) {
    const r = alu64(op, m.lo[RAX], m.hi[RAX], i.imm >>> 0, i.imm < 0 ? 0xffffffff : 0, m.s.flags, m.f);
    if (op !== CMP) m.sr(RAX, 8, r, true, out.hi);
  } else {
    const r = alu(op, m.gr(RAX, sz, true), immU(i, sz), sz, m.s.flags, m.f);
    if (op !== CMP) m.sr(RAX, sz, r, true);
  }
  setFlagsFrom(m);
}

function testRmReg(m: Machine, i: Insn): void {
  const sz = i.osz;
  if (sz === 8) {
    const a = rdRm64(m, i, false), ah = m.vhi;
    alu64(4, a, ah, m.lo[i.reg], m.hi[i.reg], m.s.flags, m.f);
  } else alu(4, m.rdRm(i, sz), m.gr(i.reg, sz, i.rex), sz, m.s.flags, m.f);
  setFlagsFrom(m);
}

function testAccImm(m: Machine, i: Insn): void {
  const sz = i.osz;
  if (sz === 8) alu64(4, m.lo[RAX], m.hi[RAX], i.imm >>> 0, i.imm < 0 ? 0xffffffff : 0, m.s.flags, m.f);
  else alu(4, m.gr(RAX, sz, true), immU(i, sz), sz, m.s.flags, m.f);
  setFlagsFrom(m);
}

function incDecRm(m: Machine, i: Insn, dec: boolean): void {
  const sz = i.osz;
  if (sz === 8) {
    const a = rdRm64(m, i, true), ah = m.vhi;
    const r = incdec64(a, ah, dec, m.s.flags, m.f);
    m.wrRm(i, 8, r, out.hi);
  } else {
    const r = incdec(m.rdRmW(i, sz), dec, sz, m.s.flags, m.f);
    m.wrRm(i, sz, r);
  }
  setFlagsFrom(m);
}

function incDecReg(m: Machine, i: Insn, dec: boolean): void {
  const r = incdec(m.gr(i.op, i.osz, true), dec, i.osz, m.s.flags, m.f);
  m.sr(i.op, i.osz, r, true);
  setFlagsFrom(m);
}

function grp2(m: Machine, i: Insn): void {
  const sz = i.osz;
  const count = i.imm2 === 1 ? i.imm : i.imm2 === 2 ? 1 : m.lo[RCX] & 0xff;
  const op = i.reg & 7;
  const a = sz === 8 ? rdRm64(m, i, true) : m.rdRmW(i, sz);
  const ah = sz === 8 ? m.vhi : 0;
  const masked = count & (sz === 8 ? 63 : 31);
  const r = shift(op, a, ah, count, sz, m.s.flags, m.f);
  if (masked === 0) return; // no write, flags unchanged
  m.wrRm(i, sz, r, sz === 8 ? out.hi : 0);
  setFlagsFrom(m);
}

function grp3(m: Machine, i: Insn): void {
  const sz = i.osz, op = i.reg & 7;
  switch (op) {
    case 0: case 1: { // test r/m, imm
      if (sz === 8) { const a = rdRm64(m, i, false), ah = m.vhi; alu64(4, a, ah, i.imm >>> 0, i.imm < 0 ? 0xffffffff : 0, m.s.flags, m.f); }
      else alu(4, m.rdRm(i, sz), immU(i, sz), sz, m.s.flags, m.f);
      setFlagsFrom(m);
      return;
    }
    case 2: { // not: flags untouched
      if (sz === 8) { const a = rdRm64(m, i, true), ah = m.vhi; m.wrRm(i, 8, ~a >>> 0, ~ah >>> 0); }
      else m.wrRm(i, sz, ~m.rdRmW(i, sz) & MASK[sz]);
      return;
    }
    case 3: { // neg = 0 - x, CF = x != 0
      if (sz === 8) {
        const a = rdRm64(m, i, true), ah = m.vhi;
        const r = alu64(5, 0, 0, a, ah, m.s.flags, m.f);
        m.wrRm(i, 8, r, out.hi);
      } else {
        const a = m.rdRmW(i, sz);
        m.wrRm(i, sz, alu(5, 0, a, sz, m.s.flags, m.f));
      }
      setFlagsFrom(m);
      return;
    }
    default: mulDiv(m, i, op);
  }
}

/** MUL/IMUL/DIV/IDIV with the accumulator pair. MUL/IMUL keep SF/ZF/AF/PF (host AMD behaviour, see alu.ts). */
function mulDiv(m: Machine, i: Insn, op: number): void {
  const sz = i.osz;
  const src = sz === 8 ? rdRm64(m, i, false) : m.rdRm(i, sz);
  const srcHi = sz === 8 ? m.vhi : 0;
  const bits = BigInt(sz * 8);
  const M = (1n << bits) - 1n;
  const accLo = sz === 1 ? BigInt(m.lo[RAX] & 0xff) : sz === 8 ? (BigInt(m.hi[RAX]) << 32n) | BigInt(m.lo[RAX]) : BigInt(m.gr(RAX, sz, true));
  const s = sz === 8 ? (BigInt(srcHi) << 32n) | BigInt(src) : BigInt(src);
  const fl = m.s.flags;
  const store = (lo: bigint, hi: bigint): void => {
    if (sz === 1) { m.lo[RAX] = (m.lo[RAX] & 0xffff0000) | Number(lo & 0xffn) | (Number(hi & 0xffn) << 8); return; }
    if (sz === 8) {
      m.sr(RAX, 8, Number(lo & 0xffffffffn), true, Number((lo >> 32n) & 0xffffffffn));
      m.sr(RDX, 8, Number(hi & 0xffffffffn), true, Number((hi >> 32n) & 0xffffffffn));
      return;
    }
    m.sr(RAX, sz, Number(lo & M), true);
    m.sr(RDX, sz, Number(hi & M), true);
  };
  if (op === 4 || op === 5) {
    let prod: bigint, over: boolean;
    if (op === 4) { prod = accLo * s; over = (prod >> bits) !== 0n; }
    else { prod = BigInt.asIntN(Number(bits), accLo) * BigInt.asIntN(Number(bits), s); over = BigInt.asIntN(Number(bits), prod) !== prod; }
    const u = BigInt.asUintN(Number(bits) * 2, prod);
    store(u & M, u >> bits);
    m.s.flags = (fl & ~(F_CF | F_OF)) | (over ? F_CF | F_OF : 0);
    return;
  }
  // DIV / IDIV: dividend is DX:AX style (AX for byte)
  const hiPart = sz === 1 ? BigInt((m.lo[RAX] >>> 8) & 0xff) : sz === 8 ? (BigInt(m.hi[RDX]) << 32n) | BigInt(m.lo[RDX]) : BigInt(m.gr(RDX, sz, true));
  const dividend = (hiPart << bits) | accLo;
  if (s === 0n) faultNoErr(DE);
  let q: bigint, r: bigint;
  if (op === 6) {
    q = dividend / s; r = dividend % s;
    if (q > M) faultNoErr(DE);
  } else {
    const dd = BigInt.asIntN(Number(bits) * 2, dividend), ds = BigInt.asIntN(Number(bits), s);
    q = dd / ds; r = dd % ds;
    if (q !== BigInt.asIntN(Number(bits), q)) faultNoErr(DE);
    q = BigInt.asUintN(Number(bits), q); r = BigInt.asUintN(Number(bits), r);
  }
  store(q, r);
  // Flags after DIV/IDIV are undefined; the recording host (AMD) leaves AF set and clears the others.
  m.s.flags = (fl & ~F_ARITH) | F_AF;
}

function imulCommon(m: Machine, i: Insn, a: number, ah: number, b: number, bh: number): void {
  const sz = i.osz, bits = sz * 8;
  const A = sz === 8 ? BigInt.asIntN(64, (BigInt(ah) << 32n) | BigInt(a)) : BigInt(sext(a, sz));
  const B = sz === 8 ? BigInt.asIntN(64, (BigInt(bh) << 32n) | BigInt(b)) : BigInt(sext(b, sz));
  const p = A * B;
  const t = BigInt.asIntN(bits, p);
  const u = BigInt.asUintN(bits, p);
  if (sz === 8) m.sr(i.reg, 8, Number(u & 0xffffffffn), true, Number(u >> 32n));
  else m.sr(i.reg, sz, Number(u), true);
  m.s.flags = (m.s.flags & ~(F_CF | F_OF)) | (t !== p ? F_CF | F_OF : 0);
}

// ------------------------------------------------------------------ data movement

function movRmReg(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.gr(i.reg, sz, i.rex);
  m.wrRm(i, sz, v, sz === 8 ? m.vhi : 0);
}
function movRegRm(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.rdRm(i, sz);
  m.sr(i.reg, sz, v, i.rex, sz === 8 ? m.vhi : 0);
}
function movRmImm(m: Machine, i: Insn): void {
  if ((i.reg & 7) !== 0) faultNoErr(UD);
  const sz = i.osz;
  m.wrRm(i, sz, immU(i, sz), sz === 8 ? i.immHi : 0);
}
function movRegImm(m: Machine, i: Insn): void {
  const sz = i.osz;
  m.sr(i.op, sz, sz === 1 ? i.imm & 0xff : i.imm, i.rex, i.immHi);
}
function movAccMoffs(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.rd(i.seg, i.disp, sz);
  m.sr(RAX, sz, v, true, sz === 8 ? m.vhi : 0);
}
function movMoffsAcc(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.gr(RAX, sz, true);
  m.wr(i.seg, i.disp, sz, v, sz === 8 ? m.vhi : 0);
}
function lea(m: Machine, i: Insn): void {
  if (!i.mem) faultNoErr(UD);
  const a = m.ea(i);
  if (i.osz === 8) m.sr(i.reg, 8, a >>> 0, true, Math.floor(a / P32) >>> 0);
  else m.sr(i.reg, i.osz, i.osz === 2 ? a & 0xffff : a >>> 0, true);
}
function movzx(m: Machine, i: Insn): void {
  const v = m.rdRm(i, i.op);
  m.sr(i.reg, i.osz, v, true, 0);
}
function movsx(m: Machine, i: Insn): void {
  const v = sext(m.rdRm(i, i.op), i.op);
  if (i.osz === 8) m.sr(i.reg, 8, v >>> 0, true, v < 0 ? 0xffffffff : 0);
  else m.sr(i.reg, i.osz, v & MASK[i.osz], true);
}
function movsxd(m: Machine, i: Insn): void {
  const v = m.rdRm(i, 4);
  if (i.osz === 8) m.sr(i.reg, 8, v, true, v & 0x80000000 ? 0xffffffff : 0);
  else m.sr(i.reg, i.osz, i.osz === 2 ? v & 0xffff : v, true);
}
function xchgRmReg(m: Machine, i: Insn): void {
  const sz = i.osz;
  const a = sz === 8 ? rdRm64(m, i, true) : m.rdRmW(i, sz);
  const ah = m.vhi;
  const b = m.gr(i.reg, sz, i.rex), bh = m.vhi;
  m.wrRm(i, sz, b, bh);
  m.sr(i.reg, sz, a, i.rex, ah);
}
function xchgAcc(m: Machine, i: Insn): void {
  const sz = i.osz;
  const a = m.gr(RAX, sz, true), ah = m.vhi;
  const b = m.gr(i.op, sz, true), bh = m.vhi;
  m.sr(RAX, sz, b, true, bh);
  m.sr(i.op, sz, a, true, ah);
}
function cmov(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.rdRm(i, sz), vh = m.vhi;
  if (testCC(i.op, m.s.flags)) m.sr(i.reg, sz, v, true, vh);
  else if (sz === 4) m.hi[i.reg] = 0; // 32-bit CMOV zero-extends even when false
}
function setcc(m: Machine, i: Insn): void {
  m.wrRm(i, 1, testCC(i.op, m.s.flags) ? 1 : 0);
}
function bswap(m: Machine, i: Insn): void {
  const sw = (x: number): number => (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
  if (i.osz === 8) { const lo = m.lo[i.op], hi = m.hi[i.op]; m.lo[i.op] = sw(hi); m.hi[i.op] = sw(lo); }
  else if (i.osz === 4) { m.lo[i.op] = sw(m.lo[i.op]); m.hi[i.op] = 0; }
  else m.sr(i.op, 2, 0, true); // BSWAP r16 is undefined; hardware gives 0
}
function cbw(m: Machine, i: Insn): void {
  if (i.osz === 2) m.sr(RAX, 2, sext(m.lo[RAX] & 0xff, 1) & 0xffff, true);
  else if (i.osz === 4) m.sr(RAX, 4, sext(m.lo[RAX] & 0xffff, 2) >>> 0, true);
  else m.sr(RAX, 8, m.lo[RAX], true, m.lo[RAX] & 0x80000000 ? 0xffffffff : 0);
}
function cwd(m: Machine, i: Insn): void {
  if (i.osz === 2) m.sr(RDX, 2, m.lo[RAX] & 0x8000 ? 0xffff : 0, true);
  else if (i.osz === 4) m.sr(RDX, 4, m.lo[RAX] & 0x80000000 ? 0xffffffff : 0, true);
  else { const f = m.hi[RAX] & 0x80000000 ? 0xffffffff : 0; m.sr(RDX, 8, f, true, f); }
}
function xlat(m: Machine, i: Insn): void {
  const base = i.asz === 2 ? m.lo[RBX] & 0xffff : i.asz === 4 ? m.lo[RBX] : m.sgr(RBX);
  let a = base + (m.lo[RAX] & 0xff);
  a = i.asz === 2 ? a & 0xffff : i.asz === 4 ? a >>> 0 : a;
  m.sr(RAX, 1, m.rd(i.seg, a, 1), true);
}
function movzxLike(m: Machine, i: Insn): void { movzx(m, i); }

// ------------------------------------------------------------------ bit ops

function btCommon(m: Machine, i: Insn, op: number, bitOff: number, fromReg: boolean): void {
  const sz = i.osz;
  const bits = sz * 8;
  if (i.rm >= 0) {
    const b = bitOff & (bits - 1);
    const v = sz === 8 ? m.gr(i.rm, 8, true) : m.gr(i.rm, sz, true);
    const vh = m.vhi;
    const bit = b >= 32 ? (vh >>> (b - 32)) & 1 : (v >>> b) & 1;
    m.s.flags = (m.s.flags & ~F_CF) | bit;
    if (op === 0) return;
    let nl = v, nh = vh;
    const mask = b >= 32 ? 0 : (1 << b) >>> 0, maskH = b >= 32 ? (1 << (b - 32)) >>> 0 : 0;
    if (op === 1) { nl = (nl | mask) >>> 0; nh = (nh | maskH) >>> 0; }
    else if (op === 2) { nl = (nl & ~mask) >>> 0; nh = (nh & ~maskH) >>> 0; }
    else { nl = (nl ^ mask) >>> 0; nh = (nh ^ maskH) >>> 0; }
    m.sr(i.rm, sz, nl, true, nh);
    return;
  }
  // memory: a register bit offset addresses beyond the operand (signed); an immediate is masked
  let ea = m.ea(i);
  let b = bitOff;
  if (fromReg) {
    const byteOff = Math.floor(b / 8);
    ea = i.asz === 2 ? (ea + byteOff) & 0xffff : i.asz === 4 ? (ea + byteOff) >>> 0 : ea + byteOff;
    b = ((b % 8) + 8) % 8;
  } else {
    b &= bits - 1;
    const byteOff = b >> 3;
    ea = i.asz === 2 ? (ea + byteOff) & 0xffff : i.asz === 4 ? (ea + byteOff) >>> 0 : ea + byteOff;
    b &= 7;
  }
  const v = op === 0 ? m.rd(i.seg, ea, 1) : m.rdLin(m.lin(i.seg, ea, 1, true), 1, ACC_W);
  const bit = (v >>> b) & 1;
  m.s.flags = (m.s.flags & ~F_CF) | bit;
  if (op === 0) return;
  const nv = op === 1 ? v | (1 << b) : op === 2 ? v & ~(1 << b) : v ^ (1 << b);
  m.wr(i.seg, ea, 1, nv & 0xff);
}
function btRmReg(m: Machine, i: Insn): void {
  const sz = i.osz;
  let off: number;
  if (sz === 8) { off = m.sgr(i.reg); }
  else off = sext(m.gr(i.reg, sz, true), sz);
  btCommon(m, i, i.op, off, true);
}
function grp8(m: Machine, i: Insn): void {
  const op = i.reg & 7;
  if (op < 4) faultNoErr(UD);
  btCommon(m, i, op - 4, i.imm, false);
}
function bsfr(m: Machine, i: Insn, rev: boolean): void {
  const sz = i.osz;
  const v = m.rdRm(i, sz), vh = sz === 8 ? m.vhi : 0;
  if ((v | vh) === 0) { m.s.flags = (m.s.flags & ~F_ZF) | F_ZF; return; } // dest unchanged (AMD documents this)
  let n: number;
  if (!rev) n = v !== 0 ? 31 - Math.clz32(v & -v) : 32 + 31 - Math.clz32(vh & -vh);
  else n = vh !== 0 ? 63 - Math.clz32(vh) : 31 - Math.clz32(v);
  m.sr(i.reg, sz, n, true, 0);
  m.s.flags = m.s.flags & ~F_ZF;
}
function shldrd(m: Machine, i: Insn, left: boolean): void {
  const sz = i.osz, bits = sz * 8;
  let c = (i.op === 0 ? i.imm : m.lo[RCX]) & (sz === 8 ? 63 : 31);
  if (c === 0) return;
  const dst = sz === 8 ? rdRm64(m, i, true) : m.rdRmW(i, sz);
  const dh = m.vhi;
  const src = m.gr(i.reg, sz, true), sh = m.vhi;
  const D = sz === 8 ? (BigInt(dh) << 32n) | BigInt(dst) : BigInt(dst);
  const S = sz === 8 ? (BigInt(sh) << 32n) | BigInt(src) : BigInt(src);
  const B = BigInt(bits), C = BigInt(c), M = (1n << B) - 1n;
  if (c > bits) c = c % bits; // 16-bit with count > 16: undefined; use modulo
  let res: bigint, cf: number;
  if (left) { res = ((D << C) | (S >> (B - C))) & M; cf = Number((D >> (B - C)) & 1n); }
  else { res = ((D >> C) | (S << (B - C))) & M; cf = Number((D >> (C - 1n)) & 1n); }
  const lo = Number(res & 0xffffffffn), hi = Number(res >> 32n);
  const sign = 1n << (B - 1n);
  const of = ((res ^ D) & sign) ? F_OF : 0;
  m.wrRm(i, sz, lo, hi);
  m.s.flags = (m.s.flags & ~F_ARITH) | (cf ? F_CF : 0) | of | F_AF | (sz === 8 ? szp64(lo, hi) : szp(lo, sz));
}
function cmpxchg(m: Machine, i: Insn): void {
  const sz = i.osz;
  const d = sz === 8 ? rdRm64(m, i, true) : m.rdRmW(i, sz);
  const dh = m.vhi;
  const a = m.gr(RAX, sz, true), ah = m.vhi;
  if (sz === 8) alu64(CMP, a, ah, d, dh, m.s.flags, m.f); else alu(CMP, a, d, sz, m.s.flags, m.f);
  m.s.flags = m.f[0];
  if (m.s.flags & F_ZF) {
    const s = m.gr(i.reg, sz, i.rex), sh = m.vhi;
    m.wrRm(i, sz, s, sh);
  } else {
    // the destination is written back with its own value (locked cycle), then the accumulator loaded
    m.wrRm(i, sz, d, dh);
    m.sr(RAX, sz, d, true, dh);
  }
}
function xadd(m: Machine, i: Insn): void {
  const sz = i.osz;
  const d = sz === 8 ? rdRm64(m, i, true) : m.rdRmW(i, sz);
  const dh = m.vhi;
  const s = m.gr(i.reg, sz, i.rex), sh = m.vhi;
  let r: number, rh = 0;
  if (sz === 8) { r = alu64(ADD, d, dh, s, sh, m.s.flags, m.f); rh = out.hi; } else r = alu(ADD, d, s, sz, m.s.flags, m.f);
  m.s.flags = m.f[0];
  m.sr(i.reg, sz, d, i.rex, dh);
  m.wrRm(i, sz, r, rh);
}
function grp9(m: Machine, i: Insn): void {
  if ((i.reg & 7) !== 1 || !i.mem) throw new EmulationFailure('0f c7 form not modelled');
  // CMPXCHG8B / CMPXCHG16B (REX.W)
  if (i.osz === 8) throw new EmulationFailure('cmpxchg16b not modelled');
  const ea = m.ea(i);
  const l = m.lin(i.seg, ea, 8, true);
  const lo = m.rdLin(l, 8, ACC_W), hi = m.vhi;
  if (lo === m.lo[RAX] && hi === m.lo[RDX]) {
    m.wrLin(l, 8, m.lo[RBX], m.lo[RCX]);
    m.s.flags |= F_ZF;
  } else {
    m.wrLin(l, 8, lo, hi);
    m.sr(RAX, 4, lo, true); m.sr(RDX, 4, hi, true);
    m.s.flags &= ~F_ZF;
  }
}

// ------------------------------------------------------------------ stack

function pushReg(m: Machine, i: Insn): void {
  const v = m.gr(i.op, i.osz, true);
  m.push(i.osz, v, m.vhi);
}
function popReg(m: Machine, i: Insn): void {
  const v = m.pop(i.osz);
  m.sr(i.op, i.osz, v, true, m.vhi);
}
function pushImm(m: Machine, i: Insn): void {
  m.push(i.osz, immU(i, i.osz === 8 ? 8 : i.osz), i.osz === 8 ? (i.imm < 0 ? 0xffffffff : 0) : 0);
}
function popRm(m: Machine, i: Insn): void {
  if ((i.reg & 7) !== 0) faultNoErr(UD);
  const sz = i.osz;
  const v = m.peek(sz), vh = m.vhi;
  // The address of a memory destination is computed with the already-incremented stack pointer.
  const oldLo = m.lo[RSP], oldHi = m.hi[RSP];
  m.addSp(sz);
  try { m.wrRm(i, sz, v, vh); } catch (e) { m.lo[RSP] = oldLo; m.hi[RSP] = oldHi; throw e; }
}
function pushSeg(m: Machine, i: Insn): void {
  m.push(i.osz, m.s.seg[i.op].selector);
}
function popSeg(m: Machine, i: Insn): void {
  const v = m.peek(i.osz) & 0xffff;
  m.loadSeg(i.op, v);
  m.addSp(i.osz);
  if (i.op === SS) m.newShadow = KVM_X86_SHADOW_INT_MOV_SS; // POP SS blocks interrupts for one instruction
}
function pusha(m: Machine, i: Insn): void {
  const sz = i.osz;
  const sp = m.gr(RSP, sz, true);
  for (const r of [RAX, RCX, RDX, RBX]) m.push(sz, m.gr(r, sz, true));
  m.push(sz, sp);
  for (const r of [RBP, RSI, RDI]) m.push(sz, m.gr(r, sz, true));
}
function popa(m: Machine, i: Insn): void {
  const sz = i.osz;
  for (const r of [RDI, RSI, RBP]) m.sr(r, sz, m.pop(sz), true);
  m.addSp(sz);
  for (const r of [RBX, RDX, RCX, RAX]) m.sr(r, sz, m.pop(sz), true);
}
function pushf(m: Machine, i: Insn): void {
  const s = m.s;
  if ((s.flags & F_VM) && ((s.flags & F_IOPL) >>> 12) < 3) fault(GP, 0);
  // VM and RF are never pushed
  m.push(i.osz, s.flags & 0x00fcffff & (i.osz === 2 ? 0xffff : 0xffffffff));
}
function popf(m: Machine, i: Insn): void {
  const s = m.s;
  const v = m.pop(i.osz);
  const cpl = s.cpl;
  const iopl = (s.flags & F_IOPL) >>> 12;
  if ((s.flags & F_VM) && iopl < 3) fault(GP, 0);
  let changeable = F_ARITH | F_TF | F_DF | F_NT | F_AC | F_ID | 0x80000 | 0x100000;
  if (i.osz === 2) changeable &= 0xffff;
  if (cpl === 0) changeable |= F_IOPL | F_IF;
  else if (cpl <= iopl) changeable |= F_IF;
  if (s.flags & F_VM) changeable &= ~F_IOPL;
  s.flags = ((s.flags & ~changeable) | (v & changeable) | 2) >>> 0;
  s.flags &= ~F_RF;
}
function enter(m: Machine, i: Insn): void {
  const sz = i.osz;
  const level = i.imm2 & 31;
  const ss = m.stackSize();
  const fp = ss === 8 ? m.sgr(RSP) : m.gr(RSP, ss, true);
  m.push(sz, m.gr(RBP, sz, true), m.vhi);
  const frame = ss === 8 ? m.sgr(RSP) : m.gr(RSP, ss, true);
  if (level > 0) {
    for (let k = 1; k < level; k++) {
      const bp = ss === 8 ? m.sgr(RBP) - k * sz : (m.gr(RBP, ss, true) - k * sz) & (ss === 2 ? 0xffff : 0xffffffff);
      const v = m.rd(SS, bp, sz);
      m.push(sz, v, m.vhi);
    }
    m.push(sz, frame >>> 0, Math.floor(frame / P32) >>> 0);
  }
  void fp;
  if (sz === 8) m.sr(RBP, 8, frame >>> 0, true, Math.floor(frame / P32) >>> 0); else m.sr(RBP, sz, frame & MASK[sz], true);
  m.addSp(-i.imm);
}
function leave(m: Machine, i: Insn): void {
  const ss = m.stackSize();
  if (ss === 8) { m.lo[RSP] = m.lo[RBP]; m.hi[RSP] = m.hi[RBP]; }
  else if (ss === 4) { m.lo[RSP] = m.lo[RBP]; m.hi[RSP] = 0; }
  else m.lo[RSP] = (m.lo[RSP] & 0xffff0000) | (m.lo[RBP] & 0xffff);
  const v = m.pop(i.osz);
  m.sr(RBP, i.osz, v, true, m.vhi);
}

// ------------------------------------------------------------------ control flow

function jcc(m: Machine, i: Insn): void {
  if (testCC(i.op, m.s.flags)) jumpTo(m, m.nip + i.imm, i.osz);
}
function jmpRel(m: Machine, i: Insn): void { jumpTo(m, m.nip + i.imm, i.osz); }
function callRel(m: Machine, i: Insn): void {
  const ret = m.nip;
  const target = ret + i.imm;
  const sz = i.osz;
  // the target is checked before the push (KVM's em_call: jmp_rel, then em_push)
  jumpTo(m, target, sz);
  m.push(sz, ret >>> 0, Math.floor(ret / P32) >>> 0);
}
function ret(m: Machine, i: Insn): void {
  const v = m.peek(i.osz), vh = m.vhi;
  const t = i.osz === 8 ? (vh | 0) * P32 + v : v;
  jumpTo(m, t, i.osz);
  m.addSp(i.osz);
}
function retImm(m: Machine, i: Insn): void {
  ret(m, i);
  m.addSp(i.imm);
}
function loop(m: Machine, i: Insn): void {
  decCnt(m, i.asz);
  const nz = !cntIsZero(m, i.asz);
  const zf = (m.s.flags & F_ZF) !== 0;
  const take = i.op === 2 ? nz : i.op === 1 ? nz && zf : nz && !zf; // E2 loop, E1 loope, E0 loopne
  if (take) jumpTo(m, m.nip + i.imm, i.osz);
}
function jcxz(m: Machine, i: Insn): void {
  if (cntIsZero(m, i.asz)) jumpTo(m, m.nip + i.imm, i.osz);
}
function grp5(m: Machine, i: Insn): void {
  const op = i.reg & 7;
  switch (op) {
    case 0: incDecRm(m, i, false); return;
    case 1: incDecRm(m, i, true); return;
    case 2: case 4: { // call/jmp near indirect
      const sz = m.s.mode64 ? (i.osz === 2 ? 2 : 8) : i.osz;
      const v = m.rdRm(i, sz), vh = m.vhi;
      const t = sz === 8 ? (vh | 0) * P32 + v : v;
      // target checked before the push (em_call_near_abs)
      const r = m.nip;
      jumpTo(m, t, sz);
      if (op === 2) m.push(sz, r >>> 0, Math.floor(r / P32) >>> 0);
      return;
    }
    case 3: case 5: { // far call/jmp through memory
      if (!i.mem) faultNoErr(UD);
      const ea = m.ea(i);
      const osz = i.osz;
      const off = osz === 8 ? m.rd(i.seg, ea, 8) : m.rd(i.seg, ea, osz);
      const offHi = osz === 8 ? m.vhi : 0;
      const sel = m.rd(i.seg, i.asz === 2 ? (ea + osz) & 0xffff : ea + osz, 2);
      farTransfer(m, sel, osz === 8 ? (offHi | 0) * P32 + off : off, osz, op === 3);
      return;
    }
    case 6: {
      const sz = m.s.mode64 ? (i.osz === 2 ? 2 : 8) : i.osz;
      const v = m.rdRm(i, sz);
      m.push(sz, v, m.vhi);
      return;
    }
    default: faultNoErr(UD);
  }
}
function grp4(m: Machine, i: Insn): void {
  const op = i.reg & 7;
  if (op > 1) faultNoErr(UD);
  incDecRm(m, i, op === 1);
}

function farTransfer(m: Machine, sel: number, off: number, osz: number, call: boolean): void {
  const s = m.s;
  const oldCs = s.seg[CS].selector, ret = m.nip;
  const saved = s.seg[CS].toKvm();
  m.loadCs(sel, false);
  try {
    if (call) { m.push(osz, oldCs); m.push(osz, ret >>> 0, Math.floor(ret / P32) >>> 0); }
    jumpTo(m, off, osz);
  } catch (e) { s.seg[CS].fromKvm(saved); throw e; }
}
function callFarImm(m: Machine, i: Insn): void { farTransfer(m, i.imm2, i.imm, i.osz, true); }
function jmpFarImm(m: Machine, i: Insn): void { farTransfer(m, i.imm2, i.imm, i.osz, false); }
function retFar(m: Machine, i: Insn): void {
  const s = m.s, sz = i.osz;
  const off = m.peek(sz), offHi = m.vhi;
  const sel = m.peek(sz, sz) & 0xffff;
  const pm = (s.cr0 & CR0_PE) !== 0 && !(s.flags & F_VM);
  if (pm && (sel & 3) > s.cpl) {
    // return to outer privilege: pop SS:rSP as well
    const sp = m.peek(sz, 2 * sz + (i.opcode === 0xca ? i.imm : 0)), spHi = m.vhi;
    const ss = m.peek(sz, 3 * sz + (i.opcode === 0xca ? i.imm : 0)) & 0xffff;
    m.loadCs(sel, true);
    m.loadSeg(SS, ss);
    m.sr(RSP, m.stackSize() === 8 ? 8 : m.stackSize(), sp, true, spHi);
    if (i.opcode === 0xca) m.addSp(i.imm);
  } else {
    m.loadCs(sel, true);
    m.addSp(2 * sz + (i.opcode === 0xca ? i.imm : 0));
  }
  m.nip = sz === 8 ? (offHi | 0) * P32 + off : off;
}

function iret(m: Machine, i: Insn): void {
  const s = m.s, sz = i.osz;
  if (!(s.cr0 & CR0_PE)) {
    const ip = m.peek(sz), cs = m.peek(sz, sz) & 0xffff, fl = m.peek(sz, 2 * sz);
    m.addSp(3 * sz);
    s.seg[CS].loadReal(cs);
    m.nip = ip;
    const mask = sz === 2 ? 0xffff : 0x257fd5; // as emulate_iret_real: VM/VIF/VIP are kept
    s.flags = ((s.flags & ~mask) | (fl & mask) | 2) >>> 0;
    m.ev.nmi.masked = 0; // IRET ends NMI blocking
    return;
  }
  if (s.flags & F_VM) throw new EmulationFailure('IRET in virtual-8086 mode not modelled');
  if (s.flags & F_NT) throw new EmulationFailure('IRET task return not modelled');
  // Protected/long-mode IRET. KVM's emulator cannot do it (em_iret: "iret from protected mode unimplemented
  // yet"); the recording host still executes it, without a single-step trap. See cpu.ts / CONTEXT.md.
  m.noTrap = m.backend === 'emulate';
  const ip = m.peek(sz), ipHi = m.vhi;
  const cs = m.peek(sz, sz) & 0xffff;
  const fl = m.peek(sz, 2 * sz);
  const cpl = s.cpl;
  const newCpl = cs & 3;
  let sp = 0, spHi = 0, ss = 0;
  const popSs = s.mode64 || newCpl > cpl;
  if (popSs) { sp = m.peek(sz, 3 * sz); spHi = m.vhi; ss = m.peek(sz, 4 * sz) & 0xffff; }
  m.loadCs(cs, true);
  let changeable = F_ARITH | F_TF | F_DF | F_NT | F_RF | F_AC | F_ID | 0x80000 | 0x100000;
  if (cpl === 0) changeable |= F_IOPL | F_IF | F_VM;
  else if (cpl <= ((s.flags & F_IOPL) >>> 12)) changeable |= F_IF;
  if (sz === 2) changeable &= 0xffff;
  s.flags = ((s.flags & ~changeable) | (fl & changeable) | 2) >>> 0;
  if (popSs) {
    if ((ss & 0xfffc) === 0 && s.mode64 && newCpl < 3) {
      const g = s.seg[SS]; g.selector = ss; g.unusable = 1; g.dpl = newCpl;
    } else m.loadSeg(SS, ss);
    if (sz === 8) { m.lo[RSP] = sp; m.hi[RSP] = spHi; } else m.sr(RSP, m.stackSize() === 2 ? 2 : 4, sp, true);
  } else m.addSp(3 * sz);
  m.nip = sz === 8 ? (ipHi | 0) * P32 + ip : ip;
  m.ev.nmi.masked = 0; // IRET ends NMI blocking
}

function intCommon(m: Machine, vec: number, soft: boolean): void {
  const s = m.s;
  // KVM's emulator implements INT n / INT3 / INTO only in real mode (emulate_int_real).
  if (m.backend === 'emulate' && (s.cr0 & CR0_PE)) throw new EmulationFailure('INT n outside real mode');
  if ((s.flags & F_VM) && ((s.flags & F_IOPL) >>> 12) < 3 && soft) fault(GP, 0);
  m.softInt = { vector: vec, soft };
}
function int3(m: Machine, i: Insn): void {
  if (m.swBreakpoints()) { m.swBreak = true; return; }
  intCommon(m, BP, true); void i;
}
function intn(m: Machine, i: Insn): void { intCommon(m, i.imm, true); }
function into(m: Machine, i: Insn): void { if (m.s.flags & F_OF) intCommon(m, OF_VEC, true); void i; }
function icebp(m: Machine, i: Insn): void { void i; throw new EmulationFailure('ICEBP (int1) not modelled'); }

// ------------------------------------------------------------------ flags and misc

function flagOp(m: Machine, i: Insn): void {
  const s = m.s;
  switch (i.op) {
    case 0xf8: s.flags &= ~F_CF; break;
    case 0xf9: s.flags |= F_CF; break;
    case 0xfa: if (!m.ioAllowed()) fault(GP, 0); s.flags &= ~F_IF; break;
    case 0xfb:
      if (!m.ioAllowed()) fault(GP, 0);
      // STI with IF clear blocks interrupts for one instruction (em_sti / VMX "blocking by STI")
      if (!(s.flags & F_IF)) m.newShadow = KVM_X86_SHADOW_INT_STI;
      s.flags |= F_IF;
      break;
    case 0xfc: s.flags &= ~F_DF; break;
    default: s.flags |= F_DF; break;
  }
}
function cmc(m: Machine): void { m.s.flags ^= F_CF; }
function sahf(m: Machine): void {
  const ah = (m.lo[RAX] >>> 8) & 0xff;
  m.s.flags = (m.s.flags & ~(F_SF | F_ZF | F_AF | F_PF | F_CF)) | (ah & (F_SF | F_ZF | F_AF | F_PF | F_CF));
}
function lahf(m: Machine): void {
  m.lo[RAX] = (m.lo[RAX] & 0xffff00ff) | (((m.s.flags & 0xd5) | 2) << 8);
}
function nop(): void { /* nothing */ }
function hlt(m: Machine): void {
  if (m.s.cpl !== 0) fault(GP, 0);
  m.halt = true;
}
function ud(m: Machine, i: Insn): void { void m; void i; faultNoErr(UD); }
function notModelled(m: Machine, i: Insn): void {
  void m;
  throw new EmulationFailure(`opcode 0x${i.opcode.toString(16)} is not modelled`);
}

function movRmSreg(m: Machine, i: Insn): void {
  const sr = i.reg & 7;
  if (sr > 5) faultNoErr(UD);
  const v = m.s.seg[sr].selector;
  if (i.rm >= 0) m.sr(i.rm, i.osz === 8 ? 8 : i.osz === 4 ? 4 : 2, v, true, 0);
  else m.wrRm(i, 2, v);
}
function movSregRm(m: Machine, i: Insn): void {
  const sr = i.reg & 7;
  if (sr === CS || sr > 5) faultNoErr(UD);
  m.loadSeg(sr, m.rdRm(i, 2));
  if (sr === SS) m.newShadow = KVM_X86_SHADOW_INT_MOV_SS; // MOV SS blocks interrupts for one instruction
}
function lseg(m: Machine, i: Insn): void {
  if (!i.mem) faultNoErr(UD);
  const ea = m.ea(i);
  const osz = i.osz;
  const off = m.rd(i.seg, ea, osz === 8 ? 8 : osz), offHi = m.vhi;
  const sel = m.rd(i.seg, i.asz === 2 ? (ea + osz) & 0xffff : ea + osz, 2);
  m.loadSeg(i.op, sel);
  m.sr(i.reg, osz, off, true, offHi);
}

// ------------------------------------------------------------------ string instructions

/**
 * Run a string instruction with KVM's emulator semantics: REP iterations run
 * inside one emulation until RCX reaches 0 or a multiple of 1024, a port
 * read-ahead buffer drains, or a user-space exit happens; then RIP stays on
 * the instruction (RF set) and the next emulation retires it.
 */
function stringOp(m: Machine, i: Insn, iter: (m: Machine, i: Insn) => void, zfCond: boolean): void {
  const s = m.s;
  if (i.rep) {
    if (cntIsZero(m, i.asz)) { s.flags &= ~F_RF; return; }
    s.flags |= F_RF;
  }
  for (;;) {
    m.mmioCache.clear();
    iter(m, i);
    if (!i.rep) return;
    decCnt(m, i.asz);
    if (zfCond) {
      const zf = (s.flags & F_ZF) !== 0;
      if ((i.rep === 1 && !zf) || (i.rep === 2 && zf)) { s.flags &= ~F_RF; return; }
    }
    const readAhead = m.ioBuf !== null;
    const drained = readAhead && m.ioPos >= m.ioBuf!.length;
    if (m.exit || m.pendingFrags.length || drained || (!readAhead && (idx(m, RCX, i.asz) & 0x3ff) === 0)) {
      if (drained) { m.ioBuf = null; m.ioPos = 0; }
      m.stayOnInsn = true;
      return;
    }
  }
}

function dirDelta(m: Machine, size: number): number { return m.s.flags & F_DF ? -size : size; }

function movsIter(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.rd(i.seg, idx(m, RSI, i.asz), sz), vh = m.vhi;
  m.wr(ES, idx(m, RDI, i.asz), sz, v, vh);
  const d = dirDelta(m, sz);
  advIdx(m, RSI, i.asz, d); advIdx(m, RDI, i.asz, d);
}
function stosIter(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.gr(RAX, sz, true);
  m.wr(ES, idx(m, RDI, i.asz), sz, v, m.vhi);
  advIdx(m, RDI, i.asz, dirDelta(m, sz));
}
function lodsIter(m: Machine, i: Insn): void {
  const sz = i.osz;
  const v = m.rd(i.seg, idx(m, RSI, i.asz), sz);
  m.sr(RAX, sz, v, true, m.vhi);
  advIdx(m, RSI, i.asz, dirDelta(m, sz));
}
function cmpsIter(m: Machine, i: Insn): void {
  const sz = i.osz;
  const a = m.rd(i.seg, idx(m, RSI, i.asz), sz), ah = m.vhi;
  const b = m.rd(ES, idx(m, RDI, i.asz), sz), bh = m.vhi;
  if (sz === 8) alu64(CMP, a, ah, b, bh, m.s.flags, m.f); else alu(CMP, a, b, sz, m.s.flags, m.f);
  m.s.flags = m.f[0];
  const d = dirDelta(m, sz);
  advIdx(m, RSI, i.asz, d); advIdx(m, RDI, i.asz, d);
}
function scasIter(m: Machine, i: Insn): void {
  const sz = i.osz;
  const b = m.rd(ES, idx(m, RDI, i.asz), sz), bh = m.vhi;
  const a = m.gr(RAX, sz, true), ah = m.vhi;
  if (sz === 8) alu64(CMP, a, ah, b, bh, m.s.flags, m.f); else alu(CMP, a, b, sz, m.s.flags, m.f);
  m.s.flags = m.f[0];
  advIdx(m, RDI, i.asz, dirDelta(m, sz));
}

// ------------------------------------------------------------------ port I/O

function ioSize(i: Insn): 1 | 2 | 4 { return (i.osz === 8 ? 4 : i.osz) as 1 | 2 | 4; }

/** OUT: a coalesced-PIO zone absorbs it, otherwise KVM_EXIT_IO (the instruction has retired). */
function doOut(m: Machine, port: number, size: 1 | 2 | 4, v: number): void {
  if (!m.ioAllowed()) fault(GP, 0);
  const data = new Uint8Array(size);
  for (let k = 0; k < size; k++) data[k] = (v >>> (8 * k)) & 0xff;
  if (m.env.coalescePio(port, data)) return;
  m.exit = { kind: 'io', direction: 'out', size, port, count: 1, data };
}

/** IN: served from the completion buffer, else KVM_EXIT_IO with `count` elements and no retirement. */
function doIn(m: Machine, port: number, size: 1 | 2 | 4, count: number): number {
  if (!m.ioAllowed()) fault(GP, 0);
  if (m.ioBuf && m.ioPos + size <= m.ioBuf.length) {
    const b = m.ioBuf;
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = v * 256 + b[m.ioPos + k];
    m.ioPos += size;
    if (m.ioPos >= b.length && count === 1) { m.ioBuf = null; m.ioPos = 0; }
    return v;
  }
  m.ioBuf = null; m.ioPos = 0;
  m.exit = { kind: 'io', direction: 'in', size, port, count, data: new Uint8Array(size * count) };
  throw NO_RETIRE;
}

function outImm(m: Machine, i: Insn): void { const sz = ioSize(i); doOut(m, i.imm, sz, m.gr(RAX, sz, true)); }
function outDx(m: Machine, i: Insn): void { const sz = ioSize(i); doOut(m, m.lo[RDX] & 0xffff, sz, m.gr(RAX, sz, true)); }
function inImm(m: Machine, i: Insn): void { const sz = ioSize(i); m.sr(RAX, sz, doIn(m, i.imm, sz, 1), true); }
function inDx(m: Machine, i: Insn): void { const sz = ioSize(i); m.sr(RAX, sz, doIn(m, m.lo[RDX] & 0xffff, sz, 1), true); }

function outsIter(m: Machine, i: Insn): void {
  const sz = ioSize(i);
  const v = m.rd(i.seg, idx(m, RSI, i.asz), sz);
  doOut(m, m.lo[RDX] & 0xffff, sz, v);
  advIdx(m, RSI, i.asz, dirDelta(m, sz));
}
function insIter(m: Machine, i: Insn): void {
  const sz = ioSize(i);
  let count = 1;
  if (i.rep && !(m.ioBuf && m.ioPos < m.ioBuf.length)) {
    // pio_in_emulated's read-ahead: as many elements as fit in the page (direction-aware) and 1024 bytes
    const di = idx(m, RDI, i.asz);
    const l = m.lin(ES, di, sz, true);
    const inPage = m.s.flags & F_DF ? Math.floor((l & 0xfff) / sz) + 1 : Math.floor((4096 - (l & 0xfff)) / sz);
    count = Math.max(1, Math.min(inPage, Math.floor(1024 / sz), idx(m, RCX, i.asz)));
  }
  // the destination is probed before the port is read (a #PF comes first)
  m.lin(ES, idx(m, RDI, i.asz), sz, true);
  const v = doIn(m, m.lo[RDX] & 0xffff, sz, count);
  m.wr(ES, idx(m, RDI, i.asz), sz, v);
  advIdx(m, RDI, i.asz, dirDelta(m, sz));
}

// ------------------------------------------------------------------ system

function movRegCr(m: Machine, i: Insn): void {
  const s = m.s;
  if (s.cpl !== 0) fault(GP, 0);
  const cr = i.reg;
  const dst = (i.rm >= 0 ? i.rm : i.base) & 15; // mod is ignored: always a register
  const r = i.rm >= 0 ? i.rm : dst;
  let lo: number, hi = 0;
  switch (cr) {
    case 0: lo = s.cr0; break;
    case 2: lo = s.cr2Lo; hi = s.cr2Hi; break;
    case 3: lo = s.cr3Lo; hi = s.cr3Hi; break;
    case 4: lo = s.cr4; break;
    case 8: lo = s.cr8; break;
    default: faultNoErr(UD);
  }
  if (s.mode64) m.sr(r, 8, lo, true, hi); else m.sr(r, 4, lo, true);
}
function movCrReg(m: Machine, i: Insn): void {
  const s = m.s;
  if (s.cpl !== 0) fault(GP, 0);
  const r = i.rm >= 0 ? i.rm : (i.base & 15);
  const lo = m.lo[r], hi = s.mode64 ? m.hi[r] : 0;
  switch (i.reg) {
    case 0: {
      if (hi) fault(GP, 0);
      let v = lo | 0x10; // ET is hardwired
      if ((v & CR0_PG) && !(v & CR0_PE)) fault(GP, 0);
      if ((v & 0x20000000) && !(v & 0x40000000)) fault(GP, 0); // NW without CD
      if ((v & CR0_PG) && !(s.cr0 & CR0_PG) && (s.eferLo & EFER_LME)) {
        if (!(s.cr4 & CR4_PAE)) fault(GP, 0);
        s.eferLo |= EFER_LMA;
      }
      if (!(v & CR0_PG) && (s.cr0 & CR0_PG) && s.lma) {
        if (s.mode64) fault(GP, 0);
        s.eferLo &= ~EFER_LMA;
      }
      v >>>= 0;
      s.cr0 = v;
      m.pagingChanged();
      return;
    }
    case 2: s.cr2Lo = lo; s.cr2Hi = hi; return;
    case 3: s.cr3Lo = lo; s.cr3Hi = hi; m.pagingChanged(); return;
    case 4: {
      if (hi) fault(GP, 0);
      if (s.lma && !(lo & CR4_PAE)) fault(GP, 0);
      s.cr4 = lo >>> 0; m.pagingChanged(); return;
    }
    case 8: if (hi || (lo & ~15)) fault(GP, 0); s.cr8 = lo & 15; return;
    default: faultNoErr(UD);
  }
}
function movRegDr(m: Machine, i: Insn): void {
  const s = m.s;
  if (s.cpl !== 0) fault(GP, 0);
  const r = i.rm >= 0 ? i.rm : (i.base & 15);
  let v: bigint;
  switch (i.reg) {
    case 0: case 1: case 2: case 3: v = s.dr[i.reg]; break;
    case 4: case 6: v = s.dr6; break;
    case 5: case 7: v = s.dr7; break;
    default: faultNoErr(UD);
  }
  const lo = Number(v & 0xffffffffn), hi = Number((v >> 32n) & 0xffffffffn);
  if (s.mode64) m.sr(r, 8, lo, true, hi); else m.sr(r, 4, lo, true);
}
function movDrReg(m: Machine, i: Insn): void {
  const s = m.s;
  if (s.cpl !== 0) fault(GP, 0);
  const r = i.rm >= 0 ? i.rm : (i.base & 15);
  const v = s.mode64 ? (BigInt(m.hi[r]) << 32n) | BigInt(m.lo[r]) : BigInt(m.lo[r]);
  switch (i.reg) {
    case 0: case 1: case 2: case 3: s.dr[i.reg] = v; return;
    case 4: case 6: if (v >> 32n) fault(GP, 0); s.dr6 = (v & 0x1e00fn) | 0xffff0ff0n; return;
    case 5: case 7: if (v >> 32n) fault(GP, 0); s.dr7 = (v & 0xffff2fffn) | 0x400n; return;
    default: faultNoErr(UD);
  }
}
function clts(m: Machine): void { if (m.s.cpl !== 0) fault(GP, 0); m.s.cr0 &= ~CR0_TS; }
function wbinvd(m: Machine): void { if (m.s.cpl !== 0) fault(GP, 0); }
function ud2(m: Machine): void {
  // KVM's emulator has no UD2 (twobyte 0x0b is N): on the emulate backend that is an emulation failure
  // which leaves its payload in kvm_run and delivers #UD (measured: real mode → IVT vector 6).
  if (m.backend === 'emulate') m.env.emulationFailureInfo?.(m.emulationFailureData().data);
  faultNoErr(UD);
}

function grp6(m: Machine, i: Insn): void {
  const s = m.s, op = i.reg & 7;
  if (!(s.cr0 & CR0_PE) || (s.flags & F_VM)) faultNoErr(UD);
  switch (op) {
    case 0: m.wrRm(i, i.rm >= 0 ? i.osz : 2, s.seg[LDTR].selector); return; // sldt
    case 1: m.wrRm(i, i.rm >= 0 ? i.osz : 2, s.seg[TR].selector); return; // str
    case 2: case 3: { // lldt / ltr
      if (s.cpl !== 0) fault(GP, 0);
      const sel = m.rdRm(i, 2);
      const g = s.seg[op === 2 ? LDTR : TR];
      if ((sel & 0xfffc) === 0) {
        if (op === 3) fault(GP, 0);
        g.selector = sel; g.unusable = 1; return;
      }
      if (sel & 4) fault(GP, sel & 0xfffc);
      const [lo, hi, addr] = m.readDesc(sel);
      const type = (hi >>> 8) & 15;
      if ((hi >>> 12) & 1) fault(GP, sel & 0xfffc);
      if (op === 2 ? type !== 2 : (type !== 1 && type !== 9)) fault(GP, sel & 0xfffc);
      if (!((hi >>> 15) & 1)) fault(11, sel & 0xfffc);
      (m.constructor as typeof import('./machine.ts').Machine).fromDesc(g, sel, lo, hi);
      if (s.lma) g.baseHi = m.rdLin(addr + 8, 4, 0, false);
      if (op === 3) { g.type |= 2; m.wrLin(addr + 5, 1, ((hi >>> 8) | 2) & 0xff, 0, false); }
      return;
    }
    default: throw new EmulationFailure('verr/verw not modelled');
  }
}

function grp7(m: Machine, i: Insn): void {
  const s = m.s, op = i.reg & 7;
  if (i.rm >= 0) {
    const rm = i.rm & 7;
    switch (op) {
      case 0:
        if (rm === 1) { hypercall(m, i, false); return; }
        break;
      case 1:
        if (rm === 0 || rm === 1) throw new EmulationFailure('monitor/mwait not modelled');
        if (rm === 4 && i.p66) faultNoErr(UD); // TDCALL outside a TD guest
        break;
      case 3:
        if (rm === 1) { hypercall(m, i, true); return; }
        break;
      case 4: m.wrRm(i, i.osz, s.cr0 & (i.osz === 2 ? 0xffff : 0xffffffff)); return;
      case 6: lmsw(m, m.rdRm(i, 2)); return;
      case 7:
        if (rm === 0 && s.mode64) { // swapgs
          if (s.cpl !== 0) fault(GP, 0);
          const g = s.seg[GS];
          const old = (BigInt(g.baseHi) << 32n) | BigInt(g.baseLo);
          const nv = s.kernelGsBase;
          g.baseLo = Number(nv & 0xffffffffn); g.baseHi = Number(nv >> 32n);
          s.kernelGsBase = old;
          return;
        }
        if (rm === 1) { // rdtscp
          rdtsc(m); m.sr(RCX, 4, Number(s.tscAux & 0xffffffffn), true); return;
        }
        break;
    }
    faultNoErr(UD);
  }
  const ea = m.ea(i);
  switch (op) {
    case 0: case 1: { // sgdt / sidt
      const lim = op === 0 ? s.gdtLimit : s.idtLimit;
      const lo = op === 0 ? s.gdtBase : s.idtBase, hi = op === 0 ? s.gdtBaseHi : s.idtBaseHi;
      m.wr(i.seg, ea, 2, lim);
      const a2 = i.asz === 2 ? (ea + 2) & 0xffff : ea + 2;
      if (s.mode64) m.wr(i.seg, a2, 8, lo, hi); else m.wr(i.seg, a2, 4, i.osz === 2 ? lo & 0xffffff : lo);
      return;
    }
    case 2: case 3: { // lgdt / lidt
      if (s.cpl !== 0) fault(GP, 0);
      const lim = m.rd(i.seg, ea, 2);
      const a2 = i.asz === 2 ? (ea + 2) & 0xffff : ea + 2;
      let lo: number, hi = 0;
      if (s.mode64) { lo = m.rd(i.seg, a2, 8); hi = m.vhi; }
      else { lo = m.rd(i.seg, a2, 4); if (i.osz === 2) lo &= 0xffffff; }
      if (op === 2) { s.gdtLimit = lim; s.gdtBase = lo; s.gdtBaseHi = hi; }
      else { s.idtLimit = lim; s.idtBase = lo; s.idtBaseHi = hi; }
      return;
    }
    case 4: m.wr(i.seg, ea, 2, s.cr0 & 0xffff); return;
    case 6: lmsw(m, m.rd(i.seg, ea, 2)); return;
    case 7: { // invlpg
      if (s.cpl !== 0) fault(GP, 0);
      const l = m.lin(i.seg, ea, 1, false);
      m.tlb.flushPage(Math.floor(l / 4096));
      m.dtlb.flushPage(Math.floor(l / 4096));
      return;
    }
    default: faultNoErr(UD);
  }
}
function lmsw(m: Machine, v: number): void {
  const s = m.s;
  if (s.cpl !== 0) fault(GP, 0);
  // LMSW can set PE but not clear it; only the low 4 bits change
  s.cr0 = ((s.cr0 & ~0xe) | (v & 0xf) | (s.cr0 & 1)) >>> 0;
}

/** CPUID from the vCPU's KVM_SET_CPUID2 table. */
function cpuid(m: Machine): void {
  const r = m.env.cpuid(m.lo[RAX], m.lo[RCX]);
  m.sr(RAX, 4, r.eax >>> 0, true); m.sr(RBX, 4, r.ebx >>> 0, true);
  m.sr(RCX, 4, r.ecx >>> 0, true); m.sr(RDX, 4, r.edx >>> 0, true);
}
function rdtsc(m: Machine): void {
  const s = m.s;
  if ((s.cr4 & 4) && s.cpl !== 0) fault(GP, 0);
  const t = BigInt.asUintN(64, s.tscOffset + BigInt(m.icount));
  m.sr(RAX, 4, Number(t & 0xffffffffn), true); m.sr(RDX, 4, Number(t >> 32n), true);
}
function rdpmc(m: Machine): void { void m; throw new EmulationFailure('rdpmc not modelled'); }
function syscall(m: Machine): void { void m; throw new EmulationFailure('syscall not modelled'); }

/** MSRs whose value lives in the CPU (segment bases, EFER, SYSCALL/SYSENTER, TSC). */
function cpuMsrGet(m: Machine, idx: number): bigint | undefined {
  const s = m.s;
  switch (idx) {
    case 0x10: return BigInt.asUintN(64, s.tscOffset + BigInt(m.icount));
    case 0x174: return s.sysenterCs;
    case 0x175: return s.sysenterEsp;
    case 0x176: return s.sysenterEip;
    case 0xc0000080: return (BigInt(s.eferHi) << 32n) | BigInt(s.eferLo);
    case 0xc0000081: return s.star;
    case 0xc0000082: return s.lstar;
    case 0xc0000083: return s.cstar;
    case 0xc0000084: return s.sfmask;
    case 0xc0000100: return s.seg[FS].toKvm().base;
    case 0xc0000101: return s.seg[GS].toKvm().base;
    case 0xc0000102: return s.kernelGsBase;
    case 0xc0000103: return s.tscAux;
    default: return undefined;
  }
}
/** Apply a WRMSR that KVM accepted to CPU-owned state. */
export function cpuMsrSet(m: Machine, idx: number, v: bigint): void {
  const s = m.s;
  const lo = Number(v & 0xffffffffn), hi = Number((v >> 32n) & 0xffffffffn);
  switch (idx) {
    case 0x10: s.tscOffset = v - BigInt(m.icount); break;
    case 0x174: s.sysenterCs = v; break;
    case 0x175: s.sysenterEsp = v; break;
    case 0x176: s.sysenterEip = v; break;
    case 0xc0000080: {
      s.eferLo = ((lo & ~EFER_LMA) | (s.eferLo & EFER_LMA)) >>> 0; s.eferHi = hi;
      m.pagingChanged();
      break;
    }
    case 0xc0000081: s.star = v; break;
    case 0xc0000082: s.lstar = v; break;
    case 0xc0000083: s.cstar = v; break;
    case 0xc0000084: s.sfmask = v; break;
    // segment bases are cached with the code size (Machine.cmode): recompute
    case 0xc0000100: s.seg[FS].baseLo = lo; s.seg[FS].baseHi = hi; m.cmode = -1; break;
    case 0xc0000101: s.seg[GS].baseLo = lo; s.seg[GS].baseHi = hi; m.cmode = -1; break;
    case 0xc0000102: s.kernelGsBase = v; break;
    case 0xc0000103: s.tscAux = v; break;
    case 0x1b: s.apicBase = v; break;
  }
}
export { cpuMsrGet };

function rdmsr(m: Machine): void {
  if (m.s.cpl !== 0) fault(GP, 0);
  const idx = m.lo[RCX];
  const o = m.env.rdmsr(idx);
  if (o.kind === 'gp') fault(GP, 0);
  if (o.kind === 'exit') {
    m.exit = { kind: 'msr', write: false, index: idx, data: 0n, reason: o.reason };
    throw NO_RETIRE;
  }
  const v = cpuMsrGet(m, idx) ?? o.value;
  m.sr(RAX, 4, Number(v & 0xffffffffn), true); m.sr(RDX, 4, Number((v >> 32n) & 0xffffffffn), true);
}
function wrmsr(m: Machine): void {
  const s = m.s;
  if (s.cpl !== 0) fault(GP, 0);
  const idx = m.lo[RCX];
  const v = (BigInt(m.lo[RDX]) << 32n) | BigInt(m.lo[RAX]);
  // EFER.LME cannot change while paging is on (set_efer)
  if (idx === 0xc0000080 && (s.cr0 & CR0_PG) && ((Number(v & 0xffffffffn) ^ s.eferLo) & EFER_LME)) fault(GP, 0);
  const o = m.env.wrmsr(idx, v);
  if (o.kind === 'gp') fault(GP, 0);
  if (o.kind === 'exit') {
    m.exit = { kind: 'msr', write: true, index: idx, data: v, reason: o.reason };
    throw NO_RETIRE;
  }
  cpuMsrSet(m, idx, v);
}

/** KVM hypercall numbers (include/uapi/linux/kvm_para.h). */
const KVM_HC_VAPIC_POLL_IRQ = 1, KVM_HC_KICK_CPU = 5, KVM_HC_SCHED_YIELD = 11, KVM_HC_MAP_GPA_RANGE = 12;
const KVM_ENOSYS = 1000n, KVM_EPERM = 1n, KVM_EINVAL = 22n;

/**
 * VMCALL / VMMCALL. 'emulate' reproduces the recording host: VMMCALL outside
 * protected mode is #UD; otherwise KVM patches VMMCALL to VMCALL in guest
 * memory and then re-executes VMCALL forever (only a signal ends the run).
 * 'hardware' follows kvm_emulate_hypercall.
 */
function hypercall(m: Machine, i: Insn, vmmcall: boolean): void {
  const s = m.s;
  if (m.backend === 'emulate') {
    if (vmmcall && !(s.cr0 & CR0_PE)) faultNoErr(UD);
    if (vmmcall) {
      // the hypercall-patching path rewrites 0f 01 d9 -> 0f 01 c1 at the instruction
      const at = m.s.mode64 ? m.curRip + i.len - 3 : (m.curRip + i.len - 3) >>> 0;
      m.wrLin(at + 2, 1, 0xc1, 0, false);
    }
    m.spin = true;
    throw NO_RETIRE;
  }
  const lm = s.mode64;
  const rd = (r: number): bigint => lm ? (BigInt(m.hi[r]) << 32n) | BigInt(m.lo[r]) : BigInt(m.lo[r]);
  const nr = rd(RAX);
  const setRet = (v: bigint): void => {
    const u = BigInt.asUintN(64, v);
    if (lm) m.sr(RAX, 8, Number(u & 0xffffffffn), true, Number(u >> 32n));
    else m.sr(RAX, 4, Number(u & 0xffffffffn), true);
  };
  if (s.cpl !== 0) { setRet(-KVM_EPERM); return; }
  const a0 = rd(RBX), a1 = rd(RCX), a2 = rd(RDX);
  if (nr === BigInt(KVM_HC_MAP_GPA_RANGE) && m.env.hypercallExits(nr)) {
    if ((a0 & 0xfffn) || !a1 || (a2 & ~0x1fn)) { setRet(-KVM_EINVAL); return; }
    m.exit = { kind: 'hypercall', nr, args: [a0, a1, a2, rd(RSI), 0n, 0n], longmode: lm ? 1 : 0 };
    throw NO_RETIRE;
  }
  switch (Number(nr)) {
    case KVM_HC_VAPIC_POLL_IRQ: setRet(0n); return;
    case KVM_HC_KICK_CPU: case KVM_HC_SCHED_YIELD: setRet(0n); return;
    default: setRet(-KVM_ENOSYS);
  }
}

function sseMov(m: Machine, i: Insn): void {
  // MOVUPS/MOVUPD/MOVDQU/MOVDQA/MOVAPS (0f 10/11/28/29/2b/6f/7f) between XMM and memory or XMM.
  const s = m.s;
  if ((s.cr0 & 4) || !(s.cr4 & 0x200)) faultNoErr(UD);
  if (s.cr0 & CR0_TS) faultNoErr(7);
  const op = i.op;
  if (op === 0x6f || op === 0x7f) { if (!i.p66 && i.rep !== 1) throw new EmulationFailure('MMX moves not modelled'); }
  else if (i.rep) throw new EmulationFailure('scalar SSE moves not modelled');
  const toMem = op === 0x11 || op === 0x29 || op === 0x2b || op === 0x7f;
  const aligned = op === 0x28 || op === 0x29 || op === 0x2b || (op === 0x6f || op === 0x7f) && i.p66;
  const x = m.xmm;
  const r = i.reg;
  if (i.rm >= 0) {
    if (toMem) x.copyWithin(i.rm * 16, r * 16, r * 16 + 16); else x.copyWithin(r * 16, i.rm * 16, i.rm * 16 + 16);
    return;
  }
  const ea = m.ea(i);
  const l = m.lin(i.seg, ea, 16, toMem);
  if (aligned && (l & 15)) fault(GP, 0);
  if (toMem) m.wrBytes(l, x.slice(r * 16, r * 16 + 16));
  else x.set(m.rdBytes(l, 16), r * 16);
}

function fpu(m: Machine, i: Insn): void {
  // Only the x87 control/status stores KVM's emulator implements: fnstcw (d9 /7), fnstsw (dd /7), fninit (db e3).
  if (i.opcode === 0xd9 && i.mem && (i.reg & 7) === 7) { m.wrRm(i, 2, 0x037f); return; }
  if (i.opcode === 0xdd && i.mem && (i.reg & 7) === 7) { m.wrRm(i, 2, 0); return; }
  if (i.opcode === 0xdb && i.rm >= 0 && (i.reg & 7) === 4 && (i.rm & 7) === 3) return;
  throw new EmulationFailure('x87 instruction not modelled');
}

function bcd(m: Machine, i: Insn): void {
  const s = m.s;
  let al = m.lo[RAX] & 0xff;
  const cf = s.flags & F_CF, af = s.flags & F_AF;
  let ncf = 0, naf = 0;
  switch (i.op) {
    case 0x27: case 0x2f: { // daa / das
      const old = al;
      if ((al & 15) > 9 || af) { al = i.op === 0x27 ? al + 6 : al - 6; naf = F_AF; ncf = cf || (i.op === 0x27 ? al > 0xff : al < 0) ? F_CF : 0; al &= 0xff; }
      if (old > 0x99 || cf) { al = (i.op === 0x27 ? al + 0x60 : al - 0x60) & 0xff; ncf = F_CF; }
      m.sr(RAX, 1, al, true);
      s.flags = (s.flags & ~F_ARITH) | ncf | naf | szp(al, 1);
      return;
    }
    default: { // aaa / aas
      let ax = m.lo[RAX] & 0xffff;
      if ((al & 15) > 9 || af) { ax = i.op === 0x37 ? ax + 0x106 : ax - 0x106; ncf = F_CF; naf = F_AF; }
      ax = (ax & 0xff0f) & 0xffff;
      m.sr(RAX, 2, ax, true);
      s.flags = (s.flags & ~F_ARITH) | ncf | naf | szp(ax & 0xff, 1);
    }
  }
}
function aamAad(m: Machine, i: Insn): void {
  const s = m.s;
  const al = m.lo[RAX] & 0xff, ah = (m.lo[RAX] >>> 8) & 0xff, base = i.imm & 0xff;
  let r: number;
  if (i.op === 0xd4) { if (base === 0) faultNoErr(DE); r = ((Math.floor(al / base) & 0xff) << 8) | (al % base); }
  else r = (al + ah * base) & 0xff;
  m.sr(RAX, 2, r, true);
  s.flags = (s.flags & ~F_ARITH) | szp(r & 0xff, 1);
}
function salc(m: Machine): void { m.sr(RAX, 1, m.s.flags & F_CF ? 0xff : 0, true); }
function grp15(m: Machine, i: Insn): void {
  // clflush / fences: no architectural effect here
  if (i.rm >= 0 && ((i.reg & 7) >= 5)) return;
  if (i.mem && (i.reg & 7) === 7) { m.lin(i.seg, m.ea(i), 1, false); return; }
  throw new EmulationFailure('0f ae form not modelled');
}

/** The handler table the decoder assigns from. */
export const H = {
  ud, ud2, nop, pause: nop, nopModrm: nop, notModelled,
  aluRmReg: (m: Machine, i: Insn) => aluRM(m, i, false),
  aluRegRm: (m: Machine, i: Insn) => aluRM(m, i, true),
  aluAccImm, grp1, testRmReg, testAccImm, grp2, grp3, grp4, grp5,
  incReg: (m: Machine, i: Insn) => incDecReg(m, i, false),
  decReg: (m: Machine, i: Insn) => incDecReg(m, i, true),
  imul3: (m: Machine, i: Insn) => {
    const a = i.osz === 8 ? rdRm64(m, i, false) : m.rdRm(i, i.osz), ah = m.vhi;
    imulCommon(m, i, a, i.osz === 8 ? ah : 0, immU(i, i.osz), i.osz === 8 ? (i.imm < 0 ? 0xffffffff : 0) : 0);
  },
  imul2: (m: Machine, i: Insn) => {
    const b = i.osz === 8 ? rdRm64(m, i, false) : m.rdRm(i, i.osz), bh = m.vhi;
    const a = m.gr(i.reg, i.osz, true), ah = m.vhi;
    imulCommon(m, i, a, i.osz === 8 ? ah : 0, b, i.osz === 8 ? bh : 0);
  },
  movRmReg, movRegRm, movRmImm, movRegImm, movAccMoffs, movMoffsAcc, lea, movzx, movsx, movsxd,
  xchgRmReg, xchgAcc, cmov, setcc, bswap, cbw, cwd, xlat, movzxLike,
  btRmReg, grp8, bsf: (m: Machine, i: Insn) => bsfr(m, i, false), bsr: (m: Machine, i: Insn) => bsfr(m, i, true),
  shld: (m: Machine, i: Insn) => shldrd(m, i, true), shrd: (m: Machine, i: Insn) => shldrd(m, i, false),
  cmpxchg, xadd, grp9,
  pushReg, popReg, pushImm, popRm, pushSeg, popSeg, pusha, popa, pushf, popf, enter, leave,
  jcc, jmpRel, callRel, ret, retImm, loop, jcxz, callFarImm, jmpFarImm, retFar, iret, int3, intn, into, icebp,
  flagOp, cmc, sahf, lahf, hlt, movRmSreg, movSregRm, lseg,
  movs: (m: Machine, i: Insn) => stringOp(m, i, movsIter, false),
  stos: (m: Machine, i: Insn) => stringOp(m, i, stosIter, false),
  lods: (m: Machine, i: Insn) => stringOp(m, i, lodsIter, false),
  cmps: (m: Machine, i: Insn) => stringOp(m, i, cmpsIter, true),
  scas: (m: Machine, i: Insn) => stringOp(m, i, scasIter, true),
  ins: (m: Machine, i: Insn) => stringOp(m, i, insIter, false),
  outs: (m: Machine, i: Insn) => stringOp(m, i, outsIter, false),
  outImm, outDx, inImm, inDx,
  movRegCr, movCrReg, movRegDr, movDrReg, clts, wbinvd, grp6, grp7, cpuid, rdtsc, rdpmc, rdmsr, wrmsr, syscall,
  sseMov, fpu, bcd, aamAad, salc, grp15,
};

// keep otherwise-unused imports referenced for clarity of the flag set
void PARITY; void SIGN; void DS; void FS; void SS_; void F_IF; void F_TF; void F_AC; void F_VM; void CR0_PE;
