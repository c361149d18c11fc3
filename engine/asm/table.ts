/**
 * The instruction set: one encoder per mnemonic, choosing the encoding `nasm -f bin` (default -Ox)
 * chooses. Each handler fills an `Ins` or throws an AsmFault.
 *
 * NASM choices reproduced here (checked against nasm 2.16, see golden tests):
 * reg,reg uses the `r/m, reg` opcode (89 not 8B); sign-extended imm8 (83 /n) whenever an absolute value
 * fits, else the accumulator short form (05), else 81; `mov r64, imm` becomes `mov r32, imm32` when the
 * value is a non-negative 32-bit number, `C7 /0` when it is a negative 32-bit one, else B8+r imm64
 * (relocatable values always take the long form); shifts by 1 use D1; moffs (A0–A3) only outside
 * 64-bit mode; branches are short when the target is known and in range (multi-pass relaxation).
 */
import { AsmFault } from './expr.ts';
import { fault, Ins, isGpr, isImm, isMem, isRM, sizeOf, type Bits } from './insn.ts';
import type { FarOp, ImmOp, MemOp, Operand, RegOp } from './operand.ts';
import { gprBits } from './registers.ts';

export interface At { col: number; end: number }
export type Handler = (ins: Ins, ops: Operand[], at: At) => void;

const invalid = (at: At): AsmFault => fault('PS202', 'invalid combination of opcode and operands', at);
const noSize = (at: At): AsmFault => fault('PS202', 'operation size not specified', at);

function arity(ops: Operand[], n: number, at: At): void {
  if (ops.length !== n) throw fault('PS202', `expected ${n} operand${n === 1 ? '' : 's'}, got ${ops.length}`, at);
}

/** Common size of two operands; mismatches and unknown sizes are errors. */
function size2(a: Operand, b: Operand, at: At): number {
  const x = sizeOf(a), y = sizeOf(b);
  if (x && y && x !== y) throw fault('PS202', 'mismatch in operand sizes', at);
  const s = x || y;
  if (!s) throw noSize(at);
  return s;
}

/** Whether an immediate is an absolute, known value that fits a sign-extended byte at operand `size`. */
function fitsSByte(o: ImmOp, size: number): boolean {
  if (o.unknown || o.rel !== 0) return false;
  const v = BigInt.asIntN(Math.min(size, 32), o.v);
  return v >= -128n && v <= 127n;
}

function isAcc(o: Operand): o is RegOp {
  return o.kind === 'reg' && gprBits(o.reg.cls) > 0 && o.reg.num === 0;
}

/** Bytes of an operand-size immediate (64-bit operations take a sign-extended imm32). */
const immBytes = (size: number): number => (size === 64 ? 4 : size / 8);

const H = new Map<string, Handler>();

/** Fixed byte sequences, optionally with an operand size and a mode restriction. */
function fixed(name: string, bytes: number[], opts: { size?: number; not64?: boolean; only64?: boolean; mand?: number } = {}): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 0, at);
    if (opts.not64 && ins.ctx.bits === 64) throw fault('PS202', 'instruction not supported in 64-bit mode', at);
    if (opts.only64 && ins.ctx.bits !== 64) throw fault('PS202', 'instruction only supported in 64-bit mode', at);
    if (opts.size) ins.osize(opts.size, at);
    if (opts.mand) ins.mand = opts.mand;
    ins.op.push(...bytes);
  });
}

// --- ALU: add or adc sbb and sub xor cmp -------------------------------------------------------
['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'].forEach((name, n) => {
  H.set(name, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, s] = ops;
    if (isRM(d) && isGpr(s)) {
      const size = size2(d, s, at);
      ins.osize(size, at);
      ins.op.push(n * 8 + (size === 8 ? 0 : 1));
      ins.modrmOf(ins.reg(s.reg, s), d);
    } else if (isGpr(d) && isMem(s)) {
      const size = size2(d, s, at);
      ins.osize(size, at);
      ins.op.push(n * 8 + (size === 8 ? 2 : 3));
      ins.modrmOf(ins.reg(d.reg, d), s);
    } else if (isRM(d) && isImm(s)) {
      aluImm(ins, n, d, s, at);
    } else throw invalid(at);
  });
});

function aluImm(ins: Ins, n: number, d: RegOp | MemOp, s: ImmOp, at: At): void {
  const size = sizeOf(d) || s.size;
  if (!size) throw noSize(at);
  if (s.size && s.size !== 8 && s.size !== size) throw fault('PS202', 'mismatch in operand sizes', at);
  ins.osize(size, at);
  if (size === 8) {
    if (isAcc(d)) ins.op.push(n * 8 + 4);
    else { ins.op.push(0x80); ins.modrmOf(n, d); }
    ins.imm(s, 1);
    return;
  }
  const sbyte = s.size === 8 || (!(s.strict && s.size) && fitsSByte(s, size));
  if (sbyte) {
    ins.op.push(0x83);
    ins.modrmOf(n, d);
    ins.imm({ ...s, v: BigInt.asIntN(Math.min(size, 32), s.v) }, 1, true);
  } else {
    if (isAcc(d)) ins.op.push(n * 8 + 5);
    else { ins.op.push(0x81); ins.modrmOf(n, d); }
    ins.imm(size === 64 ? { ...s, v: BigInt.asIntN(32, s.v) } : s, immBytes(size), size === 64);
  }
}

