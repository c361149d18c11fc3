/**
 * Golden tests on REAL captures (testdata/real, made by testdata/real/capture.sh on the
 * lab host: perf 6.1.187, QEMU 7.2.22, kernel 6.18 PVM KVM). Expected numbers were
 * counted independently of the importer, with awk/grep over the decompressed text:
 *   perf:  awk '{for(i=1;i<=NF;i++) if ($i ~ /^[a-z_]+:[a-z_0-9]+:$/) {n[$i]++; break}}'
 *   QEMU:  sed -E 's/^[0-9]+@[0-9]+\.[0-9]+://' | awk '/^kvm_[a-z0-9_]+( |$)/ {n[$1]++}'
 * and first/last lines, `awk '{print $2}' | uniq -c` for threads, grep for exit reasons.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect.ts';
import { loadTrace } from '../../load.ts';
import { FtraceTextParser } from './ftrace.ts';
import { KVM_EXIT } from './kvm-names.ts';
import { QemuTraceParser } from './qemu.ts';
import { RecordingSink, feed, type RecordedEvent } from './test-sink.ts';

const real = (name: string): Uint8Array =>
  new Uint8Array(gunzipSync(readFileSync(new URL(`./testdata/real/${name}`, import.meta.url))));

function perf(data: Uint8Array, opts = {}) {
  const sink = new RecordingSink();
  const r = feed(new FtraceTextParser(sink, 'perf-script', opts), data, 65536);
  return { sink, r };
}

function qemu(data: Uint8Array, opts = {}) {
  const sink = new RecordingSink();
  const r = feed(new QemuTraceParser(sink, opts), data, 4093);
  return { sink, r };
}

/** name → count, `by` picks the key (default: the event name). */
function tally(events: readonly RecordedEvent[], by: (e: RecordedEvent) => string | number = (e) => e.name): Record<string, number> {
  const c: Record<string, number> = {};
  for (const e of events) { const k = String(by(e)); c[k] = (c[k] ?? 0) + 1; }
  return c;
}

const US = 1000; // perf prints µs by default: ts in ns = µs × 1000

// perf record -e 'kvm:*' -a around `vmm io; vmm mmio; vmm longmode; vmm perf …` (lab VMM, real mode + long mode guests)
const VMM_COUNTS = {
  kvm_emulate_insn: 3927, kvm_fpu: 1442, kvm_userspace_exit: 721, kvm_pio: 677, kvm_cpuid: 600, kvm_mmio: 41,
  kvm_update_master_clock: 8, kvm_unmap_hva_range: 5, kvm_inj_exception: 5, kvm_track_tsc: 4, kvm_apicv_inhibit_changed: 4,
  kvm_write_tsc_offset: 4,
};

