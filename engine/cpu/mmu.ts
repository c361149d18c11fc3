/**
 * Guest page walker: 32-bit, PAE and 4-level long-mode paging with permission
 * checks, Accessed/Dirty updates and #PF error codes. Like KVM's emulator
 * (arch/x86/kvm/mmu/paging_tmpl.h) it sets A on every paging-structure entry
 * it uses and D on the leaf of a written page, writing the entries back to
 * guest memory (which marks those pages dirty).
 */
import { CR0_PG, CR0_WP, CR4_PAE, CR4_PSE, EFER_NXE, type CpuState } from './state.ts';

/** Page-fault error-code bits. */
export const PF_P = 1, PF_W = 2, PF_U = 4, PF_RSVD = 8, PF_I = 16;

/** Access kinds. */
export const ACC_R = 0, ACC_W = 1, ACC_X = 2;

/** A fault raised while walking: the caller turns it into #PF. */
export class PageFault {
  constructor(readonly lin: number, readonly error: number) {}
}

/** Physical memory the walker reads and updates (guest RAM pages, or null when not RAM). */
export interface PhysMem {
  page(gfn: number, write: boolean): Uint8Array | null;
}

/** Result bits cached per TLB entry. */
export const T_W = 1, T_U = 2, T_NX = 4, T_D = 8;

/** Direct-mapped software TLB: linear page -> guest frame + permissions. Flushed on CR0/CR3/CR4/EFER writes, INVLPG and page-table stores. */
export class Tlb {
  static readonly SIZE = 512;
  readonly tag = new Float64Array(Tlb.SIZE).fill(NaN);
  readonly gfn = new Float64Array(Tlb.SIZE);
  readonly perm = new Uint8Array(Tlb.SIZE);
  flush(): void { this.tag.fill(NaN); }
  flushPage(vpn: number): void {
    const i = vpn & (Tlb.SIZE - 1);
    if (this.tag[i] === vpn) this.tag[i] = NaN;
  }
}

function rd32(p: Uint8Array, o: number): number {
  return (p[o] | (p[o + 1] << 8) | (p[o + 2] << 16) | (p[o + 3] << 24)) >>> 0;
}

/**
 * Walk the page tables for linear address `lin` (signed canonical in long mode).
 * Returns the guest frame number and fills the TLB entry; throws PageFault.
 * `onTablePage` is told every page-table frame used (so stores to it can flush the TLB).
 */
