/**
 * X86Cpu: the GuestCpu implementation. Owns the run loop, the completion
 * protocol (IN / MMIO read / MSR / hypercall exits finish on the next run),
 * KVM_SET_GUEST_DEBUG (single-step, software and hardware breakpoints) and
 * the per-backend differences ('emulate' = the recording host's KVM x86
 * emulator quirks, 'hardware' = VMX/SVM).
 */
import type { Backend, CpuEvents, CpuExit, GuestCpu, GuestDebug, GuestEnv } from './types.ts';
import type { kvm_debugregs, kvm_regs, kvm_sregs } from '../kvm/uapi/regs.ts';
import { Machine } from './machine.ts';
import { CpuState, CS, F_RF, RAX, RDX } from './state.ts';
import { CpuFault, EmulationFailure, NO_RETIRE, UD } from './faults.ts';
import type { Insn } from './decode.ts';
import { cpuMsrSet } from './ops.ts';
import { runBlocks } from './uop.ts';
import { copyEvents, emptyEvents, hasInjectable, injectPendingEvent } from './events.ts';

/** KVM_GUESTDBG_* (include/uapi/linux/kvm.h, arch/x86/include/uapi/asm/kvm.h). */
export const KVM_GUESTDBG_ENABLE = 0x1, KVM_GUESTDBG_SINGLESTEP = 0x2,
  KVM_GUESTDBG_USE_SW_BP = 0x10000, KVM_GUESTDBG_USE_HW_BP = 0x20000;
/** KVM_INTERNAL_ERROR_EMULATION and its flag for instruction bytes. */
export const KVM_INTERNAL_ERROR_EMULATION = 1, KVM_INTERNAL_ERROR_EMULATION_FLAG_INSTRUCTION_BYTES = 1;
const DR6_ACTIVE_LOW = 0xffff0ff0n, DR6_BS = 0x4000n;

type Pending =
  | { kind: 'io' | 'mmio'; insn: Insn; rip: number; regsSetByVmm?: kvm_regs }
  | { kind: 'msr'; write: boolean; index: number; value: bigint; rip: number; len: number; error?: number; data?: bigint }
  | { kind: 'hypercall'; rip: number; len: number; ret?: bigint };

interface Snap {
  state: CpuState; icount: number; pending: Pending | null; events: CpuEvents;
  frags: { gpa: number; data: Uint8Array }[]; ioBuf: Uint8Array | null; ioPos: number;
  mmio: [number, Uint8Array][]; deferredHalt: boolean; hwOut: { rip: number; nip: number } | null; debug: GuestDebug; xmm: Uint8Array; eventExitInstLen?: number;
}

export class X86Cpu implements GuestCpu {
  readonly m: Machine;
  private debug: GuestDebug = { control: 0, debugreg: [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n] };
  private pending: Pending | null = null;
  /** KVM_GUESTDBG single-step / hardware breakpoints on (precomputed from `debug`: checked per instruction). */
  private stepOn = false;
  private hwBpOn = false;
  /** The last step() was a spinning instruction (see run()). */
  private spun = false;
  /** Exit produced inside runSimple(). */
  private fastExit: CpuExit | null = null;
  /** 'hardware': an OUT exit retires on the next KVM_RUN (complete_fast_pio_out), if RIP was not changed. */
  private hwOut: { rip: number; nip: number } | null = null;
  /**
   * 'emulate': a HLT stepped over left KVM's halt request pending; the next
   * KVM_RUN executes one more instruction and then reports KVM_EXIT_HLT
   * (lab singlestep (a2): RIP 0x805 -> jmp -> KVM_EXIT_HLT at 0x804).
   */
  private deferredHalt = false;

  constructor(readonly backend: Backend = 'hardware') {
    this.m = new Machine(backend);
  }

