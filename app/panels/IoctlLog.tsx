/**
 * The ioctl log: every ioctl of the recording with its decoded argument, real KVM's result,
 * the engine's result and the conformance status. Virtualized (fixed row height; only
 * visible rows are rendered and fetched, by range), so 10⁵ rows scroll smoothly.
 * Click a row to go to the state right after that ioctl (forward or backward).
 */
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../store/index.ts';
import { selectKind } from '../store/kind.ts';
import { engine } from '../engine.ts';
import { VirtualRows } from '../components/VirtualRows.tsx';
import { StatusBadge } from './status.tsx';
import type { LogRow } from '../../engine/protocol.ts';

export const LOG_ROW_HEIGHT = 30;
const COLS = 'grid grid-cols-[3.25rem_3.25rem_5.5rem_minmax(10rem,17rem)_minmax(6rem,1fr)_minmax(5.5rem,9rem)_3.75rem] gap-x-2.5 items-center px-2';

function result(ret: number, errno: string | null): string {
  return errno ? `-1 ${errno}` : String(ret);
}

function Row({ r, current, selected, onPick }: { r: LogRow | undefined; current: boolean; selected: boolean; onPick(row: number): void }) {
  if (!r) return <div className={`${COLS} h-full text-faint`}>…</div>;
  const engineDiffers = r.actualRet !== null && (r.actualRet !== r.ret || (r.actualErrno ?? null) !== r.errno);
  return (
    <button
      data-row={r.row}
      data-seq={r.seq}
      data-current={current || undefined}
      onClick={() => onPick(r.row)}
      className={`${COLS} h-full w-full border-b border-edge/60 text-left font-mono text-[14px] ${
        r.status === 'pending' ? 'text-dim' : 'text-fg'
      } ${selected ? 'bg-accent/20' : current ? 'bg-head' : 'hover:bg-head/70'} ${current ? 'shadow-[inset_3px_0_0_var(--color-accent)]' : ''}`}
    >
      <span className="text-right text-dim tabular-nums">{r.row + 1}</span>
      <span className="text-right text-dim tabular-nums">{r.seq}</span>
      <span className="truncate" title={`fd ${r.fd} (${r.fdKind})${r.process !== 'main' ? ` from ${r.process}` : ''}`}>
        {r.fd} <span className="text-dim">{r.fdKind}</span>
      </span>
      <span className="truncate font-semibold" title={`${r.req} (${r.nr})`}>{r.req}</span>
      <span className="truncate text-dim" title={r.args}>{r.args}</span>
      <span className={`truncate tabular-nums ${r.errno ? 'text-warn' : ''}`} title={engineDiffers ? `engine: ${result(r.actualRet ?? 0, r.actualErrno)}` : undefined}>
        {result(r.ret, r.errno)}
        {engineDiffers ? <span className="text-fail"> ≠ {result(r.actualRet ?? 0, r.actualErrno)}</span> : null}
      </span>
      <StatusBadge status={r.status} title={r.skipReason ?? (r.mismatches.length ? r.mismatches.map((m) => `${m.what}: expected ${m.expected} actual ${m.actual}`).join('\n') : undefined)} />
    </button>
  );
}

