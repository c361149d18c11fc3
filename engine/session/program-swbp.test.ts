/**
 * Software breakpoints of the program workspace (hardware backend: INT3 + KVM_GUESTDBG_USE_SW_BP) and
 * the debug-register limit of the emulate backend. Expected values come from independent paths: the
 * assembler's symbols and bytes for addresses and original code, a workspace run without breakpoints
 * for final states, a second workspace stopped at the same breakpoint for reverse-execution states.
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../asm/index.ts';
import { PsError } from '../errors.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import { CHECKPOINT_EVERY, ProgramWorkspace, isTerminal } from './program-workspace.ts';
import { readLinear } from './program-disasm.ts';
import { INT3 } from './program-swbp.ts';

/** Continue (repeating while the slice ends the request) until a stop that is not `limit`. */
function contToStop(ws: ProgramWorkspace, ignoreBreakpoints = false): void {
  for (let i = 0; i < 200; i++) {
    ws.cont(1_000_000, ignoreBreakpoints);
    if (ws.stop?.kind !== 'limit') return;
  }
  throw new Error('program did not stop');
}

/** The program image as the guest sees it now, read back through the workspace (KVM_TRANSLATE + host mapping). */
function image(ws: ProgramWorkspace): Uint8Array {
  const { bytes, problem } = readLinear(ws, ws.asm.origin, ws.asm.bytes.length);
  expect(problem).toBeNull();
  return bytes;
}

/** The log's KVM_SET_GUEST_DEBUG control words, in order. */
function guestDebugControls(ws: ProgramWorkspace): number[] {
  return ws.kvm.events.filter((e) => e.t === 'ioctl' && e.req === 'KVM_SET_GUEST_DEBUG').map((e) => Number((e.arg as { control: number }).control));
}

// Ten instructions in a loop body, each one a breakpoint; serial output per iteration.
const LOOP10 = `bits 32
org 0x1000
start:
    xor ebx, ebx
    xor esi, esi
    xor edi, edi
    mov ecx, 3
top:
b0: add ebx, ecx
b1: inc esi
b2: mov eax, esi
b3: add al, '0'
b4: mov dx, 0x3f8
b5: out dx, al
b6: imul ebx, ebx, 3
b7: xor edi, ebx
b8: nop
b9: dec ecx
    jnz top
    mov al, 10
    out dx, al
    cli
    hlt
`;
const B = Array.from({ length: 10 }, (_, i) => `b${i}`);

