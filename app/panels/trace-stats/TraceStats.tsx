/**
 * Exit statistics of the open trace, in two sections:
 * - kvm_exit, like `perf kvm stat report --event=vmexit`: exit reason, samples, samples %,
 *   time %, min/max/avg time to the next kvm_entry and perf's ±, per reason, per reason and
 *   vCPU, or per reason and plane;
 * - user-space exits (traces without kvm_exit: PVM hosts, QEMU -trace, strace): per
 *   KVM_EXIT_* reason (failed KVM_RUNs by errno) the exits KVM_RUN returned to the VMM and
 *   the VMM's time until the next KVM_RUN, as the engine says it is measured.
 * Each shows when the trace has such events; both when it has both. Column headers sort;
 * clicking a row jumps the timeline to its next instance (Shift+click: previous), cycling.
 */
import { useEffect, type ReactNode } from 'react';
import type { TraceInstance, TraceStatRow, TraceStats, TraceStatsGrouping, TraceStatsSort } from '../../../engine/protocol.ts';
import { colorOf } from '../timeline/colors.ts';
import { formatDuration } from '../timeline/time.ts';
import { useTrace } from '../timeline/trace-store.ts';
import { useUserspaceStats } from './userspace-store.ts';

interface Col { key: TraceStatsSort | null; label: string; title: string }

const KVM_COLS: Col[] = [
  { key: 'name', label: 'Exit reason', title: 'sort by name' },
  { key: 'samples', label: 'Samples', title: 'number of kvm_exit events' },
  { key: null, label: 'Samples%', title: '' },
  { key: 'time', label: 'Time%', title: 'share of the time from kvm_exit to the next kvm_entry' },
  { key: 'min', label: 'Min time', title: '' },
  { key: 'max', label: 'Max time', title: '' },
  { key: 'avg', label: 'Avg time', title: '' },
  { key: null, label: '±', title: 'standard error of the mean, % of the mean (as perf kvm stat)' },
];

const USER_COLS: Col[] = [
  { key: 'name', label: 'KVM_RUN exit', title: 'KVM_EXIT_* reason KVM_RUN returned to the VMM (failed KVM_RUN: its errno); sort by name' },
  { key: 'samples', label: 'Samples', title: 'exits to user space' },
  { key: null, label: 'Samples%', title: '' },
  { key: 'time', label: 'VMM time%', title: 'share of the time the VMM spent until the next KVM_RUN' },
  { key: 'min', label: 'Min', title: '' },
  { key: 'max', label: 'Max', title: '' },
  { key: 'avg', label: 'Avg', title: '' },
  { key: null, label: '±', title: 'standard error of the mean, % of the mean' },
];

const KVM_GROUPS: { by: TraceStatsGrouping; label: string }[] = [
  { by: 'reason', label: 'all vCPUs' },
  { by: 'reason+vcpu', label: 'per vCPU' },
  { by: 'reason+plane', label: 'per plane' },
];
const USER_GROUPS = KVM_GROUPS.slice(0, 2); // user-space exit events carry no plane

const SOURCE_LABEL: Record<string, string> = {
  kvm_userspace_exit: 'kvm_userspace_exit',
  kvm_run_exit: 'QEMU kvm_run_exit',
  strace: 'strace KVM_RUN',
};

export function TraceStatsPanel() {
  const info = useTrace((s) => s.info);
  useEffect(() => { void useTrace.getState().init(); }, []);
  if (!info) return <div className="p-4 text-[15px] text-dim">No trace open: pick one under Workspace (Traces) or open a file.</div>;
  const kvm = info.exits > 0, user = info.userspaceExits > 0;
  if (!kvm && !user) {
    return (
      <div className="p-4 text-[15px] text-dim" data-testid="trace-stats-empty">
        This trace has no kvm_exit events and no exits to user space (kvm_userspace_exit, QEMU kvm_run_exit, strace KVM_RUN): no exit statistics.
      </div>
    );
  }
  // One table fills the panel (its rows scroll under a fixed toolbar); two are stacked in one scroll.
  const both = kvm && user;
  return (
    <div className={`flex min-h-0 flex-1 flex-col ${both ? 'overflow-auto' : ''}`} data-testid="trace-stats-panel">
      {kvm ? <KvmExitSection flow={both} /> : null}
      {user ? <UserspaceSection flow={both} /> : null}
    </div>
  );
}

