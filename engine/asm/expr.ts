/**
 * NASM expressions: parsing tokens into a small tree once, evaluating it in every pass.
 *
 * A value is 64-bit two's complement (NASM's arithmetic) plus two facts NASM's optimiser depends on:
 * `rel`, how many times the section base is counted in it (labels, `$`, `$$` count 1; `a-b` of two
 * labels counts 0, i.e. is a plain number), and `unknown` (a forward reference not yet defined in this
 * pass). Inside `[...]` registers may appear as linear terms (`ebx + ecx*4`).
 */
import type { ErrorCode } from '../errors.ts';
import type { Token } from './lexer.ts';
import { lookupReg, type Reg } from './registers.ts';

/** A located problem in one source line; thrown inside the assembler, turned into a diagnostic per line. */
export class AsmFault {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
    readonly col: number,
    readonly end: number,
  ) {}
}

export type Expr =
  | { k: 'num'; v: bigint; col: number; end: number }
  | { k: 'sym'; name: string; col: number; end: number }
  | { k: 'reg'; reg: Reg; col: number; end: number }
  | { k: 'here'; col: number; end: number }
  | { k: 'base'; col: number; end: number }
  | { k: 'un'; op: string; a: Expr; col: number; end: number }
  | { k: 'bin'; op: string; a: Expr; b: Expr; col: number; end: number };

export interface RegTerm {
  reg: Reg;
  coef: bigint;
}

export interface Value {
  v: bigint;
  rel: number;
  unknown: boolean;
  regs: RegTerm[];
}

/** What an evaluation needs from the assembler. */
export interface EvalEnv {
  /** A symbol's value in this pass (or the previous one for forward references), undefined if unknown. */
  lookup(name: string): { v: bigint; rel: number } | undefined;
  /** Reports a reference to a symbol that is not (yet) defined. */
  undefinedRef(name: string, col: number, end: number): void;
  here: bigint;
  base: bigint;
}

/** Cursor over one line's tokens. */
export class TokStream {
  pos = 0;
  constructor(readonly toks: Token[], readonly lineEnd: number) {}
  peek(o = 0): Token | undefined {
    return this.toks[this.pos + o];
  }
  next(): Token | undefined {
    return this.toks[this.pos++];
  }
  atEnd(): boolean {
    return this.pos >= this.toks.length;
  }
  isOp(text: string, o = 0): boolean {
    const t = this.toks[this.pos + o];
    return t !== undefined && t.kind === 'op' && t.text === text;
  }
  isId(text: string, o = 0): boolean {
    const t = this.toks[this.pos + o];
    return t !== undefined && t.kind === 'id' && t.text.toLowerCase() === text;
  }
  /** Column range of the next token, or of the end of the line. */
  here(): [number, number] {
    const t = this.peek();
    return t ? [t.col, t.end] : [this.lineEnd, this.lineEnd + 1];
  }
  expectOp(text: string): Token {
    const t = this.peek();
    if (!t || t.kind !== 'op' || t.text !== text) {
      const [c, e] = this.here();
      throw new AsmFault('PS200', `expected '${text}'${t ? ` before '${t.text}'` : ' at end of line'}`, c, e);
    }
    this.pos++;
    return t;
  }
}

/** Binary operator precedence, loosest first (NASM's order). */
const LEVELS: string[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '%%']];

/** Little-endian value of a character constant ('ab' = 0x6261), at most 8 bytes. */
export function charConst(bytes: string): bigint {
  let v = 0n;
  for (let i = Math.min(bytes.length, 8) - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes.charCodeAt(i));
  return BigInt.asIntN(64, v);
}

/**
 * Parses an expression. `qualify` turns `.local` names into `global.local`; registers are parsed as
 * register leaves only when `allowRegs` (memory operands).
 */
export function parseExpr(ts: TokStream, qualify: (name: string) => string, allowRegs: boolean): Expr {
  const parseLevel = (lvl: number): Expr => {
    if (lvl === LEVELS.length) return parseUnary();
    let a = parseLevel(lvl + 1);
    for (;;) {
      const t = ts.peek();
      if (!t || t.kind !== 'op' || !LEVELS[lvl].includes(t.text)) return a;
      ts.pos++;
      const b = parseLevel(lvl + 1);
      a = { k: 'bin', op: t.text, a, b, col: a.col, end: b.end };
    }
  };
  const parseUnary = (): Expr => {
    const t = ts.peek();
    if (t && t.kind === 'op' && (t.text === '-' || t.text === '+' || t.text === '~' || t.text === '!')) {
      ts.pos++;
      const a = parseUnary();
      return { k: 'un', op: t.text, a, col: t.col, end: a.end };
    }
    return parsePrimary();
  };
  const parsePrimary = (): Expr => {
    const t = ts.next();
    if (!t) {
      throw new AsmFault('PS200', 'expression expected at end of line', ts.lineEnd, ts.lineEnd + 1);
    }
    switch (t.kind) {
      case 'num': return { k: 'num', v: BigInt.asIntN(64, t.value!), col: t.col, end: t.end };
      case 'str': return { k: 'num', v: charConst(t.text), col: t.col, end: t.end };
      case 'here': return { k: 'here', col: t.col, end: t.end };
      case 'base': return { k: 'base', col: t.col, end: t.end };
      case 'float': throw new AsmFault('PS200', 'floating-point constant not allowed here', t.col, t.end);
      case 'id': {
        const r = lookupReg(t.text);
        if (r) {
          if (!allowRegs) throw new AsmFault('PS202', `register '${t.text}' not allowed in this expression`, t.col, t.end);
          return { k: 'reg', reg: r, col: t.col, end: t.end };
        }
        return { k: 'sym', name: qualify(t.text), col: t.col, end: t.end };
      }
      case 'op':
        if (t.text === '(') {
          const e = parseLevel(0);
          const c = ts.expectOp(')');
          return { ...e, col: t.col, end: c.end } as Expr;
        }
        throw new AsmFault('PS200', `expression expected before '${t.text}'`, t.col, t.end);
    }
  };
  return parseLevel(0);
}

