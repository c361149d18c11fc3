import { describe, expect, it } from 'vitest';
import { clampViewport, formatAt, formatDuration, MIN_SPAN, niceStep, pan, ticks, zoomAt } from './time.ts';

describe('timeline time axis', () => {
  it('nice steps are 1/2/5 × 10^k and never below the raw step', () => {
    expect([0.7, 1, 1.2, 3, 7, 13, 4900, 51_000].map(niceStep)).toEqual([1, 1, 2, 5, 10, 20, 5000, 100_000]);
  });

  it('ticks are multiples of the step from the origin, inside the window, ≥ minPx apart', () => {
    const { step, at } = ticks({ t0: 1_000_130, t1: 1_010_000 }, 1000, 1_000_000, 100);
    expect(step).toBe(1000);
    expect(at[0]).toBe(1_001_000);
    expect(at[at.length - 1]).toBe(1_010_000);
    for (const t of at) expect((t - 1_000_000) % step).toBe(0);
  });

  it('labels use ns, µs, ms, s with the decimals the step needs', () => {
    expect(formatAt(2_500_000, 500_000)).toBe('2.5 ms');
    expect(formatAt(2_000_000, 1_000_000)).toBe('2 ms');
    expect(formatAt(1500, 100)).toBe('1.5 µs');
    expect(formatAt(40, 20)).toBe('40 ns');
    expect(formatAt(3e9, 2e9)).toBe('3 s');
    expect(formatAt(1_250_000, 50_000)).toBe('1250 µs');
    expect(formatDuration(500)).toBe('500 ns');
    expect(formatDuration(1234)).toBe('1.234 µs');
    expect(formatDuration(20)).toBe('20 ns');
    expect(formatDuration(317_906)).toBe('317.9 µs');
  });

  it('zoom keeps the anchor fixed; pan moves by a fraction; clamping keeps the window in the trace', () => {
    const v = zoomAt({ t0: 0, t1: 1000 }, 0.5, 250);
    expect(v).toEqual({ t0: 125, t1: 625 });
    expect(pan(v, 0.2)).toEqual({ t0: 225, t1: 725 });
    expect(clampViewport({ t0: -50, t1: 100 }, 0, 1000)).toEqual({ t0: 0, t1: 150 });
    expect(clampViewport({ t0: 900, t1: 1200 }, 0, 1000)).toEqual({ t0: 700, t1: 1000 });
    expect(clampViewport({ t0: -1e9, t1: 1e9 }, 0, 1000)).toEqual({ t0: 0, t1: 1000 });
    expect(clampViewport({ t0: 500, t1: 501 }, 0, 1000)).toEqual({ t0: 500, t1: 500 + MIN_SPAN });
  });
});
