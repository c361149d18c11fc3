/**
 * Conformance replay of a `kvmlab-truth/2` recording into a fresh KVM model
 * (FORMAT.md §6). Each `step()` applies one event — inputs are fed to the model,
 * expected outputs are compared with what the model produced — and returns an
 * EventOutcome. See CONTEXT.md for the rules (what is compared, skips, divergence).
 */
import { Kvm, type KvmOptions } from '../kvm/index.ts';
import { decodeKvmRun } from '../kvm/uapi/kvm-run.ts';
import { errnoName } from '../kvm/uapi/errno.ts';
import { exitName } from '../kvm/uapi/exits.ts';
import type { ProfileId } from '../kvm/uapi/profiles.ts';
import type {
  ExitEvent, IoctlEvent, MemreadEvent, MemwriteEvent, RespondEvent, RingReadEvent, RingWriteEvent,
  RunBatchEvent, RunWriteEvent, SyscallEvent, TruthEvent, TruthLog,
} from './events.ts';
import { compareBytes, compareValue, show, type Mismatch, type SkipPath } from './compare.ts';
import { ioctlArgs } from './convert.ts';
import { hexToBytes } from './hex.ts';
import type { ReplayTarget, TargetIoctlCtx, TargetIoctlResult } from './target.ts';
import { getMsrsSkip, setRegsProbesTsc, tscTaintSkip } from './volatility.ts';

export type { Mismatch } from './compare.ts';

export type OutcomeStatus = 'pass' | 'fail' | 'skip' | 'input' | 'info';

/** What happened when one recorded event was applied. */
export interface EventOutcome {
  index: number;
  seq: number;
  t: string;
  /** ioctl request name, syscall name, exit name, ring name … (for display). */
  req?: string;
  status: OutcomeStatus;
  mismatches: Mismatch[];
  /** Stable category text (group skips by it). */
  skipReason?: string;
  /** seq of the event that caused a divergence-skip (the KVM_RUN the engine did not execute). */
  skipCause?: number;
  /** The engine's return value / errno for syscalls and ioctls. */
  ret?: number;
  errno?: number;
}

/** Options of a replay: the model's options plus replay-only knobs. */
export interface ReplayOptions<K extends ReplayTarget = Kvm> extends KvmOptions {
  /** Builds the model. Default: `new Kvm(opts)`; tests pass scripted fakes. */
  target?: (opts: KvmOptions) => K;
  /** Most mismatches kept per event (the rest are counted in a final "…" line). Default 32. */
  maxMismatchesPerEvent?: number;
}

/**
 * Instruction budget of one KVM_RUN during replay: stands for the lab VMM's SIGALRM
 * watchdog. The lab host emulates about 1M guest instructions per second (lab README),
 * so 2M stands for 2 s (watchdogs are 10 ms or 5 s); the longest legitimate run in the lab
 * recordings (perf's cpuid loop) is about 0.6M instructions.
 */
export const REPLAY_RUN_BUDGET = 2_000_000;

/** Plain-data replay state: cloned by snapshot(), tiny. */
interface VcpuDivergence { since: number; reason: string; regs: boolean; sregs: boolean; other: boolean }
interface ReplayState {
  pos: number;
  counts: Record<OutcomeStatus, number>;
  /** vCPU fd -> state the engine could not reproduce (a KVM_RUN it did not execute). */
  diverged: Record<number, VcpuDivergence>;
  /** seq of the first KVM_RUN the engine did not execute: guest memory and rings may differ since. */
  memDivergedSince: number | null;
  memDivergedReason: string | null;
  /** vCPU fd -> its guest has just read IA32_TSC (volatility.ts). */
  tscTaint: Record<number, boolean>;
  /**
   * Recorded fd -> the model's fd, where they differ: when the model hands out another
   * number than real KVM did (a reported mismatch), later events keep addressing the
   * same object instead of failing in cascade.
   */
  fdMap: Record<number, number>;
  /** The KVM_RUN whose exit event comes next. */
  pendingRun: { seq: number; fd: number; ret: number; errno?: number; skip?: string; skipCause?: number } | null;
}

/** Snapshot of a replay: the model's snapshot plus the replayer's own state. */
export interface ReplaySnapshot { target: unknown; state: ReplayState }

