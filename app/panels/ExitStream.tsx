/** Exit stream: every KVM_RUN exit replayed so far (kvm_run.exit_reason, key union fields, vCPU, RIP after the exit). */
import { useCallback } from 'react';
import { useApp } from '../store/index.ts';
import { selectKind } from '../store/kind.ts';
import { engine } from '../engine.ts';
import { VirtualRows } from '../components/VirtualRows.tsx';
import { StatusBadge } from './status.tsx';
import type { ExitRow } from '../../engine/protocol.ts';

const COLS = 'grid grid-cols-[3.25rem_3.25rem_3.5rem_minmax(9rem,14rem)_minmax(8rem,1fr)_5.5rem_3.75rem] gap-x-2.5 items-center px-2';

function Row({ r, recording }: { r: ExitRow | undefined; recording: boolean }) {
  if (!r) return <div className={`${COLS} h-full text-faint`}>…</div>;
  return (
    <div data-exit-seq={r.seq} className={`${COLS} h-full border-b border-edge/60 font-mono text-[14px]`}>
      <span className="text-right text-dim tabular-nums">{r.row + 1}</span>
      <span className="text-right text-dim tabular-nums">{r.seq}</span>
      <span className="text-dim">fd {r.vcpuFd}</span>
      <span className={`truncate font-semibold ${r.reason.startsWith('ERR') ? 'text-warn' : 'text-fg'}`} title={r.reasonNr !== null ? `exit_reason ${r.reasonNr}` : undefined}>{r.reason}</span>
      <span className="truncate text-dim" title={r.detail}>{r.detail}</span>
      <span className="tabular-nums" title={recording ? 'RIP after the exit (real KVM)' : 'RIP after the exit'}>{r.rip ?? ''}</span>
      <StatusBadge status={r.status} title={r.skipReason ?? (r.mismatches.map((m) => `${m.what}: expected ${m.expected} actual ${m.actual}`).join('\n') || undefined)} />
    </div>
  );
}

export function ExitStreamPanel() {
  const version = useApp((s) => s.version);
  const summary = useApp((s) => s.summary);
  const total = summary?.exitsDone ?? 0;
  const recording = useApp((s) => selectKind(s) === 'recording');
  const fetchRows = useCallback((from: number, to: number) => engine.request('exitRows', { from, to }).then((r) => r.rows), []);
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="exit-stream" data-total={total}>
      <div className={`${COLS} h-8 shrink-0 border-b border-edge bg-head text-[12px] font-bold uppercase tracking-wider text-dim`}>
        <span className="text-right">#</span><span className="text-right">seq</span><span>vCPU</span><span>exit reason</span><span>kvm_run</span><span>RIP</span><span>status</span>
      </div>
      {total === 0 ? (
        <p className="p-3 text-dim">No exits yet.</p>
      ) : (
        <VirtualRows<ExitRow> total={total} rowHeight={30} version={version} fetchRows={fetchRows} follow={total - 1} testId="exit-rows" label="exit stream" renderRow={(r) => <Row r={r} recording={recording} />} />
      )}
    </div>
  );
}
