/**
 * Timing helpers for `npm run bench` (engine/bench only: wall clock is allowed here,
 * never in engine code).
 */
import { performance } from 'node:perf_hooks';

/** Summary of repeated measurements (milliseconds, or per-second rates). */
export interface Stat { median: number; p95: number; n: number }

/** A benchmark module's result: metric name -> statistic. */
export type BenchResults = Record<string, Stat>;

/** Median and 95th percentile (nearest rank) of samples, rounded to 4 significant digits. */
export function summarize(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const r = (x: number): number => Number(x.toPrecision(4));
  return { median: r(at(0.5)), p95: r(at(0.95)), n: s.length };
}

/** Runs `fn` `n` times after `warmup` untimed runs; returns the milliseconds of each timed run. */
export function timeMs(fn: () => void, n: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Async variant of timeMs. */
export async function timeMsAsync(fn: () => Promise<void>, n: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Operations per second of `op`, measured over batches of `batch` calls (`n` batches). */
export function ratePerSec(op: () => void, batch: number, n: number): number[] {
  return timeMs(() => { for (let i = 0; i < batch; i++) op(); }, n).map((ms) => (batch * 1000) / ms);
}
