/**
 * The trace workspace of a Session: one imported trace (engine/trace/load.ts) and the
 * queries the timeline, event-details and stats panels draw from (engine/protocol/trace.ts).
 * Everything heavy stays here; results are small typed arrays sized by the view, not by
 * the trace.
 */
import { PsError } from '../errors.ts';
import type {
  TraceEventDetails, TraceFieldView, TraceFlowStep, TraceInfo, TraceInstance, TraceLane, TracePick, TraceSampleInfo,
  TraceSource, TraceStatRow, TraceStats, TraceStatsGrouping, TraceStatsSort, TraceStatsTable, TraceView, TraceProgressNotice,
} from '../protocol/trace.ts';
import { loadTrace } from '../trace/load.ts';
import { loadHostGuest, type TraceFile } from '../trace/merge.ts';
import type { TraceStore } from '../trace/store/store.ts';
import { CPU_UNKNOWN, STATE_GUEST, STATE_KERNEL, STATE_USER } from '../trace/store/store.ts';
import { summarize } from '../trace/store/lod.ts';
import { computeExitStats, type ExitStatRow, type ExitStats } from '../trace/stats.ts';
import { computeUserspaceExitStats, userspaceExitCount, type UserspaceExitStatRow, type UserspaceExitStats } from '../trace/stats-userspace.ts';
import { exitReasonName, kvmExitName, KVM_ISA_SVM, KVM_ISA_VMX } from '../trace/exit-reasons.ts';
import type { FieldValue } from '../trace/types.ts';
import { errnoName } from '../kvm/uapi/errno.ts';
import { SYNTH_DESCRIPTION, synthKvmTraceDat } from './trace-synth.ts';

/** Where built-in trace samples come from (bundled URLs in the worker, files in Node). */
export interface TraceSampleSource {
  list(): TraceSampleInfo[];
  load(name: string): Promise<Uint8Array>;
}

/** The engine-generated samples (always available): 40k events, and 10⁶ events for the frame-time benchmark. */
export const SYNTH_SAMPLE = 'synthetic-exits';
export const SYNTH_SAMPLE_1M = 'synthetic-exits-1M';

/** Methods served by TraceSession (the rest of the protocol is the recording workspace's). */
export const TRACE_METHODS: ReadonlySet<string> = new Set(['traceSamples', 'traceOpen', 'traceAddGuest', 'traceCancel', 'traceView', 'tracePick', 'traceEvent', 'traceStats', 'traceInstance', 'traceClose']);

export interface TraceSessionOptions {
  samples?: TraceSampleSource;
  /** Receives progress notices while `traceOpen` imports (the worker posts them). */
  notify?: (n: TraceProgressNotice) => void;
}

const RUN_ENTRY = 1, RUN_EXIT = 2, RUN_UEXIT = 3;
const STATE_OF_RUN = [0, STATE_GUEST, STATE_KERNEL, STATE_USER];
/** How far flows and picks scan (events), so one request stays bounded on huge traces. */
const SCAN_LIMIT = 200_000;

interface Open {
  name: string;
  /** The workspace's files (host first), kept so a guest can be merged in later. */
  files: TraceFile[];
  synthetic: boolean;
  store: TraceStore;
  info: TraceInfo;
  /** Per type: RUN_* or 0. */
  runKind: Uint8Array;
  /** Per vCPU: indexes of its kvm_entry / kvm_exit / kvm_userspace_exit events, in time order. */
  runIdx: Map<number, Uint32Array>;
  stats: Map<string, ExitStats>;
  ustats: Map<string, UserspaceExitStats>;
  /** The text had no timestamps (ordinals stand in): user-space times are not measured. */
  syntheticTime: boolean;
}

/** The trace half of the engine session. One open trace at a time. */
export class TraceSession {
  private cur: Open | null = null;
  /** The running import's stop flag (traceCancel sets it). */
  private importing: { aborted: boolean } | null = null;

