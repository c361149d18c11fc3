import { describe, expect, it } from 'vitest';
import { FlatGuest } from './testing/flat.ts';

describe('exceptions', () => {
  it('real mode #DE goes through the IVT with a 6-byte frame', () => {
    const g = new FlatGuest();
    g.realMode(0x1000);
    g.put(0, [0x00, 0x08, 0x00, 0x00]);                 // IVT[0] = 0000:0800
    g.put(0x800, [0xf4]);                                  // hlt
    g.put(0x1000, [0x31, 0xdb, 0xf7, 0xf3]);               // xor bx,bx; div bx
    expect(g.run().kind).toBe('hlt');
    expect(g.reg('rip')).toBe(0x801n);
    expect(g.reg('rsp')).toBe(0x6ffan);
    expect([...g.ram.subarray(0x6ffa, 0x7000)]).toEqual([0x02, 0x10, 0, 0, 0x46, 0]); // IP=0x1002 (the div), CS, FLAGS
  });

  it('32-bit protected mode with IDT limit 0: ud2 is a triple fault, and again on the next run', () => {
    const g = new FlatGuest();
    g.protMode(0x1000);
    const s = g.cpu.getSregs(); s.idt = { base: 0x2000n, limit: 0, padding: [0, 0, 0] }; g.cpu.setSregs(s);
    g.put(0x1000, [0x0f, 0x0b]);
    expect(g.run().kind).toBe('shutdown');
    expect(g.reg('rip')).toBe(0x1000n);
    expect(g.run().kind).toBe('shutdown');
  });

  it('long mode #PF: error code, CR2, RF in the saved RFLAGS, A/D bits', () => {
    const g = new FlatGuest();
    g.longMode(0x4000);
    g.idt64(0x3000);
    g.w64(0x13000 + 0x5f * 8, 0n);                         // page 0x5f000 not present
    g.put(0x3000, [0xf4]);
    g.put(0x4000, [0x48, 0xc7, 0x04, 0x25, 0x08, 0xf0, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00]); // mov qword [0x5f008],1
    expect(g.run().kind).toBe('hlt');
    const sregs = g.cpu.getSregs();
    expect(sregs.cr2).toBe(0x5f008n);
    const rsp = Number(g.reg('rsp'));
    expect(g.r64(rsp)).toBe(2n);                           // error code: write, not present
    expect(g.r64(rsp + 8)).toBe(0x4000n);                  // faulting RIP
    expect(g.r64(rsp + 24) & 0x10000n).toBe(0x10000n);     // RF set (fault-class injection)
    expect(g.r64(0x10000) & 0x20n).toBe(0x20n);            // Accessed on the PML4 entry
    expect(g.r64(0x13000 + 0xe * 8) & 0x60n).toBe(0x60n);  // stack page written: A and D
  });

  it('int3 in 64-bit mode is an emulation failure on the emulate backend and #BP on hardware', () => {
    for (const backend of ['emulate', 'hardware'] as const) {
      const g = new FlatGuest(backend);
      g.longMode(0x4000);
      g.idt64(0x3000);
      g.put(0x3000, [0xf4]);
      g.put(0x4000, [0xcc]);
      const e = g.run();
      if (backend === 'emulate') {
        expect(e.kind).toBe('internal');
        if (e.kind === 'internal') { expect(e.suberror).toBe(1); expect(e.insnBytes?.[0]).toBe(0xcc); }
        expect(g.reg('rip')).toBe(0x4000n);
      } else {
        expect(e.kind).toBe('hlt');
        expect(g.r64(Number(g.reg('rsp')))).toBe(0x4001n); // trap: RIP after int3
      }
    }
  });
});

describe('port I/O and the completion protocol', () => {
  it('IN exits without retiring and completes with the VMM data', () => {
    const g = new FlatGuest();
    g.realMode(0x1000);
    g.put(0x1000, [0xe4, 0x11, 0xf4]);                     // in al,0x11; hlt
    const e = g.run();
    expect(e).toMatchObject({ kind: 'io', direction: 'in', port: 0x11, size: 1, count: 1 });
    expect(g.reg('rip')).toBe(0x1000n);
    g.cpu.completeIn(Uint8Array.of(0x51));
    expect(g.run().kind).toBe('hlt');
    expect(g.reg('rax') & 0xffn).toBe(0x51n);
  });

  it('rep outsb exits per element with RIP on the instruction; rep insb reads ahead in one exit', () => {
    const g = new FlatGuest();
    g.realMode(0x1000);
    g.put(0x1000, [0xbe, 0x00, 0x20, 0xb9, 0x02, 0x00, 0xba, 0x10, 0x00, 0xf3, 0x6e, // mov si,0x2000; mov cx,2; mov dx,0x10; rep outsb
      0xbf, 0x00, 0x30, 0xb9, 0x03, 0x00, 0xf3, 0x6c, 0xf4]);                     // mov di,0x3000; mov cx,3; rep insb; hlt
    g.put(0x2000, [0xaa, 0xbb]);
    const a = g.run(); const b = g.run();
    expect(a).toMatchObject({ kind: 'io', direction: 'out', count: 1, data: Uint8Array.of(0xaa) });
    expect(b).toMatchObject({ kind: 'io', direction: 'out', count: 1, data: Uint8Array.of(0xbb) });
    expect(g.reg('rip')).toBe(0x1009n);
    const c = g.run();
    expect(c).toMatchObject({ kind: 'io', direction: 'in', count: 3, size: 1 });
    g.cpu.completeIn(Uint8Array.of(1, 2, 3));
    expect(g.run().kind).toBe('hlt');
    expect([...g.ram.subarray(0x3000, 0x3003)]).toEqual([1, 2, 3]);
  });

  it("hardware backend: OUT's RIP advances on the next run (complete_fast_pio_out)", () => {
    const g = new FlatGuest('hardware');
    g.realMode(0x1000);
    g.put(0x1000, [0xe6, 0x10, 0xf4]);
    expect(g.run().kind).toBe('io');
    expect(g.reg('rip')).toBe(0x1000n);
    expect(g.run().kind).toBe('hlt');
    expect(g.reg('rip')).toBe(0x1003n);
  });
});

