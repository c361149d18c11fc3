/**
 * UI state of the user-space exit table (the exits KVM_RUN returned to the VMM: the
 * kernel's kvm_userspace_exit, QEMU's kvm_run_exit, strace'd KVM_RUN), beside the kvm_exit
 * table's state in the trace store. The table is computed in the engine's worker
 * (`traceStats` with table 'userspace'); rows jump to their instances like the kvm_exit
 * rows (`traceInstance`), moving the trace store's viewport and selection.
 */
import { create } from 'zustand';
import type { TraceInfo, TraceInstance, TraceStatRow, TraceStats, TraceStatsGrouping, TraceStatsSort } from '../../../engine/protocol.ts';
import { EngineError } from '../../../engine/protocol.ts';
import { engine } from '../../engine.ts';
import { useTrace } from '../timeline/trace-store.ts';
import { nextInstance } from './cursor.ts';

export interface UserspaceStatsState {
  by: TraceStatsGrouping;
  sort: TraceStatsSort;
  /** The table of `of` (the trace it was computed for). */
  stats: TraceStats | null;
  of: TraceInfo | null;
  /** Instance shown last per row key (a click shows the next, Shift+click the previous, cycling). */
  cursor: Record<string, number>;
  instance: TraceInstance | null;
  /** Fetches the table for the open trace (again when grouping or sort change, or another trace opened). */
  load(by: TraceStatsGrouping, sort: TraceStatsSort): Promise<void>;
  jumpToRow(row: TraceStatRow, step?: 1 | -1): Promise<void>;
}

function fail(e: unknown): void {
  useTrace.setState({ failure: e instanceof EngineError ? { code: e.code, message: e.message } : { code: 'PS503', message: e instanceof Error ? e.message : String(e) } });
}

export const useUserspaceStats = create<UserspaceStatsState>()((set, get) => ({
  by: 'reason',
  sort: 'samples',
  stats: null,
  of: null,
  cursor: {},
  instance: null,

  async load(by, sort) {
    const info = useTrace.getState().info;
    const other = info !== get().of;
    // Cursors and the highlighted instance belong to the rows of one trace and grouping.
    if (other || by !== get().by) set({ cursor: {}, instance: null });
    set({ by, sort, ...(other ? { stats: null, of: info } : {}) });
    if (!info || !info.userspaceSource) return;
    try {
      const stats = await engine.request('traceStats', { by, sort, table: 'userspace' });
      if (get().by === by && get().sort === sort && useTrace.getState().info === info) set({ stats, of: info });
    } catch (e) {
      fail(e);
    }
  },

  async jumpToRow(row, step = 1) {
    const { cursor, by, of } = get();
    if (!of || useTrace.getState().info !== of) return;
    try {
      const inst = await engine.request('traceInstance', { key: row.key, by, n: nextInstance(cursor[row.key], step), table: 'userspace' });
      set({ instance: inst, cursor: { ...get().cursor, [row.key]: inst.n } });
      await useTrace.getState().showInstance(inst); // the exit and the VMM's work until the next KVM_RUN
    } catch (e) {
      fail(e);
    }
  },
}));
