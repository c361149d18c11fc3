/**
 * The in-kernel MSRs of one vCPU: kvm_{get,set}_msr_common() and the vendor
 * parts the lab host showed (arch/x86/kvm/x86.c, mtrr.c, lapic.c), wrapped in
 * the guest path (filter -> access -> user-space exit / #GP) and the host path
 * (KVM_GET_MSRS / KVM_SET_MSRS: count processed, stop at first failure).
 *
 * State is plain data (`MsrState`, bigints); everything the MSRs share with the
 * CPU (EFER, FS/GS base, CR0.PG, the TSC clock, CPUID, the LAPIC) comes through
 * `MsrVcpuContext`, so this module has no dependency on the fd layer.
 */
import type { MsrOutcome } from '../../../cpu/types.ts';
import { E2BIG } from '../../uapi/errno.ts';
import type { VcpuCpuid } from '../cpuid.ts';
import * as C from './constants.ts';
import type { MsrRet } from './constants.ts';
import { msrAllowed, type MsrFilter } from './filter.ts';
import { guestMsrOutcome } from './user-space.ts';
import type { LapicMsrAccess } from './x2apic.ts';
import type { X86MsrHostQuirks } from './host-pvm-6.18.ts';
import { u32, u64 } from './values.ts';

/** What the MSR model reads from / writes to the rest of the vCPU. */
export interface MsrVcpuContext {
  /** The host TSC now (a deterministic virtual clock; guest TSC = host TSC + offset). */
  hostTsc(): bigint;
  /** vcpu->arch.efer (it lives with the CPU's sregs). */
  getEfer(): bigint;
  setEfer(v: bigint): void;
  /** CR0.PG: EFER.LME may not change while paging is on (guest writes). */
  paging(): boolean;
  /** FS/GS segment bases (MSR_FS_BASE / MSR_GS_BASE alias the CPU's segment state). */
  getSegBase(seg: 'fs' | 'gs'): bigint;
  setSegBase(seg: 'fs' | 'gs', v: bigint): void;
  /** Guest CPUID model (feature checks, MAXPHYADDR). */
  cpuid: VcpuCpuid;
  /** The in-kernel LAPIC (KVM_CREATE_IRQCHIP before the vCPU), or null. */
  lapic: LapicMsrAccess | null;
  /** Has the vCPU run (KVM_RUN)? Feature MSRs become immutable then. */
  hasRun(): boolean;
}

/** Per-vCPU MSR values KVM keeps (vcpu->arch.*). */
export interface MsrState {
  apicBase: bigint;
  tscOffset: bigint;
  tscAdjust: bigint;
  sysenterCs: bigint; sysenterEsp: bigint; sysenterEip: bigint;
  star: bigint; lstar: bigint; cstar: bigint; syscallMask: bigint; kernelGsBase: bigint;
  pat: bigint;
  mtrrDefType: bigint;
  mtrrVar: bigint[];     // 16: base/mask pairs of KVM_NR_VAR_MTRR = 8
  mtrrFixed: bigint[];   // 11: 64K, 16K x2, 4K x8
  miscEnable: bigint;
  microcode: bigint;
  archCapabilities: bigint;
  hwcr: bigint;
  mcgStatus: bigint;
  smiCount: bigint;
  platformInfo: bigint;
  miscFeaturesEnables: bigint;
  powerCtl: bigint;
  specCtrl: bigint;
  virtSpecCtrl: bigint;
  debugCtl: bigint;
  osvwLength: bigint; osvwStatus: bigint;
  kvmWallClock: bigint; kvmSystemTime: bigint; kvmAsyncPfEn: bigint; kvmAsyncPfInt: bigint;
  kvmStealTime: bigint; kvmPvEoi: bigint; kvmPollControl: bigint;
}

const KVM_NR_VAR_MTRR = 8;
const MCG_CAP_BANKS = 32n;   // KVM_MAX_MCE_BANKS: vcpu->arch.mcg_cap at vCPU creation
const MSR_PLATFORM_INFO_CPUID_FAULT = 1n << 31n;
const PAT_DEFAULT = 0x0007040600070406n;

