/**
 * Golden tests of `planescope stats FILE --json` for every supported format.
 * Each document is checked twice: key numbers against an independent source
 * (trace-cmd's own counts in *.golden.json, a plain regex count of the text,
 * the strace line count), and the whole document against a checked-in golden
 * file in engine/trace/testdata/cli/ (regenerate: UPDATE_GOLDEN=1 npx vitest run engine/cli/commands/stats.test.ts).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statsCommand } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN_DIR = join(ROOT, 'trace/testdata/cli');
const tmp = mkdtempSync(join(tmpdir(), 'planescope-stats-'));
afterEach(() => { vi.restoreAllMocks(); });

async function statsJsonOf(file: string): Promise<{ code: number; doc: Record<string, unknown> }> {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await statsCommand.run([file, '--json']);
  vi.restoreAllMocks();
  return { code, doc: JSON.parse(out.join('\n')) as Record<string, unknown> };
}

/** Compares with (or, with UPDATE_GOLDEN=1, writes) engine/trace/testdata/cli/<name>.stats.json. */
function golden(name: string, doc: Record<string, unknown>): void {
  const path = join(GOLDEN_DIR, `${name}.stats.json`);
  const text = JSON.stringify(doc, null, 1) + '\n';
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

const DOCUMENTED = ['format', 'version', 'compression', 'events_total', 'events_by_name', 'per_cpu', 'exit_reasons', 'first_ts', 'last_ts', 'lost_events', 'options', 'guest'];
const strip = (o: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k.replace(/^kvm:/, ''), v]));

/** Event counts of ftrace-style text by a plain regex over non-comment lines ("grep -v '^#' | awk"). */
function countText(text: string): { total: number; byName: Record<string, number> } {
  const byName: Record<string, number> = {};
  let total = 0;
  for (const l of text.split('\n')) {
    const m = /^\s*(?:\S+: )?.*?-\d+\s+\[\d+\]\s+(?:\S+\s+)?\d+\.\d+:\s+([a-z_0-9]+):/.exec(l);
    if (!m || l.startsWith('#')) continue;
    total++;
    byName[m[1]!] = (byName[m[1]!] ?? 0) + 1;
  }
  return { total, byName };
}

