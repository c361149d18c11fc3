import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Session, formatValue, exitDetail, type SampleSource } from './session.ts';
import type { ArgsOf, LogRow, Method, ResponseMessage, ResultOf } from './protocol.ts';

const LAB = fileURLToPath(new URL('./testdata/lab/', import.meta.url));

/** The bundled recordings, as the worker offers them (read from disk instead of fetched). */
const labSamples: SampleSource = {
  list: () => readdirSync(LAB).filter((f) => f.endsWith('.truth.json.gz')).map((f) => f.replace(/\.truth\.json\.gz$/, '')).sort(),
  load: async (name) => new Uint8Array(readFileSync(`${LAB}${name}.truth.json.gz`)),
};

let seq = 0;
async function call<M extends Method>(s: Session, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const res = await s.handle({ seq: ++seq, method, args });
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.result as ResultOf<M>;
}
async function fail(s: Session, method: string, args: unknown): Promise<Extract<ResponseMessage, { ok: false }>['error']> {
  const res = await s.handle({ seq: ++seq, method: method as Method, args: args as never });
  if (res.ok) throw new Error(`${method} unexpectedly succeeded`);
  return res.error;
}

async function openIo(checkpointEvery?: number): Promise<Session> {
  const s = new Session({ samples: labSamples, checkpointEvery });
  await call(s, 'open', { kind: 'sample', name: 'io' });
  return s;
}

