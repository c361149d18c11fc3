import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../types.ts';
import { ByteInterner, newCursor, parseDec, parseHex } from './bytes.ts';
import { KVM_EVENTS } from './kvm-events.ts';
import { compile, match } from './template.ts';

const b = (s: string) => new TextEncoder().encode(s);
function run(tpl: string, fields: string[], text: string): FieldValue[] | null {
  const out: FieldValue[] = new Array(fields.length).fill('?');
  const t = b(text);
  return match(compile(tpl, fields), t, 0, t.length, out) ? out : null;
}

describe('number parsing', () => {
  it('hex: small, 16-digit kernel addresses (bigint above 2^53), leading zeros', () => {
    const c = newCursor();
    const hex = (s: string) => (parseHex(b(s), 0, s.length, c) ? c.value : null);
    expect(hex('1f')).toBe(31);
    expect(hex('ffffffff81000000')).toBe(0xffffffff81000000n);
    expect(hex('001fffffffffffff')).toBe(0x1fffffffffffff);
    expect(hex('0000000000000001')).toBe(1);
    expect(hex('123456789abcdef0123')).toBe(0x123456789abcdef0123n);
    expect(hex('g')).toBeNull();
  });
  it('decimal: signed, u64 beyond 2^53 as bigint', () => {
    const c = newCursor();
    const dec = (s: string, signed = true) => (parseDec(b(s), 0, s.length, c, signed) ? c.value : null);
    expect(dec('-14')).toBe(-14);
    expect(dec('-14', false)).toBeNull();
    expect(dec('18446731951013332840')).toBe(18446731951013332840n);
    expect(dec('9007199254740991')).toBe(9007199254740991);
  });
  it('interner returns the same string for the same bytes, across table growth', () => {
    const it_ = new ByteInterner((x, s, e) => new TextDecoder().decode(x.subarray(s, e)), 1 << 16, 2);
    const keys = Array.from({ length: 500 }, (_, i) => `k${i}`);
    for (const k of keys) expect(it_.get(b(k), 0, k.length)).toBe(k);
    for (const k of keys) expect(it_.get(b(`xx${k}`), 2, k.length + 2)).toBe(k);
  });
});

describe('templates', () => {
  it('literal blanks match runs of blanks; optional flags; enums map to numbers', () => {
    const f = ['rw', 'port', 'more'];
    const t = 'pio_{rw:e:read=0,write=1} at 0x{port:x}{more:? (...)}';
    expect(run(t, f, 'pio_write at 0x3f8')).toEqual([1, 0x3f8, 0]);
    expect(run(t, f, 'pio_read   at 0x3f8 (...)')).toEqual([0, 0x3f8, 1]);
    expect(run(t, f, 'pio_read at 0x3f8 junk')).toBeNull();
    expect(run(t, f, 'pio_read at 0x')).toBeNull();
  });
  it('text-until, words stopping at a following literal, hex bytes, unset fields become ""', () => {
    expect(run('reason {r:t: rip 0x} rip 0x{x:x}', ['r', 'x', 'y'], 'reason DE excp rip 0x10')).toEqual(['DE excp', 16, '']);
    expect(run('({d:w}|{m:e:logical,physical})', ['d', 'm'], '(Fixed|physical)')).toEqual(['Fixed', 'physical']);
    expect(run('{a:x}:{i:b:n} ({m:w})', ['a', 'i', 'n', 'm'], '0:B0 41 (real)')).toEqual([0, 'b041', 2, 'real']);
    expect(run('{a:x}:{i:b:n} ({m:w})', ['a', 'i', 'n', 'm'], '0: (real)')).toEqual([0, '', 0, 'real']);
    expect(run('pvclock {{ v {v:u} }', ['v'], 'pvclock { v 2 }')).toEqual([2]);
  });
  it('every format of every event compiles against its field list', () => {
    for (const d of KVM_EVENTS.values()) for (const f of d.formats) expect(() => compile(f, d.fields), `${d.name}: ${f}`).not.toThrow();
    expect(() => compile('{nope:x}', ['a'])).toThrow(/not in/);
  });
});
