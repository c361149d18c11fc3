/**
 * Replayer bookkeeping against a scripted fake model (the real model is exercised by
 * conformance.test.ts): what is compared, how skips and divergence propagate, where
 * inputs land, and that snapshot/restore reproduce outcomes.
 */
import { describe, expect, it } from 'vitest';
import type { TruthEvent, TruthLog } from './events.ts';
import { Replayer, SKIP, type EventOutcome } from './replay.ts';
import type { ReplayTarget, TargetIoctlCtx, TargetIoctlResult } from './target.ts';

const KVM_RUN = 0xae80;
const GET_REGS = 0x8090ae81;
const SET_REGS = 0x4090ae82;
const GET_SREGS = 0x8138ae83;
const SET_SREGS = 0x4138ae84;
const GET_MSRS = 0xc008ae88;

type RunScript = (area: Uint8Array) => TargetIoctlResult;

/** A tiny scripted model: one vCPU (fd 6), a 3-page run area, a dirty ring, sparse host memory. */
class FakeKvm implements ReplayTarget {
  area = new Uint8Array(3 * 4096);
  ring = new Uint8Array(4096);
  mem = new Map<bigint, number>();
  regs: Record<string, bigint> = { rax: 0n, rcx: 0n, rdx: 0n, rip: 0x1000n };
  runs: RunScript[] = [];
  calls: { fd: number; nr: number; raw: bigint; struct: object | null; ctx?: TargetIoctlCtx }[] = [];
  mmaps: [bigint, bigint, number, number, number, bigint][] = [];
  open(path: string): { ret: number; errno?: number } { return path === '/dev/kvm' ? { ret: 4 } : { ret: -1, errno: 2 }; }
  close(): { ret: number } { return { ret: 0 }; }
  mmap(addr: bigint, len: bigint, prot: number, flags: number, fd: number, offset: bigint): { ret: bigint; errno?: number } {
    this.mmaps.push([addr, len, prot, flags, fd, offset]);
    return flags & 2 && fd === 6 ? { ret: -1n, errno: 22 } : { ret: addr };
  }
  munmap(): { ret: number } { return { ret: 0 }; }
  mprotect(): { ret: number } { return { ret: 0 }; }
  ioctl(fd: number, nr: number, raw: bigint, struct: object | null, ctx?: TargetIoctlCtx): TargetIoctlResult {
    this.calls.push({ fd, nr, raw, struct, ...(ctx ? { ctx } : {}) });
    if (ctx?.process === 'forked_child') return { ret: -1, errno: 5 };
    if (fd !== 6) return { ret: -1, errno: 25 };
    switch (nr) {
      case KVM_RUN: {
        const s = this.runs.shift();
        return s ? s(this.area) : { ret: 0, skipped: 'no guest CPU' };
      }
      case GET_REGS: return { ret: 0, out: { ...this.regs } };
      case SET_REGS: this.regs = { ...(struct as Record<string, bigint>) }; return { ret: 0 };
      case GET_SREGS: return { ret: 0, out: { cr0: 0x10n } };
      case SET_SREGS: return { ret: 0 };
      case GET_MSRS: return { ret: 2, out: { nmsrs: 2, entries: [{ index: 0x10, data: 12345n }, { index: 0x174, data: 0n }] } };
      default: return { ret: -1, errno: 22 };
    }
  }
  hostWrite(hva: bigint, bytes: Uint8Array): void { bytes.forEach((b, i) => this.mem.set(hva + BigInt(i), b)); }
  hostRead(hva: bigint, len: number): Uint8Array { return Uint8Array.from({ length: len }, (_, i) => this.mem.get(hva + BigInt(i)) ?? 0); }
  runArea(fd: number): Uint8Array | null { return fd === 6 ? this.area : null; }
  dirtyRing(fd: number): Uint8Array | null { return fd === 6 ? this.ring : null; }
  snapshot(): unknown {
    return { area: this.area.slice(), ring: this.ring.slice(), mem: new Map(this.mem), regs: { ...this.regs }, runs: [...this.runs] };
  }
  restore(s: unknown): void {
    const x = s as { area: Uint8Array; ring: Uint8Array; mem: Map<bigint, number>; regs: Record<string, bigint>; runs: RunScript[] };
    this.area = x.area.slice(); this.ring = x.ring.slice(); this.mem = new Map(x.mem); this.regs = { ...x.regs }; this.runs = [...x.runs];
  }
}

