/** Bottom line: recording identity and conformance counts so far. */
import { useApp } from '../store/index.ts';

export function StatusBar() {
  const info = useApp((s) => s.info);
  const s = useApp((st) => st.summary);
  return (
    <footer data-testid="status-bar" className="flex shrink-0 flex-wrap items-center gap-x-5 gap-y-1 border-t border-edge bg-head px-3 py-1.5 text-[13px] text-dim">
      {info ? (
        <>
          <span title={info.description}><b className="text-fg">{info.scenario || info.name}</b> · {info.description}</span>
          <span>kernel {info.kernel} ({info.hostBackend})</span>
          {!info.guestExecution ? <span className="text-skip">guest execution not available: KVM_RUN is skipped</span> : null}
        </>
      ) : <span>No workspace open</span>}
      {s ? (
        <span className="ml-auto font-mono" data-testid="counts">
          ioctls {s.ioctlsDone}/{s.ioctls} · exits {s.exitsDone}/{s.exits} ·{' '}
          <span className="text-pass">{s.counts.pass} pass</span> · <span className="text-fail">{s.counts.fail} fail</span> ·{' '}
          <span className="text-skip">{s.counts.skip} skip</span>
          {s.firstFailure ? <span> · first failure seq {s.firstFailure.seq}</span> : null}
        </span>
      ) : null}
    </footer>
  );
}
