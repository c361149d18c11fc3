/**
 * Dirty-page tracking of a VM (virt/kvm/dirty_ring.c, virt/kvm/kvm_main.c):
 *  - KVM_CAP_DIRTY_LOG_RING / _ACQ_REL enable rules,
 *  - the per-vCPU ring of `struct kvm_dirty_gfn {u32 flags; u32 slot; u64 offset}`
 *    as live bytes (the same bytes the VMM mmaps at vcpu-fd offset
 *    KVM_DIRTY_LOG_PAGE_OFFSET * 4096, so its RESET marks are read from them),
 *    push / soft-full / KVM_RESET_DIRTY_RINGS,
 *  - the classic per-memslot dirty bitmap for KVM_GET_DIRTY_LOG / KVM_CLEAR_DIRTY_LOG.
 *
 * Wiring (kvm-core): mark_page_dirty_in_slot() = if the slot has
 * KVM_MEM_LOG_DIRTY_PAGES: ring enabled -> ring.push(as_id << 16 | id, gfn - base_gfn)
 * on the running vCPU's ring, else bitmap.mark(). Before entering the guest,
 * KVM_RUN returns KVM_EXIT_DIRTY_RING_FULL while ring.softFull().
 */
import { E2BIG, EINVAL, ENOENT, ENXIO, EFAULT } from './uapi/errno.ts';

// TODO(kvm-core): move to engine/kvm/uapi (include/uapi/linux/kvm.h, include/linux/kvm_host.h)
export const KVM_DIRTY_LOG_PAGE_OFFSET = 64;
export const KVM_DIRTY_GFN_F_DIRTY = 1 << 0;
export const KVM_DIRTY_GFN_F_RESET = 1 << 1;
export const KVM_DIRTY_RING_RSVD_ENTRIES = 64;
export const KVM_DIRTY_RING_MAX_ENTRIES = 65536;
export const KVM_EXIT_DIRTY_RING_FULL = 31;
/** sizeof(struct kvm_dirty_gfn) */
export const KVM_DIRTY_GFN_SIZE = 16;

/** Facts about the VM that the enable check needs. */
export interface DirtyRingEnableContext {
  /** kvm->dirty_ring_size already set (by either cap). */
  alreadyEnabled: boolean;
  /** kvm->created_vcpus != 0. */
  vcpusCreated: boolean;
  /** kvm_dirty_ring_get_rsvd_entries(): 64 + kvm_cpu_dirty_log_size() (PML on VMX adds its log size). */
  reservedEntries?: number;
  pageSize?: number;
}

/**
 * kvm_vm_ioctl_enable_dirty_log_ring(): 0 or errno for ring size `size` bytes
 * (KVM_ENABLE_CAP args[0]). Not a power of two / smaller than the reserved
 * entries or one page -> EINVAL; above 65536 entries -> E2BIG; already enabled
 * (either flavour) or after KVM_CREATE_VCPU -> EINVAL.
 */
export function validateDirtyRingSize(size: bigint | number, ctx: DirtyRingEnableContext): number {
  const s = BigInt.asUintN(32, BigInt(size));   // args[0] is passed as u32 size
  const reserved = BigInt(ctx.reservedEntries ?? KVM_DIRTY_RING_RSVD_ENTRIES);
  const page = BigInt(ctx.pageSize ?? 4096);
  if (s === 0n || (s & (s - 1n)) !== 0n) return EINVAL;
  if (s < reserved * BigInt(KVM_DIRTY_GFN_SIZE) || s < page) return EINVAL;
  if (s > BigInt(KVM_DIRTY_RING_MAX_ENTRIES * KVM_DIRTY_GFN_SIZE)) return E2BIG;
  if (ctx.alreadyEnabled) return EINVAL;
  if (ctx.vcpusCreated) return EINVAL;
  return 0;
}

/** Plain-data state of one vCPU's ring (snapshot = structuredClone). */
export interface DirtyRingState {
  bytes: Uint8Array;        // size * 16 bytes, shared with the VMM's mapping
  dirtyIndex: number;       // u32, monotonic
  resetIndex: number;       // u32, monotonic
  /** Pages already logged and not yet reset (only used when `dedupe`, i.e. the hardware backend). */
  logged: Set<string>;
  /** A push happened while the ring was completely full (kernel WARN_ON_ONCE; entries were overwritten). */
  overrun: boolean;
}

/**
 * One vCPU's dirty ring. `dedupe` = hardware-backend behaviour (only the first
 * write to a page after it was reset is logged, because KVM write-protects it
 * again only on reset); the emulate backend (the lab's PVM host) pushes one
 * entry per emulated store, duplicates included.
 */
