import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PsError } from '../../../errors.ts';
import { FtraceTextParser, sniffPerfScript, sniffTraceCmdReport, sniffTracefs, type FtraceFormat } from './ftrace.ts';
import { RecordingSink, bytes, feed } from './test-sink.ts';

const data = (name: string): Uint8Array => new Uint8Array(gunzipSync(readFileSync(new URL(`./testdata/${name}`, import.meta.url))));

function parse(text: string | Uint8Array, format: FtraceFormat = 'tracefs', opts = {}, chunk = 4096) {
  const sink = new RecordingSink();
  const r = feed(new FtraceTextParser(sink, format, opts), typeof text === 'string' ? bytes(text) : text, chunk);
  return { sink, r };
}

// Event counts per scenario from lab/out/SUMMARY.txt (ftrace_events=… and the top-events list).
const SUMMARY: Record<string, { total: number; top: Record<string, number> }> = {
  io: { total: 94, top: { kvm_emulate_insn: 33, kvm_fpu: 28, kvm_userspace_exit: 14, kvm_pio: 13, kvm_update_master_clock: 2, kvm_write_tsc_offset: 1 } },
  mmio: { total: 86, top: { kvm_fpu: 26, kvm_emulate_insn: 24, kvm_mmio: 16, kvm_userspace_exit: 13, kvm_update_master_clock: 2, kvm_unmap_hva_range: 2 } },
  dirty: { total: 10803, top: { kvm_emulate_insn: 5854, kvm_fpu: 1840, kvm_dirty_ring_push: 1231, kvm_userspace_exit: 920, kvm_pio: 914, kvm_dirty_ring_reset: 11 } },
  errors: { total: 153, top: { kvm_unmap_hva_range: 49, kvm_fpu: 34, kvm_emulate_insn: 26, kvm_userspace_exit: 17, kvm_mmio: 7, kvm_update_master_clock: 5 } },
  singlestep: { total: 672, top: { kvm_fpu: 322, kvm_emulate_insn: 163, kvm_userspace_exit: 161, kvm_pio: 11, kvm_update_master_clock: 4, kvm_write_tsc_offset: 2 } },
  longmode: { total: 492, top: { kvm_emulate_insn: 205, kvm_fpu: 138, kvm_userspace_exit: 69, kvm_pio: 44, kvm_mmio: 25, kvm_inj_exception: 5 } },
};