describe('perf script of the lab VMM (perf 6.1, kernel 6.18)', () => {
  const base = perf(real('vmm.perf-script.txt.gz'), { strict: true });

  it('default output: counts per event equal awk, every payload decoded', () => {
    const { sink, r } = base;
    expect(detectFormat(real('vmm.perf-script.txt.gz'))).toBe('perf-script');
    expect([r.events, r.bad, r.undecoded, r.lost, r.skipped]).toEqual([7438, 0, 0, 0, 0]);
    expect(sink.counts()).toEqual(VMM_COUNTS);
    expect(sink.events.every((e) => e.system === 'kvm')).toBe(true);
    // known events never fall back to the raw `payload` form
    expect(sink.types.filter((t) => t.fields[0] === 'payload')).toEqual([]);
  });

  it('first/last timestamps, comm, TIDs and host CPU', () => {
    const ev = base.sink.events;
    // "             vmm 17728 [000] 11179.070654:        kvm:kvm_update_master_clock: masterclock 0 hostclock 0x1 offsetmatched 0"
    expect(ev[0]).toMatchObject({ comm: 'vmm', pid: 17728, cpu: 0, ts: 11179070654 * US, name: 'kvm_update_master_clock' });
    expect(ev[0]!.fields).toMatchObject({ use_master_clock: 0, host_clock: 1, offset_matched: 0 });
    expect(ev.at(-1)).toMatchObject({ comm: 'vmm', pid: 17734, cpu: 0, ts: 11179118774 * US, name: 'kvm_unmap_hva_range' });
    // one process per scenario (io, mmio, longmode, perf)
    expect(tally(ev, (e) => e.pid)).toEqual({ 17728: 94, 17730: 86, 17732: 492, 17734: 6766 });
    expect(new Set(ev.map((e) => e.cpu))).toEqual(new Set([0]));
    for (let i = 1; i < ev.length; i++) expect(ev[i]!.ts >= ev[i - 1]!.ts).toBe(true);
  });

  it('kvm_userspace_exit reasons decoded (grep -o "reason KVM_EXIT_[A-Z_]*" | uniq -c)', () => {
    const ue = base.sink.events.filter((e) => e.name === 'kvm_userspace_exit');
    expect(tally(ue, (e) => e.fields.reason_name as string)).toEqual({
      KVM_EXIT_IO: 677, KVM_EXIT_MMIO: 34, KVM_EXIT_HLT: 8, KVM_EXIT_INTERNAL_ERROR: 2,
    });
    for (const e of ue) expect(e.fields.reason).toBe(KVM_EXIT[e.fields.reason_name as string]);
    const first = base.sink.events.find((e) => e.name === 'kvm_emulate_insn')!;
    expect(first.fields).toEqual({ csbase: 0, rip: 0x1000, insn: 'b041', len: 2, flags: 0, failed: 0 }); // "0:1000:b0 41 (real)"
  });

  it('kvm_inj_exception: libtraceevent "[FAILED TO PARSE] name=value" form decoded to the same fields', () => {
    // perf 6.1 cannot parse 6.18's print format ("bad op token }") and prints the raw fields
    const inj = base.sink.events.filter((e) => e.name === 'kvm_inj_exception').map((e) => e.fields);
    expect(inj).toEqual([
      { exception: 0, has_error: 0, error_code: 0, reinjected: 0, name: '#DE' },
      { exception: 14, has_error: 1, error_code: 0, reinjected: 0, name: '#PF' },
      { exception: 14, has_error: 1, error_code: 2, reinjected: 0, name: '#PF' },
      { exception: 6, has_error: 0, error_code: 0, reinjected: 0, name: '#UD' },
      { exception: 13, has_error: 1, error_code: 0, reinjected: 0, name: '#GP' },
    ]);
  });

  const same = (a: RecordedEvent, b: RecordedEvent) => [a.name, a.fields] as const;

  it('-F comm,pid,tid,cpu,time,event,trace ("PID/TID"): the TID is the thread, events identical', () => {
    const { sink, r } = perf(real('vmm.perf-script-F-comm-pid-tid.txt.gz'), { strict: true });
    expect(r.events).toBe(7438);
    expect(sink.events).toEqual(base.sink.events);
  });

  it('--ns: nanosecond timestamps, truncated to µs they equal the default output', () => {
    const { sink, r } = perf(real('vmm.perf-script-ns.txt.gz'), { strict: true });
    expect(r.events).toBe(7438);
    // "11179.070654025" / "11179.118774551"
    expect([sink.events[0]!.ts, sink.events.at(-1)!.ts]).toEqual([11179070654025, 11179118774551]);
    sink.events.forEach((e, i) => {
      const b = base.sink.events[i]!;
      expect(Math.floor(e.ts / US) * US).toBe(b.ts);
      expect(same(e, b)).toEqual(same(b, b));
    });
  });

  it('-F comm,tid,time,event,trace (no CPU column): cpu -1, otherwise identical', () => {
    const data = real('vmm.perf-script-F-no-cpu.txt.gz');
    expect(detectFormat(data)).toBe('perf-script');
    const { sink, r } = perf(data, { strict: true });
    expect([r.events, r.bad]).toEqual([7438, 0]);
    expect(sink.events).toEqual(base.sink.events.map((e) => ({ ...e, cpu: -1 })));
  });

  it('-F tid,cpu,time,event,trace (no comm): comm empty, otherwise identical', () => {
    const data = real('vmm.perf-script-F-no-comm.txt.gz');
    expect(detectFormat(data)).toBe('perf-script');
    const { sink, r } = perf(data, { strict: true });
    expect([r.events, r.bad]).toEqual([7438, 0]);
    expect(sink.events).toEqual(base.sink.events.map((e) => ({ ...e, comm: '' })));
  });

  it('--header: 30 KB of "# …" lines before the first event are detected and read', () => {
    const data = real('vmm.perf-script-header.txt.gz');
    expect(detectFormat(data)).toBe('perf-script');
    const { sink, r } = perf(data, { strict: true });
    expect(r.events).toBe(7438);
    expect(r.skipped).toBe(119); // grep -c '^#'
    expect(sink.events).toEqual(base.sink.events);
    expect(r.header).toMatchObject({ perf_version: '6.1.187', os_release: '6.18.44-fc-v669', cpus: 2, cpus_online: 2, arch: 'x86_64' });
    expect(r.header.cmdline).toMatch(/^\/usr\/bin\/perf record -e kvm:\* -a -o vmm\.data -- sh -c /);
  });

  it('--show-task-events 2>&1: PERF_RECORD_COMM/FORK/EXIT and libtraceevent messages skipped, not bad', () => {
    const data = real('vmm.perf-script-task-events.txt.gz');
    expect(detectFormat(data)).toBe('perf-script'); // starts with "libtraceevent:" and PERF_RECORD_FORK lines
    const { sink, r } = perf(data, { strict: true });
    expect([r.events, r.bad, r.lost]).toEqual([7438, 0, 0]);
    expect(r.skipped).toBe(211); // grep -vc ' kvm:kvm_': 98 COMM + 101 FORK + 9 EXIT + 3 libtraceevent lines
    expect(sink.events).toEqual(base.sink.events);
  });
});