/** Reset state of a freshly created vCPU (kvm_arch_vcpu_create + kvm_vcpu_reset), vCPU 0 = BSP. */
export function initialMsrState(quirks: X86MsrHostQuirks, vcpuId = 0): MsrState {
  return {
    apicBase: 0xfee00000n | C.MSR_IA32_APICBASE_ENABLE | (vcpuId === 0 ? C.MSR_IA32_APICBASE_BSP : 0n),
    tscOffset: 0n, tscAdjust: 0n,
    sysenterCs: 0n, sysenterEsp: 0n, sysenterEip: 0n,
    star: 0n, lstar: 0n, cstar: 0n, syscallMask: 0n, kernelGsBase: 0n,
    pat: PAT_DEFAULT,
    mtrrDefType: 0n, mtrrVar: new Array(2 * KVM_NR_VAR_MTRR).fill(0n), mtrrFixed: new Array(11).fill(0n),
    miscEnable: (1n << 11n) | (1n << 12n),   // BTS_UNAVAIL | PEBS_UNAVAIL
    microcode: quirks.microcodeVersion, archCapabilities: quirks.archCapabilities,
    hwcr: 0n, mcgStatus: 0n, smiCount: 0n,
    platformInfo: MSR_PLATFORM_INFO_CPUID_FAULT, miscFeaturesEnables: 0n, powerCtl: 0n,
    specCtrl: 0n, virtSpecCtrl: 0n, debugCtl: 0n, osvwLength: 0n, osvwStatus: 0n,
    kvmWallClock: 0n, kvmSystemTime: 0n, kvmAsyncPfEn: 0n, kvmAsyncPfInt: 0n, kvmStealTime: 0n,
    kvmPvEoi: 0n, kvmPollControl: 0n,
  };
}

/** One entry of struct kvm_msrs. */
export interface KvmMsrEntry { index: number; reserved: number; data: bigint }
/** Result of KVM_GET_MSRS / KVM_SET_MSRS. */
export interface MsrIoResult { ret: number; errno?: number; out?: { nmsrs: number; pad: number; entries: KvmMsrEntry[] } }

function canonical(v: bigint, bits: number): boolean {
  const s = BigInt.asIntN(bits, v);
  return BigInt.asUintN(64, s) === v;
}
function canonicalize(v: bigint, bits: number): bigint {
  return BigInt.asUintN(64, BigInt.asIntN(bits, v));
}
function validMtrrType(t: number): boolean { return t < 8 && ((1 << t) & 0x73) !== 0; }
function patValid(v: bigint): boolean {
  for (let i = 0n; i < 8n; i++) {
    const t = Number((v >> (i * 8n)) & 0xffn);
    if (t !== 0 && t !== 1 && t !== 4 && t !== 5 && t !== 6 && t !== 7) return false;
  }
  return true;
}

/**
 * The MSRs of one vCPU. Construct with the host's quirks and the vCPU context;
 * `state` is the only mutable data (snapshot = structuredClone(state)).
 */
export class VcpuMsrs {
  state: MsrState;
  constructor(readonly quirks: X86MsrHostQuirks, readonly indexList: readonly number[], readonly ctx: MsrVcpuContext, vcpuId = 0) {
    this.state = initialMsrState(quirks, vcpuId);
  }

  // ---------------------------------------------------------------- guest path
  /**
   * Guest RDMSR (emulator_get_msr_with_filter): filter, then the in-kernel
   * read, then the user-space-exit decision for the VM's mask.
   */
  rdmsr(index: number, filter: MsrFilter | null, userSpaceMsrMask: number): MsrOutcome {
    index >>>= 0;
    if (!msrAllowed(filter, index, C.KVM_MSR_FILTER_READ)) return guestMsrOutcome(C.KVM_MSR_RET_FILTERED, 0n, false, userSpaceMsrMask);
    const r = this.get(index, false);
    return guestMsrOutcome(r.ret, r.value, false, userSpaceMsrMask);
  }

  /** Guest WRMSR (emulator_set_msr_with_filter). */
  wrmsr(index: number, value: bigint, filter: MsrFilter | null, userSpaceMsrMask: number): MsrOutcome {
    index >>>= 0;
    if (!msrAllowed(filter, index, C.KVM_MSR_FILTER_WRITE)) return guestMsrOutcome(C.KVM_MSR_RET_FILTERED, 0n, true, userSpaceMsrMask);
    const r = this.set(index, BigInt.asUintN(64, value), false);
    return guestMsrOutcome(r, 0n, true, userSpaceMsrMask);
  }

