/**
 * Memslots of one VM and KVM's rules for changing them
 * (virt/kvm/kvm_main.c check_memory_region_flags / __kvm_set_memory_region,
 * arch/x86/kvm/x86.c kvm_arch_prepare_memory_region). Slots are immutable
 * records; the set is a sorted array, so snapshot = array copy.
 */
import { EEXIST, EINVAL } from './uapi/errno.ts';
import { KVM_MEM_GUEST_MEMFD, KVM_MEM_LOG_DIRTY_PAGES, KVM_MEM_READONLY } from './uapi/structs.ts';
import { TASK_SIZE_MAX } from '../mem/address-space.ts';
import type { GuestMemfd } from './guest-memfd.ts';

/** KVM_MEM_MAX_NR_PAGES (x86). */
export const KVM_MEM_MAX_NR_PAGES = 2 ** 31 - 1;
/** Flags the legacy KVM_SET_USER_MEMORY_REGION accepts. */
export const KVM_SET_USER_MEMORY_REGION_V1_FLAGS = KVM_MEM_LOG_DIRTY_PAGES | KVM_MEM_READONLY;

export interface Memslot {
  readonly asId: number;
  readonly id: number;
  readonly flags: number;
  readonly baseGfn: number;
  readonly npages: number;
  readonly userspaceAddr: bigint;
  readonly gmem: GuestMemfd | null;
  readonly gmemOffset: bigint;
}

/** struct kvm_userspace_memory_region2 as the kernel sees it (v1 requests have the gmem fields 0). */
export interface MemRegion {
  slot: number; flags: number; guest_phys_addr: bigint; memory_size: bigint; userspace_addr: bigint;
  guest_memfd_offset: bigint; guest_memfd: number;
}

/** What the slot rules need from the VM. */
export interface MemslotContext {
  nrMemslots: number;
  nrAsIds: number;
  maxGpaBits: number;
  readonlyMem: boolean;
  /** kvm_gmem_bind's fd lookup: the guest_memfd object, or an errno (EBADF bad fd, EINVAL not a gmem of this VM). */
  resolveGmem(fd: number): GuestMemfd | number;
}

export type MemChange = 'create' | 'delete' | 'move' | 'flags' | 'none';
export interface SetResult { errno: number; change?: MemChange; old?: Memslot; slot?: Memslot }

function accessOk(addr: bigint, size: bigint): boolean {
  const sum = addr + size;
  return sum <= TASK_SIZE_MAX && sum >= addr;
}

/** All memslots of one VM (every address space), sorted by (asId, baseGfn). */
export class Memslots {
  private slots: Memslot[] = [];
  private last: Memslot | undefined;

  all(): readonly Memslot[] { return this.slots; }
  get count(): number { return this.slots.length; }
  byId(asId: number, id: number): Memslot | undefined {
    return this.slots.find((s) => s.asId === asId && s.id === id);
  }