  getRegs(): kvm_regs { return this.m.s.getRegs(); }
  setRegs(r: kvm_regs): void {
    // KVM_SET_REGS while an IN / MMIO read waits for user space (emulate_regs_need_sync_from_vcpu): the
    // pending instruction still retires in the *old* instruction stream on the next KVM_RUN, but the
    // registers are the ones the VMM set, and the value read is lost (errors recording, seq 331-345).
    const p = this.pending;
    if (p && (p.kind === 'io' || p.kind === 'mmio')) p.regsSetByVmm = r;
    this.m.s.setRegs(r);
    this.m.cmode = -1; // RFLAGS.VM may have changed
    this.m.ev.exception.pending = 0; // __set_regs drops a queued (not yet injected) exception
  }
  getSregs(): kvm_sregs { return this.m.s.getSregs(); }
  setSregs(s: kvm_sregs): void {
    this.m.s.setSregs(s);
    this.m.pagingChanged();
    this.m.code.clear(); // code size may have changed
  }
  getDebugRegs(): kvm_debugregs {
    const s = this.m.s;
    return { db: [s.dr[0], s.dr[1], s.dr[2], s.dr[3]], dr6: s.dr6, dr7: s.dr7, flags: 0, reserved: Array(9).fill(0n) };
  }
  setDebugRegs(d: kvm_debugregs): void {
    const s = this.m.s;
    s.dr = d.db.map((x) => BigInt(x));
    s.dr6 = BigInt(d.dr6); s.dr7 = BigInt(d.dr7);
  }
  setGuestDebug(d: GuestDebug): void {
    this.debug = { control: d.control >>> 0, debugreg: d.debugreg.map((x) => BigInt(x)) };
    const c = this.debug.control;
    this.stepOn = (c & (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_SINGLESTEP)) === (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_SINGLESTEP);
    this.hwBpOn = (c & (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP)) === (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP);
    // The emulator executes INT3 itself; only a hardware host intercepts #BP for user space.
    this.m.swBp = this.backend === 'hardware' && (d.control & (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_SW_BP)) === (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_SW_BP);
  }

  getCr8(): number { return this.m.s.cr8; }
  setCr8(v: number): void { this.m.s.cr8 = v & 0xf; }
  getRflags(): number { return this.m.s.flags >>> 0; }
  setEvents(e: CpuEvents): void { copyEvents(this.m.ev, e); }
  getEvents(): CpuEvents { const e = emptyEvents(); copyEvents(e, this.m.ev); return e; }

  completeIn(data: Uint8Array): void {
    if (this.pending?.kind !== 'io') return;
    this.m.ioBuf = Uint8Array.from(data);
    this.m.ioPos = 0;
  }
  completeMmioRead(data: Uint8Array): void {
    const p = this.pending;
    if (p?.kind !== 'mmio') return;
    const ex = this.lastExit;
    if (ex?.kind === 'mmio' && !ex.isWrite) this.m.mmioCache.set(Number(ex.gpa), Uint8Array.from(data.subarray(0, 8)));
  }
  completeMsr(error: number, data: bigint): void {
    const p = this.pending;
    if (p?.kind !== 'msr') return;
    p.error = error; p.data = BigInt.asUintN(64, data);
  }
  completeHypercall(ret: bigint): void {
    const p = this.pending;
    if (p?.kind !== 'hypercall') return;
    p.ret = BigInt.asUintN(64, ret);
  }
  invalidateCode(gfn: number): void { this.m.invalidate(gfn); }
  peerStore(gfn: number): void { this.m.peerStored(gfn); }
  instructionCount(): number { return this.m.icount; }

  private lastExit: CpuExit | null = null;

