/**
 * Hex conventions of the truth format (FORMAT.md §2): "0x…" strings are unsigned
 * 64-bit values; byte strings are two lowercase hex digits per byte in memory order.
 */

const HEX_NUM = /^0x[0-9a-fA-F]+$/;
const HEX_BYTES = /^(?:[0-9a-fA-F]{2})*$/;

/** True for a "0x…" numeric string. */
export function isHexNumber(v: unknown): v is string {
  return typeof v === 'string' && HEX_NUM.test(v);
}

/** True for a byte string (even number of hex digits, no prefix). */
export function isHexBytes(v: unknown): v is string {
  return typeof v === 'string' && HEX_BYTES.test(v);
}

/** Any integer form of the format (number, bigint or "0x…") as an unsigned 64-bit bigint; null otherwise. */
export function toU64(v: unknown): bigint | null {
  if (typeof v === 'bigint') return BigInt.asUintN(64, v);
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt.asUintN(64, BigInt(v)) : null;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (isHexNumber(v)) return BigInt.asUintN(64, BigInt(v));
  return null;
}

/** "0x…" lowercase, no padding (the format's own spelling). */
export function hex(v: bigint | number): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  return b < 0n ? `-0x${(-b).toString(16)}` : `0x${b.toString(16)}`;
}

/** Decodes a byte string; throws RangeError on odd length or non-hex digits (callers validate first). */
export function hexToBytes(s: string): Uint8Array {
  if (!HEX_BYTES.test(s)) throw new RangeError('not a hex byte string');
  const out = new Uint8Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(i * 2, 2), 16);
  return out;
}

const DIGITS: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase byte string of `b`. */
export function bytesToHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += DIGITS[b[i]!];
  return s;
}
