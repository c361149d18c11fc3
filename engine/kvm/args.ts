/**
 * Reading the `struct` argument of Kvm.ioctl(): objects with lab-format /
 * kvm.h field names whose values are number | bigint | "0x…" strings.
 */
import { toBig, toNum } from './uapi/layout.ts';

export type Arg = Record<string, unknown> | null;

/** Field as u64 (bigint, two's complement for negatives). */
export function argU64(a: Arg, name: string): bigint {
  return a ? BigInt.asUintN(64, toBig(a[name])) : 0n;
}
/** Field as u32 (number). */
export function argU32(a: Arg, name: string): number {
  return a ? Number(BigInt.asUintN(32, toBig(a[name]))) : 0;
}
/** Field as a plain number (small ints, may be negative). */
export function argNum(a: Arg, name: string): number {
  return a ? toNum(a[name]) : 0;
}
/** Nested object field. */
export function argObj(a: Arg, name: string): Record<string, unknown> {
  const v = a?.[name];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
/** Array field. */
export function argArr(a: Arg, name: string): unknown[] {
  const v = a?.[name];
  return Array.isArray(v) ? v : [];
}
