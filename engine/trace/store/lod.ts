/**
 * Level-of-detail summaries for the timeline: for a time range and a pixel
 * width, per lane and per pixel bucket the event count, the dominant event
 * type and (vCPU lanes) the run state covering most of the bucket. Only these
 * typed arrays cross to the UI, whatever the number of events.
 */
import { STATE_UNKNOWN, type Lane, type TraceStore } from './store.ts';

export interface LaneSummary {
  lane: Lane;
  /** Events per bucket. */
  count: Uint32Array;
  /** Most frequent event type per bucket (store type id), -1 when empty. */
  dominantType: Int32Array;
  /** vCPU lanes: STATE_* covering most of the bucket's time (STATE_UNKNOWN when not known). */
  state: Uint8Array;
}

export interface LodSummary { t0: number; t1: number; width: number; lanes: LaneSummary[] }

/**
 * Buckets [t0, t1) into `width` equal pixel buckets for `laneIds` (all lanes
 * when omitted). Cost: one pass over the events in range plus the vCPU state
 * transitions in range.
 */
export function summarize(store: TraceStore, t0: number, t1: number, width: number, laneIds?: readonly string[]): LodSummary {
  width = Math.max(1, Math.min(1 << 16, Math.floor(width)));
  const all = store.lanes();
  const lanes = laneIds ? all.filter((l) => laneIds.includes(l.id)) : [...all];
  const out: LaneSummary[] = lanes.map((lane) => ({
    lane, count: new Uint32Array(width), dominantType: new Int32Array(width).fill(-1), state: new Uint8Array(width),
  }));
  if (!(t1 > t0)) return { t0, t1, width, lanes: out };
  const scale = width / (t1 - t0);
  const cpuLane = new Map<number, number>();
  const vcpuLane = new Map<number, number>();
  const planeLane = new Map<number, number>(); // vCPU * 0x8000 + plane → lane position
  lanes.forEach((l, k) => {
    if (l.plane !== undefined) planeLane.set(l.index * 0x8000 + l.plane, k);
    else (l.kind === 'cpu' ? cpuLane : vcpuLane).set(l.index, k);
  });
  const wantVcpu = vcpuLane.size > 0 || planeLane.size > 0;

  // Dominant type: per lane, a tally of the current bucket, flushed when the bucket changes.
  const ntypes = store.types.length;
  const tally = lanes.map(() => new Uint32Array(ntypes));
  const touched = lanes.map(() => [] as number[]);
  const curBucket = new Int32Array(lanes.length).fill(-1);
  const flush = (k: number): void => {
    const b = curBucket[k]!;
    if (b < 0) return;
    let best = -1, bestN = 0;
    for (const t of touched[k]!) {
      const c = tally[k]![t]!;
      if (c > bestN || (c === bestN && t < best)) { best = t; bestN = c; }
      tally[k]![t] = 0;
    }
    touched[k]!.length = 0;
    out[k]!.dominantType[b] = best;
  };
  const add = (k: number, b: number, t: number): void => {
    if (curBucket[k] !== b) { flush(k); curBucket[k] = b; }
    const s = out[k]!;
    s.count[b]!++;
    if (tally[k]![t]!++ === 0) touched[k]!.push(t);
  };

  const [i0, i1] = store.indexRange(t0, t1);
  const ts = store.ts, cpu = store.cpu, type = store.type;
  for (let i = i0; i < i1; i++) {
    let b = Math.floor((ts[i]! - t0) * scale);
    if (b >= width) b = width - 1;
    const t = type[i]!;
    const ck = cpuLane.get(cpu[i]!);
    if (ck !== undefined) add(ck, b, t);
    if (wantVcpu) {
      const v = store.vcpuOf(i);
      const vk = vcpuLane.get(v);
      if (vk !== undefined) add(vk, b, t);
      if (planeLane.size && v >= 0) {
        const pk = planeLane.get(v * 0x8000 + store.planeOf(i));
        if (pk !== undefined) add(pk, b, t);
      }
    }
  }
  for (let k = 0; k < lanes.length; k++) flush(k);

  // vCPU run state: time-weighted majority per bucket from the state transitions.
  const bw = (t1 - t0) / width;
  for (const [v, k] of vcpuLane) {
    const st = store.vcpuStatesOf(v);
    if (!st || st.ts.length === 0) continue;
    const acc = new Float64Array(width * 4);
    // Last transition at or before t0 gives the state entering the range.
    let lo = 0, hi = st.ts.length;
    while (lo < hi) { const m = (lo + hi) >>> 1; if (st.ts[m]! <= t0) lo = m + 1; else hi = m; }
    let j = lo;
    let state = j > 0 ? st.state[j - 1]! : STATE_UNKNOWN;
    let from = t0;
    const spill = (until: number): void => {
      // Adds [from, until) of `state` to the buckets it covers. Walks bucket indexes rather than
      // recomputing one from each boundary: at ~1e13 ns (-tt stamps, trace clocks) t0 + (b+1)·bw
      // can round back into bucket b, which used to end the walk and drop the rest of the interval.
      let a = from;
      let b = Math.min(width - 1, Math.max(0, Math.floor((a - t0) / bw)));
      while (a < until) {
        const end = b >= width - 1 ? until : Math.min(until, t0 + (b + 1) * bw);
        if (end > a) { acc[b * 4 + state] += end - a; a = end; }
        if (b >= width - 1) break;
        b++;
      }
    };
    for (; j < st.ts.length && st.ts[j]! < t1; j++) {
      spill(st.ts[j]!);
      from = st.ts[j]!;
      state = st.state[j]!;
    }
    spill(t1);
    const dst = out[k]!.state;
    for (let b = 0; b < width; b++) {
      let best = STATE_UNKNOWN, bestT = acc[b * 4]!;
      for (let s = 1; s < 4; s++) if (acc[b * 4 + s]! > bestT) { best = s; bestT = acc[b * 4 + s]!; }
      dst[b] = best;
    }
  }
  return { t0, t1, width, lanes: out };
}
