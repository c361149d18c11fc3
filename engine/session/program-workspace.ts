/**
 * One program workspace: an assembled bare program in a VM set up by the built-in VMM
 * (engine/vmm/bare.ts) on a recording KVM model, and the debugger's control of its vCPU.
 *
 * Execution is always a KVM_RUN of the VMM, so every step lands in the workspace log:
 * - step = KVM_RUN with a one-call watchdog budget (`{ budget: n }`: the model's SIGALRM after n
 *   instructions, -EINTR / KVM_EXIT_INTR), repeated until n more instructions retired;
 * - breakpoints, hardware backend (VMX/SVM, the default) = software breakpoints as QEMU's gdbstub sets
 *   them (program-swbp.ts), as many as the user likes: INT3 stored (original byte saved, a logged
 *   `memwrite` of the VMM) right before the first KVM_RUN of a continue, KVM_SET_GUEST_DEBUG with
 *   KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_SW_BP, KVM_EXIT_DEBUG with debug.arch.exception 3 at
 *   debug.arch.pc = a breakpoint. The bytes stay while the VMM serves exits itself (serial, MMIO) and
 *   are removed right after the KVM_RUN that stops the guest and right before every checkpoint (then
 *   re-inserted before the next KVM_RUN), compared first: a byte the guest rewrote is kept. So memory
 *   views, disassembly, registers, checkpoints and restores never show them;
 * - breakpoints, emulate backend (the lab's PVM host, whose KVM emulator executes INT3 itself, so
 *   USE_SW_BP never exits) = KVM_GUESTDBG_USE_HW_BP, DR0..DR3 execution breakpoints, at most 4 (PS511);
 * - continuing from a breakpoint first steps over it (one instruction with the original byte in place),
 *   then inserts and continues;
 * - the guest's own INT3 while software breakpoints are on exits too (#BP intercepted); it is given back
 *   as QEMU's kvm_handle_debug does: KVM_GET_VCPU_EVENTS, KVM_SET_VCPU_EVENTS with an injected #BP
 *   (exception.nr 3), and the run goes on. That INT3 then retires no instruction (KVM injected the
 *   event), so the workspace remembers where it happened and re-execution (reverse steps) re-injects
 *   it at the same point: every timeline counts instructions the same way. (engine/cpu today saves
 *   the INT3's own address for an injected #BP where KVM saves the next one, so a handler's IRET
 *   returns to the INT3: see program-swbp.test.ts, `it.fails`.)
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
import { KVM_GUESTDBG_ENABLE, KVM_GUESTDBG_USE_HW_BP, KVM_GUESTDBG_USE_SW_BP } from '../cpu/cpu.ts';
import type { KvmSnapshot } from '../kvm/index.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import { KVM_EXIT, exitName } from '../kvm/uapi/exits.ts';
import { EINTR, errnoName } from '../kvm/uapi/errno.ts';
import type { kvm_regs } from '../kvm/uapi/regs.ts';
import { KVM_VCPUEVENT_VALID_PAYLOAD } from '../kvm/uapi/structs.ts';
import { BareVmm } from '../vmm/bare.ts';
import { deviceIn, deviceOut, readIoExit } from '../vmm/devices.ts';
import type { ProgramBackend, ProgramStop } from '../protocol/program.ts';
import { RecordingKvm } from './program-recorder.ts';
import { SoftwareBreakpoints } from './program-swbp.ts';

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
/** DR0..DR3: the breakpoint limit of the emulate backend (hardware debug registers). */
export const MAX_BREAKPOINTS = 4;
/** #BP. */
const BP_VECTOR = 3;

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

