/**
 * The trace timeline panel: the open trace's summary and "Add guest trace…" (traces are opened
 * from the shell: Workspace picker, Open file…, or a file dropped anywhere on the window), import
 * progress with cancel, the import error banner, the canvas and its legend.
 *
 * Controls: wheel zooms around the pointer (Shift+wheel or horizontal wheel pans), drag pans,
 * W/S zoom in/out, A/D pan (Perfetto's keys), F fits the whole trace; hover shows the event
 * under the pointer; click selects it (details panel). Views are fetched from the engine at
 * the canvas' device-pixel width, one request in flight; frames re-project the last view.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TracePick, TraceView } from '../../../engine/protocol.ts';
import { engine } from '../../engine.ts';
import { colorOf, STATE_COLORS, STATE_NAMES } from './colors.ts';
import { AXIS_H, drawTimeline, LABEL_W, layoutLanes } from './render.ts';
import { formatDuration, pan, zoomAt } from './time.ts';
import { useTrace } from './trace-store.ts';

/** Frame statistics for the benchmark (e2e/bench-timeline.ts reads them). */
interface FrameLog { draws: number[]; views: number }
const frameLog: FrameLog = ((globalThis as unknown as { __psTimeline?: FrameLog }).__psTimeline ??= { draws: [], views: 0 });

function typing(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return !['checkbox', 'radio', 'button', 'file'].includes((el as HTMLInputElement).type);
  return el.isContentEditable || ['TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest?.('.monaco-editor');
}

export function TimelinePanel() {
  const info = useTrace((s) => s.info);
  useEffect(() => { void useTrace.getState().init(); }, []);
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="timeline-panel">
      <TraceBar />
      <ImportState />
      {info && info.events > 0 ? <TimelineCanvas /> : <EmptyState />}
    </div>
  );
}

function TraceBar() {
  const info = useTrace((s) => s.info);
  const guestFile = useRef<HTMLInputElement>(null);
  const loading = useTrace((s) => s.loading);
  // Which trace is open is chosen in the shell (Workspace picker, Open file…, drop); this bar adds guests.
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-3 border-b border-edge px-3 py-2 text-[14px]">
      {info && !loading ? (
        <button
          data-testid="trace-add-guest"
          title="Merge a guest trace.dat recorded with this host trace (trace-cmd record -A): GUEST + TIME_SHIFT options put it on the host's time axis"
          onClick={() => guestFile.current?.click()}
          className="rounded-md border border-edge bg-head px-3 py-1.5 text-fg hover:border-accent"
        >
          Add guest trace…
        </button>
      ) : null}
      <input
        ref={guestFile}
        data-testid="trace-guest-input"
        type="file"
        className="hidden"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void useTrace.getState().addGuest(f);
        }}
      />
      {info ? (
        <span className="text-dim" data-testid="trace-summary">
          <b className="text-fg">{info.name}</b> · {info.format}{info.wrapper ? ` (${info.wrapper})` : ''} · {info.events.toLocaleString('en-US')} events
          {info.exitIsa ? ` · ${info.exitIsa.toUpperCase()} exits ${info.exits.toLocaleString('en-US')}` : ' · no kvm_exit'}
          {info.guests.length ? <span data-testid="trace-guests"> · guests: {info.guests.map((g) => `${g.name} (${g.file}${g.timeShifted ? '' : ', no TIME_SHIFT'})`).join(', ')}</span> : null}
          {info.synthetic ? <span className="ml-2 rounded bg-warn/20 px-1.5 py-0.5 font-bold text-warn" data-testid="synthetic-badge">SYNTHETIC</span> : null}
        </span>
      ) : null}
      <span className="ml-auto text-[13px] text-faint">wheel/W S zoom · drag/A D pan · F fit · drop a file (or host + guest files) to open</span>
    </div>
  );
}

