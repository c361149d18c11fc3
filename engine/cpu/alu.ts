/**
 * Integer ALU with exact RFLAGS results. Operands of 1/2/4 bytes are plain
 * numbers (unsigned); 8-byte operands are lo/hi uint32 pairs whose result is
 * returned as lo with the high half in `out.hi`.
 *
 * Architecturally undefined flags follow the recording host (AMD Zen 3,
 * family 25): KVM's emulator computes flags by running the real instruction
 * on the host ("fastop"), so the guest sees the host CPU's choices. They are
 * pinned by the singlestep recording (see alu.test.ts):
 *  - AND/OR/XOR/TEST clear AF;
 *  - SHL/SHR/SAR with a non-zero count set AF;
 *  - OF of shifts/rotates by more than 1 uses the count-1 formula;
 *  - MUL/IMUL leave SF/ZF/AF/PF unchanged.
 */
import { F_AF, F_CF, F_OF, F_PF, F_SF, F_ZF } from './state.ts';

/** PF for each low byte value. */
export const PARITY = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let b = i, p = 1;
  while (b) { p ^= b & 1; b >>= 1; }
  PARITY[i] = p ? F_PF : 0;
}

/** mask and sign bit per operand size (index = size). */
export const MASK = [0, 0xff, 0xffff, 0, 0xffffffff, 0, 0, 0, 0xffffffff];
export const SIGN = [0, 0x80, 0x8000, 0, 0x80000000, 0, 0, 0, 0x80000000];
export const BITS = [0, 8, 16, 0, 32, 0, 0, 0, 64];

/** ALU operation numbers: the /reg field of group 1 (and the 00-3F opcode rows). */
export const ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;

/** Scratch output for 64-bit results. */
export const out = { hi: 0 };

const KEEP_NON_ARITH = ~(F_CF | F_PF | F_AF | F_ZF | F_SF | F_OF);

/** ZF/SF/PF of a result of `size` bytes (size <= 4). */
export function szp(res: number, size: number): number {
  return (res === 0 ? F_ZF : 0) | (res & SIGN[size] ? F_SF : 0) | PARITY[res & 0xff];
}

/** ZF/SF/PF of a 64-bit result. */
export function szp64(lo: number, hi: number): number {
  return ((lo | hi) === 0 ? F_ZF : 0) | (hi & 0x80000000 ? F_SF : 0) | PARITY[lo & 0xff];
}

/**
 * One of the eight group-1 operations on 1/2/4-byte operands. Returns the
 * result (for CMP the would-be result) and stores the new flags in f[0].
 */
export function alu(op: number, a: number, b: number, size: number, flags: number, f: Int32Array): number {
  const mask = MASK[size], sign = SIGN[size];
  let res: number, fl: number;
  switch (op) {
    case ADD: case ADC: {
      const c = op === ADC ? (flags & F_CF) : 0;
      const sum = a + b + c;
      res = size === 4 ? sum >>> 0 : sum & mask;
      fl = (sum > mask ? F_CF : 0) | ((a ^ b ^ res) & F_AF) | ((a ^ res) & (b ^ res) & sign ? F_OF : 0);
      break;
    }
    case SUB: case CMP: case SBB: {
      const c = op === SBB ? (flags & F_CF) : 0;
      const d = a - b - c;
      res = size === 4 ? d >>> 0 : d & mask;
      fl = (d < 0 ? F_CF : 0) | ((a ^ b ^ res) & F_AF) | ((a ^ b) & (a ^ res) & sign ? F_OF : 0);
      break;
    }
    case AND: res = (a & b) >>> 0; fl = 0; break;
    case OR: res = (a | b) >>> 0; fl = 0; break;
    default: res = (a ^ b) >>> 0; fl = 0; break; // XOR
  }
  f[0] = (flags & KEEP_NON_ARITH) | fl | szp(res, size);
  return res;
}

