import { describe, expect, it } from 'vitest';
import { importPercent, isTerminalStop, laneSummary, stopText, traceIdentity } from './position.ts';

describe('stopText', () => {
  it('names every stop of the program protocol', () => {
    expect(stopText(null)).toBe('loaded');
    expect(stopText({ kind: 'step' })).toBe('stepped');
    expect(stopText({ kind: 'limit' })).toBe('paused');
    expect(stopText({ kind: 'breakpoint', address: 0x100e })).toBe('breakpoint 0x100e');
    expect(stopText({ kind: 'hlt' })).toBe('ended: hlt');
    expect(stopText({ kind: 'shutdown' })).toBe('ended: KVM_EXIT_SHUTDOWN (triple fault)');
    expect(stopText({ kind: 'exception', vector: 13 })).toBe('exception vector 13');
    expect(stopText({ kind: 'exit', reason: 2, name: 'KVM_EXIT_IO' })).toBe('stopped: KVM_EXIT_IO');
    expect(stopText({ kind: 'error', errno: 4, errname: 'EINTR' })).toBe('KVM_RUN failed: EINTR');
  });
  it('treats only hlt, shutdown, exception, exit and error as the end of the program', () => {
    expect(isTerminalStop(null)).toBe(false);
    expect(isTerminalStop({ kind: 'step' })).toBe(false);
    expect(isTerminalStop({ kind: 'limit' })).toBe(false);
    expect(isTerminalStop({ kind: 'breakpoint', address: 1 })).toBe(false);
    for (const s of [{ kind: 'hlt' }, { kind: 'shutdown' }, { kind: 'exception', vector: 6 }, { kind: 'exit', reason: 8, name: 'KVM_EXIT_SHUTDOWN' }, { kind: 'error', errno: 14, errname: 'EFAULT' }] as const) {
      expect(isTerminalStop(s)).toBe(true);
    }
  });
});

describe('traceIdentity', () => {
  it('gives name, count and the span between first and last event', () => {
    expect(traceIdentity({ name: 'qemu_boot.trace.dat', events: 91_445, t0: 1_000, t1: 1_000 + 2_500_000 })).toEqual({ name: 'qemu_boot.trace.dat', events: '91,445 events', span: '2.500 ms' });
    expect(traceIdentity({ name: 'one', events: 1, t0: 250, t1: 250 })).toEqual({ name: 'one', events: '1 event', span: '0 ns' });
    expect(traceIdentity({ name: 'empty', events: 0, t0: 0, t1: 0 }).span).toBe('—');
  });
});

describe('laneSummary', () => {
  it('counts host CPUs, vCPUs and merged guest CPUs apart', () => {
    expect(laneSummary([{ kind: 'cpu' }, { kind: 'cpu' }, { kind: 'vcpu' }])).toBe('2 CPUs · 1 vCPU');
    expect(laneSummary([{ kind: 'cpu' }, { kind: 'vcpu' }, { kind: 'vcpu' }, { kind: 'cpu', guest: 'vm1' }, { kind: 'cpu', guest: 'vm1' }])).toBe('1 CPU · 2 vCPUs · 2 guest CPUs');
    expect(laneSummary([])).toBe('0 CPUs · 0 vCPUs');
  });
});

describe('importPercent', () => {
  it('is a whole percentage, capped, 0 when the size is unknown', () => {
    expect(importPercent(0, 0)).toBe(0);
    expect(importPercent(1, 3)).toBe(33);
    expect(importPercent(5, 4)).toBe(100);
  });
});
