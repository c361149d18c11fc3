/**
 * The comparator: recorded (expected) value vs what the engine produced (actual).
 *
 * Only what the recording contains is compared (FORMAT.md: "compare … every field of
 * `out` present in the recording"); extra engine fields are ignored. Numbers are
 * compared as unsigned 64-bit integers whatever their spelling (number, bigint, "0x…"),
 * byte strings against byte strings or Uint8Array. Recorded placeholders such as
 * "(volatile)" or "(output buffer …)" are never compared.
 */
import { bytesToHex, hex, isHexBytes, isHexNumber, toU64 } from './hex.ts';

/** One difference between the recording and the engine. */
export interface Mismatch {
  seq: number;
  /** Path of the value: "ret", "errno", "out.nmsrs", "exit.io.port", "mem[0x7f…+3]" … */
  what: string;
  expected: string;
  actual: string;
}

/** Path predicate: true = do not compare this value (volatile, see volatility.ts). */
export type SkipPath = (path: string, expected: unknown) => boolean;

/** Renders any engine/recording value for a mismatch line (hex for integers). */
export function show(v: unknown): string {
  if (v === undefined) return '(missing)';
  if (v === null) return 'null';
  if (typeof v === 'bigint') return hex(BigInt.asUintN(64, v));
  if (typeof v === 'number') return Number.isInteger(v) ? hex(BigInt.asUintN(64, BigInt(v))) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return isHexNumber(v) ? hex(BigInt(v)) : v;
  if (v instanceof Uint8Array) return bytesToHex(v);
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? hex(x) : x instanceof Uint8Array ? bytesToHex(x) : x));
  } catch {
    return String(v);
  }
}

function isPlaceholder(v: unknown): boolean {
  return typeof v === 'string' && v.startsWith('(');
}

function asArray(v: unknown): ArrayLike<unknown> | null {
  if (Array.isArray(v)) return v;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof Uint8Array)) return v as unknown as ArrayLike<unknown>;
  return null;
}

/**
 * Appends to `out` every difference between `expected` (recording JSON) and `actual`
 * (engine value) under `path`. Returns the number of mismatches added.
 */
export function compareValue(seq: number, path: string, expected: unknown, actual: unknown, out: Mismatch[], skip?: SkipPath): number {
  const before = out.length;
  walk(seq, path, expected, actual, out, skip);
  return out.length - before;
}

function walk(seq: number, path: string, exp: unknown, act: unknown, out: Mismatch[], skip?: SkipPath): void {
  if (exp === undefined || isPlaceholder(exp)) return;
  if (skip && skip(path, exp)) return;
  const bad = (): void => { out.push({ seq, what: path, expected: show(exp), actual: show(act) }); };

  if (exp === null) {
    if (act !== null && act !== undefined) bad();
    return;
  }
  if (typeof exp === 'number' || typeof exp === 'bigint' || typeof exp === 'boolean' || isHexNumber(exp)) {
    const e = toU64(exp);
    const a = toU64(act);
    if (a === null || a !== e) bad();
    return;
  }
  if (typeof exp === 'string') {
    if (isHexBytes(exp) && act instanceof Uint8Array) {
      if (bytesToHex(act) !== exp.toLowerCase()) bad();
    } else if (typeof act !== 'string' || act.toLowerCase() !== exp.toLowerCase()) {
      bad();
    }
    return;
  }
  if (Array.isArray(exp)) {
    const a = asArray(act);
    if (a === null) { bad(); return; }
    if (a.length !== exp.length) {
      out.push({ seq, what: `${path}.length`, expected: String(exp.length), actual: String(a.length) });
    }
    const n = Math.min(a.length, exp.length);
    for (let i = 0; i < n; i++) walk(seq, `${path}[${i}]`, exp[i], a[i], out, skip);
    return;
  }
  if (typeof exp === 'object') {
    if (typeof act !== 'object' || act === null || Array.isArray(act)) { bad(); return; }
    const ao = act as Record<string, unknown>;
    for (const k of Object.keys(exp)) walk(seq, path ? `${path}.${k}` : k, (exp as Record<string, unknown>)[k], ao[k], out, skip);
    return;
  }
  bad();
}

/**
 * Compares recorded bytes with the engine's bytes at a host address; one mismatch
 * for the first differing run (what = "mem[0xHVA+off]"), showing up to 16 bytes each.
 */
export function compareBytes(seq: number, label: string, base: bigint, expectedHex: string, actual: Uint8Array, out: Mismatch[]): number {
  const exp = expectedHex.toLowerCase();
  const act = bytesToHex(actual);
  if (exp === act) return 0;
  let i = 0;
  while (i * 2 < exp.length && exp.substr(i * 2, 2) === act.substr(i * 2, 2)) i++;
  const end = Math.min(exp.length, (i + 16) * 2);
  out.push({
    seq,
    what: `${label}[${hex(base + BigInt(i))}]${exp.length > 32 ? ` (byte ${i} of ${exp.length / 2})` : ''}`,
    expected: exp.slice(i * 2, end),
    actual: act.slice(i * 2, end) || '(none)',
  });
  return 1;
}
