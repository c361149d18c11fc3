/**
 * The shell's commands per workspace kind: one table gives the toolbar its buttons (label, key
 * hint) and the keyboard its shortcuts, so a key can only ever reach a command of the open
 * workspace's kind. Pure data and functions; app/shell/run-command.ts binds ids to the stores.
 *
 * Keys follow debugger habits: recording n/F10 next ioctl (like gdb `next`); program s/F11 step
 * one instruction (gdb `stepi`, VS Step Into), n/F10 step over (gdb `nexti`, VS Step Over),
 * c/F5 continue, F9 breakpoint. A trace has no stepping: its timeline keys (W/S/A/D/F) belong
 * to the timeline panel, which only exists while a trace is open.
 */
import type { WorkspaceKind } from '../store/kind.ts';

export type CommandId =
  | 'recording.back' | 'recording.backEvent' | 'recording.step' | 'recording.stepEvent' | 'recording.end' | 'recording.reset'
  | 'program.back' | 'program.step' | 'program.over' | 'program.continue' | 'program.run' | 'program.pause' | 'program.reset'
  | 'program.breakpoint';

/**
 * A key as `KeyboardEvent.key` names it. For printable characters the case carries Shift ('N'
 * is Shift+n), so `shift` is only compared for named keys (F10 vs Shift+F10).
 */
export interface KeySpec { key: string; shift?: boolean }

export interface ShellCommand {
  id: CommandId;
  label: string;
  /** Keys as shown to the user (button suffix and tooltip). */
  hint: string;
  keys: readonly KeySpec[];
  /** Shown as a toolbar button ('idle' / 'running': only while a program's Run loop is off / on); absent = keyboard only. */
  button?: 'always' | 'idle' | 'running';
  /** Test id of the button (stable across label changes). */
  testId: string;
}

const k = (key: string, shift = false): KeySpec => ({ key, shift });

/** Every command of every kind, in toolbar order. */
export const COMMANDS: Readonly<Record<WorkspaceKind, readonly ShellCommand[]>> = {
  none: [],
  recording: [
    { id: 'recording.back', label: '◀ Back', hint: 'b', keys: [k('b'), k('F10', true)], button: 'always', testId: 'btn-back' },
    { id: 'recording.step', label: 'Step ioctl ▶', hint: 'n', keys: [k('n'), k('F10')], button: 'always', testId: 'btn-step' },
    { id: 'recording.end', label: 'Run to end ▶▶', hint: 'e', keys: [k('e')], button: 'always', testId: 'btn-end' },
    { id: 'recording.reset', label: 'Reset', hint: 'r', keys: [k('r')], button: 'always', testId: 'btn-reset' },
    { id: 'recording.stepEvent', label: 'Step one event', hint: 'Shift+N / .', keys: [k('N'), k('.')], testId: 'key-step-event' },
    { id: 'recording.backEvent', label: 'Back one event', hint: 'Shift+B', keys: [k('B')], testId: 'key-back-event' },
  ],
  program: [
    { id: 'program.back', label: '◀ Back', hint: 'b', keys: [k('b')], button: 'always', testId: 'prog-back' },
    { id: 'program.step', label: 'Step', hint: 's', keys: [k('s'), k('F11')], button: 'always', testId: 'prog-step' },
    { id: 'program.over', label: 'Step over', hint: 'n', keys: [k('n'), k('F10')], button: 'always', testId: 'prog-over' },
    { id: 'program.continue', label: 'Continue ▶', hint: 'c', keys: [k('c'), k('F5')], button: 'always', testId: 'prog-continue' },
    { id: 'program.run', label: 'Run ▶▶', hint: 'e', keys: [k('e')], button: 'idle', testId: 'prog-run' },
    { id: 'program.pause', label: 'Pause ❚❚', hint: 'p', keys: [k('p')], button: 'running', testId: 'prog-pause' },
    { id: 'program.reset', label: 'Reset', hint: 'r', keys: [k('r')], button: 'always', testId: 'prog-reset' },
    { id: 'program.breakpoint', label: 'Toggle breakpoint at RIP', hint: 'F9', keys: [k('F9')], testId: 'key-breakpoint' },
  ],
  trace: [],
};

/** Full key list of a command for its tooltip: "n / F10". */
export function keysText(c: ShellCommand): string {
  return c.keys.map((s) => (s.shift && s.key.length > 1 ? `Shift+${s.key}` : s.key.length === 1 && s.key !== s.key.toLowerCase() ? `Shift+${s.key.toLowerCase()}` : s.key)).join(' / ');
}

function matches(spec: KeySpec, key: string, shift: boolean): boolean {
  if (spec.key !== key) return false;
  return key.length === 1 || !!spec.shift === shift;
}

/** The command of `kind` bound to a key press, or null (the key then does nothing). */
export function commandForKey(kind: WorkspaceKind, key: string, shift: boolean): ShellCommand | null {
  for (const c of COMMANDS[kind]) if (c.keys.some((s) => matches(s, key, shift))) return c;
  return null;
}

/** Where the open workspace stands, as far as command availability goes. */
export interface CommandContext {
  /** Recording: no event applied; program: no instruction retired (or not loaded yet). */
  atStart: boolean;
  /** Recording: every event applied; program: a terminal stop (hlt, shutdown, exception, exit, error) or not loaded yet. */
  atEnd: boolean;
  /** Program: the Run loop is going (only Pause applies then). */
  running: boolean;
}

/** Whether a command can act now (disabled buttons, and keys that do nothing). */
export function isEnabled(id: CommandId, c: CommandContext): boolean {
  switch (id) {
    case 'recording.back': case 'recording.backEvent': case 'recording.reset': return !c.atStart;
    case 'recording.step': case 'recording.stepEvent': case 'recording.end': return !c.atEnd;
    case 'program.pause': return c.running;
    case 'program.back': case 'program.reset': return !c.running && !c.atStart;
    case 'program.step': case 'program.over': case 'program.continue': case 'program.run': return !c.running && !c.atEnd;
    case 'program.breakpoint': return !c.running;
  }
}

/** The toolbar buttons of a kind in the current state (Run and Pause swap places). */
export function toolbarButtons(kind: WorkspaceKind, running: boolean): ShellCommand[] {
  return COMMANDS[kind].filter((c) => c.button === 'always' || (c.button === 'idle' && !running) || (c.button === 'running' && running));
}
