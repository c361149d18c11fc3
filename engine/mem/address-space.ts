/**
 * The VMM process's address space: mmap/munmap/mprotect over 4 KiB pages.
 * Anonymous mappings are zero-filled copy-on-write page stores; file mappings
 * (a vCPU fd's kvm_run area, a dirty ring, a guest_memfd) point at a MemObject
 * the owner of that fd provides. Addresses are bigint at the API and page
 * numbers (vpn = hva >> 12, < 2^36) inside.
 */
import { PageStore, PAGE_SHIFT, PAGE_SIZE, type PageStoreSnapshot } from './page-store.ts';

export const PROT_NONE = 0;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;
export const MAP_SHARED = 0x01;
export const MAP_PRIVATE = 0x02;
export const MAP_SHARED_VALIDATE = 0x03;
export const MAP_FIXED = 0x10;
export const MAP_ANONYMOUS = 0x20;
export const MAP_NORESERVE = 0x4000;
export const MAP_FIXED_NOREPLACE = 0x100000;

/** First address above user space on x86-64 (TASK_SIZE_MAX + guard page). */
export const TASK_SIZE_MAX = 0x7ffffffff000n;
const TASK_VPN_MAX = Number(TASK_SIZE_MAX >> 12n);
/** Where top-down allocation starts (below the stack, as Linux's mmap_base). */
const MMAP_BASE_VPN = 0x7f0000000000 / PAGE_SIZE;

/** Something a mapping can show: page `pgoff` of it, or null (access would SIGBUS). */
export interface MemObject {
  readonly kind: string;
  page(pgoff: number, write: boolean): Uint8Array | null;
}

/** Zero-filled memory of an anonymous mapping. */
export class AnonObject implements MemObject {
  readonly kind = 'anon';
  readonly store = new PageStore();
  page(pgoff: number, write: boolean): Uint8Array {
    return write ? this.store.write(pgoff) : this.store.read(pgoff);
  }
}

/** One mapping [start, end) in pages. Immutable: splits create new objects. */
export interface Vma {
  readonly start: number;
  readonly end: number;
  readonly prot: number;
  readonly flags: number;
  readonly obj: MemObject;
  /** Page offset within obj of page `start`. */
  readonly pgoff: number;
}

export interface AddressSpaceSnapshot {
  readonly vmas: readonly Vma[];
  readonly anon: ReadonlyArray<readonly [AnonObject, PageStoreSnapshot]>;
}

/** errno values used here (kept local: engine/mem imports nothing). */
const EINVAL = 22, ENOMEM = 12, EEXIST = 17;

export type MapResult = { ok: true; addr: bigint } | { ok: false; errno: number };

export class AddressSpace {
  private vmas: Vma[] = [];
  private last: Vma | undefined;
  /** Bumped on every change of the mapping layout (lets callers cache translations). */
  generation = 0;

  /** All mappings, sorted by address. */
  mappings(): readonly Vma[] { return this.vmas; }

