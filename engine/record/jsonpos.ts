/**
 * Locating a JSON syntax error. JSON.parse's messages differ between engines
 * (V8 "at position N", Firefox "at line L column C", sometimes no position at all),
 * so on failure we re-scan the text with a small iterative validator (no recursion:
 * deeply nested input cannot overflow the stack) and report the first bad offset.
 * Only used on the error path; the happy path is JSON.parse alone.
 */

export interface JsonSyntaxError {
  /** UTF-16 index into the text. */
  index: number;
  /** 1-based line and column (column counted in UTF-16 code units). */
  line: number;
  column: number;
  /** Byte offset of `index` in the UTF-8 encoding of the text. */
  byteOffset: number;
  why: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function describe(s: string, i: number): string {
  if (i >= s.length) return 'unexpected end of input';
  const c = s[i]!;
  const shown = c.charCodeAt(0) < 0x20 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c;
  return `unexpected character '${shown}'`;
}

/** Scans a string starting at the opening quote; returns the index after the closing quote or an error. */
function scanString(s: string, start: number): number | { index: number; why: string } {
  let i = start + 1;
  for (;;) {
    if (i >= s.length) return { index: i, why: 'unterminated string' };
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { index: i, why: 'control character in string' };
    if (c === 0x5c) {
      const e = s[i + 1];
      if (e === undefined) return { index: i + 1, why: 'unterminated string' };
      if (e === 'u') {
        if (!HEX4.test(s.slice(i + 2, i + 6))) return { index: i, why: 'bad \\u escape in string' };
        i += 6;
        continue;
      }
      if ('"\\/bfnrt'.indexOf(e) < 0) return { index: i, why: `bad escape '\\${e}' in string` };
      i += 2;
      continue;
    }
    i++;
  }
}

/**
 * Returns the first syntax error of `s` as JSON, or null when `s` is valid JSON.
 */
export function findJsonError(s: string): JsonSyntaxError | null {
  const err = (index: number, why: string): JsonSyntaxError => ({ index, why, ...lineColumn(s, index) });
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  type Mode = 'value' | 'after' | 'key';
  let mode: Mode = 'value';
  let i = 0;
  const n = s.length;
  for (;;) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (mode === 'value') {
      if (i >= n) return err(i, 'unexpected end of input');
      const c = s.charCodeAt(i);
      if (c === 0x7b || c === 0x5b) {
        stack.push(c);
        i++;
        while (i < n && isWs(s.charCodeAt(i))) i++;
        if (s.charCodeAt(i) === c + 2) { // '}' = '{' + 2, ']' = '[' + 2
          stack.pop();
          i++;
          mode = 'after';
        } else {
          mode = c === 0x7b ? 'key' : 'value';
        }
        continue;
      }
      if (c === 0x22) {
        const r = scanString(s, i);
        if (typeof r !== 'number') return err(r.index, r.why);
        i = r;
        mode = 'after';
        continue;
      }
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(s);
        if (!m) return err(i, 'bad number');
        i += m[0].length;
        mode = 'after';
        continue;
      }
      const lit = s.startsWith('true', i) ? 4 : s.startsWith('false', i) ? 5 : s.startsWith('null', i) ? 4 : 0;
      if (lit) {
        i += lit;
        mode = 'after';
        continue;
      }
      return err(i, `${describe(s, i)}, expected a value`);
    }
    if (mode === 'key') {
      if (s.charCodeAt(i) !== 0x22) return err(i, `${describe(s, i)}, expected a double-quoted property name`);
      const r = scanString(s, i);
      if (typeof r !== 'number') return err(r.index, r.why);
      i = r;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 0x3a) return err(i, `${describe(s, i)}, expected ':'`);
      i++;
      mode = 'value';
      continue;
    }
    // mode === 'after': a complete value was read
    if (stack.length === 0) {
      if (i >= n) return null;
      return err(i, `${describe(s, i)} after the end of the JSON value`);
    }
    const top = stack[stack.length - 1]!;
    const c = s.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      mode = top === 0x7b ? 'key' : 'value';
      continue;
    }
    if (c === top + 2) {
      stack.pop();
      i++;
      continue;
    }
    return err(i, `${describe(s, i)}, expected ',' or '${top === 0x7b ? '}' : ']'}'`);
  }
}

/** 1-based line/column and UTF-8 byte offset of UTF-16 index `index` in `s`. */
export function lineColumn(s: string, index: number): { line: number; column: number; byteOffset: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = s.indexOf('\n'); k >= 0 && k < index; k = s.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  const byteOffset = new TextEncoder().encode(s.slice(0, index)).length;
  return { line, column: index - lineStart + 1, byteOffset };
}
