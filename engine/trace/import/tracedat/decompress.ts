/**
 * trace.dat v7 compression back ends. zlib blocks are zlib-wrapped streams
 * (trace-cmd uses compress2/uncompress), which is what the platform's
 * DecompressionStream('deflate') inflates; zstd blocks are single zstd frames
 * decoded by fzstd. Both run in browsers, workers and Node >= 20.
 */
import { decompress as zstdDecompress } from 'fzstd';
import { PsError } from '../../../errors.ts';

export type CompressionName = 'none' | 'zlib' | 'zstd';

/** Decompresses one block; PS302 (at `offset`) if the data is not a valid stream or its size is not `size`. */
export type BlockDecoder = (data: Uint8Array, size: number, offset: number) => Promise<Uint8Array>;

async function inflateZlib(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The decoder for a compression name from the v7 header; PS303 for an unknown algorithm. */
export function blockDecoder(name: string, file?: string): BlockDecoder {
  const check = (out: Uint8Array, size: number, offset: number): Uint8Array => {
    if (out.length !== size) {
      throw new PsError('PS302', `${name} block inflates to ${out.length} bytes, header says ${size}`, file === undefined ? { offset } : { offset, file });
    }
    return out;
  };
  const bad = (offset: number, e: unknown): PsError =>
    new PsError('PS302', `${name} block does not decompress: ${e instanceof Error ? e.message : String(e)}`, file === undefined ? { offset } : { offset, file });
  // A corrupt size must not make us allocate gigabytes: no real block inflates
  // beyond 1 GiB or by more than zstd's practical maximum ratio.
  const plausible = (data: Uint8Array, size: number, offset: number): void => {
    if (size > 2 ** 30 || size > data.length * 32768 + 65536) {
      throw new PsError('PS302', `${name} block of ${data.length} bytes claims to inflate to ${size} bytes`, file === undefined ? { offset } : { offset, file });
    }
  };
  switch (name) {
    case 'none':
      return async (data, size, offset) => check(data, size, offset);
    case 'zlib':
      return async (data, size, offset) => {
        plausible(data, size, offset);
        let out: Uint8Array;
        try { out = await inflateZlib(data); } catch (e) { throw bad(offset, e); }
        return check(out, size, offset);
      };
    case 'zstd':
      return async (data, size, offset) => {
        plausible(data, size, offset);
        let out: Uint8Array;
        try {
          // A sized output buffer lets fzstd skip regrowth; a frame larger than `size` throws.
          out = zstdDecompress(data, new Uint8Array(size));
        } catch (e) { throw bad(offset, e); }
        return check(out, size, offset);
      };
    default:
      throw new PsError('PS303', `compression algorithm "${name}" (known: none, zlib, zstd)`, file === undefined ? {} : { file });
  }
}