describe('tracefs text: golden lab recordings', () => {
  for (const [s, want] of Object.entries(SUMMARY)) {
    it(`${s}.ftrace.txt matches SUMMARY.txt and decodes every field`, () => {
      const { sink, r } = parse(data(`${s}.ftrace.txt.gz`), 'tracefs', { strict: true }, 1000);
      expect(r.events).toBe(want.total);
      expect(r.bad).toBe(0);
      expect(r.undecoded).toBe(0);
      expect(r.header).toMatchObject({ tracer: 'nop', entries: want.total, written: want.total, cpus: 2 });
      expect(r.lost).toBe(0);
      const c = sink.counts();
      for (const [name, n] of Object.entries(want.top)) expect(c[name], name).toBe(n);
      // every event was decoded into named fields (no raw payload types)
      expect(sink.types.every((t) => t.fields[0] !== 'payload')).toBe(true);
      expect(sink.events.every((e) => e.system === 'kvm' && e.comm === 'vmm' && e.pid > 0)).toBe(true);
    });
  }

  it('dirty.tracecmd.txt (trace-cmd report, instance tag) gives the same events as the raw text', () => {
    const raw = parse(data('dirty.ftrace.txt.gz')).sink.events;
    const { sink, r } = parse(data('dirty.tracecmd.txt.gz'), 'trace-cmd', { strict: true });
    expect(r.events).toBe(10803);
    expect(r.header).toMatchObject({ cpus: 2, instances: 'kvmlab' });
    expect(sink.events.length).toBe(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const a = raw[i]!, b = sink.events[i]!;
      expect([b.name, b.ts, b.cpu, b.pid, b.comm]).toEqual([a.name, a.ts, a.cpu, a.pid, a.comm]);
      if (a.name === 'kvm_emulate_insn') {
        // trace-cmd's plugin prints "0:1000: b0 41" (no mode): same rip/bytes, no flags
        expect([b.fields.csbase, b.fields.rip, b.fields.insn, b.fields.len]).toEqual([a.fields.csbase, a.fields.rip, a.fields.insn, a.fields.len]);
        expect(b.fields.flags).toBe('');
      } else if (a.name === 'kvm_update_master_clock' || a.name === 'kvm_track_tsc') {
        expect(b.fields.host_clock).toBe(a.fields.host_clock); // "hostclock tsc" vs "hostclock 0x1"
      } else {
        expect(b.fields).toEqual(a.fields);
      }
    }
  });

  it('QEMU boot slices match awk counts (tracefs and trace-cmd)', () => {
    const want = {
      kvm_apic: 7, kvm_apic_ipi: 2, kvm_apicv_inhibit_changed: 1, kvm_cpuid: 416, kvm_fpu: 6179, kvm_ioapic_set_irq: 208,
      kvm_mmio: 6088, kvm_msr: 33, kvm_pic_set_irq: 208, kvm_pio: 2847, kvm_pvclock_update: 2, kvm_set_irq: 216,
      kvm_track_tsc: 3, kvm_unmap_hva_range: 695, kvm_update_master_clock: 3, kvm_userspace_exit: 3089, kvm_write_tsc_offset: 3,
    };
    for (const [file, fmt] of [['qemu_boot.head20k.ftrace.txt.gz', 'tracefs'], ['qemu_boot.head20k.tracecmd.txt.gz', 'trace-cmd']] as const) {
      const { sink, r } = parse(data(file), fmt, { strict: true }, 65536);
      expect(r.events).toBe(20000);
      expect(r.undecoded).toBe(0);
      expect(sink.counts()).toEqual(want);
      expect(sink.events[0]!.comm).toBe('qemu-system-x86');
    }
  });

  it('dense slice: every kvm_emulate_insn decoded with mode flags', () => {
    const { sink, r } = parse(data('qemu_boot_dense.head30k.ftrace.txt.gz'), 'tracefs', { strict: true }, 7777);
    expect(r.events).toBe(30000);
    expect(sink.counts().kvm_emulate_insn).toBe(28737);
    const first = sink.events.find((e) => e.name === 'kvm_emulate_insn')!;
    // " qemu-system-x86-3612    [000] .....  2211.518598: kvm_emulate_insn: ffff0000:fff0:ea 5b e0 00 f0 (real)"
    expect(first).toMatchObject({ pid: 3612, cpu: 0, ts: 2211518598000, comm: 'qemu-system-x86' });
    expect(first.fields).toEqual({ rip: 0xfff0, csbase: 0xffff0000, len: 5, insn: 'ea5be000f0', flags: 0, failed: 0 });
    const modes = new Set(sink.events.filter((e) => e.name === 'kvm_emulate_insn').map((e) => e.fields.flags));
    expect(modes).toEqual(new Set([0, 1, 5])); // real, prot16, prot32
  });
});

