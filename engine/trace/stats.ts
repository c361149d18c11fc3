/**
 * Exit statistics in the manner of `perf kvm stat report --event=vmexit`:
 * per exit reason (optionally per vCPU or plane) the samples, their share,
 * the time from each kvm_exit to the next kvm_entry of the same vCPU (the
 * time KVM and the VMM spent handling it), min/max/avg and perf's "±"
 * (standard error of the mean as % of the mean). Each row lists its kvm_exit
 * event indexes so the UI can jump to the instances.
 */
import { exitReasonName, type ExitIsa } from './exit-reasons.ts';
import type { TraceStore } from './store/store.ts';

export type StatsGrouping = 'reason' | 'reason+vcpu' | 'reason+plane';
export type StatsSortKey = 'samples' | 'time' | 'avg' | 'max' | 'min' | 'name';

export interface ExitStatRow {
  reason: number;
  name: string;
  vcpu?: number;
  plane?: number;
  samples: number;
  samplesPct: number;
  /** Samples that were followed by a kvm_entry (contribute to time). */
  timed: number;
  timeNs: number;
  timePct: number;
  minNs: number;
  maxNs: number;
  avgNs: number;
  /** perf's "±": 100 * stddev(mean) / mean, stddev(mean) = sqrt(M2 / (n-1) / n). */
  stddevPct: number;
  /** Indexes (in the store) of the kvm_exit events of this row, in time order. */
  events: Uint32Array;
}

export interface ExitStats {
  isa: ExitIsa | undefined;
  totalSamples: number;
  totalTimeNs: number;
  /** Exits with no later kvm_entry on their vCPU (end of trace, or entry lost). */
  unpaired: number;
  rows: ExitStatRow[];
}

export interface ExitStatsOptions {
  by?: StatsGrouping;
  sort?: StatsSortKey;
  /** Only this vCPU. */
  vcpu?: number;
  /** Only exits in [t0, t1). */
  t0?: number;
  t1?: number;
}

/** Running statistics of one table row (Welford's mean/M2), shared by the exit tables (stats-userspace.ts too). */
export interface RowAcc { reason: number; vcpu?: number; plane?: number; n: number; timed: number; sum: number; min: number; max: number; mean: number; m2: number; events: number[] }

/** A fresh row accumulator; `vcpu`/`plane` are kept only when the grouping uses them. */
export function newRowAcc(reason: number, by: StatsGrouping, vcpu: number, plane: number | undefined): RowAcc {
  const acc: RowAcc = { reason, n: 0, timed: 0, sum: 0, min: Infinity, max: 0, mean: 0, m2: 0, events: [] };
  if (by === 'reason+vcpu') acc.vcpu = vcpu;
  if (by === 'reason+plane') acc.plane = plane ?? 0;
  return acc;
}

/** Row key of a sample in a grouping. */
export function rowAccKey(by: StatsGrouping, reason: number, vcpu: number, plane: number | undefined): string {
  return by === 'reason' ? `${reason}` : by === 'reason+vcpu' ? `${reason}/${vcpu}` : `${reason}/${plane ?? -1}`;
}

/** Adds one measured duration (ns) to a row. */
export function addRowTime(r: RowAcc, d: number): void {
  r.timed++; r.sum += d;
  if (d < r.min) r.min = d;
  if (d > r.max) r.max = d;
  const delta = d - r.mean;
  r.mean += delta / r.timed;
  r.m2 += delta * (d - r.mean);
}

/** The finished row (shares of the totals, perf's ±) of an accumulator. */
export function finishRow(r: RowAcc, name: string, totalSamples: number, totalTime: number): ExitStatRow {
  const sem = r.timed > 1 ? Math.sqrt(r.m2 / (r.timed - 1) / r.timed) : 0;
  const row: ExitStatRow = {
    reason: r.reason,
    name,
    samples: r.n,
    samplesPct: totalSamples ? (100 * r.n) / totalSamples : 0,
    timed: r.timed,
    timeNs: r.sum,
    timePct: totalTime ? (100 * r.sum) / totalTime : 0,
    minNs: r.timed ? r.min : 0,
    maxNs: r.max,
    avgNs: r.timed ? r.sum / r.timed : 0,
    stddevPct: r.timed > 1 && r.mean > 0 ? (100 * sem) / r.mean : 0,
    events: Uint32Array.from(r.events),
  };
  if (r.vcpu !== undefined) row.vcpu = r.vcpu;
  if (r.plane !== undefined) row.plane = r.plane;
  return row;
}