// --- test ------------------------------------------------------------------------------------
H.set('test', (ins, ops, at) => {
  arity(ops, 2, at);
  let [d, s] = ops;
  if (isMem(s) && isGpr(d)) [d, s] = [s, d];
  if (isRM(d) && isGpr(s)) {
    const size = size2(d, s, at);
    ins.osize(size, at);
    ins.op.push(size === 8 ? 0x84 : 0x85);
    ins.modrmOf(ins.reg(s.reg, s), d);
  } else if (isRM(d) && isImm(s)) {
    const size = sizeOf(d) || s.size;
    if (!size) throw noSize(at);
    ins.osize(size, at);
    if (isAcc(d)) ins.op.push(size === 8 ? 0xa8 : 0xa9);
    else { ins.op.push(size === 8 ? 0xf6 : 0xf7); ins.modrmOf(0, d); }
    ins.imm(s, immBytes(size), size === 64);
  } else throw invalid(at);
});

// --- mov -------------------------------------------------------------------------------------
H.set('mov', (ins, ops, at) => {
  arity(ops, 2, at);
  const [d, s] = ops;
  const b = ins.ctx.bits;
  if (d.kind === 'reg' && (d.reg.cls === 'cr' || d.reg.cls === 'dr') && isGpr(s)) return movCrDr(ins, d, s, true, at);
  if (s.kind === 'reg' && (s.reg.cls === 'cr' || s.reg.cls === 'dr') && isGpr(d)) return movCrDr(ins, s, d, false, at);
  if (s.kind === 'reg' && s.reg.cls === 'sreg' && isRM(d)) {
    if (isGpr(d)) ins.osize(gprBits(d.reg.cls) === 64 ? 32 : gprBits(d.reg.cls), at);
    else if (d.size && d.size !== 16) throw invalid(at);
    if (isGpr(d) && gprBits(d.reg.cls) === 8) throw invalid(at);
    ins.op.push(0x8c);
    ins.modrmOf(s.reg.num, d);
    return;
  }
  if (d.kind === 'reg' && d.reg.cls === 'sreg' && isRM(s)) {
    if ((isGpr(s) && gprBits(s.reg.cls) === 8) || (isMem(s) && s.size && s.size !== 16)) throw invalid(at);
    ins.op.push(0x8e);
    ins.modrmOf(d.reg.num, s);
    return;
  }
  // moffs: accumulator <-> absolute address, not in 64-bit mode (NASM uses ModRM there).
  const moffs = (m: MemOp): boolean => b !== 64 && m.regs.length === 0;
  if (isAcc(d) && isMem(s) && moffs(s)) {
    const size = size2(d, s, at);
    ins.osize(size, at);
    if (s.seg) ins.seg = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65][s.seg.num];
    ins.op.push(size === 8 ? 0xa0 : 0xa1);
    ins.imm({ ...s, kind: 'imm', strict: false, v: s.disp, rel: s.dispRel, unknown: s.dispUnknown } as ImmOp, b / 8);
    return;
  }
  if (isMem(d) && isAcc(s) && moffs(d)) {
    const size = size2(d, s, at);
    ins.osize(size, at);
    if (d.seg) ins.seg = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65][d.seg.num];
    ins.op.push(size === 8 ? 0xa2 : 0xa3);
    ins.imm({ ...d, kind: 'imm', strict: false, v: d.disp, rel: d.dispRel, unknown: d.dispUnknown } as ImmOp, b / 8);
    return;
  }
  if (isRM(d) && isGpr(s)) {
    const size = size2(d, s, at);
    ins.osize(size, at);
    ins.op.push(size === 8 ? 0x88 : 0x89);
    ins.modrmOf(ins.reg(s.reg, s), d);
    return;
  }
  if (isGpr(d) && isMem(s)) {
    const size = size2(d, s, at);
    ins.osize(size, at);
    ins.op.push(size === 8 ? 0x8a : 0x8b);
    ins.modrmOf(ins.reg(d.reg, d), s);
    return;
  }
  if (isGpr(d) && isImm(s)) {
    const size = size2(d, s, at);
    if (size === 64) {
      const known = !s.unknown && s.rel === 0;
      if (known && s.v >= 0n && s.v <= 0xffffffffn && !s.strict) {
        ins.op.push(0xb8);
        ins.plusReg(d.reg, d);
        ins.imm(s, 4);
      } else if (known && s.v >= -(1n << 31n) && s.v < 0n && !s.strict) {
        ins.osize(64, at);
        ins.op.push(0xc7);
        ins.modrmOf(0, d);
        ins.imm(s, 4, true);
      } else {
        ins.osize(64, at);
        ins.op.push(0xb8);
        ins.plusReg(d.reg, d);
        ins.imm(s, 8);
      }
      return;
    }
    ins.osize(size, at);
    ins.op.push(size === 8 ? 0xb0 : 0xb8);
    ins.plusReg(d.reg, d);
    ins.imm(s, size / 8);
    return;
  }
  if (isMem(d) && isImm(s)) {
    const size = size2(d, s, at);
    ins.osize(size, at);
    ins.op.push(size === 8 ? 0xc6 : 0xc7);
    ins.modrmOf(0, d);
    ins.imm(s, immBytes(size), size === 64);
    return;
  }
  throw invalid(at);
});

