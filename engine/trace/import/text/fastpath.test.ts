import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TraceStore } from '../../store/store.ts';
import type { TraceSink } from '../../types.ts';
import { FtraceTextParser, type FtraceFormat } from './ftrace.ts';
import { RecordingSink, bytes, feed } from './test-sink.ts';

const data = (name: string): Uint8Array => new Uint8Array(gunzipSync(readFileSync(new URL(`./testdata/${name}`, import.meta.url))));

const json = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

/** Every line through the general line() parser (the reference the fused fast path must equal). */
class SlowParser extends FtraceTextParser {
  protected override fastLine(): number { return -1; }
}

/** Counts the lines fastLine() consumed. */
class CountingFastParser extends FtraceTextParser {
  fast = 0;
  protected override fastLine(buf: Uint8Array, start: number, n: number): number {
    const r = super.fastLine(buf, start, n);
    if (r >= 0) this.fast++;
    return r;
  }
}

function both(input: Uint8Array, format: FtraceFormat, chunk: number) {
  const a = new RecordingSink();
  const fast = new CountingFastParser(a, format);
  const ra = feed(fast, input, chunk);
  const b = new RecordingSink();
  const rb = feed(new SlowParser(b, format), input, chunk);
  return { a, b, ra, rb, fast: fast.fast };
}

const FILES: [string, FtraceFormat][] = [
  ['qemu_boot_dense.head30k.ftrace.txt.gz', 'tracefs'],
  ['qemu_boot.head20k.ftrace.txt.gz', 'tracefs'],
  ['qemu_boot.head20k.tracecmd.txt.gz', 'trace-cmd'],
  ['dirty.tracecmd.txt.gz', 'trace-cmd'],
  ['errors.ftrace.txt.gz', 'tracefs'],
  ['longmode.ftrace.txt.gz', 'tracefs'],
];