  snapshot(): unknown {
    const m = this.m;
    const snap: Snap = {
      state: m.s.clone(), icount: m.icount, pending: this.pending ? { ...this.pending } as Pending : null,
      events: this.getEvents(), frags: m.pendingFrags.map((f) => ({ gpa: f.gpa, data: f.data.slice() })),
      ioBuf: m.ioBuf ? m.ioBuf.slice() : null, ioPos: m.ioPos, mmio: [...m.mmioCache].map(([k, v]) => [k, v.slice()]),
      deferredHalt: this.deferredHalt, hwOut: this.hwOut ? { ...this.hwOut } : null, debug: { control: this.debug.control, debugreg: [...this.debug.debugreg] },
      xmm: m.xmm.slice(), eventExitInstLen: m.eventExitInstLen,
    };
    return snap;
  }
  restore(x: unknown): void {
    const s = x as Snap;
    const m = this.m;
    m.restoreState(s.state);
    m.icount = s.icount;
    this.pending = s.pending ? { ...s.pending } as Pending : null;
    copyEvents(m.ev, s.events);
    m.pendingFrags = s.frags.map((f) => ({ gpa: f.gpa, data: f.data.slice() }));
    m.ioBuf = s.ioBuf ? s.ioBuf.slice() : null; m.ioPos = s.ioPos;
    m.mmioCache = new Map(s.mmio.map(([k, v]) => [k, v.slice()]));
    this.hwOut = s.hwOut ? { ...s.hwOut } : null;
    this.deferredHalt = s.deferredHalt;
    this.setGuestDebug(s.debug);
    m.xmm.set(s.xmm);
    m.eventExitInstLen = s.eventExitInstLen ?? 0;
    m.code.clear();
    m.pagingChanged();
  }

  private stepping(): boolean { return this.stepOn; }

  /** Linear address of RIP. */
  private linRip(): number { return this.m.linRip(); }

  private debugExit(exception: number, dr6: bigint): CpuExit {
    const dr7 = this.backend === 'emulate' ? 0n : (exception === 1 && dr6 & DR6_BS ? 0x400n : this.debug.debugreg[7] ?? 0x400n);
    return { kind: 'debug', exception, pc: BigInt.asUintN(64, BigInt(this.linRip())), dr6, dr7 };
  }

  private trapExit(): CpuExit { return this.debugExit(1, DR6_BS | DR6_ACTIVE_LOW); }

  private ret(e: CpuExit): CpuExit {
    this.lastExit = e;
    return e;
  }

  /**
   * An instruction completed (toggle_interruptibility): the shadow it starts replaces the one it ran in,
   * except that STI right after STI (MOV SS after MOV SS) starts none, so interrupts are blocked for
   * one instruction only.
   */
  private retired(started: number): void {
    const it = this.m.ev.interrupt;
    if (started === 0) { if (it.shadow) it.shadow = 0; return; }
    it.shadow = (it.shadow & started) ? 0 : started;
  }

  /** Deliver a fault raised at the current instruction; returns a shutdown exit on triple fault. */
  private deliverFault(f: CpuFault): CpuExit | null {
    const m = this.m;
    m.cmode = -1;
    m.mmioCache.clear();
    m.ioBuf = null; m.ioPos = 0;
    // inject_pending_event(): a fault-class exception is delivered with RFLAGS.RF set in the saved frame
    if (f.vector !== 1 && f.vector !== 3 && f.vector !== 4 && f.vector !== 8 && f.vector !== 18) m.s.flags |= F_RF;
    const ok = m.deliver(f.vector, f.error, f.hasError, m.s.rip, false, f.vector === 14 ? f.address : undefined);
    if (this.backend === 'emulate') {
      // The emulator queues the guest's own exceptions in vcpu->arch.exception: KVM_GET_VCPU_EVENTS then
      // shows the last one's nr / error code (not injected, payload consumed); after a triple fault it is
      // the exception that started it (lab: events, ud2 with IDT limit 0). VMX/SVM deliver them in hardware.
      const x = m.ev.exception;
      if (ok) { x.nr = m.lastVec; x.error_code = m.lastErr >>> 0; x.has_error_code = m.lastHasErr ? 1 : 0; }
      else { x.nr = f.vector; x.error_code = f.error >>> 0; x.has_error_code = f.hasError && (m.s.cr0 & 1) ? 1 : 0; }
      x.injected = 0; x.pending = 0;
      m.ev.exception_has_payload = 0; m.ev.exception_payload = 0n;
    }
    return ok ? null : { kind: 'shutdown' };
  }

