/**
 * One program workspace: an assembled bare program in a VM set up by the built-in VMM
 * (engine/vmm/bare.ts) on a recording KVM model, and the debugger's control of its vCPU.
 *
 * Execution is always a KVM_RUN of the VMM, so every step lands in the workspace log:
 * - step = KVM_RUN with a one-call watchdog budget (`{ budget: n }`: the model's SIGALRM after n
 *   instructions, -EINTR / KVM_EXIT_INTR), repeated until n more instructions retired;
 * - breakpoints = KVM_SET_GUEST_DEBUG with KVM_GUESTDBG_USE_HW_BP (DR0..DR3 execution breakpoints,
 *   so at most 4), giving KVM_EXIT_DEBUG; continuing from a breakpoint first steps over it;
 * - continue / run = KVM_RUN slices of RUN_SLICE instructions, at most `slice` per request, so the
 *   worker never blocks for long; the UI repeats the request while the stop is `limit`.
 * The exits are served like BareVmm.run() serves them (serial THR/LSR on 0x3f8, exception
 * reports on 0xee, floating ports and MMIO read as 0xff, HLT ends the program).
 *
 * Reverse execution: a checkpoint (Kvm snapshot + log length + serial length + VMM state) is taken
 * between KVM_RUNs whenever CHECKPOINT_EVERY instructions passed since the last one; going back
 * to instruction N restores the last checkpoint at or before N, truncates the log there and
 * re-executes deterministically with watchdog-budgeted KVM_RUNs until exactly N retired.
 */
import { PsError } from '../errors.ts';
import { assemble, type AsmResult } from '../asm/index.ts';
import { createGuestCpu } from '../cpu/index.ts';
import { KVM_GUESTDBG_ENABLE, KVM_GUESTDBG_USE_HW_BP } from '../cpu/cpu.ts';
import type { KvmSnapshot } from '../kvm/index.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import { KVM_EXIT, exitName } from '../kvm/uapi/exits.ts';
import { EINTR, errnoName } from '../kvm/uapi/errno.ts';
import type { kvm_regs } from '../kvm/uapi/regs.ts';
import { BareVmm } from '../vmm/bare.ts';
import { deviceIn, deviceOut, readIoExit } from '../vmm/devices.ts';
import type { ProgramBackend, ProgramStop } from '../protocol/program.ts';
import { RecordingKvm } from './program-recorder.ts';

/** Instructions one KVM_RUN of a continue may execute (also bounds the re-execution of a reverse step). */
export const RUN_SLICE = 50_000;
/** Instructions between checkpoints. */
export const CHECKPOINT_EVERY = 10_000;
/** Default instruction budget of one continue request. */
export const CONTINUE_SLICE = 1_000_000;
/** Instructions one forward seek may execute (a seek far ahead stops there). */
export const SEEK_LIMIT = 20_000_000;
/** KVM_RUN calls one request may make (exit storms: every OUT is an exit). */
const MAX_RUNS_PER_REQUEST = 100_000;
/** Log events a workspace may hold before execution refuses to go on (memory bound). */
export const MAX_EVENTS = 400_000;
/** DR0..DR3. */
export const MAX_BREAKPOINTS = 4;

// struct kvm_run offsets (include/uapi/linux/kvm.h, x86-64)
const RUN_EXIT_REASON = 8;
const RUN_MMIO_PHYS = 32, RUN_MMIO_DATA = 40, RUN_MMIO_LEN = 48, RUN_MMIO_IS_WRITE = 52;
const RUN_DEBUG_EXCEPTION = 32, RUN_DEBUG_PC = 40, RUN_DEBUG_DR6 = 48;

const TERMINAL = new Set<ProgramStop['kind']>(['hlt', 'shutdown', 'exception', 'exit', 'error']);

/** Is this stop the end of the program (nothing more can run)? */
export function isTerminal(stop: ProgramStop | null): boolean {
  return stop !== null && TERMINAL.has(stop.kind);
}

interface Checkpoint {
  icount: number;
  kvm: KvmSnapshot;
  events: number;
  serial: number;
  stop: ProgramStop | null;
  debugKey: string;
  exits: number;
}