function ImportState() {
  const loading = useTrace((s) => s.loading);
  const info = useTrace((s) => s.info);
  const failure = useTrace((s) => s.failure);
  const notice = useTrace((s) => s.notice);
  const pct = loading && loading.total ? Math.min(100, (100 * loading.done) / loading.total) : 0;
  return (
    <>
      {loading ? (
        <div className="flex shrink-0 items-center gap-3 border-b border-edge bg-head px-3 py-2 text-[14px]" data-testid="trace-progress" role="status">
          <span>Importing <b>{loading.name}</b>…</span>
          <div className="h-3 w-64 overflow-hidden rounded bg-bg" role="progressbar" aria-valuenow={Math.round(pct)} aria-valuemin={0} aria-valuemax={100}>
            <div className="h-full bg-accent" style={{ width: `${pct}%` }} />
          </div>
          <span className="font-mono text-dim">{loading.total ? `${(loading.done / 1048576).toFixed(1)} / ${(loading.total / 1048576).toFixed(1)} MiB` : ''}</span>
          <button data-testid="trace-cancel" onClick={() => void useTrace.getState().cancel()} className="rounded-md border border-fail/60 px-3 py-1 text-fg hover:bg-fail/20">Cancel</button>
        </div>
      ) : null}
      {info?.error && info.cancelled ? (
        <div role="status" data-testid="trace-cancelled" className="shrink-0 border-b border-warn/60 bg-warn/15 px-3 py-2 text-[14px]">
          Import cancelled after <b>{info.events.toLocaleString('en-US')}</b> events: showing what was read.
        </div>
      ) : info?.error ? (
        <div role="alert" data-testid="trace-error" data-code={info.error.code} className="shrink-0 border-b border-fail/60 bg-fail/15 px-3 py-2 text-[14px]">
          <span className="mr-2 font-mono font-bold text-fail">{info.error.code}</span>
          {info.error.message.replace(/^PS\d{3}\s*/, '')}
          <div className="text-dim" data-testid="trace-partial">Showing {info.events.toLocaleString('en-US')} events read before the error.</div>
        </div>
      ) : null}
      {failure || notice ? (
        <div role={failure ? 'alert' : 'status'} data-testid={failure ? 'trace-failure' : 'trace-notice'} className={`flex shrink-0 items-start gap-3 border-b px-3 py-2 text-[14px] ${failure ? 'border-fail/60 bg-fail/15' : 'border-accent/60 bg-accent/10'}`}>
          {failure ? <span className="font-mono font-bold text-fail">{failure.code}</span> : null}
          <span className="flex-1">{failure ? failure.message.replace(/^PS\d{3}\s*/, '') : notice}</span>
          <button onClick={() => useTrace.getState().dismiss()} className="text-dim hover:text-fg" aria-label="dismiss">✕</button>
        </div>
      ) : null}
    </>
  );
}

function EmptyState() {
  const info = useTrace((s) => s.info);
  const loading = useTrace((s) => s.loading);
  if (loading) return <div className="flex-1" />;
  return (
    <div className="flex flex-1 items-center justify-center p-6 text-center text-[16px] text-dim" data-testid="timeline-empty">
      {info ? 'This trace has no events.' : (
        <div>
          Open a trace: <b className="text-fg">trace.dat</b> (v6/v7, zlib/zstd), tracefs or <code>trace-cmd report</code> text, <code>perf script</code>.
          <br />Pick a built-in trace under Workspace (Traces), use “Open file…”, or drop a file on the window.
          <br /><span className="text-faint">The lab traces come from a PVM host without kvm_entry/kvm_exit; “synthetic-exits” shows in-guest intervals.</span>
        </div>
      )}
    </div>
  );
}

