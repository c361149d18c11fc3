/**
 * KVM_RUN: the kernel side of guest execution (arch/x86/kvm/x86.c
 * kvm_arch_vcpu_ioctl_run / vcpu_run / post_kvm_run_save). Completes the
 * previous exit from what the VMM wrote into kvm_run, runs the GuestCpu against
 * a GuestEnv backed by the memslots, and writes the exit into kvm_run bytes.
 */
import type { CpuExit, GuestEnv, MsrOutcome } from '../cpu/types.ts';
import type { AddressSpace } from '../mem/address-space.ts';
import { EINTR, EINVAL } from './uapi/errno.ts';
import { KVM_EXIT } from './uapi/exits.ts';
import { KVM_MEM_LOG_DIRTY_PAGES, KVM_MEM_READONLY, KVM_MP_STATE } from './uapi/structs.ts';
import type { PendingCompletion, Vcpu } from './vcpu.ts';
import type { Vm } from './vm.ts';

export interface RunResult { ret: number; errno?: number; skipped?: string }

const PIO_OFF = 4096;
/** Shared "nothing to complete" (immutable): no allocation per KVM_RUN. */
const NO_PENDING: PendingCompletion = Object.freeze({ kind: 'none' });
const X86_EFLAGS_IF = 0x200;
/** Shared immutable KVM_RUN results (no allocation per exit; callers only read them). */
const RES_OK: RunResult = Object.freeze({ ret: 0 });
const RES_EINTR: RunResult = Object.freeze({ ret: -1, errno: EINTR });
const RES_EINVAL: RunResult = Object.freeze({ ret: -1, errno: EINVAL });
/** vcpu.lastExit records for successful runs, one frozen object per exit reason (read-only everywhere). */
const LAST_EXIT_BY_REASON: Record<string, unknown>[] = [];
function lastExitOf(reason: number): Record<string, unknown> {
  if (reason < 0 || reason >= 256) return { reason };
  return LAST_EXIT_BY_REASON[reason] ??= Object.freeze({ reason });
}

/** The GuestEnv of one vCPU: guest memory through memslots and host mappings, MSRs, CPUID, zones. */
export function makeGuestEnv(vm: Vm, vcpu: Vcpu, as: AddressSpace): GuestEnv {
  return {
    page(gfn: number, write: boolean): Uint8Array | null {
      const slot = vm.memslots.lookup(gfn);
      if (!slot) return null;
      if (write && (slot.flags & KVM_MEM_READONLY)) return null;
      const rel = gfn - slot.baseGfn;
      const pg = as.page(Number(slot.userspaceAddr >> 12n) + rel, write);
      if (!pg) return null; // unmapped / PROT_READ backing: KVM_EXIT_MMIO, as measured
      // (called once per page and run for stores, every store under dirty logging)
      if (write && (vm.vcpus.size > 1 || vm.planes.size !== 0)) vm.peerStore(vcpu, gfn);
      if (write && (slot.flags & KVM_MEM_LOG_DIRTY_PAGES)) {
        const key = (slot.asId << 16) | slot.id;
        if (vcpu.dirtyRing) vcpu.dirtyRing.push(key, BigInt(rel));
        else vm.bitmaps.mark(key, rel);
      }
      return pg;
    },
    logsWrites(gfn: number): boolean {
      const slot = vm.memslots.lookup(gfn);
      return !slot || (slot.flags & KVM_MEM_LOG_DIRTY_PAGES) !== 0;
    },
    coalesceMmio: (gpa, data) => vm.coalesced.tryWrite(gpa, data, false),
    // no zones (the common case): answer before converting the port to a bigint on every OUT
    coalescePio: (port, data) => vm.coalesced.state.pio.length !== 0 && vm.coalesced.tryWrite(BigInt(port), data, true),
    rdmsr: (index): MsrOutcome => vcpu.msrs.rdmsr(index, vm.msrFilter, vm.config.userSpaceMsrMask),
    wrmsr: (index, value): MsrOutcome => vcpu.msrs.wrmsr(index, value, vm.msrFilter, vm.config.userSpaceMsrMask),
    cpuid: (fn, index) => vcpu.cpuid.cpuid(fn, index),
    hypercallExits: (nr) => nr < 64n && ((vm.config.exitHypercallMask >> nr) & 1n) === 1n,
    emulationFailureInfo: (data) => {
      const r = vcpu.run;
      r.setU32(32, 1 /* KVM_INTERNAL_ERROR_EMULATION */);
      const nd = Math.min(data.length, 16);
      for (let i = 0; i < nd; i++) r.setU64(40 + 8 * i, data[i]!);
      r.setU32(36, nd);
    },
  };
}