export class ProgramWorkspace {
  readonly kvm: RecordingKvm;
  readonly vmm: BareVmm;
  readonly vcpuFd: number;
  /** Source line of each listed address (instruction or data start). */
  readonly lineAt = new Map<number, number>();
  stop: ProgramStop | null = null;
  breakpoints: number[] = [];
  /** Furthest instruction count this timeline has reached. */
  furthest = 0;
  /** Exit events so far (kept in step with the log). */
  exits = 0;
  private serialBuf = new Uint8Array(4096);
  private serialLen = 0;
  /** Guest debug setting currently in KVM ('' = none), so KVM_SET_GUEST_DEBUG is issued only on change. */
  private debugKey = '';
  private readonly checkpoints: Checkpoint[] = [];
  private readonly run: Uint8Array;
  private readonly dv: DataView;
  private runsThisRequest = 0;

  private constructor(readonly name: string, readonly asm: AsmResult, readonly backend: ProgramBackend) {
    this.kvm = new RecordingKvm({ cpuFactory: createGuestCpu, backend });
    try {
      this.vmm = new BareVmm(this.kvm, { bytes: asm.bytes, origin: asm.origin, bits: asm.bits });
    } catch (e) {
      throw new PsError('PS512', e instanceof Error ? e.message : String(e));
    }
    this.vcpuFd = this.vmm.vcpu;
    this.kvm.counter = () => this.kvm.instructionCount(this.vcpuFd);
    const run = this.kvm.runArea(this.vcpuFd);
    if (!run) throw new PsError('PS512', 'the built-in VMM did not map kvm_run');
    this.run = run;
    this.dv = new DataView(run.buffer, run.byteOffset, run.byteLength);
    for (const l of asm.lines) if (l.bytes.length && !this.lineAt.has(l.address)) this.lineAt.set(l.address, l.line);
    this.checkpoint();
  }

  /**
   * Assemble `source` and load it: fresh Kvm, the built-in VMM's ioctls and memory writes (all logged).
   * Assembly errors are a PsError PS510 at the first error's line:column.
   */
  static load(name: string, source: string, backend: ProgramBackend): ProgramWorkspace {
    const asm = assemble(source);
    if (!asm.ok) {
      const errors = asm.diagnostics.filter((d) => d.severity === 'error');
      const d = errors[0];
      throw new PsError('PS510', `${errors.length} assembly error${errors.length === 1 ? '' : 's'}; first: ${d ? `${d.code} ${d.message}` : 'unknown'}`, d ? { file: name, line: d.line, column: d.column } : { file: name });
    }
    return new ProgramWorkspace(name, asm, backend);
  }

  get bits(): 16 | 32 | 64 { return this.asm.bits; }
  get icount(): number { return this.kvm.instructionCount(this.vcpuFd); }
  get serialLength(): number { return this.serialLen; }

  /** Serial console bytes [from, end) as text (Latin-1: one char per byte, as a terminal would show raw bytes). */
  serial(from = 0): string {
    let s = '';
    const end = this.serialLen;
    for (let i = Math.max(0, from); i < end; i += 4096) s += String.fromCharCode(...this.serialBuf.subarray(i, Math.min(end, i + 4096)));
    return s;
  }