describe('perf script with lost events (-m 1, --show-lost-events, 2>&1)', () => {
  const data = real('vmm-lost.perf-script-show-lost-events.txt.gz');

  it('PERF_RECORD_LOST lines are lost-event marks with their counts; a line split by stderr is bad', () => {
    const { sink, r } = perf(data);
    // grep -c ' kvm:kvm_' = 11481, one of them split in two by perf's "Warning:" (stdout/stderr interleaved)
    expect(r.events).toBe(11480);
    expect(r.bad).toBe(2);
    expect(r.errors.map((e) => e.where.line)).toEqual([11486, 11489]);
    // grep -o 'PERF_RECORD_LOST lost [0-9]*' | awk '{s+=$3} END {print NR, s}'
    expect(r.lost).toBe(21677);
    expect(sink.lostMarks.length).toBe(19);
    // "             vmm 21687 [000] 11361.243907: PERF_RECORD_LOST lost 129"
    expect(sink.lostMarks[0]).toEqual({ cpu: 0, ts: 11361243907 * US, count: 129 });
    expect(sink.counts()).toEqual({
      kvm_emulate_insn: 5788, kvm_fpu: 2510, kvm_pio: 1254, kvm_userspace_exit: 1253, kvm_cpuid: 669,
      kvm_update_master_clock: 2, kvm_track_tsc: 1, kvm_apicv_inhibit_changed: 1, kvm_write_tsc_offset: 1, kvm_unmap_hva_range: 1,
    });
    expect([sink.events[0]!.ts, sink.events.at(-1)!.ts]).toEqual([11361187668 * US, 11361339932 * US]);
  });

  it('without --show-lost-events only perf\'s "Processed … and lost 65.37%!" remains: lost count unknown', () => {
    // the same real text minus its PERF_RECORD_LOST lines (what plain `perf script 2>&1` prints)
    const text = new TextDecoder().decode(data).split('\n').filter((l) => !l.includes('PERF_RECORD_LOST')).join('\n');
    const { sink, r } = perf(new TextEncoder().encode(text));
    expect([r.events, r.bad, r.lost]).toEqual([11480, 2, -1]);
    expect(sink.lostMarks).toEqual([{ cpu: -1, ts: 11361339932 * US, count: -1 }]);
  });
});

