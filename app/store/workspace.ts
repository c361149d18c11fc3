/**
 * Workspace slice: what the engine last told us (workspace info, position, summary, object
 * tree, registers of the selected vCPU) plus the commands that move the replay. `version`
 * increments after every position change; panels that fetch by range (ioctl log, exits)
 * key their caches on it.
 */
import type { StateCreator } from 'zustand';
import type { Method, ObjectTree, OpenSource, RegistersResult, SampleInfo, StepResult, Summary, WorkspaceInfo } from '../../engine/protocol.ts';
import { EngineError } from '../../engine/protocol.ts';
import { engine } from '../engine.ts';
import type { AppState } from './index.ts';
import { selectKind, type Front } from './kind.ts';

export interface UiError { code: string; message: string }

export interface WorkspaceSlice {
  samples: SampleInfo[];
  info: WorkspaceInfo | null;
  last: StepResult | null;
  summary: Summary | null;
  tree: ObjectTree | null;
  registers: RegistersResult | null;
  version: number;
  /** Requests in flight (the UI shows a busy indicator; commands still queue in order). */
  busy: number;
  error: UiError | null;
  notice: string | null;
  /**
   * Which engine workspace the shell shows: the session's (`info`: recording or program) or the
   * trace workspace (its UI state is app/panels/timeline/trace-store.ts, which sets 'trace' when
   * an import starts). `open` sets 'session' once the session workspace opened. Read the kind
   * with `selectKind` (store/kind.ts).
   */
  front: Front;
  init(): Promise<void>;
  open(src: OpenSource, transfer?: Transferable[]): Promise<void>;
  command(method: Extract<Method, 'stepEvent' | 'stepIoctl' | 'runToEnd' | 'reset'>): Promise<void>;
  stepBack(unit?: 'ioctl' | 'event'): Promise<void>;
  seekRow(row: number): Promise<void>;
  seek(position: number): Promise<void>;
  refresh(): Promise<void>;
  refreshRegisters(): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

function toUiError(e: unknown): UiError {
  if (e instanceof EngineError) return { code: e.code, message: e.message };
  return { code: 'PS503', message: e instanceof Error ? e.message : String(e) };
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  /** Run one request with busy accounting; errors go to the banner and resolve to null. */
  async function guarded<T>(p: () => Promise<T>): Promise<T | null> {
    set((s) => ({ busy: s.busy + 1 }));
    try {
      return await p();
    } catch (e) {
      set({ error: toUiError(e) });
      return null;
    } finally {
      set((s) => ({ busy: s.busy - 1 }));
    }
  }

  async function moved(r: StepResult | null): Promise<void> {
    if (r) set((s) => ({ last: r, version: s.version + 1 }));
    await get().refresh();
  }

  return {
    samples: [],
    info: null,
    last: null,
    summary: null,
    tree: null,
    registers: null,
    version: 0,
    busy: 0,
    error: null,
    notice: null,
    front: 'session',

    async init() {
      engine.on((e) => {
        if (e.type === 'crashed') set({ error: { code: 'PS501', message: e.message } });
        else if (e.type === 'recovered') {
          // The trace store reopens its own trace (and says so); the session's is restored behind it.
          const kind = selectKind(get());
          const notice = kind === 'program' ? `Engine restarted; program restored at instruction ${e.position}`
            : kind === 'recording' ? `Engine restarted; workspace restored at event ${e.position}` : get().notice;
          set((s) => ({ notice, version: s.version + 1 }));
          void get().refresh();
        } else if (e.type === 'recoveryFailed') set({ error: { code: 'PS501', message: `recovery failed: ${e.message}` } });
      });
      const samples = await guarded(() => engine.request('listSamples', {}));
      if (!samples) return;
      set({ samples });
      const def = samples.find((s) => s.name === DEFAULT_SAMPLE) ?? samples[0];
      if (def) await get().open({ kind: 'sample', name: def.name });
    },

    async open(src, transfer) {
      const info = await guarded(() => engine.request('open', src, transfer));
      if (!info) return;
      set((s) => ({ info, front: 'session', last: null, registers: null, version: s.version + 1, error: null, selectedVcpu: null, selectedRow: null }));
      await get().refresh();
    },

    // Stepping commands drop the row selection so the detail pane follows the current ioctl.
    async command(method) {
      set({ selectedRow: null });
      await moved(await guarded(() => engine.request(method, {})));
    },
    async stepBack(unit = 'ioctl') {
      set({ selectedRow: null });
      await moved(await guarded(() => engine.request('stepBack', { unit })));
    },
    async seekRow(row) {
      await moved(await guarded(() => engine.request('seekRow', { row })));
    },
    async seek(position) {
      set({ selectedRow: null });
      await moved(await guarded(() => engine.request('seek', { position })));
    },

    async refresh() {
      if (!get().info) return;
      const [summary, tree] = await Promise.all([
        guarded(() => engine.request('summary', {})),
        guarded(() => engine.request('tree', {})),
      ]);
      set({ summary, tree });
      await get().refreshRegisters();
    },

    async refreshRegisters() {
      const fd = selectVcpuFd(get());
      if (fd === null) { set({ registers: null }); return; }
      const registers = await guarded(() => engine.request('registers', { vcpuFd: fd }));
      set({ registers });
    },

    dismissError: () => set({ error: null }),
    dismissNotice: () => set({ notice: null }),
  };
};

/** The sample opened at start: `io` has real KVM_EXIT_IO exits with IN completions. */
export const DEFAULT_SAMPLE = 'io';

/** The vCPU the register panel shows: the selected one if it still exists, else the first vCPU. */
export function selectVcpuFd(s: Pick<AppState, 'tree' | 'selectedVcpu'>): number | null {
  const vcpus = s.tree?.vms.flatMap((vm) => vm.vcpus).filter((v) => v.fd !== null) ?? [];
  if (s.selectedVcpu !== null && vcpus.some((v) => v.fd === s.selectedVcpu)) return s.selectedVcpu;
  return vcpus[0]?.fd ?? null;
}
