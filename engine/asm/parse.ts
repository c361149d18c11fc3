/**
 * Source → statements, once per assembly. Each line becomes at most one label and one body
 * (instruction, data, directive); syntax errors become diagnostics and the line is skipped.
 */
import type { ErrorCode } from '../errors.ts';
import { AsmFault, parseExpr, TokStream, type Expr } from './expr.ts';
import { lexLine, type Token } from './lexer.ts';
import { parseOperand, type OperandAst } from './operand.ts';
import { handlerFor } from './table.ts';

export type Severity = 'error' | 'warning';

/** One problem in the source, with a 1-based line and 1-based [column, endColumn) range. */
export interface Diagnostic {
  line: number;
  column: number;
  endColumn: number;
  severity: Severity;
  code: ErrorCode;
  message: string;
}

export type DataItem =
  | { k: 'str'; bytes: string; col: number; end: number }
  | { k: 'float'; v: number; col: number; end: number }
  | { k: 'expr'; e: Expr };

export type Prefix = 'rep' | 'repne' | 'lock' | 'o16' | 'o32' | 'o64' | 'a16' | 'a32' | 'a64' | 'es' | 'cs' | 'ss' | 'ds' | 'fs' | 'gs';

export type Body =
  | { k: 'insn'; mnem: string; prefixes: Prefix[]; ops: OperandAst[]; col: number; end: number; relax: { long: boolean } }
  | { k: 'data'; unit: number; items: DataItem[]; col: number; end: number }
  | { k: 'res'; unit: number; count: Expr; col: number; end: number }
  | { k: 'equ'; e: Expr; col: number; end: number }
  | { k: 'times'; count: Expr; body: Body; col: number; end: number }
  | { k: 'align'; n: Expr; fill?: Body; zero: boolean; col: number; end: number }
  | { k: 'bits'; bits: 16 | 32 | 64; col: number; end: number }
  | { k: 'org'; e: Expr; col: number; end: number }
  | { k: 'default'; rel: boolean; col: number; end: number }
  | { k: 'none'; col: number; end: number; warning?: string };

export interface Stmt {
  line: number;
  label?: { name: string; col: number; end: number };
  body?: Body;
}

const DATA: Record<string, number> = { db: 1, dw: 2, dd: 4, dq: 8 };
const RES: Record<string, number> = { resb: 1, resw: 2, resd: 4, resq: 8 };
const PREFIXES: Record<string, Prefix> = {
  rep: 'rep', repe: 'rep', repz: 'rep', repne: 'repne', repnz: 'repne', lock: 'lock',
  o16: 'o16', o32: 'o32', o64: 'o64', a16: 'a16', a32: 'a32', a64: 'a64',
  es: 'es', cs: 'cs', ss: 'ss', ds: 'ds', fs: 'fs', gs: 'gs',
};
const DIRECTIVES = new Set([
  'bits', 'use16', 'use32', 'use64', 'org', 'section', 'segment', 'default', 'global', 'extern', 'cpu',
  'times', 'equ', 'align', 'alignb', 'absolute', 'common', 'static',
]);

/** Whether a word starts a statement body (so it cannot be a label without a colon). */
export function isKeyword(w: string): boolean {
  return DATA[w] !== undefined || RES[w] !== undefined || PREFIXES[w] !== undefined || DIRECTIVES.has(w) || handlerFor(w) !== undefined;
}