function movCrDr(ins: Ins, special: RegOp, gpr: RegOp, toSpecial: boolean, at: At): void {
  const b = ins.ctx.bits;
  const want = b === 64 ? 64 : 32;
  if (gprBits(gpr.reg.cls) !== want) {
    throw fault('PS202', `control/debug register moves take a ${want}-bit register in ${b}-bit mode`, at);
  }
  const isCr = special.reg.cls === 'cr';
  if (isCr && ![0, 2, 3, 4, 8].includes(special.reg.num)) throw fault('PS202', `${special.reg.name} does not exist`, special);
  if (special.reg.num & 8) {
    if (b === 64) ins.rexR = true;
    else ins.lock = true; // AMD's alternative encoding of CR8 outside long mode: F0 0F 22/20
  }
  ins.op.push(0x0f, (isCr ? 0x20 : 0x21) + (toSpecial ? 2 : 0));
  ins.modrm = 0xc0 | ((special.reg.num & 7) << 3) | (gpr.reg.num & 7);
  if (gpr.reg.num & 8) ins.rexB = true;
}

// --- movzx / movsx / movsxd / lea -------------------------------------------------------------
function extend(name: string, op8: number, op16: number): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, s] = ops;
    if (!isGpr(d) || !isRM(s)) throw invalid(at);
    const ds = gprBits(d.reg.cls);
    // An unsized memory source is a byte when the destination is 16-bit (the only choice), else ambiguous.
    const ss = sizeOf(s) || (ds === 16 ? 8 : 0);
    if (!ss) throw noSize(at);
    if (name === 'movsx' && ss === 32 && ds === 64) return movsxd(ins, d, s, at);
    if (ss >= ds || ds === 8 || ss > 16) throw invalid(at);
    ins.osize(ds, at);
    ins.op.push(0x0f, ss === 8 ? op8 : op16);
    ins.modrmOf(ins.reg(d.reg, d), s);
  });
}
extend('movzx', 0xb6, 0xb7);
extend('movsx', 0xbe, 0xbf);

function movsxd(ins: Ins, d: RegOp, s: RegOp | MemOp, at: At): void {
  if (gprBits(d.reg.cls) !== 64 || sizeOf(s) !== 32) throw invalid(at);
  ins.osize(64, at);
  ins.op.push(0x63);
  ins.modrmOf(ins.reg(d.reg, d), s);
}
H.set('movsxd', (ins, ops, at) => {
  arity(ops, 2, at);
  const [d, s] = ops;
  if (!isGpr(d) || !isRM(s)) throw invalid(at);
  if (isMem(s) && !s.size) s.size = 32;
  movsxd(ins, d, s, at);
});

H.set('lea', (ins, ops, at) => {
  arity(ops, 2, at);
  const [d, s] = ops;
  if (!isGpr(d) || !isMem(s) || gprBits(d.reg.cls) === 8) throw invalid(at);
  ins.osize(gprBits(d.reg.cls), at);
  ins.op.push(0x8d);
  ins.modrmOf(ins.reg(d.reg, d), s);
});

// --- xchg / cmpxchg / xadd ---------------------------------------------------------------------
H.set('xchg', (ins, ops, at) => {
  arity(ops, 2, at);
  const [a, b] = ops;
  if (isGpr(a) && isGpr(b)) {
    const size = size2(a, b, at);
    ins.osize(size, at);
    // 90+r with the accumulator, except xchg eax,eax in 64-bit mode (90 is nop and would not zero-extend).
    const accFirst = a.reg.num === 0, accSecond = b.reg.num === 0;
    if (size !== 8 && (accFirst || accSecond) && !(size === 32 && ins.ctx.bits === 64 && accFirst && accSecond)) {
      ins.op.push(0x90);
      ins.plusReg(accFirst ? b.reg : a.reg, accFirst ? b : a);
      return;
    }
    ins.op.push(size === 8 ? 0x86 : 0x87);
    ins.modrmOf(ins.reg(a.reg, a), b);
    return;
  }
  const [r, m] = isGpr(a) && isMem(b) ? [a, b] : isMem(a) && isGpr(b) ? [b, a] : [undefined, undefined];
  if (!r || !m) throw invalid(at);
  const size = size2(r, m, at);
  ins.osize(size, at);
  ins.op.push(size === 8 ? 0x86 : 0x87);
  ins.modrmOf(ins.reg(r.reg, r), m);
});

function rmReg0F(name: string, op8: number): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, s] = ops;
    if (!isRM(d) || !isGpr(s)) throw invalid(at);
    const size = size2(d, s, at);
    ins.osize(size, at);
    ins.op.push(0x0f, size === 8 ? op8 : op8 + 1);
    ins.modrmOf(ins.reg(s.reg, s), d);
  });
}
rmReg0F('cmpxchg', 0xb0);
rmReg0F('xadd', 0xc0);

// --- group 3 (F6/F7) and inc/dec --------------------------------------------------------------
const unary = (name: string, digit: number): void => {
  H.set(name, (ins, ops, at) => {
    if (name === 'imul' && ops.length > 1) return imulMulti(ins, ops, at);
    arity(ops, 1, at);
    const [d] = ops;
    if (!isRM(d)) throw invalid(at);
    const size = sizeOf(d);
    if (!size) throw noSize(at);
    ins.osize(size, at);
    ins.op.push(size === 8 ? 0xf6 : 0xf7);
    ins.modrmOf(digit, d);
  });
};
unary('not', 2); unary('neg', 3); unary('mul', 4); unary('imul', 5); unary('div', 6); unary('idiv', 7);

