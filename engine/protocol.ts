/**
 * The one typed request/response protocol between the UI and the engine.
 *
 *   UI ──{ seq, method, args }──▶ engine (Session, in a Web Worker or in-thread)
 *   UI ◀──{ seq, ok, result | error }── engine
 *
 * `Requests` maps every method to its argument and result types. Responses are matched
 * to requests by `seq`. Errors are Planescope's own problems (a PsError code from
 * engine/errors.ts plus where/why); KVM's answers (errno) are *results*, never errors.
 * Only what the UI draws crosses the boundary: the ioctl log is fetched by row range.
 *
 * This module is the whole engine surface the app may import at run time: it imports
 * nothing from the engine but types and the error registry, so the app bundle never
 * pulls in engine code (the engine runs in the worker). `EngineClient` works the same
 * over a Worker (`workerTransport`) or in the same thread (`inThreadTransport`, used by
 * unit tests and the CLI), in the style of v86's bus / worker_bus pair.
 */
import type { ErrorCode, ErrorWhere } from './errors.ts';
import type { TraceRequests } from './protocol/trace.ts';

// Trace workspaces (timeline, event details, exit statistics): engine/protocol/trace.ts.
export * from './protocol/trace.ts';
import type { ProgramRequests, ProgramSource } from './protocol/program.ts';

// Program workspaces (assemble and load, step, breakpoints, disassembly, serial): engine/protocol/program.ts.
export * from './protocol/program.ts';

/** Bumped when a request or result shape changes incompatibly. */
export const PROTOCOL_VERSION = 1;

// ---------------------------------------------------------------------------
// Data shapes (plain data; bigint values are fine: structured clone carries them)
// ---------------------------------------------------------------------------

/** A built-in sample workspace (a bundled real-KVM recording). */
export interface SampleInfo { name: string }

/** Where a workspace comes from: a built-in sample by name, or the bytes of a user's `.truth.json[.gz]`. */
export type OpenSource =
  | { kind: 'sample'; name: string }
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | ProgramSource;

/** Where the replay stands. `position` = number of recording events applied (0 … events). */
export interface Position {
  position: number;
  events: number;
  /** ioctl events applied / in the recording. */
  ioctlsDone: number;
  ioctls: number;
  done: boolean;
}

/** What `open` reports about the recording. */
export interface WorkspaceInfo extends Position {
  name: string;
  scenario: string;
  description: string;
  kernel: string;
  /** host.backend of the recording: 'pvm' | 'svm' | 'vmx' | 'spec' | … */
  hostBackend: string;
  /** planes uAPI generation the log assumes ('none' when absent). */
  profile: string;
  exits: number;
  /** Whether the engine has a guest CPU (false: KVM_RUN events are reported as skipped). */
  guestExecution: boolean;
}

/** Outcome status of one event, as compared with the recording ('pending' = not applied yet). */
export type EventStatus = 'pass' | 'fail' | 'skip' | 'input' | 'info' | 'pending';

export interface MismatchView { seq: number; what: string; expected: string; actual: string }

/** Result of a stepping request. */
export interface StepResult extends Position {
  /** Events applied (forward) or undone (backward) by this request. */
  applied: number;
  /** Index and seq of the last event applied, or -1 at the start. */
  lastIndex: number;
  lastSeq: number;
}

export interface StatusCounts { pass: number; fail: number; skip: number; input: number; info: number }

export interface Summary extends Position {
  counts: StatusCounts;
  exitsDone: number;
  exits: number;
  /** The first failing event so far (event index and seq), if any. */
  firstFailure: { index: number; seq: number } | null;
}

/** One row of the ioctl log. */
export interface LogRow {
  /** Row number (0-based ordinal among the recording's ioctl events). */
  row: number;
  index: number;
  seq: number;
  req: string;
  /** request number as passed, hex */
  nr: string;
  fd: number;
  fdKind: string;
  /** forked_child ioctls are made by another process (EIO from KVM's mm check). */
  process: string;
  /** Decoded input argument, one line. */
  args: string;
  /** Recorded (real KVM) return value and errno name. */
  ret: number;
  errno: string | null;
  /** Engine's return value and errno name once applied (null while pending or when not reported). */
  actualRet: number | null;
  actualErrno: string | null;
  status: EventStatus;
  skipReason: string | null;
  mismatches: MismatchView[];
}

export interface LogRowsResult { total: number; executed: number; rows: LogRow[] }

