import { describe, expect, it } from 'vitest';
import { loadHostGuest, type TraceFile } from './merge.ts';
import { hostSync } from './import/tracedat/import.ts';
import { guestFile, hostFile } from './import/tracedat/testkit/host-guest.ts';

const files = (): TraceFile[] => [{ name: 'host.dat', bytes: hostFile() }, { name: 'guest.dat', bytes: guestFile() }];

describe('hostSync (trace-cmd timestamp_host_sync)', () => {
  const s = { time: [100n, 1100n], offset: [900n, 1000n], scaling: [1n, 1n], fraction: [0n, 0n] };
  it('interpolates with C rounding and extrapolates outside the samples', () => {
    expect(hostSync(600n, s, 1)).toBe(600n + 950n);   // 900 + (500*100 + 500) / 1000 = 950 (50.5 truncated)
    expect(hostSync(100n, s, 1)).toBe(1000n);
    expect(hostSync(1600n, s, 1)).toBe(1600n + 1050n); // 900 + (1500*100 + 500)/1000
    expect(hostSync(600n, s, 0)).toBe(1500n);           // no interpolation: the lower sample's offset
  });
  it('truncates negative corrections toward zero like C', () => {
    expect(hostSync(333n, { time: [0n, 1000n], offset: [-100n, -300n], scaling: [1n, 1n], fraction: [0n, 0n] }, 1)).toBe(333n - 166n);
  });
  it('scales by scaling >> fraction and uses one sample as a plain offset', () => {
    expect(hostSync(400n, { time: [0n, 1000n], offset: [10n, 10n], scaling: [3n, 3n], fraction: [1n, 1n] }, 1)).toBe(610n);
    expect(hostSync(400n, { time: [5n], offset: [-7n], scaling: [3n], fraction: [1n] }, 1)).toBe(393n);
  });
});

describe('loadHostGuest', () => {
  it('puts guest events on the host time axis with exact corrected timestamps', async () => {
    const r = await loadHostGuest(files());
    expect(r.error).toBeUndefined();
    expect(r.host).toBe('host.dat');
    expect(r.guests.map((g) => [g.name, g.file, g.traceId, g.timeShifted])).toEqual([['vm1', 'guest.dat', '0x2222', true]]);
    const s = r.store;
    const rows = Array.from({ length: s.count }, (_, i) => s.row(i));
    // (ts after TIME_SHIFT then TSC2NSEC ×3>>1, lane, event)
    expect(rows.map((e) => [e.ts, e.cpu >= 0x8000 ? `g${e.cpu - r.guests[0]!.cpuBase}` : `h${e.cpu}`, e.name])).toEqual([
      [250, 'g2', 'irq_handler_entry'],   // raw 333 → 333 - 166 = 167 → 250
      [915, 'g1', 'irq_handler_entry'],   // raw 400 → 400*3>>1 + 10 = 610 → 915
      [1500, 'h0', 'kvm_entry'],          // tsc 1000
      [1500, 'g0', 'irq_handler_entry'],  // raw 100 → 1000 → 1500 (tie: host file first)
      [2325, 'g0', 'irq_handler_entry'],  // raw 600 → 1550 → 2325
      [3000, 'h1', 'kvm_entry'],
      [3975, 'g0', 'irq_handler_entry'],  // raw 1600 → 2650 → 3975
      [4500, 'h0', 'kvm_exit'],
    ]);
    expect(s.namedFields(3)).toEqual([{ name: 'irq', value: 1 }]);
  });

  it('shows guest CPU lanes beside the host vCPU lane of the thread running them', async () => {
    const { store } = await loadHostGuest(files());
    expect(store.lanes().map((l) => [l.id, l.label, l.events])).toEqual([
      ['cpu:0', 'CPU 0', 2], ['cpu:1', 'CPU 1', 1],
      ['vcpu:0', 'vCPU 0', 2], ['guest:vm1:cpu:0', 'vm1 CPU 0 (vCPU 0, host PID 5000)', 3],
      ['vcpu:1', 'vCPU 1', 1], ['guest:vm1:cpu:1', 'vm1 CPU 1 (vCPU 1, host PID 5001)', 1],
      ['guest:vm1:cpu:2', 'vm1 CPU 2', 1],
    ]);
    // Guest PID 5000 is not the host's vCPU thread 5000.
    const g = store.lanes().find((l) => l.id === 'guest:vm1:cpu:0')!;
    expect(Array.from(store.eventsInRange(0, 1e9, 'vcpu:0')).map((i) => store.row(i).name)).toEqual(['kvm_entry', 'kvm_exit']);
    expect(store.eventsInRange(0, 1e9, g.id).length).toBe(3);
  });

  it('matches files in any order and by trace id', async () => {
    const [h, g] = files();
    const r = await loadHostGuest([g!, h!]);
    expect(r.error).toBeUndefined();
    expect(r.host).toBe('host.dat');
    expect(r.store.count).toBe(8);
  });

  it('refuses a guest the host does not name (PS306)', async () => {
    const r = await loadHostGuest([{ name: 'host.dat', bytes: hostFile(0x9999n) }, { name: 'guest.dat', bytes: guestFile() }]);
    expect(r.error?.code).toBe('PS306');
    expect(r.error?.message).toMatch(/no file has a GUEST option/);
  });

  it('stops when signalled, keeping what was merged (PS304)', async () => {
    const signal = { aborted: false };
    let calls = 0;
    const r = await loadHostGuest(files(), { signal, progress: () => { if (++calls === 2) signal.aborted = true; return true; } });
    expect(r.error?.code).toBe('PS304');
    expect(r.store.count).toBeGreaterThan(0);
    expect(r.store.count).toBeLessThan(8);
  });
});
