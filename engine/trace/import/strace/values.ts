/**
 * Parser for strace's argument syntax: `{a=1, b={…}, c=[…], …}`, arrays,
 * numbers with `/* NAME *\/` comments, flag expressions `A|B`, strings,
 * `in => out` pairs, designated array items `[VINTR]=0` and the `...` strace
 * prints where it abbreviated. Whatever cannot be read is kept verbatim as an
 * explicit unknown, never guessed.
 */

/** A part of an argument the log does not tell (or strace did not print). */
export interface Unknown {
  readonly $unknown: string;
  readonly raw?: string;
}

export type ArgValue = number | bigint | string | boolean | null | Unknown | ArgValue[] | { [field: string]: ArgValue };

export function unknown(why: string, raw?: string): Unknown {
  return raw === undefined ? { $unknown: why } : { $unknown: why, raw };
}

export function isUnknown(v: unknown): v is Unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && '$unknown' in v;
}

/** Syntax tree of one strace value. */
export type Node =
  | { k: 'num'; v: number | bigint; comment?: string; text: string }
  | { k: 'sym'; v: string; text: string }                  // identifiers and flag expressions: KVM_CAP_X, A|B, NULL
  | { k: 'str'; v: string; text: string; truncated: boolean }
  | { k: 'struct'; fields: [string | null, Node][]; truncated: boolean; text: string }
  | { k: 'array'; items: Node[]; truncated: boolean; text: string }
  | { k: 'change'; before: Node; after: Node; text: string } // "in => out"
  | { k: 'raw'; text: string };                             // anything else, verbatim

const MAX_DEPTH = 64;

/** Parse a whole argument text (or a prefix of it) into a Node; never throws. */
export function parseValue(text: string): Node {
  const p = new ValueParser(text);
  const n = p.value(0);
  p.ws();
  if (p.i < text.length) return { k: 'raw', text: text.trim() };
  return n;
}

/** Split the inside of `ioctl(...)` into top-level arguments (commas outside brackets/strings/comments). */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') { i = skipString(text, i); continue; }
    if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); i = e < 0 ? text.length : e + 1; continue; }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) { out.push(text.slice(start, i).trim()); start = i + 1; }
  }
  out.push(text.slice(start).trim());
  return out;
}

function skipString(t: string, i: number): number {
  for (i++; i < t.length; i++) {
    if (t[i] === '\\') { i++; continue; }
    if (t[i] === '"') return i;
  }
  return t.length;
}

class ValueParser {
  i = 0;
  constructor(private readonly t: string) {}

  ws(): void {
    const t = this.t;
    while (this.i < t.length && (t[this.i] === ' ' || t[this.i] === '\t')) this.i++;
  }

  value(depth: number): Node {
    this.ws();
    const t = this.t;
    const start = this.i;
    if (depth > MAX_DEPTH) return this.rawToDelim(start);
    let n: Node;
    const c = t[this.i];
    if (c === '{') n = this.struct(depth);
    else if (c === '[') n = this.array(depth);
    else if (c === '"') n = this.str();
    else n = this.scalar();
    this.ws();
    // "in => out" (strace prints both for read-write arguments that changed)
    if (t.startsWith('=>', this.i)) {
      this.i += 2;
      const after = this.value(depth + 1);
      n = { k: 'change', before: n, after, text: t.slice(start, this.i).trim() };
    }
    return n;
  }