/** One `exit` event (the kvm_run contents after a KVM_RUN), with its comparison status. */
export interface ExitRow {
  row: number;
  index: number;
  seq: number;
  runSeq: number;
  vcpuFd: number;
  /** KVM_EXIT_* name, or "ERR EINTR" style when the KVM_RUN failed */
  reason: string;
  reasonNr: number | null;
  /** Key fields of the union member, one line (e.g. "out port 0x10 size 1 count 1 data 41"). */
  detail: string;
  /** RIP after the exit as recorded (hex) */
  rip: string | null;
  status: EventStatus;
  skipReason: string | null;
  mismatches: MismatchView[];
}

export interface ExitRowsResult { total: number; rows: ExitRow[] }

/** struct kvm_segment as shown (field names of arch/x86/include/uapi/asm/kvm.h). */
export interface SegmentView {
  base: bigint; limit: number; selector: number; type: number;
  present: number; dpl: number; db: number; s: number; l: number; g: number; avl: number; unusable: number;
}
export interface DtableView { base: bigint; limit: number }
export interface RegsView {
  rax: bigint; rbx: bigint; rcx: bigint; rdx: bigint; rsi: bigint; rdi: bigint; rsp: bigint; rbp: bigint;
  r8: bigint; r9: bigint; r10: bigint; r11: bigint; r12: bigint; r13: bigint; r14: bigint; r15: bigint;
  rip: bigint; rflags: bigint;
}
export interface SregsView {
  cs: SegmentView; ds: SegmentView; es: SegmentView; fs: SegmentView; gs: SegmentView; ss: SegmentView;
  tr: SegmentView; ldt: SegmentView; gdt: DtableView; idt: DtableView;
  cr0: bigint; cr2: bigint; cr3: bigint; cr4: bigint; cr8: bigint; efer: bigint; apic_base: bigint;
}

/** Registers of one vCPU. Register keys are flattened: "rax", "rip", "cs.base", "gdt.limit", "efer"… */
export interface RegistersResult {
  vcpuFd: number;
  vcpuId: number;
  regs: RegsView;
  sregs: SregsView;
  /** Keys whose value changed in the last stepping request. */
  changed: string[];
  /** What real KVM reported for this vCPU at or before this position (last GET/SET_REGS/SREGS or exit snapshot). */
  recorded: { regs: RegsView | null; regsSeq: number | null; sregs: SregsView | null; sregsSeq: number | null };
}

export interface MemslotNode { slot: number; flags: number; guest_phys_addr: bigint; memory_size: bigint; userspace_addr: bigint }
/** fd null: the object lives on without an fd of its own (kept alive by other references). */
export interface GmemNode { fd: number | null; size: bigint; flags: bigint }
export interface VcpuNode {
  fd: number | null; vcpu_id: number; plane: number; mp_state: number | null; runMapped: boolean;
  lastExit: { reason: number; name: string } | null;
}
export interface VmNode {
  fd: number | null; type: number;
  /** in-kernel irqchip: 'none', or the kind KVM_CREATE_IRQCHIP / KVM_CAP_SPLIT_IRQCHIP made */
  irqchip: string;
  memslots: MemslotNode[]; gmems: GmemNode[]; vcpus: VcpuNode[];
  /** KVM_ENABLE_CAP state, name → value (hex strings for display) */
  capsEnabled: Record<string, string>;
  planes: number[];
}
/** The object tree: system → VMs → vCPUs, memslots, guest_memfds, plus every open fd. */
export interface ObjectTree { fds: { fd: number; kind: string }[]; vms: VmNode[] }

// ---------------------------------------------------------------------------
// The request map
// ---------------------------------------------------------------------------

type Empty = Record<string, never>;

/** Every request the engine serves: `{ method: { args, result } }`. */
export interface Requests extends TraceRequests, ProgramRequests {
  hello: { args: Empty; result: { protocol: number } };
  listSamples: { args: Empty; result: SampleInfo[] };
  open: { args: OpenSource; result: WorkspaceInfo };
  /** Apply the next event (any type). */
  stepEvent: { args: Empty; result: StepResult };
  /** Apply events up to and including the next ioctl (inputs and notes before it are applied on the way), plus its exit. */
  stepIoctl: { args: Empty; result: StepResult };
  /** Reverse step: to just before the last applied ioctl (`unit: 'ioctl'`, default) or one event back. */
  stepBack: { args: { unit?: 'ioctl' | 'event' }; result: StepResult };
  runToEnd: { args: Empty; result: StepResult };
  /** Go to an absolute position (events applied), forward or backward. */
  seek: { args: { position: number }; result: StepResult };
  /** Go to the state right after ioctl log row `row` (and its exit). */
  seekRow: { args: { row: number }; result: StepResult };
  reset: { args: Empty; result: StepResult };
  summary: { args: Empty; result: Summary };
  tree: { args: Empty; result: ObjectTree };
  registers: { args: { vcpuFd: number }; result: RegistersResult | null };
  /** Rows [from, to) of the ioctl log; `upcoming` includes rows not applied yet. */
  logRows: { args: { from: number; to: number; upcoming?: boolean }; result: LogRowsResult };
  exitRows: { args: { from: number; to: number }; result: ExitRowsResult };
  /** For crash-recovery tests only: the worker throws outside the request boundary. */
  debugCrash: { args: Empty; result: null };
}

