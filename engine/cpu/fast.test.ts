import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Machine } from './machine.ts';
import { decode } from './decode.ts';
import { H, type Handler } from './ops.ts';
import { isSimple, keepsMode } from './fast.ts';
import { CpuFault } from './faults.ts';
import type { GuestEnv } from './types.ts';

/** Flat RAM environment (every gfn beyond it is MMIO). */
function memEnv(ram: Uint8Array): GuestEnv {
  return {
    page: (gfn) => (gfn * 4096 < ram.length ? ram.subarray(gfn * 4096, gfn * 4096 + 4096) : null),
    logsWrites: () => true, coalesceMmio: () => false, coalescePio: () => false,
    rdmsr: () => ({ kind: 'ok', value: 0n }), wrmsr: () => ({ kind: 'ok', value: 0n }),
    cpuid: () => ({ eax: 0, ebx: 0, ecx: 0, edx: 0 }), hypercallExits: () => false,
  };
}

/** Execute `exec` on a machine with the given registers and flags; returns the resulting lo/hi/flags. */
function exec(exec: Handler, insn: ReturnType<typeof decode>, lo: number[], hi: number[], flags: number) {
  const m = new Machine('hardware');
  m.lo.set(lo); m.hi.set(hi); m.s.flags = flags;
  exec(m, insn);
  return { lo: [...m.lo], hi: [...m.hi], flags: m.s.flags };
}

const regs = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 16, maxLength: 16 });
// arithmetic flags + IF + DF + bit 1, as the generic handlers see them
const flags = fc.integer({ min: 0, max: 0xfff }).map((f) => (f & 0xed5) | 2);