/** The same on 64-bit operands (a = aLo:aHi, b = bLo:bHi); result lo returned, hi in out.hi. */
export function alu64(op: number, aLo: number, aHi: number, bLo: number, bHi: number, flags: number, f: Int32Array): number {
  let lo: number, hi: number, fl: number;
  switch (op) {
    case ADD: case ADC: {
      const c = op === ADC ? (flags & F_CF) : 0;
      const l = aLo + bLo + c;
      lo = l >>> 0;
      const h = aHi + bHi + (l > 0xffffffff ? 1 : 0);
      hi = h >>> 0;
      fl = (h > 0xffffffff ? F_CF : 0) | ((aLo ^ bLo ^ lo) & F_AF) | ((aHi ^ hi) & (bHi ^ hi) & 0x80000000 ? F_OF : 0);
      break;
    }
    case SUB: case CMP: case SBB: {
      const c = op === SBB ? (flags & F_CF) : 0;
      const l = aLo - bLo - c;
      lo = l >>> 0;
      const h = aHi - bHi - (l < 0 ? 1 : 0);
      hi = h >>> 0;
      fl = (h < 0 ? F_CF : 0) | ((aLo ^ bLo ^ lo) & F_AF) | ((aHi ^ bHi) & (aHi ^ hi) & 0x80000000 ? F_OF : 0);
      break;
    }
    case AND: lo = (aLo & bLo) >>> 0; hi = (aHi & bHi) >>> 0; fl = 0; break;
    case OR: lo = (aLo | bLo) >>> 0; hi = (aHi | bHi) >>> 0; fl = 0; break;
    default: lo = (aLo ^ bLo) >>> 0; hi = (aHi ^ bHi) >>> 0; fl = 0; break;
  }
  f[0] = (flags & KEEP_NON_ARITH) | fl | szp64(lo, hi);
  out.hi = hi;
  return lo;
}

/**
 * New RFLAGS after a 32-bit ADD / SUB (or CMP) / logic op / INC / DEC with result `res`: exactly what
 * alu() and incdec() compute for size 4, as separate functions so the block runner's lazy flags
 * (uop.ts flagsOf) get code free of the operation switch.
 */
export function flagsAdd32(a: number, b: number, res: number, flags: number): number {
  return (flags & KEEP_NON_ARITH) | (a + b > 0xffffffff ? F_CF : 0) | ((a ^ b ^ res) & F_AF) |
    ((a ^ res) & (b ^ res) & 0x80000000 ? F_OF : 0) | szp(res, 4);
}
/** See flagsAdd32. */
export function flagsSub32(a: number, b: number, res: number, flags: number): number {
  return (flags & KEEP_NON_ARITH) | (a < b ? F_CF : 0) | ((a ^ b ^ res) & F_AF) |
    ((a ^ b) & (a ^ res) & 0x80000000 ? F_OF : 0) | szp(res, 4);
}
/** See flagsAdd32. */
export function flagsLogic32(res: number, flags: number): number { return (flags & KEEP_NON_ARITH) | szp(res, 4); }
/** See flagsAdd32. */
export function flagsInc32(a: number, res: number, flags: number): number {
  return (flags & (KEEP_NON_ARITH | F_CF)) | ((a ^ 1 ^ res) & F_AF) | (res === 0x80000000 ? F_OF : 0) | szp(res, 4);
}
/** See flagsAdd32. */
export function flagsDec32(a: number, res: number, flags: number): number {
  return (flags & (KEEP_NON_ARITH | F_CF)) | ((a ^ 1 ^ res) & F_AF) | (a === 0x80000000 ? F_OF : 0) | szp(res, 4);
}

/** INC (dec=false) / DEC (dec=true): CF preserved. Works for 1/2/4 bytes. */
export function incdec(a: number, dec: boolean, size: number, flags: number, f: Int32Array): number {
  const mask = MASK[size], sign = SIGN[size];
  const res = dec ? (size === 4 ? (a - 1) >>> 0 : (a - 1) & mask) : (size === 4 ? (a + 1) >>> 0 : (a + 1) & mask);
  const of = dec ? (a === sign) : (res === sign);
  // AF: carry/borrow out of bit 3 = bit 4 of a^1^res.
  f[0] = (flags & (KEEP_NON_ARITH | F_CF)) | ((a ^ 1 ^ res) & F_AF) | (of ? F_OF : 0) | szp(res, size);
  return res;
}

