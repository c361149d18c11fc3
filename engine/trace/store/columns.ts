/**
 * Append-only typed columns that grow by fixed-size chunks (no reallocation
 * copies while importing); seal() joins them into one contiguous array for
 * fast queries.
 */
type TypedArray = Float64Array | Uint32Array | Int32Array | Uint16Array | Int16Array | Uint8Array;
type Ctor<T extends TypedArray> = new (n: number) => T;

export const CHUNK = 1 << 16;

export class ChunkedColumn<T extends TypedArray> {
  private chunks: T[] = [];
  private cur: T;
  private fill = 0;
  constructor(private readonly ctor: Ctor<T>) {
    this.cur = new ctor(CHUNK);
    this.chunks.push(this.cur);
  }
  push(v: number): void {
    if (this.fill === CHUNK) {
      this.cur = new this.ctor(CHUNK);
      this.chunks.push(this.cur);
      this.fill = 0;
    }
    this.cur[this.fill++] = v;
  }
  get length(): number { return (this.chunks.length - 1) * CHUNK + this.fill; }
  /** One contiguous array of exactly `length` elements; the chunks are released. */
  seal(): T {
    const n = this.length;
    const out = new this.ctor(n);
    let p = 0;
    for (const c of this.chunks) {
      const take = Math.min(CHUNK, n - p);
      out.set(c.subarray(0, take) as never, p);
      p += take;
    }
    this.chunks = [];
    this.cur = new this.ctor(0);
    this.fill = 0;
    return out;
  }
}
