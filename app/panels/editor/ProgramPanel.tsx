/**
 * The program workspace panel: a command bar (backend, assemble and load, step, step over,
 * continue, run/pause, back, reset, where the program stands), the Monaco editor (lazy: Monaco
 * loads only when this panel is first shown) and the disassembly around RIP.
 *
 * Keys (outside the editor; the shell's n/b/e/r/F10 work too): F5 or c continue, F8 or o step over,
 * F11 or s step one instruction, F9 toggle a breakpoint at RIP. In the editor: Ctrl+Enter assembles and loads.
 */
import { CommandButton } from '../../components/CommandButton.tsx';
import { lazy, Suspense, useEffect } from 'react';
import type { ProgramBackend, ProgramStop } from '../../../engine/protocol.ts';
import { DisasmView } from '../disasm/DisasmView.tsx';
import { useApp } from '../../store/index.ts';
import { isProgramInfo, useProgram } from './programStore.ts';

const MonacoProgram = lazy(() => import('./MonacoProgram.tsx'));


function stopText(s: ProgramStop | null): string {
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

function typing(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable || !!el.closest?.('.monaco-editor');
}

export function ProgramPanel() {
  const p = useProgram();
  const program = useApp((s) => isProgramInfo(s.info));
  const busy = useApp((s) => s.busy > 0);
  const reset = useApp((s) => s.command);
  const st = p.state;
  const ended = !!st?.done;

  useEffect(() => { void useProgram.getState().init(); }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || !isProgramInfo(useApp.getState().info)) return;
      const u = useProgram.getState();
      if (e.key === 'F5' || e.key === 'c') void u.cont();
      else if (e.key === 'F8' || e.key === 'o') void u.stepOver();
      else if (e.key === 'F11' || e.key === 's') void u.step();
      else if (e.key === 'F9') { if (u.state) void u.toggleBreakpoint(u.state.linearRip); }
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-edge bg-head px-2 py-1.5">
        <label className="flex items-center gap-1.5 text-[14px] text-dim">
          Backend
          <select
            data-testid="backend-select"
            value={p.backend}
            onChange={(e) => void p.setBackend(e.target.value as ProgramBackend)}
            title="hardware: a VMX/SVM host; emulate: every instruction through KVM's x86 emulator (as the recording host)"
            className="rounded-md border border-edge bg-panel px-1.5 py-1 text-[14px] text-fg"
          >
            <option value="hardware">hardware</option>
            <option value="emulate">emulate</option>
          </select>
        </label>
        <CommandButton compact testId="prog-load" label="Assemble & load" keys="Ctrl+Enter" onClick={() => void p.assembleAndLoad()} />
        <div className="mx-1 h-6 w-px bg-edge" />
        <CommandButton compact testId="prog-back" label="◀ Back" keys="b" onClick={() => void p.stepBack()} disabled={!program || !st || st.instructions === 0} />
        <CommandButton compact testId="prog-step" label="Step" keys="F11 / s" onClick={() => void p.step()} disabled={!program || ended} />
        <CommandButton compact testId="prog-over" label="Step over" keys="F8 / o" onClick={() => void p.stepOver()} disabled={!program || ended} />
        <CommandButton compact testId="prog-continue" label="Continue ▶" keys="F5 / c" onClick={() => void p.cont()} disabled={!program || ended} />
        {p.running
          ? <CommandButton compact testId="prog-pause" label="Pause ❚❚" keys="" onClick={() => p.pause()} />
          : <CommandButton compact testId="prog-run" label="Run ▶▶" keys="e" onClick={() => void p.run()} disabled={!program || ended} />}
        <CommandButton compact testId="prog-reset" label="Reset" keys="r" onClick={() => void reset('reset')} disabled={!program || !st || st.instructions === 0} />
        <div data-testid="prog-status" className="ml-auto font-mono text-[14px] text-fg">
          {program && st
            ? <>{st.bits}-bit · {st.backend} · insn <b data-testid="prog-icount">{st.instructions}</b> · RIP <b data-testid="prog-rip">0x{st.rip.toString(16)}</b> · <span className={ended ? 'text-warn' : 'text-dim'}>{stopText(st.stop)}</span></>
            : <span className="text-dim">{busy ? 'working…' : 'not loaded: Assemble & load (Ctrl+Enter)'}</span>}
        </div>
      </div>
      <div className="flex min-h-0 flex-1">
        <Suspense fallback={<p className="p-3 text-dim">Loading editor…</p>}>
          <MonacoProgram />
        </Suspense>
        <div className="flex min-h-0 w-[min(46%,560px)] shrink-0 flex-col border-l border-edge">
          <div className="border-b border-edge bg-head px-3 py-1 text-[13px] font-semibold tracking-wide text-dim">Disassembly (guest memory at RIP, iced-x86)</div>
          <DisasmView />
        </div>
      </div>
    </div>
  );
}