export type Method = keyof Requests;
export type ArgsOf<M extends Method> = Requests[M]['args'];
export type ResultOf<M extends Method> = Requests[M]['result'];

/** Methods that change the position; their results carry it and the client remembers it for crash recovery. */
export const MUTATING: ReadonlySet<Method> = new Set<Method>(['open', 'stepEvent', 'stepIoctl', 'stepBack', 'runToEnd', 'seek', 'seekRow', 'reset',
  'programStep', 'programStepOver', 'programContinue', 'programStepBack']);

export interface RequestMessage<M extends Method = Method> { seq: number; method: M; args: ArgsOf<M> }
export interface WireError { code: ErrorCode; message: string; where: ErrorWhere }
export type ResponseMessage =
  | { seq: number; ok: true; result: unknown }
  | { seq: number; ok: false; error: WireError };

/** An error response, rejected by EngineClient.request(). */
export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly where: ErrorWhere;
  constructor(e: WireError) {
    super(e.message);
    this.name = 'EngineError';
    this.code = e.code;
    this.where = e.where;
  }
}

/** The engine side: anything that answers request messages (engine/session.ts). */
export interface RequestHandler {
  handle(msg: RequestMessage): Promise<ResponseMessage>;
}

/** Typed arrays / ArrayBuffers directly in a value or one level down: moved, not copied, across postMessage. */
export function collectTransferables(value: unknown): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (v: unknown): void => {
    if (v instanceof ArrayBuffer) out.push(v);
    else if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) out.push(v.buffer);
  };
  if (value && typeof value === 'object') {
    add(value);
    for (const v of Object.values(value)) add(v);
  }
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------
// Transports
// ---------------------------------------------------------------------------

/** One connection to one engine instance. */
export interface Transport {
  post(msg: RequestMessage, transfer: Transferable[]): void;
  /** Set by the client: a response arrived. */
  onMessage: (msg: ResponseMessage) => void;
  /** Set by the client: the engine died (its state is gone). */
  onCrash: (why: string) => void;
  close(): void;
}

/**
 * In-thread transport (tests, CLI): messages go through structuredClone exactly as
 * postMessage would copy them (so a result that cannot cross a worker boundary fails
 * here too), and are answered asynchronously, in order.
 */
export function inThreadTransport(handler: RequestHandler): Transport {
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  const t: Transport = {
    onMessage: () => {},
    onCrash: () => {},
    post(msg, transfer) {
      if (closed) return;
      const copy = structuredClone(msg, { transfer: transfer as Transferable[] }) as RequestMessage;
      chain = chain.then(async () => {
        if (copy.method === 'debugCrash') {
          closed = true;
          t.onCrash('engine crashed (debugCrash)');
          return;
        }
        const res = await handler.handle(copy);
        if (!closed) t.onMessage(structuredClone(res, { transfer: transferOf(res) }));
      });
    },
    close() { closed = true; },
  };
  return t;
}

function transferOf(res: ResponseMessage): Transferable[] {
  return res.ok ? collectTransferables(res.result) : [];
}

/** Worker transport: the engine runs in `worker` (engine/worker.ts). Any uncaught error there counts as a crash. */
export function workerTransport(worker: Worker): Transport {
  const t: Transport = {
    onMessage: () => {},
    onCrash: () => {},
    post(msg, transfer) { worker.postMessage(msg, transfer); },
    close() { worker.terminate(); },
  };
  worker.addEventListener('message', (e: MessageEvent) => t.onMessage(e.data as ResponseMessage));
  worker.addEventListener('error', (e: ErrorEvent) => { e.preventDefault(); t.onCrash(e.message || 'engine worker error'); });
  worker.addEventListener('messageerror', () => t.onCrash('engine worker sent a message that could not be deserialized'));
  return t;
}

// ---------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------

export type ClientEvent =
  | { type: 'crashed'; message: string }
  | { type: 'recovered'; position: number }
  | { type: 'recoveryFailed'; message: string }
  /** The engine was replaced on purpose by `restart()` (e.g. to cancel a long import). */
  | { type: 'restarted'; message: string };

interface Pending { resolve: (v: unknown) => void; reject: (e: unknown) => void; method: Method; open?: OpenSource }

