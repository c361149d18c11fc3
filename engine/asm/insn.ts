/**
 * One x86 instruction being built: legacy prefixes, REX, opcode, ModRM/SIB/displacement, immediates;
 * and its serialisation in NASM's prefix order (rep, lock, segment, 66, 67, mandatory prefix, REX).
 */
import { AsmFault } from './expr.ts';
import type { ImmOp, MemOp, Operand, RegOp } from './operand.ts';
import { gprBits, SEG_PREFIX, type Reg } from './registers.ts';

export type Bits = 16 | 32 | 64;

/** Per-instruction assembly context, supplied by the pass driver. */
export interface EncCtx {
  bits: Bits;
  /** Address of the first byte of this instruction. */
  addr: bigint;
  defaultRel: boolean;
  /** Sticky branch relaxation state of this source statement: once long, always long. */
  relax: { long: boolean };
  warn(message: string, col: number, end: number): void;
}

const fault = (code: 'PS200' | 'PS202' | 'PS204', msg: string, o: { col: number; end: number }): AsmFault =>
  new AsmFault(code, msg, o.col, o.end);

export class Ins {
  rep = 0;
  lock = false;
  seg = 0;
  o16 = false;
  a67 = false;
  mand = 0;
  rexW = false;
  rexR = false;
  rexX = false;
  rexB = false;
  /** spl/bpl/sil/dil used: REX (0x40) is required even with no bit set. */
  rexNeed = false;
  /** ah/ch/dh/bh used: REX is forbidden. */
  rexBan = false;
  op: number[] = [];
  modrm = -1;
  sib = -1;
  dispSize = 0;
  disp = 0n;
  /** Displacement is relative to the end of the instruction (RIP-relative or branch). */
  dispTarget: bigint | undefined;
  imms: { v: bigint; size: number }[] = [];

  constructor(readonly ctx: EncCtx) {}

  /** Sets operand-size prefixes for an operation of `size` bits. `def64`: instructions whose default operand size is 64 in long mode. */
  osize(size: number, at: { col: number; end: number }, def64 = false): void {
    const b = this.ctx.bits;
    if (size === 16) { if (b !== 16) this.o16 = true; }
    else if (size === 32) {
      if (b === 16) this.o16 = true;
      else if (b === 64 && def64) throw fault('PS202', 'instruction not supported in 64-bit mode with a 32-bit operand', at);
    } else if (size === 64) {
      if (b !== 64) throw fault('PS202', '64-bit operand size requires bits 64', at);
      if (!def64) this.rexW = true;
    }
  }

  /** Accounts for a register's REX needs; returns its low 3 bits. */
  private regBits(r: Reg, at: { col: number; end: number }): number {
    if (this.ctx.bits !== 64 && (r.num > 7 || r.needsRex || r.cls === 'r64') && r.cls !== 'cr') {
      throw fault('PS202', `register '${r.name}' is only available in 64-bit mode`, at);
    }
    if (r.needsRex) this.rexNeed = true;
    if (r.high) this.rexBan = true;
    return r.num & 7;
  }

  /** Puts a register in ModRM.reg. */
  reg(r: Reg, at: { col: number; end: number }): number {
    const n = this.regBits(r, at);
    if (r.num & 8) this.rexR = true;
    return n;
  }

  /** Puts a register into the low bits of the last opcode byte (`+r` forms). */
  plusReg(r: Reg, at: { col: number; end: number }): void {
    const n = this.regBits(r, at);
    if (r.num & 8) this.rexB = true;
    this.op[this.op.length - 1] += n;
  }

  /** ModRM with `regField` (a register number or a /digit) and a register or memory r/m operand. */
  modrmOf(regField: number, rm: RegOp | MemOp): void {
    if (rm.kind === 'reg') {
      const n = this.regBits(rm.reg, rm);
      if (rm.reg.num & 8) this.rexB = true;
      this.modrm = 0xc0 | ((regField & 7) << 3) | n;
    } else this.mem(regField & 7, rm);
  }

  /** Immediate of `size` bytes, warning when the value does not fit (NASM truncates and warns). */
  imm(o: ImmOp | bigint, size: number, signed = false, at?: { col: number; end: number }): void {
    const v = typeof o === 'bigint' ? o : o.v;
    const where = typeof o === 'bigint' ? at : o;
    const unknown = typeof o !== 'bigint' && o.unknown;
    const bits = BigInt(size * 8);
    if (!unknown && where && size < 8) {
      const lim = 1n << bits;
      if (signed ? v < -(lim >> 1n) || v >= lim >> 1n : v >= lim || v < -lim) {
        this.ctx.warn(`${signed ? 'signed ' : ''}${['byte', 'word', '', 'dword'][size - 1]} value exceeds bounds`, where.col, where.end);
      }
    }
    this.imms.push({ v, size });
  }