export class DirtyRing {
  readonly size: number;
  readonly softLimit: number;
  state: DirtyRingState;
  private view: DataView;

  constructor(bytes: number, readonly dedupe = false, reservedEntries = KVM_DIRTY_RING_RSVD_ENTRIES) {
    this.size = bytes / KVM_DIRTY_GFN_SIZE;
    this.softLimit = this.size - reservedEntries;
    this.state = { bytes: new Uint8Array(bytes), dirtyIndex: 0, resetIndex: 0, logged: new Set(), overrun: false };
    this.view = new DataView(this.state.bytes.buffer);
  }

  /** The live ring bytes (what the VMM sees through its mmap). */
  get bytes(): Uint8Array { return this.state.bytes; }

  /** Entries published and not yet reset (dirty_index - reset_index, u32). */
  used(): number { return (this.state.dirtyIndex - this.state.resetIndex) >>> 0; }
  /** kvm_dirty_ring_soft_full(): KVM_RUN must return KVM_EXIT_DIRTY_RING_FULL. */
  softFull(): boolean { return this.used() >= this.softLimit; }
  /** kvm_dirty_ring_full(): a further push would overwrite an unharvested entry. */
  full(): boolean { return this.used() >= this.size; }

  /**
   * kvm_dirty_ring_push(): publish {slot, offset} at dirty_index with flags =
   * DIRTY. Returns true when an entry was pushed (false only when `dedupe`
   * suppresses a page that is already logged).
   */
  push(slot: number, offset: bigint): boolean {
    const st = this.state;
    if (this.dedupe) {
      const key = `${slot >>> 0}:${offset}`;
      if (st.logged.has(key)) return false;
      st.logged.add(key);
    }
    if (this.full()) st.overrun = true;   // the kernel WARNs and overwrites, as recorded once in the lab
    const pos = (st.dirtyIndex & (this.size - 1)) * KVM_DIRTY_GFN_SIZE;
    this.view.setUint32(pos + 4, slot >>> 0, true);
    this.view.setBigUint64(pos + 8, BigInt.asUintN(64, offset), true);
    this.view.setUint32(pos, KVM_DIRTY_GFN_F_DIRTY, true);
    st.dirtyIndex = (st.dirtyIndex + 1) >>> 0;
    return true;
  }

  /**
   * kvm_dirty_ring_reset() (one vCPU's share of KVM_RESET_DIRTY_RINGS): walk
   * from reset_index while the entry's flags have RESET, set flags to 0, and
   * return how many entries were reset. Indices stay monotonic.
   */
  reset(): number {
    const st = this.state;
    let count = 0;
    for (;;) {
      const pos = (st.resetIndex & (this.size - 1)) * KVM_DIRTY_GFN_SIZE;
      const flags = this.view.getUint32(pos, true);
      if (!(flags & KVM_DIRTY_GFN_F_RESET)) break;
      if (this.dedupe) st.logged.delete(`${this.view.getUint32(pos + 4, true)}:${this.view.getBigUint64(pos + 8, true)}`);
      this.view.setUint32(pos, 0, true);
      st.resetIndex = (st.resetIndex + 1) >>> 0;
      count++;
    }
    return count;
  }

  /** Dirty logging was (re-)enabled on a slot: KVM write-protects it, so every page logs again (dedupe mode). */
  writeProtectSlot(slot: number): void {
    if (!this.dedupe) return;
    const prefix = `${slot >>> 0}:`;
    for (const k of [...this.state.logged]) if (k.startsWith(prefix)) this.state.logged.delete(k);
  }

  /** Read entry `i` of the ring array (0..size-1). */
  entry(i: number): { flags: number; slot: number; offset: bigint } {
    const pos = i * KVM_DIRTY_GFN_SIZE;
    return { flags: this.view.getUint32(pos, true), slot: this.view.getUint32(pos + 4, true), offset: this.view.getBigUint64(pos + 8, true) };
  }

  snapshot(): DirtyRingState { return structuredClone(this.state); }
  restore(s: DirtyRingState): void {
    this.state = structuredClone(s);
    this.view = new DataView(this.state.bytes.buffer);
  }
}

/**
 * kvm_vm_ioctl_reset_dirty_pages(): EINVAL without a ring, else the sum of
 * every vCPU ring's reset count.
 */
export function resetDirtyRings(rings: readonly DirtyRing[] | null): { ret: number; errno?: number } {
  if (!rings) return { ret: -1, errno: EINVAL };
  let n = 0;
  for (const r of rings) n += r.reset();
  return { ret: n };
}

/** kvm_dirty_bitmap_bytes(): ALIGN(npages, 64) / 8. */
export function dirtyBitmapBytes(npages: number): number {
  return Math.ceil(npages / 64) * 8;
}