/** Parses a whole source text. */
export function parseSource(source: string, diags: Diagnostic[]): Stmt[] {
  const stmts: Stmt[] = [];
  const lines = source.split('\n');
  let lastGlobal = '';
  const defined = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const lineNo = i + 1;
    const lx = lexLine(text);
    const err = (code: ErrorCode, message: string, col: number, end: number, severity: Severity = 'error'): void => {
      diags.push({ line: lineNo, column: col, endColumn: end, severity, code, message });
    };
    if (lx.error) {
      err('PS200', lx.error.message, lx.error.col, lx.error.end);
      continue;
    }
    let toks = lx.tokens;
    if (toks.length === 0) continue;
    // `[bits 32]`-style primitive directives.
    if (toks[0].kind === 'op' && toks[0].text === '[' && toks[toks.length - 1].kind === 'op' && toks[toks.length - 1].text === ']' && toks[1]?.kind === 'id' && DIRECTIVES.has(toks[1].text.toLowerCase())) {
      toks = toks.slice(1, -1);
    }
    const ts = new TokStream(toks, text.length + 1);
    const qualify = (name: string): string => (name.startsWith('.') && !name.startsWith('..') ? lastGlobal + name : name);
    const stmt: Stmt = { line: lineNo };
    try {
      const t0 = toks[0];
      if (t0.kind === 'id' && (!isKeyword(t0.text.toLowerCase()) || ts.isOp(':', 1) || ts.isId('equ', 1))) {
        const hasColon = ts.isOp(':', 1);
        const name = qualify(t0.text);
        ts.pos += hasColon ? 2 : 1;
        if (!hasColon && ts.atEnd()) {
          err('PS201', `'${t0.text}' is not a known instruction; treated as a label (add ':' if it is one)`, t0.col, t0.end, 'warning');
        } else if (!hasColon && !ts.atEnd()) {
          const n = ts.peek()!;
          if (n.kind !== 'id' || !isKeyword(n.text.toLowerCase())) {
            throw new AsmFault('PS201', `unknown mnemonic '${t0.text}'`, t0.col, t0.end);
          }
        }
        if (!t0.text.startsWith('.') || t0.text.startsWith('..')) {
          if (!ts.isId('equ')) lastGlobal = t0.text;
        }
        if (defined.has(name)) {
          throw new AsmFault('PS200', `symbol '${name}' redefined (first defined on line ${defined.get(name)})`, t0.col, t0.end);
        }
        defined.set(name, lineNo);
        stmt.label = { name, col: t0.col, end: t0.end };
      }
      if (!ts.atEnd()) stmt.body = parseBody(ts, qualify, text.length + 1);
      if (stmt.body?.k === 'equ' && !stmt.label) throw new AsmFault('PS200', "'equ' needs a label", stmt.body.col, stmt.body.end);
      if (stmt.label || stmt.body) stmts.push(stmt);
    } catch (e) {
      if (!(e instanceof AsmFault)) throw e;
      err(e.code, e.message, e.col, e.end);
    }
  }
  return stmts;
}

function expectEnd(ts: TokStream): void {
  const t = ts.peek();
  if (t) throw new AsmFault('PS200', `unexpected '${t.text}'`, t.col, t.end);
}