/** 64-bit INC/DEC. */
export function incdec64(lo: number, hi: number, dec: boolean, flags: number, f: Int32Array): number {
  let rl: number, rh: number;
  if (dec) { rl = (lo - 1) >>> 0; rh = lo === 0 ? (hi - 1) >>> 0 : hi; } else { rl = (lo + 1) >>> 0; rh = rl === 0 ? (hi + 1) >>> 0 : hi; }
  const of = dec ? (lo === 0 && hi === 0x80000000) : (rl === 0 && rh === 0x80000000);
  f[0] = (flags & (KEEP_NON_ARITH | F_CF)) | ((lo ^ 1 ^ rl) & F_AF) | (of ? F_OF : 0) | szp64(rl, rh);
  out.hi = rh;
  return rl;
}

/** Shift/rotate ops: the /reg field of group 2. */
export const ROL = 0, ROR = 1, RCL = 2, RCR = 3, SHL = 4, SHR = 5, SAL = 6, SAR = 7;

/**
 * Group-2 shift/rotate of a 1/2/4/8-byte value given as bigint-free halves.
 * Uses bigint internally only for 8-byte operands. `cnt` is the raw count;
 * masking follows the architecture (5 bits, 6 for 64-bit operands).
 */
export function shift(op: number, lo: number, hi: number, cnt: number, size: number, flags: number, f: Int32Array): number {
  const bits = BITS[size];
  cnt &= size === 8 ? 63 : 31;
  if (size === 8) return shift64(op, lo, hi, cnt, flags, f);
  const mask = MASK[size], sign = SIGN[size];
  const a = lo;
  if (cnt === 0) { f[0] = flags; return a; }
  let res: number, cf: number, of: number, af = 0, arith = false;
  switch (op) {
    case ROL: {
      const n = cnt % bits;
      res = n === 0 ? a : (((a << n) | (a >>> (bits - n))) & mask) >>> 0;
      if (size === 4) res = n === 0 ? a : ((a << n) | (a >>> (32 - n))) >>> 0;
      cf = res & 1;
      of = ((res & sign) ? 1 : 0) ^ cf;
      break;
    }
    case ROR: {
      const n = cnt % bits;
      res = n === 0 ? a : ((a >>> n) | (a << (bits - n))) & mask;
      if (size === 4) res = res >>> 0;
      cf = (res & sign) ? 1 : 0;
      of = cf ^ ((res & (sign >>> 1)) ? 1 : 0);
      break;
    }
    case RCL: {
      const n = cnt % (bits + 1);
      let v = a, c = flags & F_CF;
      for (let i = 0; i < n; i++) { const top = (v & sign) ? 1 : 0; v = ((v << 1) | c) & mask; if (size === 4) v >>>= 0; c = top; }
      res = v; cf = c;
      of = ((res & sign) ? 1 : 0) ^ cf;
      break;
    }
    case RCR: {
      const n = cnt % (bits + 1);
      let v = a, c = flags & F_CF;
      // OF = MSB(orig) XOR CF(orig) for count 1; the same formula is applied for any count.
      of = ((a & sign) ? 1 : 0) ^ c;
      for (let i = 0; i < n; i++) { const low = v & 1; v = (v >>> 1) | (c ? sign : 0); if (size === 4) v >>>= 0; c = low; }
      res = v; cf = c;
      if (n !== 1) of = ((res & sign) ? 1 : 0) ^ ((res & (sign >>> 1)) ? 1 : 0);
      break;
    }
    case SHL: case SAL: {
      arith = true;
      res = cnt >= 32 ? 0 : (size === 4 ? (a << cnt) >>> 0 : (a << cnt) & mask);
      cf = cnt > bits ? 0 : (cnt === bits ? a & 1 : (a >>> (bits - cnt)) & 1);
      of = ((res & sign) ? 1 : 0) ^ cf;
      af = F_AF;
      break;
    }
    case SHR: {
      arith = true;
      res = cnt >= 32 ? 0 : a >>> cnt;
      cf = cnt > bits ? 0 : (a >>> (cnt - 1)) & 1;
      of = cnt === 1 ? ((a & sign) ? 1 : 0) : (((res << 1) ^ res) & sign ? 1 : 0);
      af = F_AF;
      break;
    }
    default: { // SAR
      arith = true;
      const sv = size === 1 ? (a << 24) >> 24 : size === 2 ? (a << 16) >> 16 : a | 0;
      const n = cnt > 31 ? 31 : cnt;
      res = (sv >> n) & mask;
      if (size === 4) res = res >>> 0;
      cf = cnt >= bits ? (sv < 0 ? 1 : 0) : (sv >> (cnt - 1)) & 1;
      of = 0;
      af = F_AF;
      break;
    }
  }
  if (arith) {
    f[0] = (flags & KEEP_NON_ARITH) | (cf ? F_CF : 0) | (of ? F_OF : 0) | af | szp(res, size);
  } else {
    f[0] = (flags & ~(F_CF | F_OF)) | (cf ? F_CF : 0) | (of ? F_OF : 0);
  }
  return res;
}