/** Where dirty-log ioctls stand with respect to the ring (kvm_use_dirty_bitmap()). */
export interface DirtyLogContext {
  ringEnabled: boolean;
  ringWithBitmap?: boolean;
  /** kvm_arch_nr_memslot_as_ids(): 2 on x86 with SMM. */
  nrAsIds?: number;
  /** KVM_USER_MEM_SLOTS (32764). */
  userMemSlots?: number;
  /** KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2 enabled: KVM_GET_DIRTY_LOG does not clear. */
  manualProtect?: boolean;
}

/**
 * The per-memslot dirty bitmaps of a VM (memslot->dirty_bitmap). Keyed by the
 * full slot id (as_id << 16 | id); a slot has a bitmap iff it has
 * KVM_MEM_LOG_DIRTY_PAGES and the bitmap is in use.
 */
export class DirtyBitmaps {
  slots = new Map<number, { npages: number; bits: Uint8Array }>();

  /** Slot created / flags changed to LOG_DIRTY_PAGES: a fresh all-clear bitmap. */
  enable(slot: number, npages: number): void { this.slots.set(slot >>> 0, { npages, bits: new Uint8Array(dirtyBitmapBytes(npages)) }); }
  /** Slot deleted or logging turned off. */
  disable(slot: number): void { this.slots.delete(slot >>> 0); }
  has(slot: number): boolean { return this.slots.has(slot >>> 0); }

  /** set_bit_le(rel_gfn, memslot->dirty_bitmap). */
  mark(slot: number, relGfn: number): void {
    const s = this.slots.get(slot >>> 0);
    if (!s || relGfn < 0 || relGfn >= s.npages) return;
    s.bits[relGfn >>> 3] |= 1 << (relGfn & 7);
  }

  private check(slot: number, ctx: DirtyLogContext): number {
    if (ctx.ringEnabled && !ctx.ringWithBitmap) return ENXIO;
    const as = slot >>> 16, id = slot & 0xffff;
    if (as >= (ctx.nrAsIds ?? 2) || id >= (ctx.userMemSlots ?? 32764)) return EINVAL;
    if (!this.slots.has(slot >>> 0)) return ENOENT;
    return 0;
  }

  /**
   * KVM_GET_DIRTY_LOG (kvm_get_dirty_log_protect): ENXIO with a ring, EINVAL
   * for a bad slot id, ENOENT without a bitmap; else the bitmap bytes
   * (ALIGN(npages,64)/8), cleared afterwards unless manual protect is on.
   * `bufferWritable` false models a bad dirty_bitmap pointer (EFAULT).
   */
  getDirtyLog(slot: number, ctx: DirtyLogContext, bufferWritable = true): { ret: number; errno?: number; bitmap?: Uint8Array } {
    const e = this.check(slot, ctx);
    if (e) return { ret: -1, errno: e };
    const s = this.slots.get(slot >>> 0)!;
    const out = s.bits.slice();
    if (!ctx.manualProtect) s.bits.fill(0);
    if (!bufferWritable) return { ret: -1, errno: EFAULT };
    return { ret: 0, bitmap: out };
  }

  /**
   * KVM_CLEAR_DIRTY_LOG (kvm_clear_dirty_log_protect): first_page must be a
   * multiple of 64, the range inside the slot and num_pages a multiple of 64
   * unless it reaches the slot's end; clears the bits set in `bitmap`
   * (ALIGN(num_pages,64)/8 bytes, `readable` of them readable, else EFAULT).
   */
  clearDirtyLog(slot: number, firstPage: bigint, numPages: number, bitmap: Uint8Array, readable: number, ctx: DirtyLogContext): { ret: number; errno?: number } {
    const e0 = this.check(slot, { ...ctx, userMemSlots: ctx.userMemSlots });
    if (e0 === ENXIO || e0 === EINVAL) return { ret: -1, errno: e0 };
    if (firstPage & 63n) return { ret: -1, errno: EINVAL };
    if (e0) return { ret: -1, errno: e0 };
    const s = this.slots.get(slot >>> 0)!;
    const np = BigInt(s.npages);
    const num = BigInt(numPages >>> 0);
    if (firstPage > np || num > np - firstPage || (num < np - firstPage && (num & 63n))) return { ret: -1, errno: EINVAL };
    const n = dirtyBitmapBytes(Number(num));
    if (readable < n || bitmap.length < n) return { ret: -1, errno: EFAULT };
    const base = Number(firstPage) >>> 3;
    for (let i = 0; i < n && base + i < s.bits.length; i++) s.bits[base + i] &= ~bitmap[i];
    return { ret: 0 };
  }
}