  /** The mapping containing page vpn. */
  findVma(vpn: number): Vma | undefined {
    const l = this.last;
    if (l && vpn >= l.start && vpn < l.end) return l;
    let lo = 0, hi = this.vmas.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.vmas[mid]!;
      if (vpn < v.start) hi = mid - 1;
      else if (vpn >= v.end) lo = mid + 1;
      else { this.last = v; return v; }
    }
    return undefined;
  }

  private overlaps(start: number, end: number): boolean {
    for (const v of this.vmas) if (v.start < end && start < v.end) return true;
    return false;
  }

  private findFree(pages: number): number | undefined {
    // Top-down from MMAP_BASE: the highest gap below it that fits.
    let top = MMAP_BASE_VPN;
    for (let i = this.vmas.length - 1; i >= 0; i--) {
      const v = this.vmas[i]!;
      if (v.start >= top) continue;
      if (v.end <= top - pages) return top - pages;
      top = Math.min(top, v.start);
    }
    return top - pages >= 16 ? top - pages : undefined;
  }

  /**
   * mmap(2) placement and insertion (validation of the fd is the caller's).
   * Without MAP_FIXED a free hint is honoured (as Linux does); otherwise top-down.
   */
  map(addr: bigint, len: bigint, prot: number, flags: number, obj: MemObject, pgoff: number): MapResult {
    if (len <= 0n) return { ok: false, errno: EINVAL };
    const pages = Number((len + BigInt(PAGE_SIZE - 1)) >> BigInt(PAGE_SHIFT));
    if (pages > TASK_VPN_MAX) return { ok: false, errno: ENOMEM };
    const fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) !== 0;
    let start: number | undefined;
    if (fixed) {
      if ((addr & BigInt(PAGE_SIZE - 1)) !== 0n) return { ok: false, errno: EINVAL };
      start = Number(addr >> 12n);
      if (start + pages > TASK_VPN_MAX) return { ok: false, errno: ENOMEM };
      if (this.overlaps(start, start + pages)) {
        if (flags & MAP_FIXED_NOREPLACE) return { ok: false, errno: EEXIST };
        this.unmapPages(start, start + pages);
      }
    } else {
      const hint = Number(addr >> 12n);
      if (addr !== 0n && hint + pages <= TASK_VPN_MAX && hint >= 16 && !this.overlaps(hint, hint + pages)) start = hint;
      else start = this.findFree(pages);
      if (start === undefined) return { ok: false, errno: ENOMEM };
    }
    this.insert({ start, end: start + pages, prot, flags, obj, pgoff });
    return { ok: true, addr: BigInt(start) << 12n };
  }

  private insert(v: Vma): void {
    let i = 0;
    while (i < this.vmas.length && this.vmas[i]!.start < v.start) i++;
    this.vmas.splice(i, 0, v);
    this.changed();
  }

  private changed(): void { this.last = undefined; this.generation++; }

  private unmapPages(start: number, end: number): void {
    const out: Vma[] = [];
    for (const v of this.vmas) {
      if (v.end <= start || v.start >= end) { out.push(v); continue; }
      if (v.start < start) out.push({ ...v, end: start });
      if (v.end > end) out.push({ ...v, start: end, pgoff: v.pgoff + (end - v.start) });
    }
    this.vmas = out;
    this.changed();
  }

  /** munmap(2): 0 or an errno. Unmapping holes is fine, as in Linux. */
  unmap(addr: bigint, len: bigint): number {
    if ((addr & BigInt(PAGE_SIZE - 1)) !== 0n || len <= 0n) return EINVAL;
    const start = Number(addr >> 12n);
    const end = start + Number((len + BigInt(PAGE_SIZE - 1)) >> 12n);
    if (end > TASK_VPN_MAX) return EINVAL;
    this.unmapPages(start, end);
    return 0;
  }

  /** mprotect(2): 0 or an errno (ENOMEM when part of the range is not mapped). */
  protect(addr: bigint, len: bigint, prot: number): number {
    if ((addr & BigInt(PAGE_SIZE - 1)) !== 0n) return EINVAL;
    if (len === 0n) return 0;
    const start = Number(addr >> 12n);
    const end = start + Number((len + BigInt(PAGE_SIZE - 1)) >> 12n);
    for (let p = start; p < end;) {
      const v = this.findVma(p);
      if (!v) return ENOMEM;
      p = v.end;
    }
    const out: Vma[] = [];
    for (const v of this.vmas) {
      if (v.end <= start || v.start >= end) { out.push(v); continue; }
      const s = Math.max(v.start, start), e = Math.min(v.end, end);
      if (v.start < s) out.push({ ...v, end: s });
      out.push({ ...v, start: s, end: e, prot, pgoff: v.pgoff + (s - v.start) });
      if (v.end > e) out.push({ ...v, start: e, pgoff: v.pgoff + (e - v.start) });
    }
    this.vmas = out;
    this.changed();
    return 0;
  }

  /**
   * The page at vpn as an access with these rights would see it; null if
   * unmapped, not permitted by prot, or beyond the backing object (SIGBUS).
   */
  page(vpn: number, write: boolean): Uint8Array | null {
    const v = this.findVma(vpn);
    if (!v) return null;
    if (write ? (v.prot & PROT_WRITE) === 0 : (v.prot & PROT_READ) === 0) return null;
    return v.obj.page(v.pgoff + (vpn - v.start), write);
  }

  /** Is [hva, hva+len) fully mapped with at least `prot`? */
  accessible(hva: bigint, len: number, prot: number): boolean {
    if (len <= 0) return true;
    const first = Number(hva >> 12n), last = Number((hva + BigInt(len) - 1n) >> 12n);
    for (let p = first; p <= last;) {
      const v = this.findVma(p);
      if (!v || (v.prot & prot) !== prot) return false;
      p = v.end;
    }
    return true;
  }

  /** Read bytes regardless of prot (the VMM's own view; null if any page is unmapped). */
  read(hva: bigint, len: number): Uint8Array | null {
    const out = new Uint8Array(len);
    let done = 0;
    while (done < len) {
      const a = hva + BigInt(done);
      const vpn = Number(a >> 12n), off = Number(a & 0xfffn);
      const v = this.findVma(vpn);
      const pg = v ? v.obj.page(v.pgoff + (vpn - v.start), false) : null;
      if (!pg) return null;
      const n = Math.min(PAGE_SIZE - off, len - done);
      out.set(pg.subarray(off, off + n), done);
      done += n;
    }
    return out;
  }

  /** Write bytes regardless of prot; returns the page numbers touched, or null if any page is unmapped (nothing written then). */
  write(hva: bigint, data: Uint8Array): number[] | null {
    const vpns: number[] = [];
    const first = Number(hva >> 12n), last = Number((hva + BigInt(Math.max(data.length, 1)) - 1n) >> 12n);
    for (let p = first; p <= last; p++) {
      const v = this.findVma(p);
      if (!v || !v.obj.page(v.pgoff + (p - v.start), false)) return null;
      vpns.push(p);
    }
    let done = 0;
    while (done < data.length) {
      const a = hva + BigInt(done);
      const vpn = Number(a >> 12n), off = Number(a & 0xfffn);
      const v = this.findVma(vpn)!;
      const pg = v.obj.page(v.pgoff + (vpn - v.start), true)!;
      const n = Math.min(PAGE_SIZE - off, data.length - done);
      pg.set(data.subarray(done, done + n), off);
      done += n;
    }
    return vpns;
  }

  /** Capture mappings and the contents of anonymous memory (O(mappings + chunks)). */
  snapshot(): AddressSpaceSnapshot {
    const seen = new Set<AnonObject>();
    const anon: Array<readonly [AnonObject, PageStoreSnapshot]> = [];
    for (const v of this.vmas) {
      if (v.obj instanceof AnonObject && !seen.has(v.obj)) {
        seen.add(v.obj);
        anon.push([v.obj, v.obj.store.snapshot()] as const);
      }
    }
    return { vmas: this.vmas.slice(), anon };
  }

  /** Return to a snapshot (anonymous memory restored in place; the snapshot stays reusable). */
  restore(s: AddressSpaceSnapshot): void {
    this.vmas = s.vmas.slice();
    for (const [obj, st] of s.anon) obj.store.restore(st);
    this.changed();
  }
}