  private struct(depth: number): Node {
    const t = this.t;
    const start = this.i;
    this.i++; // {
    const fields: [string | null, Node][] = [];
    let truncated = false;
    for (;;) {
      this.ws();
      if (this.i >= t.length) return { k: 'raw', text: t.slice(start) };
      if (t[this.i] === '}') { this.i++; break; }
      if (t.startsWith('...', this.i)) { truncated = true; this.i += 3; }
      else {
        // "name=value" or a bare value
        const m = /^([A-Za-z_][A-Za-z0-9_.]*|\[[^\]]*\])=/.exec(t.slice(this.i, this.i + 80));
        let name: string | null = null;
        if (m) { name = m[1]!; this.i += m[0].length; }
        const before = this.i;
        // strace can print an empty value ("c_iflag=,")
        this.ws();
        const v = t[this.i] === ',' || t[this.i] === '}' ? { k: 'raw' as const, text: '' } : this.value(depth + 1);
        if (this.i === before && v.k !== 'raw') return { k: 'raw', text: t.slice(start) };
        fields.push([name, v]);
      }
      this.ws();
      if (t[this.i] === ',') { this.i++; continue; }
      if (t[this.i] === '}') { this.i++; break; }
      return this.rawToDelim(start);
    }
    return { k: 'struct', fields, truncated, text: t.slice(start, this.i) };
  }

  private array(depth: number): Node {
    const t = this.t;
    const start = this.i;
    this.i++; // [
    const items: Node[] = [];
    let truncated = false;
    for (;;) {
      this.ws();
      if (this.i >= t.length) return { k: 'raw', text: t.slice(start) };
      if (t[this.i] === ']') { this.i++; break; }
      if (t.startsWith('...', this.i)) { truncated = true; this.i += 3; }
      else {
        const before = this.i;
        const desig = /^\[[^\]]*\]=/.exec(t.slice(this.i, this.i + 80));
        if (desig) this.i += desig[0].length;
        items.push(this.value(depth + 1));
        if (this.i === before) return this.rawToDelim(start);
      }
      this.ws();
      if (t[this.i] === ',') { this.i++; continue; }
      if (t[this.i] === ']') { this.i++; break; }
      return this.rawToDelim(start);
    }
    return { k: 'array', items, truncated, text: t.slice(start, this.i) };
  }

  private str(): Node {
    const t = this.t;
    const start = this.i;
    const end = skipString(t, start);
    const body = t.slice(start + 1, Math.min(end, t.length));
    this.i = Math.min(end + 1, t.length);
    let truncated = false;
    if (t.startsWith('...', this.i)) { truncated = true; this.i += 3; }
    return { k: 'str', v: unescapeC(body), text: t.slice(start, this.i), truncated };
  }

  private scalar(): Node {
    const t = this.t;
    const start = this.i;
    // a run up to a delimiter at this level, keeping /* comments */ with it
    let j = this.i;
    let paren = 0;
    while (j < t.length) {
      const c = t[j]!;
      if (c === '/' && t[j + 1] === '*') { const e = t.indexOf('*/', j + 2); j = e < 0 ? t.length : e + 2; continue; }
      if (c === '(') paren++;
      else if (c === ')') { if (paren === 0) break; paren--; }
      else if (paren === 0 && (c === ',' || c === '}' || c === ']')) break;
      else if (paren === 0 && c === '=' && t[j + 1] === '>') break;
      j++;
    }
    this.i = j;
    const text = t.slice(start, j).trim();
    const m = /^(-?(?:0x[0-9a-fA-F]+|\d+))(?:\s*\/\*\s*(.*?)\s*\*\/)?$/.exec(text);
    if (m) {
      const v = toNumber(m[1]!);
      return m[2] !== undefined ? { k: 'num', v, comment: m[2], text } : { k: 'num', v, text };
    }
    if (/^[A-Za-z_][A-Za-z0-9_|~<>() ]*$/.test(text)) return { k: 'sym', v: text, text };
    return { k: 'raw', text };
  }

  private rawToDelim(start: number): Node {
    // give up on this construct: take everything to the end (the caller then treats it as raw)
    this.i = this.t.length;
    return { k: 'raw', text: this.t.slice(start).trim() };
  }
}

/** "0x1f" / "42" / "-1" → number, bigint when beyond 2^53. */
export function toNumber(s: string): number | bigint {
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const b = BigInt(body);
  const v = b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  if (!neg) return v;
  return typeof v === 'number' ? -v : -b;
}

function unescapeC(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
  });
}