  /** The slot of address space 0 covering gfn (hot path: last-hit cache, then binary search). */
  lookup(gfn: number, asId = 0): Memslot | undefined {
    const l = this.last;
    if (l && l.asId === asId && gfn >= l.baseGfn && gfn < l.baseGfn + l.npages) return l;
    const a = this.slots;
    let lo = 0, hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = a[mid]!;
      if (s.asId < asId || (s.asId === asId && s.baseGfn + s.npages <= gfn)) lo = mid + 1;
      else if (s.asId > asId || gfn < s.baseGfn) hi = mid - 1;
      else { this.last = s; return s; }
    }
    return undefined;
  }

  /**
   * KVM_SET_USER_MEMORY_REGION(2). `v2` = the REGION2 request. Returns the
   * errno (0 = applied) and what changed, in KVM's order of checks.
   */
  set(mem: MemRegion, v2: boolean, ctx: MemslotContext): SetResult {
    const PAGE = 4096n;
    if (!v2 && (mem.flags & ~KVM_SET_USER_MEMORY_REGION_V1_FLAGS)) return { errno: EINVAL };
    // check_memory_region_flags
    let valid = KVM_MEM_LOG_DIRTY_PAGES | KVM_MEM_GUEST_MEMFD;
    if (mem.flags & KVM_MEM_GUEST_MEMFD) valid &= ~KVM_MEM_LOG_DIRTY_PAGES;
    if (ctx.readonlyMem && !(mem.flags & KVM_MEM_GUEST_MEMFD)) valid |= KVM_MEM_READONLY;
    if ((mem.flags >>> 0) & ~valid) return { errno: EINVAL };
    const asId = mem.slot >>> 16;
    const id = mem.slot & 0xffff;
    if (mem.memory_size & (PAGE - 1n)) return { errno: EINVAL };
    if (mem.guest_phys_addr & (PAGE - 1n)) return { errno: EINVAL };
    if ((mem.userspace_addr & (PAGE - 1n)) || !accessOk(mem.userspace_addr, mem.memory_size)) return { errno: EINVAL };
    if ((mem.flags & KVM_MEM_GUEST_MEMFD) && ((mem.guest_memfd_offset & (PAGE - 1n)) ||
      BigInt.asUintN(64, mem.guest_memfd_offset + mem.memory_size) < mem.guest_memfd_offset)) return { errno: EINVAL };
    if (asId >= ctx.nrAsIds || id >= ctx.nrMemslots) return { errno: EINVAL };
    if (BigInt.asUintN(64, mem.guest_phys_addr + mem.memory_size) < mem.guest_phys_addr) return { errno: EINVAL };
    if ((mem.memory_size >> 12n) > BigInt(KVM_MEM_MAX_NR_PAGES)) return { errno: EINVAL };

    const old = this.byId(asId, id);
    if (mem.memory_size === 0n) {
      if (!old) return { errno: EINVAL };
      this.remove(old);
      old.gmem?.unbind(old);
      return { errno: 0, change: 'delete', old };
    }
    const baseGfn = Number(mem.guest_phys_addr >> 12n);
    const npages = Number(mem.memory_size >> 12n);
    let change: MemChange;
    if (!old) change = 'create';
    else {
      if (mem.flags & KVM_MEM_GUEST_MEMFD) return { errno: EINVAL }; // private memslots are immutable
      if (mem.userspace_addr !== old.userspaceAddr || npages !== old.npages ||
        ((mem.flags ^ old.flags) & (KVM_MEM_READONLY | KVM_MEM_GUEST_MEMFD))) return { errno: EINVAL };
      if (baseGfn !== old.baseGfn) change = 'move';
      else if (mem.flags !== old.flags) change = 'flags';
      else return { errno: 0, change: 'none', old };
    }
    if (change === 'create' || change === 'move') {
      for (const s of this.slots) {
        if (s.asId === asId && s.id !== id && s.baseGfn < baseGfn + npages && baseGfn < s.baseGfn + s.npages) return { errno: EEXIST };
      }
    }
    let gmem: GuestMemfd | null = old?.gmem ?? null;
    let gmemOffset = old?.gmemOffset ?? 0n;
    const slot: Memslot = { asId, id, flags: mem.flags, baseGfn, npages, userspaceAddr: mem.userspace_addr, gmem: null, gmemOffset: 0n };
    if (change === 'create' && (mem.flags & KVM_MEM_GUEST_MEMFD)) {
      const g = ctx.resolveGmem(mem.guest_memfd);
      if (typeof g === 'number') return { errno: g };
      const e = g.bind(slot, mem.guest_memfd_offset, npages);
      if (e) return { errno: e };
      gmem = g;
      gmemOffset = mem.guest_memfd_offset;
    }
    const full: Memslot = { ...slot, gmem, gmemOffset };
    // kvm_arch_prepare_memory_region: the last GFN must be below kvm_mmu_max_gfn().
    if ((change === 'create' || change === 'move') && baseGfn + npages - 1 > 2 ** (ctx.maxGpaBits - 12) - 1) {
      if (change === 'create') gmem?.unbind(slot);
      return { errno: EINVAL };
    }
    if (gmem && change === 'create') gmem.rebind(slot, full);
    if (old) this.remove(old);
    this.insert(full);
    if (old && gmem) gmem.rebind(old, full);
    return { errno: 0, change, old, slot: full };
  }

  private remove(s: Memslot): void {
    this.slots = this.slots.filter((x) => x !== s);
    this.last = undefined;
  }
  private insert(s: Memslot): void {
    const a = this.slots.slice();
    let i = 0;
    while (i < a.length && (a[i]!.asId < s.asId || (a[i]!.asId === s.asId && a[i]!.baseGfn < s.baseGfn))) i++;
    a.splice(i, 0, s);
    this.slots = a;
    this.last = undefined;
  }

  snapshot(): readonly Memslot[] { return this.slots; }
  restore(s: readonly Memslot[]): void { this.slots = s.slice(); this.last = undefined; }
}