const KVM_RUN_NR = 0xae80;
/** Requests whose return value is a new fd. */
const FD_RETURNING = new Set(['KVM_CREATE_VM', 'KVM_CREATE_VCPU', 'KVM_CREATE_GUEST_MEMFD', 'KVM_CREATE_PLANE', 'KVM_CREATE_VCPU_PLANE']);
const MAP_FIXED = 0x10;
const DIRTY_GFN_SIZE = 16;
const COALESCED_RING_OFFSET = 0x2000; // page KVM_COALESCED_MMIO_PAGE_OFFSET (1) … of the vcpu mmap: page 2
const COALESCED_ENTRY_SIZE = 24;
const KVM_DIRTY_GFN_F_DIRTY = 1;

/** Skip reasons (stable texts; the UI and expected-skips.ts group by them). */
export const SKIP = {
  runNotExecuted: 'KVM_RUN not executed by the engine',
  vcpuDiverged: 'vCPU state diverged: an earlier KVM_RUN of this vCPU was not executed',
  memDiverged: 'guest memory may differ: an earlier KVM_RUN was not executed',
  eventfd: 'eventfd is not modelled by the Kvm API',
  ioctlNotModelled: 'ioctl not modelled by the engine',
} as const;

function errText(errno: number | undefined): string {
  return errno === undefined ? '(none)' : `${errno} ${errnoName(errno)}`;
}

function u64(v: string): bigint {
  return BigInt.asUintN(64, BigInt(v));
}

/**
 * Replays a recording event by event into a fresh KVM model.
 * The backend defaults from the log's host: 'pvm' (every guest instruction through
 * KVM's emulator) -> 'emulate', 'svm'/'vmx' -> 'hardware'.
 */
export class Replayer<K extends ReplayTarget = Kvm> {
  readonly log: TruthLog;
  readonly kvm: K;
  readonly profile: ProfileId;
  private st: ReplayState;
  private readonly maxMismatches: number;

  constructor(log: TruthLog, opts: ReplayOptions<K> = {}) {
    this.log = log;
    this.profile = opts.profile ?? log.profile ?? 'none';
    const { target, maxMismatchesPerEvent: _m, ...kvmOpts } = opts;
    const modelOpts: KvmOptions = {
      ...kvmOpts,
      backend: opts.backend ?? defaultBackend(log.host.backend),
      profile: this.profile,
      firstFd: opts.firstFd ?? firstFdOf(log),
      runBudget: opts.runBudget ?? REPLAY_RUN_BUDGET,
    };
    this.kvm = target ? target(modelOpts) : (new Kvm(modelOpts) as unknown as K);
    this.maxMismatches = opts.maxMismatchesPerEvent ?? 32;
    this.st = {
      pos: 0, counts: { pass: 0, fail: 0, skip: 0, input: 0, info: 0 }, diverged: {}, memDivergedSince: null,
      memDivergedReason: null, tscTaint: {}, fdMap: {}, pendingRun: null,
    };
  }

  /** Index into log.events of the next event to apply. */
  get position(): number { return this.st.pos; }
  get done(): boolean { return this.st.pos >= this.log.events.length; }
  /** Outcome counts so far. */
  get counts(): Readonly<Record<OutcomeStatus, number>> { return this.st.counts; }

  /** Applies the next event and compares its outputs; throws RangeError when done. */
  step(): EventOutcome {
    if (this.done) throw new RangeError('replay is at the end of the recording');
    const index = this.st.pos;
    const ev = this.log.events[index]!;
    let o: EventOutcome;
    try {
      o = this.apply(ev, index);
    } catch (e) {
      // A model exception is a failure of this event, never a crash of the replay.
      o = this.outcome(ev, index, [{ seq: ev.seq, what: 'engine', expected: 'no exception', actual: (e as Error).message ?? String(e) }]);
    }
    if (o.mismatches.length > this.maxMismatches) {
      const extra = o.mismatches.length - this.maxMismatches;
      o.mismatches = o.mismatches.slice(0, this.maxMismatches);
      o.mismatches.push({ seq: ev.seq, what: '…', expected: `${extra} more mismatches`, actual: '' });
    }
    this.st.counts[o.status]++;
    this.st.pos = index + 1;
    return o;
  }

  /** Applies every remaining event. */
  runToEnd(onOutcome?: (o: EventOutcome) => void): void {
    while (!this.done) {
      const o = this.step();
      onOutcome?.(o);
    }
  }

  /** Cheap: the model's copy-on-write snapshot plus a clone of the small replay state. */
  snapshot(): ReplaySnapshot {
    return { target: this.kvm.snapshot(), state: structuredClone(this.st) };
  }

