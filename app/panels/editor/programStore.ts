/**
 * State of the program workspace UI (editor text, lint markers, loaded listing, breakpoints,
 * program state, disassembly, serial) and its commands. The workspace itself lives in the engine;
 * moves go through the shared store (`useApp`: `last`, `version`, `refresh()`), so the ioctl log,
 * exits, registers and object tree follow, and this store refetches its own views whenever the
 * shared `version` changes (which also covers the shell's toolbar and keyboard shortcuts).
 */
import { create } from 'zustand';
import {
  EngineError, type DisasmResult, type LintResult, type ProgramBackend, type ProgramExample, type ProgramState, type StepResult,
} from '../../../engine/protocol.ts';
import { engine } from '../../engine.ts';
import { useApp } from '../../store/index.ts';

export interface ProgramUi {
  examples: ProgramExample[];
  source: string;
  /** Name of the example (or 'program') the source started from. */
  name: string;
  backend: ProgramBackend;
  lint: LintResult | null;
  /** Source line → first address of the program that is loaded (for gutter breakpoints). */
  loadedLines: Map<number, number>;
  state: ProgramState | null;
  disasm: DisasmResult | null;
  serial: string;
  /** A continue loop is running (Run); `pause()` stops it after the current slice. */
  running: boolean;
  init(): Promise<void>;
  setSource(text: string): void;
  setBackend(b: ProgramBackend): Promise<void>;
  loadExample(name: string): Promise<void>;
  assembleAndLoad(): Promise<void>;
  step(): Promise<void>;
  stepOver(): Promise<void>;
  stepBack(): Promise<void>;
  cont(): Promise<void>;
  run(): Promise<void>;
  pause(): void;
  toggleBreakpoint(address: number): Promise<void>;
  refetch(): Promise<void>;
}

/** True when the shell's open workspace is a program. */
export function isProgramInfo(info: { scenario?: string } | null): boolean {
  return info?.scenario === 'program';
}

function report(e: unknown): void {
  const code = e instanceof EngineError ? e.code : 'PS503';
  useApp.setState({ error: { code, message: e instanceof Error ? e.message : String(e) } });
}

/** A program move through the engine: the shared store learns the new position and refreshes its panels. */
async function moved(r: StepResult | null): Promise<void> {
  if (!r) return;
  useApp.setState((s) => ({ last: r, version: s.version + 1, selectedRow: null }));
  await useApp.getState().refresh();
}

async function guarded<T>(p: () => Promise<T>): Promise<T | null> {
  useApp.setState((s) => ({ busy: s.busy + 1 }));
  try {
    return await p();
  } catch (e) {
    report(e);
    return null;
  } finally {
    useApp.setState((s) => ({ busy: s.busy - 1 }));
  }
}

let lintTimer: ReturnType<typeof setTimeout> | null = null;
let lintSeq = 0;
/** Debounce of linting while typing (assembling is fast, but not every keystroke needs it). */
export const LINT_DELAY_MS = 200;

export const useProgram = create<ProgramUi>()((set, get) => ({
  examples: [],
  source: '',
  name: 'program',
  backend: 'hardware',
  lint: null,
  loadedLines: new Map(),
  state: null,
  disasm: null,
  serial: '',
  running: false,

  async init() {
    if (get().examples.length) return;
    const examples = await guarded(() => engine.request('programExamples', {}));
    if (!examples?.length) return;
    set({ examples });
    if (!get().source) get().setSource(examples[0].source), set({ name: examples[0].name });
  },

  setSource(text) {
    set({ source: text });
    if (lintTimer) clearTimeout(lintTimer);
    const mine = ++lintSeq;
    lintTimer = setTimeout(() => {
      void engine.request('programLint', { source: text }).then((lint) => {
        if (mine === lintSeq) set({ lint });
      }, report);
    }, LINT_DELAY_MS);
  },

  async setBackend(b) {
    set({ backend: b });
    if (isProgramInfo(useApp.getState().info)) await get().assembleAndLoad();
  },

  async loadExample(name) {
    const ex = get().examples.find((e) => e.name === name);
    if (!ex) return;
    set({ name: ex.name });
    get().setSource(ex.source);
    await get().assembleAndLoad();
  },

  async assembleAndLoad() {
    const { source, name, backend } = get();
    get().pause();
    const listing = await guarded(() => engine.request('programLint', { source }));
    if (listing) set({ lint: listing });
    if (!listing?.ok) {
      const first = listing?.diagnostics.find((d) => d.severity === 'error');
      if (first) useApp.setState({ error: { code: 'PS510', message: `PS510 line ${first.line}:${first.column}: ${first.code} ${first.message}` } });
      return;
    }
    await useApp.getState().open({ kind: 'program', name, source, backend });
    if (!isProgramInfo(useApp.getState().info)) return;
    set({ loadedLines: new Map(listing.lines.map((l) => [l.line, l.address] as [number, number])) });
    useApp.getState().setTab('bottom', 'serial');
    await get().refetch();
  },

  step: () => programMove(() => engine.request('programStep', {})),
  stepOver: () => programMove(() => engine.request('programStepOver', {})),
  stepBack: () => programMove(() => engine.request('programStepBack', {})),
  cont: () => programMove(() => engine.request('programContinue', {})),

  async run() {
    if (get().running) return;
    set({ running: true });
    try {
      // One bounded slice per request, so the worker stays responsive and Pause takes effect.
      while (get().running) {
        const r = await guarded(() => engine.request('programContinue', {}));
        await moved(r);
        if (!r || r.program.stop?.kind !== 'limit') break;
      }
    } finally {
      set({ running: false });
    }
  },

  pause: () => set({ running: false }),

  async toggleBreakpoint(address) {
    const cur = get().state?.breakpoints ?? [];
    const next = cur.includes(address) ? cur.filter((a) => a !== address) : [...cur, address];
    const state = await guarded(() => engine.request('programSetBreakpoints', { addresses: next }));
    if (state) { set({ state }); await get().refetch(); }
  },

  async refetch() {
    if (!isProgramInfo(useApp.getState().info)) { set({ state: null, disasm: null, serial: '' }); return; }
    try {
      const [state, disasm, serial] = await Promise.all([
        engine.request('programState', {}),
        engine.request('programDisasm', { before: 8, after: 32 }),
        engine.request('programSerial', {}),
      ]);
      set({ state, disasm, serial: serial.text });
    } catch (e) {
      // A recording was opened meanwhile: nothing to show (PS504), anything else is worth a banner.
      if (!(e instanceof EngineError && e.code === 'PS504')) report(e);
      set({ state: null, disasm: null, serial: '' });
    }
  },
}));

async function programMove(req: () => Promise<StepResult>): Promise<void> {
  await moved(await guarded(req));
}

// Any change of position (our buttons, the shell's toolbar and shortcuts, crash recovery) refreshes the views.
let lastVersion = -1;
useApp.subscribe((s) => {
  // A Run loop stops when the program is no longer the open workspace (a trace or a recording opened).
  if ((s.front !== 'session' || !isProgramInfo(s.info)) && useProgram.getState().running) useProgram.getState().pause();
  if (s.version === lastVersion) return;
  lastVersion = s.version;
  if (isProgramInfo(s.info)) void useProgram.getState().refetch();
  else if (useProgram.getState().state) useProgram.setState({ state: null, disasm: null, serial: '' });
});