  /** Encodes a memory operand into ModRM/SIB/displacement (NASM's effective-address rules). */
  mem(regField: number, m: MemOp): void {
    const b = this.ctx.bits;
    if (m.seg) this.seg = SEG_PREFIX[m.seg.num];
    let cls: string | undefined;
    for (const t of m.regs) {
      const c = t.reg.cls;
      if (c !== 'r16' && c !== 'r32' && c !== 'r64') throw fault('PS202', `register '${t.reg.name}' cannot be used in an address`, m);
      if (cls && cls !== c) throw fault('PS202', 'invalid effective address: mixed register sizes', m);
      cls = c;
    }
    const asize = cls === 'r16' ? 16 : cls === 'r32' ? 32 : cls === 'r64' ? 64 : b;
    if (asize === 64 && b !== 64) throw fault('PS202', '64-bit addressing requires bits 64', m);
    if (asize === 16 && b === 64) throw fault('PS202', '16-bit addressing is not supported in 64-bit mode', m);
    if (asize !== b) this.a67 = true;
    const absolute = !m.dispUnknown && m.dispRel === 0;
    if (asize === 16) return this.mem16(regField, m, absolute);

    // Split the register terms into base and index the way NASM does.
    let base: Reg | undefined;
    let index: Reg | undefined;
    let scale = 1n;
    const bad = (): AsmFault => fault('PS202', `invalid ${asize}-bit effective address`, m);
    if (m.regs.length > 2) throw fault('PS202', 'invalid effective address: too many registers', m);
    if (m.regs.length === 1) {
      const { reg, coef } = m.regs[0];
      if (coef === 1n) base = reg;
      else if (coef === 2n || coef === 3n || coef === 5n || coef === 9n) { base = reg; index = reg; scale = coef - 1n; }
      else if (coef === 4n || coef === 8n) { index = reg; scale = coef; }
      else throw bad();
    } else if (m.regs.length === 2) {
      const [x, y] = m.regs;
      if (x.coef === 1n && y.coef === 1n) { base = x.reg; index = y.reg; }
      else if (x.coef === 1n && (y.coef === 2n || y.coef === 4n || y.coef === 8n)) { base = x.reg; index = y.reg; scale = y.coef; }
      else if (y.coef === 1n && (x.coef === 2n || x.coef === 4n || x.coef === 8n)) { base = y.reg; index = x.reg; scale = x.coef; }
      else throw bad();
      if (index.num === 4 && scale === 1n) [base, index] = [index, base];
    }
    if (index && index.num === 4) throw bad();
    if (base) { this.regBits(base, m); if (base.num & 8) this.rexB = true; }
    if (index) { this.regBits(index, m); if (index.num & 8) this.rexX = true; }
    const ss = scale === 1n ? 0 : scale === 2n ? 1 : scale === 4n ? 2 : 3;
    const r = (regField & 7) << 3;

    if (!base && !index) {
      const wantRel = m.relKw === 'rel' || (this.ctx.defaultRel && m.relKw !== 'abs' && !(m.seg && m.seg.num >= 4));
      if (asize === 64 && wantRel && (m.dispRel !== 0 || m.dispUnknown)) {
        this.modrm = r | 5;
        this.dispSize = 4;
        this.dispTarget = m.disp;
        return;
      }
      if (asize === 64 && m.relKw === 'rel') this.ctx.warn('absolute address can not be RIP-relative', m.col, m.end);
      if (b === 64) { this.modrm = r | 4; this.sib = 0x25; }
      else this.modrm = r | 5;
      this.setDisp(m, 4);
      return;
    }
    let mod: number;
    let dsz: number;
    const needsDisp = base !== undefined && (base.num & 7) === 5;
    if (!base) { mod = 0; dsz = 4; }
    else if (absolute && m.disp === 0n && !needsDisp) { mod = 0; dsz = 0; }
    else if (absolute && m.disp >= -128n && m.disp <= 127n) { mod = 1; dsz = 1; }
    else { mod = 2; dsz = 4; }
    if (index || (base!.num & 7) === 4) {
      this.modrm = (mod << 6) | r | 4;
      this.sib = (ss << 6) | ((index ? index.num & 7 : 4) << 3) | (base ? base.num & 7 : 5);
    } else this.modrm = (mod << 6) | r | (base!.num & 7);
    this.setDisp(m, dsz);
  }