  restore(s: ReplaySnapshot): void {
    this.kvm.restore(s.target);
    this.st = structuredClone(s.state);
  }

  // ---------------------------------------------------------------------------------

  private outcome(ev: TruthEvent, index: number, mismatches: Mismatch[], extra: Partial<EventOutcome> = {}): EventOutcome {
    const status: OutcomeStatus = mismatches.length ? 'fail' : extra.status ?? 'pass';
    const o: EventOutcome = { index, seq: ev.seq, t: ev.t, status, mismatches, ...extra };
    o.status = status;
    if (o.req === undefined) o.req = displayName(ev);
    return o;
  }

  private skip(ev: TruthEvent, index: number, reason: string, cause?: number, extra: Partial<EventOutcome> = {}): EventOutcome {
    const o: EventOutcome = { index, seq: ev.seq, t: ev.t, req: displayName(ev), status: 'skip', mismatches: [], skipReason: reason, ...extra };
    if (cause !== undefined) o.skipCause = cause;
    return o;
  }

  private apply(ev: TruthEvent, index: number): EventOutcome {
    switch (ev.t) {
      case 'ioctl': return this.applyIoctl(ev, index);
      case 'exit': return this.applyExit(ev, index);
      case 'syscall': return this.applySyscall(ev, index);
      case 'memwrite': return this.applyMemwrite(ev, index);
      case 'memread': return this.applyMemread(ev, index);
      case 'run_write':
      case 'respond': return this.applyRunWrites(ev, index);
      case 'ring_read': return this.applyRingRead(ev, index);
      case 'ring_write': return this.applyRingWrite(ev, index);
      case 'run_batch': return this.applyRunBatch(ev, index);
      case 'note':
      case 'note_fork': return this.outcome(ev, index, [], { status: 'info' });
    }
  }

  /** Marks a vCPU (and guest memory) as diverged from the recording since `seq`. */
  private diverge(fd: number, seq: number, reason: string): void {
    const d = this.st.diverged[fd];
    if (d) { d.regs = d.sregs = d.other = true; }
    else this.st.diverged[fd] = { since: seq, reason, regs: true, sregs: true, other: true };
    if (this.st.memDivergedSince === null) { this.st.memDivergedSince = seq; this.st.memDivergedReason = reason; }
  }

  /** The model's fd for a recorded fd. */
  private fd(recorded: number): number {
    return this.st.fdMap[recorded] ?? recorded;
  }

  /** After an fd-returning call: remember where the model's number differs from the recording's. */
  private mapFd(recorded: number, actual: number): void {
    if (recorded < 0 || actual < 0) return;
    if (recorded === actual) delete this.st.fdMap[recorded];
    else this.st.fdMap[recorded] = actual;
  }

  /** Integer arguments that are fds (KVM_CREATE_VCPU_PLANE takes the plane-0 vCPU fd). */
  private fdArgRaw(req: string, raw: bigint): bigint {
    if (req !== 'KVM_CREATE_VCPU_PLANE' || !Object.keys(this.st.fdMap).length) return raw;
    return BigInt(this.fd(Number(raw)));
  }

  /** fds inside structs (memslot guest_memfd, irqfd/ioeventfd fd). */
  private fdArgStruct(struct: object | null): object | null {
    if (struct === null || !Object.keys(this.st.fdMap).length) return struct;
    const o = { ...(struct as Record<string, unknown>) };
    for (const k of ['guest_memfd', 'fd', 'resamplefd']) {
      const v = o[k];
      if (typeof v === 'number' || typeof v === 'bigint') o[k] = this.fd(Number(v));
    }
    return o;
  }

  private compareRet(seq: number, expRet: number, expErrno: number | undefined, r: { ret: number; errno?: number }, m: Mismatch[], isFd = false): void {
    if (expRet >= 0 || r.ret >= 0) {
      // A new descriptor is the lowest free one in the *process*, which also holds fds the log never shows
      // (the lab VMM's log file, libc's, a kernel-side anon inode). A recorded fd above the model's therefore
      // says "something unlogged held the lower numbers", not "KVM behaved differently"; the replayer maps the
      // numbers from here on. A recorded fd *below* the model's would mean the model leaked one: a mismatch.
      if (isFd && expRet >= 0 && r.ret >= 0 && expRet > r.ret) return;
      if (r.ret !== expRet) {
        m.push({ seq, what: 'ret', expected: expRet < 0 ? `${expRet} (${errText(expErrno)})` : String(expRet), actual: r.ret < 0 ? `${r.ret} (${errText(r.errno)})` : String(r.ret) });
      }
      return;
    }
    if (r.errno !== expErrno) m.push({ seq, what: 'errno', expected: errText(expErrno), actual: errText(r.errno) });
  }