  constructor(private readonly opts: TraceSessionOptions = {}) {}

  /** Serves one trace request (`seq` tags progress notices). Throws PsError for bad arguments. */
  async handle(method: string, args: Record<string, unknown>, seq: number): Promise<unknown> {
    switch (method) {
      case 'traceSamples': return this.samples();
      case 'traceOpen': return this.open(args as unknown as TraceSource, seq);
      case 'traceAddGuest': return this.addGuest(args, seq);
      case 'traceCancel': return this.cancel();
      case 'traceView': return this.view(args);
      case 'tracePick': return this.pick(args);
      case 'traceEvent': return this.event(intArg(args, 'index', 0, this.need().store.count - 1));
      case 'traceStats': return this.statsView(args);
      case 'traceInstance': return this.instance(args);
      case 'traceClose': this.cur = null; return null;
      default: throw new PsError('PS500', `no trace request named '${method}'`);
    }
  }

  private need(): Open {
    if (!this.cur) throw new PsError('PS504', 'no trace is open');
    return this.cur;
  }

  samples(): TraceSampleInfo[] {
    return [
      ...(this.opts.samples?.list() ?? []),
      { name: SYNTH_SAMPLE, description: SYNTH_DESCRIPTION, synthetic: true },
      { name: SYNTH_SAMPLE_1M, description: `${SYNTH_DESCRIPTION}; 10⁶ events`, synthetic: true },
    ];
  }

  // ---- open ---------------------------------------------------------------

  /**
   * Stops the running import at its next yield point (every 256 ring-buffer pages / 64k
   * events / 4 MiB of text); it then resolves with what it read. Must be called outside
   * the session's request queue (engine/session.ts serves traceCancel at once).
   */
  cancel(): boolean {
    if (!this.importing) return false;
    this.importing.aborted = true;
    return true;
  }

  private async addGuest(args: Record<string, unknown>, seq: number): Promise<TraceInfo> {
    const cur = this.need();
    if (!(args.bytes instanceof Uint8Array) || typeof args.name !== 'string') throw new PsError('PS502', 'traceAddGuest needs { name, bytes: Uint8Array }');
    return this.load([...cur.files, { name: args.name, bytes: args.bytes }], seq, cur.synthetic);
  }

  private async open(src: TraceSource, seq: number): Promise<TraceInfo> {
    let bytes: Uint8Array;
    let synthetic = false;
    if (src?.kind === 'sample' && typeof src.name === 'string') {
      if (src.name === SYNTH_SAMPLE || src.name === SYNTH_SAMPLE_1M) {
        bytes = synthKvmTraceDat({ events: src.name === SYNTH_SAMPLE ? 40_000 : 1_000_000 });
        synthetic = true;
      } else {
        const s = this.opts.samples;
        if (!s || !s.list().some((x) => x.name === src.name)) throw new PsError('PS100', `no built-in trace sample named '${src.name}'`, { file: src.name });
        bytes = await s.load(src.name);
      }
    } else if (src?.kind === 'file' && src.bytes instanceof Uint8Array && typeof src.name === 'string') {
      bytes = src.bytes;
    } else if (src?.kind === 'files' && Array.isArray(src.files) && src.files.length > 0
      && src.files.every((f) => f && f.bytes instanceof Uint8Array && typeof f.name === 'string')) {
      return this.load(src.files.map((f) => ({ name: f.name, bytes: f.bytes })), seq, false);
    } else {
      throw new PsError('PS502', "traceOpen needs { kind: 'sample', name }, { kind: 'file', name, bytes: Uint8Array } or { kind: 'files', files: [{ name, bytes }] }");
    }
    return this.load([{ name: src.name, bytes }], seq, synthetic);
  }