  // ---------------------------------------------------------------- host path
  /**
   * KVM_GET_MSRS on a vCPU fd (msr_io + do_get_msr): nmsrs >= 256 -> E2BIG;
   * otherwise reads entries in order, stops at the first failure and returns
   * how many succeeded; every entry is written back (a failed read has data 0).
   */
  hostGetMsrs(arg: Record<string, unknown>): MsrIoResult {
    const io = parseMsrs(arg);
    if (io.nmsrs >= C.MAX_IO_MSRS) return { ret: -1, errno: E2BIG };
    let i = 0;
    for (; i < io.entries.length; i++) {
      const r = this.get(io.entries[i].index, true);
      io.entries[i].data = r.ret ? 0n : r.value;
      if (r.ret) break;
    }
    return { ret: i, out: { nmsrs: io.nmsrs, pad: io.pad, entries: io.entries } };
  }

  /** KVM_SET_MSRS on a vCPU fd (msr_io + do_set_msr): same protocol, no write-back. */
  hostSetMsrs(arg: Record<string, unknown>): MsrIoResult {
    const io = parseMsrs(arg);
    if (io.nmsrs >= C.MAX_IO_MSRS) return { ret: -1, errno: E2BIG };
    let i = 0;
    for (; i < io.entries.length; i++) {
      const e = io.entries[i];
      // Feature MSRs are immutable after KVM_RUN unless the value is unchanged (-EINVAL stops the loop too).
      if (this.ctx.hasRun() && isImmutableFeatureMsr(e.index)) {
        const cur = this.get(e.index, true);
        if (cur.ret || cur.value !== e.data) break;   // do_set_msr's -EINVAL just ends __msr_io's loop
      }
      if (this.set(e.index, e.data, true)) break;
    }
    return { ret: i };
  }

  // ---------------------------------------------------------------- accessors
  /**
   * __kvm_get_msr + kvm_do_msr_access: returns the KVM-internal code (0 ok,
   * 1 invalid, 2 unsupported) and the value. Host-initiated reads of an
   * advertised-but-unsupported MSR return 0 with value 0.
   */
  get(index: number, host: boolean): { ret: MsrRet; value: bigint } {
    const r = this.getCommon(index >>> 0, host);
    if (r.ret === C.KVM_MSR_RET_UNSUPPORTED) {
      if (host && this.indexList.includes(index >>> 0)) return { ret: 0, value: 0n };
      if (this.quirks.ignoreMsrs) return { ret: 0, value: 0n };
    }
    return r.ret ? { ret: r.ret, value: 0n } : r;
  }

  /** __kvm_set_msr + kvm_do_msr_access: 0 ok, 1 invalid, 2 unsupported. */
  set(index: number, data: bigint, host: boolean): MsrRet {
    const r = this.setCommon(index >>> 0, data, host);
    if (r === C.KVM_MSR_RET_UNSUPPORTED) {
      if (host && data === 0n && this.indexList.includes(index >>> 0)) return 0;
      if (this.quirks.ignoreMsrs) return 0;
    }
    return r;
  }

  private vaBits(): number { return this.quirks.la57 ? 57 : 48; }
  private maxPhysAddr(): number {
    const c = this.ctx.cpuid;
    const ext = c.cpuid(0x80000000, 0);
    if (c.entries.length === 0 || ext.eax < 0x80000008) return 36;
    return c.cpuid(0x80000008, 0).eax & 0xff;
  }
  private reservedGpaBits(): bigint {
    const m = this.maxPhysAddr();
    return m >= 64 ? 0n : ((1n << 64n) - 1n) ^ ((1n << BigInt(m)) - 1n);
  }