/** Section classes: filling the panel, or in the flow of a scrolling stack. */
const sectionClass = (flow: boolean): string => (flow ? 'flex shrink-0 flex-col' : 'flex min-h-0 flex-1 flex-col');

/** The kvm_exit table (state in the trace store). */
function KvmExitSection({ flow }: { flow: boolean }) {
  const stats = useTrace((s) => s.stats);
  const by = useTrace((s) => s.statsBy);
  const sort = useTrace((s) => s.statsSort);
  const cursor = useTrace((s) => s.cursor);
  const instance = useTrace((s) => s.instance);
  const set = useTrace.getState().setStats;
  return (
    <section className={sectionClass(flow)} data-testid="trace-stats" aria-label="kvm_exit statistics">
      <Toolbar ids="stats" groups={KVM_GROUPS} by={by} onGroup={(g) => void set(g, sort)}
        title={flow ? <span className="font-semibold whitespace-nowrap text-fg">kvm_exit</span> : undefined}>
        {stats ? (
          <span className="text-dim">
            {stats.totalSamples.toLocaleString('en-US')} exits ({stats.isa?.toUpperCase() ?? 'unknown ISA'}) · total handling {formatDuration(stats.totalTimeNs)}
            {stats.unpaired ? ` · ${stats.unpaired} without a following kvm_entry` : ''}
          </span>
        ) : null}
      </Toolbar>
      <ExitTable ids="stats" flow={flow} cols={KVM_COLS} stats={stats} by={by} sort={sort} onSort={(k) => void set(by, k)}
        cursor={cursor} instance={instance} onRow={(r, step) => void useTrace.getState().jumpToRow(r, step)} />
    </section>
  );
}

/** The user-space exit table (state in userspace-store.ts; fetched when the trace changes). */
function UserspaceSection({ flow }: { flow: boolean }) {
  const info = useTrace((s) => s.info);
  const s = useUserspaceStats();
  useEffect(() => {
    if (info && s.of !== info) void useUserspaceStats.getState().load(s.by, s.sort);
  }, [info, s.of, s.by, s.sort]);
  const stats = s.of === info ? s.stats : null;
  const timed = !!stats && stats.timed > 0;
  return (
    <section data-testid="trace-stats-userspace" aria-label="user-space exit statistics"
      className={`${sectionClass(flow)} ${flow ? 'border-t-2 border-edge' : ''}`}>
      <Toolbar ids="userspace" groups={USER_GROUPS} by={s.by} onGroup={(g) => void s.load(g, s.sort)}
        title={<span className="font-semibold whitespace-nowrap text-fg" title="exits KVM_RUN returned to the VMM">Exits to user space{stats?.source ? ` · ${SOURCE_LABEL[stats.source] ?? stats.source}` : ''}</span>}>
        {stats ? (
          <span className="shrink-0 whitespace-nowrap text-dim" data-testid="userspace-summary">
            {stats.totalSamples.toLocaleString('en-US')} exits{timed ? ` · VMM time ${formatDuration(stats.totalTimeNs)}` : ''}
            {timed && stats.unpaired ? ` · ${stats.unpaired} without a following KVM_RUN` : ''}
          </span>
        ) : null}
      </Toolbar>
      {stats ? (
        <div className="shrink-0 border-b border-edge/60 px-3 py-1 text-[13px] text-dim" data-testid="userspace-time-means">
          {timed ? <>Time = {stats.timeMeans}.</> : <>Time not measured: {stats.untimedWhy ?? stats.timeMeans}.</>}
          {stats.caveat ? <span className="ml-2 text-warn" data-testid="userspace-caveat">Note: {stats.caveat}.</span> : null}
        </div>
      ) : null}
      <ExitTable ids="userspace" flow={flow} cols={USER_COLS} stats={stats} by={s.by} sort={s.sort} onSort={(k) => void s.load(s.by, k)}
        cursor={s.cursor} instance={s.instance} onRow={(r, step) => void s.jumpToRow(r, step)} />
    </section>
  );
}