describe('decode-time specialised handlers compute what the generic ones do', () => {
  it('ALU reg,reg (32/64-bit, both directions, all eight ops)', () => {
    fc.assert(fc.property(regs, regs, flags, fc.integer({ min: 0, max: 7 }), fc.boolean(), fc.boolean(),
      fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (lo, hi, fl, op, toReg, w64, r1, r2) => {
        const bytes = [...(w64 ? [0x48] : []), (op << 3) | (toReg ? 3 : 1), 0xc0 | (r1 << 3) | r2];
        const insn = decode(Uint8Array.from(bytes), 0, bytes.length, w64 ? 64 : 32);
        const generic = toReg ? H.aluRegRm : H.aluRmReg;
        expect(insn.exec).not.toBe(generic); // it was specialised
        expect(exec(insn.exec, insn, lo, hi, fl)).toEqual(exec(generic, insn, lo, hi, fl));
      }), { numRuns: 400 });
  });

  it('INC/DEC r32 and MOV r32,r32', () => {
    fc.assert(fc.property(regs, regs, flags, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 2 }),
      (lo, hi, fl, r1, r2, kind) => {
        const bytes = kind === 0 ? [0x40 + r1] : kind === 1 ? [0x48 + r1] : [0x89, 0xc0 | (r1 << 3) | r2];
        const insn = decode(Uint8Array.from(bytes), 0, bytes.length, 32);
        const generic = kind === 0 ? H.incReg : kind === 1 ? H.decReg : H.movRmReg;
        expect(insn.exec).not.toBe(generic);
        expect(exec(insn.exec, insn, lo, hi, fl)).toEqual(exec(generic, insn, lo, hi, fl));
      }), { numRuns: 300 });
  });

  it('ALU / MOV r32 with a memory operand: same registers, flags, memory and faults', () => {
    // real mode at reset: segment limit 0xffff, so large offsets must #GP in both handlers alike
    const run = (h: Handler, insn: ReturnType<typeof decode>, lo: number[], fl: number, mem: Uint8Array) => {
      const m = new Machine('hardware');
      const ram = mem.slice();
      m.beginRun(memEnv(ram));
      m.lo.set(lo); m.s.flags = fl;
      let fault = -1;
      try { h(m, insn); } catch (e) { fault = e instanceof CpuFault ? e.vector : -2; }
      return { lo: [...m.lo], hi: [...m.hi], flags: m.s.flags, ram, fault };
    };
    const small = fc.array(fc.integer({ min: 0, max: 0x9fff }), { minLength: 16, maxLength: 16 });
    const forms: [number, Handler][] = [[0x8b, H.movRegRm], [0x89, H.movRmReg]];
    for (let op = 0; op < 8; op++) forms.push([(op << 3) | 1, H.aluRmReg], [(op << 3) | 3, H.aluRegRm]);
    fc.assert(fc.property(small, flags, fc.constantFrom(...forms), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }),
      fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }), fc.uint8Array({ minLength: 64, maxLength: 64 }),
      (lo, fl, [opc, generic], reg, base, index, ss, disp, bytes) => {
        // 67h in real mode selects 32-bit addressing: [base + index*scale + disp8] (SIB form)
        const code = [0x66, 0x67, opc, 0x44 | (reg << 3), (ss << 6) | (index << 3) | base, disp];
        const insn = decode(Uint8Array.from(code), 0, code.length, 16);
        expect(insn.exec).not.toBe(generic);
        const mem = new Uint8Array(0x11000);
        for (let k = 0; k < mem.length; k += 64) mem.set(bytes, k);
        const a = run(insn.exec, insn, lo, fl, mem), b = run(generic, insn, lo, fl, mem);
        expect(Buffer.compare(a.ram, b.ram)).toBe(0);
        expect({ ...a, ram: null }).toEqual({ ...b, ram: null });
      }), { numRuns: 300 });
  });

  it('the same in 64-bit mode (64-bit addressing: signed register sums, canonical checks)', () => {
    const small = fc.array(fc.integer({ min: 0, max: 0x9fff }), { minLength: 16, maxLength: 16 });
    const his = fc.array(fc.constantFrom(0, 0xffffffff, 1), { minLength: 16, maxLength: 16 });
    const forms: [number, Handler][] = [[0x8b, H.movRegRm], [0x89, H.movRmReg]];
    for (let op = 0; op < 8; op++) forms.push([(op << 3) | 1, H.aluRmReg], [(op << 3) | 3, H.aluRegRm]);
    const run = (h: Handler, insn: ReturnType<typeof decode>, lo: number[], hi: number[], ram: Uint8Array) => {
      const m = new Machine('hardware');
      m.beginRun(memEnv(ram));
      m.lo.set(lo); m.hi.set(hi); m.s.eferLo |= 0x400; m.s.seg[1].l = 1;
      let fault = -1;
      try { h(m, insn); } catch (e) { fault = e instanceof CpuFault ? e.vector : -2; }
      return { lo: [...m.lo], hi: [...m.hi], flags: m.s.flags, fault };
    };
    fc.assert(fc.property(small, his, fc.constantFrom(...forms), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }),
      fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }),
      (lo, hi, [opc, generic], reg, base, index, ss, disp) => {
        const code = [opc, 0x44 | (reg << 3), (ss << 6) | (index << 3) | base, disp];
        const insn = decode(Uint8Array.from(code), 0, code.length, 64);
        expect(insn.exec).not.toBe(generic);
        const ra = new Uint8Array(0x11000).fill(0x5a), rb = ra.slice();
        expect(run(insn.exec, insn, lo, hi, ra)).toEqual(run(generic, insn, lo, hi, rb));
        expect(Buffer.compare(ra, rb)).toBe(0);
      }), { numRuns: 300 });
  });

  it('other memory forms keep the generic handler', () => {
    const insn = decode(Uint8Array.of(0x00, 0x03), 0, 2, 32); // add [ebx],al
    expect(insn.exec).toBe(H.aluRmReg);
    expect(insn.simple).toBe(true);
  });

  it('mode-changing and outcome-flag handlers are excluded from the fast paths', () => {
    for (const h of [H.iret, H.retFar, H.jmpFarImm, H.callFarImm, H.movCrReg, H.wrmsr, H.popf, H.grp5, H.intn]) expect(keepsMode(h)).toBe(false);
    for (const h of [H.hlt, H.outImm, H.inDx, H.movs, H.stos]) { expect(keepsMode(h)).toBe(true); expect(isSimple(h)).toBe(false); }
    expect(isSimple(H.jcc)).toBe(true);
  });
});
