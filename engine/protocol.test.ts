import { describe, expect, it } from 'vitest';
import { EngineClient, EngineError, collectTransferables, inThreadTransport, type ClientEvent } from './protocol.ts';
import { Session } from './session.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SampleSource } from './session.ts';

const LAB = fileURLToPath(new URL('./testdata/lab/', import.meta.url));
const labSamples: SampleSource = {
  list: () => readdirSync(LAB).filter((f) => f.endsWith('.truth.json.gz')).map((f) => f.replace(/\.truth\.json\.gz$/, '')),
  load: async (name) => new Uint8Array(readFileSync(`${LAB}${name}.truth.json.gz`)),
};

function client(): { c: EngineClient; sessions: () => number } {
  let n = 0;
  const c = new EngineClient(() => { n++; return inThreadTransport(new Session({ samples: labSamples })); });
  return { c, sessions: () => n };
}

describe('EngineClient over the in-thread transport', () => {
  it('matches responses to requests by seq, in order', async () => {
    const { c } = client();
    expect(await c.request('hello', {})).toEqual({ protocol: 1 });
    await c.request('open', { kind: 'sample', name: 'io' });
    const [a, b, sum] = await Promise.all([c.request('stepIoctl', {}), c.request('stepIoctl', {}), c.request('summary', {})]);
    expect([a.ioctlsDone, b.ioctlsDone, sum.ioctlsDone]).toEqual([1, 2, 2]);
    expect(c.position).toBe(b.position);
  });

  it('rejects error responses with an EngineError carrying code and where', async () => {
    const { c } = client();
    const e = await c.request('summary', {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe('PS504');
    const bad = new TextEncoder().encode('{\n  "format": 3,\n}');
    const e2 = (await c.request('open', { kind: 'file', name: 'b.json', bytes: bad }).catch((x: unknown) => x)) as EngineError;
    expect(e2.code).toBe('PS101');
    expect(e2.where.line).toBe(3);
  });

  it('moves transferred bytes (the sender’s buffer is detached) but keeps its own copy for recovery', async () => {
    const { c } = client();
    const bytes = new Uint8Array(await labSamples.load('io'));
    const info = await c.request('open', { kind: 'file', name: 'io.truth.json.gz', bytes }, [bytes.buffer]);
    expect(info.events).toBe(86);
    expect(bytes.byteLength).toBe(0); // transferred, as postMessage would
  });

  it('after an engine crash: pending requests fail with PS501, the workspace is reopened at the same position', async () => {
    const { c, sessions } = client();
    const events: ClientEvent[] = [];
    c.on((e) => events.push(e));
    const bytes = new Uint8Array(await labSamples.load('io'));
    await c.request('open', { kind: 'file', name: 'io.truth.json.gz', bytes }, [bytes.buffer]);
    for (let i = 0; i < 9; i++) await c.request('stepIoctl', {});
    const before = await c.request('registers', { vcpuFd: 6 });
    const crash = await c.request('debugCrash', {}).catch((x: unknown) => x);
    expect((crash as EngineError).code).toBe('PS501');
    const sum = await c.request('summary', {}); // queued behind the recovery's open + seek
    expect(sessions()).toBe(2);
    expect(sum.position).toBe(18);
    expect(events.map((e) => e.type)).toEqual(['crashed', 'recovered']);
    expect(events[1]).toEqual({ type: 'recovered', position: 18 });
    const after = await c.request('registers', { vcpuFd: 6 });
    expect({ ...after, changed: [] }).toEqual({ ...before, changed: [] });
  });

  it('a closed client rejects new requests', async () => {
    const { c } = client();
    c.close();
    await expect(c.request('hello', {})).rejects.toMatchObject({ code: 'PS501' });
  });
});

describe('collectTransferables', () => {
  it('finds whole-buffer typed arrays and ArrayBuffers at the top two levels only', () => {
    const a = new Uint8Array(8);
    const b = new ArrayBuffer(4);
    const view = new Uint8Array(new ArrayBuffer(16), 4, 4); // a window: must not be transferred
    expect(collectTransferables({ a, b, view, nested: { deep: new Uint8Array(2) } })).toEqual([a.buffer, b]);
    expect(collectTransferables(a)).toEqual([a.buffer]);
    expect(collectTransferables(null)).toEqual([]);
  });
});
