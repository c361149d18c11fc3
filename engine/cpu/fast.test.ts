import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Machine } from './machine.ts';
import { decode } from './decode.ts';
import { H, type Handler } from './ops.ts';
import { isSimple, keepsMode } from './fast.ts';

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

  it('memory forms and everything else keep the generic handler', () => {
    const insn = decode(Uint8Array.of(0x01, 0x03), 0, 2, 32); // add [ebx],eax
    expect(insn.exec).toBe(H.aluRmReg);
    expect(insn.simple).toBe(true);
  });

  it('mode-changing and outcome-flag handlers are excluded from the fast paths', () => {
    for (const h of [H.iret, H.retFar, H.jmpFarImm, H.callFarImm, H.movCrReg, H.wrmsr, H.popf, H.grp5, H.intn]) expect(keepsMode(h)).toBe(false);
    for (const h of [H.hlt, H.outImm, H.inDx, H.movs, H.stos]) { expect(keepsMode(h)).toBe(true); expect(isSimple(h)).toBe(false); }
    expect(isSimple(H.jcc)).toBe(true);
  });
});