  // ---- ioctl ------------------------------------------------------------------------

  private applyIoctl(ev: IoctlEvent, index: number): EventOutcome {
    const { nr, raw, struct } = ioctlArgs(ev);
    const ctx: TargetIoctlCtx = { process: ev.process === 'forked_child' ? 'forked_child' : 'main' };
    const next = this.log.events[index + 1];
    const exitFollows = next?.t === 'exit' && next.run_seq === ev.seq;
    const isRun = nr === KVM_RUN_NR && ev.process === undefined && exitFollows;

    // Decide before calling whether this event's outputs can still be compared.
    const div = this.st.diverged[ev.fd];
    let unreliable: { reason: string; cause: number } | null = null;
    if (div) {
      const depends =
        isRun ? div.regs || div.sregs
          : ev.req === 'KVM_GET_REGS' ? div.regs
            : ev.req === 'KVM_GET_SREGS' ? div.sregs
              : ev.out !== undefined && div.other;
      if (depends) unreliable = { reason: SKIP.vcpuDiverged, cause: div.since };
    }
    if (!unreliable && ev.req === 'KVM_RESET_DIRTY_RINGS' && this.st.memDivergedSince !== null) {
      unreliable = { reason: SKIP.memDiverged, cause: this.st.memDivergedSince };
    }

    const r: TargetIoctlResult = this.kvm.ioctl(this.fd(ev.fd), nr, this.fdArgRaw(ev.req, raw), this.fdArgStruct(struct), ctx);
    const res = { ret: r.ret, ...(r.errno !== undefined ? { errno: r.errno } : {}) };

    if (isRun) {
      this.st.pendingRun = { seq: ev.seq, fd: ev.fd, ret: r.ret, ...(r.errno !== undefined ? { errno: r.errno } : {}) };
      if (r.skipped !== undefined) {
        this.diverge(ev.fd, ev.seq, SKIP.runNotExecuted);
        this.st.pendingRun.skip = `${SKIP.runNotExecuted}: ${r.skipped}`;
        return this.skip(ev, index, this.st.pendingRun.skip, undefined, res);
      }
      if (unreliable) {
        this.diverge(ev.fd, ev.seq, unreliable.reason);
        this.st.pendingRun.skip = unreliable.reason;
        this.st.pendingRun.skipCause = unreliable.cause;
        return this.skip(ev, index, unreliable.reason, unreliable.cause, res);
      }
    } else if (r.skipped !== undefined) {
      return this.skip(ev, index, `${SKIP.ioctlNotModelled}: ${r.skipped}`, undefined, res);
    }

    this.track(ev, r);
    if (unreliable) return this.skip(ev, index, unreliable.reason, unreliable.cause, res);

    const m: Mismatch[] = [];
    this.compareRet(ev.seq, ev.ret, ev.errno, r, m, FD_RETURNING.has(ev.req));
    if (ev.out !== undefined) {
      let skip: SkipPath | undefined;
      if (ev.req === 'KVM_GET_MSRS') skip = getMsrsSkip(ev.out);
      else if (ev.req === 'KVM_GET_REGS' && this.st.tscTaint[ev.fd]) skip = tscTaintSkip;
      compareValue(ev.seq, 'out', ev.out, r.out, m, skip);
    }
    return this.outcome(ev, index, m, res);
  }

  /** Bookkeeping of state the VMM re-established: register re-sync, TSC probes, closed fds. */
  private track(ev: IoctlEvent, r: TargetIoctlResult): void {
    if (FD_RETURNING.has(ev.req) && ev.process === undefined) this.mapFd(ev.ret, r.ret);
    if (ev.ret < 0) return;
    const d = this.st.diverged[ev.fd];
    if (ev.req === 'KVM_SET_REGS') {
      if (d) d.regs = false;
      if (setRegsProbesTsc(ev.arg)) this.st.tscTaint[ev.fd] = true;
      else delete this.st.tscTaint[ev.fd];
    } else if (ev.req === 'KVM_SET_SREGS' && d) {
      d.sregs = false;
    }
  }

  // ---- exit -------------------------------------------------------------------------

