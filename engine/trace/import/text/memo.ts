/**
 * Decode memo of the text importers: (catalog entry, payload bytes) → what the
 * payload decoded to. Decoding is a pure function of the event and its payload
 * bytes, and guest loops print the same payload millions of times (the dense
 * QEMU boot capture: 4.9 M events, 35 k distinct payloads), so each distinct
 * payload is matched against its print formats once and every repeat costs one
 * hash + one byte compare. The payload bytes themselves live in `TextPayloads`
 * (the store's lazy field source), so the memo adds ~41 bytes per distinct payload.
 *
 * The caller computes the hash with `payloadHashView` (hot path, 4 bytes a step
 * through a DataView) or `payloadHash` (same value from plain bytes).
 */
import type { FieldValue } from '../../types.ts';
import type { TextPayloads } from './payloads.ts';

/** FNV prime; one step is `h = Math.imul(h ^ word, HASH_PRIME)` over little-endian 32-bit words, then the tail bytes. */
export const HASH_PRIME = 0x01000193;

/** Hash seed of a catalog entry. */
export function hashSeed(entryId: number): number {
  return Math.imul(0x811c9dc5 ^ entryId, HASH_PRIME);
}

/** Final avalanche (murmur3 fmix32): multiplications only carry low bits upwards, the table slots by the low bits. */
export function hashFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The memo hash of buf[start, end) with `seed` = hashSeed(entry id); `view` is a DataView over the same bytes as `buf`. */
export function payloadHashView(seed: number, view: DataView, buf: Uint8Array, start: number, end: number): number {
  let h = seed;
  let k = start;
  for (; k + 4 <= end; k += 4) h = Math.imul(h ^ view.getInt32(k, true), HASH_PRIME);
  for (; k < end; k++) h = Math.imul(h ^ buf[k]!, HASH_PRIME);
  return hashFinish(h);
}

/** The same hash as payloadHashView, from the bytes alone. */
export function payloadHash(entryId: number, buf: Uint8Array, start: number, end: number): number {
  let h = hashSeed(entryId);
  let k = start;
  for (; k + 4 <= end; k += 4) h = Math.imul(h ^ (buf[k]! | (buf[k + 1]! << 8) | (buf[k + 2]! << 16) | (buf[k + 3]! << 24)), HASH_PRIME);
  for (; k < end; k++) h = Math.imul(h ^ buf[k]!, HASH_PRIME);
  return hashFinish(h);
}

export class DecodeMemo {
  /** Per memo record: payload ref in `payloads`. */
  ref = new Int32Array(1 << 10);
  /** Per record: hot column values arg0/arg1 (raw sink path), full values as RawTraceSink.rawEvent takes them. */
  a0 = new Float64Array(1 << 10);
  a1 = new Float64Array(1 << 10);
  /** Per record: sink type id the payload decoded to. */
  type = new Int32Array(1 << 10);
  /** Per record: 1 when a known event's payload matched none of its formats (kept as `payload`). */
  undecoded = new Uint8Array(1 << 10);
  /** Per record (plain sinks only): the decoded field values, never mutated after insert. */
  readonly values: (readonly FieldValue[])[] = [];
  private entry = new Int32Array(1 << 10);
  private hash = new Int32Array(1 << 10);
  private table = new Int32Array(1 << 11).fill(-1);
  private mask = (1 << 11) - 1;
  private n = 0;

  /**
   * `payloads` holds the bytes (compared on lookup); at most `limit` records are
   * kept (lookups still answer, inserts return -1 beyond it) so memory stays bounded
   * when nothing repeats and nobody needs the payload bytes.
   */
  constructor(private readonly payloads: TextPayloads, private readonly limit = 0x7fffffff) {}

  /** Records stored. */
  get size(): number { return this.n; }

  /**
   * Record id of entry `entryId`'s payload buf[start, end) with memo hash `h`, or -1.
   * `view` (a DataView over buf) lets the byte compare go 4 bytes a step.
   */
  find(entryId: number, h: number, buf: Uint8Array, start: number, end: number, view?: DataView): number {
    const table = this.table;
    let slot = h & this.mask;
    for (;;) {
      const id = table[slot]!;
      if (id < 0) return -1;
      if (this.hash[id] === h && this.entry[id] === entryId && this.payloads.equals(this.ref[id]!, buf, start, end, view)) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds a record (after a miss of `find` with the same key); -1 when the memo is full. */
  insert(entryId: number, h: number, ref: number, type: number, a0: number, a1: number, undecoded: boolean,
    values: readonly FieldValue[] | undefined): number {
    if (this.n >= this.limit) return -1;
    const id = this.n++;
    if (id >= this.ref.length) this.grow();
    this.entry[id] = entryId;
    this.hash[id] = h;
    this.ref[id] = ref;
    this.type[id] = type;
    this.a0[id] = a0;
    this.a1[id] = a1;
    this.undecoded[id] = undecoded ? 1 : 0;
    if (values) this.values[id] = values;
    let slot = h & this.mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & this.mask;
    this.table[slot] = id;
    if (this.n * 2 > this.mask) this.growTable();
    return id;
  }

  private grow(): void {
    const cap = this.ref.length * 2;
    const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.ref = g(this.ref); this.a0 = g(this.a0); this.a1 = g(this.a1); this.type = g(this.type);
    this.undecoded = g(this.undecoded); this.entry = g(this.entry); this.hash = g(this.hash);
  }

  private growTable(): void {
    const cap = (this.mask + 1) * 2;
    const t = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let id = 0; id < this.n; id++) {
      let slot = this.hash[id]! & mask;
      while (t[slot]! >= 0) slot = (slot + 1) & mask;
      t[slot] = id;
    }
    this.table = t;
    this.mask = mask;
  }
}