function Toolbar({ ids, groups, by, onGroup, title, children }: {
  ids: string; groups: { by: TraceStatsGrouping; label: string }[]; by: TraceStatsGrouping; onGroup: (g: TraceStatsGrouping) => void;
  title?: ReactNode; children?: ReactNode;
}) {
  return (
    <div className="flex shrink-0 items-center gap-3 border-b border-edge px-3 py-1.5 text-[14px]">
      {title}
      <div role="radiogroup" aria-label="grouping" className="flex shrink-0 overflow-hidden rounded-md border border-edge">
        {groups.map((g) => (
          <button key={g.by} role="radio" aria-checked={by === g.by} data-testid={`${ids}-group-${g.by}`} onClick={() => onGroup(g.by)}
            className={`px-3 py-1 whitespace-nowrap ${by === g.by ? 'bg-accent/25 font-semibold text-fg' : 'text-dim hover:text-fg'}`}>{g.label}</button>
        ))}
      </div>
      {children}
      <span className="ml-auto min-w-0 truncate text-[13px] whitespace-nowrap text-faint" title="click a row: next instance on the timeline · Shift+click: previous">click a row: next instance on the timeline · Shift+click: previous</span>
    </div>
  );
}

/** One exit table; `ids` prefixes the test ids (`stats-row`, `userspace-row`, …). */
function ExitTable({ ids, flow, cols, stats, by, sort, onSort, cursor, instance, onRow }: {
  ids: string; flow: boolean; cols: Col[]; stats: TraceStats | null; by: TraceStatsGrouping; sort: TraceStatsSort; onSort: (k: TraceStatsSort) => void;
  cursor: Record<string, number>; instance: TraceInstance | null; onRow: (r: TraceStatRow, step: 1 | -1) => void;
}) {
  const dur = (r: TraceStatRow, ns: number): string => (r.timed > 0 ? formatDuration(ns) : '—');
  return (
    <div className={flow ? '' : 'min-h-0 flex-1 overflow-auto'}>
      <table className="w-full border-collapse text-[15px]" data-testid={ids === 'stats' ? 'trace-stats-table' : `${ids}-stats-table`}>
        <thead className="sticky top-0 bg-head">
          <tr>
            {by !== 'reason' ? <th className="px-3 py-1.5 text-left text-dim">{by === 'reason+vcpu' ? 'vCPU' : 'Plane'}</th> : null}
            {cols.map((c) => (
              <th key={c.label} title={c.key === 'time' && stats?.timeMeans ? `${c.title}: ${stats.timeMeans}` : c.title}
                className={`px-3 py-1.5 whitespace-nowrap ${c.key === 'name' ? 'text-left' : 'text-right'}`} aria-sort={c.key && c.key === sort ? (c.key === 'name' ? 'ascending' : 'descending') : undefined}>
                {c.key ? (
                  <button data-testid={`${ids}-sort-${c.key}`} onClick={() => onSort(c.key!)} className={`font-semibold hover:text-accent ${c.key === sort ? 'text-accent' : 'text-dim'}`}>
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
              <tr key={r.key} data-testid={`${ids}-row`} data-reason={r.name} data-samples={r.samples}
                onClick={(e) => onRow(r, e.shiftKey ? -1 : 1)}
                className={`cursor-pointer border-b border-edge/60 select-none hover:bg-accent/10 ${active ? 'bg-accent/15' : ''}`}>
                {by !== 'reason' ? <td className="px-3 py-1 text-dim">{by === 'reason+vcpu' ? (r.vcpu !== null && r.vcpu >= 0 ? r.vcpu : '?') : r.plane}</td> : null}
                <td className="px-3 py-1 text-left font-sans font-semibold"><span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: colorOf(r.name) }} />{r.name} <span className="font-mono text-[13px] font-normal text-faint">{r.reason}</span></td>
                <td className="px-3 py-1 text-right">{r.samples.toLocaleString('en-US')}</td>
                <td className="px-3 py-1 text-right">{r.samplesPct.toFixed(2)}%</td>
                <td className="px-3 py-1 text-right">{stats.timed > 0 ? `${r.timePct.toFixed(2)}%` : '—'}</td>
                <td className="px-3 py-1 text-right">{dur(r, r.minNs)}</td>
                <td className="px-3 py-1 text-right">{dur(r, r.maxNs)}</td>
                <td className="px-3 py-1 text-right">{dur(r, r.avgNs)}</td>
                <td className="px-3 py-1 text-right">{r.timed > 0 ? `${r.stddevPct.toFixed(2)}%` : '—'}</td>
                <td className="px-3 py-1 text-right text-dim" data-testid={`${ids}-instance`}>{active && shown !== undefined ? `${instance!.n + 1} / ${instance!.total}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