  private applyExit(ev: ExitEvent, index: number): EventOutcome {
    const run = this.st.pendingRun;
    this.st.pendingRun = null;
    if (!run || run.seq !== ev.run_seq) {
      // Cannot happen for a validated log (exit follows its KVM_RUN); report rather than guess.
      return this.outcome(ev, index, [{ seq: ev.seq, what: 'exit.run_seq', expected: String(ev.run_seq), actual: run ? String(run.seq) : '(no KVM_RUN replayed)' }]);
    }
    if (run.skip !== undefined) return this.skip(ev, index, run.skip, run.skipCause, { req: ev.exit_name ?? 'exit' });
    const area = this.kvm.runArea(this.fd(ev.vcpu_fd));
    const m: Mismatch[] = [];
    if (!area) {
      m.push({ seq: ev.seq, what: 'kvm_run', expected: `kvm_run of vcpu fd ${ev.vcpu_fd}`, actual: '(none)' });
      return this.outcome(ev, index, m);
    }
    const actual = decodeKvmRun(area, this.profile);
    if (ev.run_ret < 0) {
      // KVM_RUN failed (EINTR, ENOSPC …): only the raw exit_reason left in kvm_run is known.
      compareValue(ev.seq, 'exit.exit_reason_field', ev.exit_reason_field, actual['exit_reason'], m);
    } else {
      const skip: SkipPath | undefined = this.st.tscTaint[ev.vcpu_fd] ? tscTaintSkip : undefined;
      compareExitBody(ev.seq, 'exit', ev as unknown as Record<string, unknown>, actual, this.profile, m, skip);
    }
    return this.outcome(ev, index, m, { req: ev.exit_name ?? exitName(ev.exit_reason ?? 0, this.profile) });
  }

  // ---- syscalls ---------------------------------------------------------------------

  private applySyscall(ev: SyscallEvent, index: number): EventOutcome {
    const m: Mismatch[] = [];
    switch (ev.call) {
      case 'open': {
        const r = this.kvm.open(ev.path, Number(BigInt(ev.flags) & 0xffffffffn));
        this.compareRet(ev.seq, ev.ret, ev.errno, r, m, true);
        this.mapFd(ev.ret, r.ret);
        return this.outcome(ev, index, m, { ret: r.ret, ...(r.errno !== undefined ? { errno: r.errno } : {}) });
      }
      case 'close': {
        const r = this.kvm.close(this.fd(ev.fd));
        this.compareRet(ev.seq, ev.ret, ev.errno, r, m);
        if (ev.ret === 0) { delete this.st.diverged[ev.fd]; delete this.st.tscTaint[ev.fd]; delete this.st.fdMap[ev.fd]; }
        return this.outcome(ev, index, m, { ret: r.ret, ...(r.errno !== undefined ? { errno: r.errno } : {}) });
      }
      case 'mmap': {
        // Recorded host addresses are the keys later events use, so a successful mapping is
        // re-created at exactly that address (MAP_FIXED); a failed one is retried as recorded.
        const len = u64(ev.len), off = u64(ev.offset);
        const r = ev.ok
          ? this.kvm.mmap(u64(ev.ret), len, ev.prot, ev.flags | MAP_FIXED, this.fd(ev.fd), off)
          : this.kvm.mmap(u64(ev.addr), len, ev.prot, ev.flags, this.fd(ev.fd), off);
        const ok = r.ret !== -1n && r.errno === undefined;
        if (ok !== ev.ok) {
          m.push({ seq: ev.seq, what: 'mmap', expected: ev.ok ? 'mapped' : `MAP_FAILED (${errText(ev.errno)})`, actual: ok ? `mapped at ${show(r.ret)}` : `MAP_FAILED (${errText(r.errno)})` });
        } else if (ok && r.ret !== u64(ev.ret as string)) {
          m.push({ seq: ev.seq, what: 'mmap.ret', expected: show(u64(ev.ret as string)), actual: show(r.ret) });
        } else if (!ok && r.errno !== ev.errno) {
          m.push({ seq: ev.seq, what: 'errno', expected: errText(ev.errno), actual: errText(r.errno) });
        }
        // Anonymous mappings are inputs (setup); mappings of KVM fds are KVM's answer.
        const kvmFd = ev.fd >= 0 && ev.fd_kind !== 'anon';
        return this.outcome(ev, index, m, { status: kvmFd ? 'pass' : 'input', ...(r.errno !== undefined ? { errno: r.errno } : {}) });
      }
      case 'munmap': {
        const r = this.kvm.munmap(u64(ev.addr), u64(ev.len));
        this.compareRet(ev.seq, ev.ret, ev.errno, r, m);
        return this.outcome(ev, index, m, { status: 'input', ret: r.ret });
      }
      case 'mprotect': {
        const r = this.kvm.mprotect(u64(ev.addr), u64(ev.len), ev.prot);
        this.compareRet(ev.seq, ev.ret, ev.errno, r, m);
        return this.outcome(ev, index, m, { status: 'input', ret: r.ret });
      }
      case 'fork':
        // The child is the next event (an ioctl with process "forked_child").
        return this.outcome(ev, index, [], { status: 'input' });
      case 'eventfd':
      case 'read':
        return this.skip(ev, index, SKIP.eventfd);
    }
  }