  private getCommon(index: number, host: boolean): { ret: MsrRet; value: bigint } {
    const s = this.state;
    const ok = (value: bigint): { ret: MsrRet; value: bigint } => ({ ret: 0, value });
    const INVALID = { ret: C.KVM_MSR_RET_INVALID as MsrRet, value: 0n };
    const UNSUPPORTED = { ret: C.KVM_MSR_RET_UNSUPPORTED as MsrRet, value: 0n };
    if (index >= C.APIC_BASE_MSR && index <= C.APIC_BASE_MSR + 0xff) {
      const v = this.ctx.lapic ? this.ctx.lapic.x2apicRead(index) : null;
      return v === null ? INVALID : ok(v);
    }
    if (index >= C.MTRR_PHYS_BASE_0 && index <= C.MSR_MTRRfix4K_F8000) {
      const slot = this.mtrrSlot(index);
      if (!slot) return INVALID;
      return ok(slot.arr[slot.i]);
    }
    switch (index) {
      case C.MSR_IA32_TSC: return ok(BigInt.asUintN(64, this.ctx.hostTsc() + s.tscOffset));
      case C.MSR_IA32_APICBASE: return ok(s.apicBase);
      case C.MSR_IA32_TSC_ADJUST: return ok(s.tscAdjust);
      case C.MSR_IA32_TSC_DEADLINE: return ok(this.ctx.lapic ? this.ctx.lapic.getTscDeadline() : 0n);
      case C.MSR_IA32_SYSENTER_CS: return ok(s.sysenterCs);
      case C.MSR_IA32_SYSENTER_ESP: return ok(s.sysenterEsp);
      case C.MSR_IA32_SYSENTER_EIP: return ok(s.sysenterEip);
      case C.MSR_STAR: return ok(s.star);
      case C.MSR_LSTAR: return ok(s.lstar);
      case C.MSR_CSTAR: return ok(s.cstar);
      case C.MSR_SYSCALL_MASK: return ok(s.syscallMask);
      case C.MSR_KERNEL_GS_BASE: return ok(s.kernelGsBase);
      case C.MSR_FS_BASE: return ok(this.ctx.getSegBase('fs'));
      case C.MSR_GS_BASE: return ok(this.ctx.getSegBase('gs'));
      case C.MSR_EFER: return ok(this.ctx.getEfer());
      case C.MSR_TSC_AUX: return this.quirks.tscAuxSupported ? ok(0n) : INVALID;
      case C.MSR_IA32_CR_PAT: return ok(s.pat);
      case C.MSR_MTRRcap: return ok(0x500n | BigInt(KVM_NR_VAR_MTRR));
      case C.MSR_MTRRdefType: return ok(s.mtrrDefType);
      case C.MSR_IA32_UCODE_REV: return ok(s.microcode);
      case C.MSR_IA32_ARCH_CAPABILITIES:
        return this.ctx.cpuid.has(7, 0, 'edx', 29) ? ok(s.archCapabilities) : UNSUPPORTED;
      case C.MSR_IA32_PERF_CAPABILITIES:
        return this.ctx.cpuid.has(1, 0, 'ecx', 15) ? ok(0n) : UNSUPPORTED;   // PDCM
      case C.MSR_IA32_MISC_ENABLE: return ok(s.miscEnable);
      case C.MSR_IA32_POWER_CTL: return ok(s.powerCtl);
      case C.MSR_SMI_COUNT: return ok(s.smiCount);
      case C.MSR_PLATFORM_INFO: return ok(s.platformInfo);   // guest_can_read_msr_platform_info defaults to true
      case C.MSR_MISC_FEATURES_ENABLES: return ok(s.miscFeaturesEnables);
      case C.MSR_K7_HWCR: return ok(s.hwcr);
      case C.MSR_IA32_FEAT_CTL: return this.quirks.featureControlSupported ? ok(0n) : UNSUPPORTED;
      case C.MSR_IA32_SPEC_CTRL: return ok(s.specCtrl);
      case C.MSR_AMD64_VIRT_SPEC_CTRL: return host ? ok(s.virtSpecCtrl) : INVALID;
      case C.MSR_IA32_DEBUGCTLMSR: return ok(s.debugCtl);
      case C.MSR_IA32_MCG_CAP: return ok(MCG_CAP_BANKS);
      case C.MSR_IA32_MCG_CTL: return host ? ok(0n) : INVALID;   // no MCG_CTL_P in mcg_cap
      case C.MSR_IA32_MCG_STATUS: return ok(s.mcgStatus);
      case C.MSR_IA32_P5_MC_ADDR: case C.MSR_IA32_P5_MC_TYPE: return ok(0n);
      // Constant / always-zero MSRs of kvm_get_msr_common().
      case C.MSR_IA32_PLATFORM_ID: case C.MSR_IA32_EBL_CR_POWERON: case C.MSR_IA32_LASTBRANCHFROMIP:
      case C.MSR_IA32_LASTBRANCHTOIP: case C.MSR_IA32_LASTINTFROMIP: case C.MSR_IA32_LASTINTTOIP:
      case C.MSR_AMD64_SYSCFG: case C.MSR_K8_TSEG_ADDR: case C.MSR_K8_TSEG_MASK: case C.MSR_VM_HSAVE_PA:
      case C.MSR_K8_INT_PENDING_MSG: case C.MSR_AMD64_NB_CFG: case C.MSR_FAM10H_MMIO_CONF_BASE:
      case C.MSR_AMD64_BU_CFG2: case C.MSR_IA32_PERF_CTL: case C.MSR_AMD64_DC_CFG: case C.MSR_AMD64_TW_CFG:
      case C.MSR_F15H_EX_CFG: case C.MSR_RAPL_POWER_UNIT: case C.MSR_PP0_ENERGY_STATUS:
      case C.MSR_PP1_ENERGY_STATUS: case C.MSR_PKG_ENERGY_STATUS: case C.MSR_DRAM_ENERGY_STATUS:
      case C.MSR_P6_PERFCTR0: case C.MSR_P6_PERFCTR1: case C.MSR_P6_EVNTSEL0: case C.MSR_P6_EVNTSEL1:
        return ok(0n);
      case C.MSR_FSB_FREQ: return ok(3n);
      case C.MSR_EBC_FREQUENCY_ID: return ok(1n << 24n);
      case C.MSR_IA32_PERF_STATUS: return ok(1000n | (4n << 40n));
      case C.MSR_IA32_BBL_CR_CTL3: return ok(0xbe702111n);
      case C.MSR_K7_CLK_CTL: return ok(0x20000000n);
      case C.MSR_KVM_WALL_CLOCK: case C.MSR_KVM_WALL_CLOCK_NEW: return ok(s.kvmWallClock);
      case C.MSR_KVM_SYSTEM_TIME: case C.MSR_KVM_SYSTEM_TIME_NEW: return ok(s.kvmSystemTime);
      case C.MSR_KVM_ASYNC_PF_EN: return ok(s.kvmAsyncPfEn);
      case C.MSR_KVM_ASYNC_PF_INT: return ok(s.kvmAsyncPfInt);
      case C.MSR_KVM_ASYNC_PF_ACK: return ok(0n);
      case C.MSR_KVM_STEAL_TIME: return ok(s.kvmStealTime);
      case C.MSR_KVM_PV_EOI_EN: return ok(s.kvmPvEoi);
      case C.MSR_KVM_POLL_CONTROL: return ok(s.kvmPollControl);
      default:
        if (index >= C.MSR_K7_EVNTSEL0 && index <= C.MSR_K7_PERFCTR3) return ok(0n);   // no vPMU: reads 0
        return UNSUPPORTED;
    }
  }

