/**
 * Top bar: workspace picker (recordings, programs, traces), Open file…, then the controls and the
 * position of the open workspace's kind: a recording steps ioctls and shows "event N / M"; a
 * program has its run controls and shows instructions retired, RIP and why it stopped; a trace
 * has no stepping and shows its identity (file, events, time span).
 */
import { CommandButton } from '../components/CommandButton.tsx';
import { useRef } from 'react';
import { useApp } from '../store/index.ts';
import { selectKind, type WorkspaceKind } from '../store/kind.ts';
import { ProgramOptions, pickProgram } from '../panels/editor/picker.tsx';
import { useProgram } from '../panels/editor/programStore.ts';
import { TraceOptions, TRACE_PREFIX, pickTrace } from '../panels/timeline/picker.tsx';
import { useTrace } from '../panels/timeline/trace-store.ts';
import { openUserFiles } from '../panels/timeline/drop.ts';
import { isEnabled, keysText, toolbarButtons } from './commands.ts';
import { runCommand, useCommandContext } from './run-command.ts';
import { importPercent, stopText, traceIdentity } from './position.ts';

export function Toolbar() {
  const kind = useApp(selectKind);
  const file = useRef<HTMLInputElement>(null);
  return (
    <header data-testid="toolbar" data-kind={kind} className="flex shrink-0 flex-wrap items-center gap-3 border-b border-edge bg-head px-3 py-2">
      <h1 className="flex items-center gap-2 text-[17px] font-bold tracking-wide text-fg">
        <img src="/favicon.svg" alt="" className="h-6 w-6" />Planescope
      </h1>
      <WorkspacePicker kind={kind} />
      <button
        data-testid="open-file"
        onClick={() => file.current?.click()}
        title="A recording (.truth.json[.gz]) or a trace (trace.dat, ftrace / trace-cmd report text, perf script, strace); several trace files: a host trace.dat and its guests'"
        className="rounded-md border border-edge bg-panel px-3 py-1.5 text-[14px] text-fg hover:border-accent"
      >
        Open file…
      </button>
      <input
        ref={file}
        data-testid="file-input"
        type="file"
        multiple
        className="hidden"
        onChange={(e) => {
          const fs = [...(e.target.files ?? [])];
          e.target.value = '';
          void openUserFiles(fs);
        }}
      />
      <Controls kind={kind} />
      <Position kind={kind} />
    </header>
  );
}

/** One select for every workspace: recordings (plain names), programs (`program:`), traces (`trace:`). */
function WorkspacePicker({ kind }: { kind: WorkspaceKind }) {
  const samples = useApp((s) => s.samples);
  const info = useApp((s) => s.info);
  const open = useApp((s) => s.open);
  const examples = useProgram((s) => s.examples);
  const traceSource = useTrace((s) => s.source);
  const traceInfo = useTrace((s) => s.info);
  const loading = useTrace((s) => s.loading);

  // The option of the open workspace; '' shows a placeholder naming it (files, edited programs).
  let value = '';
  let placeholder = 'choose a workspace…';
  if (kind === 'recording' && info) {
    if (samples.some((s) => s.name === info.name)) value = info.name;
    else placeholder = `Recording: ${info.name}`;
  } else if (kind === 'program' && info) {
    // Never selected: picking the example again reloads it (after edits).
    placeholder = `Program: ${examples.find((x) => x.name === info.name)?.title ?? info.name}`;
  } else if (kind === 'trace') {
    if (loading) placeholder = `Trace: importing ${loading.name}…`;
    else if (traceSource?.kind === 'sample' && traceInfo) value = TRACE_PREFIX + traceSource.name;
    else placeholder = traceInfo ? `Trace: ${traceInfo.name}` : 'Trace: none open';
  }

  return (
    <label className="flex items-center gap-2 text-[14px] text-dim">
      Workspace
      <select
        data-testid="sample-picker"
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          if (v && !pickProgram(v) && !pickTrace(v)) void open({ kind: 'sample', name: v });
        }}
        className="w-[15rem] rounded-md border border-edge bg-panel px-2 py-1.5 text-[14px] text-fg"
      >
        {value === '' ? <option value="">{placeholder}</option> : null}
        <optgroup label="Recordings (real KVM, replayed)">
          {samples.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
        </optgroup>
        <ProgramOptions />
        <TraceOptions />
      </select>
    </label>
  );
}

/** The stepping / run controls of the open workspace's kind (none for a trace). */
function Controls({ kind }: { kind: WorkspaceKind }) {
  const ctx = useCommandContext();
  const buttons = toolbarButtons(kind, ctx.running);
  if (!buttons.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="controls">
      <div className="mx-2 h-7 w-px bg-edge" />
      {buttons.map((c) => (
        <CommandButton key={c.id} showKeys testId={c.testId} label={c.label} keys={c.hint} title={`${c.label} (${keysText(c)})`}
          onClick={() => runCommand(c.id)} disabled={!isEnabled(c.id, ctx)} />
      ))}
    </div>
  );
}

/** Where the open workspace stands, in its own terms. */
function Position({ kind }: { kind: WorkspaceKind }) {
  return (
    <div data-testid="position" className="ml-auto font-mono text-[15px] text-fg" aria-live="polite">
      {kind === 'recording' ? <RecordingPosition /> : kind === 'program' ? <ProgramPosition /> : kind === 'trace' ? <TracePosition /> : '—'}
    </div>
  );
}

function RecordingPosition() {
  const pos = useApp((s) => s.summary ?? s.last ?? s.info);
  return pos ? <>event <b>{pos.position}</b> / {pos.events}</> : <>—</>;
}

function ProgramPosition() {
  const st = useProgram((s) => s.state);
  if (!st) return <span className="text-dim">loading program…</span>;
  return (
    <span data-testid="prog-status" title="instructions retired by the vCPU · RIP · why it stopped last">
      insn <b data-testid="prog-icount">{st.instructions}</b> · RIP <b data-testid="prog-rip">0x{st.rip.toString(16)}</b> ·{' '}
      <span className={st.done ? 'text-warn' : 'text-dim'}>{stopText(st.stop)}</span>
    </span>
  );
}

function TracePosition() {
  const info = useTrace((s) => s.info);
  const loading = useTrace((s) => s.loading);
  const failure = useTrace((s) => s.failure);
  if (loading) return <span className="text-dim">importing {loading.name} · {importPercent(loading.done, loading.total)}%</span>;
  if (!info) return <span className={failure ? 'text-fail' : 'text-dim'}>{failure ? `${failure.code}: no trace open` : 'no trace open'}</span>;
  const id = traceIdentity(info);
  return (
    <span data-testid="trace-identity" title="file · events imported · time from the first to the last event">
      <b>{id.name}</b> · {id.events} · span {id.span}
    </span>
  );
}
