/**
 * The engine side of engine/protocol.ts: one open workspace (a kvmlab-truth/2 recording
 * replayed into a fresh Kvm), stepping forward and backward, and the queries the panels
 * draw from. Plain TypeScript: runs in the Web Worker (engine/worker.ts) and in Node tests.
 *
 * Reverse execution = restore the nearest checkpoint at or before the target and replay
 * forward deterministically. Checkpoints (Replayer snapshots, copy-on-write) are taken
 * every CHECKPOINT_EVERY events as execution first passes them.
 *
 * Per-event outcomes live in flat typed arrays indexed by event number; replaying an
 * event again writes the same values (replay is deterministic), so stepping back never
 * has to undo them: everything at index >= position is simply "pending".
 */
import { PsError, type ErrorCode, type ErrorWhere } from './errors.ts';
import type {
  DtableView, EventStatus, ExitRow, ExitRowsResult, LogRow, LogRowsResult, MismatchView, ObjectTree,
  OpenSource, Position, RegistersResult, RegsView, RequestHandler, RequestMessage, ResponseMessage,
  SampleInfo, SegmentView, SregsView, StatusCounts, StepResult, Summary, VmNode, WorkspaceInfo,
} from './protocol.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import { parseTruthLog } from './record/truth.ts';
import { Replayer, type EventOutcome, type ReplayOptions, type ReplaySnapshot } from './record/replay.ts';
import { engineReplayOptions } from './record/engine.ts';
import { Kvm, type KvmOptions } from './kvm/index.ts';
import { createGuestCpu } from './cpu/index.ts';
import { errnoName } from './kvm/uapi/errno.ts';
import { TRACE_METHODS, TraceSession, type TraceSessionOptions } from './session/trace.ts';
import { NOT_HANDLED, ProgramMode } from './session/program.ts';

/** Where built-in samples come from (bundled URLs in the worker, files in Node). */
export interface SampleSource {
  list(): string[];
  load(name: string): Promise<Uint8Array>;
}

export interface SessionOptions {
  samples?: SampleSource;
  /** Events between checkpoints (default 64): bounds the replay work of one reverse step. */
  checkpointEvery?: number;
  /** Options of every replay; the KVM model is always a fresh `Kvm`, and guest execution defaults to engine/cpu. */
  kvmOptions?: Omit<ReplayOptions, 'target'>;
  /** The trace workspace (engine/session/trace.ts): its built-in samples and progress notices. */
  trace?: TraceSessionOptions;
}

/** A recording event as read from the log: fields by name (hex strings or bigint/number values). */
type RawEvent = { seq: number; t: string } & Record<string, unknown>;

// Status codes in the per-event array (0 = never applied).
const ST_NONE = 0;
const STATUS_CODE: Record<EventOutcome['status'], number> = { pass: 1, fail: 2, skip: 3, input: 4, info: 5 };
const STATUS_NAME: EventStatus[] = ['pending', 'pass', 'fail', 'skip', 'input', 'info'];
const NO_VALUE = -0x80000000; // sentinel in actualRet / actualErrno

type Method = RequestMessage['method'];

/** One open workspace: the log, its replayer and everything derived from the replay so far. */
class Workspace {
  readonly events: RawEvent[];
  readonly ioctlIdx: Int32Array;
  readonly exitIdx: Int32Array;
  readonly status: Uint8Array;
  readonly actualRet: Int32Array;
  readonly actualErrno: Int32Array;
  readonly mismatches = new Map<number, MismatchView[]>();
  readonly skipReasons = new Map<number, string>();
  readonly checkpoints = new Map<number, ReplaySnapshot>();
  /** Flattened registers of every vCPU before the last stepping request (for "changed" highlighting). */
  before = new Map<number, Map<string, bigint>>();

  constructor(readonly name: string, readonly log: { events: unknown[] } & Record<string, unknown>, readonly replayer: Replayer, readonly kvm: Kvm, readonly every: number) {
    this.events = log.events as RawEvent[];
    const n = this.events.length;
    const io: number[] = [];
    const ex: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = this.events[i].t;
      if (t === 'ioctl') io.push(i);
      else if (t === 'exit') ex.push(i);
    }
    this.ioctlIdx = Int32Array.from(io);
    this.exitIdx = Int32Array.from(ex);
    this.status = new Uint8Array(n);
    this.actualRet = new Int32Array(n).fill(NO_VALUE);
    this.actualErrno = new Int32Array(n).fill(NO_VALUE);
    this.checkpoints.set(0, replayer.snapshot());
  }

  get position(): number { return this.replayer.position; }
  get count(): number { return this.events.length; }
}