describe('MMIO', () => {
  it('read-modify-write is a read exit then a write exit; 16-bit store across pages splits', () => {
    const g = new FlatGuest();
    g.realMode(0x1000);
    g.put(0x1000, [0xb8, 0x00, 0xa0, 0x8e, 0xc0,           // mov ax,0xa000; mov es,ax
      0x26, 0x80, 0x06, 0x10, 0x00, 0x05,                     // add byte es:[0x10],5
      0x26, 0xc7, 0x06, 0xff, 0x0f, 0xaa, 0xbb, 0xf4]);       // mov word es:[0xfff],0xbbaa; hlt
    expect(g.run()).toMatchObject({ kind: 'mmio', gpa: 0xa0010n, len: 1, isWrite: false });
    g.cpu.completeMmioRead(Uint8Array.of(0x40, 0, 0, 0, 0, 0, 0, 0));
    expect(g.run()).toMatchObject({ kind: 'mmio', gpa: 0xa0010n, len: 1, isWrite: true, data: Uint8Array.of(0x45) });
    expect(g.run()).toMatchObject({ kind: 'mmio', gpa: 0xa0fffn, len: 1, isWrite: true, data: Uint8Array.of(0xaa) });
    expect(g.run()).toMatchObject({ kind: 'mmio', gpa: 0xa1000n, len: 1, isWrite: true, data: Uint8Array.of(0xbb) });
    expect(g.run().kind).toBe('hlt');
  });
});

describe('hypercalls', () => {
  it('hardware: KVM_HC_MAP_GPA_RANGE exits when enabled, ret goes to RAX; others return -KVM_ENOSYS', () => {
    const g = new FlatGuest('hardware');
    g.longMode(0x4000);
    g.hypercallMask = 1n << 12n;
    g.put(0x4000, [0x0f, 0x01, 0xc1, 0x0f, 0x01, 0xc1, 0xf4]);
    g.setReg('rax', 12n); g.setReg('rbx', 0x100000n); g.setReg('rcx', 1n); g.setReg('rdx', 0n);
    const e = g.run();
    expect(e).toMatchObject({ kind: 'hypercall', nr: 12n, longmode: 1 });
    g.cpu.completeHypercall(0n);
    g.setReg('rax', 99n);
    expect(g.run().kind).toBe('hlt');
    expect(g.reg('rax')).toBe(BigInt.asUintN(64, -1000n));
  });

  it('emulate: VMCALL spins until the budget runs out (the lab host livelocks)', () => {
    const g = new FlatGuest('emulate');
    g.realMode(0x1000);
    g.put(0x1000, [0x0f, 0x01, 0xc1]);
    expect(g.run(1000).kind).toBe('budget');
    expect(g.reg('rip')).toBe(0x1000n);
  });
});

describe('debug', () => {
  it('hardware breakpoint on an instruction address', () => {
    const g = new FlatGuest('emulate');
    g.realMode(0x1000);
    g.put(0x1000, [0x90, 0x90, 0xf4]);
    g.cpu.setGuestDebug({ control: 0x20001, debugreg: [0x1001n, 0n, 0n, 0n, 0n, 0n, 0n, 0x1n] });
    expect(g.run()).toMatchObject({ kind: 'debug', exception: 1, pc: 0x1001n, dr6: 0xffff0ff1n });
  });
});

describe('snapshot', () => {
  it('restore replays the same execution', () => {
    const g = new FlatGuest();
    g.realMode(0x1000);
    g.put(0x1000, [0x40, 0xe6, 0x10, 0xeb, 0xfb]);         // inc ax; out 0x10,al; jmp -5
    g.run();
    const snap = g.cpu.snapshot();
    const ram = g.ram.slice();
    const a = [g.run(), g.run()].map((e) => e.kind === 'io' ? e.data[0] : -1);
    g.cpu.restore(snap); g.ram.set(ram);
    const b = [g.run(), g.run()].map((e) => e.kind === 'io' ? e.data[0] : -1);
    expect(b).toEqual(a);
    expect(a).toEqual([2, 3]);
  });
});
