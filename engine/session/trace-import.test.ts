import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineClient, inThreadTransport, type ResponseMessage, type TraceInfo, type TraceProgressNotice, type TraceView } from '../protocol.ts';
import { Session } from '../session.ts';
import { guestFile, hostFile } from '../trace/import/tracedat/testkit/host-guest.ts';

const TESTDATA = new URL('../trace/testdata/', import.meta.url);

function client(onNotice: (n: TraceProgressNotice, c: EngineClient) => void = () => {}): EngineClient {
  let c: EngineClient | undefined;
  const session = new Session({ trace: { notify: (n) => onNotice(n, c!) } });
  c = new EngineClient(() => inThreadTransport(session));
  return c;
}

describe('trace workspace: cancellable import', () => {
  it('traceCancel mid-import keeps and serves the events read so far', async () => {
    // Straight to Session.handle, as the worker does: the in-thread transport would queue the
    // cancel behind the import it cancels.
    const bytes = new Uint8Array(readFileSync(new URL('qemu_boot.trace.dat', TESTDATA)));
    let cancel: Promise<ResponseMessage> | undefined;
    const session: Session = new Session({ trace: { notify: (n) => {
      // Cancel once a third of the file is read (the import yields every 256 pages or compressed chunk).
      if (!cancel && n.done > n.total / 3 && n.done < n.total) cancel = session.handle({ seq: 2, method: 'traceCancel', args: {} });
    } } });
    const res = await session.handle({ seq: 1, method: 'traceOpen', args: { kind: 'file', name: 'qemu_boot.trace.dat', bytes } });
    expect(await cancel).toEqual({ seq: 2, ok: true, result: true });
    if (!res.ok) throw new Error('traceOpen failed');
    const info = res.result as TraceInfo;
    expect(info.cancelled).toBe(true);
    expect(info.error?.code).toBe('PS304');
    expect(info.events).toBeGreaterThan(0);
    expect(info.events).toBeLessThan(91445);
    // The partial workspace answers queries.
    const cpuLanes = info.lanes.filter((l) => l.kind === 'cpu').map((l) => l.id);
    const v = await session.handle({ seq: 3, method: 'traceView', args: { t0: info.t0, t1: info.t1 + 1, width: 100, lanes: cpuLanes } });
    expect(v.ok && (v.result as TraceView).count.reduce((a, x) => a + x, 0)).toBe(info.events);
    expect(await session.handle({ seq: 4, method: 'traceCancel', args: {} })).toEqual({ seq: 4, ok: true, result: false });
  });

  it('an uncancelled import is complete and not flagged', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('qemu_boot.trace.dat', TESTDATA)));
    const info = await client().request('traceOpen', { kind: 'file', name: 'qemu_boot.trace.dat', bytes });
    expect(info).toMatchObject({ cancelled: false, events: 91445, error: null, files: ['qemu_boot.trace.dat'], guests: [] });
    expect(info.lanes.find((l) => l.id === 'vcpu:0')?.events).toBe(90477);
  });
});

describe('trace workspace: host + guest', () => {
  it('opens two files at once (any order) with guest lanes beside the host vCPUs', async () => {
    const info = await client().request('traceOpen', { kind: 'files', files: [{ name: 'guest.dat', bytes: guestFile() }, { name: 'host.dat', bytes: hostFile() }] });
    expect(info.error).toBeNull();
    expect(info.files).toEqual(['host.dat', 'guest.dat']);
    expect(info.name).toBe('host.dat + guest.dat');
    expect(info.guests).toEqual([{ name: 'vm1', file: 'guest.dat', traceId: '0x2222', timeShifted: true, vcpus: [{ vcpu: 0, hostPid: 5000 }, { vcpu: 1, hostPid: 5001 }], events: 5 }]);
    expect(info.lanes.map((l) => l.id)).toEqual(['cpu:0', 'cpu:1', 'vcpu:0', 'guest:vm1:cpu:0', 'vcpu:1', 'guest:vm1:cpu:1', 'guest:vm1:cpu:2']);
    expect(info.lanes[3]).toMatchObject({ kind: 'cpu', guest: 'vm1', label: 'vm1 CPU 0 (vCPU 0, host PID 5000)' });
    expect([info.t0, info.t1]).toEqual([250, 4500]);
    const v = await client().request('traceView', { t0: 0, t1: 1, width: 1 }).catch((e: unknown) => e);
    expect(v).toBeInstanceOf(Error); // another session has no trace
  });

  it('traceAddGuest merges a guest into the open host trace', async () => {
    const c = client();
    const host = await c.request('traceOpen', { kind: 'file', name: 'host.dat', bytes: hostFile() });
    expect(host.lanes.map((l) => l.id)).toEqual(['cpu:0', 'cpu:1', 'vcpu:0', 'vcpu:1']);
    const info = await c.request('traceAddGuest', { name: 'guest.dat', bytes: guestFile() });
    expect(info.events).toBe(8);
    expect(info.name).toBe('host.dat + guest.dat');
    const v = await c.request('traceView', { t0: 0, t1: 5000, width: 5, lanes: ['vcpu:0', 'guest:vm1:cpu:0'] });
    // vCPU 0: kvm_entry @1500, kvm_exit @4500; its guest CPU: 1500, 2325, 3975.
    expect(Array.from(v.count)).toEqual([0, 1, 0, 0, 1, 0, 1, 1, 1, 0]);
    const ev = await c.request('traceEvent', { index: 3 });
    expect(ev).toMatchObject({ name: 'irq_handler_entry', ts: 1500, vcpu: -1, comm: 'guestapp' });
  });

  it('a guest that does not belong to the host is refused with PS306', async () => {
    const c = client();
    await c.request('traceOpen', { kind: 'file', name: 'host.dat', bytes: hostFile(0x4242n) });
    const info = await c.request('traceAddGuest', { name: 'guest.dat', bytes: guestFile() });
    expect(info.error?.code).toBe('PS306');
  });
});
