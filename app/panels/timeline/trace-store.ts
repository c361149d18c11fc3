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

type Source = { kind: 'sample'; name: string } | { kind: 'file'; name: string; blob: Blob };

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
  cancel(): Promise<void>;
  setViewport(v: Viewport): void;
  select(index: number | null): Promise<void>;
  setStats(by: TraceStatsGrouping, sort: TraceStatsSort): Promise<void>;
  jumpToRow(row: TraceStatRow, step?: 1 | -1): Promise<void>;
  dismiss(): void;
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
  /** Imports `src`; `bytes` (already read) are transferred to the engine. */
  async function open(src: Source, bytes?: Uint8Array): Promise<void> {
    set({ loading: { name: src.name, done: 0, total: bytes?.length ?? 0 }, failure: null, notice: null });
    showTracePanels();
    try {
      const info = src.kind === 'sample'
        ? await engine.request('traceOpen', { kind: 'sample', name: src.name })
        : await engine.request('traceOpen', { kind: 'file', name: src.name, bytes: bytes! }, [bytes!.buffer as ArrayBuffer]);
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
    return open(src, new Uint8Array(await src.blob.arrayBuffer()));
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
      await open({ kind: 'file', name: file.name, blob: file }, bytes);
    },

    async cancel() {
      const l = get().loading;
      if (!l) return;
      set({ loading: null, notice: `Import of ${l.name} cancelled` });
      // A running import is synchronous inside the engine: replace the engine; the recording
      // workspace is restored by the client, the previous trace here.
      await engine.restart(`import of ${l.name} cancelled`);
      const prev = get().source;
      set({ info: null, viewport: null, stats: null, details: null, selected: null });
      if (prev) await reopen(prev);
      set({ notice: `Import of ${l.name} cancelled` });
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
      const n = cursor[row.key] ?? (step > 0 ? 0 : -1);
      try {
        const inst = await engine.request('traceInstance', { key: row.key, by: statsBy, n });
        set({ instance: inst, cursor: { ...get().cursor, [row.key]: inst.n + step } });
        // Show the exit and its handling with context: 6× its duration, at least 20 µs.
        const span = Math.max(20_000, (inst.durationNs ?? 2_000) * 6);
        get().setViewport(centreOn(inst.ts + (inst.durationNs ?? 0) / 2, span));
        useApp.getState().setTab('main', 'timeline');
        await get().select(inst.index);
      } catch (e) {
        set({ failure: uiError(e) });
      }
    },

    dismiss: () => set({ failure: null, notice: null }),
  };
});