  /** Imports one trace, or a host trace.dat with its guests, cooperatively (cancellable) into a new workspace. */
  private async load(files: TraceFile[], seq: number, synthetic: boolean): Promise<TraceInfo> {
    if (this.importing) throw new PsError('PS502', 'an import is already running');
    this.cur = null; // free the previous trace before importing the next one
    let name = files.length === 1 ? files[0]!.name : files.map((f) => f.name).join(' + ');
    const total = files.reduce((a, f) => a + f.bytes.length, 0);
    const notify = this.opts.notify;
    let lastSent = -1;
    const progress = (done: number, total: number): boolean => {
      // About 100 notices per import whatever the file size.
      if (notify && (done - lastSent >= total / 100 || done >= total)) {
        lastSent = done;
        notify({ seq: -1, notice: 'traceProgress', of: seq, done, total });
      }
      return true;
    };
    const signal = { aborted: false };
    this.importing = signal;
    let r: { store: TraceStore; format: string; wrapper?: string; error?: PsError; text?: { syntheticTime: boolean } };
    let guests: TraceInfo['guests'] = [];
    let fileNames = files.map((f) => f.name);
    try {
      if (files.length === 1) {
        r = await loadTrace(files[0]!.bytes, { file: files[0]!.name, progress, signal });
      } else {
        const m = await loadHostGuest(files, { progress, signal });
        r = { store: m.store, format: 'trace.dat', ...(m.error ? { error: m.error } : {}) };
        guests = m.guests.map((g) => ({
          name: g.name, file: g.file, traceId: g.traceId, timeShifted: g.timeShifted, vcpus: g.vcpus, events: g.summary.events,
        }));
        // Host first, then the guests in merge order (a later traceAddGuest appends).
        files = [files.find((f) => f.name === m.host) ?? files[0]!, ...files.filter((f) => f.name !== m.host)];
        fileNames = files.map((f) => f.name);
        name = fileNames.join(' + ');
      }
    } finally {
      this.importing = null;
    }
    if (notify && lastSent < total) notify({ seq: -1, notice: 'traceProgress', of: seq, done: total, total });
    const store = r.store;
    const runKind = new Uint8Array(store.types.length);
    for (const t of store.types) {
      if (t.system !== 'kvm' && t.system !== '') continue;
      runKind[t.id] = t.name === 'kvm_entry' ? RUN_ENTRY : t.name === 'kvm_exit' ? RUN_EXIT : t.name === 'kvm_userspace_exit' ? RUN_UEXIT : 0;
    }
    const counts = new Uint32Array(store.types.length);
    const perVcpu = new Map<number, number[]>();
    let exits = 0, entries = 0;
    for (let i = 0; i < store.count; i++) {
      const t = store.type[i]!;
      counts[t]!++;
      const k = runKind[t]!;
      if (!k) continue;
      if (k === RUN_EXIT) exits++;
      else if (k === RUN_ENTRY) entries++;
      const v = store.vcpuOf(i);
      if (v < 0) continue;
      let a = perVcpu.get(v);
      if (!a) perVcpu.set(v, (a = []));
      a.push(i);
    }
    const runIdx = new Map<number, Uint32Array>();
    for (const [v, a] of perVcpu) runIdx.set(v, Uint32Array.from(a));
    const user = userspaceExitCount(store);
    const lanes: TraceLane[] = store.lanes().map((l) => ({
      id: l.id, kind: l.kind, index: l.index, label: l.label, events: l.events,
      ...(l.plane !== undefined ? { plane: l.plane } : {}), ...(l.guest !== undefined ? { guest: l.guest } : {}),
    }));
    const info: TraceInfo = {
      name,
      format: r.format,
      wrapper: r.wrapper ?? null,
      synthetic,
      events: store.count,
      t0: store.count ? store.ts[0]! : 0,
      t1: store.count ? store.ts[store.count - 1]! : 0,
      lanes,
      types: store.types.map((t) => ({ id: t.id, system: t.system, name: t.name, count: counts[t.id]! })),
      exitIsa: store.exitIsa ?? null,
      exits,
      hasEntries: entries > 0,
      userspaceSource: user.source,
      userspaceExits: user.count,
      lostMarkers: store.lostMarkers.length,
      error: r.error ? r.error.toJSON() : null,
      bytesPerEvent: store.memory().bytesPerEvent,
      cancelled: signal.aborted && r.error?.code === 'PS304',
      files: fileNames,
      guests,
    };
    this.cur = { name, files, synthetic, store, info, runKind, runIdx, stats: new Map(), ustats: new Map(), syntheticTime: r.text?.syntheticTime ?? false };
    return info;
  }