  private setDisp(m: MemOp, size: number): void {
    this.dispSize = size;
    this.disp = m.disp;
    if (size === 4 && !m.dispUnknown && (m.disp >= 1n << 32n || m.disp < -(1n << 31n))) {
      this.ctx.warn('dword data exceeds bounds', m.col, m.end);
    }
  }

  private mem16(regField: number, m: MemOp, absolute: boolean): void {
    let bx = false, bp = false, si = false, di = false;
    for (const t of m.regs) {
      if (t.coef !== 1n) throw fault('PS202', 'invalid 16-bit effective address: no scaling', m);
      const n = t.reg.name;
      if (n === 'bx' && !bx && !bp) bx = true;
      else if (n === 'bp' && !bx && !bp) bp = true;
      else if (n === 'si' && !si && !di) si = true;
      else if (n === 'di' && !si && !di) di = true;
      else throw fault('PS202', 'invalid 16-bit effective address', m);
    }
    const r = (regField & 7) << 3;
    if (!bx && !bp && !si && !di) {
      this.modrm = r | 6;
      this.dispSize = 2;
      this.disp = m.disp;
      return;
    }
    const rm = bx ? (si ? 0 : di ? 1 : 7) : bp ? (si ? 2 : di ? 3 : 6) : si ? 4 : 5;
    let mod: number;
    if (absolute && m.disp === 0n && rm !== 6) mod = 0;
    else if (absolute && m.disp >= -128n && m.disp <= 127n) mod = 1;
    else mod = 2;
    this.modrm = (mod << 6) | r | rm;
    this.dispSize = mod === 0 ? 0 : mod === 1 ? 1 : 2;
    this.disp = m.disp;
  }

  /** Serialises the instruction at ctx.addr. */
  bytes(): number[] {
    const out: number[] = [];
    if (this.rep) out.push(this.rep);
    if (this.lock) out.push(0xf0);
    if (this.seg) out.push(this.seg);
    if (this.o16) out.push(0x66);
    if (this.a67) out.push(0x67);
    if (this.mand) out.push(this.mand);
    const rex = (this.rexW ? 8 : 0) | (this.rexR ? 4 : 0) | (this.rexX ? 2 : 0) | (this.rexB ? 1 : 0);
    if (rex || this.rexNeed) {
      if (this.rexBan) throw new AsmFault('PS202', 'cannot use high byte register in rex instruction', 0, 0);
      if (this.ctx.bits !== 64) throw new AsmFault('PS202', 'instruction needs a REX prefix, which requires bits 64', 0, 0);
      out.push(0x40 | rex);
    }
    out.push(...this.op);
    if (this.modrm >= 0) out.push(this.modrm);
    if (this.sib >= 0) out.push(this.sib);
    const immLen = this.imms.reduce((s, i) => s + i.size, 0);
    let disp = this.disp;
    if (this.dispTarget !== undefined) {
      const end = this.ctx.addr + BigInt(out.length + this.dispSize + immLen);
      disp = this.dispTarget - end;
      if (disp >= 1n << 31n || disp < -(1n << 31n)) throw new AsmFault('PS204', 'RIP-relative displacement out of range', 0, 0);
    }
    pushLE(out, disp, this.dispSize);
    for (const i of this.imms) pushLE(out, i.v, i.size);
    return out;
  }
}

/** Appends `size` little-endian bytes of v (two's complement, truncated). */
export function pushLE(out: number[], v: bigint, size: number): void {
  if (size <= 4) {
    let x = Number(BigInt.asUintN(32, v));
    for (let i = 0; i < size; i++) { out.push(x & 0xff); x >>>= 8; }
    return;
  }
  let x = BigInt.asUintN(size * 8, v);
  for (let i = 0; i < size; i++) { out.push(Number(x & 0xffn)); x >>= 8n; }
}

/** Operand width in bits (0 when a memory operand has no size). */
export function sizeOf(o: Operand): number {
  if (o.kind === 'reg') return gprBits(o.reg.cls);
  return o.size;
}

export const isGpr = (o: Operand | undefined): o is RegOp => o?.kind === 'reg' && gprBits(o.reg.cls) > 0;
export const isRM = (o: Operand | undefined): o is RegOp | MemOp => isGpr(o) || o?.kind === 'mem';
export const isImm = (o: Operand | undefined): o is ImmOp => o?.kind === 'imm';
export const isMem = (o: Operand | undefined): o is MemOp => o?.kind === 'mem';
export { fault };