function imulMulti(ins: Ins, ops: Operand[], at: At): void {
  const [d, s, i] = ops.length === 2 && isImm(ops[1]) ? [ops[0], ops[0], ops[1]] : ops;
  if (ops.length > 3 || !isGpr(d) || !isRM(s) || gprBits(d.reg.cls) === 8) throw invalid(at);
  const size = size2(d, s, at);
  ins.osize(size, at);
  const r = ins.reg(d.reg, d);
  if (i === undefined) {
    ins.op.push(0x0f, 0xaf);
    ins.modrmOf(r, s);
    return;
  }
  if (!isImm(i)) throw invalid(at);
  if (i.size === 8 || (!(i.strict && i.size) && fitsSByte(i, size))) {
    ins.op.push(0x6b);
    ins.modrmOf(r, s);
    ins.imm({ ...i, v: BigInt.asIntN(Math.min(size, 32), i.v) }, 1, true);
  } else {
    ins.op.push(0x69);
    ins.modrmOf(r, s);
    ins.imm(i, immBytes(size), size === 64);
  }
}

['inc', 'dec'].forEach((name, digit) => {
  H.set(name, (ins, ops, at) => {
    arity(ops, 1, at);
    const [d] = ops;
    if (!isRM(d)) throw invalid(at);
    const size = sizeOf(d);
    if (!size) throw noSize(at);
    ins.osize(size, at);
    if (isGpr(d) && size !== 8 && ins.ctx.bits !== 64) {
      ins.op.push(0x40 + digit * 8);
      ins.plusReg(d.reg, d);
      return;
    }
    ins.op.push(size === 8 ? 0xfe : 0xff);
    ins.modrmOf(digit, d);
  });
});

// --- shifts and rotates -----------------------------------------------------------------------
(['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'sal', 'sar'] as const).forEach((name, i) => {
  const digit = name === 'sal' ? 4 : name === 'sar' ? 7 : i;
  H.set(name, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, c] = ops;
    if (!isRM(d)) throw invalid(at);
    const size = sizeOf(d);
    if (!size) throw noSize(at);
    ins.osize(size, at);
    const w = size === 8 ? 0 : 1;
    if (c.kind === 'reg' && c.reg.name === 'cl') { ins.op.push(0xd2 + w); ins.modrmOf(digit, d); return; }
    if (!isImm(c) || (c.size && c.size !== 8)) throw invalid(at);
    if (!c.unknown && c.rel === 0 && c.v === 1n && !c.size) { ins.op.push(0xd0 + w); ins.modrmOf(digit, d); return; }
    ins.op.push(0xc0 + w);
    ins.modrmOf(digit, d);
    ins.imm(c, 1);
  });
});

// --- bit tests --------------------------------------------------------------------------------
['bt', 'bts', 'btr', 'btc'].forEach((name, i) => {
  H.set(name, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, s] = ops;
    if (!isRM(d)) throw invalid(at);
    if (isGpr(s)) {
      const size = size2(d, s, at);
      if (size === 8) throw invalid(at);
      ins.osize(size, at);
      ins.op.push(0x0f, 0xa3 + i * 8);
      ins.modrmOf(ins.reg(s.reg, s), d);
    } else if (isImm(s)) {
      const size = sizeOf(d);
      if (!size) throw noSize(at);
      if (size === 8) throw invalid(at);
      ins.osize(size, at);
      ins.op.push(0x0f, 0xba);
      ins.modrmOf(4 + i, d);
      ins.imm(s, 1);
    } else throw invalid(at);
  });
});

// --- condition codes: setcc, cmovcc, jcc ---------------------------------------------------------
/** Condition suffixes with their 4-bit codes, including every alias NASM accepts. */
export const CONDITIONS: Record<string, number> = {
  o: 0, no: 1, b: 2, c: 2, nae: 2, ae: 3, nb: 3, nc: 3, e: 4, z: 4, ne: 5, nz: 5, be: 6, na: 6,
  a: 7, nbe: 7, s: 8, ns: 9, p: 10, pe: 10, np: 11, po: 11, l: 12, nge: 12, ge: 13, nl: 13,
  le: 14, ng: 14, g: 15, nle: 15,
};

for (const [cc, code] of Object.entries(CONDITIONS)) {
  H.set('set' + cc, (ins, ops, at) => {
    arity(ops, 1, at);
    const [d] = ops;
    if (!isRM(d) || (sizeOf(d) && sizeOf(d) !== 8)) throw invalid(at);
    ins.op.push(0x0f, 0x90 + code);
    ins.modrmOf(0, d);
  });
  H.set('cmov' + cc, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, s] = ops;
    if (!isGpr(d) || !isRM(s) || gprBits(d.reg.cls) === 8) throw invalid(at);
    ins.osize(size2(d, s, at), at);
    ins.op.push(0x0f, 0x40 + code);
    ins.modrmOf(ins.reg(d.reg, d), s);
  });
  H.set('j' + cc, (ins, ops, at) => {
    arity(ops, 1, at);
    relBranch(ins, ops[0], at, [0x70 + code], [0x0f, 0x80 + code]);
  });
}

/**
 * A relative branch: short form when allowed and in range, else near. The choice is sticky per
 * statement (ctx.relax) so the passes converge like NASM's.
 */