/** Number of entries of sorted `arr` that are < x. */
function countBelow(arr: Int32Array, x: number): number {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The engine behind the protocol. One instance per worker (or per test). */
export class Session implements RequestHandler {
  private ws: Workspace | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly every: number;

  private readonly replayOptions: Omit<ReplayOptions, 'target'>;
  /** Trace workspace, independent of the recording workspace (both can be open). */
  private readonly trace: TraceSession;
  /** Program workspace (engine/session/program.ts): while open it answers the workspace requests. */
  private readonly program = new ProgramMode();

  constructor(private readonly opts: SessionOptions = {}) {
    this.every = Math.max(1, Math.floor(opts.checkpointEvery ?? 64));
    this.replayOptions = { cpuFactory: createGuestCpu, ...opts.kvmOptions };
    this.trace = new TraceSession(opts.trace);
  }

  /** Answer one request. Never throws: problems become error responses. Requests are served strictly in order. */
  handle(msg: RequestMessage): Promise<ResponseMessage> {
    // traceCancel must reach the import it cancels, which holds the queue: served at once.
    if (msg?.method === 'traceCancel') return this.serve(msg);
    const run = this.queue.then(() => this.serve(msg));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async serve(msg: RequestMessage): Promise<ResponseMessage> {
    const seq = typeof msg?.seq === 'number' ? msg.seq : -1;
    try {
      const result = await this.dispatch(msg);
      return { seq, ok: true, result };
    } catch (e) {
      return { seq, ok: false, error: toWireError(e) };
    }
  }

  private async dispatch(msg: RequestMessage): Promise<unknown> {
    if (!msg || typeof msg !== 'object' || typeof msg.method !== 'string') throw new PsError('PS502', 'a request needs seq, method and args');
    const args = (msg.args ?? {}) as Record<string, unknown>;
    if (typeof args !== 'object') throw new PsError('PS502', `args of ${msg.method} must be an object`);
    const m: Method = msg.method;
    const prog = await this.program.dispatch(m, args);
    if (prog !== NOT_HANDLED) return prog;
    switch (m) {
      case 'hello': return { protocol: PROTOCOL_VERSION };
      case 'listSamples': return this.listSamples();
      case 'open': return this.open(args as unknown as OpenSource);
      case 'stepEvent': return this.move((ws) => this.forward(ws, 1));
      case 'stepIoctl': return this.move((ws) => this.stepIoctl(ws));
      case 'stepBack': return this.move((ws) => this.seekTo(ws, this.backTarget(ws, args.unit)));
      case 'runToEnd': return this.move((ws) => this.forward(ws, ws.count - ws.position));
      case 'seek': return this.move((ws) => this.seekTo(ws, intArg(args, 'position', 0, this.need().count)));
      case 'seekRow': return this.move((ws) => this.seekTo(ws, this.rowEnd(ws, intArg(args, 'row', 0, ws.ioctlIdx.length - 1))));
      case 'reset': return this.move((ws) => this.seekTo(ws, 0));
      case 'summary': return this.summary(this.need());
      case 'tree': return this.tree(this.need());
      case 'registers': return this.registers(this.need(), intArg(args, 'vcpuFd', -1, 0x7fffffff));
      case 'logRows': {
        const ws = this.need();
        return this.logRows(ws, intArg(args, 'from', 0, 0x7fffffff), intArg(args, 'to', 0, 0x7fffffff), args.upcoming === true);
      }
      case 'exitRows': {
        const ws = this.need();
        return this.exitRows(ws, intArg(args, 'from', 0, 0x7fffffff), intArg(args, 'to', 0, 0x7fffffff));
      }
      case 'debugCrash': throw new PsError('PS502', 'debugCrash is handled by the worker, not the session');
      default:
        if (TRACE_METHODS.has(m)) return this.trace.handle(m, args, msg.seq);
        throw new PsError('PS500', `no request named '${String(m)}'`);
    }
  }

  private need(): Workspace {
    if (!this.ws) throw new PsError('PS504', 'no workspace is open');
    return this.ws;
  }

  // ---- workspace ----------------------------------------------------------

  private listSamples(): SampleInfo[] {
    return (this.opts.samples?.list() ?? []).map((name) => ({ name }));
  }

  private async open(src: OpenSource): Promise<WorkspaceInfo> {
    let bytes: Uint8Array;
    let name: string;
    if (src?.kind === 'sample' && typeof src.name === 'string') {
      const samples = this.opts.samples;
      if (!samples || !samples.list().includes(src.name)) throw new PsError('PS100', `no built-in sample named '${src.name}'`, { file: src.name });
      bytes = await samples.load(src.name);
      name = src.name;
    } else if (src?.kind === 'file' && src.bytes instanceof Uint8Array && typeof src.name === 'string') {
      bytes = src.bytes;
      name = src.name;
    } else {
      throw new PsError('PS502', "open needs { kind: 'sample', name } or { kind: 'file', name, bytes: Uint8Array }");
    }
    const log = (await parseTruthLog(bytes, name)) as unknown as { events: unknown[] } & Record<string, unknown>;
    // The same wiring as `planescope conform` (record/engine.ts); we keep the model to inspect it.
    const base = engineReplayOptions({ ...this.replayOptions });
    const make = base.target ?? ((o: ReplayOptions) => new Kvm({ ...(o as KvmOptions), firstFd: firstOpenFd(log.events) }));
    let kvm: Kvm | null = null;
    const replayer = new Replayer(log as never, { ...base, target: (o) => (kvm = make(o) as Kvm) });
    if (!kvm || typeof (kvm as Kvm).inspect !== 'function') throw new PsError('PS503', 'the replayer did not build an inspectable KVM model');
    const ws = new Workspace(name, log, replayer, kvm, this.every);
    this.ws = ws;
    ws.before = this.flatAll(ws);
    const host = (log.host ?? {}) as Record<string, unknown>;
    return {
      ...this.position(ws),
      name,
      scenario: str(log.scenario),
      description: str(log.description),
      kernel: str(log.kernel ?? host.kernel),
      hostBackend: str(host.backend),
      profile: typeof log.profile === 'string' ? log.profile : 'none',
      exits: ws.exitIdx.length,
      guestExecution: this.replayOptions.cpuFactory !== undefined,
    };
  }

  private position(ws: Workspace): Position {
    const p = ws.position;
    return { position: p, events: ws.count, ioctlsDone: countBelow(ws.ioctlIdx, p), ioctls: ws.ioctlIdx.length, done: p >= ws.count };
  }

  // ---- stepping -----------------------------------------------------------

  /** Run one position-changing operation and report where it ended. */
  private move(op: (ws: Workspace) => void): StepResult {
    const ws = this.need();
    const from = ws.position;
    ws.before = this.flatAll(ws);
    op(ws);
    const p = ws.position;
    const last = p - 1;
    return { ...this.position(ws), applied: Math.abs(p - from), lastIndex: last, lastSeq: last >= 0 ? ws.events[last].seq : -1 };
  }

  /** Apply up to n events. An exception inside the engine leaves the state as it was before that event. */
  private forward(ws: Workspace, n: number): void {
    const r = ws.replayer;
    for (let k = 0; k < n && !r.done; k++) {
      const i = r.position;
      if (i % ws.every === 0 && !ws.checkpoints.has(i)) ws.checkpoints.set(i, r.snapshot());
      let o: EventOutcome;
      try {
        o = r.step();
      } catch (e) {
        // The model threw half-way through an event: rebuild a consistent state just before it.
        this.rebuild(ws, i);
        const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        throw new PsError(e instanceof PsError ? e.code : 'PS503', `the engine failed on event ${i} (${ws.events[i].t}): ${why}`, { seq: ws.events[i].seq });
      }
      this.record(ws, i, o);
    }
  }

  private record(ws: Workspace, i: number, o: EventOutcome): void {
    ws.status[i] = STATUS_CODE[o.status] ?? ST_NONE;
    ws.actualRet[i] = typeof o.ret === 'number' ? o.ret : NO_VALUE;
    ws.actualErrno[i] = typeof o.errno === 'number' ? o.errno : NO_VALUE;
    if (o.mismatches.length) ws.mismatches.set(i, o.mismatches.map((m) => ({ seq: m.seq, what: m.what, expected: m.expected, actual: m.actual })));
    else ws.mismatches.delete(i);
    if (o.skipReason) ws.skipReasons.set(i, o.skipReason);
    else ws.skipReasons.delete(i);
  }

  private stepIoctl(ws: Workspace): void {
    const next = countBelow(ws.ioctlIdx, ws.position);
    if (next >= ws.ioctlIdx.length) { this.forward(ws, ws.count - ws.position); return; }
    this.forward(ws, this.rowEnd(ws, next) - ws.position);
  }

  /** Position right after ioctl row `row` and, for KVM_RUN, the exit event that belongs to it. */
  private rowEnd(ws: Workspace, row: number): number {
    const i = ws.ioctlIdx[row];
    const nx = ws.events[i + 1];
    return nx && nx.t === 'exit' && num(nx.run_seq) === ws.events[i].seq ? i + 2 : i + 1;
  }

  private backTarget(ws: Workspace, unit: unknown): number {
    if (unit !== undefined && unit !== 'ioctl' && unit !== 'event') throw new PsError('PS502', "stepBack unit must be 'ioctl' or 'event'");
    const p = ws.position;
    if (unit === 'event') return Math.max(0, p - 1);
    const before = countBelow(ws.ioctlIdx, p); // ioctls applied
    return before === 0 ? 0 : ws.ioctlIdx[before - 1];
  }

  /** Go to `target` (events applied): forward directly, backward via the nearest checkpoint. */
  private seekTo(ws: Workspace, target: number): void {
    if (target >= ws.position) { this.forward(ws, target - ws.position); return; }
    this.rebuild(ws, target);
  }

  private rebuild(ws: Workspace, target: number): void {
    let cp = Math.floor(target / ws.every) * ws.every;
    while (cp > 0 && !ws.checkpoints.has(cp)) cp -= ws.every;
    ws.replayer.restore(ws.checkpoints.get(cp)!);
    this.forward(ws, target - cp);
  }

  // ---- queries ------------------------------------------------------------

  private summary(ws: Workspace): Summary {
    const counts: StatusCounts = { pass: 0, fail: 0, skip: 0, input: 0, info: 0 };
    const p = ws.position;
    let firstFailure: Summary['firstFailure'] = null;
    for (let i = 0; i < p; i++) {
      const s = STATUS_NAME[ws.status[i]];
      if (s !== 'pending') counts[s]++;
      if (s === 'fail' && !firstFailure) firstFailure = { index: i, seq: ws.events[i].seq };
    }
    return { ...this.position(ws), counts, exitsDone: countBelow(ws.exitIdx, p), exits: ws.exitIdx.length, firstFailure };
  }

  private logRows(ws: Workspace, from: number, to: number, upcoming: boolean): LogRowsResult {
    const p = ws.position;
    const executed = countBelow(ws.ioctlIdx, p);
    const total = upcoming ? ws.ioctlIdx.length : executed;
    const end = Math.min(to, total, from + 1000); // a bounded page: the UI asks for what it shows
    const rows: LogRow[] = [];
    for (let row = from; row < end; row++) {
      const i = ws.ioctlIdx[row];
      const e = ws.events[i];
      const applied = i < p;
      const errno = e.errno === undefined ? null : str(e.errname ?? errnoName(num(e.errno)));
      rows.push({
        row, index: i, seq: e.seq,
        req: str(e.req), nr: str(e.nr), fd: num(e.fd), fdKind: str(e.fd_kind), process: str(e.process ?? 'main'),
        args: formatValue(e.arg, 0), ret: num(e.ret), errno,
        actualRet: applied && ws.actualRet[i] !== NO_VALUE ? ws.actualRet[i] : null,
        actualErrno: applied && ws.actualErrno[i] !== NO_VALUE && ws.actualErrno[i] !== 0 ? errnoName(ws.actualErrno[i]) : null,
        status: applied ? STATUS_NAME[ws.status[i]] : 'pending',
        skipReason: applied ? ws.skipReasons.get(i) ?? null : null,
        mismatches: applied ? ws.mismatches.get(i) ?? [] : [],
      });
    }
    return { total, executed, rows };
  }

  private exitRows(ws: Workspace, from: number, to: number): ExitRowsResult {
    const p = ws.position;
    const total = countBelow(ws.exitIdx, p);
    const end = Math.min(to, total, from + 1000);
    const rows: ExitRow[] = [];
    for (let row = from; row < end; row++) {
      const i = ws.exitIdx[row];
      const e = ws.events[i];
      const failed = num(e.run_ret) < 0;
      const regs = e.regs as Record<string, unknown> | undefined;
      rows.push({
        row, index: i, seq: e.seq, runSeq: num(e.run_seq), vcpuFd: num(e.vcpu_fd),
        reason: failed ? `ERR ${str(e.errname ?? errnoName(num(e.errno)))}` : str(e.exit_name),
        reasonNr: failed ? null : num(e.exit_reason),
        detail: exitDetail(e),
        rip: regs && regs.rip !== undefined ? hex(regs.rip) : null,
        status: STATUS_NAME[ws.status[i]],
        skipReason: ws.skipReasons.get(i) ?? null,
        mismatches: ws.mismatches.get(i) ?? [],
      });
    }
    return { total, rows };
  }

  private tree(ws: Workspace): ObjectTree {
    const ins = ws.kvm.inspect() as unknown as Record<string, unknown>;
    const fds = arr(ins.fds).map((f) => ({ fd: num(f.fd), kind: str(f.kind) }));
    const vms: VmNode[] = arr(ins.vms).map((vm) => ({
      fd: fdOrNull(vm.fd), type: num(vm.type), irqchip: typeof vm.irqchip === 'string' ? vm.irqchip : vm.irqchip ? 'kernel' : 'none',
      memslots: arr(vm.memslots).map((s) => ({
        slot: num(s.slot), flags: num(s.flags), guest_phys_addr: big(s.guest_phys_addr), memory_size: big(s.memory_size), userspace_addr: big(s.userspace_addr),
      })),
      gmems: arr(vm.gmems).map((g) => ({ fd: fdOrNull(g.fd), size: big(g.size), flags: big(g.flags) })),
      vcpus: arr(vm.vcpus).map((v) => {
        const le = v.lastExit as Record<string, unknown> | null | undefined;
        return {
          fd: fdOrNull(v.fd), vcpu_id: num(v.vcpu_id), plane: num(v.plane ?? 0),
          mp_state: v.mp_state === undefined || v.mp_state === null ? null : num(v.mp_state),
          runMapped: Boolean(v.runMapped),
          lastExit: le ? { reason: num(le.reason), name: str(le.name) } : null,
        };
      }),
      capsEnabled: Object.fromEntries(Object.entries((vm.capsEnabled ?? {}) as Record<string, unknown>).map(([k, v]) => [k, display(v)])),
      planes: arr(vm.planes).map((p) => num(typeof p === 'object' ? (p as Record<string, unknown>).plane ?? (p as Record<string, unknown>).id : p)),
    }));
    return { fds, vms };
  }

  private vcpus(ws: Workspace): { fd: number; vcpu_id: number; regs: RegsView; sregs: SregsView }[] {
    const ins = ws.kvm.inspect() as unknown as Record<string, unknown>;
    const out: { fd: number; vcpu_id: number; regs: RegsView; sregs: SregsView }[] = [];
    for (const vm of arr(ins.vms)) {
      for (const v of arr(vm.vcpus)) {
        if (v.fd === null || v.fd === undefined) continue; // no fd: the VMM cannot address it
        out.push({ fd: num(v.fd), vcpu_id: num(v.vcpu_id), regs: regsView(v.regs), sregs: sregsView(v.sregs) });
      }
    }
    return out;
  }

  private flatAll(ws: Workspace): Map<number, Map<string, bigint>> {
    const m = new Map<number, Map<string, bigint>>();
    for (const v of this.vcpus(ws)) m.set(v.fd, flatten(v.regs, v.sregs));
    return m;
  }

  private registers(ws: Workspace, vcpuFd: number): RegistersResult | null {
    const v = this.vcpus(ws).find((x) => x.fd === vcpuFd);
    if (!v) return null;
    const now = flatten(v.regs, v.sregs);
    const prev = ws.before.get(vcpuFd);
    const changed: string[] = [];
    if (prev) for (const [k, val] of now) if (prev.get(k) !== val) changed.push(k);
    return { vcpuFd, vcpuId: v.vcpu_id, regs: v.regs, sregs: v.sregs, changed, recorded: this.recordedState(ws, vcpuFd) };
  }

  /** The last register values real KVM reported (or accepted) for this vCPU fd before the current position. */
  private recordedState(ws: Workspace, fd: number): RegistersResult['recorded'] {
    const res: RegistersResult['recorded'] = { regs: null, regsSeq: null, sregs: null, sregsSeq: null };
    for (let i = ws.position - 1; i >= 0 && (res.regs === null || res.sregs === null); i--) {
      const e = ws.events[i];
      if (e.t === 'exit' && num(e.vcpu_fd) === fd) {
        if (res.regs === null && e.regs) { res.regs = regsView(e.regs); res.regsSeq = e.seq; }
        if (res.sregs === null && e.sregs) { res.sregs = sregsView(e.sregs); res.sregsSeq = e.seq; }
      } else if (e.t === 'ioctl' && num(e.fd) === fd && num(e.ret) === 0) {
        const req = e.req;
        if (req === 'KVM_CREATE_VCPU') break; // (a vCPU fd is never the fd it is created on; defensive)
        if (res.regs === null && (req === 'KVM_GET_REGS' || req === 'KVM_SET_REGS')) {
          const r = req === 'KVM_GET_REGS' ? e.out : e.arg;
          if (r) { res.regs = regsView(r); res.regsSeq = e.seq; }
        }
        if (res.sregs === null && (req === 'KVM_GET_SREGS' || req === 'KVM_SET_SREGS')) {
          const s = req === 'KVM_GET_SREGS' ? e.out : e.arg;
          if (s) { res.sregs = sregsView(s); res.sregsSeq = e.seq; }
        }
      } else if (e.t === 'syscall' && e.call === 'open' && num(e.ret) === fd) {
        break; // the fd number was reused: older events describe another object
      }
    }
    return res;
  }
}

// ---------------------------------------------------------------------------
// Conversions (log values are "0x…" strings or numbers; engine values bigint/number)
// ---------------------------------------------------------------------------

function toWireError(e: unknown): { code: ErrorCode; message: string; where: ErrorWhere } {
  if (e instanceof PsError) return e.toJSON();
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const pe = new PsError('PS503', why);
  return pe.toJSON();
}

function intArg(args: Record<string, unknown>, key: string, min: number, max: number): number {
  const v = args[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new PsError('PS502', `'${key}' must be an integer in [${min}, ${max}], got ${JSON.stringify(v) ?? String(v)}`);
  }
  return v;
}

function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.length) return Number(v);
  return 0;
}

