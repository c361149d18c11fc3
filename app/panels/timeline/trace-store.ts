/**
 * The trace workspace's UI state (its own zustand store, beside the recording's app store):
 * the open trace, import progress, the visible time window, the selected event and the
 * stats table. Everything computed comes from the engine (engine/session/trace.ts).
 *
 * User files are read into an ArrayBuffer that is *transferred* to the engine; the store
 * keeps only the File (a Blob, backed by the browser, not a copy) to reopen the trace after
 * an engine restart (crash, or a cancelled import).
 */
import { create } from 'zustand';
import type { TraceEventDetails, TraceInfo, TraceInstance, TraceSampleInfo, TraceStatRow, TraceStats, TraceStatsGrouping, TraceStatsSort } from '../../../engine/protocol.ts';
import { EngineError } from '../../../engine/protocol.ts';
import { engine, onEngineNotice } from '../../engine.ts';
import { useApp } from '../../store/index.ts';
import { centreOn, clampViewport, type Viewport } from './time.ts';
import { nextInstance } from '../trace-stats/cursor.ts';

type Source =
  | { kind: 'sample'; name: string }
  | { kind: 'file'; name: string; blob: Blob }
  /** A host trace with merged guest traces (host first); or a sample plus guests. */
  | { kind: 'files'; name: string; blobs: { name: string; blob: Blob }[]; sample?: string };

export interface TraceUiError { code: string; message: string }

export interface TraceState {
  samples: TraceSampleInfo[];
  info: TraceInfo | null;
  source: Source | null;
  /** Set while an import runs. */
  loading: { name: string; done: number; total: number } | null;
  /** A request failed (the trace's own import error is `info.error`). */
  failure: TraceUiError | null;
  notice: string | null;
  viewport: Viewport | null;
  selected: number | null;
  details: TraceEventDetails | null;
  statsBy: TraceStatsGrouping;
  statsSort: TraceStatsSort;
  stats: TraceStats | null;
  /** Next instance to show per stats row key (row clicks cycle through the instances). */
  cursor: Record<string, number>;
  instance: TraceInstance | null;

  init(): Promise<void>;
  openSample(name: string): Promise<void>;
  openFile(file: File): Promise<void>;
  /** Opens several files at once: a host trace.dat and its guests' (merged on one time axis). */
  openFiles(files: File[]): Promise<void>;
  /** Merges a guest trace.dat into the open (host) trace. */
  addGuest(file: File): Promise<void>;
  cancel(): Promise<void>;
  setViewport(v: Viewport): void;
  select(index: number | null): Promise<void>;
  setStats(by: TraceStatsGrouping, sort: TraceStatsSort): Promise<void>;
  jumpToRow(row: TraceStatRow, step?: 1 | -1): Promise<void>;
  /** Centres the timeline on a stats row's instance (an exit and its handling) and selects it. */
  showInstance(inst: TraceInstance): Promise<void>;
  dismiss(): void;
  /** Drops the trace (engine memory too): the shell calls it when a recording or program is opened instead. */
  close(): Promise<void>;
}

function uiError(e: unknown): TraceUiError {
  if (e instanceof EngineError) return { code: e.code, message: e.message };
  return { code: 'PS503', message: e instanceof Error ? e.message : String(e) };
}

/** Shows the trace panels in their areas (timeline, stats, details). */
function showTracePanels(): void {
  const app = useApp.getState();
  app.setTab('main', 'timeline');
  app.setTab('bottom', 'trace-stats');
  app.setTab('right', 'event-details');
}

let initialised = false;

