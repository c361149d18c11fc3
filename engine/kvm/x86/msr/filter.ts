/**
 * KVM_X86_SET_MSR_FILTER: validation of `struct kvm_msr_filter` exactly as
 * kvm_vm_ioctl_set_msr_filter()/kvm_add_msr_filter() (arch/x86/kvm/x86.c), and
 * the allow/deny decision of kvm_msr_allowed().
 *
 * The filter is plain data (bitmaps are copies, as the kernel memdup_user()s
 * them), so a VM snapshot can structuredClone it.
 */
import { EFAULT, EINVAL } from '../../uapi/errno.ts';
import {
  KVM_MSR_FILTER_DEFAULT_DENY, KVM_MSR_FILTER_MAX_BITMAP_SIZE, KVM_MSR_FILTER_MAX_RANGES,
  KVM_MSR_FILTER_RANGE_VALID_MASK, KVM_MSR_FILTER_VALID_MASK,
} from './constants.ts';
import { PsError } from '../../../errors.ts';
import { bytesOf, u32 } from './values.ts';

/** One installed range (struct msr_bitmap_range). */
export interface MsrFilterRange {
  flags: number;      // KVM_MSR_FILTER_READ | KVM_MSR_FILTER_WRITE
  base: number;
  nmsrs: number;
  bitmap: Uint8Array; // BITS_TO_LONGS(nmsrs) * 8 bytes, copied at SET time
}

/** struct kvm_x86_msr_filter: what KVM keeps after a successful KVM_X86_SET_MSR_FILTER. */
export interface MsrFilter {
  defaultAllow: boolean;
  ranges: MsrFilterRange[];   // only ranges with nmsrs != 0, in slot order
}

/** Result of validating a filter: the filter to install, or the errno KVM returns. */
export type MsrFilterResult = { ok: true; filter: MsrFilter } | { ok: false; errno: number };

/**
 * Bytes the kernel copies for a range: BITS_TO_LONGS(nmsrs) * sizeof(long).
 * Computed in 64-bit like the kernel (no u32 wrap for nmsrs = 0xffffffff).
 */
export function msrFilterBitmapSize(nmsrs: number): number {
  return Math.ceil(nmsrs / 64) * 8;
}

/**
 * Validate a `struct kvm_msr_filter` as the ioctl argument decodes it
 * (lab/FORMAT.md §4.3: `{flags, ranges[16]}`, range = `{flags, nmsrs, base,
 * bitmap, bitmap_readable?}`; `bitmap` = hex or Uint8Array of the bytes the
 * kernel would read, `bitmap_readable` = how many of them are readable, default
 * all given bytes). Check order is KVM's: filter flags, "DEFAULT_DENY with no
 * non-empty range", then each range in slot order (nmsrs 0 ignored whatever
 * its flags; range flags; bitmap size; bitmap copy -> EFAULT).
 */
export function validateMsrFilter(arg: Record<string, unknown>): MsrFilterResult {
  const flags = u32(arg.flags ?? 0, 'kvm_msr_filter.flags');
  if (flags & ~KVM_MSR_FILTER_VALID_MASK) return { ok: false, errno: EINVAL };
  const rawRanges = arg.ranges;
  const ranges: Record<string, unknown>[] = [];
  if (rawRanges !== undefined && rawRanges !== null) {
    if (!Array.isArray(rawRanges)) return badRanges();
    if (rawRanges.length > KVM_MSR_FILTER_MAX_RANGES) return badRanges();
    for (const r of rawRanges) ranges.push((r ?? {}) as Record<string, unknown>);
  }
  // Missing slots of the fixed-size array are all-zero ranges.
  while (ranges.length < KVM_MSR_FILTER_MAX_RANGES) ranges.push({ flags: 0, nmsrs: 0, base: 0 });

  let empty = true;
  for (let i = 0; i < ranges.length; i++) if (u32(ranges[i].nmsrs ?? 0, `kvm_msr_filter.ranges[${i}].nmsrs`) !== 0) empty = false;
  const defaultAllow = !(flags & KVM_MSR_FILTER_DEFAULT_DENY);
  if (empty && !defaultAllow) return { ok: false, errno: EINVAL };

  const out: MsrFilterRange[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    const where = `kvm_msr_filter.ranges[${i}]`;
    const nmsrs = u32(r.nmsrs ?? 0, `${where}.nmsrs`);
    if (nmsrs === 0) continue;
    const rflags = u32(r.flags ?? 0, `${where}.flags`);
    if (rflags & ~KVM_MSR_FILTER_RANGE_VALID_MASK) return { ok: false, errno: EINVAL };
    if (!rflags) return { ok: false, errno: EINVAL };
    const size = msrFilterBitmapSize(nmsrs);
    if (!size || size > KVM_MSR_FILTER_MAX_BITMAP_SIZE) return { ok: false, errno: EINVAL };
    const given = bytesOf(r.bitmap, `${where}.bitmap`);
    const readable = r.bitmap_readable === undefined ? given.length : u32(r.bitmap_readable, `${where}.bitmap_readable`);
    // A NULL/bad pointer is recorded with 0 readable bytes; the kernel's memdup_user faults.
    if (readable < size || given.length < size) return { ok: false, errno: EFAULT };
    out.push({ flags: rflags, base: u32(r.base ?? 0, `${where}.base`), nmsrs, bitmap: given.slice(0, size) });
  }
  return { ok: true, filter: { defaultAllow, ranges: out } };
}

/** A malformed argument object is a caller bug, not a KVM answer. */
function badRanges(): never {
  throw new PsError('PS502', 'kvm_msr_filter.ranges: expected an array of at most 16 ranges');
}

/**
 * kvm_msr_allowed(): may the guest access MSR `index` for `type`
 * (KVM_MSR_FILTER_READ or _WRITE)? x2APIC MSRs 0x800-0x8ff bypass the filter;
 * no filter allows everything; otherwise the first range whose [base, base+nmsrs)
 * (u32 arithmetic: a wrapping range never matches) contains `index` and whose
 * flags include `type` decides by its bit; no match -> the default action.
 */
export function msrAllowed(filter: MsrFilter | null, index: number, type: number): boolean {
  index >>>= 0;
  if (index >= 0x800 && index <= 0x8ff) return true;
  if (!filter) return true;
  const ranges = filter.ranges;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    const start = r.base >>> 0;
    const end = (r.base + r.nmsrs) >>> 0;
    if (index >= start && index < end && (r.flags & type)) {
      const bit = index - start;
      return ((r.bitmap[bit >>> 3] >>> (bit & 7)) & 1) === 1;
    }
  }
  return filter.defaultAllow;
}
