import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTrace } from '../load.ts';
import { summarize } from './lod.ts';
import { TraceStore } from './store.ts';

describe('vCPU lanes', () => {
  it('qemu_boot.trace.dat: every event of the vCPU thread is on the vCPU 0 lane', async () => {
    // PVM host: no kvm_entry/kvm_exit; saved cmdlines name thread 3598 "qemu-system-x86", not
    // "CPU 0/KVM". Its kvm_pvclock_update/kvm_write_tsc_offset carry vcpu_id 0, so the thread is
    // vCPU 0. 90477 = the lines of thread 3598 in `trace-cmd report` (lab/out/qemu_boot.tracecmd.txt),
    // and 10272 kvm_userspace_exit = the KVM_RUN calls of 3598 in qemu_boot.strace.
    const bytes = new Uint8Array(readFileSync(new URL('../testdata/qemu_boot.trace.dat', import.meta.url)));
    const { store, error } = await loadTrace(bytes);
    expect(error).toBeUndefined();
    expect(store.vcpuThreads().get(3598)).toBe(0);
    const lane = store.lanes().find((l) => l.id === 'vcpu:0')!;
    expect(lane.events).toBe(90477);
    const uexit = store.types.find((t) => t.name === 'kvm_userspace_exit')!.id;
    let n = 0;
    for (let i = 0; i < store.count; i++) if (store.type[i] === uexit && store.vcpuOf(i) === 0) n++;
    expect(n).toBe(10272);
    expect(store.lanes().filter((l) => l.kind === 'vcpu').length).toBe(1);
  });

  function store(events: [pid: number, name: string, vcpu: number, plane?: number][]): TraceStore {
    const s = new TraceStore();
    const tExit = s.eventType('kvm', 'kvm_exit', ['exit_reason', 'vcpu_id', 'plane']);
    const tTsc = s.eventType('kvm', 'kvm_write_tsc_offset', ['vcpu_id', 'previous_tsc_offset', 'next_tsc_offset']);
    const tPio = s.eventType('kvm', 'kvm_pio', ['rw', 'port', 'size', 'count', 'val']);
    events.forEach(([pid, name, vcpu, plane], k) => {
      if (name === 'exit') s.event(tExit, k, 0, pid, 'vmm', [12, vcpu, plane ?? '']);
      else if (name === 'tsc') s.event(tTsc, k, 0, pid, 'vmm', [vcpu, 0, 0]);
      else s.event(tPio, k, 0, pid, 'vmm', [1, 0x3f8, 1, 1, 0]);
    });
    s.finish();
    return s;
  }

  it('a thread naming two vCPUs (single-threaded VMM) is not attributed', () => {
    const s = store([[10, 'tsc', 0], [10, 'tsc', 1], [10, 'pio', -1], [11, 'tsc', 2], [11, 'pio', -1]]);
    expect(s.vcpuThreads().has(10)).toBe(false);
    expect(s.vcpuThreads().get(11)).toBe(2);
    expect(s.vcpuOf(2)).toBe(-1);
    expect(s.vcpuOf(4)).toBe(2);
  });

  it('events with a plane field get plane sub-lanes under their vCPU', () => {
    const s = store([[10, 'exit', 0, 0], [10, 'exit', 0, 1], [10, 'exit', 0, 1], [10, 'pio', -1], [11, 'exit', 1, 0]]);
    expect(s.lanes().map((l) => [l.id, l.events])).toEqual([
      ['cpu:0', 5], ['vcpu:0', 4], ['vcpu:0/plane:0', 1], ['vcpu:0/plane:1', 2], ['vcpu:1', 1], ['vcpu:1/plane:0', 1],
    ]);
    expect(Array.from(s.eventsInRange(0, 10, 'vcpu:0/plane:1'))).toEqual([1, 2]);
    const lod = summarize(s, 0, 5, 5, ['vcpu:0', 'vcpu:0/plane:1']);
    expect(Array.from(lod.lanes[0]!.count)).toEqual([1, 1, 1, 1, 0]);
    expect(Array.from(lod.lanes[1]!.count)).toEqual([0, 1, 1, 0, 0]);
  });
});
