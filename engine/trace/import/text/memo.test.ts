import { describe, expect, it } from 'vitest';
import { DecodeMemo, hashSeed, payloadHash, payloadHashView } from './memo.ts';
import { TextPayloads } from './payloads.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function setup(limit?: number) {
  const payloads = new TextPayloads({ redecode: () => [] });
  return { payloads, memo: new DecodeMemo(payloads, limit) };
}

describe('DecodeMemo', () => {
  it('payloadHash (bytes) equals payloadHashView (DataView words) at any alignment and length', () => {
    const b = enc('xx0:ea661:74 06 (prot32) and some more bytes');
    const view = new DataView(b.buffer);
    for (let s = 0; s < 4; s++) {
      for (let e = s; e <= b.length; e++) expect(payloadHash(7, b, s, e)).toBe(payloadHashView(hashSeed(7), view, b, s, e));
    }
    expect(payloadHash(8, b, 2, 20)).not.toBe(payloadHash(7, b, 2, 20));
    expect(payloadHash(7, b, 2, 20)).not.toBe(payloadHash(7, b, 2, 21));
  });

  it('spreads near-identical payloads over the low bits (table slots)', () => {
    const slots = new Set<number>();
    for (let k = 0; k < 4096; k++) {
      const b = enc(`0:ea${(0x600 + k).toString(16)}:74 06 (prot32)`);
      slots.add(payloadHash(1, b, 0, b.length) & 4095);
    }
    expect(slots.size).toBeGreaterThan(2400); // ~2590 expected for a uniform hash
  });

  it('finds by (entry, bytes): same bytes of another event, or other bytes, miss', () => {
    const { payloads, memo } = setup();
    const line = enc('xx vcpu 0 rip 0x10\n');
    const h = payloadHash(1, line, 3, 18);
    expect(memo.find(1, h, line, 3, 18)).toBe(-1);
    const id = memo.insert(1, h, payloads.add(4, 0, line, 3, 18), 4, 7, 0, false, undefined);
    expect(memo.find(1, h, enc('vcpu 0 rip 0x10'), 0, 15)).toBe(id);
    expect(memo.find(2, payloadHash(2, line, 3, 18), line, 3, 18)).toBe(-1);
    const other = enc('vcpu 0 rip 0x11');
    expect(memo.find(1, payloadHash(1, other, 0, 15), other, 0, 15)).toBe(-1);
    // a forced hash collision is still told apart by the bytes
    expect(memo.find(1, h, other, 0, 15)).toBe(-1);
    expect([memo.type[id], memo.a0[id], memo.ref[id]]).toEqual([4, 7, 0]);
  });

  it('keeps every record across growth and stops inserting at the limit', () => {
    const { payloads, memo } = setup(5000);
    const keys = Array.from({ length: 6000 }, (_, k) => enc(`pio_write at 0x${k.toString(16)} size 1`));
    const ids: number[] = [];
    for (let k = 0; k < keys.length; k++) {
      const b = keys[k]!;
      const h = payloadHash(k & 3, b, 0, b.length);
      ids.push(memo.insert(k & 3, h, payloads.add(1, 0, b, 0, b.length), 1, k, -1, k % 7 === 0, [k]));
    }
    expect(memo.size).toBe(5000);
    expect(ids[4999]).toBe(4999);
    expect(ids[5000]).toBe(-1);
    for (let k = 0; k < 5000; k += 13) {
      const b = keys[k]!;
      const id = memo.find(k & 3, payloadHash(k & 3, b, 0, b.length), b, 0, b.length);
      expect(id).toBe(k);
      expect([memo.a0[id], memo.a1[id], memo.undecoded[id], memo.values[id]]).toEqual([k, -1, k % 7 === 0 ? 1 : 0, [k]]);
    }
    const late = keys[5500]!;
    expect(memo.find(0, payloadHash(0, late, 0, late.length), late, 0, late.length)).toBe(-1);
  });
});