const wrap = (x: bigint): bigint => BigInt.asIntN(64, x);
const u64 = (x: bigint): bigint => BigInt.asUintN(64, x);

function scalarOnly(e: Expr, a: Value, b: Value | undefined, what: string): void {
  if (a.regs.length || (b && b.regs.length)) throw new AsmFault('PS202', `register not allowed with '${what}'`, e.col, e.end);
  if (a.rel || (b && b.rel)) throw new AsmFault('PS200', `'${what}' operator may only be applied to scalar values`, e.col, e.end);
}

/** Evaluates an expression tree in the current pass. */
export function evaluate(e: Expr, env: EvalEnv): Value {
  switch (e.k) {
    case 'num': return { v: e.v, rel: 0, unknown: false, regs: [] };
    case 'here': return { v: env.here, rel: 1, unknown: false, regs: [] };
    case 'base': return { v: env.base, rel: 1, unknown: false, regs: [] };
    case 'reg': return { v: 0n, rel: 0, unknown: false, regs: [{ reg: e.reg, coef: 1n }] };
    case 'sym': {
      const s = env.lookup(e.name);
      if (!s) {
        env.undefinedRef(e.name, e.col, e.end);
        return { v: 0n, rel: 0, unknown: true, regs: [] };
      }
      return { v: s.v, rel: s.rel, unknown: false, regs: [] };
    }
    case 'un': {
      const a = evaluate(e.a, env);
      switch (e.op) {
        case '+': return a;
        case '-': return { v: wrap(-a.v), rel: -a.rel, unknown: a.unknown, regs: a.regs.map((t) => ({ reg: t.reg, coef: -t.coef })) };
        case '~': scalarOnly(e, a, undefined, '~'); return { ...a, v: wrap(~a.v) };
        default: scalarOnly(e, a, undefined, '!'); return { ...a, v: a.v === 0n ? 1n : 0n };
      }
    }
    case 'bin': {
      const a = evaluate(e.a, env);
      const b = evaluate(e.b, env);
      const unknown = a.unknown || b.unknown;
      if (e.op === '+' || e.op === '-') {
        const s = e.op === '+' ? 1n : -1n;
        const regs = a.regs.slice();
        for (const t of b.regs) regs.push({ reg: t.reg, coef: s * t.coef });
        return { v: wrap(e.op === '+' ? a.v + b.v : a.v - b.v), rel: e.op === '+' ? a.rel + b.rel : a.rel - b.rel, unknown, regs };
      }
      if (e.op === '*') {
        if (a.regs.length && b.regs.length) throw new AsmFault('PS202', 'cannot multiply registers', e.col, e.end);
        if (a.rel || b.rel) throw new AsmFault('PS200', "'*' operator may only be applied to scalar values", e.col, e.end);
        if (a.regs.length || b.regs.length) {
          const [r, k] = a.regs.length ? [a, b.v] : [b, a.v];
          return { v: wrap(r.v * k), rel: 0, unknown, regs: r.regs.map((t) => ({ reg: t.reg, coef: t.coef * k })) };
        }
        return { v: wrap(a.v * b.v), rel: 0, unknown, regs: [] };
      }
      scalarOnly(e, a, b, e.op);
      let v: bigint;
      switch (e.op) {
        case '/': case '//': case '%': case '%%':
          if (b.v === 0n) {
            if (unknown) return { v: 0n, rel: 0, unknown, regs: [] };
            throw new AsmFault('PS200', 'division by zero', e.col, e.end);
          }
          v = e.op === '/' ? u64(a.v) / u64(b.v) : e.op === '%' ? u64(a.v) % u64(b.v) : e.op === '//' ? a.v / b.v : a.v % b.v;
          break;
        case '<<': v = b.v < 0n || b.v > 63n ? 0n : a.v << b.v; break;
        case '>>': v = b.v < 0n || b.v > 63n ? 0n : u64(a.v) >> b.v; break;
        case '&': v = a.v & b.v; break;
        case '|': v = a.v | b.v; break;
        default: v = a.v ^ b.v; break;
      }
      return { v: wrap(v), rel: 0, unknown, regs: [] };
    }
  }
}