  // ---- memory -----------------------------------------------------------------------

  private applyMemwrite(ev: MemwriteEvent, index: number): EventOutcome {
    this.kvm.hostWrite(u64(ev.hva), hexToBytes(ev.data));
    return this.outcome(ev, index, [], { status: 'input' });
  }

  private applyMemread(ev: MemreadEvent, index: number): EventOutcome {
    if (this.st.memDivergedSince !== null) return this.skip(ev, index, SKIP.memDiverged, this.st.memDivergedSince);
    const m: Mismatch[] = [];
    const hva = u64(ev.hva);
    compareBytes(ev.seq, 'mem', hva, ev.data, this.kvm.hostRead(hva, ev.len), m);
    return this.outcome(ev, index, m);
  }

  /** run_write / respond: stores into the vcpu's kvm_run mapping at recorded offsets. */
  private applyRunWrites(ev: RunWriteEvent | RespondEvent, index: number): EventOutcome {
    const area = this.kvm.runArea(this.fd(ev.vcpu_fd));
    const writes = ev.t === 'respond' ? ev.writes : [{ offset: ev.offset, data: ev.data }];
    const m: Mismatch[] = [];
    if (!area) {
      m.push({ seq: ev.seq, what: 'kvm_run', expected: `kvm_run of vcpu fd ${ev.vcpu_fd}`, actual: '(none)' });
    } else {
      for (const w of writes) {
        const b = hexToBytes(w.data);
        if (w.offset + b.length > area.length) {
          m.push({ seq: ev.seq, what: 'kvm_run', expected: `room for ${b.length} bytes at offset ${w.offset}`, actual: `${area.length} bytes` });
          continue;
        }
        area.set(b, w.offset);
      }
    }
    return this.outcome(ev, index, m, { status: 'input' });
  }

  // ---- rings ------------------------------------------------------------------------

  private applyRingRead(ev: RingReadEvent, index: number): EventOutcome {
    if (this.st.memDivergedSince !== null) return this.skip(ev, index, SKIP.memDiverged, this.st.memDivergedSince);
    const m: Mismatch[] = [];
    if (ev.ring === 'dirty') {
      const ring = this.kvm.dirtyRing(this.fd(ev.vcpu_fd));
      if (!ring) {
        m.push({ seq: ev.seq, what: 'ring.dirty', expected: `dirty ring of vcpu fd ${ev.vcpu_fd}`, actual: '(none)' });
        return this.outcome(ev, index, m);
      }
      const dv = new DataView(ring.buffer, ring.byteOffset, ring.byteLength);
      const n = Math.floor(ring.length / DIRTY_GFN_SIZE);
      for (const e of ev.entries) {
        const at = `ring.dirty[${e.index}]`;
        if (e.index >= n) { m.push({ seq: ev.seq, what: at, expected: 'an entry', actual: `ring has ${n} entries` }); continue; }
        const o = e.index * DIRTY_GFN_SIZE;
        const flags = dv.getUint32(o, true);
        compareValue(ev.seq, `${at}.flags`, e.flags, flags, m);
        // Stale contents of reset entries are not meaningful (FORMAT.md §3.7).
        if (e.flags & KVM_DIRTY_GFN_F_DIRTY) {
          compareValue(ev.seq, `${at}.slot`, e.slot, dv.getUint32(o + 4, true), m);
          compareValue(ev.seq, `${at}.offset`, e.offset, dv.getBigUint64(o + 8, true), m);
        }
      }
      return this.outcome(ev, index, m);
    }
    const page = this.coalescedRing(ev.vcpu_fd);
    if (!page) {
      m.push({ seq: ev.seq, what: 'ring.coalesced', expected: `coalesced ring of vcpu fd ${ev.vcpu_fd}`, actual: '(none)' });
      return this.outcome(ev, index, m);
    }
    const dv = new DataView(page.buffer, page.byteOffset, page.byteLength);
    compareValue(ev.seq, 'ring.coalesced.first', ev.first, dv.getUint32(0, true), m);
    compareValue(ev.seq, 'ring.coalesced.last', ev.last, dv.getUint32(4, true), m);
    const slots = Math.floor((page.length - 8) / COALESCED_ENTRY_SIZE);
    for (const e of ev.entries) {
      const at = `ring.coalesced[${e.index}]`;
      if (e.index >= slots) { m.push({ seq: ev.seq, what: at, expected: 'an entry', actual: `ring has ${slots} slots` }); continue; }
      const o = 8 + e.index * COALESCED_ENTRY_SIZE;
      const len = dv.getUint32(o + 8, true);
      compareValue(ev.seq, `${at}.phys_addr`, e.phys_addr, dv.getBigUint64(o, true), m);
      compareValue(ev.seq, `${at}.len`, e.len, len, m);
      compareValue(ev.seq, `${at}.pio`, e.pio, dv.getUint32(o + 12, true), m);
      // Only the first `len` data bytes are meaningful.
      const n = Math.min(e.len, 8);
      compareValue(ev.seq, `${at}.data`, e.data.slice(0, n * 2), page.slice(o + 16, o + 16 + n), m);
    }
    return this.outcome(ev, index, m);
  }

