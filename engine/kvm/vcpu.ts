/**
 * One vCPU: its shared pages (kvm_run, PIO data, the VM's coalesced ring
 * mirror), register file (a GuestCpu when guest execution is available, else
 * plain VcpuState), the state KVM keeps itself (events, FPU, mp_state, MSRs,
 * CPUID, guest debug) and the pending user-space completion of the last exit.
 */
import type { GuestCpu, GuestEnv } from '../cpu/types.ts';
import type { kvm_regs, kvm_sregs, kvm_debugregs } from './uapi/regs.ts';
import type { MemObject } from '../mem/address-space.ts';
import { KvmRunView } from './uapi/kvm-run.ts';
import { cloneVcpuState, resetVcpuState, type VcpuEvents, type VcpuState } from './vcpu-state.ts';
import { VcpuCpuid } from './x86/cpuid.ts';
import { VcpuMsrs } from './x86/msr/msrs.ts';
import { X2Apic } from './x86/msr/x2apic.ts';
import type { DirtyRing } from './dirty-ring.ts';
import type { Vm } from './vm.ts';

/** LAPIC register offset of the Task Priority Register (APIC_TASKPRI). */
const APIC_TASKPRI_OFF = 0x80;

export const PAGE = 4096;
/** Pages of the vCPU mmap area: kvm_run, PIO data, coalesced MMIO ring. */
export const VCPU_AREA_PAGES = 3;

/** What the next KVM_RUN must complete from the VMM's kvm_run writes. */
export type PendingCompletion =
  | { kind: 'none' }
  | { kind: 'io_in'; size: number; count: number }
  | { kind: 'mmio_read'; len: number }
  | { kind: 'msr'; write: boolean }
  | { kind: 'hypercall' };

export interface VcpuSnapshot {
  area: Uint8Array; state: VcpuState; cpu: unknown; cpuid: unknown; msrs: unknown; lapic: unknown;
  ring: unknown; pending: PendingCompletion; hasRun: boolean; lastExit: Record<string, unknown> | null;
  tripleFault: boolean; tsc: bigint;
}

export class Vcpu implements MemObject {
  readonly kind = 'vcpu';
  /** kvm_run + PIO page + coalesced mirror; plane-N vCPUs share the plane-0 vCPU's (one kvm_run per vCPU id). */
  readonly area: Uint8Array;
  readonly run: KvmRunView;
  state: VcpuState;
  readonly cpuid: VcpuCpuid;
  readonly msrs: VcpuMsrs;
  readonly lapic: X2Apic | null;
  dirtyRing: DirtyRing | null = null;
  pending: PendingCompletion = { kind: 'none' };
  hasRun = false;
  lastExit: Record<string, unknown> | null = null;
  /** The GuestEnv KVM_RUN hands the CPU (built once, on the first KVM_RUN: engine/kvm/ioctl-vcpu.ts). */
  guestEnv: GuestEnv | null = null;
  /** KVM_REQ_TRIPLE_FAULT pending (set through KVM_SET_VCPU_EVENTS). */
  tripleFault = { pending: false };
  /** Deterministic TSC (host clock of the model), kept as a number: KVM_RUN adds to it on every call. */
  private tscCount = 0;
  get tsc(): bigint { return BigInt(this.tscCount); }
  set tsc(v: bigint) { this.tscCount = Number(v); }
  /** Advance the model's host TSC by `n` ticks (exact below 2^53). */
  addTsc(n: number): void { this.tscCount += n; }
  /** kvm_run.apic_base as last written, as u32 halves (post_kvm_run_save writes it on every KVM_RUN). */
  private apicCache: bigint = -1n;
  private apicLo = 0;
  private apicHi = 0;
  /** Write kvm_run.apic_base from the APIC base MSR without bigint work when it did not change. */
  writeRunApicBase(): void {
    const v = this.msrs.state.apicBase;
    if (v !== this.apicCache) { this.apicCache = v; this.apicLo = Number(v & 0xffffffffn); this.apicHi = Number(v >> 32n); }
    this.run.setU32(24, this.apicLo); this.run.setU32(28, this.apicHi);
  }
  /** Number of host mappings of this vCPU's area (inspect: runMapped). */
  mappings = 0;

  constructor(readonly vm: Vm, readonly id: number, readonly plane: number, readonly cpu: GuestCpu | null, areaOwner?: Vcpu) {
    this.area = areaOwner ? areaOwner.area : new Uint8Array(VCPU_AREA_PAGES * PAGE);
    this.run = areaOwner ? areaOwner.run : new KvmRunView(this.area);
    this.state = resetVcpuState(id);
    const x86 = vm.host.x86;
    this.cpuid = new VcpuCpuid(x86.supportedCpuid);
    this.lapic = vm.irqchip !== 'none' ? new X2Apic(id, this.state.sregs.apic_base) : null;
    const self = this;
    this.msrs = new VcpuMsrs(x86.msr, x86.msrIndexList, {
      hostTsc: () => self.tsc,
      getEfer: () => self.getSregs().efer,
      setEfer: (v) => { const s = self.getSregs(); s.efer = v; self.setSregs(s); },
      paging: () => (self.getSregs().cr0 & (1n << 31n)) !== 0n,
      getSegBase: (seg) => self.getSregs()[seg].base,
      setSegBase: (seg, v) => { const s = self.getSregs(); s[seg].base = v; self.setSregs(s); },
      cpuid: this.cpuid,
      lapic: this.lapic,
      hasRun: () => self.hasRun,
    }, id);
    if (cpu) {
      cpu.setRegs(this.state.regs);
      cpu.setSregs(this.state.sregs);
      cpu.setDebugRegs(this.state.debugregs);
    }
    this.run.apic_base = this.msrs.state.apicBase;
  }