describe('Session on the real-KVM io recording', () => {
  it('lists the bundled samples and opens one', async () => {
    const s = new Session({ samples: labSamples });
    const list = await call(s, 'listSamples', {});
    expect(list.map((x) => x.name)).toEqual(expect.arrayContaining(['io', 'errors', 'mmio']));
    const info = await call(s, 'open', { kind: 'sample', name: 'io' });
    expect(info).toMatchObject({ name: 'io', scenario: 'io', position: 0, events: 86, ioctls: 51, exits: 14, ioctlsDone: 0, hostBackend: 'pvm', profile: 'none' });
    expect(info.description).toContain('OUT/IN');
  });

  it('steps ioctl by ioctl: log rows, object tree and the reset register state', async () => {
    const s = await openIo();
    for (let i = 0; i < 4; i++) await call(s, 'stepIoctl', {});
    const st = await call(s, 'summary', {});
    expect(st).toMatchObject({ position: 8, ioctlsDone: 4 }); // CREATE_VCPU is event 7
    const log = await call(s, 'logRows', { from: 0, to: 100 });
    expect(log.total).toBe(4);
    expect(log.rows.map((r) => r.req)).toEqual(['KVM_GET_API_VERSION', 'KVM_CREATE_VM', 'KVM_SET_USER_MEMORY_REGION', 'KVM_CREATE_VCPU']);
    expect(log.rows[3]).toMatchObject({ seq: 7, fd: 5, fdKind: 'vm', args: 'vcpu_id=0', ret: 6, errno: null, actualRet: 6, status: 'pass' });
    expect(log.rows[2].args).toMatch(/^slot=0 flags=0 guest_phys_addr=0x0 memory_size=0xa0000 userspace_addr=0x/);
    const upcoming = await call(s, 'logRows', { from: 4, to: 6, upcoming: true });
    expect(upcoming.total).toBe(51);
    expect(upcoming.rows.map((r) => [r.req, r.status])).toEqual([['KVM_GET_VCPU_MMAP_SIZE', 'pending'], ['KVM_GET_SREGS', 'pending']]);

    const tree = await call(s, 'tree', {});
    expect(tree.vms).toHaveLength(1);
    expect(tree.vms[0]).toMatchObject({ fd: 5, type: 0 });
    expect(tree.vms[0].memslots[0]).toMatchObject({ slot: 0, guest_phys_addr: 0n, memory_size: 0xa0000n });
    expect(tree.vms[0].vcpus.map((v) => [v.fd, v.vcpu_id])).toEqual([[6, 0]]);
    expect(tree.fds.map((f) => f.kind)).toEqual(expect.arrayContaining(['system', 'vm', 'vcpu']));

    const r = (await call(s, 'registers', { vcpuFd: 6 }))!;
    expect(r.regs.rip).toBe(0xfff0n);
    expect(r.sregs.cs.selector).toBe(0xf000);
    expect(r.sregs.cs.base).toBe(0xffff0000n);
    expect(r.sregs.cr0).toBe(0x60000010n);
    expect(r.sregs.apic_base).toBe(0xfee00900n);
    expect(await call(s, 'registers', { vcpuFd: 99 })).toBeNull();
  });

  it('reports registers changed by the last step and compares with what real KVM reported', async () => {
    const s = await openIo();
    await call(s, 'seekRow', { row: 6 }); // after SET_SREGS
    const step = await call(s, 'stepIoctl', {}); // SET_REGS rip=0x1000 rsp=0x7000
    expect(step).toMatchObject({ position: 16, applied: 1, lastIndex: 15, lastSeq: 15 });
    const r = (await call(s, 'registers', { vcpuFd: 6 }))!;
    expect(r.regs.rip).toBe(0x1000n);
    expect(r.regs.rsp).toBe(0x7000n);
    expect(r.changed).toEqual(expect.arrayContaining(['rip', 'rsp']));
    expect(r.changed).not.toContain('rbx');
    expect(r.changed).not.toContain('cs.selector'); // set by the previous step, not this one
    expect(r.recorded).toMatchObject({ regsSeq: 15, sregsSeq: 14 });
    expect(r.recorded.regs?.rip).toBe(0x1000n);
    expect(r.recorded.sregs?.cs.selector).toBe(0);
  });

  it('a KVM_RUN step includes its exit; the exit stream shows the recorded kvm_run fields', async () => {
    const s = await openIo();
    await call(s, 'seekRow', { row: 7 });
    const step = await call(s, 'stepIoctl', {});
    expect(step).toMatchObject({ position: 18, applied: 2, lastSeq: 17 });
    const ex = await call(s, 'exitRows', { from: 0, to: 10 });
    expect(ex.total).toBe(1);
    expect(ex.rows[0]).toMatchObject({ seq: 17, runSeq: 16, vcpuFd: 6, reason: 'KVM_EXIT_IO', reasonNr: 2, detail: 'out port 0x10 size 1 count 1 data 41', rip: '0x1004' });
    expect(['pass', 'fail', 'skip']).toContain(ex.rows[0].status);
    const r = (await call(s, 'registers', { vcpuFd: 6 }))!;
    expect(r.recorded.regs?.rip).toBe(0x1004n);
    expect(r.recorded.regs?.rax).toBe(0x41n);
  });

  it('steps back by ioctl and by event, and resets', async () => {
    const s = await openIo();
    await call(s, 'seekRow', { row: 8 }); // after KVM_RUN + exit: position 18
    let b = await call(s, 'stepBack', {});
    expect(b).toMatchObject({ position: 16, applied: 2 });
    expect((await call(s, 'exitRows', { from: 0, to: 10 })).total).toBe(0);
    expect((await call(s, 'registers', { vcpuFd: 6 }))!.regs.rip).toBe(0x1000n);
    b = await call(s, 'stepBack', {});
    expect(b.position).toBe(15); // just before SET_REGS
    const r = (await call(s, 'registers', { vcpuFd: 6 }))!;
    expect(r.regs.rip).toBe(0xfff0n);
    expect(r.changed).toContain('rip');
    b = await call(s, 'stepBack', { unit: 'event' });
    expect(b.position).toBe(14);
    expect((await call(s, 'reset', {})).position).toBe(0);
    expect((await call(s, 'tree', {})).vms).toEqual([]);
    expect((await call(s, 'stepBack', {})).position).toBe(0);
  });

  it('runs to the end; every applied event has a status and counts add up', async () => {
    const s = await openIo();
    const r = await call(s, 'runToEnd', {});
    expect(r).toMatchObject({ position: 86, done: true, ioctlsDone: 51 });
    const sum = await call(s, 'summary', {});
    const c = sum.counts;
    expect(c.pass + c.fail + c.skip + c.input + c.info).toBe(86);
    expect(sum.exitsDone).toBe(14);
    const log = await call(s, 'logRows', { from: 0, to: 51 });
    expect(log.rows.every((row) => row.status !== 'pending')).toBe(true);
    expect((await call(s, 'stepIoctl', {})).applied).toBe(0); // at the end: nothing to do, no error
  });

  it('reverse execution is deterministic: any seek order gives the state of a straight forward run', async () => {
    // Reference: state after each position, from one forward pass.
    const ref = await openIo();
    const events = 86;
    const states: string[] = [];
    const snap = async (s: Session) => {
      const regs = await call(s, 'registers', { vcpuFd: 6 });
      const log = await call(s, 'logRows', { from: 0, to: 100 });
      const exits = await call(s, 'exitRows', { from: 0, to: 100 });
      const strip = (rows: LogRow[]) => rows.map((x) => [x.seq, x.status, x.actualRet, x.actualErrno, x.mismatches]);
      return JSON.stringify([regs && { ...regs, changed: [] }, strip(log.rows), exits.rows, (await call(s, 'tree', {}))], (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
    };
    states.push(await snap(ref));
    for (let p = 1; p <= events; p++) { await call(ref, 'stepEvent', {}); states.push(await snap(ref)); }

    const s = await openIo(4); // small checkpoint interval: exercises restore + replay
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 0, max: events }), { minLength: 1, maxLength: 8 }), async (targets) => {
      for (const t of targets) {
        expect((await call(s, 'seek', { position: t })).position).toBe(t);
        expect(await snap(s)).toBe(states[t]);
      }
    }), { numRuns: 25, seed: 4242 });
  });

  it('formats arguments and exits on one line', () => {
    expect(formatValue({ slot: 0, flags: 0, memory_size: '0xa0000' }, 0)).toBe('slot=0 flags=0 memory_size=0xa0000');
    expect(formatValue({ nent: 2, entries: [{ function: 0 }, { function: 1 }, { function: 2 }] }, 0)).toBe('nent=2 entries=[3 items]');
    expect(formatValue({ db: ['0x0', '0x0', '0x0', '0x0'], sub: { a: 1n } }, 0)).toBe('db=[0x0,0x0,0x0,0x0] sub={a=0x1}');
    expect(formatValue(null, 0)).toBe('');
    expect(formatValue({ data: 'ab'.repeat(400) }, 0)).toHaveLength(240);
    expect(exitDetail({ run_ret: 0, mmio: { phys_addr: '0xa0000', len: 4, is_write: 1, data: '01020304' } })).toBe('write gpa 0xa0000 len 4 data 01020304');
    expect(exitDetail({ run_ret: -1, errno: 4, signal: 'SIGALRM' })).toBe('KVM_RUN failed (SIGALRM)');
    expect(exitDetail({ run_ret: 0, exit_name: 'KVM_EXIT_HLT' })).toBe('');
  });
});