function relBranch(ins: Ins, t: Operand, at: At, short: number[] | undefined, near: number[]): void {
  if (!isImm(t)) throw invalid(at);
  const b = ins.ctx.bits;
  if (t.size && t.size !== (b === 16 ? 16 : b === 32 ? 32 : 64)) throw fault('PS202', 'operand size of a relative branch must match the mode', at);
  const relSize = b === 16 ? 2 : 4;
  const shortRel = t.v - (ins.ctx.addr + BigInt(short ? short.length + 1 : 0));
  const fits = !t.unknown && shortRel >= -128n && shortRel <= 127n;
  let useShort: boolean;
  if (!short || t.jump === 'near') useShort = false;
  else if (t.jump === 'short') {
    if (!fits && !t.unknown) throw fault('PS204', 'short jump is out of range', t);
    useShort = true;
  } else if (ins.ctx.relax.long) useShort = false;
  else if (t.unknown || fits) useShort = true;
  else { ins.ctx.relax.long = true; useShort = false; }
  if (t.jump === 'far') throw invalid(at);
  if (useShort) {
    ins.op.push(...short!);
    ins.imms.push({ v: shortRel, size: 1 });
  } else {
    ins.op.push(...near);
    const rel = t.v - (ins.ctx.addr + BigInt(near.length + relSize));
    ins.imms.push({ v: rel, size: relSize });
  }
}

/** Branches with only an 8-bit displacement (loop family, jcxz). */
function rel8Only(name: string, opcode: number, addr: 16 | 32 | 64 | 0): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 1, at);
    const t = ops[0];
    if (!isImm(t) || t.jump === 'near' || t.jump === 'far') throw invalid(at);
    const b = ins.ctx.bits;
    if (addr) {
      if ((addr === 16 && b === 64) || (addr === 64 && b !== 64)) throw fault('PS202', `${name} is not available in ${b}-bit mode`, at);
      if (addr !== b) ins.a67 = true;
    }
    const len = BigInt(ins.a67 ? 3 : 2);
    const rel = t.v - (ins.ctx.addr + len);
    if (!t.unknown && (rel < -128n || rel > 127n)) throw fault('PS204', 'short jump is out of range', t);
    ins.op.push(opcode);
    ins.imms.push({ v: rel, size: 1 });
  });
}
rel8Only('loopne', 0xe0, 0); rel8Only('loopnz', 0xe0, 0);
rel8Only('loope', 0xe1, 0); rel8Only('loopz', 0xe1, 0);
rel8Only('loop', 0xe2, 0);
rel8Only('jcxz', 0xe3, 16); rel8Only('jecxz', 0xe3, 32); rel8Only('jrcxz', 0xe3, 64);

// --- jmp / call -----------------------------------------------------------------------------
function farPtr(ins: Ins, f: FarOp, opcode: number, at: At): void {
  const b = ins.ctx.bits;
  if (b === 64) throw fault('PS202', 'far pointer immediates are not valid in 64-bit mode', at);
  const size = f.size || b;
  if (size !== 16 && size !== 32) throw invalid(at);
  ins.osize(size, at);
  ins.op.push(opcode);
  ins.imm(f.off, size / 8, false, f);
  ins.imm(f.seg, 2, false, f);
}

function farMem(ins: Ins, m: MemOp, digit: number, at: At): void {
  const b = ins.ctx.bits;
  const size = m.size || (b === 16 ? 16 : b === 32 ? 32 : 64);
  if (size !== 16 && size !== 32 && size !== 64) throw invalid(at);
  ins.osize(size, at);
  ins.op.push(0xff);
  ins.modrmOf(digit, m);
}

function nearIndirect(ins: Ins, d: RegOp | MemOp, digit: number, at: At): void {
  const b = ins.ctx.bits;
  const size = sizeOf(d) || (b === 64 ? 64 : b);
  if (b === 64 ? size !== 64 : size !== 16 && size !== 32) throw invalid(at);
  ins.osize(size, at, true);
  ins.op.push(0xff);
  ins.modrmOf(digit, d);
}

H.set('jmp', (ins, ops, at) => {
  arity(ops, 1, at);
  const [t] = ops;
  if (t.kind === 'far') return farPtr(ins, t, 0xea, at);
  if (isMem(t) && t.jump === 'far') return farMem(ins, t, 5, at);
  if (isRM(t)) return nearIndirect(ins, t, 4, at);
  relBranch(ins, t, at, [0xeb], [0xe9]);
});
H.set('call', (ins, ops, at) => {
  arity(ops, 1, at);
  const [t] = ops;
  if (t.kind === 'far') return farPtr(ins, t, 0x9a, at);
  if (isMem(t) && t.jump === 'far') return farMem(ins, t, 3, at);
  if (isRM(t)) return nearIndirect(ins, t, 2, at);
  if (isImm(t) && t.jump === 'short') throw invalid(at);
  relBranch(ins, t, at, undefined, [0xe8]);
});

function retLike(name: string, plain: number, withImm: number, size?: number): void {
  H.set(name, (ins, ops, at) => {
    if (size) ins.osize(size, at, name.startsWith('ret') && !name.startsWith('retf'));
    if (ops.length === 0) { ins.op.push(plain); return; }
    arity(ops, 1, at);
    if (!isImm(ops[0])) throw invalid(at);
    ins.op.push(withImm);
    ins.imm(ops[0], 2);
  });
}
retLike('ret', 0xc3, 0xc2); retLike('retn', 0xc3, 0xc2);
retLike('retf', 0xcb, 0xca); retLike('retfw', 0xcb, 0xca, 16); retLike('retfd', 0xcb, 0xca, 32); retLike('retfq', 0xcb, 0xca, 64);