describe('fused fast path (fastLine + decode memo) equals the general parser', () => {
  for (const [file, fmt] of FILES) {
    it(`${file}: same events, fields and result`, () => {
      const { a, b, ra, rb, fast } = both(data(file), fmt, 65536);
      expect(ra).toEqual(rb);
      expect(a.types).toEqual(b.types);
      expect(a.events.length).toBe(b.events.length);
      for (let i = 0; i < a.events.length; i++) if (json(a.events[i]) !== json(b.events[i])) expect([i, a.events[i]]).toEqual([i, b.events[i]]);
      if (file.startsWith('qemu_boot_dense')) expect(fast).toBeGreaterThan(ra.events * 0.9); // the dense capture mostly takes it
    });
  }

  it('into the TraceStore: same columns and lazily decoded fields', () => {
    const input = data('qemu_boot_dense.head30k.ftrace.txt.gz');
    const sa = new TraceStore(), sb = new TraceStore();
    const pa = new FtraceTextParser(sa, 'tracefs'), pb = new SlowParser(sb, 'tracefs');
    feed(pa, input, 1 << 20);
    feed(pb, input, 1 << 20);
    // same memo records: the fast path's fused LF search + hash agrees with payloadHashView
    expect(pa.decodedPayloads).toBe(pb.decodedPayloads);
    expect(pa.decodedPayloads).toBe(pa.distinctPayloads);
    sa.finish(); sb.finish();
    expect(sa.count).toBe(sb.count);
    for (const col of ['ts', 'cpu', 'type', 'pid', 'comm', 'arg0', 'arg1'] as const) expect(sa[col]).toEqual(sb[col]);
    for (let i = 0; i < sa.count; i += 97) expect(sa.fields(i)).toEqual(sb.fields(i));
  });

  it('lines the fast path must refuse are parsed by line() like before', () => {
    const P = ' vmm-7    [001] .....  100.000001: ';
    const text = [
      `${P}kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x41 `, // trailing blank
      `${P}kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x41\r`, // CRLF
      `${P}kvm_pio:  pio_write at 0x3f8 size 1 count 1 val 0x42`, // two blanks after the name
      ` vmm-7    [001] .....  100.000002:  kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x43`, // two blanks after ts
      ` vmm-7    [001] .....  100: kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x44`, // raw clock
      ` vmm-7    [001] .....  100.0000000001: kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x45`, // 10 digits: bad
      ` vmm-7    [001] d..1.  100.000003: kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x46`, // other flags
      ` vmm-7    [001] .....  100.000004: kvm_pio: pio_read at 0x3f8 size 1 count 1 val 0x47`,
      ` vmm-7    [001] .....  100.000005: kvm_fpu: load`, // other event
      ` vmm-7    [001] .....  100.000006: kvm_fpu: load`,
      ` vmm-8    [000] .....  100.000007: kvm_fpu: unload`, // other task
      ` vmm-7    [001] .....  100.000008: kvm_fpu: garbage here`, // undecodable known event
      ` vmm-7    [001] .....  100.000009: kvm_fpu: garbage here`,
      ` vmm-7    [001] .....  100.000010: kvm_fpu:`, // empty payload
      ` vmm-7    [001] .....  100.000011: my_event: kvm_fpu: load`, // unknown event
      ` vmm-7    [001] .....  100.000012: my_event: load`, // same payload bytes, other event
      ` vmm-7    [001] .....  100.000013: kvm_fpu: load`,
      ` vmm-7    [001] .....  100.000014: kvm_fpu: unload`,
    ].join('\n');
    for (const chunk of [7, 64, 1 << 16]) {
      const { a, b, ra, rb } = both(bytes(text), 'tracefs', chunk);
      expect(ra).toEqual(rb);
      expect(a.events).toEqual(b.events);
      expect(ra.events).toBe(17);
      expect(ra.bad).toBe(1);
      expect(ra.undecoded).toBe(3);
    }
    const { a, ra } = both(bytes(text), 'tracefs', 1 << 16);
    expect(ra.warnings.length).toBe(3);
    expect(a.events.map((e) => e.fields['val'] ?? e.fields['load'] ?? e.fields['payload'])).toEqual([
      0x41, 0x41, 0x42, 0x43, 0x44, 0x46, 0x47, 1, 1, 0, 'garbage here', 'garbage here', '', 'kvm_fpu: load', 'load', 1, 0,
    ]);
    expect(a.events.map((e) => e.ts)).toEqual([
      100000001000, 100000001000, 100000001000, 100000002000, 100, 100000003000, 100000004000, 100000005000, 100000006000,
      100000007000, 100000008000, 100000009000, 100000010000, 100000011000, 100000012000, 100000013000, 100000014000,
    ]);
    expect(a.events.map((e) => `${e.comm}/${e.pid}/${e.cpu}`).slice(8, 11)).toEqual(['vmm/7/1', 'vmm/8/0', 'vmm/7/1']);
  });

  it('a plain sink gets correct values beyond the bounded memo (70 000 distinct payloads)', () => {
    const lines: string[] = [];
    for (let k = 0; k < 70_000; k++) lines.push(` vmm-7    [001] .....  100.${String(k).padStart(6, '0')}: kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x${k.toString(16)}`);
    for (let k = 0; k < 5; k++) lines.push(` vmm-7    [001] .....  101.000000: kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x${k.toString(16)}`);
    let n = 0, sum = 0;
    const sink: TraceSink = {
      eventType: () => 0,
      event: (_t, _ts, _c, _p, _m, f) => { n++; sum += f[4] as number; },
      lost: () => {},
    };
    const r = feed(new FtraceTextParser(sink, 'tracefs'), bytes(lines.join('\n')), 1 << 16);
    expect(r.events).toBe(70_005);
    expect(n).toBe(70_005);
    expect(sum).toBe((69_999 * 70_000) / 2 + 10);
  });

  it('fuzz: on mutated lab text the fast path and line() give the same events and result', () => {
    const dense = data('qemu_boot_dense.head30k.ftrace.txt.gz');
    const base = dense.subarray(dense.length - 2500); // inside the emulate_insn loop
    const tc = data('dirty.tracecmd.txt.gz').subarray(0, 3000);
    // Edits that hit the fast path's anchors: blanks, ':', '.', digits, LF, CR, '[', ']'.
    const SEP = [0x20, 0x3a, 0x2e, 0x31, 0x0a, 0x0d, 0x5b, 0x5d, 0x09];
    const mutated = (src: Uint8Array) => fc.tuple(
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 2), fc.uint8Array({ minLength: 1, maxLength: 6 })), { maxLength: 24 }),
      fc.integer({ min: 1, max: 3000 }),
    ).map(([edits, chunk]) => {
      const b = Array.from(src);
      for (const [pos, kind, noise] of edits) {
        const at = pos % (b.length + 1);
        const bytesIn = noise.map((x) => (x & 1 ? SEP[x % SEP.length]! : x));
        if (kind === 0) b.splice(at, 0, ...bytesIn);
        else if (kind === 1) b.splice(at, noise.length);
        else for (let k = 0; k < bytesIn.length && at + k < b.length; k++) b[at + k] = bytesIn[k]!;
      }
      return { input: new Uint8Array(b), chunk };
    });
    for (const [src, fmt] of [[base, 'tracefs'], [tc, 'trace-cmd']] as const) {
      fc.assert(fc.property(mutated(src), ({ input, chunk }) => {
        const { a, b, ra, rb } = both(input, fmt, chunk);
        expect(json(ra)).toBe(json(rb));
        expect(a.types).toEqual(b.types);
        expect(json(a.events)).toBe(json(b.events));
      }), { numRuns: 120, seed: 0x7e57 });
    }
  });
});
