/** The guest's serial console (COM1, port 0x3f8 THR): bytes the program wrote, up to the current instruction. */
import { useEffect, useRef } from 'react';
import { isProgramInfo, useProgram } from '../editor/programStore.ts';
import { useApp } from '../../store/index.ts';

export function SerialPanel() {
  const serial = useProgram((s) => s.serial);
  const stop = useProgram((s) => s.state?.stop ?? null);
  const program = useApp((s) => isProgramInfo(s.info));
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => { end.current?.scrollIntoView({ block: 'end' }); }, [serial]);
  if (!program) return <p className="p-3 text-dim">The serial console shows the output of a program workspace (Workspace → Programs).</p>;
  return (
    <div className="min-h-0 flex-1 overflow-auto bg-bg p-3">
      <pre data-testid="serial-output" className="m-0 whitespace-pre-wrap break-all font-mono text-[15px] leading-snug text-pass">{serial}</pre>
      {stop && ['hlt', 'shutdown', 'exception', 'exit', 'error'].includes(stop.kind)
        ? <p data-testid="serial-end" className="mt-2 font-mono text-[13px] text-dim">— program ended: {stop.kind}{stop.kind === 'exception' ? ` (vector ${stop.vector})` : ''}{stop.kind === 'exit' ? ` (${stop.name})` : ''}</p>
        : null}
      <div ref={end} />
    </div>
  );
}
