import { describe, expect, it } from 'vitest';
import { ADC, ADD, AND, CMP, OR, SBB, SUB, XOR, alu, alu64, incdec, shift, out, testCC, SHL, SHR, SAR, ROL, ROR, RCL } from './alu.ts';

const f = new Int32Array(1);
const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

describe('alu (1/2/4-byte) results and flags', () => {
  // [op, a, b, size, flagsIn, result, flagsOut]
  const table: [number, number, number, number, number, number, number][] = [
    [ADD, 0x1234, 0x00ff, 2, 0x2, 0x1333, 0x16],       // lab singlestep step 3 (AF, PF)
    [ADC, 0x1333, 0x7fff, 2, 0x3, 0x9333, 0x896],      // lab step 6: OF SF AF PF
    [SUB, 0x00ff, 0x10, 2, 0x2, 0xef, 0x2],
    [SBB, 0xef, 1, 2, 0x3, 0xed, 0x6],
    [AND, 0x9333, 0x0ff0, 2, 0x896, 0x330, 0x6],       // AF cleared by logic ops
    [OR, 0xed, 0x8000, 2, 0x6, 0x80ed, 0x86],
    [XOR, 5, 5, 2, 0x893, 0, 0x46],
    [CMP, 1, 2, 1, 0x2, 0xff, 0x97],
    [ADD, 0xff, 1, 1, 0x2, 0, 0x57],
    [ADD, 0x7fffffff, 1, 4, 0x2, 0x80000000, 0x896],
    [SUB, 0, 1, 4, 0x2, 0xffffffff, 0x97],
  ];
  for (const [op, a, b, size, fi, r, fo] of table) {
    it(`op${op} ${hex(a)},${hex(b)} size ${size}`, () => {
      expect(hex(alu(op, a, b, size, fi, f))).toBe(hex(r));
      expect(hex(f[0])).toBe(hex(fo));
    });
  }
});

describe('alu64', () => {
  it('adds with carry across halves and sets CF/OF', () => {
    const lo = alu64(ADD, 0xffffffff, 0x7fffffff, 1, 0, 0x2, f);
    expect([hex(lo), hex(out.hi)]).toEqual(['0x0', '0x80000000']);
    expect(hex(f[0])).toBe('0x896'); // OF SF AF PF
  });
  it('subtracts with borrow', () => {
    const lo = alu64(SUB, 0, 0, 1, 0, 0x2, f);
    expect([hex(lo), hex(out.hi)]).toEqual(['0xffffffff', '0xffffffff']);
    expect(f[0] & 1).toBe(1);
  });
});

describe('inc/dec keep CF', () => {
  it('inc 0x7f sets OF and AF', () => {
    expect(incdec(0x7f, false, 1, 0x3, f)).toBe(0x80);
    expect(hex(f[0])).toBe('0x893');
  });
  it('dec 0 wraps', () => {
    expect(incdec(0, true, 2, 0x2, f)).toBe(0xffff);
    expect(hex(f[0])).toBe('0x96');
  });
});

describe('shifts and rotates (AMD undefined-flag choices pinned by the recording)', () => {
  it('shl ax,3 sets AF (lab step 13)', () => {
    expect(shift(SHL, 0x330, 0, 3, 2, 0x86, f)).toBe(0x1980);
    expect(hex(f[0])).toBe('0x12');
  });
  it('shr by 1: OF = old MSB', () => {
    expect(shift(SHR, 0x80ed, 0, 1, 2, 0x2, f)).toBe(0x4076);
    expect(hex(f[0] & 0x801)).toBe('0x801');
  });
  it('sar keeps sign', () => {
    expect(shift(SAR, 0x80, 0, 3, 1, 0x2, f)).toBe(0xf0);
  });
  it('rol only touches CF/OF', () => {
    expect(shift(ROL, 0x1980, 0, 4, 2, 0x812, f)).toBe(0x9801);
    expect(hex(f[0])).toBe('0x13');
  });
  it('ror 32-bit', () => {
    expect(hex(shift(ROR, 1, 0, 1, 4, 0x2, f))).toBe('0x80000000');
  });
  it('rcl through carry', () => {
    expect(shift(RCL, 0x80, 0, 1, 1, 0x3, f)).toBe(0x01);
    expect(f[0] & 1).toBe(1);
  });
  it('count 0 leaves flags alone', () => {
    expect(shift(SHL, 5, 0, 0, 4, 0x8d7, f)).toBe(5);
    expect(f[0]).toBe(0x8d7);
  });
});

describe('condition codes', () => {
  it('evaluates all 16', () => {
    const fl = 0x80 | 0x1; // SF, CF
    const expected = [false, true, true, false, false, true, true, false, true, false, false, true, true, false, true, false];
    for (let cc = 0; cc < 16; cc++) expect(testCC(cc, fl)).toBe(expected[cc]);
  });
});
