import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineClient, EngineError, inThreadTransport, type TraceProgressNotice } from '../protocol.ts';
import { Session } from '../session.ts';
import { loadTrace } from '../trace/load.ts';
import { computeExitStats } from '../trace/stats.ts';
import { STATE_GUEST, STATE_KERNEL, STATE_USER } from '../trace/store/store.ts';
import { SYNTH_SAMPLE, SYNTH_SAMPLE_1M, traceSampleDescription, type TraceSampleSource } from './trace.ts';
import { synthKvmTraceDat } from './trace-synth.ts';

const TESTDATA = new URL('../trace/testdata/', import.meta.url);
const fileSamples: TraceSampleSource = {
  list: () => ['qemu_boot.trace.dat', 'io.trace.dat'].map((name) => ({ name, description: traceSampleDescription(name), synthetic: false })),
  load: async (name) => new Uint8Array(readFileSync(new URL(name, TESTDATA))),
};

function client(notices: TraceProgressNotice[] = []): EngineClient {
  const session = new Session({ trace: { samples: fileSamples, notify: (n) => notices.push(n) } });
  return new EngineClient(() => inThreadTransport(session));
}

async function rejects(p: Promise<unknown>): Promise<EngineError> {
  try { await p; } catch (e) { if (e instanceof EngineError) return e; throw e; }
  throw new Error('expected a rejection');
}

describe('trace workspace: open', () => {
  it('lists the bundled samples plus the synthetic one, labelled synthetic', async () => {
    const c = client();
    const s = await c.request('traceSamples', {});
    expect(s.map((x) => x.name)).toEqual(['qemu_boot.trace.dat', 'io.trace.dat', SYNTH_SAMPLE, SYNTH_SAMPLE_1M]);
    expect(s.find((x) => x.name === SYNTH_SAMPLE)).toMatchObject({ synthetic: true, description: expect.stringContaining('SYNTHETIC') });
  });

  it('opens the real qemu_boot trace.dat with the counts trace-cmd reports, with progress notices', async () => {
    const notices: TraceProgressNotice[] = [];
    const c = client(notices);
    const golden = JSON.parse(readFileSync(new URL('qemu_boot.golden.json', TESTDATA), 'utf8')) as { events_total: number; per_cpu: Record<string, number>; events_by_name: Record<string, number> };
    const info = await c.request('traceOpen', { kind: 'sample', name: 'qemu_boot.trace.dat' });
    expect(info).toMatchObject({ format: 'trace.dat', events: golden.events_total, error: null, synthetic: false });
    for (const [cpu, n] of Object.entries(golden.per_cpu)) expect(info.lanes.find((l) => l.id === `cpu:${cpu}`)?.events).toBe(n);
    for (const t of info.types) if (t.count) expect(t.count).toBe(golden.events_by_name[t.name]);
    expect(notices.length).toBeGreaterThan(2);
    expect(notices.every((n) => n.seq === -1 && n.notice === 'traceProgress')).toBe(true);
    expect(new Set(notices.map((n) => n.of)).size).toBe(1);
    const done = notices.map((n) => n.done);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    expect(done[done.length - 1]).toBe(notices[0]!.total);
  });

  it('a user file is transferred, and a truncated one keeps the events read before the error', async () => {
    const c = client();
    const full = synthKvmTraceDat({ version: 6, events: 20_000 });
    const cut = full.slice(0, Math.floor(full.length * 0.6));
    const info = await c.request('traceOpen', { kind: 'file', name: 'cut.dat', bytes: cut }, [cut.buffer]);
    expect(cut.byteLength).toBe(0); // moved, not copied
    expect(info.error?.code).toBe('PS301');
    expect(info.error?.where).toMatchObject({ file: 'cut.dat', offset: Math.floor(full.length * 0.6) });
    expect(info.events).toBeGreaterThan(1000);
    expect(info.events).toBeLessThan(20_000);
    // The partial workspace is usable.
    const v = await c.request('traceView', { t0: info.t0, t1: info.t1 + 1, width: 100 });
    expect(v.count.reduce((a, b) => a + b, 0)).toBeGreaterThan(info.events); // cpu + vcpu lanes
  });

  it('garbage gives PS300 in the result, not a thrown error, and requests without a trace give PS504', async () => {
    const c = client();
    expect((await rejects(c.request('traceView', { t0: 0, t1: 1, width: 10 }))).code).toBe('PS504');
    const info = await c.request('traceOpen', { kind: 'file', name: 'junk.bin', bytes: new TextEncoder().encode('hello, not a trace') });
    expect(info.error?.code).toBe('PS300');
    expect(info.events).toBe(0);
    expect((await rejects(c.request('traceOpen', { kind: 'sample', name: 'nope' }))).code).toBe('PS100');
  });
});