  // ---- timeline -------------------------------------------------------------

  private view(args: Record<string, unknown>): TraceView {
    const { store, runIdx } = this.need();
    const t0 = numArg(args, 't0'), t1 = numArg(args, 't1');
    if (!(t1 > t0)) throw new PsError('PS502', `traceView needs t1 > t0, got [${t0}, ${t1}]`);
    const width = intArg(args, 'width', 1, 16384);
    const maxTr = args.maxTransitions === undefined ? 2000 : intArg(args, 'maxTransitions', 0, 1_000_000);
    let ids: string[] | undefined;
    if (args.lanes !== undefined) {
      if (!Array.isArray(args.lanes) || !args.lanes.every((x) => typeof x === 'string')) throw new PsError('PS502', "'lanes' must be an array of lane ids");
      ids = args.lanes as string[];
    }
    const lod = summarize(store, t0, t1, width, ids);
    const L = lod.lanes.length;
    const count = new Uint32Array(L * width), dominantType = new Int32Array(L * width), state = new Uint8Array(L * width);
    const pos = new Map<string, number>();
    lod.lanes.forEach((s, k) => {
      count.set(s.count, k * width);
      dominantType.set(s.dominantType, k * width);
      state.set(s.state, k * width);
      pos.set(s.lane.id, k);
    });
    // Exact run-state transitions for vCPU lanes that have few in the window.
    const trI: number[] = [], trL: number[] = [], trC: number[] = [], exact: number[] = [];
    lod.lanes.forEach((s, k) => {
      if (s.lane.kind !== 'vcpu') return;
      const idx = runIdx.get(s.lane.index);
      if (!idx) return;
      const lo = lowerBoundIdx(store.ts, idx, t0), hi = lowerBoundIdx(store.ts, idx, t1);
      if (hi - lo > maxTr) return;
      exact.push(k);
      // One before the window (the state entering it) and one after (where the last one ends).
      for (let j = Math.max(0, lo - 1); j < Math.min(idx.length, hi + 1); j++) {
        trI.push(idx[j]!);
        trL.push(k);
        trC.push(pos.get(`cpu:${store.cpu[idx[j]!]}`) ?? -1);
      }
    });
    const runKind = this.cur!.runKind;
    const trIndex = Uint32Array.from(trI);
    const trTs = new Float64Array(trIndex.length), trState = new Uint8Array(trIndex.length), trArg0 = new Uint32Array(trIndex.length);
    for (let j = 0; j < trIndex.length; j++) {
      trTs[j] = store.ts[trIndex[j]!]!;
      trArg0[j] = store.arg0[trIndex[j]!]!;
      trState[j] = STATE_OF_RUN[runKind[store.type[trIndex[j]!]!]!]!;
    }
    return {
      t0, t1, width, lanes: lod.lanes.map((s) => s.lane.id), count, dominantType, state,
      trIndex, trTs, trLane: Int16Array.from(trL), trCpuLane: Int16Array.from(trC), trState, trArg0, exactLanes: Int16Array.from(exact),
    };
  }

