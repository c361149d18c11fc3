/**
 * Draws the trace timeline on a 2D canvas from the engine's level-of-detail view. The view
 * may be older than the viewport (pan/zoom while the next view is computed): buckets are
 * re-projected onto the current window, so frames never wait for the engine. Runs of
 * buckets with the same colour are merged into one rectangle (a frame costs O(lanes × runs)).
 */
import type { TraceEventDetails, TraceInfo, TraceView } from '../../../engine/protocol.ts';
import { colorOf, STATE_COLORS } from './colors.ts';
import { formatAt, ticks, type Viewport } from './time.ts';

export const LABEL_W = 132;
export const AXIS_H = 30;
const CPU_H = 30, VCPU_H = 40, GAP = 6;
const STATE_KVM = 2;

export interface LaneBox { id: string; label: string; kind: 'cpu' | 'vcpu'; y: number; h: number; /** guest CPU lane of a merged guest trace */ guest?: boolean }

/** Vertical layout of the lanes (CSS px): host CPUs, a gap, then vCPUs (each followed by its plane and guest CPU lanes). */
export function layoutLanes(info: TraceInfo): { lanes: LaneBox[]; height: number } {
  let y = AXIS_H + 4;
  const lanes: LaneBox[] = [];
  let prev: string | null = null;
  for (const l of info.lanes) {
    // Guest CPU lanes belong to the vCPU group they follow: no group gap around them.
    const group = l.guest !== undefined ? 'vcpu' : l.kind;
    if (prev && prev !== group) y += GAP * 2;
    const h = l.kind === 'cpu' ? CPU_H : VCPU_H;
    lanes.push({ id: l.id, label: l.label, kind: l.kind, y, h, ...(l.guest !== undefined ? { guest: true } : {}) });
    y += h + GAP;
    prev = group;
  }
  return { lanes, height: y + 4 };
}

export interface DrawInput {
  ctx: CanvasRenderingContext2D;
  /** CSS px of the canvas. */
  width: number;
  height: number;
  dpr: number;
  info: TraceInfo;
  lanes: LaneBox[];
  viewport: Viewport;
  view: TraceView | null;
  /** Store type id → name. */
  typeNames: string[];
  /** kvm_exit reason code → name (from the stats table). */
  exitNames: ReadonlyMap<number, string>;
  details: TraceEventDetails | null;
  hoverX: number | null;
}

const BG = '#0d1117', LANE_BG = '#131922', LANE_BG2 = '#161d27', GRID = '#243041', TEXT = '#eef2f6', DIM = '#a7b4c2', ACCENT = '#58c4ff';

/** Draws one frame. */
export function drawTimeline(d: DrawInput): void {
  const { ctx, width, height, dpr, viewport: vp, lanes, view } = d;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = BG;
  ctx.fillRect(0, 0, width, height);
  const plotW = Math.max(1, width - LABEL_W);
  const span = vp.t1 - vp.t0;
  const X = (t: number): number => LABEL_W + ((t - vp.t0) / span) * plotW;

  // Lane backgrounds and the time grid.
  lanes.forEach((l, k) => {
    ctx.fillStyle = k % 2 ? LANE_BG2 : LANE_BG;
    ctx.fillRect(LABEL_W, l.y, plotW, l.h);
  });
  const tk = ticks(vp, plotW, d.info.t0);
  ctx.fillStyle = GRID;
  for (const t of tk.at) ctx.fillRect(Math.round(X(t)), AXIS_H, 1, height - AXIS_H);

  ctx.save();
  ctx.beginPath();
  ctx.rect(LABEL_W, 0, plotW, height);
  ctx.clip();
  if (view) drawView(d, X, plotW);
  drawSelection(d, X);
  ctx.restore();

  // Axis: labels relative to the trace start.
  ctx.fillStyle = '#1b2330';
  ctx.fillRect(0, 0, width, AXIS_H);
  ctx.fillStyle = GRID;
  ctx.fillRect(0, AXIS_H - 1, width, 1);
  ctx.font = '600 14px "DejaVu Sans Mono", ui-monospace, monospace';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = TEXT;
  for (const t of tk.at) {
    const x = X(t);
    ctx.fillRect(Math.round(x), AXIS_H - 8, 1, 8);
    ctx.fillText(`+${formatAt(t - d.info.t0, tk.step)}`, x + 4, AXIS_H / 2 - 1);
  }
  ctx.fillStyle = '#1b2330';
  ctx.fillRect(0, 0, LABEL_W, AXIS_H);
  ctx.fillStyle = DIM;
  ctx.font = '600 13px "DejaVu Sans", system-ui, sans-serif';
  ctx.fillText('time since start', 8, AXIS_H / 2);

  // Lane labels.
  ctx.font = '600 15px "DejaVu Sans", system-ui, sans-serif';
  for (const l of lanes) {
    ctx.fillStyle = '#1b2330';
    ctx.fillRect(0, l.y, LABEL_W - 4, l.h);
    ctx.fillStyle = l.guest ? '#c08cff' : l.kind === 'vcpu' ? '#3fcf6b' : ACCENT;
    ctx.fillRect(0, l.y, 4, l.h);
    ctx.fillStyle = TEXT;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, l.y, LABEL_W - 4, l.h);
    ctx.clip();
    const cut = l.guest ? l.label.indexOf(' (') : -1;
    if (cut > 0) {
      // "vm1 CPU 0 (vCPU 0, host PID 5000)": guest CPU above, the host thread running it below.
      ctx.fillText(l.label.slice(0, cut), 12, l.y + l.h * 0.3);
      ctx.font = '12px "DejaVu Sans", system-ui, sans-serif';
      ctx.fillStyle = '#9aa7b8';
      ctx.fillText(l.label.slice(cut + 2, -1).replace(', host PID ', ' · PID '), 12, l.y + l.h * 0.75);
      ctx.font = '600 15px "DejaVu Sans", system-ui, sans-serif';
    } else {
      ctx.fillText(l.label, 12, l.y + l.h / 2);
    }
    ctx.restore();
  }

  if (d.hoverX !== null && d.hoverX >= LABEL_W) {
    ctx.fillStyle = 'rgba(238,242,246,0.55)';
    ctx.fillRect(Math.round(d.hoverX), AXIS_H, 1, height - AXIS_H);
  }
}