describe('tracefs/trace-cmd/perf line traps', () => {
  it('comm with spaces and slashes, anchored on -PID [CPU]', () => {
    const { sink } = parse(' CPU 0/KVM-7289    [003] d..1. 12345.678901: kvm_entry: vcpu 0, rip 0xffffffff81234567\n');
    expect(sink.events[0]).toMatchObject({ comm: 'CPU 0/KVM', pid: 7289, cpu: 3, ts: 12345678901000 });
    expect(sink.events[0]!.fields).toMatchObject({ vcpu_id: 0, rip: 0xffffffff81234567n });
  });

  it('Firecracker comm with a dash and a space, and <...>', () => {
    const { sink } = parse('fc_vcpu 0-2779478 [012] ..... 1.000001: kvm_fpu: load\n           <...>-12 [000] ..... 1.5: kvm_fpu: unload\n');
    expect(sink.events.map((e) => [e.comm, e.pid, e.fields.load])).toEqual([['fc_vcpu 0', 2779478, 1], ['<...>', 12, 0]]);
  });

  it('no latency column, and the record-tgid column', () => {
    const { sink } = parse('  qemu-kvm-100 [001]   5.000000: kvm_fpu: load\n  qemu-kvm-101 (    100) [001] d.... 6.000000: kvm_fpu: unload\n'
      + '  qemu-kvm-102 (-------) [001] d.... 7.000000: kvm_fpu: load\n');
    expect(sink.events.map((e) => [e.pid, e.ts])).toEqual([[100, 5e9], [101, 6e9], [102, 7e9]]);
  });

  it('wide latency flags (need-resched-lazy era) and -t nanosecond timestamps', () => {
    const { sink } = parse('  vmm-1 [000] dNhsL1b. 4957.245129123: kvm_fpu: load\n');
    expect(sink.events[0]!.ts).toBe(4957245129123);
  });

  it('VMX kernel kvm_exit: every field, reason resolved to the VMX number', () => {
    const { sink } = parse('  CPU 1/KVM-9 [001] d..2. 10.000000: kvm_exit: vcpu 1 reason EPT_VIOLATION rip 0xffffffff8100abcd info1 0x0000000000000181 info2 0x0000000000000000 intr_info 0x00000000 error_code 0x00000000\n');
    expect(sink.events[0]!.fields).toEqual({
      exit_reason: 48, reason: 'EPT_VIOLATION', guest_rip: 0xffffffff8100abcdn, isa: 1, info1: 0x181, info2: 0,
      intr_info: 0, error_code: 0, vcpu_id: 1, ret: '', esr_ec: '', ec: '', vcpu_pc: '',
    });
  });

  it('SVM: kernel lower-case names ("npf", "DE excp") and the plugin EXIT_ names; UNKNOWN (1027) = VMGEXIT', () => {
    const lines = [
      ' q-1 [000] ..... 1.0: kvm_exit: vcpu 0 reason npf rip 0x0 info1 0x0000000100000007 info2 0x00000001729a1000 intr_info 0x00000000 error_code 0x00000000',
      ' q-1 [000] ..... 1.0: kvm_exit: vcpu 0 reason DE excp rip 0x1000 info1 0x0000000000000000 info2 0x0000000000000000 intr_info 0x00000000 error_code 0x00000000',
      ' q-1 [000] ..... 1.0: kvm_exit: vcpu 0 reason vmgexit rip 0x0 info1 0x0000000000000000 info2 0x0000000000000000 intr_info 0x00000000 error_code 0x00000000',
    ].join('\n');
    const { sink } = parse(lines);
    expect(sink.events.map((e) => [e.fields.exit_reason, e.fields.isa])).toEqual([[0x400, 2], [0x40, 2], [0x403, 2]]);
    // vmpl-bench style trace-cmd report line (real SEV-SNP host), plugin format
    const tc = 'cpus=128\nqemu-system-x86-310143 [064] 28714.545983: kvm_exit:             reason EXIT_NPF rip 0x0 info 1680000007 1729a1000\n'
      + 'qemu-system-x86-310143 [064] 28714.545990: kvm_exit:             reason UNKNOWN (1027) rip 0x0 info 0 0\n';
    const t = parse(tc, 'trace-cmd', { strict: true }).sink.events;
    expect(t[0]!.fields).toMatchObject({ exit_reason: 0x400, isa: 2, reason: 'EXIT_NPF', guest_rip: 0, info1: 0x1680000007, info2: 0x1729a1000, vcpu_id: '' });
    expect(t[0]).toMatchObject({ comm: 'qemu-system-x86', pid: 310143, cpu: 64 });
    expect(t[1]!.fields).toMatchObject({ exit_reason: 1027, isa: '', reason: 'UNKNOWN (1027)' });
  });

  it('VMX exit-reason flags and kvm_entry variants', () => {
    const { sink } = parse([
      ' a-1 [000] ..... 1.0: kvm_exit: vcpu 0 reason INVALID_STATE FAILED_VMENTRY rip 0x10 info1 0x0000000000000000 info2 0x0000000000000000 intr_info 0x00000000 error_code 0x00000000',
      ' a-1 [000] ..... 1.0: kvm_entry: vcpu 2, rip 0x10[immediate exit]',
      ' a-1 [000] ..... 1.0: kvm_entry: vcpu 2, rip 0x10 inj 0x80000b0e inj_error_code 0x00000000[guest]',
      ' a-1 [000] ..... 1.0: kvm_entry: vcpu 3',
    ].join('\n'));
    expect(sink.events[0]!.fields.exit_reason).toBe(0x80000021);
    expect(sink.events.slice(1).map((e) => [e.fields.vcpu_id, e.fields.rip, e.fields.immediate_exit, e.fields.guest_mode, e.fields.inj_info]))
      .toEqual([[2, 0x10, 1, '', ''], [2, 0x10, 0, 1, 0x80000b0e], [3, '', '', '', '']]);
  });

  it('kvm_userspace_exit restart/error carry errno, kvm_inj_exception and kvm_msr (#GP)', () => {
    const { sink } = parse([
      ' v-1 [000] ..... 1.0: kvm_userspace_exit: reason KVM_EXIT_MMIO (6)',
      ' v-1 [000] ..... 1.0: kvm_userspace_exit: reason restart (4)',
      ' v-1 [000] ..... 1.0: kvm_userspace_exit: reason error (14)',
      ' v-1 [000] ..... 1.0: kvm_inj_exception: #GP (0x0)',
      ' v-1 [000] ..... 1.0: kvm_inj_exception: #PF (0x2) [reinjected]',
      ' v-1 [000] ..... 1.0: kvm_msr: msr_write 40000118 = 0x60000000001 (#GP)',
      ' v-1 [000] ..... 1.0: kvm_pio: pio_read at 0x5658 size 4 count 3 val 0x4 (...)',
    ].join('\n'));
    expect(sink.events.map((e) => e.fields)).toEqual([
      { reason: 6, errno: 0, reason_name: 'KVM_EXIT_MMIO' },
      { reason: '', errno: -4, reason_name: 'restart' },
      { reason: '', errno: -14, reason_name: 'error' },
      { exception: 13, error_code: 0, reinjected: 0, name: '#GP', has_error: 1 },
      { exception: 14, error_code: 2, reinjected: 1, name: '#PF', has_error: 1 },
      { write: 1, ecx: 0x40000118, data: 0x60000000001, exception: 1 },
      { rw: 0, port: 0x5658, size: 4, count: 3, val: 4, more: 1 },
    ]);
  });

  it('perf script: system prefix, PID/TID, optional period column', () => {
    const text = '  qemu-system-x86  3610/3612 [001]  2211.465718: kvm:kvm_pio: pio_write at 0x70 size 1 count 1 val 0x8f \n'
      + '       CPU 0/KVM  7289 [002] 12345.000001:          1 kvm:kvm_fpu: load\n';
    expect(sniffPerfScript(bytes(text))).toBe(true);
    const { sink, r } = parse(text, 'perf-script', { strict: true });
    expect(r.events).toBe(2);
    expect(sink.events.map((e) => [e.system, e.name, e.comm, e.pid, e.cpu])).toEqual([
      ['kvm', 'kvm_pio', 'qemu-system-x86', 3612, 1], ['kvm', 'kvm_fpu', 'CPU 0/KVM', 7289, 2],
    ]);
  });

  it('perf script 2>&1: a line split by perf\'s stderr is bad, its tail is not read as a comm-less line', () => {
    // verbatim from `perf script -i lost.data > f 2>&1` (QEMU boot, perf record -m 1; testdata/real/capture.sh)
    const text = [
      '       CPU 0/KVM 17878 [000] 11197.726280:               kvm:kvm_emulate_insn: 0:ebd3c:58 (prot32)',
      '       CPU 0/KVM 17Warning:',
      'Processed 56518 events and lost 93 chunks!',
      '',
      'Check IO/CPU overload!',
      '',
      'Warning:',
      'Processed 179549 samples and lost 70.63%!',
      '',
      '878 [000] 11197.726282:               kvm:kvm_emulate_insn: 0:ebd3d:5a (prot32)',
      '       CPU 0/KVM 17878 [000] 11197.726284:               kvm:kvm_emulate_insn: 0:ebd3e:eb 51 (prot32)',
    ].join('\n');
    const { sink, r } = parse(text, 'perf-script');
    expect(sink.events.map((e) => [e.comm, e.pid, e.ts])).toEqual([['CPU 0/KVM', 17878, 11197726280000], ['CPU 0/KVM', 17878, 11197726284000]]);
    expect(r.errors.map((e) => e.where.line)).toEqual([2, 10]);
    expect(r.lost).toBe(-1); // "lost 93 chunks" with no PERF_RECORD_LOST lines: some count unknown
    expect(sink.lostMarks).toEqual([{ cpu: -1, ts: 11197726284000, count: -1 }]);
  });

  it('trace-cmd report: version header, several instances, -l latency format, --ts-diff, dropped events', () => {
    const text = [
      'version = 6',
      'kvmlab: cpus=2',
      '        cpus=2',
      'kvmlab:              vmm-28981 [000]  4957.245129: kvm_fpu:              load',
      '                     vmm-28981 [001]  4957.245130: kvm_fpu:              unload',
      'CPU:1 [12 EVENTS DROPPED]',
      'CPU:0 [EVENTS DROPPED]',
      'other:               vmm-28981 [000]  4957.245131: kvm_fpu:              load',
      '     vmm-28981   0d..1.  4957.245132: kvm_fpu:              unload',
      '             vmm-28981 [000]  4957.245133: (+1)     kvm_fpu:              load',
    ].join('\n');
    expect(sniffTraceCmdReport(bytes(text))).toBe(true);
    expect(sniffTracefs(bytes(text))).toBe(false);
    const { sink, r } = parse(text, 'trace-cmd', { strict: true });
    expect(r.events).toBe(5);
    expect(r.header).toMatchObject({ version: 6, cpus: 2, instances: 'kvmlab,other' });
    expect(r.lost).toBe(-1); // one count unknown
    expect(sink.lostMarks).toEqual([{ cpu: 1, ts: 4957245130000, count: 12 }, { cpu: 0, ts: 4957245130000, count: -1 }]);
    expect(sink.events.map((e) => [e.comm, e.cpu, e.fields.load])).toEqual([
      ['vmm', 0, 1], ['vmm', 1, 0], ['vmm', 0, 1], ['vmm', 0, 0], ['vmm', 0, 1],
    ]);
  });

  it('tracefs lost-event lines and entries-written header', () => {
    const text = '# tracer: nop\n#\n# entries-in-buffer/entries-written: 10/25   #P:4\n#\nCPU:2 [LOST 15 EVENTS]\n  vmm-1 [002] ..... 3.0: kvm_fpu: load\n';
    expect(sniffTracefs(bytes(text))).toBe(true);
    const { sink, r } = parse(text);
    expect(r.lost).toBe(30); // 25-10 from the header + 15 from the LOST line
    expect(sink.lostMarks).toEqual([{ cpu: 2, ts: 0, count: 15 }]);
    expect(r.header).toMatchObject({ tracer: 'nop', entries: 10, written: 25, cpus: 4 });
  });

  it('unknown events keep their payload; unknown formats of known events are counted', () => {
    const { sink, r } = parse(' a-1 [000] ..... 1.0: sched_switch: prev_comm=a prev_pid=1\n a-1 [000] ..... 1.0: kvm_fpu: half-loaded\n');
    expect(sink.events.map((e) => [e.system, e.name, e.fields])).toEqual([
      ['', 'sched_switch', { payload: 'prev_comm=a prev_pid=1' }],
      ['kvm', 'kvm_fpu', { payload: 'half-loaded' }],
    ]);
    expect(r.undecoded).toBe(1);
    expect(r.warnings[0]).toBe('line 2: kvm_fpu: half-loaded');
  });

  it('lenient mode counts bad lines with PS305 line numbers; strict mode throws the first', () => {
    const text = ' a-1 [000] ..... 1.0: kvm_fpu: load\nthis is not a trace line\n a-1 [000] ..... 2.0: kvm_fpu: unload\nneither [is] this\n';
    const { r } = parse(text);
    expect(r.events).toBe(2);
    expect(r.bad).toBe(2);
    expect(r.errors.map((e) => [e.code, e.where.line])).toEqual([['PS305', 2], ['PS305', 4]]);
    expect(r.errors[0]!.message).toMatch(/expected an event line/);
    expect(() => parse(text, 'tracefs', { strict: true })).toThrow(PsError);
    try { parse(text, 'tracefs', { strict: true }); } catch (e) {
      expect((e as PsError).where).toMatchObject({ line: 2, offset: 36 });
    }
  });

  it('lines spanning chunks: identical results for every chunk size', () => {
    const d = data('io.ftrace.txt.gz');
    const ref = parse(d, 'tracefs', {}, d.length).sink.events;
    for (const size of [1, 2, 3, 7, 64, 100, 333]) {
      expect(parse(d, 'tracefs', {}, size).sink.events).toEqual(ref);
    }
    // byte offsets in errors are exact across chunk boundaries too
    const bad = bytes(' a-1 [000] ..... 1.0: kvm_fpu: load\r\nxyz\r\n');
    for (const size of [1, 5, 40]) expect(parse(bad, 'tracefs', {}, size).r.errors[0]!.where).toMatchObject({ line: 2, offset: 37 });
  });
});
