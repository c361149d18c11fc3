import { describe, expect, it } from 'vitest';
import { PageStore, ZERO_PAGE } from './page-store.ts';

describe('PageStore', () => {
  it('reads zero for untouched pages and keeps writes', () => {
    const s = new PageStore();
    expect(s.read(5)).toBe(ZERO_PAGE);
    s.write(5)[7] = 9;
    expect(s.read(5)[7]).toBe(9);
    expect(s.has(5)).toBe(true);
    expect(ZERO_PAGE.every((b) => b === 0)).toBe(true);
  });
  it('snapshots copy-on-write: later writes do not change the snapshot', () => {
    const s = new PageStore();
    s.write(1)[0] = 1;
    s.write(700)[0] = 2;
    const snap = s.snapshot();
    s.write(1)[0] = 10;
    s.write(2)[0] = 20;
    expect(s.read(1)[0]).toBe(10);
    s.restore(snap);
    expect(s.read(1)[0]).toBe(1);
    expect(s.read(2)[0]).toBe(0);
    expect(s.read(700)[0]).toBe(2);
    // restoring twice works, and writes after a restore do not leak into the snapshot
    s.write(700)[0] = 99;
    s.restore(snap);
    expect(s.read(700)[0]).toBe(2);
  });
  it('costs O(pages written since the last snapshot)', () => {
    const s = new PageStore();
    for (let i = 0; i < 16384; i++) s.write(i)[0] = 1; // 64 MiB touched
    s.snapshot();
    expect(s.writesSinceSnapshot).toBe(0);
    s.write(3)[1] = 1; s.write(3)[2] = 1; s.write(9000)[0] = 5;
    expect(s.writesSinceSnapshot).toBe(2); // one copy per page, not per write
    expect(s.residentPages()).toBe(16384);
  });
  it('discard zeroes pages without touching snapshots', () => {
    const s = new PageStore();
    s.write(4)[0] = 4;
    const snap = s.snapshot();
    s.discard(4, 1);
    expect(s.read(4)[0]).toBe(0);
    s.restore(snap);
    expect(s.read(4)[0]).toBe(4);
  });
});