/** Full detail of one row (arguments, results, mismatches) under the table. */
function Detail({ row, version, upcoming }: { row: number | null; version: number; upcoming: boolean }) {
  const [r, setR] = useState<LogRow | null>(null);
  // A program's log is the built-in VMM's own: there is no real KVM result to set beside it.
  const recording = useApp((s) => selectKind(s) === 'recording');
  useEffect(() => {
    let live = true;
    if (row === null || row < 0) { setR(null); return; }
    engine.request('logRows', { from: row, to: row + 1, upcoming: true }).then((res) => { if (live) setR(res.rows[0] ?? null); }, () => {});
    return () => { live = false; };
  }, [row, version, upcoming]);
  if (!r) return <div className="h-24 shrink-0 border-t border-edge px-3 py-2 text-dim">Select a row to see its details.</div>;
  return (
    <div data-testid="ioctl-detail" className="h-24 shrink-0 overflow-auto border-t border-edge px-3 py-2 font-mono text-[13px]">
      <div>
        <span className="font-semibold text-fg">seq {r.seq} {r.req}</span>
        <span className="text-dim"> nr {r.nr} on fd {r.fd} ({r.fdKind}){r.process !== 'main' ? `, ${r.process}` : ''} → {recording ? 'real KVM ' : ''}{result(r.ret, r.errno)}</span>
        {recording && r.actualRet !== null ? <span className="text-dim">, engine {result(r.actualRet, r.actualErrno)}</span> : null}
        {' '}<StatusBadge status={r.status} />
      </div>
      <div className="break-all text-dim">{r.args || '(no argument struct)'}</div>
      {r.skipReason ? <div className="text-skip">skipped: {r.skipReason}</div> : null}
      {r.mismatches.map((m, k) => (
        <div key={k} className="text-fail">{m.what}: expected {m.expected}, engine {m.actual}</div>
      ))}
    </div>
  );
}

export function IoctlLogPanel() {
  const version = useApp((s) => s.version);
  const upcoming = useApp((s) => s.upcoming);
  const summary = useApp((s) => s.summary);
  const selectedRow = useApp((s) => s.selectedRow);
  const selectRow = useApp((s) => s.selectRow);
  const seekRow = useApp((s) => s.seekRow);
  const recording = useApp((s) => selectKind(s) === 'recording');
  const executed = summary?.ioctlsDone ?? 0;
  const total = upcoming ? summary?.ioctls ?? 0 : executed;
  const current = executed - 1;

  const fetchRows = useCallback(
    (from: number, to: number) => engine.request('logRows', { from, to, upcoming }).then((r) => r.rows),
    [upcoming],
  );
  const onPick = useCallback((row: number) => { selectRow(row); void seekRow(row); }, [selectRow, seekRow]);

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="ioctl-log" data-total={total} data-executed={executed}>
      <div className={`${COLS} h-8 shrink-0 border-b border-edge bg-head text-[12px] font-bold uppercase tracking-wider text-dim`}>
        <span className="text-right">#</span><span className="text-right">seq</span><span>fd</span><span>request</span><span>argument</span><span>result</span><span>status</span>
      </div>
      {total === 0 ? (
        <p className="p-3 text-dim">{recording ? <>No ioctl replayed yet. Press <kbd>n</kbd> to step one ioctl.</> : 'No ioctl yet.'}</p>
      ) : (
        <VirtualRows<LogRow>
          total={total}
          rowHeight={LOG_ROW_HEIGHT}
          version={`${version}:${upcoming}`}
          fetchRows={fetchRows}
          follow={current}
          testId="ioctl-rows"
          label="ioctl log"
          renderRow={(r, i) => <Row r={r} current={i === current} selected={i === selectedRow} onPick={onPick} />}
        />
      )}
      <Detail row={selectedRow ?? current} version={version} upcoming={upcoming} />
    </div>
  );
}

export function IoctlLogActions() {
  const upcoming = useApp((s) => s.upcoming);
  const setUpcoming = useApp((s) => s.setUpcoming);
  const summary = useApp((s) => s.summary);
  // Only a recording has ioctls still to come; a program's log ends where the program stands.
  const recording = useApp((s) => selectKind(s) === 'recording');
  if (!recording) return <span className="text-[13px] text-dim" data-testid="ioctl-count">{summary ? `${summary.ioctls} ioctls` : ''}</span>;
  return (
    <>
      <span className="text-[13px] text-dim" data-testid="ioctl-count">{summary ? `${summary.ioctlsDone} / ${summary.ioctls} ioctls` : ''}</span>
      <label className="flex items-center gap-1.5 text-[13px] text-dim">
        <input type="checkbox" checked={upcoming} onChange={(e) => setUpcoming(e.target.checked)} className="accent-[var(--color-accent)]" />
        show upcoming
      </label>
    </>
  );
}
