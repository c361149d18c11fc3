/**
 * Data TLB of the block runner (uop.ts): linear page → host bytes, one table for loads and one for
 * stores, so a memory operand costs a tag compare instead of segmentation + translation + page
 * lookup calls. An entry is only ever a shortcut for an access Machine's generic path has just done
 * successfully with the same outcome:
 * - loads: the page is RAM (not MMIO) and was translated with the current CPL (A bit set);
 * - stores: the page is RAM whose stores have no side effect (no dirty logging: GuestEnv.logsWrites),
 *   is neither decoded code nor a page table (watched pages must see every store), and was translated
 *   for writing (D bit set).
 * Machine flushes it with the TLB, at the start of every run (memslots, host mappings and
 * copy-on-write pages may change between runs), when the CPL changes, when a page becomes watched
 * (stores only) and when a store gets a different host page than loads had (copy-on-write).
 */
const SIZE = 256;
const NO_PAGE = new Uint8Array(0);

export class DataTlb {
  /** Linear page number per slot (NaN = empty); slot = vpn & 255. */
  readonly rTag = new Float64Array(SIZE).fill(NaN);
  readonly rPage: Uint8Array[] = new Array<Uint8Array>(SIZE).fill(NO_PAGE);
  readonly wTag = new Float64Array(SIZE).fill(NaN);
  readonly wPage: Uint8Array[] = new Array<Uint8Array>(SIZE).fill(NO_PAGE);
  /** Entries set since the last flush (0: a flush is free, as in exit-heavy runs that touch no data). */
  private rN = 0;
  private wN = 0;

  setRead(vpn: number, page: Uint8Array): void {
    const ti = vpn & (SIZE - 1);
    this.rTag[ti] = vpn; this.rPage[ti] = page; this.rN++;
  }
  setWrite(vpn: number, page: Uint8Array): void {
    const ti = vpn & (SIZE - 1);
    this.wTag[ti] = vpn; this.wPage[ti] = page; this.wN++;
  }
  flush(): void { this.flushReads(); this.flushWrites(); }
  flushReads(): void { if (this.rN) { this.rTag.fill(NaN); this.rN = 0; } }
  flushWrites(): void { if (this.wN) { this.wTag.fill(NaN); this.wN = 0; } }
  flushPage(vpn: number): void {
    const ti = vpn & (SIZE - 1);
    if (this.rTag[ti] === vpn) this.rTag[ti] = NaN;
    if (this.wTag[ti] === vpn) this.wTag[ti] = NaN;
  }
}
