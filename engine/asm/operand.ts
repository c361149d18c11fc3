/**
 * Instruction operands: their syntax tree (parsed once per line) and their evaluated form (per pass).
 */
import { AsmFault, evaluate, parseExpr, type EvalEnv, type Expr, type TokStream } from './expr.ts';
import { lookupReg, type Reg } from './registers.ts';

/** Size keywords in bits. */
export const SIZE_KW: Record<string, number> = {
  byte: 8, word: 16, dword: 32, qword: 64, tword: 80, oword: 128, yword: 256,
};

export type JumpKind = 'short' | 'near' | 'far' | undefined;

export type OperandAst =
  | { kind: 'reg'; reg: Reg; size: number; col: number; end: number }
  | { kind: 'mem'; size: number; seg?: Reg; expr?: Expr; relKw?: 'rel' | 'abs'; jump: JumpKind; col: number; end: number }
  | { kind: 'imm'; size: number; strict: boolean; expr: Expr; jump: JumpKind; col: number; end: number }
  | { kind: 'far'; size: number; seg: Expr; off: Expr; col: number; end: number };

export interface RegOp { kind: 'reg'; reg: Reg; col: number; end: number }
export interface MemOp {
  kind: 'mem';
  size: number;
  seg?: Reg;
  /** Register terms as written, merged by register. */
  regs: { reg: Reg; coef: bigint }[];
  disp: bigint;
  dispRel: number;
  dispUnknown: boolean;
  relKw?: 'rel' | 'abs';
  jump: JumpKind;
  col: number;
  end: number;
}
export interface ImmOp {
  kind: 'imm';
  size: number;
  strict: boolean;
  v: bigint;
  rel: number;
  unknown: boolean;
  jump: JumpKind;
  col: number;
  end: number;
}
export interface FarOp { kind: 'far'; size: number; seg: bigint; off: bigint; col: number; end: number }
export type Operand = RegOp | MemOp | ImmOp | FarOp;

/** Parses one operand (up to the next top-level comma). */
export function parseOperand(ts: TokStream, qualify: (n: string) => string): OperandAst {
  const [col] = ts.here();
  let size = 0;
  let strict = false;
  let jump: JumpKind;
  for (;;) {
    const t = ts.peek();
    if (!t || t.kind !== 'id') break;
    const w = t.text.toLowerCase();
    if (SIZE_KW[w] !== undefined) size = SIZE_KW[w];
    else if (w === 'strict') strict = true;
    else if (w === 'short' || w === 'near' || w === 'far') jump = w;
    else break;
    ts.pos++;
  }
  const t = ts.peek();
  if (!t) {
    const [c, e] = ts.here();
    throw new AsmFault('PS200', 'operand expected', c, e);
  }
  if (t.kind === 'op' && t.text === '[') {
    ts.pos++;
    let relKw: 'rel' | 'abs' | undefined;
    let seg: Reg | undefined;
    for (;;) {
      if (ts.isId('rel') || ts.isId('abs')) { relKw = ts.next()!.text.toLowerCase() as 'rel' | 'abs'; continue; }
      const n = ts.peek();
      if (n && n.kind === 'id' && SIZE_KW[n.text.toLowerCase()] !== undefined && !size) {
        // `[dword foo]` is NASM's displacement size; accept it as the operand size only when none was given.
        ts.pos++;
        continue;
      }
      break;
    }
    const s = ts.peek();
    if (s && s.kind === 'id' && ts.isOp(':', 1)) {
      const r = lookupReg(s.text);
      if (!r || r.cls !== 'sreg') throw new AsmFault('PS202', `'${s.text}' is not a segment register`, s.col, s.end);
      seg = r;
      ts.pos += 2;
    }
    let expr: Expr | undefined;
    if (!ts.isOp(']')) expr = parseExpr(ts, qualify, true);
    const close = ts.expectOp(']');
    return { kind: 'mem', size, seg, expr, relKw, jump, col, end: close.end };
  }
  if (t.kind === 'id' && !ts.isOp(':', 1)) {
    const r = lookupReg(t.text);
    const n = ts.peek(1);
    if (r && (!n || (n.kind === 'op' && n.text === ','))) {
      ts.pos++;
      return { kind: 'reg', reg: r, size, col, end: t.end };
    }
  }
  const expr = parseExpr(ts, qualify, false);
  if (ts.isOp(':')) {
    ts.pos++;
    const off = parseExpr(ts, qualify, false);
    return { kind: 'far', size, seg: expr, off, col, end: off.end };
  }
  return { kind: 'imm', size, strict, expr, jump, col, end: expr.end };
}

/** Evaluates a parsed operand in the current pass. */
export function evalOperand(o: OperandAst, env: EvalEnv): Operand {
  switch (o.kind) {
    case 'reg':
      return { kind: 'reg', reg: o.reg, col: o.col, end: o.end };
    case 'far': {
      const s = evaluate(o.seg, env);
      const f = evaluate(o.off, env);
      return { kind: 'far', size: o.size, seg: s.v, off: f.v, col: o.col, end: o.end };
    }
    case 'imm': {
      const v = evaluate(o.expr, env);
      return { kind: 'imm', size: o.size, strict: o.strict, v: v.v, rel: v.rel, unknown: v.unknown, jump: o.jump, col: o.col, end: o.end };
    }
    case 'mem': {
      const v = o.expr ? evaluate(o.expr, env) : { v: 0n, rel: 0, unknown: false, regs: [] };
      const regs: { reg: Reg; coef: bigint }[] = [];
      for (const t of v.regs) {
        const same = regs.find((r) => r.reg === t.reg);
        if (same) same.coef += t.coef;
        else regs.push({ reg: t.reg, coef: t.coef });
      }
      return {
        kind: 'mem', size: o.size, seg: o.seg, regs: regs.filter((r) => r.coef !== 0n),
        disp: v.v, dispRel: v.rel, dispUnknown: v.unknown, relKw: o.relKw, jump: o.jump, col: o.col, end: o.end,
      };
    }
  }
}
