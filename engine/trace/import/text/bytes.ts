/**
 * Byte-level scanning helpers for the text importers. The hot loops work on
 * Uint8Array slices [start, end) and never build per-line JS strings; numbers
 * come back through a reusable cursor object instead of tuples.
 */

export const SP = 0x20;
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const COLON = 0x3a;
export const DOT = 0x2e;
export const DASH = 0x2d;
export const LBRACK = 0x5b;
export const RBRACK = 0x5d;
export const LPAREN = 0x28;
export const RPAREN = 0x29;
export const HASH = 0x23;
export const ZERO = 0x30;
export const NINE = 0x39;

/** Reused out-parameter of the number parsers: `value` and the index just past the digits (`next`). */
export interface NumCursor {
  value: number | bigint;
  next: number;
}

export function newCursor(): NumCursor {
  return { value: 0, next: 0 };
}

/** -1 when `c` is not an ASCII hex digit. */
export function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

export function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

export function isSpace(c: number): boolean {
  return c === SP || c === TAB;
}

export function skipSpaces(buf: Uint8Array, i: number, end: number): number {
  while (i < end && (buf[i] === SP || buf[i] === TAB)) i++;
  return i;
}

/** Index of the last non-space byte + 1 (trims trailing blanks and CR). */
export function trimEnd(buf: Uint8Array, start: number, end: number): number {
  while (end > start && (buf[end - 1] === SP || buf[end - 1] === TAB || buf[end - 1] === CR)) end--;
  return end;
}

const TWO32 = 4294967296;

/**
 * Parse hex digits at buf[i..end) (no prefix). Returns false when there is no digit.
 * Values above 2^53 come back as bigint; leading zeros never force bigint.
 */
export function parseHex(buf: Uint8Array, i: number, end: number, out: NumCursor): boolean {
  const start = i;
  let v = 0;
  while (i < end) {
    const d = hexVal(buf[i]!);
    if (d < 0) break;
    i++;
  }
  const n = i - start;
  if (n === 0) return false;
  out.next = i;
  if (n <= 13) {
    for (let k = start; k < i; k++) v = v * 16 + hexVal(buf[k]!);
    out.value = v;
    return true;
  }
  // Split into a high part and the low 32 bits so the common 16-digit kernel
  // address needs no string round trip.
  let hi = 0;
  const loStart = i - 8;
  for (let k = start; k < loStart; k++) {
    hi = hi * 16 + hexVal(buf[k]!);
    if (hi > Number.MAX_SAFE_INTEGER) return parseBigHex(buf, start, i, out);
  }
  let lo = 0;
  for (let k = loStart; k < i; k++) lo = lo * 16 + hexVal(buf[k]!);
  if (hi < 0x200000) {
    out.value = hi * TWO32 + lo;
  } else {
    out.value = (BigInt(hi) << 32n) | BigInt(lo);
  }
  return true;
}

function parseBigHex(buf: Uint8Array, start: number, end: number, out: NumCursor): boolean {
  let s = '0x';
  for (let k = start; k < end; k++) s += String.fromCharCode(buf[k]!);
  const b = BigInt(s);
  out.value = b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  out.next = end;
  return true;
}

/** Parse an optionally negative decimal integer. Values beyond ±2^53 are bigint. */
export function parseDec(buf: Uint8Array, i: number, end: number, out: NumCursor, signed: boolean): boolean {
  let neg = false;
  if (signed && i < end && buf[i] === DASH) {
    neg = true;
    i++;
  }
  const start = i;
  let v = 0;
  while (i < end) {
    const c = buf[i]!;
    if (c < ZERO || c > NINE) break;
    v = v * 10 + (c - ZERO);
    i++;
  }
  const n = i - start;
  if (n === 0) return false;
  out.next = i;
  if (n > 15 && v > Number.MAX_SAFE_INTEGER) {
    let s = '';
    for (let k = start; k < i; k++) s += String.fromCharCode(buf[k]!);
    const b = BigInt(s);
    out.value = neg ? -b : b;
    return true;
  }
  out.value = neg ? -v : v;
  return true;
}

/**
 * Parse a C integer literal as printed by `%i`/strace: `0x…` hex, or decimal
 * (optionally negative). Returns false when nothing numeric is there.
 */
export function parseCInt(buf: Uint8Array, i: number, end: number, out: NumCursor): boolean {
  if (i + 1 < end && buf[i] === ZERO && (buf[i + 1]! | 0x20) === 0x78) {
    return parseHex(buf, i + 2, end, out);
  }
  return parseDec(buf, i, end, out, true);
}