  /** Registers as KVM_GET_REGS reports them (a debugger peek: not logged). */
  regs(): kvm_regs {
    return this.kvm.quiet(() => this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_GET_REGS, 0n, null)).out as unknown as kvm_regs;
  }

  /** Sregs in the log's format (segment selector `sel`), not logged. */
  sregs(): Record<string, unknown> {
    return this.kvm.quiet(() => this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_GET_SREGS, 0n, null)).out as Record<string, unknown>;
  }

  /** CS.base + RIP (RIP alone in 64-bit mode), truncated like the CPU forms linear addresses. */
  linearRip(): number {
    const rip = this.regs().rip;
    const cs = this.sregs().cs as Record<string, unknown>;
    if (Number(cs.l ?? 0) === 1) return Number(BigInt.asUintN(64, rip) & 0x1fffffffffffffn);
    return Number((BigInt(cs.base as bigint) + BigInt.asUintN(64, rip)) & 0xffffffffn);
  }

  // ---- execution ------------------------------------------------------------

  /** Execute `count` instructions (fewer if the program ends). */
  step(count: number): void {
    this.beginRequest();
    if (isTerminal(this.stop)) return;
    this.advanceTo(this.icount + count, []);
    if (!isTerminal(this.stop)) this.stop = { kind: 'step' };
  }

  /** Run until the next instruction at `next` is reached (step over a CALL/INT/LOOP/REP), bounded by `slice`. */
  runUntil(next: number, slice: number): void {
    this.beginRequest();
    if (isTerminal(this.stop)) return;
    const user = this.breakpoints.filter((a) => a !== next).slice(0, MAX_BREAKPOINTS - 1);
    this.continueWith([next, ...user], slice);
    if (this.stop?.kind === 'breakpoint' && this.stop.address === next) this.stop = { kind: 'step' };
  }

  /** Continue until a breakpoint (unless ignored), the end, or `slice` instructions. */
  cont(slice: number, ignoreBreakpoints: boolean): void {
    this.beginRequest();
    if (isTerminal(this.stop)) return;
    this.continueWith(ignoreBreakpoints ? [] : this.breakpoints, slice);
  }

  private continueWith(bps: number[], slice: number): void {
    const end = this.icount + slice;
    // Sitting on a breakpoint: step over it first, or the DR match would stop us right here again.
    if (bps.length && bps.includes(this.linearRip())) {
      this.advanceTo(this.icount + 1, []);
      if (isTerminal(this.stop)) return;
    }
    this.stop = null;
    while (this.stop === null) {
      const left = end - this.icount;
      if (left <= 0 || !this.mayRun()) { this.stop = { kind: 'limit' }; break; }
      this.runOnce(Math.min(left, RUN_SLICE), bps);
    }
  }

  /** Go to instruction count `target`: forward by executing, backward via a checkpoint + re-execution. */
  goTo(target: number): void {
    this.beginRequest();
    if (target < this.icount) this.rewind(target);
    target = Math.min(target, this.icount + SEEK_LIMIT);
    if (target > this.icount && !isTerminal(this.stop)) this.advanceTo(target, []);
    if (this.stop === null || this.stop.kind === 'limit') this.stop = { kind: 'step' };
  }

  /** Back to the state right after loading (instruction 0). */
  reset(): void {
    this.beginRequest();
    this.rewind(0);
  }

  private rewind(target: number): void {
    let i = this.checkpoints.length - 1;
    while (i > 0 && this.checkpoints[i].icount > target) i--;
    const cp = this.checkpoints[i];
    this.kvm.restore(cp.kvm);
    this.kvm.truncate(cp.events);
    this.serialLen = cp.serial;
    this.stop = cp.stop;
    this.debugKey = cp.debugKey;
    this.exits = cp.exits;
    // Later checkpoints describe a future this timeline may not reach the same way (debug state, log).
    this.checkpoints.length = i + 1;
  }

  /** Execute watchdog-budgeted KVM_RUNs until `target` instructions retired or the program stops. */
  private advanceTo(target: number, bps: number[]): void {
    this.stop = null;
    while (this.icount < target && this.stop === null) {
      if (!this.mayRun()) { this.stop = { kind: 'limit' }; return; }
      this.runOnce(Math.min(target - this.icount, RUN_SLICE), bps);
      if ((this.stop as ProgramStop | null)?.kind === 'breakpoint') return; // (runOnce sets it)
    }
  }

  private beginRequest(): void { this.runsThisRequest = 0; }

  private mayRun(): boolean {
    if (this.kvm.events.length >= MAX_EVENTS) {
      throw new PsError('PS513', `the workspace log holds ${this.kvm.events.length} events; step back or reset to go on`, { seq: this.kvm.events.length - 1 });
    }
    return this.runsThisRequest < MAX_RUNS_PER_REQUEST;
  }

  /** Make KVM's guest debug state match `bps` (one KVM_SET_GUEST_DEBUG when it changes). */
  private applyDebug(bps: number[]): void {
    const key = bps.join(',');
    if (key === this.debugKey) return;
    let dr7 = 0n;
    const debugreg = [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n];
    bps.slice(0, MAX_BREAKPOINTS).forEach((a, k) => {
      debugreg[k] = BigInt(a);
      dr7 |= 1n << BigInt(k * 2); // Lk; R/Wk = 00 (execute), LENk = 00
    });
    debugreg[7] = dr7;
    const control = bps.length ? KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP : 0;
    const r = this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_SET_GUEST_DEBUG, 0n, { control, pad: 0, debugreg });
    if (r.ret < 0) throw new PsError('PS503', `KVM_SET_GUEST_DEBUG failed with ${errnoName(r.errno ?? 0)}`, { seq: this.kvm.events.length - 1 });
    this.debugKey = key;
  }

  /** One KVM_RUN of the VMM and the handling of its exit. Sets `stop` when execution must stop. */
  private runOnce(budget: number, bps: number[]): void {
    this.applyDebug(bps);
    this.runsThisRequest++;
    const r = this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_RUN, 0n, null, { budget });
    this.exits++;
    if (r.ret < 0) {
      if (r.errno !== EINTR) this.stop = { kind: 'error', errno: r.errno ?? 0, errname: errnoName(r.errno ?? 0) };
    } else {
      this.onExit();
    }
    const n = this.icount;
    if (n > this.furthest) this.furthest = n;
    if (n >= this.checkpoints[this.checkpoints.length - 1].icount + CHECKPOINT_EVERY) this.checkpoint();
  }

  private onExit(): void {
    const dv = this.dv;
    const reason = dv.getUint32(RUN_EXIT_REASON, true);
    switch (reason) {
      case KVM_EXIT.KVM_EXIT_IO: this.onIo(); return;
      case KVM_EXIT.KVM_EXIT_MMIO:
        if (!dv.getUint8(RUN_MMIO_IS_WRITE)) {
          // Nothing is mapped in the PC hole: reads float high, as on a bus with no device.
          const len = Math.min(8, dv.getUint32(RUN_MMIO_LEN, true));
          const data = new Uint8Array(len).fill(0xff);
          this.respond('mmio_read_data', { phys_addr: `0x${dv.getBigUint64(RUN_MMIO_PHYS, true).toString(16)}` }, RUN_MMIO_DATA, data);
        }
        return;
      case KVM_EXIT.KVM_EXIT_HLT: this.stop = { kind: 'hlt' }; return; // no interrupt source in a bare VM: nothing can wake it
      case KVM_EXIT.KVM_EXIT_SHUTDOWN: this.stop = { kind: 'shutdown' }; return;
      case KVM_EXIT.KVM_EXIT_DEBUG: {
        const exception = dv.getUint32(RUN_DEBUG_EXCEPTION, true);
        const dr6 = dv.getBigUint64(RUN_DEBUG_DR6, true);
        if (exception === 1 && (dr6 & 0xfn) !== 0n) {
          this.stop = { kind: 'breakpoint', address: Number(dv.getBigUint64(RUN_DEBUG_PC, true)) };
          return;
        }
        this.stop = { kind: 'exit', reason, name: exitName(reason) };
        return;
      }
      default: this.stop = { kind: 'exit', reason, name: exitName(reason) };
    }
  }

  private onIo(): void {
    const io = readIoExit(this.dv);
    if (io.out) {
      const r = deviceOut(this.run, io);
      for (const b of r.serial) this.serialPush(b);
      if (r.exception !== null) this.stop = { kind: 'exception', vector: r.exception };
      return;
    }
    this.respond('io_in_data', { port: io.port }, io.dataOffset, deviceIn(io));
  }


  /** Store an exit completion into kvm_run (the VMM's memcpy), logged as a `respond` event. */
  private respond(what: string, fields: Record<string, unknown>, offset: number, data: Uint8Array): void {
    this.run.set(data, offset);
    this.kvm.recordRespond(this.vcpuFd, what, fields, [{ offset, data }]);
  }

  private serialPush(b: number): void {
    if (this.serialLen === this.serialBuf.length) {
      const n = new Uint8Array(this.serialBuf.length * 2);
      n.set(this.serialBuf);
      this.serialBuf = n;
    }
    this.serialBuf[this.serialLen++] = b;
  }

  private checkpoint(): void {
    this.checkpoints.push({
      icount: this.icount, kvm: this.kvm.snapshot(), events: this.kvm.events.length, serial: this.serialLen,
      stop: this.stop, debugKey: this.debugKey, exits: this.exits,
    });
  }

  /** Replace the breakpoint set (linear addresses, deduplicated). */
  setBreakpoints(addresses: number[]): void {
    const uniq = [...new Set(addresses)].sort((a, b) => a - b);
    if (uniq.length > MAX_BREAKPOINTS) {
      throw new PsError('PS511', `${uniq.length} breakpoints requested; KVM_GUESTDBG_USE_HW_BP has ${MAX_BREAKPOINTS} debug registers (DR0-DR3)`);
    }
    this.breakpoints = uniq;
  }
}