/**
 * Sends typed requests and matches responses by seq. If the engine dies, pending
 * requests are rejected with PS501, a new engine is connected, and the last opened
 * workspace is reopened at the last known position (the engine replays to it from
 * its checkpoints, deterministically).
 */
export class EngineClient {
  private transport: Transport;
  private nextSeq = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Set<(e: ClientEvent) => void>();
  private lastOpen: OpenSource | null = null;
  private lastPosition = 0;
  private closed = false;
  /** Set while a crashed engine is being replaced: new requests wait for it so they see the restored state. */
  private recovering: Promise<void> | null = null;

  /** `connect` makes a new engine connection; it is called again after a crash. */
  constructor(private readonly connect: () => Transport) {
    this.transport = this.attach(connect());
  }

  /** Send one request; resolves with its result or rejects with an EngineError. */
  request<M extends Method>(method: M, args: ArgsOf<M>, transfer: Transferable[] = []): Promise<ResultOf<M>> {
    if (this.recovering) return this.recovering.then(() => this.send(method, args, transfer));
    return this.send(method, args, transfer);
  }

  private send<M extends Method>(method: M, args: ArgsOf<M>, transfer: Transferable[]): Promise<ResultOf<M>> {
    if (this.closed) return Promise.reject(new EngineError({ code: 'PS501', message: 'PS501 engine client closed', where: {} }));
    const seq = this.nextSeq++;
    let open: OpenSource | undefined;
    if (method === 'open') {
      const src = args as OpenSource;
      // Keep our own copy of user bytes: the ones sent may be transferred (detached) and we need them to recover.
      open = src.kind === 'file' && src.bytes instanceof Uint8Array ? { kind: 'file', name: src.name, bytes: src.bytes.slice() } : src;
    }
    return new Promise<ResultOf<M>>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject, method, open });
      this.transport.post({ seq, method, args }, transfer);
    });
  }

  /** Subscribe to crash/recovery notices; returns the unsubscribe function. */
  on(listener: (e: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Position last reported by the engine (used for crash recovery). */
  get position(): number { return this.lastPosition; }

  /**
   * Abandon whatever the engine is doing (a synchronous import cannot be interrupted
   * otherwise): pending requests reject with PS501, a new engine is connected and the last
   * opened recording is reopened at its position, exactly as after a crash, but reported
   * as `restarted`.
   */
  restart(reason: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (!this.recovering) this.recovering = this.recover(reason, 'restarted').finally(() => { this.recovering = null; });
    return this.recovering;
  }

  close(): void {
    this.closed = true;
    this.transport.close();
    this.failPending('PS501 engine client closed');
  }

  private attach(t: Transport): Transport {
    t.onMessage = (msg) => this.receive(msg);
    t.onCrash = (why) => {
      if (t !== this.transport || this.recovering) return;
      this.recovering = this.recover(why).finally(() => { this.recovering = null; });
    };
    return t;
  }

  private receive(msg: ResponseMessage): void {
    const p = this.pending.get(msg.seq);
    if (!p) return; // answer to a request of a dead engine, or a duplicate: ignore
    this.pending.delete(msg.seq);
    if (msg.ok) {
      if (p.open) this.lastOpen = p.open; // only a workspace that opened is worth reopening
      if (MUTATING.has(p.method)) {
        const pos = (msg.result as { position?: unknown } | null)?.position;
        if (typeof pos === 'number') this.lastPosition = pos;
      }
      p.resolve(msg.result);
    } else {
      p.reject(new EngineError(msg.error));
    }
  }

  private failPending(message: string): void {
    const err = new EngineError({ code: 'PS501', message, where: {} });
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(err);
  }

  private emit(e: ClientEvent): void {
    for (const l of this.listeners) l(e);
  }

  private async recover(why: string, kind: 'crashed' | 'restarted' = 'crashed'): Promise<void> {
    if (this.closed) return;
    const message = kind === 'crashed' ? `PS501 engine worker crashed: ${why}` : `PS501 engine restarted: ${why}`;
    this.transport.close();
    this.failPending(message);
    this.emit({ type: kind, message });
    this.transport = this.attach(this.connect());
    if (!this.lastOpen) return;
    const target = this.lastPosition;
    try {
      const src = this.lastOpen;
      await this.send('open', src.kind === 'file' ? { ...src, bytes: src.bytes.slice() } : src, []);
      const r = await this.send('seek', { position: target }, []);
      this.emit({ type: 'recovered', position: r.position });
    } catch (e) {
      this.emit({ type: 'recoveryFailed', message: e instanceof Error ? e.message : String(e) });
    }
  }
}
