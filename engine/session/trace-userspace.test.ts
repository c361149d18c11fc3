/**
 * The user-space exit table over the protocol (traceStats / traceInstance with table
 * 'userspace'): real PVM-host captures that have no kvm_exit, QEMU's own trace, and the
 * synthetic trace that has both tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineClient, EngineError, inThreadTransport } from '../protocol.ts';
import { Session } from '../session.ts';
import { loadTrace } from '../trace/load.ts';
import { computeUserspaceExitStats } from '../trace/stats-userspace.ts';
import { SYNTH_SAMPLE, traceSampleDescription, type TraceSampleSource } from './trace.ts';

const TESTDATA = new URL('../trace/testdata/', import.meta.url);
const REAL = new URL('../trace/import/text/testdata/real/', import.meta.url);
const samples: TraceSampleSource = {
  list: () => ['qemu_boot.trace.dat'].map((name) => ({ name, description: traceSampleDescription(name), synthetic: false })),
  load: async (name) => new Uint8Array(readFileSync(new URL(name, TESTDATA))),
};
const client = (): EngineClient => new EngineClient(() => inThreadTransport(new Session({ trace: { samples } })));

async function rejects(p: Promise<unknown>): Promise<EngineError> {
  try { await p; } catch (e) { if (e instanceof EngineError) return e; throw e; }
  throw new Error('expected a rejection');
}

describe('trace workspace: user-space exit table', () => {
  it('qemu_boot (PVM host, no kvm_exit): info names the source; rows equal the engine table; instances jump to kvm_userspace_exit', async () => {
    const c = client();
    const info = await c.request('traceOpen', { kind: 'sample', name: 'qemu_boot.trace.dat' });
    expect(info).toMatchObject({ exits: 0, userspaceSource: 'kvm_userspace_exit', userspaceExits: 10272 });
    const kvm = await c.request('traceStats', { by: 'reason', sort: 'samples' });
    expect(kvm).toMatchObject({ table: 'kvm_exit', source: null, totalSamples: 0, rows: [] });
    const s = await c.request('traceStats', { by: 'reason', sort: 'samples', table: 'userspace' });
    const ref = computeUserspaceExitStats((await loadTrace(new Uint8Array(readFileSync(new URL('qemu_boot.trace.dat', TESTDATA))))).store);
    expect(s).toMatchObject({ table: 'userspace', source: 'kvm_userspace_exit', totalSamples: 10272, timed: 10271, unpaired: 1, endMarkers: ['kvm_fpu load'], untimedWhy: null });
    expect(s.timeMeans).toMatch(/kvm_fpu load/);
    expect(s.rows.map((r) => [r.name, r.samples, r.timed, r.timeNs])).toEqual(ref.rows.map((r) => [r.name, r.samples, r.timed, r.timeNs]));
    expect(s.rows.map((r) => r.name)).toEqual(['KVM_EXIT_IO', 'KVM_EXIT_MMIO', 'KVM_RUN -EINTR']);
    const io = s.rows[0]!;
    const inst = await c.request('traceInstance', { key: io.key, by: 'reason', n: 0, table: 'userspace' });
    expect(inst).toMatchObject({ n: 0, total: 8768, lane: 'vcpu:0' });
    const d = await c.request('traceEvent', { index: inst.index });
    expect(d.summary).toBe('kvm_userspace_exit KVM_EXIT_IO (2)');
    // the duration ends at the thread's next "kvm_fpu: load" (the start of its next KVM_RUN)
    const end = ref.rows[0]!.reentries[0]!;
    const e = await c.request('traceEvent', { index: end });
    expect([e.name, e.fields[0]?.note]).toEqual(['kvm_fpu', 'load']);
    expect(inst.durationNs).toBe(e.ts - d.ts);
    expect(inst.durationNs).toBeGreaterThan(0);
    const last = await c.request('traceInstance', { key: io.key, by: 'reason', n: -1, table: 'userspace' });
    expect(last.n).toBe(8767);
    // per vCPU, sorted by time
    const per = await c.request('traceStats', { by: 'reason+vcpu', sort: 'time', table: 'userspace' });
    expect(per.rows.map((r) => [r.name, r.vcpu])).toEqual([['KVM_EXIT_IO', 0], ['KVM_EXIT_MMIO', 0], ['KVM_RUN -EINTR', 0]]);
    expect((await rejects(c.request('traceInstance', { key: io.key, by: 'reason', n: 0, table: 'kvm_exit' }))).code).toBe('PS502');
    expect((await rejects(c.request('traceStats', { by: 'reason', sort: 'samples', table: 'guest' as never }))).code).toBe('PS502');
  });

  it('QEMU -trace file: kvm_run_exit rows, timed by kvm_vcpu_ioctl KVM_RUN, instances on the cpu_index lane', async () => {
    const c = client();
    const bytes = new Uint8Array(readFileSync(new URL('qemu-trace.D-all-ts.txt.gz', REAL)));
    const info = await c.request('traceOpen', { kind: 'file', name: 'qemu-trace.D-all-ts.txt.gz', bytes });
    expect(info).toMatchObject({ format: 'qemu-trace', exits: 0, userspaceSource: 'kvm_run_exit', userspaceExits: 1901 });
    const s = await c.request('traceStats', { by: 'reason', sort: 'samples', table: 'userspace' });
    expect(s.rows.map((r) => [r.name, r.samples, r.timed])).toEqual([['KVM_EXIT_IO', 1645, 1645], ['KVM_EXIT_MMIO', 256, 256]]);
    expect(s.endMarkers).toEqual(['kvm_vcpu_ioctl KVM_RUN']);
    const inst = await c.request('traceInstance', { key: s.rows[1]!.key, by: 'reason', n: 0, table: 'userspace' });
    expect(inst.lane).toBe('cpu:0'); // QEMU's events carry cpu_index, stored as the cpu
    const d = await c.request('traceEvent', { index: inst.index });
    expect(d.summary).toBe('kvm_run_exit KVM_EXIT_MMIO (6), cpu_index 0');
    expect(d.fields.find((f) => f.name === 'reason')?.note).toBe('KVM_EXIT_MMIO');
    expect(inst.durationNs).toBeGreaterThan(0);
  });

  it('a QEMU trace without timestamps: counted, durations null, and the table says why', async () => {
    const c = client();
    const bytes = new Uint8Array(readFileSync(new URL('qemu-trace.all.txt.gz', REAL)));
    await c.request('traceOpen', { kind: 'file', name: 'qemu-trace.all.txt.gz', bytes });
    const s = await c.request('traceStats', { by: 'reason', sort: 'samples', table: 'userspace' });
    expect(s).toMatchObject({ source: 'kvm_run_exit', totalSamples: 1006, timed: 0 });
    expect(s.untimedWhy).toMatch(/no timestamps/);
    const inst = await c.request('traceInstance', { key: s.rows[0]!.key, by: 'reason', n: 5, table: 'userspace' });
    expect(inst.durationNs).toBeNull();
  });

  it('the synthetic trace has both tables: kvm_exit and user-space (ended by kvm_entry)', async () => {
    const c = client();
    const info = await c.request('traceOpen', { kind: 'sample', name: SYNTH_SAMPLE });
    expect(info.exits).toBeGreaterThan(0);
    expect(info.userspaceSource).toBe('kvm_userspace_exit');
    const k = await c.request('traceStats', { by: 'reason', sort: 'samples' });
    expect(k).toMatchObject({ table: 'kvm_exit', source: 'kvm_exit', endMarkers: ['kvm_entry'] });
    const u = await c.request('traceStats', { by: 'reason', sort: 'samples', table: 'userspace' });
    expect(u.totalSamples).toBe(info.userspaceExits);
    expect(u.endMarkers).toEqual(['kvm_entry']);
    expect(u.rows.map((r) => r.name).sort()).toEqual(['KVM_EXIT_IO', 'KVM_EXIT_MMIO']);
    // every user-space exit follows an exit to KVM of the same kind: it ends before the kvm_entry the kvm_exit ends at
    expect(u.totalTimeNs).toBeLessThan(k.totalTimeNs);
  });
});
