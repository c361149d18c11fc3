/**
 * Time-axis arithmetic for the trace timeline: viewport zoom/pan (clamped to the trace),
 * "nice" tick steps (1/2/5 × 10^k ns) and duration labels in ns/µs/ms/s. Pure functions.
 */

/** The visible time window, ns on the trace clock. */
export interface Viewport { t0: number; t1: number }

/** Narrowest window (ns): below this, buckets would be finer than the trace clock. */
export const MIN_SPAN = 50;

/** Clamp a window into [lo, hi] (keeping its span when possible, never below MIN_SPAN). */
export function clampViewport(v: Viewport, lo: number, hi: number): Viewport {
  const full = Math.max(MIN_SPAN, hi - lo);
  let span = Math.min(full, Math.max(MIN_SPAN, v.t1 - v.t0));
  let t0 = v.t0;
  if (t0 < lo) t0 = lo;
  if (t0 + span > lo + full) t0 = lo + full - span;
  if (!Number.isFinite(t0)) { t0 = lo; span = full; }
  return { t0, t1: t0 + span };
}

/** Zoom by `factor` (< 1 zooms in) keeping time `at` under the same screen position. */
export function zoomAt(v: Viewport, factor: number, at: number): Viewport {
  const f = Math.max(1e-6, factor);
  return { t0: at - (at - v.t0) * f, t1: at + (v.t1 - at) * f };
}

/** Shift by `fraction` of the visible span (positive = later). */
export function pan(v: Viewport, fraction: number): Viewport {
  const d = (v.t1 - v.t0) * fraction;
  return { t0: v.t0 + d, t1: v.t1 + d };
}

/** A window of `span` centred on `t`. */
export function centreOn(t: number, span: number): Viewport {
  return { t0: t - span / 2, t1: t + span / 2 };
}

/** Smallest 1/2/5 × 10^k ≥ `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw * (1 - 1e-9)) return m * p;
  return 10 * p;
}

/** Tick times (multiples of a nice step, relative to `origin`) for a window `px` pixels wide, at least `minPx` apart. */
export function ticks(v: Viewport, px: number, origin: number, minPx = 110): { step: number; at: number[] } {
  const span = v.t1 - v.t0;
  const step = niceStep((span * minPx) / Math.max(1, px));
  const first = Math.ceil((v.t0 - origin) / step) * step + origin;
  const at: number[] = [];
  for (let t = first; t <= v.t1 && at.length < 1000; t += step) at.push(t);
  return { step, at };
}

const UNITS: [number, string][] = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];

/** Unit for values of size `step`: the largest unit at most ten times bigger (0.5 ms steps read as ms). */
export function unitFor(step: number): [number, string] {
  for (const u of UNITS) if (Math.abs(step) * 10 >= u[0]) return u;
  return UNITS[UNITS.length - 1]!;
}

/** `ns` in the unit of `step`, with just enough decimals to tell ticks `step` apart: (2_500_000, 500_000) → "2.5 ms". */
export function formatAt(ns: number, step: number): string {
  const [div, unit] = unitFor(step);
  const decimals = Math.max(0, Math.min(6, Math.ceil(-Math.log10(step / div) - 1e-9)));
  return `${(ns / div).toFixed(decimals)} ${unit}`;
}

/** A duration with 3–4 significant digits: 1234 → "1.234 µs", 20 → "20 ns". */
export function formatDuration(ns: number): string {
  const a = Math.abs(ns);
  let [div, unit] = unitFor(a || 1);
  if (a < div) [div, unit] = UNITS[UNITS.findIndex((u) => u[0] === div) + 1] ?? [1, 'ns']; // 0.5 µs reads better as 500 ns
  const x = ns / div;
  const digits = Math.abs(x) >= 100 ? 1 : Math.abs(x) >= 10 ? 2 : 3;
  return `${unit === 'ns' ? Math.round(x) : x.toFixed(digits)} ${unit}`;
}
