import { describe, expect, it } from 'vitest';
import { AddressSpace, AnonObject, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_SHARED, PROT_READ, PROT_WRITE, type MemObject } from './address-space.ts';

const RW = PROT_READ | PROT_WRITE;

describe('AddressSpace', () => {
  it('maps anonymous memory top-down, zero-filled, and honours a free hint', () => {
    const as = new AddressSpace();
    const a = as.map(0n, 0x3000n, RW, MAP_SHARED, new AnonObject(), 0);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.addr % 4096n).toBe(0n);
    expect(as.read(a.addr, 16)).toEqual(new Uint8Array(16));
    const h = as.map(0x7f39b31a0000n, 0xa0000n, RW, MAP_SHARED, new AnonObject(), 0);
    expect(h).toEqual({ ok: true, addr: 0x7f39b31a0000n });
    expect(as.map(0x7f39b31a0000n, 0x1000n, RW, MAP_SHARED | MAP_FIXED_NOREPLACE, new AnonObject(), 0)).toEqual({ ok: false, errno: 17 });
    expect(as.map(0x123n, 0x1000n, RW, MAP_SHARED | MAP_FIXED, new AnonObject(), 0)).toEqual({ ok: false, errno: 22 });
    expect(as.map(0n, 0n, RW, MAP_SHARED, new AnonObject(), 0)).toEqual({ ok: false, errno: 22 });
  });
  it('reads and writes across pages; munmap makes a hole; mprotect splits', () => {
    const as = new AddressSpace();
    const base = 0x7000_0000_0000n;
    as.map(base, 0x4000n, RW, MAP_SHARED | MAP_FIXED, new AnonObject(), 0);
    expect(as.write(base + 0xffen, Uint8Array.of(1, 2, 3, 4))).toEqual([Number(base >> 12n), Number(base >> 12n) + 1]);
    expect(as.read(base + 0xffen, 4)).toEqual(Uint8Array.of(1, 2, 3, 4));
    expect(as.protect(base + 0x1000n, 0x1000n, PROT_READ)).toBe(0);
    expect(as.mappings().length).toBe(3);
    expect(as.page(Number(base >> 12n) + 1, true)).toBeNull();
    expect(as.page(Number(base >> 12n) + 1, false)![1]).toBe(4);
    expect(as.unmap(base + 0x2000n, 0x1000n)).toBe(0);
    expect(as.read(base + 0x2000n, 1)).toBeNull();
    expect(as.write(base + 0x2000n, Uint8Array.of(1))).toBeNull();
    expect(as.protect(base, 0x4000n, RW)).toBe(12); // ENOMEM: hole inside
    expect(as.accessible(base, 0x2000, PROT_READ)).toBe(true);
    expect(as.accessible(base, 0x2000, RW)).toBe(false);
  });
  it('file mappings show the object pages at their offset', () => {
    const backing = new Uint8Array(3 * 4096);
    const obj: MemObject = { kind: 'test', page: (p) => (p < 3 ? backing.subarray(p * 4096, p * 4096 + 4096) : null) };
    const as = new AddressSpace();
    const r = as.map(0n, 0x3000n, RW, MAP_SHARED, obj, 1);
    if (!r.ok) throw new Error('map');
    as.write(r.addr, Uint8Array.of(0x55));
    expect(backing[4096]).toBe(0x55);
    expect(as.read(r.addr + 0x2000n, 1)).toBeNull(); // page 3 of the object: SIGBUS
  });
  it('snapshot/restore covers mappings and anonymous contents', () => {
    const as = new AddressSpace();
    const base = 0x6000_0000_0000n;
    as.map(base, 0x2000n, RW, MAP_SHARED | MAP_FIXED, new AnonObject(), 0);
    as.write(base, Uint8Array.of(7));
    const s = as.snapshot();
    as.write(base, Uint8Array.of(8));
    as.unmap(base, 0x2000n);
    as.map(base + 0x10000n, 0x1000n, RW, MAP_SHARED | MAP_FIXED, new AnonObject(), 0);
    as.restore(s);
    expect(as.mappings().length).toBe(1);
    expect(as.read(base, 1)![0]).toBe(7);
  });
});
