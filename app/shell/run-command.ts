/**
 * Binds the shell's command ids (commands.ts) to the stores: the recording's moves go through the
 * app store, a program's through its own store (app/panels/editor/programStore.ts). The command
 * context (can it go back / forward, is a Run loop going) is computed here from both stores.
 */
import { useApp, type AppState } from '../store/index.ts';
import { selectKind } from '../store/kind.ts';
import { useProgram, type ProgramUi } from '../panels/editor/programStore.ts';
import { isEnabled, type CommandContext, type CommandId } from './commands.ts';

/** The command context of the open workspace, from the two stores' current state. */
export function commandContext(app: Pick<AppState, 'front' | 'info' | 'summary' | 'last'>, program: Pick<ProgramUi, 'state' | 'running'>): CommandContext {
  const kind = selectKind(app);
  if (kind === 'program') {
    const st = program.state;
    return { atStart: !st || st.instructions === 0, atEnd: !st || st.done, running: program.running };
  }
  if (kind === 'recording') {
    const pos = app.summary ?? app.last ?? app.info;
    return { atStart: !pos || pos.position === 0, atEnd: !pos || pos.done, running: false };
  }
  return { atStart: true, atEnd: true, running: false };
}

/** Subscribes a component to the command context (the store fields it is computed from). */
export function useCommandContext(): CommandContext {
  const front = useApp((s) => s.front);
  const info = useApp((s) => s.info);
  const summary = useApp((s) => s.summary);
  const last = useApp((s) => s.last);
  const state = useProgram((s) => s.state);
  const running = useProgram((s) => s.running);
  return commandContext({ front, info, summary, last }, { state, running });
}

/** Runs a command if it can act now; a disabled command does nothing. */
export function runCommand(id: CommandId): void {
  const app = useApp.getState();
  const prog = useProgram.getState();
  if (!isEnabled(id, commandContext(app, prog))) return;
  switch (id) {
    case 'recording.back': void app.stepBack('ioctl'); return;
    case 'recording.backEvent': void app.stepBack('event'); return;
    case 'recording.step': void app.command('stepIoctl'); return;
    case 'recording.stepEvent': void app.command('stepEvent'); return;
    case 'recording.end': void app.command('runToEnd'); return;
    case 'recording.reset': void app.command('reset'); return;
    case 'program.back': void prog.stepBack(); return;
    case 'program.step': void prog.step(); return;
    case 'program.over': void prog.stepOver(); return;
    case 'program.continue': void prog.cont(); return;
    case 'program.run': void prog.run(); return;
    case 'program.pause': prog.pause(); return;
    // The engine serves the shell's `reset` for the open program: back to instruction 0.
    case 'program.reset': void app.command('reset'); return;
    case 'program.breakpoint': if (prog.state) void prog.toggleBreakpoint(prog.state.linearRip); return;
  }
}