describe('trace workspace: timeline, details, stats on the synthetic trace', () => {
  it('the synthetic trace is deterministic', () => {
    expect(synthKvmTraceDat({ events: 5000 })).toEqual(synthKvmTraceDat({ events: 5000 }));
    expect(synthKvmTraceDat({ events: 5000, seed: 2 })).not.toEqual(synthKvmTraceDat({ events: 5000 }));
  });

  it('views: bucket counts add up to the lane totals, states show guest/KVM/VMM time, exact transitions when zoomed in', async () => {
    const c = client();
    const info = await c.request('traceOpen', { kind: 'sample', name: SYNTH_SAMPLE });
    expect(info).toMatchObject({ synthetic: true, exitIsa: 'vmx', hasEntries: true, error: null });
    expect(info.lanes.map((l) => l.id)).toEqual(['cpu:0', 'cpu:1', 'cpu:2', 'cpu:3', 'vcpu:0', 'vcpu:1', 'vcpu:2', 'vcpu:3']);
    const W = 700;
    const v = await c.request('traceView', { t0: info.t0, t1: info.t1 + 1, width: W });
    expect(v.lanes).toEqual(info.lanes.map((l) => l.id));
    v.lanes.forEach((id, k) => {
      let sum = 0;
      for (let b = 0; b < W; b++) sum += v.count[k * W + b]!;
      expect(sum).toBe(info.lanes.find((l) => l.id === id)!.events);
    });
    const vcpuStates = new Set(v.state.subarray(4 * W));
    expect(vcpuStates.has(STATE_GUEST)).toBe(true);
    expect(v.exactLanes.length).toBe(0); // ~10k transitions per vCPU: buckets only

    // Zoom to 2 ms around the middle: exact transitions, consistent with the details of each event.
    const mid = (info.t0 + info.t1) / 2;
    const z = await c.request('traceView', { t0: mid, t1: mid + 2_000_000, width: W, lanes: ['cpu:1', 'vcpu:1'] });
    expect(z.lanes).toEqual(['cpu:1', 'vcpu:1']);
    expect([...z.exactLanes]).toEqual([1]);
    expect(z.trIndex.length).toBeGreaterThan(4);
    expect([...z.trLane].every((k) => k === 1)).toBe(true);
    expect([...z.trCpuLane].every((k) => k === 0)).toBe(true); // vCPU 1 runs on host CPU 1
    expect(z.trTs[0]).toBeLessThan(mid);
    for (let j = 0; j < z.trIndex.length; j++) {
      const d = await c.request('traceEvent', { index: z.trIndex[j]! });
      const want = { kvm_entry: STATE_GUEST, kvm_exit: STATE_KERNEL, kvm_userspace_exit: STATE_USER }[d.name];
      expect(z.trState[j]).toBe(want);
      if (d.name === 'kvm_exit') expect(d.summary).toBe(`kvm_exit ${d.fields[0]!.note} (${z.trArg0[j]})`);
      expect(d.ts).toBe(z.trTs[j]);
      if (j) expect(z.trTs[j]!).toBeGreaterThanOrEqual(z.trTs[j - 1]!);
    }
    expect((await rejects(c.request('traceView', { t0: 5, t1: 5, width: 10 }))).code).toBe('PS502');
    expect((await rejects(c.request('traceView', { t0: 0, t1: 5, width: 0 }))).code).toBe('PS502');
  });

  it('picks the nearest event on a lane and the run interval under the pointer', async () => {
    const c = client();
    const info = await c.request('traceOpen', { kind: 'sample', name: SYNTH_SAMPLE });
    const mid = (info.t0 + info.t1) / 2;
    const z = await c.request('traceView', { t0: mid, t1: mid + 2_000_000, width: 500, lanes: ['vcpu:0'] });
    const i = z.trIndex[2]!, t = z.trTs[2]!;
    const p = await c.request('tracePick', { t: t + 3, lane: 'vcpu:0', slop: 50 });
    expect(p.index).toBe(i);
    expect(p.label).toMatch(/^kvm_(entry|exit|userspace_exit)/);
    expect(p.interval).toEqual({ state: z.trState[2], from: t, to: z.trTs[3] });
    expect((await rejects(c.request('tracePick', { t, lane: 'vcpu:99', slop: 1 }))).code).toBe('PS502');
  });

  it('event details decode every field and follow an I/O exit to the VMM and back', async () => {
    const c = client();
    const info = await c.request('traceOpen', { kind: 'sample', name: SYNTH_SAMPLE });
    const stats = await c.request('traceStats', { by: 'reason', sort: 'samples' });
    const io = stats.rows.find((r) => r.name === 'IO_INSTRUCTION')!;
    const inst = await c.request('traceInstance', { key: io.key, by: 'reason', n: 3 });
    const d = await c.request('traceEvent', { index: inst.index });
    expect(d.name).toBe('kvm_exit');
    expect(d.summary).toBe('kvm_exit IO_INSTRUCTION (30)');
    expect(d.fields.map((f) => f.name)).toEqual(['exit_reason', 'guest_rip', 'isa', 'info1', 'info2', 'intr_info', 'error_code', 'vcpu_id', 'requests']);
    expect(d.fields[0]).toMatchObject({ value: '30 (0x1e)', note: 'IO_INSTRUCTION' });
    expect(d.fields[2]).toMatchObject({ value: '1', note: 'KVM_ISA_VMX' });
    expect(d.fields[1]!.value).toMatch(/^0xffffffff81/);
    expect(d.rawHex?.split(/\s+/).length).toBe(72);
    expect(d.flow.map((s) => s.name)).toEqual(['kvm_exit', 'kvm_pio', 'kvm_userspace_exit', 'kvm_entry']);
    expect(d.flow[2]!.label).toBe('kvm_userspace_exit KVM_EXIT_IO (2)');
    expect(d.handledNs).toBe(d.flow[3]!.ts - d.ts);
    expect(inst.durationNs).toBe(d.handledNs);
    // The same flow from any event inside it.
    const mid = await c.request('traceEvent', { index: d.flow[2]!.index });
    expect(mid.flow.map((s) => s.index)).toEqual(d.flow.map((s) => s.index));
    expect(mid.fields.find((f) => f.name === 'reason')?.note).toBe('KVM_EXIT_IO');
    expect((await rejects(c.request('traceEvent', { index: info.events }))).code).toBe('PS502');
  });

  it('stats match computeExitStats, sort, group per vCPU, and instances cycle', async () => {
    const c = client();
    await c.request('traceOpen', { kind: 'sample', name: SYNTH_SAMPLE });
    const ref = computeExitStats((await loadTrace(synthKvmTraceDat())).store, { by: 'reason' });
    const s = await c.request('traceStats', { by: 'reason', sort: 'samples' });
    expect(s.totalSamples).toBe(ref.totalSamples);
    expect(s.rows.map((r) => [r.name, r.samples, r.avgNs])).toEqual(ref.rows.map((r) => [r.name, r.samples, r.avgNs]));
    const byName = await c.request('traceStats', { by: 'reason', sort: 'name' });
    expect(byName.rows.map((r) => r.name)).toEqual([...s.rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b)));
    const byMax = await c.request('traceStats', { by: 'reason', sort: 'max' });
    expect(byMax.rows[0]!.name).toBe('HLT');
    const perVcpu = await c.request('traceStats', { by: 'reason+vcpu', sort: 'samples' });
    expect(new Set(perVcpu.rows.map((r) => r.vcpu))).toEqual(new Set([0, 1, 2, 3]));
    expect(perVcpu.rows.reduce((a, r) => a + r.samples, 0)).toBe(s.totalSamples);
    const hlt = perVcpu.rows.find((r) => r.name === 'HLT' && r.vcpu === 2)!;
    const first = await c.request('traceInstance', { key: hlt.key, by: 'reason+vcpu', n: 0 });
    const wrapped = await c.request('traceInstance', { key: hlt.key, by: 'reason+vcpu', n: hlt.samples });
    const last = await c.request('traceInstance', { key: hlt.key, by: 'reason+vcpu', n: -1 });
    expect(wrapped.index).toBe(first.index);
    expect(last.n).toBe(hlt.samples - 1);
    expect(first.lane).toBe('vcpu:2');
    expect((await c.request('traceEvent', { index: last.index })).summary).toBe('kvm_exit HLT (12)');
    expect((await rejects(c.request('traceInstance', { key: 'x', by: 'reason', n: 0 }))).code).toBe('PS502');
    expect((await rejects(c.request('traceStats', { by: 'cpu' as never, sort: 'samples' }))).code).toBe('PS502');
  });

  it('the trace workspace lives beside the recording workspace and closes', async () => {
    const c = client();
    await c.request('traceOpen', { kind: 'sample', name: 'io.trace.dat' });
    expect((await rejects(c.request('summary', {}))).code).toBe('PS504'); // no recording open: independent
    await c.request('traceClose', {});
    expect((await rejects(c.request('traceStats', { by: 'reason', sort: 'samples' }))).code).toBe('PS504');
  });
});
