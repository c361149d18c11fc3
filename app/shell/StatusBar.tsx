/**
 * Bottom line: which kind of workspace is open, its identity, what the engine is doing, and the
 * kind's own counts (a recording: conformance with real KVM so far; a program: the ioctls and
 * exits of the built-in VMM; a trace: lanes, kvm_exits, lost events).
 */
import { useApp } from '../store/index.ts';
import { KIND_LABEL, selectKind, type WorkspaceKind } from '../store/kind.ts';
import { useProgram } from '../panels/editor/programStore.ts';
import { useTrace } from '../panels/timeline/trace-store.ts';
import { count, importPercent, laneSummary } from './position.ts';

export function StatusBar() {
  const kind = useApp(selectKind);
  return (
    <footer data-testid="status-bar" data-kind={kind} className="flex shrink-0 flex-wrap items-center gap-x-5 gap-y-1 border-t border-edge bg-head px-3 py-1.5 text-[13px] text-dim">
      <span data-testid="workspace-kind" className="rounded bg-accent/15 px-1.5 py-0.5 text-[12px] font-bold uppercase tracking-wider text-accent">{KIND_LABEL[kind]}</span>
      {kind === 'recording' ? <RecordingStatus /> : kind === 'program' ? <ProgramStatus /> : kind === 'trace' ? <TraceStatus /> : <span>Pick a recording, a program or a trace under Workspace, or open a file.</span>}
      <EngineActivity kind={kind} />
    </footer>
  );
}

function RecordingStatus() {
  const info = useApp((s) => s.info);
  const s = useApp((st) => st.summary);
  if (!info) return null;
  return (
    <>
      <span title={info.description}><b className="text-fg">{info.scenario || info.name}</b> · {info.description}</span>
      <span>kernel {info.kernel} ({info.hostBackend})</span>
      {!info.guestExecution ? <span className="text-skip">guest execution not available: KVM_RUN is skipped</span> : null}
      {s ? (
        <span className="ml-auto font-mono" data-testid="counts">
          ioctls {s.ioctlsDone}/{s.ioctls} · exits {s.exitsDone}/{s.exits} ·{' '}
          <span className="text-pass">{s.counts.pass} pass</span> · <span className="text-fail">{s.counts.fail} fail</span> ·{' '}
          <span className="text-skip">{s.counts.skip} skip</span>
          {s.firstFailure ? <span> · first failure seq {s.firstFailure.seq}</span> : null}
        </span>
      ) : null}
    </>
  );
}

function ProgramStatus() {
  const info = useApp((s) => s.info);
  const s = useApp((st) => st.summary);
  const st = useProgram((p) => p.state);
  if (!info) return null;
  return (
    <>
      {/* The engine's description: "16-bit program, 39 bytes at 0x1000, built-in VMM, hardware backend". */}
      <span title={info.description}><b className="text-fg">{info.name}</b> · {info.description}</span>
      {s ? (
        <span className="ml-auto font-mono" data-testid="counts">
          VMM ioctls {count(s.ioctls)} · KVM_RUN exits {count(s.exits)}
          {st ? <> · serial {count(st.serialLength)} B · breakpoints {st.breakpoints.length}{st.backend === 'emulate' ? '/4 (DR0-DR3)' : ''}</> : null}
        </span>
      ) : null}
    </>
  );
}

function TraceStatus() {
  const info = useTrace((s) => s.info);
  const loading = useTrace((s) => s.loading);
  if (!info) return <span>{loading ? `importing ${loading.name}` : 'no trace open'}</span>;
  return (
    <>
      <span><b className="text-fg">{info.name}</b> · {info.format}{info.wrapper ? ` (${info.wrapper})` : ''}{info.synthetic ? ' · synthetic (generated, not recorded on a host)' : ''}</span>
      <span>{laneSummary(info.lanes)}</span>
      <span className="ml-auto font-mono" data-testid="counts">
        {info.exitIsa ? `kvm_exit ${count(info.exits)} (${info.exitIsa.toUpperCase()})` : 'no kvm_exit'}
        {info.lostMarkers ? ` · lost-event markers ${count(info.lostMarkers)}` : ''}
        {info.guests.length ? ` · guests ${info.guests.length}` : ''}
      </span>
    </>
  );
}

/** What the engine is doing now, in the open workspace's terms. */
function EngineActivity({ kind }: { kind: WorkspaceKind }) {
  const busy = useApp((s) => s.busy > 0);
  const running = useProgram((s) => s.running);
  const loading = useTrace((s) => s.loading);
  let text = 'idle';
  if (kind === 'trace' && loading) text = `importing ${importPercent(loading.done, loading.total)}%`;
  else if (kind === 'program' && running) text = 'running the guest (Pause: p)';
  else if (busy) text = kind === 'recording' ? 'replaying…' : kind === 'program' ? 'executing…' : 'working…';
  return (
    <span data-testid="engine-activity" className={`font-mono ${text === 'idle' ? '' : 'text-accent'} ${kind === 'none' ? 'ml-auto' : ''}`}>
      engine: <span data-testid="busy-state">{text}</span>
    </span>
  );
}