describe('software breakpoints (hardware backend)', () => {
  it('stops at each of 10 breakpoints in program order with exact RIP, shows original bytes, ends like a run without them', () => {
    const asm = assemble(LOOP10);
    const addrs = B.map((b) => asm.symbols[b]);
    expect(addrs.every((a) => typeof a === 'number')).toBe(true);
    const ws = ProgramWorkspace.load('loop10', LOOP10, 'hardware');
    ws.setBreakpoints(addrs);
    expect(ws.breakpoints).toHaveLength(10);
    for (let iter = 0; iter < 3; iter++) {
      for (let k = 0; k < 10; k++) {
        ws.cont(1_000_000, false);
        expect(ws.stop, `iteration ${iter} b${k}`).toEqual({ kind: 'breakpoint', address: addrs[k] });
        expect(ws.linearRip()).toBe(addrs[k]);
        expect(ws.regs().rip).toBe(BigInt(addrs[k]));
        // While stopped, memory (and so the disassembly) holds the program's own bytes, no 0xCC.
        expect(image(ws)).toEqual(asm.bytes);
      }
    }
    contToStop(ws);
    expect(ws.stop).toEqual({ kind: 'hlt' });

    const ref = ProgramWorkspace.load('ref', LOOP10, 'hardware');
    contToStop(ref);
    expect(ref.stop).toEqual({ kind: 'hlt' });
    expect(ws.regs()).toEqual(ref.regs());
    expect(ws.sregs()).toEqual(ref.sregs());
    expect(ws.icount).toBe(ref.icount);
    expect(ws.serial()).toBe('123\n');
    expect(ws.serial()).toBe(ref.serial());
    expect(image(ws)).toEqual(asm.bytes);

    // What the log shows: INT3 stored by the VMM at the breakpoints, USE_SW_BP, #BP debug exits.
    const cc = ws.kvm.events.filter((e) => e.t === 'memwrite' && e.data === 'cc').map((e) => Number(e.gpa));
    expect(new Set(cc)).toEqual(new Set(addrs));
    expect(guestDebugControls(ws)).toContain(0x10001); // KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_SW_BP
    expect(guestDebugControls(ws).some((c) => c & 0x20000)).toBe(false); // never the debug registers
    const debugExits = ws.kvm.events.filter((e) => e.t === 'exit' && e.exit_name === 'KVM_EXIT_DEBUG');
    expect(debugExits).toHaveLength(30);
    // Every stored 0xCC was put back: each breakpoint's last memwrite is the original byte.
    for (const a of addrs) {
      const last = ws.kvm.events.filter((e) => e.t === 'memwrite' && Number(e.gpa) === a).at(-1)!;
      expect(last.data).toBe(asm.bytes[a - asm.origin].toString(16).padStart(2, '0'));
    }
  });

  it('steps over the breakpoint it is stopped on, and steps back across breakpoints to the states a forward run had', () => {
    const asm = assemble(LOOP10);
    const addrs = B.map((b) => asm.symbols[b]);
    const ws = ProgramWorkspace.load('loop10', LOOP10, 'hardware');
    ws.setBreakpoints([addrs[2], addrs[5]]);
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: addrs[2] });
    const atB2 = { icount: ws.icount, regs: ws.regs() };
    // Single step from the breakpoint: the original instruction runs (mov eax, esi), not INT3.
    ws.step(1);
    expect(ws.stop).toEqual({ kind: 'step' });
    expect(ws.linearRip()).toBe(addrs[3]);
    expect(ws.icount).toBe(atB2.icount + 1);
    expect(ws.regs().rax).toBe(ws.regs().rsi);
    // Back across b2: exactly the state at the stop.
    ws.goTo(ws.icount - 1);
    expect(ws.icount).toBe(atB2.icount);
    expect(ws.regs()).toEqual(atB2.regs);
    expect(image(ws)).toEqual(asm.bytes);
    // Continue from b2 (sitting on it): next stop b5, then b2 of the next iteration.
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: addrs[5] });
    const atB5 = { icount: ws.icount, regs: ws.regs() };
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: addrs[2] });
    // Reverse across b5 (a breakpoint in the middle): every state equals a forward single-stepped run's.
    const ref = ProgramWorkspace.load('ref', LOOP10, 'hardware');
    for (const target of [ws.icount - 1, atB5.icount + 1, atB5.icount, atB5.icount - 1, atB2.icount]) {
      ws.goTo(target);
      expect(ws.icount).toBe(target);
      ref.reset();
      ref.step(target);
      expect(ws.regs(), `at ${target}`).toEqual(ref.regs());
      expect(image(ws)).toEqual(asm.bytes);
    }
    ws.goTo(atB5.icount);
    expect(ws.regs()).toEqual(atB5.regs);
    // Forward again from a rewound state still stops at the breakpoints.
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: addrs[2] });
  });

  it('never has a breakpoint byte inside a checkpoint: every restore shows the program image', () => {
    const src = `bits 32
org 0x1000
    xor eax, eax
    mov ecx, 20000
top:
    add eax, ecx
    xor ebx, eax
    loop top
after:
    mov dx, 0x3f8
    out dx, al
    cli
    hlt
never:
    inc eax
`;
    const asm = assemble(src);
    const ws = ProgramWorkspace.load('cp', src, 'hardware');
    // `never` is never reached: its INT3 stays in memory for the whole continue, across checkpoints.
    ws.setBreakpoints([asm.symbols.after, asm.symbols.never]);
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: asm.symbols.after });
    const end = ws.icount;
    expect(end).toBeGreaterThan(3 * CHECKPOINT_EVERY); // checkpoints were taken during the continue
    // Backwards, so each goTo restores a checkpoint taken during the continue (going back to an
    // earlier one drops the later ones).
    for (let t = end - 1; t >= 0; t -= 2_500) {
      ws.goTo(t);
      expect(ws.icount).toBe(t);
      expect(image(ws), `at ${t}`).toEqual(asm.bytes);
    }
    ws.goTo(end - 1);
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: asm.symbols.after });
    expect(ws.icount).toBe(end);
    expect(image(ws)).toEqual(asm.bytes);
  });

  it('keeps the byte a guest wrote over a breakpoint (compare before restoring)', () => {
    const src = `bits 32
org 0x1000
    xor eax, eax
    mov byte [patch], 0x40      ; inc eax, stored over the breakpoint
    jmp patch
patch:
    nop
    mov dx, 0x3f8
    add al, '0'
    out dx, al
    cli
    hlt
`;
    const asm = assemble(src);
    const patch = asm.symbols.patch;
    const ws = ProgramWorkspace.load('smc', src, 'hardware');
    ws.setBreakpoints([patch]);
    contToStop(ws);
    // The guest replaced the INT3 before reaching it: no stop there, its inc eax ran, its byte stayed.
    expect(ws.stop).toEqual({ kind: 'hlt' });
    expect(ws.serial()).toBe('1');
    expect(readLinear(ws, patch, 1).bytes[0]).toBe(0x40);
    expect(ws.sw!.rewritten).toEqual([{ address: patch, gpa: BigInt(patch), byte: 0x40 }]);
    const restores = ws.kvm.events.filter((e) => e.t === 'memwrite' && Number(e.gpa) === patch);
    expect(restores.map((e) => e.data)).toEqual(['cc']); // inserted once, never "restored" over the guest's byte
  });

  it('skips an address that is not guest RAM and still stops at the others', () => {
    const asm = assemble(LOOP10);
    const ws = ProgramWorkspace.load('loop10', LOOP10, 'hardware');
    ws.setBreakpoints([0xb0000, asm.symbols.b9]); // 0xb0000: the PC hole, no memslot
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: asm.symbols.b9 });
    expect(ws.sw!.skipped.map((s) => s.address)).toEqual([0xb0000]);
    expect(ws.sw!.skipped[0].why).toContain('not guest RAM');
  });
});