/** Computes the exit table over the store's kvm_exit/kvm_entry events. */
export function computeExitStats(store: TraceStore, opts: ExitStatsOptions = {}): ExitStats {
  const by = opts.by ?? 'reason';
  const isa = store.exitIsa;
  const exitT = new Uint8Array(store.types.length);
  const entryT = new Uint8Array(store.types.length);
  const planeIdx: number[] = [];
  for (const t of store.types) {
    if (t.system !== 'kvm' && t.system !== '') continue;
    if (t.name === 'kvm_exit') { exitT[t.id] = 1; planeIdx[t.id] = t.fieldNames.indexOf('plane'); }
    if (t.name === 'kvm_entry') entryT[t.id] = 1;
  }
  const [a, b] = store.indexRange(opts.t0 ?? -Infinity, opts.t1 ?? Infinity);
  const rows = new Map<string, RowAcc>();
  // Pending exit per vCPU (or per thread when the vCPU is unknown): acc + exit ts.
  const pending = new Map<number, { acc: RowAcc; ts: number }>();
  let unpaired = 0;
  const n = store.count;
  for (let i = a; i < n; i++) {
    const t = store.type[i]!;
    if (!exitT[t] && !entryT[t]) continue;
    const vcpu = store.vcpuOf(i);
    const key = vcpu >= 0 ? vcpu : -1 - store.pid[i]!;
    if (entryT[t]) {
      const p = pending.get(key);
      if (p) {
        addRowTime(p.acc, store.ts[i]! - p.ts);
        pending.delete(key);
      }
      continue;
    }
    if (i >= b) { if (pending.size === 0) break; continue; } // past the range: only finish pending exits
    if (opts.vcpu !== undefined && vcpu !== opts.vcpu) continue;
    if (pending.has(key)) unpaired++;
    const reason = store.arg0[i]!;
    let plane: number | undefined;
    if (by === 'reason+plane' && (planeIdx[t] ?? -1) >= 0) {
      const v = store.fields(i)[planeIdx[t]!];
      plane = typeof v === 'number' ? v : undefined;
    }
    const rk = rowAccKey(by, reason, vcpu, plane);
    let acc = rows.get(rk);
    if (!acc) rows.set(rk, (acc = newRowAcc(reason, by, vcpu, plane)));
    acc.n++;
    acc.events.push(i);
    pending.set(key, { acc, ts: store.ts[i]! });
  }
  unpaired += pending.size;
  let totalSamples = 0, totalTime = 0;
  for (const r of rows.values()) { totalSamples += r.n; totalTime += r.sum; }
  const out = [...rows.values()].map((r) => finishRow(r, isa ? exitReasonName(isa, r.reason) : String(r.reason), totalSamples, totalTime));
  sortExitStats(out, opts.sort ?? 'samples');
  return { isa, totalSamples, totalTimeNs: totalTime, unpaired, rows: out };
}

/** Sorts rows in place (descending for numbers, ascending for names; ties by reason code). */
export function sortExitStats<R extends ExitStatRow>(rows: R[], key: StatsSortKey): R[] {
  const val = (r: ExitStatRow): number => key === 'samples' ? r.samples : key === 'time' ? r.timeNs : key === 'avg' ? r.avgNs : key === 'max' ? r.maxNs : r.minNs;
  return rows.sort((x, y) => key === 'name'
    ? x.name.localeCompare(y.name) || x.reason - y.reason
    : val(y) - val(x) || x.reason - y.reason || (x.vcpu ?? 0) - (y.vcpu ?? 0) || (x.plane ?? 0) - (y.plane ?? 0));
}
