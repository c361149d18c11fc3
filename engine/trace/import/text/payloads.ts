/**
 * The text importers' payload store for the columnar TraceStore's raw fast
 * path (RawTraceSink): instead of materialising every event's field array,
 * it keeps the payload *bytes* once per distinct (type, format, payload) —
 * guest loops print the same `kvm_emulate_insn`/`kvm_exit` payload millions of
 * times — and re-decodes them with the same compiled template on demand, as
 * trace.dat keeps record bytes. Per event the store holds only the ref.
 *
 * Memory: one arena of payload bytes (1 MiB blocks), 12 bytes per distinct
 * payload (offset, length, type/format), and an open-addressing hash table.
 */
import type { FieldValue, PayloadSource } from '../../types.ts';
import { decodeText } from './bytes.ts';

const BLOCK = 1 << 20;

/** How a payload is decoded again: the catalog knows type id → event and its formats. */
export interface PayloadDecoder {
  /** Fields of a payload of sink type `typeId` that matched format `fmt` (-1: kept as the raw `payload` string). */
  redecode(typeId: number, fmt: number, buf: Uint8Array, start: number, end: number): FieldValue[];
}

export class TextPayloads implements PayloadSource {
  private blocks: Uint8Array[] = [new Uint8Array(BLOCK)];
  /** DataViews of `blocks` (word compares in equals()). */
  private views: DataView[] = [new DataView(this.blocks[0]!.buffer)];
  private fill = 0;
  /** Per distinct payload: block index << 20 | offset would overflow for big payloads, so two arrays. */
  private off = new Uint32Array(1 << 12);
  private len = new Uint32Array(1 << 12);
  /** typeId << 8 | (fmt + 1) */
  private kind = new Uint32Array(1 << 12);
  private hashOf = new Int32Array(1 << 12);
  private n = 0;
  private table = new Int32Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;
  private bytesHeld = 0;

  constructor(private readonly decoder: PayloadDecoder) {}

  /** Distinct payloads stored. */
  get distinct(): number { return this.n; }

  get byteLength(): number {
    return this.blocks.length * BLOCK + this.off.byteLength * 4 + this.table.byteLength;
  }

  /** Ref of buf[start, end) for (typeId, fmt): an existing one when the same bytes were seen before. */
  add(typeId: number, fmt: number, buf: Uint8Array, start: number, end: number): number {
    const kind = ((typeId << 8) | ((fmt + 1) & 0xff)) >>> 0;
    let h = (0x811c9dc5 ^ kind) | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ buf[k]!, 0x01000193);
    const len = end - start;
    const table = this.table;
    let slot = h & this.mask;
    for (;;) {
      const id = table[slot]!;
      if (id < 0) break;
      if (this.hashOf[id] === h && this.len[id] === len && this.kind[id] === kind && this.same(id, buf, start, len)) return id;
      slot = (slot + 1) & this.mask;
    }
    const id = this.n++;
    if (id >= this.off.length) this.growArrays();
    const where = this.put(buf, start, len);
    this.off[id] = where;
    this.len[id] = len;
    this.kind[id] = kind;
    this.hashOf[id] = h;
    table[slot] = id;
    this.bytesHeld += len;
    if (this.n * 2 > this.mask) this.growTable();
    return id;
  }

  fields(ref: number): FieldValue[] {
    if (ref >= this.n) return [];
    const { buf, start } = this.locate(ref);
    const kind = this.kind[ref]!;
    const fmt = (kind & 0xff) - 1;
    return this.decoder.redecode(kind >>> 8, fmt, buf, start, start + this.len[ref]!);
  }

  /** The payload text bytes (what followed "EVENT: " on the line). */
  bytes(ref: number): Uint8Array | undefined {
    if (ref >= this.n) return undefined;
    const { buf, start } = this.locate(ref);
    return buf.slice(start, start + this.len[ref]!);
  }

  /** The payload as text (for a details view). */
  text(ref: number): string {
    const { buf, start } = this.locate(ref);
    return decodeText(buf, start, start + this.len[ref]!);
  }

  /** Byte length of payload `ref`. */
  lengthOf(ref: number): number { return this.len[ref]!; }

  /** `typeId << 8 | (fmt + 1)` of payload `ref` (what `fields()` decodes it as). */
  kindOf(ref: number): number { return this.kind[ref]!; }

  /**
   * True when payload `ref` holds exactly buf[start, end) (no allocation: used on the
   * import hot path). With `view` (a DataView over buf) it compares 4 bytes a step.
   */
  equals(ref: number, buf: Uint8Array, start: number, end: number, view?: DataView): boolean {
    const len = end - start;
    if (this.len[ref] !== len) return false;
    const o = this.off[ref]!;
    const bi = o >>> 20;
    const s = o & (BLOCK - 1);
    let k = 0;
    if (view) {
      const v = this.views[bi]!;
      for (; k + 4 <= len; k += 4) if (v.getInt32(s + k, true) !== view.getInt32(start + k, true)) return false;
    }
    const b = this.blocks[bi]!;
    for (; k < len; k++) if (b[s + k] !== buf[start + k]) return false;
    return true;
  }

  private same(id: number, buf: Uint8Array, start: number, len: number): boolean {
    const { buf: b, start: s } = this.locate(id);
    for (let k = 0; k < len; k++) if (b[s + k] !== buf[start + k]) return false;
    return true;
  }

  /** Arena position: the block index in the top bits only when payloads fit a block (else a dedicated block). */
  private locate(id: number): { buf: Uint8Array; start: number } {
    const o = this.off[id]!;
    return { buf: this.blocks[o >>> 20]!, start: o & (BLOCK - 1) };
  }

  private put(buf: Uint8Array, start: number, len: number): number {
    if (len > BLOCK) {
      // rare giant payload: its own block (ref offset 0 of that block)
      const big = buf.slice(start, start + len);
      const next = new Uint8Array(BLOCK);
      this.blocks.push(big, next);
      this.views.push(new DataView(big.buffer), new DataView(next.buffer));
      this.fill = 0;
      return ((this.blocks.length - 2) << 20) >>> 0;
    }
    if (this.fill + len > BLOCK) {
      const next = new Uint8Array(BLOCK);
      this.blocks.push(next);
      this.views.push(new DataView(next.buffer));
      this.fill = 0;
    }
    const bi = this.blocks.length - 1;
    this.blocks[bi]!.set(buf.subarray(start, start + len), this.fill);
    const at = ((bi << 20) | this.fill) >>> 0;
    this.fill += len;
    return at;
  }

  private growArrays(): void {
    const cap = this.off.length * 2;
    const g = <T extends Uint32Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.off = g(this.off); this.len = g(this.len); this.kind = g(this.kind); this.hashOf = g(this.hashOf);
  }

  private growTable(): void {
    const cap = (this.mask + 1) * 2;
    const t = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let id = 0; id < this.n; id++) {
      let slot = this.hashOf[id]! & mask;
      while (t[slot]! >= 0) slot = (slot + 1) & mask;
      t[slot] = id;
    }
    this.table = t;
    this.mask = mask;
  }
}
