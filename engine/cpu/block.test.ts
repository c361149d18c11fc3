import { describe, expect, it } from 'vitest';
import { FlatGuest } from './testing/flat.ts';
import { blockAt, MAX_BLOCK } from './block.ts';
import { decode } from './decode.ts';
import type { CodePage } from './machine.ts';
import { KVM_GUESTDBG_ENABLE, KVM_GUESTDBG_USE_HW_BP } from './cpu.ts';
import type { CpuExit } from './types.ts';

/** A code page holding `bytes` at offset 0, decoded instruction by instruction as fetch would. */
function page(bytes: number[], decodeAll = true): CodePage {
  const b = new Uint8Array(4096);
  b.set(bytes);
  const cp: CodePage = { mode: 32, insns: new Array(4096), blocks: null };
  for (let o = 0; o < bytes.length && decodeAll;) { const i = decode(b, o, 4096, 32); cp.insns[o] = i; o += i.len; }
  return cp;
}

describe('blockAt', () => {
  it('runs up to and including the first branch, and caches the block', () => {
    // inc eax; xor eax,ebx; jnz $; inc ecx
    const cp = page([0x40, 0x31, 0xd8, 0x75, 0xfe, 0x41]);
    const b = blockAt(cp, 0)!;
    expect(b.map((i) => i.len)).toEqual([1, 2, 2]);
    expect(blockAt(cp, 0)).toBe(b);
    expect(blockAt(cp, 1)!.length).toBe(2); // a block may start anywhere
  });

  it('stops before a non-simple instruction; none at all when it starts with one', () => {
    const cp = page([0x40, 0x40, 0xe6, 0x10, 0x40]); // inc; inc; out 0x10,al; inc
    expect(blockAt(cp, 0)!.length).toBe(2);
    expect(blockAt(cp, 2)).toBeNull();
  });

  it('a block cut by an undecoded instruction is not cached (rebuilt once it is decoded)', () => {
    const cp = page([0x40, 0x40, 0x41], false);
    const b = new Uint8Array(4096); b.set([0x40, 0x40, 0x41]);
    cp.insns[0] = decode(b, 0, 4096, 32);
    expect(blockAt(cp, 0)!.length).toBe(1);
    cp.insns[1] = decode(b, 1, 4096, 32); cp.insns[2] = decode(b, 2, 4096, 32);
    expect(blockAt(cp, 0)!.length).toBe(3);
  });

  it('is bounded by MAX_BLOCK', () => {
    const cp = page(Array(200).fill(0x40));
    expect(blockAt(cp, 0)!.length).toBe(MAX_BLOCK);
  });
});

/** Registers, flags and retired-instruction count: everything a block must keep precise. */
function snap(g: FlatGuest) {
  return { regs: g.cpu.getRegs(), icount: g.cpu.instructionCount() };
}

/**
 * Runs a program twice: with blocks (the normal path) and instruction by instruction (hardware
 * breakpoints enabled with none armed keep run() on step()), over the same budget chunks. Every exit
 * and the state after each chunk must agree.
 */
function compare(setup: (g: FlatGuest) => void, chunks: number[], after?: (g: FlatGuest, e: CpuExit) => void) {
  const a = new FlatGuest('hardware'), b = new FlatGuest('hardware');
  setup(a); setup(b);
  b.cpu.setGuestDebug({ control: KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP, debugreg: [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n] });
  for (const n of chunks) {
    const ea = a.run(n), eb = b.run(n);
    expect(ea).toEqual(eb);
    expect(snap(a)).toEqual(snap(b));
    expect(Buffer.compare(a.ram, b.ram)).toBe(0);
    if (after) { after(a, ea); after(b, eb); }
  }
  return a;
}

describe('compiled blocks behave as the per-instruction path', () => {
  const LOOP = [
    0xb9, 0x00, 0x04, 0x00, 0x00, 0x03, 0x04, 0x8e, 0x31, 0xd8, 0x89, 0x04, 0x8f, 0x43, 0x49, 0x75, 0xf4, 0xeb, 0xed,
  ];
  const loop = (lm: boolean) => (g: FlatGuest) => {
    if (lm) g.longMode(0x4000); else g.protMode(0x1000);
    g.put(lm ? 0x4000 : 0x1000, LOOP);
    for (let k = 0; k < 0x1000; k += 4) g.w32(0x20000 + k, k * 2654435761);
    g.setReg('rsi', 0x20000n); g.setReg('rdi', 0x30000n);
  };

  it('ALU / memory / branch loop, 32-bit and 64-bit, odd budgets (blocks cut by the budget)', () => {
    for (const lm of [false, true]) compare(loop(lm), [1, 2, 3, 5, 7, 100, 999, 4097, 30000]);
  });

  it('self-modifying code: a store into the running block takes effect at the next instruction', () => {
    // 0x1000: mov [ebx],al; sub ebx,0x1000; inc ecx; jmp 0x1000 — the stores walk down through data
    // pages (the block is built and cached) onto the inc, which becomes inc edx at once (al = 0x42);
    // further down they reach MMIO (write exits from the middle of the block)
    const a = compare((g) => {
      g.protMode(0x1000);
      g.put(0x1000, [0x88, 0x03, 0x81, 0xeb, 0x00, 0x10, 0x00, 0x00, 0x41, 0xeb, 0xf5]);
      g.setReg('rax', 0x42n); g.setReg('rbx', 0x6008n); g.setReg('rdx', 0n);
    }, [7, 50, 50, 50, 50]);
    expect(a.reg('rcx')).toBe(5n);
    expect(a.reg('rdx')).toBeGreaterThan(0n);
  });

  it('MMIO read exit in the middle of a block: precise RIP and icount, completion retires it', () => {
    const a = compare((g) => {
      g.protMode(0x1000);
      // inc eax; inc eax; mov ebx,[0xf0000] (MMIO); inc eax; jmp 0x1000
      g.put(0x1000, [0x40, 0x40, 0x8b, 0x1d, 0x00, 0x00, 0x0f, 0x00, 0x40, 0xeb, 0xf5]);
    }, [1000, 1000, 1000], (g, e) => { if (e.kind === 'mmio') g.cpu.completeMmioRead(Uint8Array.of(1, 2, 3, 4, 0, 0, 0, 0)); });
    expect(a.reg('rip')).toBe(0x1002n);
  });

  it('fault in the middle of a block is delivered with the faulting RIP (64-bit non-canonical access)', () => {
    const g = compare((g) => {
      g.longMode(0x4000);
      g.idt64(0x5000);
      g.put(0x5000, [0xf4]); // handler: hlt
      // inc eax (ff c0: 40 is REX here); inc eax; mov ebx,[rcx] with rcx non-canonical -> #GP
      g.put(0x4000, [0xff, 0xc0, 0xff, 0xc0, 0x8b, 0x19]);
      g.setReg('rcx', 0x8000000000000000n);
    }, [100]);
    expect(g.reg('rax')).toBe(2n);
    expect(g.r64(0xf000 - 40)).toBe(0x4004n); // saved RIP in the #GP frame (SS, RSP, RFLAGS, CS, RIP, error code)
  });
});