function drawView(d: DrawInput, X: (t: number) => number, plotW: number): void {
  const { ctx, view, lanes } = d;
  if (!view) return;
  const W = view.width;
  const bw = (view.t1 - view.t0) / W;
  const laneOf = new Map(view.lanes.map((id, k) => [id, k]));
  const exact = new Set(view.exactLanes);
  let maxCount = 1;
  for (let i = 0; i < view.count.length; i++) if (view.count[i]! > maxCount) maxCount = view.count[i]!;
  const logMax = Math.log1p(maxCount);
  // Only buckets inside the window (re-projected view).
  const b0 = Math.max(0, Math.floor((d.viewport.t0 - view.t0) / bw) - 1);
  const b1 = Math.min(W, Math.ceil((d.viewport.t1 - view.t0) / bw) + 1);
  const bx = (b: number): number => X(view.t0 + b * bw);

  for (const l of lanes) {
    const k = laneOf.get(l.id);
    if (k === undefined) continue;
    const base = k * W;
    if (l.kind === 'vcpu') {
      const bandY = l.y + 4, bandH = l.h - 14;
      if (exact.has(k)) drawTransitions(d, k, l, X, bandY, bandH);
      else {
        // Majority run state per bucket.
        let b = b0;
        while (b < b1) {
          const s = view.state[base + b]!;
          let e = b + 1;
          while (e < b1 && view.state[base + e] === s) e++;
          if (s) {
            ctx.fillStyle = STATE_COLORS[s]!;
            const x0 = bx(b);
            ctx.fillRect(x0, bandY, Math.max(1, bx(e) - x0), bandH);
          }
          b = e;
        }
      }
      // Event ticks under the band.
      drawDensity(d, base, b0, b1, bx, l.y + l.h - 8, 6, false, logMax);
    } else {
      drawDensity(d, base, b0, b1, bx, l.y + 3, l.h - 6, true, logMax);
    }
  }
  void plotW;
}

/** Events per bucket as columns coloured by the dominant event type (height ~ log count when `scaled`). */
function drawDensity(d: DrawInput, base: number, b0: number, b1: number, bx: (b: number) => number, y: number, h: number, scaled: boolean, logMax: number): void {
  const { ctx, view } = d;
  const v = view!;
  let b = b0;
  while (b < b1) {
    const c = v.count[base + b]!;
    if (!c) { b++; continue; }
    const t = v.dominantType[base + b]!;
    const level = scaled ? Math.min(3, Math.floor((4 * Math.log1p(c)) / (logMax || 1))) : 3;
    let e = b + 1;
    while (e < b1 && v.count[base + e]! > 0 && v.dominantType[base + e] === t
      && (!scaled || Math.min(3, Math.floor((4 * Math.log1p(v.count[base + e]!)) / (logMax || 1))) === level)) e++;
    const hh = scaled ? h * (0.3 + 0.7 * ((level + 1) / 4)) : h;
    ctx.fillStyle = colorOf(d.typeNames[t] ?? '');
    const x0 = bx(b);
    ctx.fillRect(x0, y + h - hh, Math.max(1, bx(e) - x0), hh);
    b = e;
  }
}

