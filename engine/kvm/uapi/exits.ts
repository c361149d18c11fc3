/** KVM_EXIT_* reasons (include/uapi/linux/kvm.h, spec/planes.md §3.3) and exit-related constants. */
import { planesProfile, type ProfileId } from './profiles.ts';

export const KVM_EXIT = {
  KVM_EXIT_UNKNOWN: 0, KVM_EXIT_EXCEPTION: 1, KVM_EXIT_IO: 2, KVM_EXIT_HYPERCALL: 3, KVM_EXIT_DEBUG: 4,
  KVM_EXIT_HLT: 5, KVM_EXIT_MMIO: 6, KVM_EXIT_IRQ_WINDOW_OPEN: 7, KVM_EXIT_SHUTDOWN: 8,
  KVM_EXIT_FAIL_ENTRY: 9, KVM_EXIT_INTR: 10, KVM_EXIT_SET_TPR: 11, KVM_EXIT_TPR_ACCESS: 12,
  KVM_EXIT_S390_SIEIC: 13, KVM_EXIT_S390_RESET: 14, KVM_EXIT_DCR: 15, KVM_EXIT_NMI: 16,
  KVM_EXIT_INTERNAL_ERROR: 17, KVM_EXIT_OSI: 18, KVM_EXIT_PAPR_HCALL: 19, KVM_EXIT_S390_UCONTROL: 20,
  KVM_EXIT_WATCHDOG: 21, KVM_EXIT_S390_TSCH: 22, KVM_EXIT_EPR: 23, KVM_EXIT_SYSTEM_EVENT: 24,
  KVM_EXIT_S390_STSI: 25, KVM_EXIT_IOAPIC_EOI: 26, KVM_EXIT_HYPERV: 27, KVM_EXIT_ARM_NISV: 28,
  KVM_EXIT_X86_RDMSR: 29, KVM_EXIT_X86_WRMSR: 30, KVM_EXIT_DIRTY_RING_FULL: 31,
  KVM_EXIT_AP_RESET_HOLD: 32, KVM_EXIT_X86_BUS_LOCK: 33, KVM_EXIT_XEN: 34, KVM_EXIT_RISCV_SBI: 35,
  KVM_EXIT_RISCV_CSR: 36, KVM_EXIT_NOTIFY: 37, KVM_EXIT_LOONGARCH_IOCSR: 38,
  KVM_EXIT_MEMORY_FAULT: 39, KVM_EXIT_TDX: 40, KVM_EXIT_ARM_SEA: 41, KVM_EXIT_ARM_LDST64B: 42,
  KVM_EXIT_SNP_REQ_CERTS: 43,
} as const;

const NAMES: string[] = [];
for (const [k, v] of Object.entries(KVM_EXIT)) NAMES[v] = k;

/**
 * Name of an exit reason. Under a planes profile KVM_EXIT_PLANE_EVENT takes its
 * number (R25 40 moved TDX to 41; B617 41; S26 44).
 */
export function exitName(reason: number, profile: ProfileId = 'none'): string {
  const p = planesProfile(profile);
  if (p) {
    if (reason === p.KVM_EXIT_PLANE_EVENT) return 'KVM_EXIT_PLANE_EVENT';
    if (profile === 'r25' && reason === 41) return 'KVM_EXIT_TDX';
  }
  return NAMES[reason] ?? `KVM_EXIT_${reason}`;
}

export const KVM_EXIT_IO_IN = 0;
export const KVM_EXIT_IO_OUT = 1;
export const KVM_EXIT_HYPERCALL_LONG_MODE = 1;
export const KVM_INTERNAL_ERROR_EMULATION = 1;
export const KVM_INTERNAL_ERROR_SIMUL_EX = 2;
export const KVM_INTERNAL_ERROR_DELIVERY_EV = 3;
export const KVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON = 4;
export const KVM_INTERNAL_ERROR_EMULATION_FLAG_INSTRUCTION_BYTES = 1;
export const KVM_SYSTEM_EVENT = { SHUTDOWN: 1, RESET: 2, CRASH: 3, WAKEUP: 4, SUSPEND: 5, SEV_TERM: 6, TDX_FATAL: 7 } as const;
export const KVM_MSR_EXIT_REASON_INVAL = 1 << 0;
export const KVM_MSR_EXIT_REASON_UNKNOWN = 1 << 1;
export const KVM_MSR_EXIT_REASON_FILTER = 1 << 2;
export const KVM_MSR_EXIT_REASON_VALID_MASK = 7;
export const KVM_RUN_X86_SMM = 1;
export const KVM_RUN_X86_BUS_LOCK = 2;
