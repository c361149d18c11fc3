/**
 * Ftrace ring-buffer pages (one CPU's data): page header (timestamp, commit
 * with the lost-events flags), then records whose 32-bit header packs a 5-bit
 * type_len and a 27-bit time delta. type_len 29 = padding, 30 = time extend
 * (adds bits 27..58 to the delta), 31 = absolute timestamp (replaces the low
 * 59 bits), 0 = length in the next word, 1..28 = length type_len*4.
 * Layout per the kernel's ring_buffer.c as documented by libtraceevent's kbuffer.
 */
import { PsError } from '../../../errors.ts';
import type { PageLayout } from './format.ts';

const TYPE_PADDING = 29;
const TYPE_TIME_EXTEND = 30;
const TYPE_TIME_STAMP = 31;
const COMMIT_MASK = (1 << 27) - 1;
const MISSING_EVENTS = 0x80000000;
const MISSING_STORED = 0x40000000;
const TS_SHIFT = 2 ** 27;
/** Absolute timestamps carry 59 bits; the top 5 come from the running time. */
const TS_LOW59 = 2 ** 59;

/** Records of one CPU stream: timestamps (raw clock units) and record-header offsets into the stream's bytes. */
export class CpuRecords {
  ts = new Float64Array(1024);
  hdr = new Uint32Array(1024);
  n = 0;
  /** Lost-event markers: page timestamp and count (-1 = the kernel did not store the count). */
  lostTs: number[] = [];
  lostCount: number[] = [];

  push(ts: number, hdr: number): void {
    if (this.n === this.ts.length) {
      const t = new Float64Array(this.n * 2); t.set(this.ts); this.ts = t;
      const h = new Uint32Array(this.n * 2); h.set(this.hdr); this.hdr = h;
    }
    this.ts[this.n] = ts;
    this.hdr[this.n++] = hdr;
  }
}

/** Where a stream byte lives in the file, for error positions. */
export type OffsetMapper = (streamOffset: number) => number;

/**
 * Walks `pages` ring-buffer pages of `pageSize` starting at `start` in
 * `bytes` and appends every data record to `out`. Throws PS302 naming the
 * file offset on an impossible record; what was appended before stays.
 */
export function scanPages(
  bytes: Uint8Array, start: number, end: number, pageSize: number, layout: PageLayout,
  little: boolean, out: CpuRecords, fileOffset: OffsetMapper, what: string, file?: string,
): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const commitLo = layout.commitOffset + (layout.commitSize === 8 && !little ? 4 : 0);
  const maxData = pageSize - layout.dataOffset;
  const corrupt = (at: number, why: string): PsError => {
    const offset = fileOffset(at);
    return new PsError('PS302', `${what}: ${why}`, file === undefined ? { offset } : { offset, file });
  };
  for (let page = start; page + layout.dataOffset <= end; page += pageSize) {
    let ts = dv.getUint32(page + layout.timestampOffset + (little ? 4 : 0), little) * 4294967296
      + dv.getUint32(page + layout.timestampOffset + (little ? 0 : 4), little);
    const flags = dv.getUint32(page + commitLo, little);
    const size = flags & COMMIT_MASK;
    const data = page + layout.dataOffset;
    if (size > maxData || data + size > end) {
      throw corrupt(page + layout.commitOffset, `page commit says ${size} bytes of records, but a page holds at most ${Math.min(maxData, end - data)}`);
    }
    if (flags & MISSING_EVENTS) {
      let count = -1;
      if (flags & MISSING_STORED) {
        if (data + size + layout.commitSize > page + pageSize || data + size + layout.commitSize > end) {
          throw corrupt(page + layout.commitOffset, 'lost-events count is stored past the end of the page');
        }
        const at = data + size;
        count = layout.commitSize === 8
          ? dv.getUint32(at + (little ? 4 : 0), little) * 4294967296 + dv.getUint32(at + (little ? 0 : 4), little)
          : dv.getUint32(at, little);
      }
      out.lostTs.push(ts);
      out.lostCount.push(count);
    }
    const stop = data + size;
    let p = data;
    while (p + 4 <= stop) {
      const w = dv.getUint32(p, little);
      let typeLen: number;
      let delta: number;
      if (little) { typeLen = w & 31; delta = w >>> 5; } else { typeLen = w >>> 27; delta = w & COMMIT_MASK; }
      if (typeLen === 0) {
        if (p + 8 > stop) throw corrupt(p, 'record header (type_len 0) without its length word');
        const raw = dv.getUint32(p + 4, little);
        if (raw < 4) throw corrupt(p, `record length ${raw} is smaller than its own length word`);
        const next = p + 8 + ((raw - 4 + 3) & ~3);
        if (next > stop) throw corrupt(p, `record of ${raw - 4} bytes runs past the page commit`);
        ts += delta;
        out.push(ts, p);
        p = next;
      } else if (typeLen <= 28) {
        const next = p + 4 + typeLen * 4;
        if (next > stop) throw corrupt(p, `record of ${typeLen * 4} bytes runs past the page commit`);
        ts += delta;
        out.push(ts, p);
        p = next;
      } else if (typeLen === TYPE_PADDING) {
        // Padding: delta 0 = the rest of the page is unused; otherwise a discarded
        // event whose length word excludes the header. The kernel's reader does not
        // advance time on padding, so neither do we.
        if (delta === 0 || p + 8 > stop) break;
        p = p + 4 + dv.getUint32(p + 4, little);
      } else {
        if (p + 8 > stop) throw corrupt(p, 'time extend/stamp without its second word');
        const ext = dv.getUint32(p + 4, little) * TS_SHIFT + delta;
        ts = typeLen === TYPE_TIME_EXTEND ? ts + ext : ts - (ts % TS_LOW59) + ext;
        p += 8;
      }
    }
  }
}

/** Data offset of the record whose header is at `hdr` (skips the length word of type_len-0 records). */
export function recordData(dv: DataView, hdr: number, little: boolean): { start: number; len: number } {
  const w = dv.getUint32(hdr, little);
  const typeLen = little ? w & 31 : w >>> 27;
  if (typeLen === 0) return { start: hdr + 8, len: dv.getUint32(hdr + 4, little) - 4 };
  return { start: hdr + 4, len: typeLen * 4 };
}