  private pick(args: Record<string, unknown>): TracePick {
    const cur = this.need();
    const { store } = cur;
    const t = numArg(args, 't'), slop = numArg(args, 'slop');
    const laneId = args.lane;
    const lane = store.lanes().find((l) => l.id === laneId);
    if (!lane) throw new PsError('PS502', `no lane '${String(laneId)}' in this trace`);
    const [a, b] = store.indexRange(t - Math.max(0, slop), t + Math.max(0, slop) + 1e-9);
    let best = -1, bestD = Infinity, n = 0;
    for (let i = a; i < b && i < a + SCAN_LIMIT; i++) {
      if (!store.inLane(i, lane)) continue;
      n++;
      const d = Math.abs(store.ts[i]! - t);
      if (d < bestD) { bestD = d; best = i; }
    }
    let interval: TracePick['interval'] = null;
    if (lane.kind === 'vcpu') {
      const idx = cur.runIdx.get(lane.index);
      if (idx && idx.length) {
        const j = lowerBoundIdx(store.ts, idx, t + 1e-9) - 1; // last transition at or before t
        if (j >= 0) {
          interval = {
            state: STATE_OF_RUN[cur.runKind[store.type[idx[j]!]!]!]!,
            from: store.ts[idx[j]!]!,
            to: j + 1 < idx.length ? store.ts[idx[j + 1]!]! : store.ts[store.count - 1]!,
          };
        }
      }
    }
    return { index: best, count: n, label: best >= 0 ? this.summaryOf(best) : '', interval };
  }

  // ---- event details --------------------------------------------------------

  /** One line naming the event: "kvm_exit IO_INSTRUCTION (30)", "kvm_userspace_exit KVM_EXIT_IO (2)". */
  private summaryOf(i: number): string {
    const { store } = this.need();
    const t = store.types[store.type[i]!]!;
    const a0 = store.arg0[i]!;
    if (t.name === 'kvm_exit') return `kvm_exit ${this.exitName(a0)} (${a0})`;
    if (t.name === 'kvm_userspace_exit') return `kvm_userspace_exit ${kvmExitName(a0)} (${a0})`;
    if (t.name === 'kvm_run_exit' && t.system === 'qemu') return `kvm_run_exit ${kvmExitName(a0, 'upstream')} (${a0}), cpu_index ${store.cpu[i] === CPU_UNKNOWN ? '?' : store.cpu[i]}`;
    if (t.name === 'kvm_pio') return `kvm_pio port 0x${a0.toString(16)}`;
    if (t.name === 'kvm_msr') return `kvm_msr 0x${a0.toString(16)}`;
    return t.system && t.system !== 'kvm' ? `${t.system}:${t.name}` : t.name;
  }

  private exitName(code: number): string {
    const isa = this.need().store.exitIsa;
    return isa ? exitReasonName(isa, code) : String(code);
  }

  private event(i: number): TraceEventDetails {
    const cur = this.need();
    const { store } = cur;
    const row = store.row(i);
    const fields: TraceFieldView[] = store.namedFields(i).map(({ name, value }) => ({ name, value: show(value), note: this.note(row.name, name, value) }));
    const raw = store.rawBytes(i);
    let handledNs: number | null = null;
    const flow = this.flowOf(i);
    if (cur.runKind[row.type] === RUN_EXIT) {
      const last = flow[flow.length - 1];
      if (last && last.name === 'kvm_entry' && last.index > i) handledNs = last.ts - row.ts;
    }
    return {
      index: i, ts: row.ts, cpu: row.cpu, pid: row.pid, comm: row.comm, system: row.system, name: row.name, vcpu: row.vcpu,
      summary: this.summaryOf(i), fields, rawHex: raw ? hexBytes(raw) : null, flow, handledNs,
    };
  }