// --- push / pop ----------------------------------------------------------------------------
const PUSH_SREG = [[0x06], [0x0e], [0x16], [0x1e], [0x0f, 0xa0], [0x0f, 0xa8]];
const POP_SREG = [[0x07], [0x0f], /* 8086 `pop cs`, which NASM still emits */ [0x17], [0x1f], [0x0f, 0xa1], [0x0f, 0xa9]];

function pushPop(name: 'push' | 'pop'): void {
  const isPush = name === 'push';
  H.set(name, (ins, ops, at) => {
    arity(ops, 1, at);
    const [o] = ops;
    const b = ins.ctx.bits;
    if (o.kind === 'reg' && o.reg.cls === 'sreg') {
      const bytes = (isPush ? PUSH_SREG : POP_SREG)[o.reg.num];
      // NASM still emits the 8086's `pop cs` (0F) in every mode.
      if (!bytes || (b === 64 && o.reg.num < 4 && !(o.reg.num === 1 && !isPush))) throw invalid(at);
      ins.op.push(...bytes);
      return;
    }
    if (isGpr(o) || isMem(o)) {
      const size = sizeOf(o);
      if (!size) throw noSize(at);
      if (size === 8 || (b === 64 ? size === 32 : size === 64)) throw invalid(at);
      ins.osize(size, at, true);
      if (isGpr(o)) { ins.op.push(isPush ? 0x50 : 0x58); ins.plusReg(o.reg, o); }
      else { ins.op.push(isPush ? 0xff : 0x8f); ins.modrmOf(isPush ? 6 : 0, o); }
      return;
    }
    if (isPush && isImm(o)) {
      // `push dword imm` in 64-bit mode is NASM's spelling of the sign-extended imm32 push.
      let size = o.size === 8 ? (b === 16 ? 16 : 32) : o.size || (b === 16 ? 16 : 32);
      if (b === 64 && (size === 64 || size === 32)) size = 32;
      else if (size === 64) throw invalid(at);
      if (b !== 64 || size === 16) ins.osize(size, at);
      if (o.size === 8 || (!(o.strict && o.size) && fitsSByte(o, size))) {
        ins.op.push(0x6a);
        ins.imm({ ...o, v: BigInt.asIntN(size, o.v) }, 1, true);
      } else {
        ins.op.push(0x68);
        ins.imm(o, size / 8);
      }
      return;
    }
    throw invalid(at);
  });
}
pushPop('push');
pushPop('pop');

// --- string instructions --------------------------------------------------------------------
const STRING: Record<string, number> = { movs: 0xa4, cmps: 0xa6, stos: 0xaa, lods: 0xac, scas: 0xae, ins: 0x6c, outs: 0x6e };
for (const [base, op] of Object.entries(STRING)) {
  fixed(base + 'b', [op]);
  fixed(base + 'w', [op + 1], { size: 16 });
  fixed(base + 'd', [op + 1], { size: 32 });
  if (base !== 'ins' && base !== 'outs') fixed(base + 'q', [op + 1], { size: 64 });
}

// --- in / out -------------------------------------------------------------------------------
H.set('in', (ins, ops, at) => {
  arity(ops, 2, at);
  const [d, s] = ops;
  if (!isAcc(d) || gprBits(d.reg.cls) === 64) throw invalid(at);
  const size = gprBits(d.reg.cls);
  ins.osize(size, at);
  const w = size === 8 ? 0 : 1;
  if (s.kind === 'reg' && s.reg.name === 'dx') ins.op.push(0xec + w);
  else if (isImm(s)) { ins.op.push(0xe4 + w); ins.imm(s, 1); }
  else throw invalid(at);
});
H.set('out', (ins, ops, at) => {
  arity(ops, 2, at);
  const [d, s] = ops;
  if (!isAcc(s) || gprBits(s.reg.cls) === 64) throw invalid(at);
  const size = gprBits(s.reg.cls);
  ins.osize(size, at);
  const w = size === 8 ? 0 : 1;
  if (d.kind === 'reg' && d.reg.name === 'dx') ins.op.push(0xee + w);
  else if (isImm(d)) { ins.op.push(0xe6 + w); ins.imm(d, 1); }
  else throw invalid(at);
});