/** Hand the VMM's answer to the previous exit to the CPU (complete_userspace_io). */
function completeUserspaceIo(vcpu: Vcpu): boolean {
  const p = vcpu.pending;
  vcpu.pending = NO_PENDING;
  const cpu = vcpu.cpu;
  if (!cpu || p.kind === 'none') return false;
  const r = vcpu.run;
  switch (p.kind) {
    case 'io_in': cpu.completeIn(vcpu.area.slice(PIO_OFF, PIO_OFF + p.size * p.count)); break;
    case 'mmio_read': cpu.completeMmioRead(vcpu.area.slice(40, 40 + Math.min(p.len, 8))); break;
    case 'msr': cpu.completeMsr(r.u8(32), r.u64(48)); break;
    case 'hypercall': cpu.completeHypercall(r.u64(88)); break;
  }
  return true;
}

/** Write a CpuExit into kvm_run (and the PIO page) exactly as KVM lays it out. */
export function encodeExit(vcpu: Vcpu, e: CpuExit): void {
  const r = vcpu.run, a = vcpu.area;
  switch (e.kind) {
    case 'io': {
      r.exit_reason = KVM_EXIT.KVM_EXIT_IO;
      r.setU8(32, e.direction === 'in' ? 0 : 1); r.setU8(33, e.size); r.setU16(34, e.port); r.setU32(36, e.count);
      r.setU32(40, PIO_OFF); r.setU32(44, 0);
      const n = e.size * e.count;
      if (e.direction === 'out') { const d = e.data; for (let i = 0; i < n; i++) a[PIO_OFF + i] = d[i]!; }
      else { a.fill(0, PIO_OFF, PIO_OFF + n); vcpu.pending = { kind: 'io_in', size: e.size, count: e.count }; }
      break;
    }
    case 'mmio':
      r.exit_reason = KVM_EXIT.KVM_EXIT_MMIO;
      r.setU64(32, e.gpa); r.setU32(48, e.len); r.setU8(52, e.isWrite ? 1 : 0);
      // Reads leave mmio.data as it was (stale), as measured.
      if (e.isWrite) a.set(e.data.subarray(0, Math.min(e.len, 8)), 40);
      else vcpu.pending = { kind: 'mmio_read', len: e.len };
      break;
    case 'hlt': r.exit_reason = KVM_EXIT.KVM_EXIT_HLT; break;
    case 'shutdown': r.exit_reason = KVM_EXIT.KVM_EXIT_SHUTDOWN; break;
    case 'debug':
      r.exit_reason = KVM_EXIT.KVM_EXIT_DEBUG;
      // debug.arch.pad is not written by KVM: it keeps stale bytes (lab singlestep: io.count of the last OUT)
      r.setU32(32, e.exception); r.setU64(40, e.pc); r.setU64(48, e.dr6); r.setU64(56, e.dr7);
      break;
    case 'hypercall':
      r.exit_reason = KVM_EXIT.KVM_EXIT_HYPERCALL;
      r.setU64(32, e.nr);
      for (let i = 0; i < 6; i++) r.setU64(40 + 8 * i, e.args[i] ?? 0n);
      r.setU64(88, 0n); r.setU64(96, BigInt(e.longmode));
      vcpu.pending = { kind: 'hypercall' };
      break;
    case 'msr':
      r.exit_reason = e.write ? KVM_EXIT.KVM_EXIT_X86_WRMSR : KVM_EXIT.KVM_EXIT_X86_RDMSR;
      a.fill(0, 32, 40); // error = 0, pad zeroed
      r.setU32(40, e.reason); r.setU32(44, e.index); r.setU64(48, e.write ? e.data : 0n);
      vcpu.pending = { kind: 'msr', write: e.write };
      break;
    case 'internal': {
      r.exit_reason = KVM_EXIT.KVM_EXIT_INTERNAL_ERROR;
      r.setU32(32, e.suberror);
      // e.data is the whole data[] (for an emulation failure it already starts with flags and the
      // insn_size/insn_bytes words, then the vendor info): lab longmode, ndata 8
      let nd = 0;
      for (const d of e.data) { if (nd >= 16) break; r.setU64(40 + 8 * nd++, d); }
      r.setU32(36, nd);
      break;
    }
    case 'budget': r.exit_reason = KVM_EXIT.KVM_EXIT_INTR; break;
  }
}