  private internalError(why: string): CpuExit {
    const m = this.m;
    void why;
    const { data, bytes } = m.emulationFailureData();
    // handle_emulation_failure queues #UD: delivered at the next entry unless KVM_SET_REGS drops it
    const x = m.ev.exception;
    x.pending = 1; x.injected = 0; x.nr = UD; x.has_error_code = 0; x.error_code = 0;
    m.ev.exception_has_payload = 0; m.ev.exception_payload = 0n;
    return { kind: 'internal', suberror: KVM_INTERNAL_ERROR_EMULATION, data, insnBytes: bytes };
  }

  /** Finish an MSR or hypercall instruction with the VMM's answer. Returns an exit or null to go on. */
  private finishPending(p: Pending): CpuExit | null {
    const m = this.m, s = m.s;
    m.cmode = -1;
    if (p.kind === 'msr') {
      s.rip = p.rip;
      if (p.error) { const r = this.deliverFault(new CpuFault(13, 0, true)); return r; }
      // A WRMSR that user space completed with error 0 is *handled by user space*: KVM only skips the
      // instruction (complete_emulated_msr_access), the in-kernel MSR keeps its value (msr recording, EFER bit 20).
      if (!p.write) {
        const d = p.data ?? 0n;
        m.sr(RAX, 4, Number(d & 0xffffffffn), true); m.sr(RDX, 4, Number(d >> 32n), true);
      }
      s.rip = m.mode64 ? p.rip + p.len : (p.rip + p.len) >>> 0;
      m.icount++;
      return this.stepping() ? this.trapExit() : null;
    }
    if (p.kind === 'hypercall') {
      const r = p.ret ?? 0n;
      if (m.mode64) m.sr(RAX, 8, Number(r & 0xffffffffn), true, Number(r >> 32n)); else m.sr(RAX, 4, Number(r & 0xffffffffn), true);
      s.rip = m.mode64 ? p.rip + p.len : (p.rip + p.len) >>> 0;
      m.icount++;
      return this.stepping() ? this.trapExit() : null;
    }
    return null;
  }

  run(env: GuestEnv, budget: number): CpuExit {
    const m = this.m;
    m.beginRun(env);
    // 1. MMIO write fragments still owed to user space (one exit each)
    if (m.pendingFrags.length) return this.ret(this.fragExit());
    // 2. 'hardware' OUT completion
    if (this.hwOut) {
      const h = this.hwOut; this.hwOut = null;
      if (m.s.rip === h.rip) {
        m.s.rip = h.nip;
        this.retired(0); // complete_fast_pio_out → kvm_skip_emulated_instruction ends the shadow
        if (this.stepping()) return this.ret(this.trapExit());
      }
    }
    // 3. instruction waiting for user-space data
    let forced: Insn | null = null;
    let vmmRegs: kvm_regs | undefined;
    if (this.pending) {
      const p = this.pending; this.pending = null;
      if (p.kind === 'io' || p.kind === 'mmio') { forced = p.insn; m.s.rip = p.rip; vmmRegs = p.regsSetByVmm; }
      else { const r = this.finishPending(p); if (r) return this.ret(r); }
    }
    let done = 0;
    if (forced) {
      const r = this.step(forced);
      done++;
      if (vmmRegs) { const rip = m.s.rip; m.s.setRegs(vmmRegs); m.s.rip = rip; m.cmode = -1; }
      if (r) return this.ret(r);
    }
    // 4. inject_pending_event(): only when the guest is entered (not for immediate_exit / budget 0)
    if (budget > 0 && hasInjectable(m.ev)) {
      m.mmioCache.clear();
      m.ioBuf = null; m.ioPos = 0;
      m.cmode = -1;
      if (injectPendingEvent(m, m.ev) === 'shutdown') return this.ret({ kind: 'shutdown' });
    }
    while (done < budget) {
      if (!this.hwBpOn && !this.stepOn && !this.deferredHalt) {
        done += this.runSimple(budget - done);
        const fx = this.fastExit;
        if (fx) { this.fastExit = null; return this.ret(fx); }
        if (done >= budget) break;
      }
      const r = this.step(null);
      done++;
      if (r) return this.ret(r);
      if (this.spun) {
        // A spinning instruction (VMCALL livelock on the emulate backend) repeats identically until
        // the budget ends: account for the remaining iterations at once.
        this.spun = false;
        m.icount += budget - done;
        break;
      }
    }
    return this.ret({ kind: 'budget' });
  }

