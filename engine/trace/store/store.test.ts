import { describe, expect, it } from 'vitest';
import { importTraceDat } from '../import/tracedat/import.ts';
import { testTrace } from '../import/tracedat/testkit/golden.ts';
import { kvmScenario } from '../import/tracedat/testkit/kvm-fixture.ts';
import { summarize } from './lod.ts';
import { STATE_GUEST, STATE_KERNEL, STATE_UNKNOWN, STATE_USER, TraceStore } from './store.ts';

async function scenario(): Promise<TraceStore> {
  const s = new TraceStore();
  await importTraceDat(kvmScenario(7), s);
  s.finish();
  return s;
}

describe('TraceStore', () => {
  it('keeps 32 bytes of columns per event and time-sorted columns', async () => {
    const s = new TraceStore();
    await importTraceDat(testTrace('qemu_boot.trace.dat'), s);
    s.finish();
    const m = s.memory();
    expect(m.events).toBe(91445);
    expect(m.bytesPerEvent).toBe(32);
    for (let i = 1; i < s.count; i++) expect(s.ts[i]! >= s.ts[i - 1]!).toBe(true);
    expect(m.sourceBytes).toBeGreaterThan(0);
  });

  it('a PVM host (no kvm_entry): kvm_fpu load puts the vCPU back in KVM, kvm_userspace_exit in the VMM', async () => {
    const s = new TraceStore();
    await importTraceDat(testTrace('qemu_boot.trace.dat'), s);
    s.finish();
    const st = s.vcpuStatesOf(0)!;
    const loads = [...Array(s.count).keys()].filter((i) => s.row(i).name === 'kvm_fpu' && s.arg0[i] === 1 && s.vcpuOf(i) === 0).length;
    const exits = [...Array(s.count).keys()].filter((i) => s.row(i).name === 'kvm_userspace_exit' && s.vcpuOf(i) === 0).length;
    const count = (x: number) => st.state.reduce((n, v) => n + (v === x ? 1 : 0), 0);
    expect([count(STATE_KERNEL), count(STATE_USER), count(STATE_GUEST)]).toEqual([loads, exits, 0]);
    expect(loads).toBeGreaterThan(10000);
    // in time order, each exit to the VMM is followed by the next KVM_RUN (one load per exit)
    let userThenKernel = 0;
    for (let k = 1; k < st.state.length; k++) if (st.state[k - 1] === STATE_USER && st.state[k] === STATE_KERNEL) userThenKernel++;
    expect(userThenKernel).toBeGreaterThan(exits - 5);
  });

  it('hot columns: exit reason in arg0, vCPU in arg1; lanes per CPU and vCPU', async () => {
    const s = await scenario();
    const exits = [...Array(s.count).keys()].filter((i) => s.row(i).name === 'kvm_exit');
    expect(exits.map((i) => [s.arg0[i], s.arg1[i]])).toEqual([[12, 0], [48, 1], [30, 0], [48, 1], [12, 0]]);
    expect(s.lanes().map((l) => l.id)).toEqual(['cpu:0', 'cpu:1', 'vcpu:0', 'vcpu:1']);
    expect(s.exitIsa).toBe('vmx');
    // kvm_userspace_exit has no vcpu field: its thread maps to vCPU 0.
    const u = [...Array(s.count).keys()].find((i) => s.row(i).name === 'kvm_userspace_exit')!;
    expect(s.vcpuOf(u)).toBe(0);
    expect(s.eventsInRange(0, 10_000, 'vcpu:1').length).toBe(5);
    expect(s.eventsInRange(1500, 2000, 'cpu:0').length).toBe(2);
    expect(s.indexRange(1000, 1001)).toEqual([0, 1]);
  });

  it('text-style events (TraceSink.event) get hot columns, names resolved through the exit tables', () => {
    const s = new TraceStore();
    const exit = s.eventType('kvm', 'kvm_exit', ['exit_reason', 'guest_rip', 'info1', 'info2', 'vcpu_id']);
    const uexit = s.eventType('kvm', 'kvm_userspace_exit', ['reason', 'errno']);
    s.event(exit, 20, 1, 77, 'CPU 3/KVM', ['EXIT_NPF', '0x0', 0, 0, 3]);
    s.event(uexit, 10, 1, 77, 'CPU 3/KVM', [2, 0]);
    s.finish();
    expect(s.row(0).name).toBe('kvm_userspace_exit'); // re-sorted by time
    expect(s.arg0[1]).toBe(0x400);
    expect(s.exitIsa).toBe('svm');
    expect(s.vcpuOf(0)).toBe(3);
    expect(s.namedFields(1)[0]).toEqual({ name: 'exit_reason', value: 'EXIT_NPF' });
  });
});

describe('level-of-detail summaries', () => {
  it('counts, dominant type and vCPU run state per pixel', async () => {
    const s = await scenario();
    const lod = summarize(s, 1000, 3100, 21); // 100 ns per pixel
    const cpu0 = lod.lanes.find((l) => l.lane.id === 'cpu:0')!;
    expect(Array.from(cpu0.count).reduce((a, b) => a + b, 0)).toBe(8);
    expect(cpu0.count[0]).toBe(1); // entry at 1000
    expect(cpu0.count[10]).toBe(2); // exit IO @2000 and userspace exit @2050
    const entryType = s.types.find((t) => t.name === 'kvm_entry')!.id;
    expect(cpu0.dominantType[0]).toBe(entryType);
    expect(cpu0.dominantType[1]).toBe(-1);
    const v0 = lod.lanes.find((l) => l.lane.id === 'vcpu:0')!;
    // vCPU 0: guest 1000-1500, kernel 1500-1600, guest 1600-2000, kernel 2000-2050, user 2050-2300, guest 2300-3000, kernel 3000-3010, guest.
    expect(v0.state[0]).toBe(STATE_GUEST);
    expect(v0.state[5]).toBe(STATE_KERNEL);
    expect(v0.state[11]).toBe(STATE_USER);
    expect(v0.state[15]).toBe(STATE_GUEST);
    const v1 = summarize(s, 0, 1000, 4).lanes.find((l) => l.lane.id === 'vcpu:1')!;
    expect(Array.from(v1.state)).toEqual([STATE_UNKNOWN, STATE_UNKNOWN, STATE_UNKNOWN, STATE_UNKNOWN]);
  });

  it('width is clamped and selected lanes only', async () => {
    const s = await scenario();
    const lod = summarize(s, 0, 5000, 0, ['cpu:1']);
    expect(lod.width).toBe(1);
    expect(lod.lanes.map((l) => [l.lane.id, l.count[0]])).toEqual([['cpu:1', 5]]);
  });
});