/** The fd the recorded VMM got from its first open(): descriptors below it were already taken in that process. */
function firstOpenFd(events: unknown[]): number | undefined {
  for (const e of events as RawEvent[]) {
    if (e.t === 'syscall' && e.call === 'open' && typeof e.ret === 'number' && e.ret >= 0) return e.ret;
  }
  return undefined;
}

function fdOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

function big(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (typeof v === 'string' && /^(0x[0-9a-f]+|-?\d+)$/i.test(v)) return BigInt(v);
  return 0n;
}

function hex(v: unknown): string {
  const b = big(v);
  return b < 0n ? `-0x${(-b).toString(16)}` : `0x${b.toString(16)}`;
}

function display(v: unknown): string {
  if (typeof v === 'bigint') return hex(v);
  if (typeof v === 'object' && v !== null) return formatValue(v, 1);
  return String(v);
}

function arr(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

const MAX_ARGS = 240;

/** One-line rendering of a decoded ioctl argument: `slot=0 flags=0 guest_phys_addr=0x0 …`. */
export function formatValue(v: unknown, depth: number): string {
  const s = fmt(v, depth);
  return s.length > MAX_ARGS ? `${s.slice(0, MAX_ARGS - 1)}…` : s;
}

function fmt(v: unknown, depth: number): string {
  if (v === null || v === undefined) return depth === 0 ? '' : 'null';
  if (typeof v === 'bigint') return hex(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const prim = v.every((x) => typeof x !== 'object' || x === null);
    if (prim && v.length <= 8) return `[${v.map((x) => fmt(x, depth + 1)).join(',')}]`;
    if (depth < 2 && v.length <= 2) return `[${v.map((x) => fmt(x, depth + 1)).join(', ')}]`;
    return `[${v.length} items]`;
  }
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}=${fmt(x, depth + 1)}`);
    return depth === 0 ? parts.join(' ') : depth > 3 ? '{…}' : `{${parts.join(' ')}}`;
  }
  return String(v);
}

/** Key fields of the kvm_run union member of a recorded exit, one line. */
export function exitDetail(e: Record<string, unknown>): string {
  if (num(e.run_ret) < 0) return `KVM_RUN failed${e.signal ? ` (${str(e.signal)})` : ''}`;
  const o = (k: string) => (e[k] ?? null) as Record<string, unknown> | null;
  const io = o('io');
  if (io) return `${str(io.direction)} port ${hex(io.port)} size ${num(io.size)} count ${num(io.count)} data ${str(io.data)}`;
  const mmio = o('mmio');
  if (mmio) return `${num(mmio.is_write) ? 'write' : 'read'} gpa ${hex(mmio.phys_addr)} len ${num(mmio.len)}${num(mmio.is_write) ? ` data ${str(mmio.data)}` : ''}`;
  const msr = o('msr');
  if (msr) return `index ${hex(msr.index)} data ${hex(msr.data)} reason ${str(msr.reason_name ?? msr.reason)} error ${num(msr.error)}`;
  const dbg = o('debug');
  if (dbg) return `exception ${num(dbg.exception)} pc ${hex(dbg.pc)} dr6 ${hex(dbg.dr6)} dr7 ${hex(dbg.dr7)}`;
  const hc = o('hypercall');
  if (hc) return `nr ${hex(hc.nr)} args ${fmt(hc.args, 1)} longmode ${num(hc.longmode_or_flags)}`;
  const ie = o('internal');
  if (ie) {
    const em = ie.emulation_failure as Record<string, unknown> | undefined;
    return `suberror ${num(ie.suberror)} ndata ${num(ie.ndata)}${em ? ` insn ${str(em.insn_bytes)}` : ''}`;
  }
  for (const k of ['system_event', 'memory_fault', 'fail_entry', 'ex', 'plane_event']) {
    const m = o(k);
    if (m) return `${k} ${formatValue(m, 1)}`;
  }
  return '';
}

function segView(v: unknown): SegmentView {
  const s = (v ?? {}) as Record<string, unknown>;
  return {
    base: big(s.base), limit: num(s.limit), selector: num(s.selector ?? s.sel), type: num(s.type),
    present: num(s.present), dpl: num(s.dpl), db: num(s.db), s: num(s.s), l: num(s.l), g: num(s.g), avl: num(s.avl), unusable: num(s.unusable),
  };
}

function dtView(v: unknown): DtableView {
  const d = (v ?? {}) as Record<string, unknown>;
  return { base: big(d.base), limit: num(d.limit) };
}

const GPRS = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rsp', 'rbp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rip', 'rflags'] as const;
const SEGS = ['cs', 'ds', 'es', 'fs', 'gs', 'ss', 'tr', 'ldt'] as const;
const CRS = ['cr0', 'cr2', 'cr3', 'cr4', 'cr8', 'efer', 'apic_base'] as const;

export function regsView(v: unknown): RegsView {
  const r = (v ?? {}) as Record<string, unknown>;
  const out = {} as Record<string, bigint>;
  for (const k of GPRS) out[k] = big(r[k]);
  return out as unknown as RegsView;
}

export function sregsView(v: unknown): SregsView {
  const s = (v ?? {}) as Record<string, unknown>;
  const out = {} as Record<string, unknown>;
  for (const k of SEGS) out[k] = segView(s[k]);
  out.gdt = dtView(s.gdt);
  out.idt = dtView(s.idt);
  for (const k of CRS) out[k] = big(s[k]);
  return out as unknown as SregsView;
}

/** Flattened register file, keys as the UI names them ("rip", "cs.selector", "gdt.base", "cr0"). */
export function flatten(regs: RegsView, sregs: SregsView): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const k of GPRS) m.set(k, regs[k]);
  for (const k of SEGS) for (const [f, x] of Object.entries(sregs[k])) m.set(`${k}.${f}`, BigInt(x as number | bigint));
  for (const k of ['gdt', 'idt'] as const) { m.set(`${k}.base`, sregs[k].base); m.set(`${k}.limit`, BigInt(sregs[k].limit)); }
  for (const k of CRS) m.set(k, sregs[k]);
  return m;
}