function parseBody(ts: TokStream, qualify: (n: string) => string, lineEnd: number): Body {
  const first = ts.peek()!;
  const col = first.col;
  if (first.kind !== 'id') throw new AsmFault('PS200', `instruction or directive expected before '${first.text}'`, first.col, first.end);
  const w = first.text.toLowerCase();
  const endOf = (): number => ts.toks[ts.toks.length - 1].end;

  if (DATA[w] !== undefined) {
    ts.pos++;
    const items: DataItem[] = [];
    do {
      if (items.length || ts.isOp(',')) ts.expectOp(',');
      const t = ts.peek();
      const n = ts.peek(1);
      const endsItem = !n || (n.kind === 'op' && n.text === ',');
      if (t && t.kind === 'str' && endsItem) { ts.pos++; items.push({ k: 'str', bytes: t.text, col: t.col, end: t.end }); continue; }
      if (t && t.kind === 'float' && endsItem) { ts.pos++; items.push({ k: 'float', v: t.float!, col: t.col, end: t.end }); continue; }
      if (t && t.kind === 'op' && t.text === '-' && n?.kind === 'float') {
        const n2 = ts.peek(2);
        if (!n2 || (n2.kind === 'op' && n2.text === ',')) { ts.pos += 2; items.push({ k: 'float', v: -n.float!, col: t.col, end: n.end }); continue; }
      }
      items.push({ k: 'expr', e: parseExpr(ts, qualify, false) });
    } while (!ts.atEnd());
    if (!items.length) throw new AsmFault('PS200', `'${w}' needs at least one value`, first.col, first.end);
    return { k: 'data', unit: DATA[w], items, col, end: endOf() };
  }
  if (RES[w] !== undefined) {
    ts.pos++;
    const count = parseExpr(ts, qualify, false);
    expectEnd(ts);
    return { k: 'res', unit: RES[w], count, col, end: endOf() };
  }
  switch (w) {
    case 'equ': {
      ts.pos++;
      const e = parseExpr(ts, qualify, false);
      expectEnd(ts);
      return { k: 'equ', e, col, end: endOf() };
    }
    case 'times': {
      ts.pos++;
      const count = parseExpr(ts, qualify, false);
      if (ts.atEnd()) throw new AsmFault('PS200', "'times' needs an instruction or data after its count", ...ts.here());
      const body = parseBody(ts, qualify, lineEnd);
      if (body.k !== 'insn' && body.k !== 'data' && body.k !== 'times' && body.k !== 'res') {
        throw new AsmFault('PS200', `'times' cannot repeat '${w}'`, body.col, body.end);
      }
      return { k: 'times', count, body, col, end: endOf() };
    }
    case 'align': case 'alignb': {
      ts.pos++;
      const n = parseExpr(ts, qualify, false);
      let fill: Body | undefined;
      if (ts.isOp(',')) {
        ts.pos++;
        fill = parseBody(ts, qualify, lineEnd);
      }
      expectEnd(ts);
      return { k: 'align', n, fill, zero: w === 'alignb', col, end: endOf() };
    }
    case 'bits': case 'use16': case 'use32': case 'use64': {
      ts.pos++;
      let bits: number;
      if (w === 'bits') {
        const t = ts.next();
        bits = t?.kind === 'num' ? Number(t.value) : NaN;
        if (bits !== 16 && bits !== 32 && bits !== 64) {
          throw new AsmFault('PS200', "'bits' takes 16, 32 or 64", t?.col ?? col, t?.end ?? lineEnd);
        }
      } else bits = Number(w.slice(3));
      expectEnd(ts);
      return { k: 'bits', bits: bits as 16 | 32 | 64, col, end: endOf() };
    }
    case 'org': {
      ts.pos++;
      const e = parseExpr(ts, qualify, false);
      expectEnd(ts);
      return { k: 'org', e, col, end: endOf() };
    }
    case 'default': {
      ts.pos++;
      const t = ts.next();
      const v = t?.kind === 'id' ? t.text.toLowerCase() : '';
      if (v !== 'rel' && v !== 'abs') throw new AsmFault('PS200', "'default' takes rel or abs", t?.col ?? col, t?.end ?? lineEnd);
      expectEnd(ts);
      return { k: 'default', rel: v === 'rel', col, end: endOf() };
    }
    case 'section': case 'segment': case 'global': case 'extern': case 'cpu': case 'absolute': case 'common': case 'static': {
      if (w === 'extern' || w === 'absolute' || w === 'common') {
        throw new AsmFault('PS200', `'${w}' is not supported in flat binary output`, first.col, first.end);
      }
      const arg = ts.peek(1);
      ts.pos = ts.toks.length;
      if ((w === 'section' || w === 'segment') && arg && arg.text.toLowerCase() !== '.text') {
        // nasm -f bin would move other sections after .text; here everything stays in source order.
        return { k: 'none', col, end: endOf(), warning: `section '${arg.text}' is assembled in place, after the preceding code (nasm -f bin would place it after .text)` };
      }
      return { k: 'none', col, end: endOf() };
    }
  }
  // Instruction with optional prefixes.
  const prefixes: Prefix[] = [];
  let t: Token | undefined = first;
  while (t && t.kind === 'id' && PREFIXES[t.text.toLowerCase()] !== undefined) {
    const p = PREFIXES[t.text.toLowerCase()];
    const n = ts.peek(1);
    // A segment-register name is a prefix only when an instruction follows it.
    if (['es', 'cs', 'ss', 'ds', 'fs', 'gs'].includes(p) && !(n && n.kind === 'id' && isKeyword(n.text.toLowerCase()))) break;
    prefixes.push(p);
    ts.pos++;
    t = ts.peek();
  }
  if (!t) return { k: 'insn', mnem: '', prefixes, ops: [], col, end: endOf(), relax: { long: false } };
  if (t.kind !== 'id') throw new AsmFault('PS200', `instruction expected before '${t.text}'`, t.col, t.end);
  const mnem = t.text.toLowerCase();
  if (!handlerFor(mnem)) throw new AsmFault('PS201', `unknown mnemonic '${t.text}'`, t.col, t.end);
  ts.pos++;
  const ops: OperandAst[] = [];
  while (!ts.atEnd()) {
    if (ops.length) ts.expectOp(',');
    ops.push(parseOperand(ts, qualify));
  }
  return { k: 'insn', mnem, prefixes, ops, col, end: endOf(), relax: { long: false } };
}
