/**
 * The program workspace panel: a bar (backend, assemble and load, the keys), the Monaco editor
 * (lazy: Monaco loads only when this panel is first shown) and the disassembly around RIP.
 *
 * The program's run controls (back, step, step over, continue, run/pause, reset), their keys
 * and where the program stands live in the shell's toolbar (app/shell/commands.ts), so they stay
 * in view whichever tab is shown. In the editor: Ctrl+Enter assembles and loads.
 */
import { CommandButton } from '../../components/CommandButton.tsx';
import { lazy, Suspense, useEffect } from 'react';
import type { ProgramBackend } from '../../../engine/protocol.ts';
import { DisasmView } from '../disasm/DisasmView.tsx';
import { useProgram } from './programStore.ts';
import { COMMANDS } from '../../shell/commands.ts';

const MonacoProgram = lazy(() => import('./MonacoProgram.tsx'));

/** "s Step · n Step over · …": the program's keys, from the shell's command table. */
const KEYS = COMMANDS.program.map((c) => `${c.hint} ${c.label.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '')}`).join(' · ');

export function ProgramPanel() {
  const backend = useProgram((s) => s.backend);
  useEffect(() => { void useProgram.getState().init(); }, []);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-edge bg-head px-2 py-1.5">
        <label className="flex items-center gap-1.5 text-[14px] text-dim">
          Backend
          <select
            data-testid="backend-select"
            value={backend}
            onChange={(e) => void useProgram.getState().setBackend(e.target.value as ProgramBackend)}
            title="hardware: a VMX/SVM host; emulate: every instruction through KVM's x86 emulator (as the recording host)"
            className="rounded-md border border-edge bg-panel px-1.5 py-1 text-[14px] text-fg"
          >
            <option value="hardware">hardware</option>
            <option value="emulate">emulate</option>
          </select>
        </label>
        <CommandButton compact testId="prog-load" label="Assemble & load" keys="Ctrl+Enter" onClick={() => void useProgram.getState().assembleAndLoad()} />
        <span className="ml-auto text-[13px] text-faint" data-testid="prog-keys">{KEYS}</span>
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
