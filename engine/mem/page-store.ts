/**
 * Sparse 4 KiB page store with copy-on-write snapshots.
 *
 * Pages live in chunks of 512 (2 MiB). A snapshot copies only the chunk
 * pointer array and bumps the epoch, so every live chunk becomes shared with
 * the snapshot; the first write to a shared chunk clones its pointer array and
 * the first write to a shared page clones that page. Cost of snapshot():
 * O(chunks) pointer copies; cost of writes after it: one 4 KiB copy per page
 * first written. Pages never written read as zero.
 */
export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 4096;
const CHUNK_SHIFT = 9;
const CHUNK_PAGES = 1 << CHUNK_SHIFT;

interface Chunk {
  epoch: number;
  pages: Array<Uint8Array | undefined>;
  /** 1 = page exclusively owned by this chunk generation (safe to write in place). */
  owned: Uint8Array;
}

/** Immutable capture of a PageStore. */
export interface PageStoreSnapshot { readonly chunks: ReadonlyArray<Chunk | undefined> }

/** The shared zero page handed out for reads of never-written pages. Never written (callers honour `write=false`). */
export const ZERO_PAGE: Uint8Array = new Uint8Array(PAGE_SIZE);

export class PageStore {
  private chunks: Array<Chunk | undefined> = [];
  private epoch = 1;
  /** Pages copied or allocated since the last snapshot (for tests and stats). */
  writesSinceSnapshot = 0;

  /** Page `index` for reading (may be shared; do not write into it). */
  read(index: number): Uint8Array {
    const c = this.chunks[index >>> CHUNK_SHIFT];
    return c?.pages[index & (CHUNK_PAGES - 1)] ?? ZERO_PAGE;
  }

  /** True if the page was ever written (not the zero page). */
  has(index: number): boolean {
    return this.chunks[index >>> CHUNK_SHIFT]?.pages[index & (CHUNK_PAGES - 1)] !== undefined;
  }

  /** Page `index` for writing: exclusively owned by the live state after this call. */
  write(index: number): Uint8Array {
    const ci = index >>> CHUNK_SHIFT;
    const pi = index & (CHUNK_PAGES - 1);
    let c = this.chunks[ci];
    if (!c) {
      c = { epoch: this.epoch, pages: new Array(CHUNK_PAGES), owned: new Uint8Array(CHUNK_PAGES) };
      this.chunks[ci] = c;
    } else if (c.epoch !== this.epoch) {
      c = { epoch: this.epoch, pages: c.pages.slice(), owned: new Uint8Array(CHUNK_PAGES) };
      this.chunks[ci] = c;
    }
    let p = c.pages[pi];
    if (p === undefined) {
      p = new Uint8Array(PAGE_SIZE);
      c.pages[pi] = p;
      c.owned[pi] = 1;
      this.writesSinceSnapshot++;
    } else if (c.owned[pi] === 0) {
      p = p.slice();
      c.pages[pi] = p;
      c.owned[pi] = 1;
      this.writesSinceSnapshot++;
    }
    return p;
  }

  /** Drop pages [first, first+count) back to zero (e.g. munmap of an anonymous range). */
  discard(first: number, count: number): void {
    for (let i = first; i < first + count; i++) {
      const ci = i >>> CHUNK_SHIFT;
      const c = this.chunks[ci];
      if (!c || c.pages[i & (CHUNK_PAGES - 1)] === undefined) continue;
      const own = c.epoch === this.epoch ? c : { epoch: this.epoch, pages: c.pages.slice(), owned: new Uint8Array(CHUNK_PAGES) };
      own.pages[i & (CHUNK_PAGES - 1)] = undefined;
      this.chunks[ci] = own;
    }
  }

  /** Capture the current contents; later writes copy on write. */
  snapshot(): PageStoreSnapshot {
    this.epoch++;
    this.writesSinceSnapshot = 0;
    return { chunks: this.chunks.slice() };
  }

  /** Return to a snapshot; the snapshot stays valid and can be restored again. */
  restore(s: PageStoreSnapshot): void {
    this.chunks = s.chunks.slice();
    this.epoch++;
    this.writesSinceSnapshot = 0;
  }

  /** Number of pages ever written (non-zero pages held). */
  residentPages(): number {
    let n = 0;
    for (const c of this.chunks) if (c) for (const p of c.pages) if (p) n++;
    return n;
  }
}
