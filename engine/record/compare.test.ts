import { describe, expect, it } from 'vitest';
import { compareBytes, compareValue, show, type Mismatch } from './compare.ts';
import { decodeStruct, ioctlArgs, isIntegerArgRequest } from './convert.ts';
import { getMsrsSkip, setRegsProbesTsc, tscTaintSkip } from './volatility.ts';

function cmp(exp: unknown, act: unknown, skip?: Parameters<typeof compareValue>[5]): Mismatch[] {
  const m: Mismatch[] = [];
  compareValue(7, 'out', exp, act, m, skip);
  return m;
}

describe('compareValue', () => {
  it('compares integers in any spelling as u64', () => {
    expect(cmp({ a: '0x10', b: 16, c: '0xffffffffffffffff', d: -1 }, { a: 16, b: 16n, c: -1n, d: '0xffffffffffffffff' })).toEqual([]);
    expect(cmp({ rip: '0x1004' }, { rip: 0x1005n })).toEqual([{ seq: 7, what: 'out.rip', expected: '0x1004', actual: '0x1005' }]);
  });

  it('reports missing fields and ignores extra engine fields', () => {
    expect(cmp({ nmsrs: 41 }, { nmsrs: 41, indices: [1, 2] })).toEqual([]);
    expect(cmp({ nmsrs: 41 }, {})).toEqual([{ seq: 7, what: 'out.nmsrs', expected: '0x29', actual: '(missing)' }]);
    expect(cmp({ nmsrs: 41 }, undefined)).toEqual([{ seq: 7, what: 'out', expected: '{"nmsrs":41}', actual: '(missing)' }]);
  });

  it('walks arrays with a length mismatch plus element mismatches', () => {
    const m = cmp({ entries: [{ index: '0x10' }, { index: '0x11' }] }, { entries: [{ index: 0x10 }, { index: 0x12 }, { index: 0x13 }] });
    expect(m.map((x) => x.what)).toEqual(['out.entries.length', 'out.entries[1].index']);
    expect(m[0]).toMatchObject({ expected: '2', actual: '3' });
  });

  it('compares byte strings against strings or bytes, case-insensitively', () => {
    expect(cmp({ data: '41aa' }, { data: new Uint8Array([0x41, 0xaa]) })).toEqual([]);
    expect(cmp({ data: '41AA' }, { data: '41aa' })).toEqual([]);
    expect(cmp({ data: '41' }, { data: new Uint8Array([0x42]) })).toEqual([{ seq: 7, what: 'out.data', expected: '41', actual: '42' }]);
    expect(cmp({ direction: 'out' }, { direction: 'in' })[0]?.what).toBe('out.direction');
  });

  it('never compares placeholders and honours skip rules', () => {
    expect(cmp({ clock: '(volatile)', flags: 2 }, { clock: 123n, flags: 2 })).toEqual([]);
    expect(cmp({ a: 1, b: 2 }, { a: 9, b: 9 }, (p) => p === 'out.a').map((x) => x.what)).toEqual(['out.b']);
  });

  it('treats booleans as 0/1', () => {
    expect(cmp({ pad_nonzero: false, valid: true }, { pad_nonzero: 0, valid: 1 })).toEqual([]);
  });
});

describe('compareBytes', () => {
  it('reports the first differing byte with its host address', () => {
    const m: Mismatch[] = [];
    expect(compareBytes(3, 'mem', 0x1000n, '00112233', new Uint8Array([0, 0x11, 0x99, 0x33]), m)).toBe(1);
    expect(m[0]).toEqual({ seq: 3, what: 'mem[0x1002]', expected: '2233', actual: '9933' });
    expect(compareBytes(3, 'mem', 0x1000n, 'abcd', new Uint8Array([0xab, 0xcd]), m)).toBe(0);
  });
});

describe('show', () => {
  it('prints integers as hex and bytes as byte strings', () => {
    expect(show(255)).toBe('0xff');
    expect(show(-1)).toBe('0xffffffffffffffff');
    expect(show(new Uint8Array([1, 2]))).toBe('0102');
    expect(show({ a: 1n })).toBe('{"a":"0x1"}');
  });
});

describe('convert', () => {
  it('turns every 0x string into a bigint, keeping names and byte strings', () => {
    expect(decodeStruct({ cap: 'KVM_CAP_X', cap_nr: 192, args: ['0x1000', '0x0'], bitmap: '0700', pad: '15 x u32 zero' })).toEqual({
      cap: 'KVM_CAP_X', cap_nr: 192, args: [0x1000n, 0n], bitmap: '0700', pad: '15 x u32 zero',
    });
  });

  it('passes integer-argument requests without a struct', () => {
    expect(isIntegerArgRequest(0xae03)).toBe(true); // KVM_CHECK_EXTENSION
    expect(isIntegerArgRequest(0x4020ae46)).toBe(false); // KVM_SET_USER_MEMORY_REGION
    expect(ioctlArgs({ nr: '0xae41', arg_raw: '0xffffffffffffffff', arg: { vcpu_id: -1 } })).toEqual({ nr: 0xae41, raw: 0xffffffffffffffffn, struct: null });
    const set = ioctlArgs({ nr: '0x4020ae46', arg_raw: '0x7fff0000', arg: { slot: 0, memory_size: '0xa0000' } });
    expect(set).toEqual({ nr: 0x4020ae46, raw: 0x7fff0000n, struct: { slot: 0, memory_size: 0xa0000n } });
    expect(ioctlArgs({ nr: '0xc040aed4', arg_raw: '0x1', arg: null }).struct).toBeNull();
  });
});

describe('volatility', () => {
  it('skips the data of IA32_TSC entries of KVM_GET_MSRS only', () => {
    const out = { nmsrs: 2, entries: [{ index: '0x10', data: '0x1234' }, { index: '0x174', data: '0x0' }] };
    const m: Mismatch[] = [];
    compareValue(1, 'out', out, { nmsrs: 2, entries: [{ index: 0x10, data: 99n }, { index: 0x174, data: 5n }] }, m, getMsrsSkip(out));
    expect(m.map((x) => x.what)).toEqual(['out.entries[1].data']);
    expect(getMsrsSkip({ nmsrs: 0 })).toBeUndefined();
  });

  it('recognises the lab TSC probe and its tainted values', () => {
    expect(setRegsProbesTsc({ rcx: '0x10' })).toBe(true);
    expect(setRegsProbesTsc({ rcx: '0x1b' })).toBe(false);
    expect(setRegsProbesTsc(null)).toBe(false);
    expect(['out.rax', 'out.rdx', 'exit.io.data', 'out.rip'].map((p) => tscTaintSkip(p, 0))).toEqual([true, true, true, false]);
  });
});
