/** Top bar: workspace picker (built-in samples, open file), stepping controls and the position indicator. */
import { CommandButton } from '../components/CommandButton.tsx';
import { useRef } from 'react';
import { useApp } from '../store/index.ts';
import { ProgramOptions, pickProgram } from '../panels/editor/picker.tsx';

export function Toolbar() {
  const samples = useApp((s) => s.samples);
  const info = useApp((s) => s.info);
  const last = useApp((s) => s.last);
  const summary = useApp((s) => s.summary);
  const busy = useApp((s) => s.busy > 0);
  const open = useApp((s) => s.open);
  const command = useApp((s) => s.command);
  const stepBack = useApp((s) => s.stepBack);
  const file = useRef<HTMLInputElement>(null);
  const pos = summary ?? last ?? info;
  const atStart = !pos || pos.position === 0;
  const atEnd = !pos || pos.done;
  const current = info?.name && samples.some((s) => s.name === info.name) ? info.name : '';

  return (
    <header className="flex shrink-0 flex-wrap items-center gap-3 border-b border-edge bg-head px-3 py-2">
      <h1 className="flex items-center gap-2 text-[17px] font-bold tracking-wide text-fg">
        <img src="/favicon.svg" alt="" className="h-6 w-6" />Planescope
      </h1>
      <label className="flex items-center gap-2 text-[14px] text-dim">
        Workspace
        <select
          data-testid="sample-picker"
          value={current}
          onChange={(e) => e.target.value && !pickProgram(e.target.value) && void open({ kind: 'sample', name: e.target.value })}
          className="rounded-md border border-edge bg-panel px-2 py-1.5 text-[14px] text-fg"
        >
          {current === '' ? <option value="">{info ? info.name : 'choose a sample…'}</option> : null}
          {samples.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
          <ProgramOptions />
        </select>
      </label>
      <button
        data-testid="open-file"
        onClick={() => file.current?.click()}
        className="rounded-md border border-edge bg-panel px-3 py-1.5 text-[14px] text-fg hover:border-accent"
      >
        Open file…
      </button>
      <input
        ref={file}
        data-testid="file-input"
        type="file"
        accept=".json,.gz,application/json,application/gzip"
        className="hidden"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          const bytes = new Uint8Array(await f.arrayBuffer());
          await open({ kind: 'file', name: f.name, bytes }, [bytes.buffer]);
        }}
      />
      <div className="mx-2 h-7 w-px bg-edge" />
      <CommandButton showKeys testId="btn-back" label="◀ Back" keys="b" onClick={() => void stepBack()} disabled={!info || atStart} />
      <CommandButton showKeys testId="btn-step" label="Step ioctl ▶" keys="n" onClick={() => void command('stepIoctl')} disabled={!info || atEnd} />
      <CommandButton showKeys testId="btn-end" label="Run to end ▶▶" keys="e" onClick={() => void command('runToEnd')} disabled={!info || atEnd} />
      <CommandButton showKeys testId="btn-reset" label="Reset" keys="r" onClick={() => void command('reset')} disabled={!info || atStart} />
      <div data-testid="position" className="ml-auto font-mono text-[15px] text-fg" aria-live="polite">
        {pos ? <>event <b>{pos.position}</b> / {pos.events}</> : '—'}
        {busy ? <span className="ml-2 text-dim" data-testid="busy">working…</span> : null}
      </div>
    </header>
  );
}
