/**
 * Exit statistics of the open trace, like `perf kvm stat report --event=vmexit`: exit
 * reason, samples, samples %, time %, min/max/avg time to the next kvm_entry and perf's ±,
 * per reason, per reason and vCPU, or per reason and plane. Column headers sort; clicking a
 * row jumps the timeline to its next instance (Shift+click: previous), cycling.
 */
import { useEffect } from 'react';
import type { TraceStatsGrouping, TraceStatsSort } from '../../../engine/protocol.ts';
import { colorOf } from '../timeline/colors.ts';
import { formatDuration } from '../timeline/time.ts';
import { useTrace } from '../timeline/trace-store.ts';

const COLS: { key: TraceStatsSort | null; label: string; title: string }[] = [
  { key: 'name', label: 'Exit reason', title: 'sort by name' },
  { key: 'samples', label: 'Samples', title: 'number of kvm_exit events' },
  { key: null, label: 'Samples%', title: '' },
  { key: 'time', label: 'Time%', title: 'share of the time from kvm_exit to the next kvm_entry' },
  { key: 'min', label: 'Min time', title: '' },
  { key: 'max', label: 'Max time', title: '' },
  { key: 'avg', label: 'Avg time', title: '' },
  { key: null, label: '±', title: 'standard error of the mean, % of the mean (as perf kvm stat)' },
];

const GROUPS: { by: TraceStatsGrouping; label: string }[] = [
  { by: 'reason', label: 'all vCPUs' },
  { by: 'reason+vcpu', label: 'per vCPU' },
  { by: 'reason+plane', label: 'per plane' },
];

export function TraceStatsPanel() {
  const info = useTrace((s) => s.info);
  const stats = useTrace((s) => s.stats);
  const by = useTrace((s) => s.statsBy);
  const sort = useTrace((s) => s.statsSort);
  const cursor = useTrace((s) => s.cursor);
  const instance = useTrace((s) => s.instance);
  useEffect(() => { void useTrace.getState().init(); }, []);
  if (!info) return <div className="p-4 text-[15px] text-dim">No trace open: pick one under Workspace (Traces) or open a file.</div>;
  if (!info.exits) return <div className="p-4 text-[15px] text-dim" data-testid="trace-stats-empty">This trace has no kvm_exit events{info.exitIsa === null ? ' (a PVM host or a trace recorded without them)' : ''}: no exit statistics.</div>;
  const set = useTrace.getState().setStats;
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="trace-stats">
      <div className="flex shrink-0 items-center gap-3 border-b border-edge px-3 py-1.5 text-[14px]">
        <div role="radiogroup" aria-label="grouping" className="flex overflow-hidden rounded-md border border-edge">
          {GROUPS.map((g) => (
            <button key={g.by} role="radio" aria-checked={by === g.by} data-testid={`stats-group-${g.by}`} onClick={() => void set(g.by, sort)}
              className={`px-3 py-1 whitespace-nowrap ${by === g.by ? 'bg-accent/25 font-semibold text-fg' : 'text-dim hover:text-fg'}`}>{g.label}</button>
          ))}
        </div>
        {stats ? (
          <span className="text-dim">
            {stats.totalSamples.toLocaleString('en-US')} exits ({stats.isa?.toUpperCase() ?? 'unknown ISA'}) · total handling {formatDuration(stats.totalTimeNs)}
            {stats.unpaired ? ` · ${stats.unpaired} without a following kvm_entry` : ''}
          </span>
        ) : null}
        <span className="ml-auto text-[13px] text-faint">click a row: next instance on the timeline · Shift+click: previous</span>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">
        <table className="w-full border-collapse text-[15px]" data-testid="trace-stats-table">
          <thead className="sticky top-0 bg-head">
            <tr>
              {by !== 'reason' ? <th className="px-3 py-1.5 text-left text-dim">{by === 'reason+vcpu' ? 'vCPU' : 'Plane'}</th> : null}
              {COLS.map((c) => (
                <th key={c.label} title={c.title} className={`px-3 py-1.5 whitespace-nowrap ${c.key === 'name' ? 'text-left' : 'text-right'}`} aria-sort={c.key && c.key === sort ? (c.key === 'name' ? 'ascending' : 'descending') : undefined}>
                  {c.key ? (
                    <button data-testid={`stats-sort-${c.key}`} onClick={() => void set(by, c.key!)} className={`font-semibold hover:text-accent ${c.key === sort ? 'text-accent' : 'text-dim'}`}>
                      {c.label}{c.key === sort ? (c.key === 'name' ? ' ▲' : ' ▼') : ''}
                    </button>
                  ) : <span className="font-semibold text-dim">{c.label}</span>}
                </th>
              ))}
              <th className="px-3 py-1.5 text-right text-dim">Instance</th>
            </tr>
          </thead>
          <tbody className="font-mono">
            {stats?.rows.map((r) => {
              const active = instance?.key === r.key;
              const shown = cursor[r.key];
              return (
                <tr key={r.key} data-testid="stats-row" data-reason={r.name}
                  onClick={(e) => void useTrace.getState().jumpToRow(r, e.shiftKey ? -1 : 1)}
                  className={`cursor-pointer border-b border-edge/60 select-none hover:bg-accent/10 ${active ? 'bg-accent/15' : ''}`}>
                  {by !== 'reason' ? <td className="px-3 py-1 text-dim">{by === 'reason+vcpu' ? r.vcpu : r.plane}</td> : null}
                  <td className="px-3 py-1 text-left font-sans font-semibold"><span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: colorOf(r.name) }} />{r.name} <span className="font-mono text-[13px] font-normal text-faint">{r.reason}</span></td>
                  <td className="px-3 py-1 text-right">{r.samples.toLocaleString('en-US')}</td>
                  <td className="px-3 py-1 text-right">{r.samplesPct.toFixed(2)}%</td>
                  <td className="px-3 py-1 text-right">{r.timePct.toFixed(2)}%</td>
                  <td className="px-3 py-1 text-right">{formatDuration(r.minNs)}</td>
                  <td className="px-3 py-1 text-right">{formatDuration(r.maxNs)}</td>
                  <td className="px-3 py-1 text-right">{formatDuration(r.avgNs)}</td>
                  <td className="px-3 py-1 text-right">{r.stddevPct.toFixed(2)}%</td>
                  <td className="px-3 py-1 text-right text-dim" data-testid="stats-instance">{active && shown !== undefined ? `${instance!.n + 1} / ${instance!.total}` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