/** post_kvm_run_save(): header fields KVM refreshes on every return from KVM_RUN. */
function postRunSave(vm: Vm, vcpu: Vcpu): void {
  const r = vcpu.run;
  const ifFlag = (vcpu.rflags() & X86_EFLAGS_IF) !== 0;
  r.if_flag = ifFlag ? 1 : 0;
  r.setU32(16, vcpu.cr8()); r.setU32(20, 0);
  vcpu.writeRunApicBase();
  let ready = vm.irqchip === 'kernel';
  if (!ready && ifFlag) {
    // only read the events when IF is set: this runs on every KVM_RUN return
    const ev = vcpu.getEvents();
    ready = !ev.interrupt.injected && !ev.interrupt.shadow && !ev.exception.injected && !ev.exception.pending;
  }
  r.ready_for_interrupt_injection = ready ? 1 : 0;
}

/**
 * kvm_arch_vcpu_ioctl_run for a plane-0 vCPU fd: `budget` guest instructions before EINTR, `env` the
 * vCPU's GuestEnv (plain arguments: no options object per KVM_RUN).
 */
export function kvmRun(vm: Vm, vcpu: Vcpu, budget: number, env: GuestEnv): RunResult {
  const r = vcpu.run;
  r.flags = 0;
  const wantsToRun = r.immediate_exit === 0;
  let res: RunResult;
  out: {
    // kvm_valid_regs / kvm_dirty_regs: only the KVM_SYNC_X86_* bits (read as u32 halves: no bigint per run)
    if ((r.u32(288) & ~7) || r.u32(292) || (r.u32(296) & ~7) || r.u32(300)) { res = RES_EINVAL; break out; }
    if (vm.irqchip === 'none') {
      const cr8 = r.u32(16);
      if ((cr8 & ~0xf) || r.u32(20)) { res = RES_EINVAL; break out; }
      if (vcpu.cr8() !== cr8) vcpu.setCr8(cr8);
    }
    if (completeUserspaceIo(vcpu) && !wantsToRun && vcpu.cpu) {
      // complete_userspace_io runs before the immediate_exit check: the pending instruction retires even
      // when KVM_RUN then returns EINTR (errors recording: the completed MMIO read is visible in GET_REGS).
      const done = vcpu.cpu.run(env, 0);
      if (done.kind !== 'budget') { encodeExit(vcpu, done); res = RES_OK; break out; }
    }
    if (!wantsToRun) { res = RES_EINTR; break out; }
    if (vm.memslots.count === 0 && vm.host.runWithoutMemslotsErrno) { res = { ret: -1, errno: vm.host.runWithoutMemslotsErrno }; break out; }
    if (!vcpu.cpu) { res = { ret: -1, errno: EINTR, skipped: 'guest execution not available' }; break out; }
    vcpu.hasRun = true;
    if (vcpu.dirtyRing?.softFull()) { r.exit_reason = KVM_EXIT.KVM_EXIT_DIRTY_RING_FULL; res = RES_OK; break out; }
    if (vcpu.tripleFault.pending) {
      vcpu.tripleFault.pending = false;
      r.exit_reason = KVM_EXIT.KVM_EXIT_SHUTDOWN;
      res = RES_OK; break out;
    }
    const before = vcpu.cpu.instructionCount();
    const exit = vcpu.cpu.run(env, budget);
    vcpu.addTsc(vcpu.cpu.instructionCount() - before + 1000);
    if (exit.kind === 'hlt' && vm.irqchip === 'kernel') {
      // With an in-kernel LAPIC a HLT blocks in the kernel until an interrupt: nothing wakes it here.
      vcpu.state.mp_state = KVM_MP_STATE.HALTED;
      r.exit_reason = KVM_EXIT.KVM_EXIT_INTR;
      res = RES_EINTR;
      break out;
    }
    encodeExit(vcpu, exit);
    res = exit.kind === 'budget' ? RES_EINTR : RES_OK;
  }
  postRunSave(vm, vcpu);
  vcpu.lastExit = res.ret === 0 ? lastExitOf(r.exit_reason) : { ret: res.ret, errno: res.errno };
  return res;
}
