/**
 * Bounds-checked reading of trace.dat structures. Every read names what it
 * expected, so a truncated or corrupt file becomes a PsError with the absolute
 * byte offset (PS301 truncated / PS302 corrupt) instead of a RangeError.
 */
import { PsError } from '../../../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decodes bytes as UTF-8 (invalid sequences become U+FFFD, never throws). */
export function decodeText(b: Uint8Array): string {
  return utf8.decode(b);
}

/**
 * Cursor over a byte array that lives at `base` in the file (a decompressed
 * section keeps the file offset of its section in `base`, and `context` says
 * which section, so errors still point somewhere useful).
 */
export class ByteReader {
  readonly dv: DataView;
  pos = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
    readonly base = 0,
    readonly context = '',
    readonly file?: string,
  ) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number { return this.bytes.length - this.pos; }

  /** Absolute file offset of the cursor (for a decompressed section: the section's offset). */
  where(at = this.pos): { offset: number; file?: string } {
    const offset = this.context ? this.base : this.base + at;
    return this.file === undefined ? { offset } : { offset, file: this.file };
  }

  private ctx(at: number): string {
    return this.context ? ` (${this.context}, byte ${at} after decompression)` : '';
  }

  /** Throws PS301 unless `n` more bytes are available. */
  need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.bytes.length) {
      throw new PsError('PS301', `expected ${what} (${n} bytes) but only ${Math.max(0, this.remaining)} remain${this.ctx(this.pos)}`, this.where());
    }
  }

  /** A PS302 at the cursor (or at `at`). */
  corrupt(why: string, at = this.pos): PsError {
    return new PsError('PS302', `${why}${this.ctx(at)}`, this.where(at));
  }

  u8(what: string): number { this.need(1, what); return this.bytes[this.pos++]!; }
  u16(what: string): number { this.need(2, what); const v = this.dv.getUint16(this.pos, this.little); this.pos += 2; return v; }
  u32(what: string): number { this.need(4, what); const v = this.dv.getUint32(this.pos, this.little); this.pos += 4; return v; }

  /** u64 as a number; PS302 when it exceeds 2^53 (offsets and sizes never do in a sane file). */
  u64(what: string): number {
    const at = this.pos;
    const v = this.u64big(what);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw this.corrupt(`${what} is ${v}, beyond any plausible size`, at);
    return Number(v);
  }

  u64big(what: string): bigint { this.need(8, what); const v = this.dv.getBigUint64(this.pos, this.little); this.pos += 8; return v; }

  /** `n` raw bytes (a view, not a copy). */
  bytesN(n: number, what: string): Uint8Array {
    this.need(n, what);
    const v = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  /** NUL-terminated string. */
  cstring(what: string): string {
    const end = this.bytes.indexOf(0, this.pos);
    if (end < 0) {
      throw new PsError('PS301', `expected ${what} (NUL-terminated string) but the data ends first${this.ctx(this.pos)}`, this.where());
    }
    const s = decodeText(this.bytes.subarray(this.pos, end));
    this.pos = end + 1;
    return s;
  }

  /** Exactly the bytes of `lit` (e.g. "header_page\0"), else PS302. */
  expect(lit: string, what: string): void {
    const at = this.pos;
    this.need(lit.length, what);
    for (let i = 0; i < lit.length; i++) {
      if (this.bytes[this.pos + i] !== lit.charCodeAt(i)) {
        const got = decodeText(this.bytes.subarray(at, at + lit.length)).replace(/[^\x20-\x7e]/g, '.');
        throw this.corrupt(`expected ${what} "${lit.replace(/\0/g, '\\0')}", found "${got}"`, at);
      }
    }
    this.pos += lit.length;
  }

  seek(pos: number, what: string): void {
    if (pos < 0 || pos > this.bytes.length) {
      throw new PsError('PS301', `${what} points to byte ${pos}, past the end (${this.bytes.length} bytes)${this.ctx(this.pos)}`, this.where());
    }
    this.pos = pos;
  }
}