  private setCommon(index: number, data: bigint, host: boolean): MsrRet {
    const s = this.state;
    const bits = this.vaBits();
    if (index >= C.APIC_BASE_MSR && index <= C.APIC_BASE_MSR + 0xff) {
      return this.ctx.lapic && this.ctx.lapic.x2apicWrite(index, data) ? 0 : 1;
    }
    if (index >= C.MTRR_PHYS_BASE_0 && index <= C.MSR_MTRRfix4K_F8000) {
      const slot = this.mtrrSlot(index);
      if (!slot || !this.mtrrValid(index, data)) return 1;
      slot.arr[slot.i] = data;
      return 0;
    }
    switch (index) {
      // __kvm_set_msr() canonical checks
      case C.MSR_FS_BASE: case C.MSR_GS_BASE:
        if (!canonical(data, bits)) return 1;
        this.ctx.setSegBase(index === C.MSR_FS_BASE ? 'fs' : 'gs', data);
        return 0;
      case C.MSR_KERNEL_GS_BASE: if (!canonical(data, bits)) return 1; s.kernelGsBase = data; return 0;
      case C.MSR_LSTAR: if (!canonical(data, bits)) return 1; s.lstar = data; return 0;
      case C.MSR_CSTAR: if (!canonical(data, bits)) return 1; s.cstar = data; return 0;
      case C.MSR_IA32_SYSENTER_EIP: s.sysenterEip = canonicalize(data, bits); return 0;
      case C.MSR_IA32_SYSENTER_ESP: s.sysenterEsp = canonicalize(data, bits); return 0;
      case C.MSR_IA32_SYSENTER_CS: s.sysenterCs = data; return 0;
      case C.MSR_STAR: s.star = data; return 0;
      case C.MSR_SYSCALL_MASK: s.syscallMask = data; return 0;
      case C.MSR_TSC_AUX: return this.quirks.tscAuxSupported ? 0 : 1;
      case C.MSR_EFER: return this.setEfer(data, host);
      case C.MSR_IA32_TSC: {
        // Host and guest writes both set the guest TSC to `data` now; a guest write also moves TSC_ADJUST.
        const newOffset = BigInt.asUintN(64, data - this.ctx.hostTsc());
        if (!host) s.tscAdjust = BigInt.asUintN(64, s.tscAdjust + newOffset - s.tscOffset);
        s.tscOffset = newOffset;
        return 0;
      }
      case C.MSR_IA32_TSC_ADJUST:
        if (this.ctx.cpuid.has(7, 0, 'ebx', 1)) {
          if (!host) s.tscOffset = BigInt.asUintN(64, s.tscOffset + data - s.tscAdjust);
          s.tscAdjust = data;
        }
        return 0;
      case C.MSR_IA32_TSC_DEADLINE: if (this.ctx.lapic) this.ctx.lapic.setTscDeadline(data); return 0;
      case C.MSR_IA32_APICBASE: return this.setApicBase(data, host);
      case C.MSR_IA32_CR_PAT:
        if (!this.quirks.patAcceptsAnyValue && !patValid(data)) return 1;
        s.pat = data;
        return 0;
      case C.MSR_MTRRdefType:
        if (!this.mtrrValid(index, data)) return 1;
        s.mtrrDefType = data;
        return 0;
      case C.MSR_IA32_UCODE_REV: if (host) s.microcode = data; return 0;
      case C.MSR_IA32_ARCH_CAPABILITIES:
        if (!host || !this.ctx.cpuid.has(7, 0, 'edx', 29)) return C.KVM_MSR_RET_UNSUPPORTED;
        s.archCapabilities = data;
        return 0;
      case C.MSR_IA32_PERF_CAPABILITIES:
        if (!host || !this.ctx.cpuid.has(1, 0, 'ecx', 15)) return C.KVM_MSR_RET_UNSUPPORTED;
        return data === 0n ? 0 : 1;   // kvm_caps.supported_perf_cap = 0 without a vPMU
      case C.MSR_K7_HWCR: {
        const d = data & ~(0x40n | 0x100n | 0x8n);
        if (d & ~((1n << 18n) | (1n << 24n))) return 1;
        s.hwcr = d;
        return 0;
      }
      case C.MSR_FAM10H_MMIO_CONF_BASE: return data !== 0n ? 1 : 0;
      case C.MSR_AMD64_NB_CFG: case C.MSR_IA32_UCODE_WRITE: case C.MSR_VM_HSAVE_PA: case C.MSR_AMD64_PATCH_LOADER:
      case C.MSR_AMD64_BU_CFG2: case C.MSR_AMD64_DC_CFG: case C.MSR_AMD64_TW_CFG: case C.MSR_F15H_EX_CFG:
      case C.MSR_K7_CLK_CTL: case C.MSR_IA32_BBL_CR_CTL3:
        return 0;   // writes accepted and dropped
      case C.MSR_IA32_MISC_ENABLE: {
        let d = data;
        if (!host) {
          const PMU_RO = (1n << 11n) | (1n << 12n);
          if ((s.miscEnable ^ d) & PMU_RO) return 1;
          const EMON = 1n << 7n;
          d = (d & ~EMON) | (s.miscEnable & EMON);
        }
        s.miscEnable = d;
        return 0;
      }
      case C.MSR_IA32_POWER_CTL: s.powerCtl = data; return 0;
      case C.MSR_SMI_COUNT: if (!host) return 1; s.smiCount = data; return 0;
      case C.MSR_PLATFORM_INFO: if (!host) return 1; s.platformInfo = data; return 0;
      case C.MSR_MISC_FEATURES_ENABLES:
        if (data & ~1n) return 1;
        if ((data & 1n) && !(s.platformInfo & MSR_PLATFORM_INFO_CPUID_FAULT)) return 1;
        s.miscFeaturesEnables = data;
        return 0;
      case C.MSR_IA32_MCG_STATUS: s.mcgStatus = data; return 0;
      case C.MSR_IA32_MCG_CTL: return host && data === 0n ? 0 : 1;   // no MCG_CTL_P
      case C.MSR_IA32_SPEC_CTRL: if (data & ~0x7n) return 1; s.specCtrl = data; return 0;   // IBRS|STIBP|SSBD
      case C.MSR_AMD64_VIRT_SPEC_CTRL: if (!host) return 1; s.virtSpecCtrl = data; return 0;
      case C.MSR_IA32_DEBUGCTLMSR: if (data !== 0n) return 1; s.debugCtl = 0n; return 0;
      case C.MSR_P6_PERFCTR0: case C.MSR_P6_PERFCTR1: case C.MSR_P6_EVNTSEL0: case C.MSR_P6_EVNTSEL1:
        return 0;   // no vPMU: kvm_pr_unimpl_wrmsr and accept
      // KVM paravirtual MSRs (enforce_pv_feature_cpuid off: always present). Their guest-memory
      // side effects (wall clock / pvclock / steal-time areas) are NOT modelled.
      case C.MSR_KVM_WALL_CLOCK: case C.MSR_KVM_WALL_CLOCK_NEW: s.kvmWallClock = data; return 0;
      case C.MSR_KVM_SYSTEM_TIME: case C.MSR_KVM_SYSTEM_TIME_NEW: s.kvmSystemTime = data; return 0;
      case C.MSR_KVM_ASYNC_PF_EN: s.kvmAsyncPfEn = data; return 0;
      case C.MSR_KVM_ASYNC_PF_INT:
        if (data >> 8n || !this.ctx.lapic) return 1;
        s.kvmAsyncPfInt = data;
        return 0;
      case C.MSR_KVM_ASYNC_PF_ACK: return 0;
      case C.MSR_KVM_STEAL_TIME: if (data & 0x7en) return 1; s.kvmStealTime = data; return 0;
      case C.MSR_KVM_PV_EOI_EN: if ((data & ~1n) & 3n) return 1; s.kvmPvEoi = data; return 0;
      case C.MSR_KVM_POLL_CONTROL: if (data & ~1n) return 1; s.kvmPollControl = data; return 0;
      default:
        if (index >= C.MSR_K7_EVNTSEL0 && index <= C.MSR_K7_PERFCTR3) return 0;
        return C.KVM_MSR_RET_UNSUPPORTED;
    }
  }