/** Writes an OUT exit (port, one byte) into kvm_run like KVM does. */
function outExit(port: number, byte: number): RunScript {
  return (a) => {
    const dv = new DataView(a.buffer);
    dv.setUint32(8, 2, true); a[32] = 1; a[33] = 1; dv.setUint16(34, port, true); dv.setUint32(36, 1, true);
    dv.setBigUint64(40, 4096n, true); a[4096] = byte; dv.setBigUint64(24, 0xfee00900n, true);
    return { ret: 0 };
  };
}

const hdr = { ready_for_interrupt_injection: 0, if_flag: 0, flags: 0, cr8: '0x0', apic_base: '0xfee00900' };
const regs = (rip: string, extra: Record<string, string> = {}): Record<string, string> => ({ rax: '0x0', rcx: '0x0', rdx: '0x0', rip, ...extra });

type Ev = Record<string, unknown>;
function log(events: Ev[]): TruthLog {
  return { format: 'kvmlab-truth/2', scenario: 'fake', host: { backend: 'pvm' }, events: events.map((e, seq) => ({ ...e, seq }) as TruthEvent) };
}
function ioctl(req: string, nr: number, ret: number, more: Record<string, unknown> = {}): Ev {
  return { t: 'ioctl', fd: 6, fd_kind: 'vcpu', req, nr: `0x${nr.toString(16)}`, arg_raw: '0x7ffe0000', arg: null, ret, ...more };
}
function run(fake: FakeKvm, l: TruthLog): EventOutcome[] {
  const r = new Replayer(l, { target: () => fake });
  const out: EventOutcome[] = [];
  r.runToEnd((o) => out.push(o));
  return out;
}