  private applyRingWrite(ev: RingWriteEvent, index: number): EventOutcome {
    const m: Mismatch[] = [];
    if (ev.ring === 'dirty') {
      const ring = this.kvm.dirtyRing(this.fd(ev.vcpu_fd));
      const o = ev.index * DIRTY_GFN_SIZE;
      if (!ring || o + DIRTY_GFN_SIZE > ring.length) {
        m.push({ seq: ev.seq, what: 'ring.dirty', expected: `entry ${ev.index} of the dirty ring of vcpu fd ${ev.vcpu_fd}`, actual: ring ? `${ring.length / DIRTY_GFN_SIZE} entries` : '(none)' });
      } else {
        new DataView(ring.buffer, ring.byteOffset, ring.byteLength).setUint32(o, ev.flags >>> 0, true);
      }
    } else {
      const page = this.coalescedRing(ev.vcpu_fd);
      if (!page || ev.offset + 4 > page.length) {
        m.push({ seq: ev.seq, what: 'ring.coalesced', expected: `coalesced ring of vcpu fd ${ev.vcpu_fd}`, actual: '(none)' });
      } else {
        new DataView(page.buffer, page.byteOffset, page.byteLength).setUint32(ev.offset, ev.value >>> 0, true);
      }
    }
    return this.outcome(ev, index, m, { status: 'input' });
  }

  private coalescedRing(vcpuFd: number): Uint8Array | null {
    const area = this.kvm.runArea(this.fd(vcpuFd));
    if (!area || area.length < COALESCED_RING_OFFSET + 4096) return null;
    return area.subarray(COALESCED_RING_OFFSET, COALESCED_RING_OFFSET + 4096);
  }

  // ---- run_batch --------------------------------------------------------------------

