/**
 * Coercion of uAPI struct fields as they arrive in `Kvm.ioctl(..., struct)`:
 * number | bigint | "0x…" hex string (lab/FORMAT.md §2). Bad values are a
 * PsError naming the field, never a silent NaN.
 */
import { PsError } from '../../../errors.ts';

export type FieldValue = number | bigint | string;

function fail(field: string, v: unknown, why: string): never {
  throw new PsError('PS502', `${field} = ${JSON.stringify(typeof v === 'bigint' ? v.toString() : v)}: ${why}`);
}

/** Parse a field as an unsigned 64-bit integer (hex strings "0x…", decimal strings, numbers, bigints). */
export function u64(v: unknown, field: string): bigint {
  let b: bigint;
  if (typeof v === 'bigint') b = v;
  else if (typeof v === 'number') {
    if (!Number.isInteger(v)) fail(field, v, 'not an integer');
    b = BigInt(v);
  } else if (typeof v === 'string') {
    if (!/^(0x[0-9a-fA-F]+|-?[0-9]+)$/.test(v)) fail(field, v, 'not a number or 0x-hex string');
    b = BigInt(v);
  } else if (typeof v === 'boolean') {
    b = v ? 1n : 0n;
  } else return fail(field, v, 'missing or not a number');
  return BigInt.asUintN(64, b);
}

/** Parse a field as __u32 (the value is truncated to 32 bits, as the kernel's struct field would). */
export function u32(v: unknown, field: string): number {
  return Number(BigInt.asUintN(32, u64(v, field)));
}

/** Parse a byte string: lowercase hex in memory order (FORMAT.md §2), or a Uint8Array (copied). */
export function bytesOf(v: unknown, field: string): Uint8Array {
  if (v instanceof Uint8Array) return v.slice();
  if (typeof v === 'string') {
    if (v.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(v)) fail(field, v, 'not an even-length hex byte string');
    const out = new Uint8Array(v.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(v.substr(i * 2, 2), 16);
    return out;
  }
  if (v === null || v === undefined) return new Uint8Array(0);
  return fail(field, v, 'expected hex string or bytes');
}

/** Lowercase hex of bytes in memory order. */
export function hexOf(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += b[i].toString(16).padStart(2, '0');
  return s;
}
