/**
 * Recording JSON -> the values `Kvm.ioctl` takes (FORMAT.md §2, §3.1, §4).
 * Generic on purpose: every "0x…" string becomes a bigint, numbers stay numbers,
 * byte strings ("41", bitmaps, `reserved`) and names ("KVM_CAP_…") stay strings, so a
 * request the replayer has never heard of still reaches the model intact.
 */
import { isHexNumber } from './hex.ts';

/** Deep copy of a recorded `arg`/struct with every "0x…" string turned into a bigint. */
export function decodeStruct(v: unknown): unknown {
  if (typeof v === 'string') return isHexNumber(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(decodeStruct);
  if (typeof v === 'object' && v !== null) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = decodeStruct((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

/**
 * Integer-argument requests are the `_IO(type, nr)` ones (no _IOC_DIR bits): the kernel
 * takes the third ioctl argument itself (KVM_CREATE_VM, KVM_CHECK_EXTENSION, KVM_RUN,
 * KVM_SET_TSS_ADDR, KVM_CREATE_PLANE …) and reads no struct.
 */
export function isIntegerArgRequest(nr: number): boolean {
  return ((nr >>> 30) & 3) === 0;
}

/** The three arguments of Kvm.ioctl for a recorded ioctl: request number, raw argument, struct (or null). */
export function ioctlArgs(ev: { nr: string; arg_raw: string; arg: Record<string, unknown> | null }): {
  nr: number; raw: bigint; struct: object | null;
} {
  const nr = Number(BigInt(ev.nr) & 0xffffffffn);
  const raw = BigInt.asUintN(64, BigInt(ev.arg_raw));
  const struct = isIntegerArgRequest(nr) || ev.arg === null ? null : (decodeStruct(ev.arg) as object);
  return { nr, raw, struct };
}