  private fragExit(): CpuExit {
    const f = this.m.pendingFrags.shift()!;
    return { kind: 'mmio', gpa: BigInt(f.gpa), len: f.data.length, isWrite: true, data: f.data };
  }

  /** Hardware breakpoint (instruction, DR7 R/W = 00) at the current linear RIP? Returns the DR6 bits. */
  private hwBreak(): number {
    const c = this.debug.control;
    if ((c & (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP)) !== (KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP)) return 0;
    if (this.m.s.flags & F_RF) return 0;
    const dr7 = Number(BigInt.asUintN(32, this.debug.debugreg[7] ?? 0n));
    const lin = BigInt.asUintN(64, BigInt(this.linRip()));
    let hit = 0;
    for (let k = 0; k < 4; k++) {
      if (!((dr7 >>> (k * 2)) & 3)) continue;
      if (((dr7 >>> (16 + k * 4)) & 3) !== 0) continue; // only execution breakpoints
      if (BigInt.asUintN(64, this.debug.debugreg[k] ?? 0n) === lin) hit |= 1 << k;
    }
    return hit;
  }

  /** An instruction unwound (user-space exit, fault, emulation failure, spin): RF as before it. */
  private thrown(e: unknown, insn: Insn, rf: number): CpuExit | null {
    const m = this.m, s = m.s;
    m.cmode = -1;
    if (e === NO_RETIRE) {
      if (m.spin) { m.spin = false; s.flags |= rf; m.icount++; this.spun = true; return null; }
      const ex = m.exit!;
      if (ex.kind === 'io' || ex.kind === 'mmio') this.pending = { kind: ex.kind, insn, rip: m.curRip };
      else if (ex.kind === 'msr') this.pending = { kind: 'msr', write: ex.write, index: ex.index, value: ex.data, rip: m.curRip, len: insn.len };
      else if (ex.kind === 'hypercall') this.pending = { kind: 'hypercall', rip: m.curRip, len: insn.len };
      // no register write-back for an instruction waiting on user space: RF as before
      s.flags = (s.flags & ~F_RF) | rf;
      return ex;
    }
    if (e instanceof CpuFault) { s.rip = m.curRip; s.flags = (s.flags & ~F_RF) | rf; return this.deliverFault(e); }
    if (e instanceof EmulationFailure) { s.rip = m.curRip; s.flags |= rf; return this.internalError(e.why); }
    throw e;
  }

  /**
   * The hot loop: runs up to `max` simple instructions (handler-classes.ts isSimple) as compiled blocks (block.ts,
   * uop.ts runBlocks) of the current fetch page, exactly as step() would with no debug features on, and
   * stops (without executing it) at anything else. Returns the number of instructions consumed; an exit
   * is left in `fastExit`; a fault is delivered here and the blocks continue in the handler.
   */
  private runSimple(max: number): number {
    const m = this.m;
    let k = 0;
    while (k < max) {
      const mode = m.cmode;
      if (mode < 0 || m.mmioCache.size) break;
      const ic = m.icount;
      const n = runBlocks(m, max - k, mode);
      k += n;
      if (m.icount !== ic && m.ev.interrupt.shadow) m.ev.interrupt.shadow = 0;
      const e = m.xErr;
      if (e !== null) {
        m.xErr = null;
        m.curRip = m.s.rip; // the instruction that raised it
        const x = this.thrown(e, m.xInsn!, m.xRf);
        if (x) { this.fastExit = x; return k; }
        continue; // delivered: the handler's code runs next
      }
      if (m.pendingFrags.length) { this.fastExit = this.fragExit(); return k; }
      break; // no block at RIP, or the budget is spent
    }
    return k;
  }

