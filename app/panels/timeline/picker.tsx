/** The built-in traces in the shell's workspace picker, next to the recordings and programs. */
import { useEffect } from 'react';
import { useTrace } from './trace-store.ts';

/** Picker values of built-in traces start with this (recording samples are plain names). */
export const TRACE_PREFIX = 'trace:';

/** `<optgroup>` of the built-in traces (the list is fetched from the engine once). */
export function TraceOptions() {
  const samples = useTrace((s) => s.samples);
  useEffect(() => { void useTrace.getState().init(); }, []);
  if (!samples.length) return null;
  return (
    <optgroup label="Traces (timeline and exit stats)">
      {samples.map((s) => <option key={s.name} value={TRACE_PREFIX + s.name} title={s.description}>{s.synthetic ? `${s.name} (synthetic)` : s.name}</option>)}
    </optgroup>
  );
}

/** Handle a picker value that names a built-in trace (import it as the open workspace); false for anything else. */
export function pickTrace(value: string): boolean {
  if (!value.startsWith(TRACE_PREFIX)) return false;
  void useTrace.getState().openSample(value.slice(TRACE_PREFIX.length));
  return true;
}