describe('Replayer', () => {
  it('compares ret, errno and out, with hex values in mismatches', () => {
    const fake = new FakeKvm();
    const o = run(fake, log([
      { t: 'syscall', call: 'open', path: '/dev/kvm', flags: '0x80002', ret: 4 } as never,
      ioctl('KVM_GET_REGS', GET_REGS, 0, { out: regs('0x1004') }),
      ioctl('KVM_BOGUS', 0xaeff, -1, { errno: 25, errname: 'ENOTTY' }),
      { t: 'note', text: 'hi' },
    ]));
    expect(o.map((x) => x.status)).toEqual(['pass', 'fail', 'fail', 'info']);
    expect(o[1]!.mismatches).toEqual([{ seq: 1, what: 'out.rip', expected: '0x1004', actual: '0x1000' }]);
    expect(o[2]!.mismatches).toEqual([{ seq: 2, what: 'errno', expected: '25 ENOTTY', actual: '22 EINVAL' }]);
    expect(o[2]!.req).toBe('KVM_BOGUS');
  });

  it('replays an exit: header and union member compared, derived fields ignored', () => {
    const fake = new FakeKvm();
    fake.runs.push(outExit(0x10, 0x41), outExit(0x11, 0x41));
    const exit = (runSeq: number, port: number): Ev => ({
      t: 'exit', vcpu_fd: 6, run_seq: runSeq, run_ret: 0, exit_reason: 2, exit_name: 'KVM_EXIT_IO', ...hdr,
      io: { direction: 'out', size: 1, port, port_hex: `0x${port.toString(16)}`, count: 1, data_offset: 4096, data: '41' },
      regs: regs('0xdead'),
    }) as never;
    const o = run(fake, log([ioctl('KVM_RUN', KVM_RUN, 0), exit(0, 0x10), ioctl('KVM_RUN', KVM_RUN, 0), exit(2, 0x10)]));
    expect(o.map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'fail']);
    expect(o[3]!.mismatches).toEqual([{ seq: 3, what: 'exit.io.port', expected: '0x10', actual: '0x11' }]);
    expect(o[1]!.req).toBe('KVM_EXIT_IO');
  });

  it('skips a KVM_RUN the engine cannot execute, then everything that depends on it until re-synced', () => {
    const fake = new FakeKvm();
    const o = run(fake, log([
      ioctl('KVM_RUN', KVM_RUN, 0),
      { t: 'exit', vcpu_fd: 6, run_seq: 0, run_ret: 0, exit_reason: 5, exit_name: 'KVM_EXIT_HLT', ...hdr } as never,
      ioctl('KVM_GET_REGS', GET_REGS, 0, { out: regs('0x1001') }),
      ioctl('KVM_GET_SREGS', GET_SREGS, 0, { out: { cr0: '0x10' } }),
      { t: 'memread', hva: '0x5000', len: 1, data: '00' } as never,
      ioctl('KVM_SET_REGS', SET_REGS, 0, { arg: regs('0x1000') }),
      ioctl('KVM_GET_REGS', GET_REGS, 0, { out: regs('0x1000') }),
      ioctl('KVM_GET_SREGS', GET_SREGS, 0, { out: { cr0: '0x10' } }),
      ioctl('KVM_SET_SREGS', SET_SREGS, 0, { arg: { cr0: '0x10' } }),
      ioctl('KVM_GET_SREGS', GET_SREGS, 0, { out: { cr0: '0x10' } }),
      ioctl('KVM_RUN', KVM_RUN, 0),
    ]));
    expect(o.map((x) => x.status)).toEqual(['skip', 'skip', 'skip', 'skip', 'skip', 'pass', 'pass', 'skip', 'pass', 'pass', 'skip']);
    expect(o[0]!.skipReason).toBe(`${SKIP.runNotExecuted}: no guest CPU`);
    expect(o[1]!.skipReason).toBe(o[0]!.skipReason);
    expect(o[2]).toMatchObject({ skipReason: SKIP.vcpuDiverged, skipCause: 0 });
    expect(o[4]).toMatchObject({ skipReason: SKIP.memDiverged, skipCause: 0 });
    expect(o[7]).toMatchObject({ skipReason: SKIP.vcpuDiverged });
  });

  it('does not compare TSC values (GET_MSRS IA32_TSC data, registers after an RDMSR TSC probe)', () => {
    const fake = new FakeKvm();
    fake.runs.push((a) => { fake.regs = { ...fake.regs, rax: 0x1234n, rdx: 0x99n, rip: 0x1004n }; return outExit(0xf0, 0x34)(a); });
    const o = run(fake, log([
      ioctl('KVM_GET_MSRS', GET_MSRS, 2, { out: { nmsrs: 2, entries: [{ index: '0x10', data: '0x777' }, { index: '0x174', data: '0x0' }] } }),
      ioctl('KVM_SET_REGS', SET_REGS, 0, { arg: regs('0x1000', { rcx: '0x10' }) }),
      ioctl('KVM_RUN', KVM_RUN, 0),
      { t: 'exit', vcpu_fd: 6, run_seq: 2, run_ret: 0, exit_reason: 2, ...hdr, io: { direction: 'out', size: 1, port: 240, count: 1, data_offset: 4096, data: 'd6' } } as never,
      ioctl('KVM_GET_REGS', GET_REGS, 0, { out: regs('0x1004', { rax: '0x32bf78d6', rdx: '0xb07', rcx: '0x10' }) }),
    ]));
    expect(o.map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('writes respond/run_write bytes into kvm_run and re-creates mappings at the recorded address', () => {
    const fake = new FakeKvm();
    const o = run(fake, log([
      { t: 'syscall', call: 'mmap', addr: '0x0', len: '0x3000', prot: 3, flags: 1, fd: 6, fd_kind: 'vcpu', offset: '0x0', ok: true, ret: '0x7f0000000000' } as never,
      { t: 'syscall', call: 'mmap', addr: '0x0', len: '0x1000', prot: 3, flags: 2, fd: 6, fd_kind: 'vcpu', offset: '0x40000', ok: false, ret: 'MAP_FAILED', errno: 22 } as never,
      { t: 'syscall', call: 'mmap', addr: '0x0', len: '0x1000', prot: 3, flags: 34, fd: -1, fd_kind: 'anon', offset: '0x0', ok: true, ret: '0x7f0000100000' } as never,
      { t: 'respond', what: 'io_in_data', vcpu_fd: 6, writes: [{ offset: 4096, data: '51' }, { offset: 40, data: '5a5b' }] } as never,
      { t: 'run_write', vcpu_fd: 6, field: 'immediate_exit', offset: 1, size: 1, value: 1, data: '01' } as never,
      { t: 'memwrite', hva: '0x7f0000100010', len: 2, data: 'beef' } as never,
      { t: 'memread', hva: '0x7f0000100010', len: 2, data: 'beef' } as never,
    ]));
    expect(o.map((x) => x.status)).toEqual(['pass', 'pass', 'input', 'input', 'input', 'input', 'pass']);
    expect(fake.mmaps[0]).toEqual([0x7f0000000000n, 0x3000n, 3, 1 | 0x10, 6, 0n]);
    expect(fake.mmaps[1]).toEqual([0n, 0x1000n, 3, 2, 6, 0x40000n]);
    expect([fake.area[4096], fake.area[40], fake.area[41], fake.area[1]]).toEqual([0x51, 0x5a, 0x5b, 1]);
  });

  it('compares dirty-ring flags always, slot/offset only for DIRTY entries', () => {
    const fake = new FakeKvm();
    const dv = new DataView(fake.ring.buffer);
    dv.setUint32(0, 1, true); dv.setUint32(4, 1, true); dv.setBigUint64(8, 5n, true);
    dv.setUint32(16, 0, true); dv.setUint32(20, 77, true); // reset entry with stale slot
    const o = run(fake, log([
      { t: 'ring_read', ring: 'dirty', vcpu_fd: 6, entries: [{ index: 0, flags: 1, slot: 1, offset: '0x5' }, { index: 1, flags: 0, slot: 0, offset: '0x0' }] } as never,
      { t: 'ring_read', ring: 'dirty', vcpu_fd: 6, entries: [{ index: 0, flags: 1, slot: 1, offset: '0x6' }] } as never,
      { t: 'ring_write', ring: 'dirty', vcpu_fd: 6, index: 0, flags: 2 } as never,
    ]));
    expect(o.map((x) => x.status)).toEqual(['pass', 'fail', 'input']);
    expect(o[1]!.mismatches[0]).toMatchObject({ what: 'ring.dirty[0].offset', expected: '0x6', actual: '0x5' });
    expect(dv.getUint32(0, true)).toBe(2);
  });

  it('passes forked-child ioctls with their process context', () => {
    const fake = new FakeKvm();
    const o = run(fake, log([
      { t: 'syscall', call: 'fork' } as never,
      ioctl('KVM_RUN', KVM_RUN, -1, { errno: 5, process: 'forked_child' }),
    ]));
    expect(o.map((x) => x.status)).toEqual(['input', 'pass']);
    expect(fake.calls[0]!.ctx).toEqual({ process: 'forked_child' });
  });

  it('counts run_batch exits and compares the last one', () => {
    const fake = new FakeKvm();
    for (let i = 0; i < 3; i++) fake.runs.push(outExit(0x10, i));
    fake.runs.push((a) => { new DataView(a.buffer).setUint32(8, 5, true); return { ret: 0 }; });
    const o = run(fake, log([
      { t: 'run_batch', vcpu_fd: 6, calls: 4, exit_counts: { KVM_EXIT_IO: 3, KVM_EXIT_HLT: 1 }, last_ret: 0, last_errno: 0, last_exit: { exit_reason: 5, exit_name: 'KVM_EXIT_HLT', ...hdr } } as never,
    ]));
    expect(o[0]!.status).toBe('pass');
    const fake2 = new FakeKvm();
    for (let i = 0; i < 4; i++) fake2.runs.push(outExit(0x10, i));
    const o2 = run(fake2, log([
      { t: 'run_batch', vcpu_fd: 6, calls: 4, exit_counts: { KVM_EXIT_IO: 3, KVM_EXIT_HLT: 1 }, last_ret: 0, last_errno: 0 } as never,
    ]));
    expect(o2[0]!.mismatches.map((m) => `${m.what} ${m.expected} ${m.actual}`)).toEqual([
      'run_batch.exit_counts.KVM_EXIT_IO 3 4', 'run_batch.exit_counts.KVM_EXIT_HLT 1 0',
    ]);
  });

  it('maps a recorded fd the model numbered differently, so later events reach the same object', () => {
    const fake = new FakeKvm();
    const base = fake.ioctl.bind(fake);
    // The model hands out vcpu fd 6 where real KVM gave 7: the real process held fd 6 for something the
    // log does not show (descriptor numbers are process state), so this is no KVM mismatch.
    fake.ioctl = (fd, nr, raw, struct, ctx) => (nr === 0xae41 ? { ret: 6 } : base(fd, nr, raw, struct, ctx));
    const o = run(fake, log([
      { t: 'ioctl', fd: 5, fd_kind: 'vm', req: 'KVM_CREATE_VCPU', nr: '0xae41', arg_raw: '0x0', arg: { vcpu_id: 0 }, ret: 7 },
      { ...ioctl('KVM_GET_REGS', GET_REGS, 0, { out: regs('0x1000') }), fd: 7 },
      { t: 'syscall', call: 'close', fd: 7, fd_kind: 'vcpu', ret: 0 },
      { ...ioctl('KVM_GET_REGS', GET_REGS, -1, { errno: 25 }), fd: 7 },
    ]));
    expect(o.map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(fake.calls.map((c) => c.fd)).toEqual([6, 7]); // GET_REGS on the mapped fd; after close, the recorded number again
  });

  it('fails when the model hands out a higher fd than real KVM (the model holds a descriptor it should not)', () => {
    const fake = new FakeKvm();
    const base = fake.ioctl.bind(fake);
    fake.ioctl = (fd, nr, raw, struct, ctx) => (nr === 0xae41 ? { ret: 8 } : base(fd, nr, raw, struct, ctx));
    const o = run(fake, log([
      { t: 'ioctl', fd: 5, fd_kind: 'vm', req: 'KVM_CREATE_VCPU', nr: '0xae41', arg_raw: '0x0', arg: { vcpu_id: 0 }, ret: 7 },
    ]));
    expect(o.map((x) => x.status)).toEqual(['fail']);
    expect(o[0]!.mismatches[0]).toMatchObject({ what: 'ret', expected: '7', actual: '8' });
  });

  it('turns a model exception into a failed event instead of crashing', () => {
    const fake = new FakeKvm();
    fake.hostWrite = () => { throw new Error('unmapped host address'); };
    const o = run(fake, log([{ t: 'memwrite', hva: '0x10', len: 1, data: '00' } as never, { t: 'note' }]));
    expect(o[0]).toMatchObject({ status: 'fail', mismatches: [{ what: 'engine', actual: 'unmapped host address' }] });
    expect(o[1]!.status).toBe('info');
  });

  it('restores a snapshot and reproduces the same outcomes', () => {
    const fake = new FakeKvm();
    fake.runs.push(outExit(0x10, 1), outExit(0x10, 2));
    const l = log([
      ioctl('KVM_RUN', KVM_RUN, 0),
      { t: 'exit', vcpu_fd: 6, run_seq: 0, run_ret: 0, exit_reason: 2, ...hdr, io: { direction: 'out', size: 1, port: 16, count: 1, data_offset: 4096, data: '01' } } as never,
      ioctl('KVM_RUN', KVM_RUN, 0),
      { t: 'exit', vcpu_fd: 6, run_seq: 2, run_ret: 0, exit_reason: 2, ...hdr, io: { direction: 'out', size: 1, port: 16, count: 1, data_offset: 4096, data: '01' } } as never,
      ioctl('KVM_RUN', KVM_RUN, 0),
    ]);
    const r = new Replayer(l, { target: () => fake });
    r.step();
    const snap = r.snapshot();
    const first: EventOutcome[] = [];
    r.runToEnd((o) => first.push(o));
    expect(r.done).toBe(true);
    expect(() => r.step()).toThrow(RangeError);
    r.restore(snap);
    expect(r.position).toBe(1);
    const second: EventOutcome[] = [];
    r.runToEnd((o) => second.push(o));
    expect(second).toEqual(first);
    expect(first.map((x) => x.status)).toEqual(['pass', 'pass', 'fail', 'skip']);
  });
});