  /** Decoded meaning of a field value, or null. */
  private note(event: string, field: string, v: FieldValue): string | null {
    if (typeof v === 'string') return null;
    const n = typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : v;
    switch (`${event}.${field}`) {
      case 'kvm_exit.exit_reason': return this.exitName(n);
      case 'kvm_exit.isa': return n === KVM_ISA_VMX ? 'KVM_ISA_VMX' : n === KVM_ISA_SVM ? 'KVM_ISA_SVM' : null;
      case 'kvm_userspace_exit.reason': return kvmExitName(n);
      case 'kvm_run_exit.reason': return kvmExitName(n, 'upstream');
      case 'kvm_userspace_exit.errno': return n ? `-${errnoName(Math.abs(n))}` : null;
      case 'kvm_pio.rw': return n ? 'write (out)' : 'read (in)';
      case 'kvm_msr.write': return n ? 'WRMSR' : 'RDMSR';
      case 'kvm_mmio.type': return ['KVM_TRACE_MMIO_READ_UNSATISFIED', 'KVM_TRACE_MMIO_READ', 'KVM_TRACE_MMIO_WRITE'][n] ?? null;
      case 'kvm_fpu.load': return n ? 'load' : 'unload';
      default: return null;
    }
  }

  /**
   * The handling cycle containing event i on its vCPU: the kvm_exit, the events of the
   * same thread until the next kvm_entry (kvm_pio/kvm_mmio/kvm_msr, kvm_userspace_exit,
   * ioctl syscall events when traced), and that kvm_entry. Empty for events of no vCPU.
   */
  private flowOf(i: number): TraceFlowStep[] {
    const cur = this.need();
    const { store } = cur;
    const v = store.vcpuOf(i);
    const idx = v >= 0 ? cur.runIdx.get(v) : undefined;
    if (!idx || idx.length === 0) return [];
    // Last kvm_exit at or before i (for a kvm_entry: the exit it ends).
    let j = upperBound(idx, cur.runKind[store.type[i]!] === RUN_ENTRY ? i - 1 : i) - 1;
    while (j >= 0 && cur.runKind[store.type[idx[j]!]!] !== RUN_EXIT) j--;
    if (j < 0) return [];
    const exitI = idx[j]!;
    let k = j + 1;
    while (k < idx.length && cur.runKind[store.type[idx[k]!]!] !== RUN_ENTRY) k++;
    const entryI = k < idx.length ? idx[k]! : -1;
    if (entryI >= 0 && i > entryI) return []; // i lies after the cycle (e.g. between entry and the next exit)
    const pid = store.pid[exitI]!;
    const end = entryI >= 0 ? entryI : Math.min(store.count - 1, exitI + SCAN_LIMIT);
    const out: TraceFlowStep[] = [];
    for (let e = exitI; e <= end && e < exitI + SCAN_LIMIT; e++) {
      if (e !== exitI && e !== entryI && store.pid[e] !== pid && store.vcpuOf(e) !== v) continue;
      const t = store.types[store.type[e]!]!;
      const isIoctl = /(^|_)ioctl$/.test(t.name) || (t.system === 'raw_syscalls' && (t.name === 'sys_enter' || t.name === 'sys_exit'));
      if (e !== exitI && e !== entryI && !cur.runKind[t.id] && !isIoctl && !/^kvm_(pio|mmio|msr|hypercall|cpuid|emulate_insn)$/.test(t.name)) continue;
      out.push({ index: e, ts: store.ts[e]!, name: t.name, label: this.summaryOf(e), lane: `cpu:${store.cpu[e]}` });
    }
    return out;
  }

  // ---- statistics -----------------------------------------------------------

  private statsFor(by: TraceStatsGrouping, vcpu?: number): ExitStats {
    const cur = this.need();
    const k = `${by}|${vcpu ?? ''}`;
    let s = cur.stats.get(k);
    if (!s) {
      s = computeExitStats(cur.store, vcpu === undefined ? { by } : { by, vcpu });
      cur.stats.set(k, s);
    }
    return s;
  }

