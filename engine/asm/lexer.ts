/**
 * Line lexer of the NASM dialect. Columns are 1-based; `end` is exclusive (one past the last character),
 * which is what the editor's diagnostic ranges use.
 */

export type TokKind = 'id' | 'num' | 'float' | 'str' | 'op' | 'here' | 'base';

export interface Token {
  kind: TokKind;
  /** Identifier/operator text as written; for strings the decoded bytes as a latin-1 string. */
  text: string;
  /** Numeric value of 'num' tokens. */
  value?: bigint;
  /** Value of 'float' tokens. */
  float?: number;
  col: number;
  end: number;
}

export interface LexError {
  col: number;
  end: number;
  message: string;
}

export interface LexResult {
  tokens: Token[];
  error?: LexError;
}

const TWO_CHAR_OPS = new Set(['<<', '>>', '//', '%%']);
const ONE_CHAR_OPS = '+-*/%&|^~!()[],:';

function isIdStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '.' || c === '?' || c === '@';
}
function isIdChar(c: string): boolean {
  return isIdStart(c) || (c >= '0' && c <= '9') || c === '$' || c === '#' || c === '~';
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isAlnum(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

const RADIX_PREFIX: Record<string, number> = { x: 16, h: 16, b: 2, y: 2, o: 8, q: 8, d: 10, t: 10 };
const DIGITS: Record<number, RegExp> = { 16: /^[0-9a-f]+$/, 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/ };

function bigFromRadix(digits: string, radix: number): bigint {
  if (radix === 10) return BigInt(digits);
  const p = radix === 16 ? '0x' : radix === 8 ? '0o' : '0b';
  return BigInt(p + digits);
}

/** Parses a NASM integer literal (0x1F, 1Fh, $1F, 0b101, 101b, 17q, 17o, 0o17, 1_000); undefined if malformed. */
export function parseNumber(raw: string): bigint | undefined {
  let s = raw.replace(/_/g, '').toLowerCase();
  if (s.startsWith('$')) {
    s = s.slice(1);
    return DIGITS[16].test(s) ? bigFromRadix(s, 16) : undefined;
  }
  if (s.length > 2 && s[0] === '0' && RADIX_PREFIX[s[1]] !== undefined) {
    const r = RADIX_PREFIX[s[1]];
    const rest = s.slice(2);
    if (DIGITS[r].test(rest)) return bigFromRadix(rest, r);
  }
  const last = s[s.length - 1];
  if (s.length > 1 && RADIX_PREFIX[last] !== undefined) {
    const r = RADIX_PREFIX[last];
    const rest = s.slice(0, -1);
    if (DIGITS[r].test(rest)) return bigFromRadix(rest, r);
  }
  return DIGITS[10].test(s) ? BigInt(s) : undefined;
}

/** UTF-8 bytes of one code point, as latin-1 characters. */
function utf8(cp: number): string {
  const b: number[] = [];
  if (cp < 0x80) b.push(cp);
  else if (cp < 0x800) b.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) b.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else b.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(...b);
}

const SIMPLE_ESC: Record<string, number> = {
  n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, '\\': 92, "'": 39, '"': 34, '`': 96, '?': 63,
};

/** Decodes the body of a backquoted string (C-style escapes); returns bytes as latin-1 or an error message. */
function unescape(body: string): string | { error: string; at: number } {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += utf8(c.codePointAt(0)!);
      if (c.codePointAt(0)! > 0xffff) i++;
      continue;
    }
    const n = body[++i];
    if (n === undefined) return { error: 'backslash at end of string', at: i - 1 };
    if (SIMPLE_ESC[n] !== undefined) out += String.fromCharCode(SIMPLE_ESC[n]);
    else if (n >= '0' && n <= '7') {
      let v = 0, k = 0;
      while (k < 3 && body[i] >= '0' && body[i] <= '7') { v = v * 8 + Number(body[i]); i++; k++; }
      i--;
      out += String.fromCharCode(v & 0xff);
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1));
      if (!m) return { error: '\\x needs hex digits', at: i - 1 };
      out += String.fromCharCode(parseInt(m[0], 16));
      i += m[0].length;
    } else if (n === 'u' || n === 'U') {
      const len = n === 'u' ? 4 : 8;
      const h = body.slice(i + 1, i + 1 + len);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== len) return { error: `\\${n} needs ${len} hex digits`, at: i - 1 };
      out += utf8(parseInt(h, 16));
      i += len;
    } else return { error: `unknown escape \\${n}`, at: i - 1 };
  }
  return out;
}