// --- no-operand instructions -----------------------------------------------------------------
fixed('nop', [0x90]); fixed('pause', [0x90], { mand: 0xf3 }); fixed('hlt', [0xf4]);
fixed('cli', [0xfa]); fixed('sti', [0xfb]); fixed('cld', [0xfc]); fixed('std', [0xfd]);
fixed('clc', [0xf8]); fixed('stc', [0xf9]); fixed('cmc', [0xf5]);
fixed('sahf', [0x9e]); fixed('lahf', [0x9f]); fixed('leave', [0xc9]);
fixed('xlat', [0xd7]); fixed('xlatb', [0xd7]);
fixed('cbw', [0x98], { size: 16 }); fixed('cwde', [0x98], { size: 32 }); fixed('cdqe', [0x98], { size: 64 });
fixed('cwd', [0x99], { size: 16 }); fixed('cdq', [0x99], { size: 32 }); fixed('cqo', [0x99], { size: 64 });
fixed('pushf', [0x9c]); fixed('popf', [0x9d]);
fixed('pushfw', [0x9c], { size: 16 }); fixed('popfw', [0x9d], { size: 16 });
H.set('pushfd', (ins, ops, at) => { arity(ops, 0, at); ins.osize(32, at, true); ins.op.push(0x9c); });
H.set('popfd', (ins, ops, at) => { arity(ops, 0, at); ins.osize(32, at, true); ins.op.push(0x9d); });
fixed('pushfq', [0x9c], { only64: true }); fixed('popfq', [0x9d], { only64: true });
fixed('pusha', [0x60], { not64: true }); fixed('popa', [0x61], { not64: true });
fixed('pushaw', [0x60], { not64: true, size: 16 }); fixed('popaw', [0x61], { not64: true, size: 16 });
fixed('pushad', [0x60], { not64: true, size: 32 }); fixed('popad', [0x61], { not64: true, size: 32 });
fixed('int3', [0xcc]); fixed('int1', [0xf1]); fixed('icebp', [0xf1]); fixed('into', [0xce], { not64: true });
fixed('iret', [0xcf]); fixed('iretw', [0xcf], { size: 16 }); fixed('iretd', [0xcf], { size: 32 }); fixed('iretq', [0xcf], { size: 64 });
fixed('cpuid', [0x0f, 0xa2]); fixed('rdmsr', [0x0f, 0x32]); fixed('wrmsr', [0x0f, 0x30]);
fixed('rdtsc', [0x0f, 0x31]); fixed('rdtscp', [0x0f, 0x01, 0xf9]); fixed('rdpmc', [0x0f, 0x33]);
fixed('wbinvd', [0x0f, 0x09]); fixed('invd', [0x0f, 0x08]); fixed('ud2', [0x0f, 0x0b]); fixed('clts', [0x0f, 0x06]);
fixed('vmcall', [0x0f, 0x01, 0xc1]); fixed('vmlaunch', [0x0f, 0x01, 0xc2]); fixed('vmresume', [0x0f, 0x01, 0xc3]);
fixed('vmxoff', [0x0f, 0x01, 0xc4]); fixed('vmmcall', [0x0f, 0x01, 0xd9]); fixed('vmgexit', [0x0f, 0x01, 0xd9], { mand: 0xf3 });
fixed('vmrun', [0x0f, 0x01, 0xd8]); fixed('vmload', [0x0f, 0x01, 0xda]); fixed('vmsave', [0x0f, 0x01, 0xdb]);
fixed('stgi', [0x0f, 0x01, 0xdc]); fixed('clgi', [0x0f, 0x01, 0xdd]);
fixed('tdcall', [0x0f, 0x01, 0xcc], { mand: 0x66 }); fixed('seamcall', [0x0f, 0x01, 0xcf], { mand: 0x66 });
fixed('pvalidate', [0x0f, 0x01, 0xff], { mand: 0xf2 }); fixed('rmpadjust', [0x0f, 0x01, 0xfe], { mand: 0xf3 });
fixed('monitor', [0x0f, 0x01, 0xc8]); fixed('mwait', [0x0f, 0x01, 0xc9]);
fixed('xgetbv', [0x0f, 0x01, 0xd0]); fixed('xsetbv', [0x0f, 0x01, 0xd1]);
fixed('swapgs', [0x0f, 0x01, 0xf8], { only64: true }); fixed('syscall', [0x0f, 0x05]); fixed('sysret', [0x0f, 0x07]);
fixed('sysenter', [0x0f, 0x34]); fixed('sysexit', [0x0f, 0x35]); fixed('rsm', [0x0f, 0xaa]);
fixed('lfence', [0x0f, 0xae, 0xe8]); fixed('mfence', [0x0f, 0xae, 0xf0]); fixed('sfence', [0x0f, 0xae, 0xf8]);
fixed('wait', [0x9b]); fixed('fwait', [0x9b]);

H.set('int', (ins, ops, at) => {
  arity(ops, 1, at);
  if (!isImm(ops[0])) throw invalid(at);
  ins.op.push(0xcd);
  ins.imm(ops[0], 1);
});
H.set('enter', (ins, ops, at) => {
  arity(ops, 2, at);
  if (!isImm(ops[0]) || !isImm(ops[1])) throw invalid(at);
  ins.op.push(0xc8);
  ins.imm(ops[0], 2);
  ins.imm(ops[1], 1);
});
H.set('bswap', (ins, ops, at) => {
  arity(ops, 1, at);
  const [r] = ops;
  if (!isGpr(r) || gprBits(r.reg.cls) < 32) throw invalid(at);
  ins.osize(gprBits(r.reg.cls), at);
  ins.op.push(0x0f, 0xc8);
  ins.plusReg(r.reg, r);
});

// --- descriptor tables and system registers ---------------------------------------------------
function memOnly0F(name: string, bytes: number[], digit: number): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 1, at);
    if (!isMem(ops[0])) throw invalid(at);
    ins.op.push(...bytes);
    ins.modrmOf(digit, ops[0]);
  });
}
memOnly0F('sgdt', [0x0f, 0x01], 0); memOnly0F('sidt', [0x0f, 0x01], 1);
memOnly0F('lgdt', [0x0f, 0x01], 2); memOnly0F('lidt', [0x0f, 0x01], 3);
memOnly0F('invlpg', [0x0f, 0x01], 7);