describe('Session errors come back as responses, never as crashes', () => {
  it('before any workspace: PS504; unknown request: PS500', async () => {
    const s = new Session({ samples: labSamples });
    expect((await fail(s, 'stepIoctl', {})).code).toBe('PS504');
    expect((await fail(s, 'frobnicate', {})).code).toBe('PS500');
    expect((await fail(s, 'open', { kind: 'sample', name: 'nope' }))).toMatchObject({ code: 'PS100', where: { file: 'nope' } });
    expect((await fail(s, 'open', { kind: 'file', name: 'x' })).code).toBe('PS502');
  });

  it('invalid arguments: PS502 naming the argument', async () => {
    const s = await openIo();
    const e = await fail(s, 'seek', { position: 87 });
    expect(e.code).toBe('PS502');
    expect(e.message).toContain("'position' must be an integer in [0, 86]");
    expect((await fail(s, 'seek', { position: '3' })).code).toBe('PS502');
    expect((await fail(s, 'seekRow', { row: 51 })).code).toBe('PS502');
    expect((await fail(s, 'stepBack', { unit: 'page' })).code).toBe('PS502');
    expect((await fail(s, 'logRows', { from: -1, to: 3 })).code).toBe('PS502');
    expect((await call(s, 'summary', {})).position).toBe(0); // still usable
  });

  it('malformed recordings: PS101 with line and column, PS102 for another format; the old workspace stays', async () => {
    const s = await openIo();
    await call(s, 'stepIoctl', {});
    const bad = new TextEncoder().encode('{"format":"kvmlab-truth/2",\n "events": [ {"seq":0,, } ]}');
    const e = await fail(s, 'open', { kind: 'file', name: 'bad.truth.json', bytes: bad });
    expect(e.code).toBe('PS101');
    expect(e.where).toMatchObject({ file: 'bad.truth.json', line: 2 });
    expect(typeof e.where.column).toBe('number');
    const v1 = new TextEncoder().encode('{"events":[]}');
    expect((await fail(s, 'open', { kind: 'file', name: 'v1.json', bytes: v1 })).code).toBe('PS102');
    expect((await call(s, 'summary', {})).position).toBe(2);
  });

  it('serves requests strictly in order even when they are issued together', async () => {
    const s = await openIo();
    const all = await Promise.all([
      s.handle({ seq: 1, method: 'stepIoctl', args: {} }),
      s.handle({ seq: 2, method: 'stepIoctl', args: {} }),
      s.handle({ seq: 3, method: 'summary', args: {} }),
    ]);
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(all.every((r) => r.ok)).toBe(true);
    expect((all[2] as { result: { ioctlsDone: number } }).result.ioctlsDone).toBe(2);
  });

  it('the errors recording: errno values by name in the log', async () => {
    const s = new Session({ samples: labSamples });
    await call(s, 'open', { kind: 'sample', name: 'errors' });
    await call(s, 'runToEnd', {});
    const log = await call(s, 'logRows', { from: 0, to: 1000 });
    expect(log.rows).toHaveLength(224);
    const r38 = log.rows.find((r) => r.seq === 38)!;
    expect(r38).toMatchObject({ req: 'KVM_CHECK_EXTENSION', fdKind: 'vcpu', ret: -1, errno: 'EINVAL' });
    const child = log.rows.find((r) => r.process === 'forked_child');
    expect(child).toBeDefined();
  });
});
