import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TraceStore } from '../../store/store.ts';
import type { TraceSink } from '../../types.ts';
import { FtraceTextParser } from './ftrace.ts';
import { TextPayloads } from './payloads.ts';

const lab = (f: string): Uint8Array => new Uint8Array(gunzipSync(readFileSync(new URL(`testdata/${f}`, import.meta.url))));

/** The same store reached only through the plain TraceSink methods (materialised fields). */
function plain(store: TraceStore): TraceSink {
  return { eventType: (s, n, f) => store.eventType(s, n, f), event: (...a) => store.event(...a), lost: (...a) => store.lost(...a) };
}

describe('text import raw path (deduplicated payload bytes, lazy fields)', () => {
  for (const [file, fmt] of [['qemu_boot_dense.head30k.ftrace.txt.gz', 'tracefs'], ['dirty.tracecmd.txt.gz', 'trace-cmd'], ['errors.ftrace.txt.gz', 'tracefs']] as const) {
    it(`${file}: every column and every field equals the materialised path`, () => {
      const bytes = lab(file);
      const a = new TraceStore();
      const pa = new FtraceTextParser(a, fmt);
      for (let k = 0; k < bytes.length; k += 100_003) pa.push(bytes.subarray(k, k + 100_003)); // lines span chunks
      pa.end();
      a.finish();
      const b = new TraceStore();
      const pb = new FtraceTextParser(plain(b), fmt);
      pb.push(bytes);
      pb.end();
      b.finish();
      expect(a.count).toBe(b.count);
      expect(a.count).toBeGreaterThan(0);
      for (const col of ['ts', 'cpu', 'type', 'pid', 'arg0', 'arg1'] as const) expect(a[col]).toEqual(b[col]);
      for (let i = 0; i < a.count; i++) {
        if (a.string(a.comm[i]!) !== b.string(b.comm[i]!)) expect(a.string(a.comm[i]!)).toBe(b.string(b.comm[i]!));
        const fa = a.fields(i), fb = b.fields(i);
        if (fa.length !== fb.length || fa.some((v, k) => v !== fb[k])) expect([i, fa]).toEqual([i, fb]);
      }
      expect(a.exitIsa).toBe(b.exitIsa);
      expect(a.lanes()).toEqual(b.lanes());
      if (file.startsWith('qemu_boot_dense')) expect(pa.distinctPayloads).toBeLessThan(a.count / 2); // guest loops repeat
    });
  }

  it('dedupes by (type, format, bytes) and keeps giant payloads intact', () => {
    const calls: Array<[number, number, string]> = [];
    const p = new TextPayloads({ redecode: (t, f, buf, s, e) => { calls.push([t, f, new TextDecoder().decode(buf.subarray(s, e))]); return [t]; } });
    const enc = (s: string) => new TextEncoder().encode(s);
    const x = enc('xx vcpu 0 rip 0x10 yy');
    const r1 = p.add(3, 0, x, 3, x.length - 3);
    expect(p.add(3, 0, enc('vcpu 0 rip 0x10'), 0, 15)).toBe(r1);
    expect(p.add(4, 0, enc('vcpu 0 rip 0x10'), 0, 15)).not.toBe(r1);
    expect(p.add(3, -1, enc('vcpu 0 rip 0x10'), 0, 15)).not.toBe(r1);
    const big = new Uint8Array((1 << 20) + 5).fill(0x41);
    const rb = p.add(3, 0, big, 0, big.length);
    for (let k = 0; k < 5000; k++) p.add(5, 1, enc(`payload ${k}`), 0, `payload ${k}`.length);
    expect(p.distinct).toBe(5004);
    expect(p.bytes(rb)!.length).toBe(big.length);
    expect(p.text(r1)).toBe('vcpu 0 rip 0x10');
    expect(p.fields(r1)).toEqual([3]);
    expect(calls[0]).toEqual([3, 0, 'vcpu 0 rip 0x10']);
    expect(p.text(p.add(5, 1, enc('payload 4999'), 0, 12))).toBe('payload 4999');
    expect(p.fields(999_999)).toEqual([]);
  });
});