describe('perf script of a QEMU boot (-smp 2, debug-threads: vCPU threads "CPU n/KVM")', () => {
  it('without kvm_emulate_insn: counts, threads, vCPU attribution and exit reasons', async () => {
    const data = real('qemu-noinsn.perf-script.txt.gz');
    const { sink, r } = perf(data, { strict: true });
    expect([r.events, r.bad, r.undecoded]).toEqual([37478, 0, 0]);
    expect(sink.counts()).toEqual({
      kvm_mmio: 21039, kvm_fpu: 6994, kvm_userspace_exit: 3497, kvm_pio: 3163, kvm_unmap_hva_range: 498, kvm_age_hva: 477,
      kvm_cpuid: 418, kvm_set_irq: 392, kvm_ioapic_set_irq: 384, kvm_pic_set_irq: 384, kvm_test_age_hva: 136, kvm_msr: 64,
      kvm_apic: 7, kvm_track_tsc: 6, kvm_write_tsc_offset: 6, kvm_update_master_clock: 4, kvm_pvclock_update: 3,
      kvm_apic_ipi: 2, kvm_apic_accept_irq: 2, kvm_apicv_inhibit_changed: 1, kvm_vcpu_wakeup: 1,
    });
    // comm with a blank and a slash; other threads of the host (-a) too
    expect(tally(sink.events, (e) => `${e.comm}/${e.pid}`)).toEqual({
      'CPU 0/KVM/17827': 36354, 'CPU 1/KVM/17828': 52, 'kdamond.0/77': 613, 'kthreadd/17829': 12,
      'qemu-system-x86/17825': 97, 'qemu-system-x86/17826': 350,
    });
    // exits happen on vCPU threads only
    for (const e of sink.events) {
      if (['kvm_userspace_exit', 'kvm_pio', 'kvm_mmio', 'kvm_cpuid', 'kvm_msr'].includes(e.name)) expect(e.comm).toMatch(/^CPU [01]\/KVM$/);
    }
    const ue = sink.events.filter((e) => e.name === 'kvm_userspace_exit');
    expect(tally(ue, (e) => e.fields.reason_name as string)).toEqual({ KVM_EXIT_IO: 3116, KVM_EXIT_MMIO: 376, KVM_EXIT_UNKNOWN: 3, KVM_EXIT_INTR: 2 });
    expect(tally(ue, (e) => e.fields.reason as number)).toEqual({ 2: 3116, 6: 376, 0: 3, 10: 2 });
    expect([sink.events[0]!.ts, sink.events.at(-1)!.ts]).toEqual([11190280849 * US, 11192247284 * US]);
    // the store turns the "CPU n/KVM" threads into vCPU lanes (what `planescope stats` shows)
    const loaded = await loadTrace(data);
    expect(loaded.format).toBe('perf-script');
    expect(loaded.store.count).toBe(37478);
    expect(loaded.store.lanes().map((l) => l.id)).toEqual(expect.arrayContaining(['cpu:0', 'cpu:1', 'vcpu:0', 'vcpu:1']));
  });

  it('all events, first 30 000 lines: every emulated instruction decoded with its mode', () => {
    const { sink, r } = perf(real('qemu.perf-script.head30k.txt.gz'), { strict: true });
    expect([r.events, r.bad, r.undecoded]).toEqual([30000, 0, 0]);
    expect(sink.counts()).toEqual({
      kvm_emulate_insn: 28688, kvm_fpu: 386, kvm_cpuid: 232, kvm_pio: 192, kvm_userspace_exit: 192, kvm_unmap_hva_range: 173,
      kvm_age_hva: 61, kvm_ioapic_set_irq: 20, kvm_set_irq: 20, kvm_pic_set_irq: 20, kvm_track_tsc: 6, kvm_write_tsc_offset: 6,
      kvm_update_master_clock: 3, kvm_apicv_inhibit_changed: 1,
    });
    const insn = sink.events.filter((e) => e.name === 'kvm_emulate_insn');
    // "       CPU 0/KVM 17741 [000] 11183.565235:               kvm:kvm_emulate_insn: ffff0000:fff0:ea 5b e0 00 f0 (real)"
    expect(insn[0]).toMatchObject({ comm: 'CPU 0/KVM', pid: 17741, cpu: 0, ts: 11183565235 * US });
    expect(insn[0]!.fields).toEqual({ csbase: 0xffff0000, rip: 0xfff0, insn: 'ea5be000f0', len: 5, flags: 0, failed: 0 });
    expect(tally(insn, (e) => e.fields.flags as number)).toEqual({ 0: 24, 1: 1, 5: 28663 }); // (real) (prot16) (prot32)
    expect(sink.events[0]).toMatchObject({ comm: 'qemu-system-x86', pid: 17739, cpu: 1, ts: 11183489954 * US });
    expect(sink.events.at(-1)).toMatchObject({ comm: 'CPU 0/KVM', pid: 17741, ts: 11183888386 * US });
  });
});