/** A guest INT3 the VMM re-injected: instruction count then and the log length before its KVM_RUN's events. */
interface Reinjection { icount: number; seq: number }

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
  /** Software breakpoints (hardware backend); null on the emulate backend (debug registers instead). */
  readonly sw: SoftwareBreakpoints | null;
  /** Guest INT3s re-injected in this timeline, in order. */
  private reinjected: Reinjection[] = [];
  /** Re-execution after a rewind: instruction counts where the original timeline re-injected a guest INT3. */
  private replay: number[] = [];

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
    this.sw = backend === 'hardware' ? new SoftwareBreakpoints(this.kvm, this.vcpuFd) : null;
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
    const user = this.breakpoints.filter((a) => a !== next);
    this.continueWith([next, ...(this.sw ? user : user.slice(0, MAX_BREAKPOINTS - 1))], slice);
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
    // Sitting on a breakpoint: step over it first (its original byte in place), or the DR match / the
    // INT3 would stop us right here again.
    const lin = bps.length ? this.linearRip() : 0;
    if (bps.length && (this.sw ? this.sw.covers(bps, lin) : bps.includes(lin))) {
      this.advanceTo(this.icount + 1, []);
      if (isTerminal(this.stop)) return;
    }
    this.stop = null;
    try {
      while (this.stop === null) {
        const left = end - this.icount;
        if (left <= 0 || !this.mayRun()) { this.stop = { kind: 'limit' }; break; }
        this.runOnce(Math.min(left, RUN_SLICE), bps);
      }
    } finally {
      this.sw?.remove(); // stopped (or failed): the guest's bytes back before anyone looks
    }
  }

  /** Go to instruction count `target`: forward by executing, backward via a checkpoint + re-execution. */
  goTo(target: number): void {
    this.beginRequest();
    if (target < this.icount) this.rewind(target);
    target = Math.min(target, this.icount + SEEK_LIMIT);
    if (target > this.icount && !isTerminal(this.stop)) this.advanceTo(target, []);
    this.replay = [];
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
    // Guest INT3s re-injected after the checkpoint are re-injected again by the re-execution up to
    // `target` (they are in the log from cp.events on); the ones before it are inside the snapshot.
    this.replay = this.reinjected.filter((r) => r.seq >= cp.events && r.icount < target).map((r) => r.icount);
    this.reinjected = this.reinjected.filter((r) => r.seq < cp.events);
    // Later checkpoints describe a future this timeline may not reach the same way (debug state, log).
    this.checkpoints.length = i + 1;
  }

  /**
   * Execute watchdog-budgeted KVM_RUNs until `target` instructions retired or the program stops.
   * After a rewind, `replay` holds the instruction counts where the original run re-injected a guest
   * INT3: there one KVM_RUN goes with KVM_GUESTDBG_USE_SW_BP on (no breakpoint bytes) so the INT3 exits
   * and is re-injected again, instead of retiring as one instruction.
   */
  private advanceTo(target: number, bps: number[]): void {
    this.stop = null;
    while (this.icount < target && this.stop === null) {
      if (!this.mayRun()) { this.stop = { kind: 'limit' }; return; }
      const replay = this.replay;
      while (replay.length && replay[0] < this.icount) replay.shift();
      if (replay.length && replay[0] === this.icount) {
        replay.shift();
        this.runOnce(1, bps, true);
        continue;
      }
      const until = replay.length ? Math.min(target, replay[0]) : target;
      this.runOnce(Math.min(until - this.icount, RUN_SLICE), bps);
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

  /**
   * Make KVM's guest debug state what this KVM_RUN needs (one KVM_SET_GUEST_DEBUG when it changes).
   * Hardware backend: insert the software breakpoints (once per stretch of KVM_RUNs) and enable
   * USE_SW_BP while they are in memory, or when `swOnly` (re-executing a re-injected guest INT3).
   * Emulate backend: DR0..DR3 execution breakpoints with USE_HW_BP.
   */
  private applyDebug(bps: number[], swOnly: boolean): void {
    let key = '';
    if (this.sw) {
      if (bps.length && !this.sw.armed) this.sw.insert(bps);
      if (this.sw.active || swOnly) key = 'sw';
    } else if (bps.length) key = bps.join(',');
    if (key === this.debugKey) return; // the common case: nothing to tell KVM, nothing allocated
    const debugreg = [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n];
    let control = 0;
    if (key === 'sw') control = KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_SW_BP;
    else if (key) {
      let dr7 = 0n;
      bps.slice(0, MAX_BREAKPOINTS).forEach((a, k) => {
        debugreg[k] = BigInt(a);
        dr7 |= 1n << BigInt(k * 2); // Lk; R/Wk = 00 (execute), LENk = 00
      });
      debugreg[7] = dr7;
      control = KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP;
    }
    const r = this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_SET_GUEST_DEBUG, 0n, { control, pad: 0, debugreg });
    if (r.ret < 0) throw new PsError('PS503', `KVM_SET_GUEST_DEBUG failed with ${errnoName(r.errno ?? 0)}`, { seq: this.kvm.events.length - 1 });
    this.debugKey = key;
  }

  /**
   * Give a guest's own INT3 back to the guest (QEMU kvm_handle_debug → kvm_queue_exception →
   * kvm_put_vcpu_events): the current events with #BP as the exception, injected (pending when
   * KVM_CAP_EXCEPTION_PAYLOAD semantics are on). KVM delivers it at the next guest entry.
   */
  private reinjectBreakpoint(): void {
    const seq = this.kvm.events.length;
    const g = this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_GET_VCPU_EVENTS, 0n, null);
    if (g.ret < 0 || !g.out) throw new PsError('PS503', `KVM_GET_VCPU_EVENTS failed with ${errnoName(g.errno ?? 0)}`, { seq: this.kvm.events.length - 1 });
    const ev = g.out as Record<string, unknown>;
    const payload = (Number(ev.flags) & KVM_VCPUEVENT_VALID_PAYLOAD) !== 0;
    const set = {
      ...ev,
      exception: { injected: payload ? 0 : 1, nr: BP_VECTOR, has_error_code: 0, pending: payload ? 1 : 0, error_code: 0 },
      exception_has_payload: 0, exception_payload: 0n,
    };
    const r = this.kvm.ioctl(this.vcpuFd, KVM_REQ.KVM_SET_VCPU_EVENTS, 0n, set);
    if (r.ret < 0) throw new PsError('PS503', `KVM_SET_VCPU_EVENTS (re-inject #BP) failed with ${errnoName(r.errno ?? 0)}`, { seq: this.kvm.events.length - 1 });
    this.reinjected.push({ icount: this.icount, seq });
  }

  /** One KVM_RUN of the VMM and the handling of its exit. Sets `stop` when execution must stop. */
  private runOnce(budget: number, bps: number[], swOnly = false): void {
    this.applyDebug(bps, swOnly);
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
    const due = n >= this.checkpoints[this.checkpoints.length - 1].icount + CHECKPOINT_EVERY;
    // Breakpoint bytes leave guest memory before a checkpoint (a restore must not bring them back)
    // and when the guest stops; the next KVM_RUN of the stretch inserts them again.
    if (this.sw && (due || this.stop !== null)) this.sw.remove();
    if (due) this.checkpoint();
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
        if (exception === BP_VECTOR && this.sw) {
          // debug.arch.pc is linear; the disassembly / breakpoint addresses use the same 53-bit form as linearRip()
          const pc = Number(dv.getBigUint64(RUN_DEBUG_PC, true) & 0x1fffffffffffffn);
          if (this.sw.hit(pc)) this.stop = { kind: 'breakpoint', address: pc };
          else this.reinjectBreakpoint(); // the guest's own INT3: #BP goes back to the guest, the run goes on
          return;
        }
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

  /** How many breakpoints this backend can hold (software breakpoints: no limit; emulate: DR0-DR3). */
  get maxBreakpoints(): number { return this.sw ? Infinity : MAX_BREAKPOINTS; }

  /**
   * Replace the breakpoint set (linear addresses, deduplicated). Takes effect at the next KVM_RUN
   * (nothing is written into guest memory while the guest is stopped).
   */
  setBreakpoints(addresses: number[]): void {
    const uniq = [...new Set(addresses)].sort((a, b) => a - b);
    if (uniq.length > this.maxBreakpoints) {
      throw new PsError('PS511', `${uniq.length} breakpoints requested; the emulate backend has only the ${MAX_BREAKPOINTS} debug registers DR0-DR3 `
        + '(KVM_GUESTDBG_USE_HW_BP): its KVM emulates INT3 itself, so software breakpoints (KVM_GUESTDBG_USE_SW_BP) never reach the VMM. '
        + 'Remove one, or use the hardware backend');
    }
    this.breakpoints = uniq;
  }
}
