import { describe, expect, it } from 'vitest';
import { FlatGuest } from './testing/flat.ts';
import { emptyEvents } from './events.ts';
import type { CpuEvents } from './types.ts';

/** Long-mode guest: code at 0x4000 (`nop; hlt`), every IDT gate → 0x3000 (`out 0x10,al; iretq`), RSP 0xf000. */
function lm(backend: 'emulate' | 'hardware' = 'emulate'): FlatGuest {
  const g = new FlatGuest(backend);
  g.longMode(0x4000);
  g.idt64(0x3000);
  g.put(0x3000, [0xe6, 0x10, 0x48, 0xcf]);
  g.put(0x4000, [0x90, 0xf4]);
  return g;
}
const q = (g: FlatGuest, a: number): bigint => g.r64(a);
function ev(f: (e: CpuEvents) => void): CpuEvents { const e = emptyEvents(); f(e); return e; }

describe('event injection (KVM_SET_VCPU_EVENTS → guest)', () => {
  it('pending #PF with payload: CR2 = payload, error code pushed, RF in the saved RFLAGS, payload consumed', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => {
      e.exception = { injected: 0, nr: 14, has_error_code: 1, pending: 1, error_code: 2 };
      e.exception_has_payload = 1; e.exception_payload = 0xdeadb000n;
    }));
    const x = g.run();
    expect(x.kind).toBe('io');
    expect(g.cpu.getSregs().cr2).toBe(0xdeadb000n);
    expect(g.reg('rsp')).toBe(0xefd0n);
    expect([q(g, 0xefd0), q(g, 0xefd8), q(g, 0xefe0), q(g, 0xefe8)]).toEqual([2n, 0x4000n, 8n, 0x10002n]);
    const after = g.cpu.getEvents();
    expect(after.exception).toMatchObject({ injected: 0, pending: 0, nr: 14, error_code: 2 });
    expect([after.exception_has_payload, after.exception_payload]).toEqual([0, 0n]);
  });

  it('injected #PF without payload leaves CR2; injected #UD with has_error_code pushes it anyway; no RF', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 1, nr: 6, has_error_code: 1, pending: 0, error_code: 0x4242 }; }));
    g.run();
    expect(g.cpu.getSregs().cr2).toBe(0n);
    expect([q(g, 0xefd0), q(g, 0xefd8), q(g, 0xefe8)]).toEqual([0x4242n, 0x4000n, 2n]);
  });

  it('pending #DB with payload 0x4001 gives DR6 0xffff4ff1', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => {
      e.exception = { injected: 0, nr: 1, has_error_code: 0, pending: 1, error_code: 0 };
      e.exception_has_payload = 1; e.exception_payload = 0x4001n;
    }));
    g.run();
    expect(g.cpu.getDebugRegs().dr6).toBe(0xffff4ff1n);
    expect(q(g, 0xefd8)).toBe(0x4000n); // no error code: RIP at RSP
  });

  it('real mode: an injected #GP goes through the IVT with a 6-byte frame and loses its error code', () => {
    const g = new FlatGuest();
    g.realMode(0x1000);
    g.put(13 * 4, [0x00, 0x08, 0x00, 0x00]); // IVT[13] = 0000:0800
    g.put(0x800, [0xf4]);
    g.put(0x1000, [0x90, 0xf4]);
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 1, nr: 13, has_error_code: 1, pending: 0, error_code: 0x55 }; }));
    expect(g.run().kind).toBe('hlt');
    expect(g.reg('rip')).toBe(0x801n);
    expect(g.reg('rsp')).toBe(0x6ffan);
    expect(g.cpu.getEvents().exception).toMatchObject({ injected: 0, nr: 13, has_error_code: 0 });
  });

  it('an injected interrupt is delivered with RFLAGS.IF clear, saving the current RIP', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => { e.interrupt = { injected: 1, nr: 0x21, soft: 0, shadow: 0 }; }));
    g.run();
    expect(q(g, 0xefd8)).toBe(0x4000n);
    expect(g.cpu.getEvents().interrupt).toMatchObject({ injected: 0, nr: 0x21 });
  });

  it('NMIs: masked from delivery until IRET; the second pending NMI comes at the next run after the IRET', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => { e.nmi = { injected: 0, pending: 2, masked: 0 }; }));
    expect(g.run().kind).toBe('io');                   // first NMI handler's OUT
    expect(g.cpu.getEvents().nmi).toEqual({ injected: 0, pending: 1, masked: 1 });
    // masked at this entry: no second delivery; the handler's IRETQ unmasks, then nop, hlt
    expect(g.run().kind).toBe('hlt');
    expect(g.cpu.getEvents().nmi).toEqual({ injected: 0, pending: 1, masked: 0 });
    expect(g.run().kind).toBe('io');                   // delivered now, saved RIP after the hlt
    expect(q(g, 0xefd8)).toBe(0x4002n);
    expect(g.cpu.getEvents().nmi).toEqual({ injected: 0, pending: 0, masked: 1 });
  });

  it('an interrupt shadow holds a pending NMI and ends after one instruction', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => { e.nmi.pending = 1; e.interrupt.shadow = 1; }));
    expect(g.run(1).kind).toBe('budget');
    expect(g.reg('rip')).toBe(0x4001n);
    expect(g.cpu.getEvents().interrupt.shadow).toBe(0);
    expect(g.cpu.getEvents().nmi.pending).toBe(1);
    expect(g.run().kind).toBe('io');
    expect(q(g, 0xefd8)).toBe(0x4001n);
  });

  it('immediate exit (budget 0) injects nothing; KVM_SET_REGS drops a pending exception, not an injected one', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 0, nr: 13, has_error_code: 1, pending: 1, error_code: 0 }; }));
    expect(g.run(0).kind).toBe('budget');
    expect(g.cpu.getEvents().exception.pending).toBe(1);
    g.setReg('rip', 0x4000n);
    expect(g.cpu.getEvents().exception.pending).toBe(0);
    expect(g.run().kind).toBe('hlt');                  // nothing delivered
    g.setReg('rip', 0x4000n);
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 1, nr: 6, has_error_code: 0, pending: 0, error_code: 0 }; }));
    g.setReg('rip', 0x4000n);
    expect(g.run().kind).toBe('io');                   // the injected #UD survived SET_REGS
  });

  it('an injected exception that cannot be delivered (IDT limit 0) is a triple fault', () => {
    const g = lm();
    const s = g.cpu.getSregs(); s.idt = { base: 0x2000n, limit: 0, padding: [0, 0, 0] }; g.cpu.setSregs(s);
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 1, nr: 6, has_error_code: 0, pending: 0, error_code: 0 }; }));
    expect(g.run().kind).toBe('shutdown');
    expect(g.reg('rip')).toBe(0x4000n);
  });

  it("the guest's own exceptions show in the events on the emulate backend only", () => {
    for (const backend of ['emulate', 'hardware'] as const) {
      const g = lm(backend);
      g.put(0x4000, [0x0f, 0x0b]); // ud2
      g.run();
      expect(g.cpu.getEvents().exception.nr).toBe(backend === 'emulate' ? 6 : 0);
    }
  });

  it('events survive snapshot/restore', () => {
    const g = lm();
    g.cpu.setEvents(ev((e) => { e.nmi = { injected: 0, pending: 1, masked: 1 }; e.interrupt.shadow = 1; }));
    const snap = g.cpu.snapshot();
    g.cpu.setEvents(emptyEvents());
    g.cpu.restore(snap);
    expect(g.cpu.getEvents().nmi).toEqual({ injected: 0, pending: 1, masked: 1 });
    expect(g.cpu.getEvents().interrupt.shadow).toBe(1);
  });
});