/** Exact in-guest / in-KVM / in-VMM intervals of one vCPU lane, exit-reason strips and world-switch bridges. */
function drawTransitions(d: DrawInput, k: number, l: LaneBox, X: (t: number) => number, bandY: number, bandH: number): void {
  const { ctx, view, lanes } = d;
  const v = view!;
  const n = v.trIndex.length;
  let first = -1, count = 0;
  for (let j = 0; j < n; j++) if (v.trLane[j] === k) { if (first < 0) first = j; count++; }
  if (first < 0) return;
  const end = d.info.t1;
  for (let j = first; j < first + count; j++) {
    const s = v.trState[j]!;
    const t0 = v.trTs[j]!, t1 = j + 1 < first + count ? v.trTs[j + 1]! : end;
    const x0 = X(t0), x1 = X(t1);
    if (x1 < LABEL_W - 2 || x0 > X(d.viewport.t1) + 2) continue;
    ctx.fillStyle = STATE_COLORS[s] || '#333';
    ctx.fillRect(x0, bandY, Math.max(1, x1 - x0), bandH);
    if (s === STATE_KVM) {
      // The exit reason, as a strip on top of the handling interval.
      ctx.fillStyle = colorOf(d.exitNames.get(v.trArg0[j]!) ?? String(v.trArg0[j]));
      ctx.fillRect(x0, bandY, Math.max(1, x1 - x0), 5);
    }
  }
  // Bridges (KernelShark-style): the host CPU that ran the world switch, when not cluttered.
  if (count > 400) return;
  const byId = new Map(lanes.map((x) => [x.id, x]));
  ctx.lineWidth = 1;
  for (let j = first; j < first + count; j++) {
    const s = v.trState[j]!;
    const c = v.trCpuLane[j]!;
    if (c < 0 || (s !== 1 && s !== 2)) continue;
    const cl = byId.get(v.lanes[c]!);
    if (!cl) continue;
    const x = Math.round(X(v.trTs[j]!)) + 0.5;
    ctx.strokeStyle = s === 1 ? 'rgba(63,207,107,0.55)' : 'rgba(242,179,61,0.55)';
    ctx.beginPath();
    ctx.moveTo(x, cl.y + cl.h);
    ctx.lineTo(x, l.y);
    ctx.stroke();
  }
}

/** The selected event (a marker across the lanes) and its flow (exit → … → entry) as linked markers. */
function drawSelection(d: DrawInput, X: (t: number) => number): void {
  const det = d.details;
  if (!det) return;
  const { ctx, lanes } = d;
  const byId = new Map(lanes.map((x) => [x.id, x]));
  const x = Math.round(X(det.ts)) + 0.5;
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(x, AXIS_H);
  ctx.lineTo(x, d.height);
  ctx.stroke();
  ctx.setLineDash([]);
  const own = byId.get(det.vcpu >= 0 ? `vcpu:${det.vcpu}` : `cpu:${det.cpu}`);
  if (!own || det.flow.length < 2) return;
  const y = own.y + 2;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  det.flow.forEach((s, i) => { const fx = X(s.ts); if (i) ctx.lineTo(fx, y); else ctx.moveTo(fx, y); });
  ctx.stroke();
  ctx.font = '600 12px "DejaVu Sans", system-ui, sans-serif';
  ctx.textBaseline = 'bottom';
  let lastLabelX = -Infinity;
  det.flow.forEach((s, i) => {
    const fx = X(s.ts);
    ctx.beginPath();
    if (i) { ctx.moveTo(fx, y); ctx.lineTo(fx - 7, y - 4); ctx.lineTo(fx - 7, y + 4); ctx.closePath(); ctx.fill(); }
    else { ctx.arc(fx, y, 4, 0, Math.PI * 2); ctx.fill(); }
    if (fx - lastLabelX > 90) {
      ctx.fillText(s.name.replace(/^kvm_/, ''), fx + 3, y - 3);
      lastLabelX = fx;
    }
  });
  ctx.textBaseline = 'middle';
}