  // Register file: the CPU owns it when present.
  getRegs(): kvm_regs { return this.cpu ? this.cpu.getRegs() : structuredClone(this.state.regs); }
  setRegs(r: kvm_regs): void { if (this.cpu) this.cpu.setRegs(r); else this.state.regs = structuredClone(r); }
  getSregs(): kvm_sregs {
    const s = this.cpu ? this.cpu.getSregs() : structuredClone(this.state.sregs);
    s.apic_base = this.msrs.state.apicBase;
    // With an in-kernel LAPIC, CR8 *is* TPR[7:4] (kvm_get_cr8 → kvm_lapic_get_cr8): an x2APIC TPR write shows in CR8.
    if (this.lapic) s.cr8 = BigInt(((this.lapic.state.regs[APIC_TASKPRI_OFF] ?? 0) >> 4) & 0xf);
    return s;
  }
  setSregs(s: kvm_sregs): void {
    // kvm_set_cr8 → kvm_lapic_set_tpr when the LAPIC is in the kernel.
    if (this.lapic) this.lapic.state.regs[APIC_TASKPRI_OFF] = Number(s.cr8 & 0xfn) << 4;
    if (this.cpu) this.cpu.setSregs(s); else this.state.sregs = structuredClone(s);
  }
  getDebugRegs(): kvm_debugregs { return this.cpu ? this.cpu.getDebugRegs() : structuredClone(this.state.debugregs); }
  setDebugRegs(d: kvm_debugregs): void { if (this.cpu) this.cpu.setDebugRegs(d); else this.state.debugregs = structuredClone(d); }

  /** CR8 without building kvm_sregs (KVM_RUN header path). */
  cr8(): number {
    if (this.lapic) return ((this.lapic.state.regs[APIC_TASKPRI_OFF] ?? 0) >> 4) & 0xf; // CR8 is TPR[7:4]
    return this.cpu?.getCr8 ? this.cpu.getCr8() : Number(this.getSregs().cr8);
  }
  setCr8(v: number): void {
    if (this.lapic) this.lapic.state.regs[APIC_TASKPRI_OFF] = (v & 0xf) << 4;
    if (this.cpu?.setCr8) { this.cpu.setCr8(v); return; }
    const s = this.getSregs(); s.cr8 = BigInt(v); this.setSregs(s);
  }
  /** RFLAGS without building kvm_regs (KVM_RUN header path). */
  rflags(): number { return this.cpu?.getRflags ? this.cpu.getRflags() : Number(this.getRegs().rflags); }

  /**
   * kvm_vcpu_events: the CPU owns exception / interrupt / NMI state when present (it delivers them and
   * records what it delivered); SMM, SIPI and triple-fault fields are KVM's own. Returns a fresh copy.
   */
  getEvents(): VcpuEvents {
    const e = structuredClone(this.state.events);
    if (!this.cpu) return e;
    const c = this.cpu.getEvents();
    e.exception = c.exception; e.interrupt = c.interrupt; e.nmi = { ...c.nmi, pad: 0 };
    e.exception_has_payload = c.exception_has_payload; e.exception_payload = c.exception_payload;
    return e;
  }
  /** Store events (already validated) and hand the injectable part to the CPU. */
  setEvents(e: VcpuEvents): void {
    this.state.events = structuredClone(e);
    this.cpu?.setEvents(e);
  }

  /** The coalesced ring page (page 2) mirrors the VM's ring. */
  page(pgoff: number, _write: boolean): Uint8Array | null {
    if (pgoff < VCPU_AREA_PAGES) return this.area.subarray(pgoff * PAGE, (pgoff + 1) * PAGE);
    const r = this.dirtyRing;
    const first = 64;
    if (r && pgoff >= first && pgoff < first + r.bytes.length / PAGE) return r.bytes.subarray((pgoff - first) * PAGE, (pgoff - first + 1) * PAGE);
    return null;
  }

  snapshot(): VcpuSnapshot {
    return {
      area: this.area.slice(), state: cloneVcpuState(this.state), cpu: this.cpu?.snapshot(),
      cpuid: structuredClone(this.cpuid.entries), msrs: structuredClone(this.msrs.state), lapic: this.lapic ? structuredClone(this.lapic.state) : null,
      ring: this.dirtyRing?.snapshot() ?? null, pending: this.pending, hasRun: this.hasRun,
      lastExit: this.lastExit, tripleFault: this.tripleFault.pending, tsc: this.tsc,
    };
  }
  restore(s: VcpuSnapshot): void {
    this.area.set(s.area);
    this.state = cloneVcpuState(s.state);
    if (this.cpu) this.cpu.restore(s.cpu);
    this.cpuid.entries = structuredClone(s.cpuid as VcpuCpuid['entries']);
    this.msrs.state = structuredClone(s.msrs as VcpuMsrs['state']);
    if (this.lapic && s.lapic) this.lapic.state = structuredClone(s.lapic as X2Apic['state']);
    if (this.dirtyRing && s.ring) this.dirtyRing.restore(s.ring as Parameters<DirtyRing['restore']>[0]);
    this.pending = s.pending; this.hasRun = s.hasRun; this.lastExit = s.lastExit;
    this.tripleFault = { pending: s.tripleFault }; this.tsc = s.tsc;
  }
}