function shift64(op: number, lo: number, hi: number, cnt: number, flags: number, f: Int32Array): number {
  if (cnt === 0) { f[0] = flags; out.hi = hi; return lo; }
  const M = (1n << 64n) - 1n;
  const a = (BigInt(hi) << 32n) | BigInt(lo);
  const SIGN64 = 1n << 63n;
  let res: bigint, cf: number, of: number, arith = false;
  const nb = BigInt(cnt);
  switch (op) {
    case ROL: res = ((a << nb) | (a >> (64n - nb))) & M; cf = Number(res & 1n); of = (res & SIGN64 ? 1 : 0) ^ cf; break;
    case ROR: res = ((a >> nb) | (a << (64n - nb))) & M; cf = res & SIGN64 ? 1 : 0; of = cf ^ (res & (SIGN64 >> 1n) ? 1 : 0); break;
    case RCL: {
      let v = a, c = BigInt(flags & F_CF);
      for (let i = 0; i < cnt; i++) { const top = v >> 63n; v = ((v << 1n) | c) & M; c = top; }
      res = v; cf = Number(c); of = (res & SIGN64 ? 1 : 0) ^ cf; break;
    }
    case RCR: {
      let v = a, c = BigInt(flags & F_CF);
      for (let i = 0; i < cnt; i++) { const low = v & 1n; v = (v >> 1n) | (c << 63n); c = low; }
      res = v; cf = Number(c); of = (res & SIGN64 ? 1 : 0) ^ (res & (SIGN64 >> 1n) ? 1 : 0);
      if (cnt === 1) of = (a & SIGN64 ? 1 : 0) ^ (flags & F_CF);
      break;
    }
    case SHL: case SAL: arith = true; res = (a << nb) & M; cf = Number((a >> (64n - nb)) & 1n); of = (res & SIGN64 ? 1 : 0) ^ cf; break;
    case SHR: arith = true; res = a >> nb; cf = Number((a >> (nb - 1n)) & 1n);
      of = cnt === 1 ? (a & SIGN64 ? 1 : 0) : (((res << 1n) ^ res) & SIGN64 ? 1 : 0); break;
    default: {
      arith = true;
      const sv = BigInt.asIntN(64, a);
      res = BigInt.asUintN(64, sv >> nb); cf = Number((sv >> (nb - 1n)) & 1n); of = 0; break;
    }
  }
  const rlo = Number(res & 0xffffffffn), rhi = Number(res >> 32n);
  out.hi = rhi;
  if (arith) f[0] = (flags & KEEP_NON_ARITH) | (cf ? F_CF : 0) | (of ? F_OF : 0) | F_AF | szp64(rlo, rhi);
  else f[0] = (flags & ~(F_CF | F_OF)) | (cf ? F_CF : 0) | (of ? F_OF : 0);
  return rlo;
}

/** Sign-extend a value of `size` bytes to a JS number (size <= 4). */
export function sext(v: number, size: number): number {
  return size === 1 ? (v << 24) >> 24 : size === 2 ? (v << 16) >> 16 : v | 0;
}

/** Condition code test (the low nibble of Jcc/SETcc/CMOVcc opcodes). */
export function testCC(cc: number, fl: number): boolean {
  let r: boolean;
  switch (cc >> 1) {
    case 0: r = (fl & F_OF) !== 0; break;
    case 1: r = (fl & F_CF) !== 0; break;
    case 2: r = (fl & F_ZF) !== 0; break;
    case 3: r = (fl & (F_CF | F_ZF)) !== 0; break;
    case 4: r = (fl & F_SF) !== 0; break;
    case 5: r = (fl & F_PF) !== 0; break;
    case 6: r = ((fl & F_SF) !== 0) !== ((fl & F_OF) !== 0); break;
    default: r = (fl & F_ZF) !== 0 || (((fl & F_SF) !== 0) !== ((fl & F_OF) !== 0)); break;
  }
  return (cc & 1) ? !r : r;
}