  /** set_efer(): reserved bits always, feature bits and LME-while-paging only for guest writes; LMA is kept. */
  private setEfer(efer: bigint, host: boolean): MsrRet {
    if (efer & ~this.quirks.eferAllowedBits) return 1;
    const cur = this.ctx.getEfer();
    if (!host) {
      const c = this.ctx.cpuid;
      if ((efer & C.EFER_FFXSR) && !c.has(0x80000001, 0, 'edx', 25)) return 1;
      if ((efer & C.EFER_SVME) && !c.has(0x80000001, 0, 'ecx', 2)) return 1;
      if ((efer & (C.EFER_LME | C.EFER_LMA)) && !c.has(0x80000001, 0, 'edx', 29)) return 1;
      if ((efer & C.EFER_NX) && !c.has(0x80000001, 0, 'edx', 20)) return 1;
      if (this.ctx.paging() && (cur & C.EFER_LME) !== (efer & C.EFER_LME)) return 1;
    }
    this.ctx.setEfer((efer & ~C.EFER_LMA) | (cur & C.EFER_LMA));
    return 0;
  }

  /**
   * kvm_apic_set_base(): same value always ok; reserved bits (above
   * MAXPHYADDR, 0x2ff, EXTD without guest x2APIC) and EXTD-without-EN are
   * invalid; guests may not go x2APIC -> xAPIC or disabled -> x2APIC.
   * Also the path of KVM_SET_SREGS.apic_base (host = true).
   */
  setApicBase(value: bigint, host: boolean): MsrRet {
    const old = this.state.apicBase;
    if (old === value) return 0;
    const mode = (v: bigint): 'disabled' | 'invalid' | 'xapic' | 'x2apic' =>
      !(v & C.MSR_IA32_APICBASE_ENABLE) ? ((v & C.X2APIC_ENABLE) ? 'invalid' : 'disabled') : ((v & C.X2APIC_ENABLE) ? 'x2apic' : 'xapic');
    const reserved = this.reservedGpaBits() | 0x2ffn | (this.ctx.cpuid.has(1, 0, 'ecx', 21) ? 0n : C.X2APIC_ENABLE);
    const nm = mode(value), om = mode(old);
    if ((value & reserved) !== 0n || nm === 'invalid') return 1;
    if (!host) {
      if (om === 'x2apic' && nm === 'xapic') return 1;
      if (om === 'disabled' && nm === 'x2apic') return 1;
    }
    this.state.apicBase = value;
    if (this.ctx.lapic) this.ctx.lapic.apicBaseChanged(old, value);
    return 0;
  }