// The guest's own INT3 with its own #BP handler, while a breakpoint elsewhere is set.
const REAL_INT3 = `bits 16
org 0x1000
    xor ax, ax
    mov ds, ax
    mov word [3*4], handler     ; IVT vector 3 -> handler (segment 0)
    mov word [3*4+2], 0
    mov dx, 0x3f8
    mov al, 'a'
    out dx, al
    int3
after:
    mov al, 'c'
    out dx, al
    cli
    hlt
handler:
    mov al, 'b'
    out dx, al
    add sp, 6                   ; drop the IVT frame: the handler does not depend on the saved IP
    jmp after
`;

const PM_INT3 = `bits 32
org 0x1000
    mov eax, handler
    mov [idt + 3*8], ax
    mov word [idt + 3*8 + 2], 0x08
    mov word [idt + 3*8 + 4], 0x8e00   ; present, DPL 0, 32-bit interrupt gate
    shr eax, 16
    mov [idt + 3*8 + 6], ax
    lidt [idtr]
    mov dx, 0x3f8
    mov al, 'a'
    out dx, al
    int3
after:
    mov al, 'c'
    out dx, al
    cli
    hlt
handler:
    mov al, 'b'
    out dx, al
    add esp, 12                 ; drop the frame (EIP, CS, EFLAGS)
    jmp after
idtr: dw 4*8 - 1
      dd idt
idt:  times 4*8 db 0
`;

