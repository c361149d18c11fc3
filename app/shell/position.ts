/**
 * Text of the shell's position indicator and status line for each workspace kind. Pure: the
 * Toolbar and StatusBar render these strings; values are the engine's (ProgramState, TraceInfo).
 */
import type { ProgramStop, TraceInfo } from '../../engine/protocol.ts';
import { formatDuration } from '../panels/timeline/time.ts';

/** Why a program stopped last, as a user reads it ('loaded' before the first move). */
export function stopText(s: ProgramStop | null): string {
  if (!s) return 'loaded';
  switch (s.kind) {
    case 'breakpoint': return `breakpoint 0x${s.address.toString(16)}`;
    case 'exception': return `exception vector ${s.vector}`;
    case 'exit': return `stopped: ${s.name}`;
    case 'error': return `KVM_RUN failed: ${s.errname}`;
    case 'limit': return 'paused';
    case 'step': return 'stepped';
    case 'hlt': return 'ended: hlt';
    case 'shutdown': return 'ended: KVM_EXIT_SHUTDOWN (triple fault)';
  }
}

/** Stops after which the program cannot go on (the engine reports `done` for them). */
export function isTerminalStop(s: ProgramStop | null): boolean {
  return !!s && (s.kind === 'hlt' || s.kind === 'shutdown' || s.kind === 'exception' || s.kind === 'exit' || s.kind === 'error');
}

/** Count with thousands separators, as the other panels print counts ("91,445"). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A trace's identity for the toolbar: name, event count and the time it spans (first to last event). */
export function traceIdentity(info: Pick<TraceInfo, 'name' | 'events' | 't0' | 't1'>): { name: string; events: string; span: string } {
  return {
    name: info.name,
    events: `${count(info.events)} event${info.events === 1 ? '' : 's'}`,
    span: info.events > 0 ? formatDuration(info.t1 - info.t0) : '—',
  };
}

/** A trace's lanes for the status line: "2 CPUs · 1 vCPU" (guest CPU lanes of merged guests count as CPUs of that guest). */
export function laneSummary(lanes: readonly { kind: 'cpu' | 'vcpu'; guest?: string }[]): string {
  const cpus = lanes.filter((l) => l.kind === 'cpu' && !l.guest).length;
  const vcpus = lanes.filter((l) => l.kind === 'vcpu' && !l.guest).length;
  const guest = lanes.filter((l) => l.guest).length;
  const part = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return [part(cpus, 'CPU'), part(vcpus, 'vCPU'), ...(guest ? [part(guest, 'guest CPU')] : [])].join(' · ');
}

/** Import progress as a whole percentage (0 when the size is unknown). */
export function importPercent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 0;
}