/** |ts − exact| ≤ 128 ns: QEMU's wall-clock ns exceed 2^53 (spacing 256 ns there). */
function nearNs(ts: number, secs: number, usecs: number): boolean {
  return Math.abs(Number(BigInt(secs) * 1_000_000_000n + BigInt(usecs) * 1000n - BigInt(ts))) <= 128;
}

const QEMU_SETUP = { kvm_ioctl: 103, kvm_set_ioeventfd_pio: 14, kvm_init_vcpu: 2, kvm_irqchip_commit_routes: 1, kvm_slots_grow: 1 };

describe('QEMU 7.2 -trace (log backend, stderr)', () => {
  it("-trace 'kvm_*' without -msg timestamp=on: no prefix at all, ordinal time, stderr warnings skipped", () => {
    const data = real('qemu-trace.all.txt.gz');
    expect(detectFormat(data)).toBe('qemu-trace');
    const { sink, r } = qemu(data, { strict: true });
    expect(sink.counts()).toEqual({ ...QEMU_SETUP, kvm_vcpu_ioctl: 1089, kvm_run_exit: 1006, kvm_vm_ioctl: 250, kvm_set_user_memory: 22 });
    expect([r.events, r.bad, r.undecoded, r.skipped, r.syntheticTime]).toEqual([2488, 0, 0, 3, true]);
    expect(sink.events.map((e) => e.ts)).toEqual(sink.events.map((_, i) => i));
    expect(new Set(sink.events.map((e) => e.pid))).toEqual(new Set([-1]));
    // "kvm_slots_grow 0 -> 16" (Debian's 7.2 carries this upstream-9.1 event)
    expect(sink.events.find((e) => e.name === 'kvm_slots_grow')!.fields).toEqual({ old: 0, new: 16 });
  });

  it('-msg timestamp=on: TID@SECS.USECS prefix (thread ids, wall clock), vCPU attribution, exit reasons', () => {
    const { sink, r } = qemu(real('qemu-trace.all-ts.txt.gz'), { strict: true });
    expect(sink.counts()).toEqual({ ...QEMU_SETUP, kvm_vcpu_ioctl: 1143, kvm_run_exit: 1060, kvm_vm_ioctl: 252, kvm_set_user_memory: 24 });
    // skipped: 2 × "2026-…Z qemu-system-x86_64: warning: host doesn't support requested feature" + "terminating on signal 15"
    expect([r.events, r.bad, r.undecoded, r.skipped, r.syntheticTime]).toEqual([2600, 0, 0, 3, false]);
    // "18138@1795331950.015276:kvm_ioctl type 0xae00, arg (nil)" … "18138@1795331951.953421:kvm_ioctl type 0xae03, arg 0x27"
    expect(nearNs(sink.events[0]!.ts, 1795331950, 15276)).toBe(true);
    expect(nearNs(sink.events.at(-1)!.ts, 1795331951, 953421)).toBe(true);
    expect(sink.events[0]!.fields).toEqual({ type: 0xae00, arg: '(nil)', type_name: 'KVM_GET_API_VERSION' });
    // awk: vCPU 0 runs on thread 18140, vCPU 1 (an AP waiting for SIPI inside KVM_RUN) on 18141; the main thread 18138 sets both up
    const vcpuEv = sink.events.filter((e) => e.name === 'kvm_run_exit' || e.name === 'kvm_vcpu_ioctl');
    expect(tally(vcpuEv, (e) => `${e.pid} ${e.name} ${e.cpu}`)).toEqual({
      '18138 kvm_vcpu_ioctl 0': 1, '18138 kvm_vcpu_ioctl 1': 1, '18140 kvm_run_exit 0': 1060, '18140 kvm_vcpu_ioctl 0': 1100, '18141 kvm_vcpu_ioctl 1': 41,
    });
    const exits = sink.events.filter((e) => e.name === 'kvm_run_exit');
    expect(tally(exits, (e) => `${e.fields.reason} ${e.fields.reason_name}`)).toEqual({ '2 KVM_EXIT_IO': 1060 });
    // QEMU 7.2's kvm_set_user_memory has no AddrSpace#/guest_memfd
    expect(sink.events.find((e) => e.name === 'kvm_set_user_memory')!.fields).toEqual({
      as: '', slot: 0, flags: 0, guest_phys_addr: 0, memory_size: 0x10000000, userspace_addr: 0x7f0e07e00000, fd: '', fd_offset: '', ret: 0,
    });
    expect(sink.events.filter((e) => e.name === 'kvm_init_vcpu').map((e) => [e.pid, e.fields.cpu_index, e.fields.arch_cpu_id]))
      .toEqual([[18140, 0, 0], [18141, 1, 1]]);
  });

  it('-D FILE gets the same lines without the stderr messages (MMIO exits too)', () => {
    const { sink, r } = qemu(real('qemu-trace.D-all-ts.txt.gz'), { strict: true });
    expect(sink.counts()).toEqual({ ...QEMU_SETUP, kvm_vcpu_ioctl: 1984, kvm_run_exit: 1901, kvm_vm_ioctl: 252, kvm_set_user_memory: 24 });
    expect([r.events, r.bad, r.skipped, r.lines]).toEqual([4282, 0, 0, 4282]);
    const exits = sink.events.filter((e) => e.name === 'kvm_run_exit');
    expect(tally(exits, (e) => e.fields.reason_name as string)).toEqual({ KVM_EXIT_IO: 1645, KVM_EXIT_MMIO: 256 });
    expect(new Set(exits.map((e) => e.pid))).toEqual(new Set([18333]));
    expect(nearNs(sink.events[0]!.ts, 1795331956, 227402)).toBe(true);
    expect(nearNs(sink.events.at(-1)!.ts, 1795331958, 206064)).toBe(true);
    for (let i = 1; i < sink.events.length; i++) expect(sink.events[i]!.ts >= sink.events[i - 1]!.ts).toBe(true);
  });

  it('-trace kvm_run_exit / -trace kvm_vcpu_ioctl alone', () => {
    const a = qemu(real('qemu-trace.run_exit-ts.txt.gz'), { strict: true });
    expect([a.r.events, a.r.skipped, a.r.syntheticTime]).toEqual([1006, 3, false]);
    expect(tally(a.sink.events, (e) => `${e.pid} ${e.cpu} ${e.fields.reason_name}`)).toEqual({ '18161 0 KVM_EXIT_IO': 1006 });
    expect(nearNs(a.sink.events[0]!.ts, 1795331952, 107052) && nearNs(a.sink.events.at(-1)!.ts, 1795331952, 967274)).toBe(true);
    const b = qemu(real('qemu-trace.vcpu_ioctl.txt.gz'), { strict: true });
    expect([b.r.events, b.r.skipped, b.r.syntheticTime]).toEqual([1089, 3, true]);
    expect(tally(b.sink.events, (e) => e.cpu)).toEqual({ 0: 1047, 1: 42 });
    // KVM_RUN = _IO(KVMIO, 0x80): 1008 on vCPU 0, 3 on vCPU 1
    expect(tally(b.sink.events.filter((e) => e.fields.type === 0xae80), (e) => e.cpu)).toEqual({ 0: 1008, 1: 3 });
    // every request is named from kvm.h (the ones QEMU 7.2 issues on a vCPU fd are all known)
    const names = tally(b.sink.events, (e) => String(e.fields.type_name));
    expect(names['KVM_RUN']).toBe(1011);
    expect(Object.keys(names).filter((n) => n.startsWith('0x'))).toEqual([]);
  });
});