export const useTrace = create<TraceState>()((set, get) => {
  /** Shows an import result: the cancelled banner says how much was kept. */
  function noticeFor(info: TraceInfo): string | null {
    return info.cancelled ? `Import of ${info.name} cancelled after ${info.events.toLocaleString('en-US')} events` : null;
  }

  /** Imports `src`; `bytes` (already read, one per file) are transferred to the engine. */
  async function open(src: Source, bytes?: Uint8Array[]): Promise<void> {
    set({ loading: { name: src.name, done: 0, total: bytes?.reduce((a, b) => a + b.length, 0) ?? 0 }, failure: null, notice: null });
    // The trace becomes the open workspace as soon as its import starts (progress and Cancel show in it).
    useApp.setState({ front: 'trace' });
    showTracePanels();
    try {
      let info: TraceInfo;
      if (src.kind === 'sample') info = await engine.request('traceOpen', { kind: 'sample', name: src.name });
      else if (src.kind === 'file') info = await engine.request('traceOpen', { kind: 'file', name: src.name, bytes: bytes![0]! }, [bytes![0]!.buffer as ArrayBuffer]);
      else if (src.sample) {
        // A built-in host sample plus guest files: reopen the sample, then merge each guest.
        info = await engine.request('traceOpen', { kind: 'sample', name: src.sample });
        for (let k = 0; k < src.blobs.length && !info.cancelled; k++) {
          info = await engine.request('traceAddGuest', { name: src.blobs[k]!.name, bytes: bytes![k]! }, [bytes![k]!.buffer as ArrayBuffer]);
        }
      } else {
        info = await engine.request('traceOpen', { kind: 'files', files: src.blobs.map((b, k) => ({ name: b.name, bytes: bytes![k]! })) }, bytes!.map((b) => b.buffer as ArrayBuffer));
      }
      if (useApp.getState().front !== 'trace') {
        // A recording or program was opened while this imported: it is not wanted any more.
        set({ loading: null });
        await get().close();
        return;
      }
      set({ notice: noticeFor(info) });
      set({
        info, source: src, loading: null, selected: null, details: null, stats: null, cursor: {}, instance: null,
        viewport: info.events ? { t0: info.t0, t1: Math.max(info.t1, info.t0 + 1000) } : null,
      });
      await get().setStats(get().statsBy, get().statsSort);
    } catch (e) {
      // A restart (cancel) rejects the request with PS501; cancel() reports that itself.
      if (get().loading) set({ loading: null, failure: uiError(e) });
    }
  }

  async function reopen(src: Source): Promise<void> {
    if (src.kind === 'sample') return open(src);
    if (src.kind === 'file') return open(src, [new Uint8Array(await src.blob.arrayBuffer())]);
    return open(src, await Promise.all(src.blobs.map(async (b) => new Uint8Array(await b.blob.arrayBuffer()))));
  }

  return {
    samples: [],
    info: null,
    source: null,
    loading: null,
    failure: null,
    notice: null,
    viewport: null,
    selected: null,
    details: null,
    statsBy: 'reason',
    statsSort: 'samples',
    stats: null,
    cursor: {},
    instance: null,

    async init() {
      if (initialised) return;
      initialised = true;
      onEngineNotice((n) => {
        const l = get().loading;
        if (l) set({ loading: { ...l, done: n.done, total: n.total } });
      });
      engine.on((e) => {
        // After a crash the engine has no trace: reopen ours (requests wait for the new engine).
        const src = get().source;
        if (e.type === 'crashed' && src && !get().loading) {
          set({ notice: 'Engine restarted: reopening the trace' });
          void reopen(src);
        }
      });
      try {
        set({ samples: await engine.request('traceSamples', {}) });
      } catch (e) {
        set({ failure: uiError(e) });
      }
    },

    openSample: (name) => open({ kind: 'sample', name }),

    async openFile(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await open({ kind: 'file', name: file.name, blob: file }, [bytes]);
    },

    async openFiles(files) {
      if (files.length === 1) return get().openFile(files[0]!);
      const bytes = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
      await open({ kind: 'files', name: files.map((f) => f.name).join(' + '), blobs: files.map((f) => ({ name: f.name, blob: f })) }, bytes);
    },

    async addGuest(file) {
      const src = get().source;
      if (!src || !get().info || get().loading) return;
      const guest = { name: file.name, blob: file as Blob };
      const bytes = new Uint8Array(await file.arrayBuffer());
      const next: Source = src.kind === 'sample' ? { kind: 'files', name: `${src.name} + ${file.name}`, blobs: [guest], sample: src.name }
        : src.kind === 'file' ? { kind: 'files', name: `${src.name} + ${file.name}`, blobs: [{ name: src.name, blob: src.blob }, guest] }
          : { ...src, name: `${src.name} + ${file.name}`, blobs: [...src.blobs, guest] };
      set({ loading: { name: file.name, done: 0, total: bytes.length }, failure: null, notice: null });
      try {
        const info = await engine.request('traceAddGuest', { name: file.name, bytes }, [bytes.buffer as ArrayBuffer]);
        set({
          info, source: next, loading: null, notice: noticeFor(info), selected: null, details: null, stats: null, cursor: {}, instance: null,
          viewport: info.events ? { t0: info.t0, t1: Math.max(info.t1, info.t0 + 1000) } : null,
        });
        await get().setStats(get().statsBy, get().statsSort);
      } catch (e) {
        if (get().loading) set({ loading: null, failure: uiError(e) });
      }
    },

    async cancel() {
      const l = get().loading;
      if (!l) return;
      // The engine's import yields between chunks: it stops at the next one and the pending
      // traceOpen resolves with the events read so far (info.cancelled, see open()).
      try {
        await engine.request('traceCancel', {});
      } catch (e) {
        set({ failure: uiError(e) });
      }
    },

    setViewport(v) {
      const info = get().info;
      if (!info) return;
      set({ viewport: clampViewport(v, info.t0, Math.max(info.t1, info.t0 + 1000)) });
    },

    async select(index) {
      if (index === null || index < 0) { set({ selected: null, details: null }); return; }
      set({ selected: index });
      try {
        const details = await engine.request('traceEvent', { index });
        if (get().selected === index) set({ details });
      } catch (e) {
        set({ failure: uiError(e) });
      }
    },

    async setStats(by, sort) {
      // Instance cursors belong to rows of one grouping.
      if (by !== get().statsBy) set({ cursor: {} });
      set({ statsBy: by, statsSort: sort });
      if (!get().info) return;
      try {
        const stats = await engine.request('traceStats', { by, sort });
        if (get().statsBy === by && get().statsSort === sort) set({ stats });
      } catch (e) {
        set({ failure: uiError(e) });
      }
    },

    async jumpToRow(row, step = 1) {
      const { cursor, statsBy, info } = get();
      if (!info) return;
      try {
        const inst = await engine.request('traceInstance', { key: row.key, by: statsBy, n: nextInstance(cursor[row.key], step) });
        set({ instance: inst, cursor: { ...get().cursor, [row.key]: inst.n } });
        await get().showInstance(inst);
      } catch (e) {
        set({ failure: uiError(e) });
      }
    },

    async showInstance(inst) {
      // the exit and what handled it, with context: 6× its duration, at least 20 µs
      const span = Math.max(20_000, (inst.durationNs ?? 2_000) * 6);
      get().setViewport(centreOn(inst.ts + (inst.durationNs ?? 0) / 2, span));
      useApp.getState().setTab('main', 'timeline');
      await get().select(inst.index);
    },

    dismiss: () => set({ failure: null, notice: null }),

    async close() {
      if (get().loading) { await get().cancel(); return; } // open() closes when the cancelled import returns
      const had = get().info !== null;
      set({ info: null, source: null, failure: null, notice: null, viewport: null, selected: null, details: null, stats: null, cursor: {}, instance: null });
      if (had) await engine.request('traceClose', {}).catch(() => {});
    },
  };
});

// Leaving the trace workspace (a recording or program opened) closes the trace.
let lastFront = useApp.getState().front;
useApp.subscribe((s) => {
  if (s.front === lastFront) return;
  const was = lastFront;
  lastFront = s.front;
  if (was === 'trace') void useTrace.getState().close();
});