/** Converts a quoted string body written in the source (any Unicode) to its UTF-8 bytes as latin-1. */
function toBytes(body: string): string {
  let out = '';
  for (const ch of body) out += utf8(ch.codePointAt(0)!);
  return out;
}

/** Tokenises one source line (without its newline); stops at `;`. */
export function lexLine(line: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === ';') break;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    const start = i;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n && line[j] !== c) j += c === '`' && line[j] === '\\' ? 2 : 1;
      if (j >= n) return { tokens, error: { col: start + 1, end: n + 1, message: `unterminated string (missing \`${c}')` } };
      const body = line.slice(i + 1, j);
      let text: string;
      if (c === '`') {
        const u = unescape(body);
        if (typeof u !== 'string') return { tokens, error: { col: start + 2 + u.at, end: j + 2, message: u.error } };
        text = u;
      } else text = toBytes(body);
      tokens.push({ kind: 'str', text, col: start + 1, end: j + 2 });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      if (line[i + 1] === '$') { tokens.push({ kind: 'base', text: '$$', col: start + 1, end: start + 3 }); i += 2; continue; }
      if (isDigit(line[i + 1] ?? '')) {
        let j = i + 1;
        while (j < n && isAlnum(line[j])) j++;
        const raw = line.slice(i, j);
        const v = parseNumber(raw);
        if (v === undefined) return { tokens, error: { col: start + 1, end: j + 1, message: `invalid number '${raw}'` } };
        tokens.push({ kind: 'num', text: raw, value: v, col: start + 1, end: j + 1 });
        i = j;
        continue;
      }
      if (isIdStart(line[i + 1] ?? '')) {
        // `$name` escapes an identifier that would otherwise be a keyword or register.
        let j = i + 1;
        while (j < n && isIdChar(line[j])) j++;
        tokens.push({ kind: 'id', text: line.slice(i + 1, j), col: start + 1, end: j + 1 });
        i = j;
        continue;
      }
      tokens.push({ kind: 'here', text: '$', col: start + 1, end: start + 2 });
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < n && isAlnum(line[j])) j++;
      if (line[j] === '.' && /^[0-9_]+$/.test(line.slice(i, j))) {
        const m = /^\.[0-9_]*(?:[eE][+-]?[0-9]+)?/.exec(line.slice(j))!;
        j += m[0].length;
        const raw = line.slice(i, j);
        tokens.push({ kind: 'float', text: raw, float: Number(raw.replace(/_/g, '')), col: start + 1, end: j + 1 });
        i = j;
        continue;
      }
      const raw = line.slice(i, j);
      const v = parseNumber(raw);
      if (v === undefined) return { tokens, error: { col: start + 1, end: j + 1, message: `invalid number '${raw}'` } };
      tokens.push({ kind: 'num', text: raw, value: v, col: start + 1, end: j + 1 });
      i = j;
      continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdChar(line[j])) j++;
      tokens.push({ kind: 'id', text: line.slice(i, j), col: start + 1, end: j + 1 });
      i = j;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: 'op', text: two, col: start + 1, end: start + 3 });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.includes(c)) {
      tokens.push({ kind: 'op', text: c, col: start + 1, end: start + 2 });
      i++;
      continue;
    }
    return { tokens, error: { col: start + 1, end: start + 2, message: `unexpected character '${c}'` } };
  }
  return { tokens };
}
