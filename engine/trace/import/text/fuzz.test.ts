/**
 * Mutation fuzzing of every text importer on real lab text: whatever the
 * bytes, an import ends with a result (lenient) or a PsError (strict), never
 * another exception, and every event it emits matches its declared fields.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsError } from '../../../errors.ts';
import { StraceParser } from '../strace/strace.ts';
import { FtraceTextParser } from './ftrace.ts';
import { QemuTraceParser } from './qemu.ts';
import { RecordingSink, bytes, feed } from './test-sink.ts';

const gz = (u: URL) => new Uint8Array(gunzipSync(readFileSync(u)));
const FTRACE = gz(new URL('./testdata/io.ftrace.txt.gz', import.meta.url)).subarray(0, 6000);
const TRACECMD = gz(new URL('./testdata/io.tracecmd.txt.gz', import.meta.url)).subarray(0, 6000);
const STRACE = gz(new URL('../strace/testdata/errors.strace.gz', import.meta.url)).subarray(0, 12000);
// real perf script / QEMU captures (testdata/real): "[FAILED TO PARSE] k=v", PERF_RECORD_LOST, perf's stderr, TID@TIME: prefixes
const slice = (name: string, from: number, len: number) => gz(new URL(`./testdata/real/${name}`, import.meta.url)).subarray(from, from + len);
const PERF_REAL = (() => {
  const a = gz(new URL('./testdata/real/vmm.perf-script.txt.gz', import.meta.url));
  const at = new TextDecoder().decode(a).indexOf('[FAILED TO PARSE]');
  return new Uint8Array([...slice('vmm-lost.perf-script-show-lost-events.txt.gz', 0, 3000), ...a.subarray(Math.max(0, at - 2000), at + 1500)]);
})();
const QEMU_REAL = slice('qemu-trace.all-ts.txt.gz', 0, 5000);
const QEMU = bytes('3596@1700000000.123456:kvm_vcpu_ioctl cpu_index 0, type 0xae80, arg (nil)\n3596@1700000000.123460:kvm_run_exit cpu_index 0, reason 8\n'
  + '3596@1700000000.123470:kvm_set_user_memory AddrSpace#0 Slot#1 flags=0x2 gpa=0xc0000 size=0x20000 ua=0x7f0000000000 ret=0\n');

/** A random edit of `base`: byte flips, inserted noise (incl. separators), deletions, truncation. */
const mutated = (base: Uint8Array) => fc.tuple(
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 2), fc.uint8Array({ minLength: 1, maxLength: 12 })), { maxLength: 12 }),
  fc.nat({ max: base.length }),
  fc.integer({ min: 1, max: 700 }),
).map(([edits, cut, chunk]) => {
  let b = Array.from(base);
  for (const [pos, kind, noise] of edits) {
    const p = pos % (b.length + 1);
    if (kind === 0) b.splice(p, 0, ...noise);
    else if (kind === 1) b.splice(p, noise.length);
    else for (let k = 0; k < noise.length && p + k < b.length; k++) b[p + k] = noise[k]! % 3 === 0 ? [0x20, 0x3a, 0x5b, 0x5d, 0x0a, 0x28, 0x2c][noise[k]! % 7]! : noise[k]!;
  }
  b = b.slice(0, Math.max(cut, b.length - cut));
  return { data: new Uint8Array(b), chunk };
});

function check(make: (sink: RecordingSink, strict: boolean) => { push(c: Uint8Array): void; end(): unknown }, base: Uint8Array): void {
  fc.assert(fc.property(mutated(base), fc.boolean(), ({ data, chunk }, strict) => {
    const sink = new RecordingSink(false); // validates field counts on every event
    try {
      feed(make(sink, strict), data, chunk);
    } catch (e) {
      expect(strict).toBe(true);
      expect(e).toBeInstanceOf(PsError);
      expect((e as PsError).code).toBe('PS305');
      expect((e as PsError).where.line).toBeGreaterThan(0);
    }
  }), { numRuns: 250, seed: 20261122 });
}

describe('fuzz: mutated real text never crashes an importer', () => {
  it('tracefs', () => check((s, strict) => new FtraceTextParser(s, 'tracefs', { strict }), FTRACE));
  it('trace-cmd report', () => check((s, strict) => new FtraceTextParser(s, 'trace-cmd', { strict }), TRACECMD));
  it('perf script parser on tracefs text', () => check((s, strict) => new FtraceTextParser(s, 'perf-script', { strict }), FTRACE));
  it('perf script (real: lost records, stderr noise, FAILED TO PARSE)', () => check((s, strict) => new FtraceTextParser(s, 'perf-script', { strict }), PERF_REAL));
  it('QEMU trace (real -msg timestamp=on)', () => check((s, strict) => new QemuTraceParser(s, { strict }), QEMU_REAL));
  it('strace', () => check((s, strict) => new StraceParser(s, { strict }), STRACE));
  it('QEMU trace', () => check((s, strict) => new QemuTraceParser(s, { strict }), QEMU));
  it('arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (data) => {
      for (const p of [new FtraceTextParser(new RecordingSink(false)), new StraceParser(new RecordingSink(false)), new QemuTraceParser(new RecordingSink(false))]) {
        const r = feed(p, data, 97) as { lines: number };
        expect(r.lines).toBeGreaterThanOrEqual(0);
      }
    }), { numRuns: 200, seed: 7 });
  });
});
