/**
 * guest_memfd files (virt/kvm/guest_memfd.c): creation rules, bindings to
 * memslots, and their memory (a copy-on-write page store; mmap-able only with
 * GUEST_MEMFD_FLAG_MMAP).
 */
import { EINVAL } from './uapi/errno.ts';
import { PageStore, type PageStoreSnapshot } from '../mem/page-store.ts';
import type { MemObject } from '../mem/address-space.ts';
import type { Memslot } from './memslots.ts';

export const GUEST_MEMFD_FLAG_MMAP = 1n;
export const GUEST_MEMFD_FLAG_INIT_SHARED = 2n;

interface Binding { slot: Memslot; start: number; end: number }
export interface GuestMemfdSnapshot { store: PageStoreSnapshot; bindings: readonly Binding[] }

/**
 * kvm_gmem_create(): flags outside the VM's supported set, size <= 0 (loff_t)
 * or not page aligned -> EINVAL. reserved[] is not checked (recorded).
 */
export function checkCreateGuestMemfd(size: bigint, flags: bigint, supportedFlags: bigint): number {
  if (flags & ~supportedFlags) return EINVAL;
  const signed = BigInt.asIntN(64, size);
  if (signed <= 0n || (size & 0xfffn) !== 0n) return EINVAL;
  return 0;
}

export class GuestMemfd implements MemObject {
  readonly kind = 'guest_memfd';
  readonly store = new PageStore();
  private bindings: Binding[] = [];
  constructor(readonly vmId: number, readonly size: bigint, readonly flags: bigint) {}

  get mmapable(): boolean { return (this.flags & GUEST_MEMFD_FLAG_MMAP) !== 0n; }
  get pages(): number { return Number(this.size >> 12n); }

  /** Page of the file (beyond EOF: null = SIGBUS). */
  page(pgoff: number, write: boolean): Uint8Array | null {
    if (pgoff >= this.pages) return null;
    return write ? this.store.write(pgoff) : this.store.read(pgoff);
  }

  /** kvm_gmem_bind(): offset+size past EOF or a range already bound -> EINVAL. */
  bind(slot: Memslot, offset: bigint, npages: number): number {
    if (offset + BigInt(npages) * 4096n > this.size) return EINVAL;
    const start = Number(offset >> 12n), end = start + npages;
    for (const b of this.bindings) if (b.start < end && start < b.end) return EINVAL;
    this.bindings = [...this.bindings, { slot, start, end }];
    return 0;
  }
  /** Drop the binding of a deleted slot. */
  unbind(slot: Memslot): void {
    this.bindings = this.bindings.filter((b) => b.slot !== slot);
  }
  /** The slot record was replaced (e.g. moved): keep its binding. */
  rebind(old: Memslot, now: Memslot): void {
    this.bindings = this.bindings.map((b) => (b.slot === old ? { ...b, slot: now } : b));
  }
  boundRanges(): ReadonlyArray<{ slot: number; start: number; end: number }> {
    return this.bindings.map((b) => ({ slot: b.slot.id, start: b.start, end: b.end }));
  }

  snapshot(): GuestMemfdSnapshot { return { store: this.store.snapshot(), bindings: this.bindings }; }
  restore(s: GuestMemfdSnapshot): void { this.store.restore(s.store); this.bindings = s.bindings.slice(); }
}