  /** Execute one instruction; returns an exit or null to continue. */
  private step(forced: Insn | null): CpuExit | null {
    const m = this.m;
    const s = m.s;
    if (!forced && this.hwBpOn) {
      const hb = this.hwBreak();
      if (hb) return this.debugExit(1, BigInt(hb) | DR6_ACTIVE_LOW);
    }
    // code size computed once per instruction: it decides the linear RIP, the decode mode and RIP wrap
    let mode = m.cmode;
    if (mode < 0) mode = m.refreshMode();
    const rip = s.rip;
    let insn: Insn;
    if (forced) insn = forced;
    else {
      try {
        insn = m.fetchMode(mode === 64 ? rip : (s.seg[CS].baseLo + rip) >>> 0, mode);
      } catch (e) {
        if (e instanceof CpuFault) return this.deliverFault(e);
        if (e instanceof EmulationFailure) return this.internalError(e.why);
        throw e;
      }
    }
    m.curRip = rip;
    m.nip = mode === 64 ? rip + insn.len : (rip + insn.len) >>> 0;
    const rf = s.flags & F_RF;
    if (insn.simple) {
      // Hot path: the handler sets none of the outcome flags below (handler-classes.ts isSimple), so they are
      // neither reset nor tested; it may only throw or queue MMIO write fragments.
      s.flags &= ~F_RF;
      try {
        insn.exec(m, insn);
      } catch (e) {
        return this.thrown(e, insn, rf);
      }
      if (m.mmioCache.size) m.mmioCache.clear();
      m.icount++;
      s.rip = m.nip;
      if (m.ev.interrupt.shadow) m.ev.interrupt.shadow = 0;
      if (this.deferredHalt && !this.stepOn) { this.deferredHalt = false; return { kind: 'hlt' }; }
      if (m.pendingFrags.length) return this.fragExit();
      return this.stepOn ? this.trapExit() : null;
    }
    m.exit = null; m.noTrap = false; m.stayOnInsn = false; m.halt = false; m.spin = false;
    m.softInt = null; m.swBreak = false; m.newShadow = 0;
    s.flags &= ~F_RF;
    // a handler that may load segments / change the mode runs without the cached shortcuts
    if (!insn.keepsMode) m.cmode = -1;
    try {
      insn.exec(m, insn);
    } catch (e) {
      return this.thrown(e, insn, rf);
    }
    if (m.mmioCache.size) m.mmioCache.clear();
    if (m.swBreak) { m.eventExitInstLen = insn.len; return this.debugExit(3, DR6_ACTIVE_LOW); }
    m.icount++;
    // A hardware host's fast OUT completes (and ends a shadow) only on the next KVM_RUN
    const op = insn.opcode;
    const ex0 = m.exit as CpuExit | null;
    const hwOut = this.backend === 'hardware' && ex0 !== null && ex0.kind === 'io' && (op === 0xe6 || op === 0xe7 || op === 0xee || op === 0xef);
    if (!hwOut) this.retired(m.newShadow);
    const si = m.softInt as { vector: number; soft: boolean } | null;
    if (si) {
      m.cmode = -1;
      if (!m.deliver(si.vector, 0, false, m.nip, si.soft)) return { kind: 'shutdown' };
    } else if (!m.stayOnInsn) s.rip = m.nip;
    if (m.halt && this.backend === 'emulate' && this.stepping()) {
      this.deferredHalt = true;
      return this.trapExit();
    }
    if (m.halt) return { kind: 'hlt' };
    if (this.deferredHalt && !this.stepping()) { this.deferredHalt = false; return { kind: 'hlt' }; }
    if (m.pendingFrags.length) return this.fragExit();
    const ex = m.exit as CpuExit | null;
    if (ex) {
      if (hwOut) {
        // VMX/SVM fast PIO: RIP stays on the OUT until the next KVM_RUN completes it.
        this.hwOut = { rip: m.curRip, nip: s.rip };
        s.rip = m.curRip;
      }
      return ex;
    }
    if (this.stepping() && !(m.noTrap && this.backend === 'emulate')) return this.trapExit();
    return null;
  }
}