  private mtrrSlot(index: number): { arr: bigint[]; i: number } | null {
    const s = this.state;
    if (index >= C.MTRR_PHYS_BASE_0 && index < C.MTRR_PHYS_BASE_0 + 2 * KVM_NR_VAR_MTRR) return { arr: s.mtrrVar, i: index - C.MTRR_PHYS_BASE_0 };
    if (index === C.MSR_MTRRfix64K_00000) return { arr: s.mtrrFixed, i: 0 };
    if (index === C.MSR_MTRRfix16K_80000 || index === C.MSR_MTRRfix16K_A0000) return { arr: s.mtrrFixed, i: 1 + index - C.MSR_MTRRfix16K_80000 };
    if (index >= C.MSR_MTRRfix4K_C0000 && index <= C.MSR_MTRRfix4K_F8000) return { arr: s.mtrrFixed, i: 3 + index - C.MSR_MTRRfix4K_C0000 };
    return null;
  }

  /** kvm_mtrr_valid(). */
  private mtrrValid(index: number, data: bigint): boolean {
    if (index === C.MSR_MTRRdefType) return (data & ~0xcffn) === 0n && validMtrrType(Number(data & 0xffn));
    if (index >= C.MSR_MTRRfix64K_00000 && index <= C.MSR_MTRRfix4K_F8000) {
      for (let i = 0n; i < 8n; i++) if (!validMtrrType(Number((data >> (i * 8n)) & 0xffn))) return false;
      return true;
    }
    let mask = this.reservedGpaBits();
    if ((index & 1) === 0) {
      if (!validMtrrType(Number(data & 0xffn))) return false;
      mask |= 0xf00n;
    } else mask |= 0x7ffn;
    return (data & mask) === 0n;
  }
}

