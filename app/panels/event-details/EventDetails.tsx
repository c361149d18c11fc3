/**
 * Event details: every field of the event selected on the timeline, decoded (exit reasons,
 * KVM_EXIT_* of userspace exits, in/out, RDMSR/WRMSR…), its raw record bytes, and the flow
 * it belongs to (kvm_exit → kvm_pio/kvm_mmio → kvm_userspace_exit → ioctl → kvm_entry);
 * clicking a flow step selects it and brings it into view.
 */
import { useTrace } from '../timeline/trace-store.ts';
import { centreOn, formatDuration } from '../timeline/time.ts';

export function EventDetailsPanel() {
  const details = useTrace((s) => s.details);
  const selected = useTrace((s) => s.selected);
  const info = useTrace((s) => s.info);
  if (!info) return <div className="p-4 text-[15px] text-dim">No trace open: pick one under Workspace (Traces) or open a file.</div>;
  if (selected === null) return <div className="p-4 text-[15px] text-dim" data-testid="event-details-empty">Click an event on the timeline, or a row of the exit statistics, to see all its fields.</div>;
  if (!details || details.index !== selected) return <div className="p-4 text-[15px] text-dim">Loading event #{selected}…</div>;
  const d = details;
  const jump = (index: number, ts: number) => {
    const st = useTrace.getState();
    const vp = st.viewport;
    if (vp && (ts < vp.t0 || ts > vp.t1)) st.setViewport(centreOn(ts, vp.t1 - vp.t0));
    void st.select(index);
  };
  return (
    <div className="min-h-0 flex-1 overflow-auto p-3 text-[15px]" data-testid="event-details">
      <div className="mb-1 font-mono text-[17px] font-bold text-fg" data-testid="event-summary">{d.summary}</div>
      <div className="mb-3 text-[14px] text-dim">
        event #{d.index} · +{formatDuration(d.ts - info.t0)} · CPU {d.cpu} · {d.comm} ({d.pid}){d.vcpu >= 0 ? ` · vCPU ${d.vcpu}` : ''}
        {d.handledNs !== null ? <> · handled in <b className="text-fg">{formatDuration(d.handledNs)}</b></> : null}
      </div>
      <table className="w-full border-collapse font-mono text-[14px]" data-testid="event-fields">
        <tbody>
          <tr className="border-b border-edge"><td className="py-1 pr-3 text-dim">system:name</td><td className="py-1 text-fg">{d.system}:{d.name}</td><td /></tr>
          <tr className="border-b border-edge"><td className="py-1 pr-3 text-dim">timestamp</td><td className="py-1 text-fg">{(d.ts / 1e9).toFixed(9)} s</td><td /></tr>
          {d.fields.map((f) => (
            <tr key={f.name} className="border-b border-edge/60" data-field={f.name}>
              <td className="py-1 pr-3 align-top text-dim">{f.name}</td>
              <td className="py-1 pr-3 align-top break-all text-fg">{f.value}</td>
              <td className="py-1 align-top text-accent">{f.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.flow.length > 1 ? (
        <div className="mt-4" data-testid="event-flow">
          <div className="mb-1 text-[13px] font-bold tracking-wide text-dim uppercase">Handling flow on vCPU {d.vcpu}</div>
          <ol className="space-y-0.5">
            {d.flow.map((s, i) => (
              <li key={s.index}>
                <button
                  onClick={() => jump(s.index, s.ts)}
                  className={`w-full rounded px-2 py-0.5 text-left font-mono text-[14px] hover:bg-accent/15 ${s.index === d.index ? 'bg-accent/20 text-fg' : 'text-dim'}`}
                >
                  {i ? `+${formatDuration(s.ts - d.flow[0]!.ts)}` : 'start'} · {s.label}
                </button>
              </li>
            ))}
          </ol>
          {!d.flow.some((s) => /ioctl|sys_e/.test(s.name)) && d.flow.some((s) => s.name === 'kvm_userspace_exit') ? (
            <div className="mt-1 text-[13px] text-faint">The VMM's ioctl(KVM_RUN) return and re-entry are not in this trace (no syscall events recorded).</div>
          ) : null}
        </div>
      ) : null}
      {d.rawHex ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-[13px] font-bold tracking-wide text-dim uppercase">Raw record bytes</summary>
          <pre className="mt-1 font-mono text-[13px] whitespace-pre-wrap text-dim">{d.rawHex}</pre>
        </details>
      ) : null}
    </div>
  );
}