/** True when buf[i..] starts with `lit`. */
export function startsWith(buf: Uint8Array, i: number, end: number, lit: Uint8Array): boolean {
  const n = lit.length;
  if (end - i < n) return false;
  for (let k = 0; k < n; k++) if (buf[i + k] !== lit[k]) return false;
  return true;
}

/** First index >= i of `lit` in buf[i..end), or -1. */
export function indexOf(buf: Uint8Array, i: number, end: number, lit: Uint8Array): number {
  const n = lit.length;
  if (n === 0) return i;
  const c0 = lit[0]!;
  const last = end - n;
  outer: for (let p = i; p <= last; p++) {
    if (buf[p] !== c0) continue;
    for (let k = 1; k < n; k++) if (buf[p + k] !== lit[k]) continue outer;
    return p;
  }
  return -1;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Decode a slice as UTF-8 (invalid bytes become U+FFFD; never throws). */
export function decodeText(buf: Uint8Array, start: number, end: number): string {
  if (end - start < 24) {
    let ascii = true;
    for (let k = start; k < end; k++) if (buf[k]! >= 0x80) { ascii = false; break; }
    if (ascii) {
      let s = '';
      for (let k = start; k < end; k++) s += String.fromCharCode(buf[k]!);
      return s;
    }
  }
  return utf8.decode(buf.subarray(start, end));
}

/** Decode a slice byte-per-char (for diagnostics, where exact bytes matter more than glyphs). */
export function decodeLatin1(buf: Uint8Array, start: number, end: number): string {
  return latin1.decode(buf.subarray(start, end));
}

export function ascii(s: string): Uint8Array {
  const a = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i) & 0xff;
  return a;
}

/**
 * Maps byte slices to strings without decoding the same bytes twice: comms,
 * event names and repeated field values (instruction bytes in a guest loop)
 * are few and repeat millions of times. Open addressing on an FNV-1a hash;
 * stops caching (still answers) once `maxEntries` distinct keys are stored so
 * memory stays bounded on adversarial input.
 */
export class ByteInterner<T = string> {
  private keys: (Uint8Array | undefined)[];
  private vals: (T | undefined)[];
  private hashes: Int32Array;
  private mask: number;
  private count = 0;
  constructor(
    private readonly make: (buf: Uint8Array, start: number, end: number) => T,
    private readonly maxEntries = 1 << 16,
    initialBits = 10,
  ) {
    const cap = 1 << initialBits;
    this.keys = new Array(cap);
    this.vals = new Array(cap);
    this.hashes = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private readonly lastKey = new Uint8Array(256);
  private lastLen = -1;
  private lastVal: T | undefined;

  get(buf: Uint8Array, start: number, end: number): T {
    // Consecutive lookups are usually for the same key (same comm, same event name).
    const len = end - start;
    const lk = this.lastKey;
    if (this.lastLen === len) {
      let k = 0;
      while (k < len && lk[k] === buf[start + k]) k++;
      if (k === len) return this.lastVal as T;
    }
    const v = this.lookup(buf, start, end);
    if (len <= lk.length) {
      for (let k = 0; k < len; k++) lk[k] = buf[start + k]!;
      this.lastLen = len;
      this.lastVal = v;
    } else this.lastLen = -1;
    return v;
  }

  private lookup(buf: Uint8Array, start: number, end: number): T {
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ buf[k]!, 0x01000193);
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (this.hashes[slot] === h && key.length === len) {
        let eq = true;
        for (let k = 0; k < len; k++) if (key[k] !== buf[start + k]) { eq = false; break; }
        if (eq) return this.vals[slot] as T;
      }
      slot = (slot + 1) & this.mask;
    }
    const v = this.make(buf, start, end);
    if (this.count >= this.maxEntries) return v;
    this.keys[slot] = buf.slice(start, end);
    this.vals[slot] = v;
    this.hashes[slot] = h;
    if (++this.count * 2 > this.mask) this.grow();
    return v;
  }

  private grow(): void {
    const oldK = this.keys, oldV = this.vals, oldH = this.hashes;
    const cap = (this.mask + 1) * 2;
    this.keys = new Array(cap);
    this.vals = new Array(cap);
    this.hashes = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < oldK.length; i++) {
      const key = oldK[i];
      if (key === undefined) continue;
      let slot = oldH[i]! & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.vals[slot] = oldV[i];
      this.hashes[slot] = oldH[i]!;
    }
  }
}