describe('planescope stats --json, every format', () => {
  it('trace.dat v7 (zstd, lab io): equals trace-cmd', async () => {
    const { code, doc } = await statsJsonOf(join(ROOT, 'trace/testdata/io.trace.dat'));
    const g = JSON.parse(readFileSync(join(ROOT, 'trace/testdata/io.golden.json'), 'utf8'));
    expect(code).toBe(0);
    for (const k of DOCUMENTED) expect(doc).toHaveProperty(k);
    expect(doc).toMatchObject({ format: 'trace.dat', version: 7, compression: 'zstd', events_total: g.events_total, lost_events: 0, per_cpu: g.per_cpu });
    expect(strip(doc.events_by_name as Record<string, number>)).toEqual(g.events_by_name);
    expect((doc.first_ts as number).toFixed(6)).toBe(g.first_ts);
    expect((doc.last_ts as number).toFixed(6)).toBe(g.last_ts);
    golden('io.trace.dat', doc);
  });

  it('trace.dat v6 (gzip-wrapped): equals trace-cmd', async () => {
    const { code, doc } = await statsJsonOf(join(ROOT, 'trace/testdata/io.v6.trace.dat.gz'));
    const g = JSON.parse(readFileSync(join(ROOT, 'trace/testdata/io.v6.golden.json'), 'utf8'));
    expect(code).toBe(0);
    expect(doc).toMatchObject({ format: 'trace.dat', version: 6, events_total: g.events_total, per_cpu: g.per_cpu, wrapper: 'gzip' });
    expect(strip(doc.events_by_name as Record<string, number>)).toEqual(g.events_by_name);
    golden('io.v6.trace.dat', doc);
  });

  for (const [file, format] of [['io.ftrace.txt.gz', 'tracefs'], ['io.tracecmd.txt.gz', 'trace-cmd']] as const) {
    it(`${format} text (lab ${file}): counts equal a plain regex count and trace-cmd`, async () => {
      const path = join(ROOT, 'trace/import/text/testdata', file);
      const { code, doc } = await statsJsonOf(path);
      const c = countText(gunzipSync(readFileSync(path)).toString('latin1'));
      const g = JSON.parse(readFileSync(join(ROOT, 'trace/testdata/io.golden.json'), 'utf8'));
      expect(code).toBe(0);
      for (const k of DOCUMENTED) expect(doc).toHaveProperty(k);
      expect(doc).toMatchObject({ format, events_total: c.total, compression: 'gzip', per_cpu: g.per_cpu });
      expect(strip(doc.events_by_name as Record<string, number>)).toEqual(c.byName);
      expect(c.byName).toEqual(g.events_by_name); // same run as io.trace.dat
      expect((doc.exit_reasons as Record<string, number>)).toEqual({});
      golden(file.replace(/\.gz$/, ''), doc);
    });
  }

  it('strace (lab io.strace): one strace:ioctl per ioctl line, KVM_RUN exits counted', async () => {
    const path = join(ROOT, 'trace/import/strace/testdata/io.strace.gz');
    const text = gunzipSync(readFileSync(path)).toString('latin1');
    const ioctls = text.split('\n').filter((l) => / ioctl\(/.test(l)).length;
    const runs = text.split('\n').filter((l) => /KVM_RUN \*\/, 0\) = 0 \(KVM_EXIT_IO\)/.test(l)).length;
    const { code, doc } = await statsJsonOf(path);
    expect(code).toBe(0);
    for (const k of DOCUMENTED) expect(doc).toHaveProperty(k);
    expect(doc).toMatchObject({ format: 'strace', events_total: ioctls, events_by_name: { 'strace:ioctl': ioctls }, per_cpu: { '-1': ioctls }, lost_events: 0 });
    const st = doc.strace as { ioctls: number; by_request: Record<string, number>; run_exits: Record<string, number> };
    expect(st.ioctls).toBe(ioctls);
    expect(st.run_exits.KVM_EXIT_IO).toBe(runs);
    expect(doc.text).toMatchObject({ synthetic_time: true, bad: 0 });
    expect(doc.userspace_exits).toEqual({ KVM_EXIT_IO: runs, KVM_EXIT_HLT: 1 });
    expect(doc.userspace_exit_stats).toMatchObject({ source: 'strace', total_samples: runs + 1, timed: 0, total_time_ns: 0 });
    golden('io.strace', doc);
  });

  it('perf script (hand-written sample, no lab capture exists)', async () => {
    const path = join(tmp, 'perf.txt');
    writeFileSync(path, [
      'qemu-system-x86  3598 [001]  2187.667370: kvm:kvm_entry: vcpu 0, rip 0xfff0',
      'qemu-system-x86  3598 [001]  2187.667378: kvm:kvm_exit: vcpu 0 reason IO_INSTRUCTION rip 0xfff0 info1 0x0000000003f80000 info2 0x0000000000000000 intr_info 0x00000000 error_code 0x00000000',
      'qemu-system-x86  3598 [001]  2187.667379: kvm:kvm_pio: pio_write at 0x3f8 size 1 count 1 val 0x41 ',
      'qemu-system-x86  3598 [001]  2187.667380: kvm:kvm_userspace_exit: reason KVM_EXIT_IO (2)',
      'qemu-system-x86  3598 [000]  2187.667390: kvm:kvm_entry: vcpu 0, rip 0xfff1',
      '',
    ].join('\n'));
    const { code, doc } = await statsJsonOf(path);
    expect(code).toBe(0);
    for (const k of DOCUMENTED) expect(doc).toHaveProperty(k);
    expect(doc).toMatchObject({
      format: 'perf-script', events_total: 5, per_cpu: { 0: 1, 1: 4 },
      events_by_name: { 'kvm:kvm_entry': 2, 'kvm:kvm_exit': 1, 'kvm:kvm_pio': 1, 'kvm:kvm_userspace_exit': 1 },
      exit_reasons: { IO_INSTRUCTION: 1 }, userspace_exits: { KVM_EXIT_IO: 1 },
    });
    expect(doc.first_ts).toBeCloseTo(2187.66737, 6);
    // user-space table: the exit at .667380 ends at the thread's kvm_entry at .667390 (no kvm_fpu in this text)
    expect(doc.userspace_exit_stats).toMatchObject({
      source: 'kvm_userspace_exit', total_samples: 1, timed: 1, unpaired: 0, reentry_markers: ['kvm_entry'],
      rows: [{ name: 'KVM_EXIT_IO', reason: 2, samples: 1, samples_pct: 100, timed: 1 }],
    });
    expect((doc.userspace_exit_stats as { total_time_ns: number }).total_time_ns).toBeCloseTo(10_000, 0);
    golden('perf-sample', doc);
  });

  it('QEMU -trace kvm_* (hand-written sample, gzip-wrapped; no lab capture exists)', async () => {
    const path = join(tmp, 'qemu.log.gz');
    writeFileSync(path, gzipSync([
      'qemu-system-x86_64: warning: host doesn\'t support requested feature',
      '3596@1700000000.123456:kvm_vcpu_ioctl cpu_index 0, type 0xae80, arg (nil)',
      '3596@1700000000.123460:kvm_run_exit cpu_index 0, reason 2',
      '3596@1700000000.123470:kvm_vcpu_ioctl cpu_index 0, type 0xae80, arg (nil)',
      '3596@1700000000.123480:kvm_run_exit cpu_index 0, reason 6',
      '',
    ].join('\n')));
    const { code, doc } = await statsJsonOf(path);
    expect(code).toBe(0);
    for (const k of DOCUMENTED) expect(doc).toHaveProperty(k);
    expect(doc).toMatchObject({
      format: 'qemu-trace', compression: 'gzip', events_total: 4, per_cpu: { 0: 4 },
      events_by_name: { 'qemu:kvm_vcpu_ioctl': 2, 'qemu:kvm_run_exit': 2 },
    });
    expect(doc.first_ts).toBeCloseTo(1700000000.123456, 6);
    // kvm_run_exit at .123460 → the next kvm_vcpu_ioctl KVM_RUN at .123470; the one at .123480 has none.
    // QEMU's µs stamps above 2^53 ns are exact to 256 ns, hence the tolerance.
    expect(doc.userspace_exits).toEqual({ KVM_EXIT_IO: 1, KVM_EXIT_MMIO: 1 });
    const us = doc.userspace_exit_stats as { source: string; timed: number; unpaired: number; total_time_ns: number };
    expect(us).toMatchObject({ source: 'kvm_run_exit', timed: 1, unpaired: 1, reentry_markers: ['kvm_vcpu_ioctl KVM_RUN'] });
    expect(Math.abs(us.total_time_ns - 10_000)).toBeLessThan(512);
    golden('qemu-sample', doc);
  });

  it('text output: the user-space exit table, per vCPU, with what the time means (real perf script of a QEMU boot)', async () => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const path = join(ROOT, 'trace/import/text/testdata/real/qemu-noinsn.perf-script.txt.gz');
    expect(await statsCommand.run([path, '--per-vcpu'])).toBe(0);
    const text = out.join('\n');
    // zcat … | grep kvm_userspace_exit | awk '{print $1,$2,$NF,$(NF-1)}' | sort | uniq -c  (comm "CPU n/KVM" = vCPU n)
    expect(text).toContain('USER-SPACE EXITS (kvm_userspace_exit)');
    expect(text).toMatch(/^KVM_EXIT_IO +0 +3116 /m);
    expect(text).toMatch(/^KVM_EXIT_MMIO +0 +376 /m);
    expect(text).toMatch(/^KVM_EXIT_UNKNOWN +1 +2 /m);
    expect(text).toMatch(/^KVM_EXIT_INTR +1 +1 .* - +- +-$/m); // the vCPU threads' last exits: no next KVM_RUN, no time
    expect(text).toContain("Time = time in the VMM: from kvm_userspace_exit (KVM_RUN returned) to the thread's next KVM_RUN");
    expect(text).toContain('Note: perf-script text prints a failed KVM_RUN');
    out.length = 0;
    expect(await statsCommand.run([join(ROOT, 'trace/import/text/testdata/real/qemu-trace.run_exit-ts.txt.gz')])).toBe(0);
    expect(out.join('\n')).toContain('Time: not measured: the trace has no kvm_vcpu_ioctl KVM_RUN events');
    expect(await statsCommand.run([path, '--per-cpu'])).toBe(2); // unknown option
  });

  it('garbage: PS300 thrown (exit code from main), xz: PS303', async () => {
    const bad = join(tmp, 'bad.bin');
    writeFileSync(bad, Buffer.from([0, 1, 2, 3]));
    await expect(statsCommand.run([bad, '--json'])).rejects.toMatchObject({ code: 'PS300' });
    const xz = join(tmp, 'x.xz');
    writeFileSync(xz, Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 1]));
    await expect(statsCommand.run([xz])).rejects.toMatchObject({ code: 'PS303' });
  });
});