  private userspaceFor(by: TraceStatsGrouping, vcpu?: number): UserspaceExitStats {
    const cur = this.need();
    const k = `${by}|${vcpu ?? ''}`;
    let s = cur.ustats.get(k);
    if (!s) {
      s = computeUserspaceExitStats(cur.store, { by, syntheticTime: cur.syntheticTime, format: cur.info.format, ...(vcpu === undefined ? {} : { vcpu }) });
      cur.ustats.set(k, s);
    }
    return s;
  }

  private statsView(args: Record<string, unknown>): TraceStats {
    const by = enumArg(args, 'by', ['reason', 'reason+vcpu', 'reason+plane'] as const);
    const sort = enumArg(args, 'sort', ['samples', 'time', 'avg', 'max', 'min', 'name'] as const);
    const table = tableArg(args);
    const vcpu = args.vcpu === undefined ? undefined : intArg(args, 'vcpu', 0, 0x7fffffff);
    const toRow = (r: ExitStatRow): TraceStatRow => ({
      key: rowKey(r.reason, r.vcpu, r.plane), reason: r.reason, name: r.name, vcpu: r.vcpu ?? null, plane: r.plane ?? null,
      samples: r.samples, samplesPct: r.samplesPct, timed: r.timed, timeNs: r.timeNs, timePct: r.timePct,
      minNs: r.minNs, maxNs: r.maxNs, avgNs: r.avgNs, stddevPct: r.stddevPct,
    });
    if (table === 'userspace') {
      const u = this.userspaceFor(by, vcpu);
      return {
        table, source: u.source, isa: null, totalSamples: u.totalSamples, totalTimeNs: u.totalTimeNs, timed: u.timed, unpaired: u.unpaired,
        timeMeans: u.timeMeans, untimedWhy: u.untimedWhy, caveat: u.caveat, endMarkers: u.reentryMarkers, rows: sortRows(u.rows.map(toRow), sort),
      };
    }
    const s = this.statsFor(by, vcpu);
    const timed = s.rows.reduce((a, r) => a + r.timed, 0);
    return {
      table, source: s.rows.length ? 'kvm_exit' : null, isa: s.isa ?? null, totalSamples: s.totalSamples, totalTimeNs: s.totalTimeNs, timed, unpaired: s.unpaired,
      timeMeans: 'time in KVM and the VMM: from kvm_exit to the next kvm_entry of the vCPU',
      untimedWhy: s.totalSamples && !timed ? 'the trace has no kvm_entry after the exits' : null,
      caveat: null, endMarkers: timed ? ['kvm_entry'] : [], rows: sortRows(s.rows.map(toRow), sort),
    };
  }

  private instance(args: Record<string, unknown>): TraceInstance {
    const cur = this.need();
    const by = enumArg(args, 'by', ['reason', 'reason+vcpu', 'reason+plane'] as const);
    const table = tableArg(args);
    const key = args.key;
    const rows: (ExitStatRow | UserspaceExitStatRow)[] = table === 'userspace' ? this.userspaceFor(by).rows : this.statsFor(by).rows;
    const row = rows.find((r) => rowKey(r.reason, r.vcpu, r.plane) === key);
    if (!row) throw new PsError('PS502', `no ${table} stats row '${String(key)}' when grouped by ${by}`);
    const total = row.events.length;
    const n0 = intArg(args, 'n', -0x7fffffff, 0x7fffffff);
    const n = ((n0 % total) + total) % total; // cycles through the instances both ways
    const index = row.events[n]!;
    const store = cur.store;
    let durationNs: number | null;
    if ('reentries' in row) {
      // user-space exit: until the next KVM_RUN of its thread, when this trace can time it
      const end = row.reentries[n]!;
      durationNs = end >= 0 && !cur.syntheticTime && this.userspaceFor(by).timed > 0 ? store.ts[end]! - store.ts[index]! : null;
    } else {
      const flow = this.flowOf(index);
      const last = flow[flow.length - 1];
      durationNs = last && last.name === 'kvm_entry' && last.index > index ? last.ts - store.ts[index]! : null;
    }
    return {
      key: String(key), n, total, index, ts: store.ts[index]!, durationNs,
      lane: store.vcpuOf(index) >= 0 ? `vcpu:${store.vcpuOf(index)}` : `cpu:${store.cpu[index]}`,
    };
  }
}