function TimelineCanvas() {
  const info = useTrace((s) => s.info)!;
  const viewport = useTrace((s) => s.viewport)!;
  const details = useTrace((s) => s.details);
  const stats = useTrace((s) => s.stats);
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ w: 800, h: 300, dpr: 1 });
  const [view, setView] = useState<TraceView | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; pick: TracePick | null; lane: string; t: number } | null>(null);
  const layout = useMemo(() => layoutLanes(info), [info]);
  const typeNames = useMemo(() => info.types.map((t) => t.name), [info]);
  const exitNames = useMemo(() => new Map((stats?.rows ?? []).map((r) => [r.reason, r.name])), [stats]);
  const height = Math.max(size.h, layout.height);

  // Canvas size follows the panel (device pixels for crisp lines).
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ w: Math.max(200, el.clientWidth), h: Math.max(100, el.clientHeight), dpr: window.devicePixelRatio || 1 }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // View requests: at most one in flight; the latest viewport wins.
  const fetching = useRef<{ busy: boolean; again: boolean }>({ busy: false, again: false });
  const fetchView = useCallback(async () => {
    const f = fetching.current;
    if (f.busy) { f.again = true; return; }
    f.busy = true;
    try {
      do {
        f.again = false;
        const vp = useTrace.getState().viewport;
        if (!vp) break;
        const width = Math.min(4096, Math.max(1, Math.round((size.w - LABEL_W) * size.dpr)));
        const v = await engine.request('traceView', { t0: vp.t0, t1: vp.t1, width });
        frameLog.views++;
        setView(v);
      } while (f.again);
    } catch {
      // The engine restarted or the trace changed: the next viewport change fetches again.
    } finally {
      f.busy = false;
    }
  }, [size.w, size.dpr]);
  useEffect(() => { setView(null); }, [info]);
  useEffect(() => { void fetchView(); }, [viewport, fetchView, info]);

  // Draw on the next animation frame whenever an input changes.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const id = requestAnimationFrame(() => {
      const ctx = c.getContext('2d');
      if (!ctx) return;
      const t = performance.now();
      drawTimeline({ ctx, width: size.w, height, dpr: size.dpr, info, lanes: layout.lanes, viewport, view, typeNames, exitNames, details, hoverX: hover?.x ?? null });
      frameLog.draws.push(performance.now() - t);
      if (frameLog.draws.length > 20000) frameLog.draws.splice(0, 10000);
    });
    return () => cancelAnimationFrame(id);
  }, [size, height, info, layout, viewport, view, typeNames, exitNames, details, hover?.x]);

  const timeAt = useCallback((x: number): number => {
    const vp = useTrace.getState().viewport!;
    return vp.t0 + ((x - LABEL_W) / Math.max(1, size.w - LABEL_W)) * (vp.t1 - vp.t0);
  }, [size.w]);
  const laneAt = (y: number) => layout.lanes.find((l) => y >= l.y && y < l.y + l.h) ?? null;

  // Wheel: zoom around the pointer; horizontal or Shift: pan. Non-passive to keep the page still.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const st = useTrace.getState();
      const vp = st.viewport;
      if (!vp) return;
      const dx = e.shiftKey ? e.deltaY : e.deltaX;
      if (Math.abs(dx) > Math.abs(e.deltaY) || e.shiftKey) st.setViewport(pan(vp, dx / Math.max(1, size.w - LABEL_W)));
      else st.setViewport(zoomAt(vp, Math.exp(e.deltaY * 0.0025), timeAt(e.offsetX)));
    };
    c.addEventListener('wheel', onWheel, { passive: false });
    return () => c.removeEventListener('wheel', onWheel);
  }, [size.w, timeAt]);

  // Keyboard: W/S zoom, A/D pan, F fit (while the timeline is shown).
  const pointerX = useRef<number | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const st = useTrace.getState();
      const vp = st.viewport;
      if (!vp || !st.info) return;
      const at = pointerX.current !== null ? timeAt(pointerX.current) : (vp.t0 + vp.t1) / 2;
      const k = e.key.toLowerCase();
      if (k === 'w') st.setViewport(zoomAt(vp, 0.8, at));
      else if (k === 's') st.setViewport(zoomAt(vp, 1.25, at));
      else if (k === 'a') st.setViewport(pan(vp, -0.15));
      else if (k === 'd') st.setViewport(pan(vp, 0.15));
      else if (k === 'f') st.setViewport({ t0: st.info.t0, t1: st.info.t1 + 1 });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [timeAt]);

  // Drag to pan; a click without movement picks.
  const drag = useRef<{ x: number; t0: number; t1: number; moved: boolean } | null>(null);
  const picking = useRef(false);
  const pickAt = useCallback(async (x: number, y: number): Promise<TracePick | null> => {
    const lane = laneAt(y);
    if (!lane || x < LABEL_W) return null;
    const vp = useTrace.getState().viewport!;
    const slop = (6 * (vp.t1 - vp.t0)) / Math.max(1, size.w - LABEL_W);
    try {
      return await engine.request('tracePick', { t: timeAt(x), lane: lane.id, slop });
    } catch {
      return null;
    }
  }, [layout, size.w, timeAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const onMove = async (e: React.MouseEvent<HTMLCanvasElement>) => {
    const x = e.nativeEvent.offsetX, y = e.nativeEvent.offsetY;
    pointerX.current = x;
    const d = drag.current;
    if (d) {
      const dx = x - d.x;
      if (Math.abs(dx) > 3) d.moved = true;
      if (d.moved) {
        const dt = (-dx / Math.max(1, size.w - LABEL_W)) * (d.t1 - d.t0);
        useTrace.getState().setViewport({ t0: d.t0 + dt, t1: d.t1 + dt });
      }
      return;
    }
    const lane = laneAt(y);
    if (!lane || x < LABEL_W) { setHover(null); return; }
    setHover((h) => ({ x, y, pick: h?.lane === lane.id ? h.pick : null, lane: lane.id, t: timeAt(x) }));
    if (picking.current) return;
    picking.current = true;
    const p = await pickAt(x, y);
    picking.current = false;
    setHover((h) => (h && h.lane === lane.id ? { ...h, pick: p } : h));
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <Legend />
      <div ref={wrap} className="relative min-h-0 flex-1 overflow-y-auto overflow-x-hidden" data-testid="timeline">
        <canvas
          ref={canvas}
          data-testid="timeline-canvas"
          width={Math.round(size.w * size.dpr)}
          height={Math.round(height * size.dpr)}
          style={{ width: size.w, height, display: 'block', cursor: drag.current?.moved ? 'grabbing' : 'crosshair' }}
          tabIndex={0}
          aria-label="trace timeline: W/S zoom, A/D pan, click selects an event"
          onMouseDown={(e) => { const vp = useTrace.getState().viewport!; drag.current = { x: e.nativeEvent.offsetX, t0: vp.t0, t1: vp.t1, moved: false }; }}
          onMouseUp={async (e) => {
            const d = drag.current;
            drag.current = null;
            if (d && !d.moved) {
              const p = await pickAt(e.nativeEvent.offsetX, e.nativeEvent.offsetY);
              void useTrace.getState().select(p && p.index >= 0 ? p.index : null);
            }
          }}
          onMouseMove={(e) => void onMove(e)}
          onMouseLeave={() => { drag.current = null; pointerX.current = null; setHover(null); }}
        />
        {hover ? <Tooltip hover={hover} width={size.w} /> : null}
        <div className="sr-only" data-testid="timeline-state" data-t0={viewport.t0} data-t1={viewport.t1} data-view-lanes={view?.lanes.join(',') ?? ''} data-exact={view?.exactLanes.length ?? 0} />
      </div>
    </div>
  );
}

function Tooltip({ hover, width }: { hover: { x: number; y: number; pick: TracePick | null; t: number }; width: number }) {
  const info = useTrace((s) => s.info)!;
  const p = hover.pick;
  const left = hover.x + 16 + 340 > width ? hover.x - 356 : hover.x + 16;
  return (
    <div
      data-testid="timeline-tooltip"
      className="pointer-events-none absolute z-10 w-[340px] rounded-md border border-edge bg-head/95 px-3 py-2 text-[14px] shadow-lg"
      style={{ left, top: Math.max(AXIS_H, hover.y + 14) }}
    >
      <div className="font-mono text-dim">+{formatDuration(hover.t - info.t0)}</div>
      {p && p.index >= 0 ? (
        <>
          <div className="font-semibold text-fg">{p.label}</div>
          <div className="text-dim">{p.count > 1 ? `${p.count} events within ±6 px · ` : ''}event #{p.index}</div>
        </>
      ) : <div className="text-dim">no event here</div>}
      {p?.interval ? (
        <div className="mt-1 flex items-center gap-2">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ background: STATE_COLORS[p.interval.state] || '#555' }} />
          {STATE_NAMES[p.interval.state]} for {formatDuration(p.interval.to - p.interval.from)}
        </div>
      ) : null}
    </div>
  );
}