  private applyRunBatch(ev: RunBatchEvent, index: number): EventOutcome {
    const div = this.st.diverged[ev.vcpu_fd];
    const counts: Record<string, number> = {};
    let last: TargetIoctlResult = { ret: 0 };
    const m: Mismatch[] = [];
    for (let i = 0; i < ev.calls; i++) {
      last = this.kvm.ioctl(this.fd(ev.vcpu_fd), KVM_RUN_NR, 0n, null, { process: 'main' });
      if (last.skipped !== undefined) {
        this.diverge(ev.vcpu_fd, ev.seq, SKIP.runNotExecuted);
        return this.skip(ev, index, `${SKIP.runNotExecuted}: ${last.skipped}`, undefined, { req: 'KVM_RUN' });
      }
      if (last.ret < 0) {
        // Only the last call may fail (its ret/errno are compared below); an earlier failure ends the batch.
        if (i < ev.calls - 1) {
          m.push({ seq: ev.seq, what: `run_batch.call[${i}].ret`, expected: '0', actual: `${last.ret} (${errText(last.errno)})` });
          break;
        }
        continue;
      }
      const area = this.kvm.runArea(this.fd(ev.vcpu_fd));
      const reason = area ? new DataView(area.buffer, area.byteOffset, area.byteLength).getUint32(8, true) : -1;
      const name = exitName(reason, this.profile);
      counts[name] = (counts[name] ?? 0) + 1;
    }
    if (div && (div.regs || div.sregs)) {
      this.diverge(ev.vcpu_fd, ev.seq, SKIP.vcpuDiverged);
      return this.skip(ev, index, SKIP.vcpuDiverged, div.since, { req: 'KVM_RUN' });
    }
    for (const k of new Set([...Object.keys(ev.exit_counts), ...Object.keys(counts)])) {
      const e = ev.exit_counts[k] ?? 0, a = counts[k] ?? 0;
      if (e !== a) m.push({ seq: ev.seq, what: `run_batch.exit_counts.${k}`, expected: String(e), actual: String(a) });
    }
    this.compareRet(ev.seq, ev.last_ret, ev.last_ret < 0 ? ev.last_errno : undefined, last, m);
    if (m.length && m[m.length - 1]!.what === 'ret') m[m.length - 1]!.what = 'run_batch.last_ret';
    if (m.length && m[m.length - 1]!.what === 'errno') m[m.length - 1]!.what = 'run_batch.last_errno';
    if (ev.last_exit && ev.last_ret >= 0) {
      const area = this.kvm.runArea(this.fd(ev.vcpu_fd));
      if (area) compareExitBody(ev.seq, 'run_batch.last_exit', ev.last_exit, decodeKvmRun(area, this.profile), this.profile, m);
      else m.push({ seq: ev.seq, what: 'kvm_run', expected: `kvm_run of vcpu fd ${ev.vcpu_fd}`, actual: '(none)' });
    }
    return this.outcome(ev, index, m, { req: 'KVM_RUN', ret: last.ret, ...(last.errno !== undefined ? { errno: last.errno } : {}) });
  }
}

/** Keys of an exit event that are not kvm_run content, or derived duplicates of compared keys. */
const EXIT_NOT_COMPARED = new Set([
  'seq', 't', 'ts_ns', 'vcpu_fd', 'run_seq', 'run_ret', 'errno', 'errname', 'signal', 'exit_reason_field',
  'exit_name', 'regs', 'sregs',
]);

/**
 * Compares a recorded exit (header + union member + plane) with the decoded kvm_run.
 * regs/sregs are compared by the GET_REGS/GET_SREGS ioctls that follow, not here.
 */
function compareExitBody(seq: number, prefix: string, exp: Record<string, unknown>, act: Record<string, unknown>, profile: ProfileId, m: Mismatch[], skip?: SkipPath): void {
  for (const k of Object.keys(exp)) {
    if (EXIT_NOT_COMPARED.has(k)) continue;
    // S26 kvm_run has no plane field: which plane ran is not observable there (spec §3.1).
    if (k === 'plane' && profile === 's26') continue;
    compareValue(seq, `${prefix}.${k}`, exp[k], act[k], m, (path, e) => path.endsWith('.port_hex') || path.endsWith('.reason_name') || (skip?.(path, e) ?? false));
  }
}

function displayName(ev: TruthEvent): string {
  switch (ev.t) {
    case 'ioctl': return ev.req;
    case 'exit': return ev.exit_name ?? 'exit';
    case 'syscall': return ev.call;
    case 'ring_read':
    case 'ring_write': return ev.ring;
    case 'respond': return ev.what;
    case 'run_write': return ev.field;
    case 'run_batch': return 'KVM_RUN';
    case 'memwrite':
    case 'memread': return ev.hva;
    default: return ev.t;
  }
}

/** 'pvm' runs every guest instruction through KVM's emulator; 'svm'/'vmx' are hardware-virtualized. */
export function defaultBackend(hostBackend: string): 'hardware' | 'emulate' {
  return hostBackend === 'svm' || hostBackend === 'vmx' ? 'hardware' : 'emulate';
}

/**
 * The lowest descriptor the recorded process got: the first `open`'s fd (the lab VMM had
 * fd 3 open for its log, so its recordings start at 4). Default 3.
 */
export function firstFdOf(log: TruthLog): number {
  for (const e of log.events) {
    if (e.t === 'syscall' && e.call === 'open' && e.ret >= 0) return e.ret;
    if (e.t === 'syscall' && e.call === 'close') break;
  }
  return 3;
}