function tableArg(args: Record<string, unknown>): TraceStatsTable {
  return args.table === undefined ? 'kvm_exit' : enumArg(args, 'table', ['kvm_exit', 'userspace'] as const);
}

// ---------------------------------------------------------------------------

function rowKey(reason: number, vcpu?: number, plane?: number): string {
  return `${reason}/${vcpu ?? ''}/${plane ?? ''}`;
}

/** Sorts stats rows: descending for numbers, ascending for names; ties by reason, vCPU, plane. */
export function sortRows(rows: TraceStatRow[], key: TraceStatsSort): TraceStatRow[] {
  const val = (r: TraceStatRow): number => key === 'samples' ? r.samples : key === 'time' ? r.timeNs : key === 'avg' ? r.avgNs : key === 'max' ? r.maxNs : r.minNs;
  return rows.sort((x, y) => (key === 'name' ? x.name.localeCompare(y.name) : val(y) - val(x))
    || x.reason - y.reason || (x.vcpu ?? 0) - (y.vcpu ?? 0) || (x.plane ?? 0) - (y.plane ?? 0));
}

/** Number of entries of idx (event indexes) whose time is < t. */
function lowerBoundIdx(ts: Float64Array, idx: Uint32Array, t: number): number {
  let lo = 0, hi = idx.length;
  while (lo < hi) { const m = (lo + hi) >>> 1; if (ts[idx[m]!]! < t) lo = m + 1; else hi = m; }
  return lo;
}

/** Number of entries of sorted idx that are <= x. */
function upperBound(idx: Uint32Array, x: number): number {
  let lo = 0, hi = idx.length;
  while (lo < hi) { const m = (lo + hi) >>> 1; if (idx[m]! <= x) lo = m + 1; else hi = m; }
  return lo;
}

function show(v: FieldValue): string {
  if (typeof v === 'bigint') return `0x${BigInt.asUintN(64, v).toString(16)}`;
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) > 9 ? `${v} (0x${(v < 0 ? v >>> 0 : v).toString(16)})` : String(v);
  return v;
}

function hexBytes(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length && i < 512; i++) s += (i ? (i % 16 ? ' ' : '\n') : '') + b[i]!.toString(16).padStart(2, '0');
  return b.length > 512 ? `${s}\n… (${b.length} bytes)` : s;
}

function intArg(args: Record<string, unknown>, key: string, min: number, max: number): number {
  const v = args[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new PsError('PS502', `'${key}' must be an integer in [${min}, ${max}], got ${JSON.stringify(v) ?? String(v)}`);
  }
  return v;
}

function numArg(args: Record<string, unknown>, key: string): number {
  const v = args[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new PsError('PS502', `'${key}' must be a finite number, got ${JSON.stringify(v) ?? String(v)}`);
  return v;
}

function enumArg<T extends string>(args: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const v = args[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new PsError('PS502', `'${key}' must be one of ${allowed.join(', ')}, got ${JSON.stringify(v) ?? String(v)}`);
  return v as T;
}

/** Picker line for a bundled trace file (engine/trace/testdata), by file name. */
export function traceSampleDescription(name: string): string {
  if (name.startsWith('lisa_')) return 'real trace.dat v6 from ARM LISA (6 CPUs, scheduler events, no KVM)';
  const scenario = name.replace(/\.v6/, '').replace(/\.trace\.dat(\.gz)?$/, '');
  const v6 = name.includes('.v6') ? ' (converted to v6)' : '';
  return `real KVM: lab scenario "${scenario}" on a PVM host${v6}; no kvm_entry/kvm_exit there (PVM emulates)`;
}