function Legend() {
  const info = useTrace((s) => s.info)!;
  const stats = useTrace((s) => s.stats);
  const types = info.types.filter((t) => t.count > 0).sort((a, b) => b.count - a.count).slice(0, 10);
  const reasons = [...new Set((stats?.rows ?? []).map((r) => r.name))].slice(0, 8);
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-1 border-b border-edge px-3 py-1.5 text-[13px]" data-testid="timeline-legend">
      {info.hasEntries ? [1, 2, 3].map((s) => (
        <span key={s} className="flex items-center gap-1.5"><span className="inline-block h-3 w-5 rounded-sm" style={{ background: STATE_COLORS[s] }} />{STATE_NAMES[s]}</span>
      )) : <span className="text-faint">no kvm_entry in this trace: no in-guest intervals</span>}
      <span className="text-faint">|</span>
      {types.map((t) => (
        <span key={t.id} className="flex items-center gap-1.5"><span className="inline-block h-3 w-3 rounded-sm" style={{ background: colorOf(t.name) }} />{t.name}</span>
      ))}
      {reasons.length ? <span className="text-faint">| exit reason (strip on KVM time):</span> : null}
      {reasons.map((name) => (
        <span key={name} className="flex items-center gap-1.5"><span className="inline-block h-1.5 w-5" style={{ background: colorOf(name) }} />{name}</span>
      ))}
    </div>
  );
}
