import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { statsJson } from '../cli/commands/stats.ts';
import { detectFormat } from './import/detect.ts';
import { golden, testTrace } from './import/tracedat/testkit/golden.ts';
import { kvmScenario } from './import/tracedat/testkit/kvm-fixture.ts';
import { loadTrace } from './load.ts';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('format detection', () => {
  it('recognises binary wrappers and text formats', () => {
    expect(detectFormat(kvmScenario(6))).toBe('trace.dat');
    expect(detectFormat(new Uint8Array([0x1f, 0x8b, 8]))).toBe('gzip');
    expect(detectFormat(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]))).toBe('zstd');
    expect(detectFormat(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]))).toBe('xz');
    expect(detectFormat(text('cpus=2\n     vmm-28981 [000]  4957.245129: kvm_fpu:              load\n'))).toBe('trace-cmd');
    expect(detectFormat(text('qemu-system-x86 3596 [001] 2187.667378: kvm:kvm_fpu: load\n'))).toBe('perf-script');
    expect(detectFormat(text('# tracer: nop\n#\n'))).toBe('tracefs');
    expect(detectFormat(text('hello'))).toBe('unknown');
    expect(detectFormat(text('28981 ioctl(4, 0xae00 /* KVM_GET_API_VERSION */, 0) = 12\n'))).toBe('strace');
    expect(detectFormat(text('[pid  3598] 12:00:01.000001 ioctl(9, KVM_RUN, 0) = 0\n'))).toBe('strace');
    expect(detectFormat(text('3596@1700000000.123456:kvm_run_exit cpu_index 0, reason 2\n'))).toBe('qemu-trace');
    expect(detectFormat(text('kvm_run_exit cpu_index 0, reason 2\n'))).toBe('qemu-trace');
  });
});

describe('loadTrace + stats JSON', () => {
  it('trace.dat: the CLI document matches trace-cmd', async () => {
    const r = await loadTrace(testTrace('dirty.trace.dat'), { file: 'dirty.trace.dat' });
    const j = statsJson(r);
    const g = golden('dirty.trace.dat');
    expect(j).toMatchObject({ format: 'trace.dat', version: 7, compression: 'zstd', events_total: g.events_total, lost_events: 0 });
    expect(Object.fromEntries(Object.entries(j.events_by_name as Record<string, number>).map(([k, v]) => [k.replace(/^kvm:/, ''), v]))).toEqual(g.events_by_name);
    expect(j.per_cpu).toEqual(g.per_cpu);
    expect((j.options as Record<string, number>).BUFFER).toBe(2);
    expect(j.userspace_exits).toMatchObject({ KVM_EXIT_IO: expect.any(Number) });
  });

  it('gzip-wrapped trace.dat and synthetic exits', async () => {
    const r = await loadTrace(new Uint8Array(gzipSync(kvmScenario(7))));
    expect(r.wrapper).toBe('gzip');
    const j = statsJson(r);
    expect(j.exit_reasons).toEqual({ HLT: 2, EPT_VIOLATION: 2, IO_INSTRUCTION: 1 });
    expect(j.exit_isa).toBe('vmx');
  });

  it('trace-cmd report text goes through the text importer', async () => {
    const r = await loadTrace(text('cpus=1\n       CPU 0/KVM-1001  [000]     0.000001: kvm_entry:             vcpu 0 rip 0x1000\n'));
    expect(r.format).toBe('trace-cmd');
    expect(r.store.count).toBe(1);
    expect(statsJson(r).events_by_name).toEqual({ 'kvm:kvm_entry': 1 });
  });

  it('strace goes through StraceParser: ioctl log, SIGCHLD children, vCPU lanes unknown-CPU', async () => {
    const r = await loadTrace(text([
      '100 ioctl(4, 0xae01 /* KVM_CREATE_VM */, 0) = 5',
      '101 ioctl(5, 0xae41 /* KVM_CREATE_VCPU */, 0) = -1 EIO (Input/output error)',
      '100 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=101, si_uid=0, si_status=5} ---',
      '',
    ].join('\n')));
    expect(r.format).toBe('strace');
    expect(r.strace?.log.map((e) => [e.req, e.ret, e.errname])).toEqual([['KVM_CREATE_VM', 5, undefined], ['KVM_CREATE_VCPU', -1, 'EIO']]);
    expect(r.strace?.children).toEqual([101]);
    expect(r.text).toBe(r.strace);
    expect(statsJson(r)).toMatchObject({ format: 'strace', events_total: 2, per_cpu: { '-1': 2 }, strace: { ioctls: 2, errors: { EIO: 1 } } });
    expect(r.store.lanes()[0]).toMatchObject({ id: 'cpu:65535', label: 'CPU ?' });
  });

  it('strace: the thread that runs a vCPU gets its vCPU lane', async () => {
    const r = await loadTrace(text([
      '100 ioctl(4, 0xae01 /* KVM_CREATE_VM */, 0) = 5',
      '100 ioctl(5, 0xae41 /* KVM_CREATE_VCPU */, 1) = 6',
      '102 ioctl(6, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_HLT)',
      '',
    ].join('\n')));
    expect(r.store.lanes().map((l) => [l.id, l.events])).toEqual([['cpu:65535', 3], ['vcpu:1', 1]]);
  });

  it('QEMU trace goes through QemuTraceParser', async () => {
    const r = await loadTrace(text('3596@1700000000.123460:kvm_run_exit cpu_index 0, reason 2\n'));
    expect(r.format).toBe('qemu-trace');
    expect(statsJson(r).events_by_name).toEqual({ 'qemu:kvm_run_exit': 1 });
  });

  it('xz and garbage give PS303 / PS300', async () => {
    expect((await loadTrace(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 1]))).error?.code).toBe('PS303');
    expect((await loadTrace(text('\x00\x01garbage'))).error?.code).toBe('PS300');
  });
});