/** kvm_is_immutable_feature_msr(): feature MSRs other than UCODE_REV (VMX MSRs not modelled). */
export function isImmutableFeatureMsr(index: number): boolean {
  return index === C.MSR_AMD64_DE_CFG || index === C.MSR_IA32_ARCH_CAPABILITIES ||
    index === C.MSR_IA32_PERF_CAPABILITIES || index === C.MSR_PLATFORM_INFO;
}

/** Decode struct kvm_msrs (FORMAT.md §4.3: `{nmsrs, pad, entries[]}`; for huge nmsrs only the entries actually given). */
export function parseMsrs(arg: Record<string, unknown>): { nmsrs: number; pad: number; entries: KvmMsrEntry[] } {
  const nmsrs = u32(arg.nmsrs ?? 0, 'kvm_msrs.nmsrs');
  const raw = Array.isArray(arg.entries) ? arg.entries : [];
  const n = Math.min(nmsrs, raw.length);
  const entries: KvmMsrEntry[] = [];
  for (let i = 0; i < n; i++) {
    const e = (raw[i] ?? {}) as Record<string, unknown>;
    entries.push({ index: u32(e.index, `kvm_msrs.entries[${i}].index`), reserved: u32(e.reserved ?? 0, `kvm_msrs.entries[${i}].reserved`), data: u64(e.data ?? 0, `kvm_msrs.entries[${i}].data`) });
  }
  return { nmsrs, pad: u32(arg.pad ?? 0, 'kvm_msrs.pad'), entries };
}

/**
 * KVM_GET_MSR_INDEX_LIST / KVM_GET_MSR_FEATURE_INDEX_LIST on /dev/kvm: nmsrs
 * is always written back with the list length; capacity too small -> E2BIG.
 */
export function getMsrIndexList(list: readonly number[], arg: Record<string, unknown>): { ret: number; errno?: number; out: { nmsrs: number; indices?: number[] } } {
  const n = u32(arg.nmsrs ?? 0, 'kvm_msr_list.nmsrs');
  if (n < list.length) return { ret: -1, errno: E2BIG, out: { nmsrs: list.length } };
  return { ret: 0, out: { nmsrs: list.length, indices: list.slice() } };
}

/**
 * KVM_GET_MSRS on /dev/kvm (feature MSRs, do_get_feature_msr): same count
 * protocol as the vCPU ioctl; only MSRs of the feature list can be read.
 */
export function getFeatureMsrs(features: readonly number[], quirks: X86MsrHostQuirks, arg: Record<string, unknown>): MsrIoResult {
  const io = parseMsrs(arg);
  if (io.nmsrs >= C.MAX_IO_MSRS) return { ret: -1, errno: E2BIG };
  let i = 0;
  for (; i < io.entries.length; i++) {
    const e = io.entries[i];
    let v: bigint | null = null;
    if (features.includes(e.index)) {
      switch (e.index) {
        case C.MSR_IA32_ARCH_CAPABILITIES: v = quirks.archCapabilities; break;
        case C.MSR_IA32_PERF_CAPABILITIES: v = 0n; break;
        case C.MSR_PLATFORM_INFO: v = MSR_PLATFORM_INFO_CPUID_FAULT; break;
        case C.MSR_IA32_UCODE_REV: v = quirks.microcodeVersion; break;
        default: v = 0n;
      }
    }
    e.data = v ?? 0n;
    if (v === null) break;
  }
  return { ret: i, out: { nmsrs: io.nmsrs, pad: io.pad, entries: io.entries } };
}
