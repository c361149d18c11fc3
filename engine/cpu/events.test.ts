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

describe('interrupt shadow produced by STI / MOV SS / POP SS (kvm_vcpu_events.interrupt.shadow)', () => {
  /** 32-bit guest at 0x1000 running `bytes`, IF clear. */
  function pm(bytes: number[], backend: 'emulate' | 'hardware' = 'hardware'): FlatGuest {
    const g = new FlatGuest(backend);
    g.protMode(0x1000);
    g.put(0x1000, bytes);
    g.setReg('rflags', 2n);
    return g;
  }
  const shadow = (g: FlatGuest) => g.cpu.getEvents().interrupt.shadow;
  const STI = 0xfb, NOP = 0x90, HLT = 0xf4;

  it('STI with IF clear blocks for one instruction; STI; STI blocks for none after the second', () => {
    const g = pm([STI, NOP, STI, STI, NOP, HLT]);
    expect(g.run(1).kind).toBe('budget');
    expect(shadow(g)).toBe(2); // KVM_X86_SHADOW_INT_STI
    g.run(1); // the nop in the shadow
    expect(shadow(g)).toBe(0);
    g.run(1); // sti with IF already set: no new shadow
    expect(shadow(g)).toBe(0);
  });

  it('MOV SS and POP SS give KVM_X86_SHADOW_INT_MOV_SS; a second MOV SS right after ends it', () => {
    // mov ax,0x10; mov ss,ax; mov ss,ax; nop; push eax; pop ss; nop
    const g = pm([0x66, 0xb8, 0x10, 0x00, 0x8e, 0xd0, 0x8e, 0xd0, NOP, 0x50, 0x17, NOP, HLT]);
    g.run(2);
    expect(shadow(g)).toBe(1);
    g.run(1);
    expect(shadow(g)).toBe(0); // toggle_interruptibility: same shadow twice → none
    g.run(3); // nop; push eax; pop ss
    expect(shadow(g)).toBe(1);
    g.run(1);
    expect(shadow(g)).toBe(0);
  });

  it('an OUT in the STI shadow: the hardware host keeps the shadow until the next KVM_RUN completes the OUT', () => {
    const hw = pm([STI, 0xe6, 0x10, NOP, NOP, HLT], 'hardware');
    expect(hw.run(100).kind).toBe('io');
    expect(shadow(hw)).toBe(2);
    expect(hw.run(1).kind).toBe('budget'); // completes the OUT, then one nop
    expect(shadow(hw)).toBe(0);
    // every instruction goes through KVM's emulator on the lab host: the OUT completes before the exit
    const em = pm([STI, 0xe6, 0x10, NOP, NOP, HLT], 'emulate');
    expect(em.run(100).kind).toBe('io');
    expect(shadow(em)).toBe(0);
  });

  it('compiled blocks end the shadow too, and a pending NMI waits until it has ended', () => {
    // sti; then a loop of simple instructions (blocks once decoded)
    const g = pm([STI, 0x40, 0x40, 0x40, 0xeb, 0xfb]);
    g.run(1);
    expect(shadow(g)).toBe(2);
    g.cpu.setEvents({ ...g.cpu.getEvents(), nmi: { injected: 0, pending: 1, masked: 0 } });
    g.run(1); // entry: the NMI is blocked by the shadow; the inc in the shadow runs
    expect(g.cpu.getEvents().nmi.pending).toBe(1);
    expect(shadow(g)).toBe(0);
    g.run(100); // no IDT: delivering the NMI now fails into a triple fault, proving it is attempted
    expect(g.cpu.getEvents().nmi.pending).toBe(0);
  });

  it('a fault in the shadow is delivered and ends it', () => {
    const g = new FlatGuest('hardware');
    g.longMode(0x4000);
    g.idt64(0x3000);
    g.put(0x3000, [HLT]);
    g.put(0x4000, [STI, 0x0f, 0x0b]); // sti; ud2
    g.setReg('rflags', 2n);
    expect(g.run(100).kind).toBe('hlt');
    expect(shadow(g)).toBe(0);
  });
});

describe('a #BP the VMM re-injects after KVM_GUESTDBG_USE_SW_BP (a debugger passing the guest its own INT3)', () => {
  it('hardware host: delivered past the INT3 (event_exit_inst_len), as a software exception', () => {
    const g = lm('hardware');
    g.put(0x4000, [0xcc, 0x90, 0xf4]); // int3; nop; hlt
    g.cpu.setGuestDebug({ control: 0x1 | 0x10000, debugreg: [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n] }); // ENABLE | USE_SW_BP
    const x = g.run();
    expect(x).toMatchObject({ kind: 'debug', exception: 3 });
    expect(g.reg('rip')).toBe(0x4000n);
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 1, nr: 3, has_error_code: 0, pending: 0, error_code: 0 }; }));
    expect(g.run().kind).toBe('io'); // the handler's OUT
    expect(q(g, 0xefd8)).toBe(0x4001n); // saved RIP: after the INT3, so IRET resumes at the nop
  });

  it('instruction-emulating host: delivered at RIP', () => {
    const g = lm('emulate');
    g.put(0x4000, [0x90, 0xf4]);
    g.cpu.setEvents(ev((e) => { e.exception = { injected: 1, nr: 3, has_error_code: 0, pending: 0, error_code: 0 }; }));
    expect(g.run().kind).toBe('io');
    expect(q(g, 0xefd8)).toBe(0x4000n);
  });
});