describe("the guest's own INT3 while software breakpoints are set", () => {
  for (const [name, src] of [['real mode (IVT)', REAL_INT3], ['32-bit (IDT)', PM_INT3]] as const) {
    it(`is re-injected into the guest and runs its handler: ${name}`, () => {
      const asm = assemble(src);
      const int3At = asm.symbols.after - 1;
      expect(asm.bytes[int3At - asm.origin]).toBe(INT3);
      const ws = ProgramWorkspace.load('int3', src, 'hardware');
      ws.setBreakpoints([asm.symbols.after]);
      ws.cont(1_000_000, false);
      // The handler ran ('b') and jumped to `after`, where our breakpoint stops.
      expect(ws.stop).toEqual({ kind: 'breakpoint', address: asm.symbols.after });
      expect(ws.serial()).toBe('ab');
      contToStop(ws);
      expect(ws.stop).toEqual({ kind: 'hlt' });
      expect(ws.serial()).toBe('abc');
      // The log: KVM_EXIT_DEBUG #BP at the guest's INT3, then the VMM's KVM_SET_VCPU_EVENTS with #BP injected.
      const ev = ws.kvm.events;
      const exitAt = ev.findIndex((e) => e.t === 'exit' && e.exit_name === 'KVM_EXIT_DEBUG');
      expect(exitAt).toBeGreaterThan(0);
      expect(ev[exitAt].debug).toMatchObject({ exception: 3, pc: BigInt(int3At) });
      const set = ev.slice(exitAt).find((e) => e.t === 'ioctl' && e.req === 'KVM_SET_VCPU_EVENTS')!;
      expect(set).toBeDefined();
      expect(set.ret).toBe(0);
      expect((set.arg as { exception: unknown }).exception).toMatchObject({ injected: 1, nr: 3, has_error_code: 0 });
      // A run without breakpoints (INT3 executed by the guest itself) prints the same.
      const ref = ProgramWorkspace.load('ref', src, 'hardware');
      contToStop(ref);
      expect(ref.serial()).toBe('abc');
    });
  }

  it('reverse execution across a re-injected INT3 gives the states the original timeline had', () => {
    const asm = assemble(REAL_INT3);
    // Reference: a workspace stopped at `after` by the breakpoint (the INT3 was re-injected on the way).
    const ref = ProgramWorkspace.load('ref', REAL_INT3, 'hardware');
    ref.setBreakpoints([asm.symbols.after]);
    ref.cont(1_000_000, false);
    expect(ref.stop).toEqual({ kind: 'breakpoint', address: asm.symbols.after });
    const atAfter = { icount: ref.icount, regs: ref.regs() };

    const ws = ProgramWorkspace.load('ws', REAL_INT3, 'hardware');
    ws.setBreakpoints([asm.symbols.after]);
    ws.cont(1_000_000, false);
    contToStop(ws);
    expect(ws.stop).toEqual({ kind: 'hlt' });
    const total = ws.icount;
    ws.goTo(atAfter.icount); // back across the handler and the re-injection
    expect(ws.icount).toBe(atAfter.icount);
    expect(ws.regs()).toEqual(atAfter.regs);
    expect(ws.serial()).toBe('ab');
    contToStop(ws);
    expect(ws.icount).toBe(total);
    expect(ws.serial()).toBe('abc');
  });

  // The guest's handler returns with IRET. Real KVM injects the re-injected #BP as a soft exception
  // with the INT3's length (VMX: vcpu->arch.event_exit_inst_len from the #BP exit; SVM: next_rip),
  // so the saved IP is the instruction after the INT3. engine/cpu delivers an injected #BP with the
  // INT3's own address (events.ts injectException → deliver(nr, …, s.rip, false)), so the IRET goes
  // back to the INT3 and the program loops. Expected to fail until engine/cpu is fixed; then drop `.fails`.
  it('a handler that IRETs returns after the re-injected INT3 (KVM injects #BP past it: event_exit_inst_len)', () => {
    const src = REAL_INT3.replace('    add sp, 6                   ; drop the IVT frame: the handler does not depend on the saved IP\n    jmp after\n', '    iret\n');
    const asm = assemble(src);
    const hlt = asm.symbols.handler - 1;
    expect(asm.bytes[hlt - asm.origin]).toBe(0xf4);
    const ws = ProgramWorkspace.load('iret', src, 'hardware');
    ws.setBreakpoints([hlt]); // any breakpoint turns USE_SW_BP on
    for (let i = 0; i < 5 && !isTerminal(ws.stop) && ws.stop?.kind !== 'breakpoint'; i++) ws.cont(2_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: hlt });
    expect(ws.serial()).toBe('abc');
  });
});

describe('debug-register breakpoints (emulate backend)', () => {
  it('holds four and refuses a fifth with PS511 saying why', () => {
    const asm = assemble(LOOP10);
    const addrs = B.map((b) => asm.symbols[b]);
    const ws = ProgramWorkspace.load('loop10', LOOP10, 'emulate');
    expect(ws.sw).toBeNull();
    expect(ws.maxBreakpoints).toBe(4);
    ws.setBreakpoints(addrs.slice(0, 4));
    let err: unknown = null;
    try { ws.setBreakpoints(addrs.slice(0, 5)); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(PsError);
    expect((err as PsError).code).toBe('PS511');
    expect((err as PsError).message).toMatch(/emulate backend.*DR0-DR3.*INT3 itself.*KVM_GUESTDBG_USE_SW_BP/);
    expect(ws.breakpoints).toEqual(addrs.slice(0, 4)); // unchanged
    ws.cont(1_000_000, false);
    expect(ws.stop).toEqual({ kind: 'breakpoint', address: addrs[0] });
    expect(image(ws)).toEqual(asm.bytes); // nothing written into guest memory
    expect(ws.kvm.events.some((e) => e.t === 'memwrite' && e.data === 'cc')).toBe(false);
    expect(guestDebugControls(ws)).toEqual([0x20001]); // KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP
    const regsAt = ws.kvm.quiet(() => ws.kvm.ioctl(ws.vcpuFd, KVM_REQ.KVM_GET_REGS, 0n, null)).out as { rip: bigint };
    expect(regsAt.rip).toBe(BigInt(addrs[0]));
  });
});