export function walk(s: CpuState, mem: PhysMem, tlb: Tlb, lin: number, acc: number, user: boolean,
  onTablePage: (gfn: number) => void): number {
  const write = acc === ACC_W;
  const nxe = (s.eferLo & EFER_NXE) !== 0;
  const wp = (s.cr0 & CR0_WP) !== 0;
  const errBase = (write ? PF_W : 0) | (user ? PF_U : 0) | (acc === ACC_X && nxe ? PF_I : 0);
  let allowW = true, allowU = true, nx = false;
  let gfn: number;
  const ptes: { g: number; o: number; lo: number; hi: number; leaf: boolean }[] = [];

  const fail = (present: boolean, rsvd = false): never => {
    throw new PageFault(lin, errBase | (present ? PF_P : 0) | (rsvd ? PF_RSVD | PF_P : 0));
  };
  const load = (gpa: number, wide: boolean): { g: number; o: number; lo: number; hi: number } => {
    const g = Math.floor(gpa / 4096);
    const p = mem.page(g, false);
    onTablePage(g);
    // A paging structure outside RAM: KVM's walker cannot read it and fails the walk (reported as not present).
    if (!p) fail(false);
    const o = gpa & 0xfff;
    return { g, o, lo: rd32(p!, o), hi: wide ? rd32(p!, o + 4) : 0 };
  };

  if (s.lma) {
    // 4-level paging (LA57 is not modelled)
    const v = lin < 0 ? lin + 2 ** 64 : lin;
    let table = (s.cr3Hi & 0xfffff) * 4294967296 + ((s.cr3Lo & 0xfffff000) >>> 0);
    const shifts = [39, 30, 21, 12];
    for (let lvl = 0; lvl < 4; lvl++) {
      const idx = Math.floor(v / 2 ** shifts[lvl]) % 512;
      const e = load(table + idx * 8, true);
      if (!(e.lo & 1)) fail(false);
      // PS is reserved in a PML4 entry (other reserved-bit checks are not modelled)
      if (lvl === 0 && (e.lo & 0x80)) fail(true, true);
      if (!(e.lo & 2)) allowW = false;
      if (!(e.lo & 4)) allowU = false;
      if (nxe && (e.hi & 0x80000000)) nx = true;
      const leaf = lvl === 3 || ((lvl === 1 || lvl === 2) && (e.lo & 0x80) !== 0);
      ptes.push({ ...e, leaf });
      const addr = (e.hi & 0xfffff) * 4294967296 + ((e.lo & 0xfffff000) >>> 0);
      if (leaf) {
        const pageSize = 2 ** shifts[lvl];
        const base = lvl === 3 ? addr : Math.floor(addr / pageSize) * pageSize;
        gfn = Math.floor((base + (v % pageSize)) / 4096);
        break;
      }
      table = addr;
    }
  } else if (s.cr4 & CR4_PAE) {
    const v = lin >>> 0;
    const pdpte = load(((s.cr3Lo & 0xffffffe0) >>> 0) + ((v >>> 30) * 8), true);
    if (!(pdpte.lo & 1)) fail(false);
    const pde = load((pdpte.hi & 0xfffff) * 4294967296 + ((pdpte.lo & 0xfffff000) >>> 0) + ((v >>> 21) & 511) * 8, true);
    if (!(pde.lo & 1)) fail(false);
    if (!(pde.lo & 2)) allowW = false;
    if (!(pde.lo & 4)) allowU = false;
    if (nxe && (pde.hi & 0x80000000)) nx = true;
    if (pde.lo & 0x80) {
      ptes.push({ ...pde, leaf: true });
      gfn = Math.floor(((pde.hi & 0xfffff) * 4294967296 + ((pde.lo & 0xffe00000) >>> 0) + (v & 0x1fffff)) / 4096);
    } else {
      ptes.push({ ...pde, leaf: false });
      const pte = load((pde.hi & 0xfffff) * 4294967296 + ((pde.lo & 0xfffff000) >>> 0) + ((v >>> 12) & 511) * 8, true);
      if (!(pte.lo & 1)) fail(false);
      if (!(pte.lo & 2)) allowW = false;
      if (!(pte.lo & 4)) allowU = false;
      if (nxe && (pte.hi & 0x80000000)) nx = true;
      ptes.push({ ...pte, leaf: true });
      gfn = (pte.hi & 0xfffff) * 1048576 + (pte.lo >>> 12);
    }
  } else {
    const v = lin >>> 0;
    const pde = load(((s.cr3Lo & 0xfffff000) >>> 0) + (v >>> 22) * 4, false);
    if (!(pde.lo & 1)) fail(false);
    if (!(pde.lo & 2)) allowW = false;
    if (!(pde.lo & 4)) allowU = false;
    if ((pde.lo & 0x80) && (s.cr4 & CR4_PSE)) {
      ptes.push({ ...pde, leaf: true });
      gfn = ((pde.lo & 0xffc00000) >>> 12) + ((v >>> 12) & 0x3ff);
    } else {
      ptes.push({ ...pde, leaf: false });
      const pte = load(((pde.lo & 0xfffff000) >>> 0) + ((v >>> 12) & 0x3ff) * 4, false);
      if (!(pte.lo & 1)) fail(false);
      if (!(pte.lo & 2)) allowW = false;
      if (!(pte.lo & 4)) allowU = false;
      ptes.push({ ...pte, leaf: true });
      gfn = pte.lo >>> 12;
    }
  }
  // permission checks
  if (user && !allowU) fail(true);
  if (write && !allowW && (user || wp)) fail(true);
  if (acc === ACC_X && nx) fail(true);

  // Accessed on every entry, Dirty on the leaf for writes (written back like KVM's cmpxchg of the gpte).
  for (const e of ptes) {
    let nlo = e.lo | 0x20;
    if (e.leaf && write) nlo |= 0x40;
    if ((nlo >>> 0) !== e.lo) {
      // Written back through a write access, which marks the page-table page dirty as KVM does.
      const wp2 = mem.page(e.g, true);
      if (wp2) wp2[e.o] = nlo & 0xff;
      e.lo = nlo >>> 0;
    }
  }
  const leaf = ptes[ptes.length - 1];
  const dirty = (leaf.lo & 0x40) !== 0;
  const vpn = Math.floor(lin / 4096);
  const ti = vpn & (Tlb.SIZE - 1);
  tlb.tag[ti] = vpn;
  tlb.gfn[ti] = gfn!;
  tlb.perm[ti] = (allowW ? T_W : 0) | (allowU ? T_U : 0) | (nx ? T_NX : 0) | (dirty ? T_D : 0);
  return gfn!;
}

/** Is paging enabled? */
export function pagingOn(s: CpuState): boolean { return (s.cr0 & CR0_PG) !== 0; }