/** 16-bit selector/word operands (lldt, ltr, lmsw, verr, verw): no operand-size prefix. */
function word0F(name: string, bytes: number[], digit: number): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 1, at);
    const [o] = ops;
    if (!isRM(o) || (sizeOf(o) && sizeOf(o) !== 16)) throw invalid(at);
    ins.op.push(...bytes);
    ins.modrmOf(digit, o);
  });
}
word0F('lldt', [0x0f, 0x00], 2); word0F('ltr', [0x0f, 0x00], 3);
word0F('verr', [0x0f, 0x00], 4); word0F('verw', [0x0f, 0x00], 5); word0F('lmsw', [0x0f, 0x01], 6);

/** Stores of a selector/word (sldt, str, smsw): register forms take the register's operand size. */
function store0F(name: string, bytes: number[], digit: number): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 1, at);
    const [o] = ops;
    if (!isRM(o)) throw invalid(at);
    if (isGpr(o)) {
      const s = gprBits(o.reg.cls);
      if (s === 8) throw invalid(at);
      // NASM has no REX.W form of `sldt r64` (it encodes the 32-bit form).
      ins.osize(s === 64 && name === 'sldt' ? 32 : s, at);
    } else if (o.size && o.size !== 16) throw invalid(at);
    ins.op.push(...bytes);
    ins.modrmOf(digit, o);
  });
}
store0F('sldt', [0x0f, 0x00], 0); store0F('str', [0x0f, 0x00], 1); store0F('smsw', [0x0f, 0x01], 4);

// --- SSE moves and a few integer SSE operations (the lab's long-mode guest uses movdqu) ---------
function isXmm(o: Operand | undefined): o is RegOp {
  return o?.kind === 'reg' && o.reg.cls === 'xmm';
}
function xmmMem(o: Operand | undefined, size: number): o is MemOp {
  return isMem(o) && (!o.size || o.size === size);
}

/** `xmm, xmm/m128` load (and optionally `m128, xmm` store) with a mandatory prefix. */
function sse(name: string, mand: number, load: number, store?: number): void {
  H.set(name, (ins, ops, at) => {
    arity(ops, 2, at);
    const [d, s] = ops;
    if (mand) ins.mand = mand;
    if (isXmm(d) && (isXmm(s) || xmmMem(s, 128))) {
      ins.op.push(0x0f, load);
      ins.modrmOf(ins.reg(d.reg, d), s);
    } else if (store !== undefined && xmmMem(d, 128) && isXmm(s)) {
      ins.op.push(0x0f, store);
      ins.modrmOf(ins.reg(s.reg, s), d);
    } else throw invalid(at);
  });
}
sse('movdqu', 0xf3, 0x6f, 0x7f); sse('movdqa', 0x66, 0x6f, 0x7f);
sse('movups', 0, 0x10, 0x11); sse('movaps', 0, 0x28, 0x29);
sse('movupd', 0x66, 0x10, 0x11); sse('movapd', 0x66, 0x28, 0x29);
sse('xorps', 0, 0x57); sse('andps', 0, 0x54); sse('orps', 0, 0x56);
sse('pxor', 0x66, 0xef); sse('por', 0x66, 0xeb); sse('pand', 0x66, 0xdb); sse('pandn', 0x66, 0xdf);
sse('paddb', 0x66, 0xfc); sse('paddw', 0x66, 0xfd); sse('paddd', 0x66, 0xfe); sse('paddq', 0x66, 0xd4);
sse('psubb', 0x66, 0xf8); sse('psubw', 0x66, 0xf9); sse('psubd', 0x66, 0xfa); sse('psubq', 0x66, 0xfb);
sse('pcmpeqb', 0x66, 0x74); sse('pcmpeqw', 0x66, 0x75); sse('pcmpeqd', 0x66, 0x76);

H.set('movd', (ins, ops, at) => movdq(ins, ops, at, 32));
H.set('movq', (ins, ops, at) => movdq(ins, ops, at, 64));

/** movd/movq between XMM and a GPR or memory (66 0F 6E/7E), and movq xmm<->xmm/m64 (F3 0F 7E, 66 0F D6). */
function movdq(ins: Ins, ops: Operand[], at: At, size: 32 | 64): void {
  arity(ops, 2, at);
  const [d, s] = ops;
  if (size === 64 && isXmm(d) && (isXmm(s) || xmmMem(s, 64))) {
    ins.mand = 0xf3;
    ins.op.push(0x0f, 0x7e);
    ins.modrmOf(ins.reg(d.reg, d), s);
    return;
  }
  if (size === 64 && xmmMem(d, 64) && isXmm(s)) {
    ins.mand = 0x66;
    ins.op.push(0x0f, 0xd6);
    ins.modrmOf(ins.reg(s.reg, s), d);
    return;
  }
  const [x, g, op] = isXmm(d) && isRM(s) ? [d, s, 0x6e] : isRM(d) && isXmm(s) ? [s, d, 0x7e] : [undefined, undefined, 0];
  if (!x || !g || (isMem(g) ? g.size !== 0 && g.size !== size : sizeOf(g) !== size)) throw invalid(at);
  ins.mand = 0x66;
  if (size === 64) ins.osize(64, at);
  ins.op.push(0x0f, op);
  ins.modrmOf(ins.reg(x.reg, x), g);
}

/** The encoder of a mnemonic (lower case), if the mnemonic is supported. */
export function handlerFor(mnemonic: string): Handler | undefined {
  return H.get(mnemonic);
}

/** Every supported mnemonic, sorted (for the editor's tokenizer and completion). */
export function mnemonics(): string[] {
  return [...H.keys()].sort();
}

export type { Bits };
