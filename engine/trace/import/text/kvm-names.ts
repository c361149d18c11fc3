/**
 * Symbol tables the kernel and libtraceevent print instead of numbers, so the
 * text importers can recover the numbers: VMX/SVM exit reasons
 * (arch/x86/include/uapi/asm/{vmx,svm}.h `*_EXIT_REASONS`, plugin_kvm.c
 * tables), `KVM_EXIT_*` (include/uapi/linux/kvm.h) and APIC register names
 * (arch/x86/kvm/trace.h `kvm_trace_symbol_apic`). engine/trace may not import
 * engine/kvm/uapi, hence this small copy of the values it needs.
 */

/** KVM_ISA_VMX / KVM_ISA_SVM as stored in kvm_exit's `isa` field. */
export const KVM_ISA_VMX = 1;
export const KVM_ISA_SVM = 2;

/** VMX basic exit reasons, named as in VMX_EXIT_REASONS (the plugin prints the same bare names). */
export const VMX_EXIT_REASONS: Readonly<Record<string, number>> = {
  EXCEPTION_NMI: 0, EXTERNAL_INTERRUPT: 1, TRIPLE_FAULT: 2, INIT_SIGNAL: 3, SIPI_SIGNAL: 4,
  INTERRUPT_WINDOW: 7, PENDING_INTERRUPT: 7, NMI_WINDOW: 8, TASK_SWITCH: 9, CPUID: 10, GETSEC: 11,
  HLT: 12, INVD: 13, INVLPG: 14, RDPMC: 15, RDTSC: 16, RSM: 17, VMCALL: 18, VMCLEAR: 19,
  VMLAUNCH: 20, VMPTRLD: 21, VMPTRST: 22, VMREAD: 23, VMRESUME: 24, VMWRITE: 25, VMOFF: 26,
  VMON: 27, CR_ACCESS: 28, DR_ACCESS: 29, IO_INSTRUCTION: 30, MSR_READ: 31, MSR_WRITE: 32,
  INVALID_STATE: 33, MSR_LOAD_FAIL: 34, MWAIT_INSTRUCTION: 36, MONITOR_TRAP_FLAG: 37,
  MONITOR_INSTRUCTION: 39, PAUSE_INSTRUCTION: 40, MCE_DURING_VMENTRY: 41, TPR_BELOW_THRESHOLD: 43,
  APIC_ACCESS: 44, EOI_INDUCED: 45, GDTR_IDTR: 46, LDTR_TR: 47, EPT_VIOLATION: 48,
  EPT_MISCONFIG: 49, INVEPT: 50, RDTSCP: 51, PREEMPTION_TIMER: 52, INVVPID: 53, WBINVD: 54,
  XSETBV: 55, APIC_WRITE: 56, RDRAND: 57, INVPCID: 58, VMFUNC: 59, ENCLS: 60, RDSEED: 61,
  PML_FULL: 62, XSAVES: 63, XRSTORS: 64, UMWAIT: 67, TPAUSE: 68, BUS_LOCK: 74, NOTIFY: 75,
  TDCALL: 77,
};

/** Flags above bit 16 of a VMX exit reason, printed by __print_flags after the name. */
export const VMX_EXIT_REASON_FLAGS: Readonly<Record<string, number>> = {
  FAILED_VMENTRY: 0x80000000,
  SGX_ENCLAVE_MODE: 0x08000000,
};

const SVM_CODES: ReadonlyArray<readonly [number, string, string]> = [
  // [code, kernel TP_printk name (lower case), SVM_EXIT_ suffix (plugin prints EXIT_<suffix>)]
  [0x000, 'read_cr0', 'READ_CR0'], [0x002, 'read_cr2', 'READ_CR2'], [0x003, 'read_cr3', 'READ_CR3'],
  [0x004, 'read_cr4', 'READ_CR4'], [0x008, 'read_cr8', 'READ_CR8'], [0x010, 'write_cr0', 'WRITE_CR0'],
  [0x012, 'write_cr2', 'WRITE_CR2'], [0x013, 'write_cr3', 'WRITE_CR3'], [0x014, 'write_cr4', 'WRITE_CR4'],
  [0x018, 'write_cr8', 'WRITE_CR8'],
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => [0x020 + n, `read_dr${n}`, `READ_DR${n}`] as const),
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => [0x030 + n, `write_dr${n}`, `WRITE_DR${n}`] as const),
  [0x040, 'DE excp', 'EXCP_DE'], [0x041, 'DB excp', 'EXCP_DB'], [0x042, 'NMI excp', 'EXCP_NMI'],
  [0x043, 'BP excp', 'EXCP_BP'], [0x044, 'OF excp', 'EXCP_OF'], [0x045, 'BR excp', 'EXCP_BR'],
  [0x046, 'UD excp', 'EXCP_UD'], [0x047, 'NM excp', 'EXCP_NM'], [0x048, 'DF excp', 'EXCP_DF'],
  [0x04a, 'TS excp', 'EXCP_TS'], [0x04b, 'NP excp', 'EXCP_NP'], [0x04c, 'SS excp', 'EXCP_SS'],
  [0x04d, 'GP excp', 'EXCP_GP'], [0x04e, 'PF excp', 'EXCP_PF'], [0x050, 'MF excp', 'EXCP_MF'],
  [0x051, 'AC excp', 'EXCP_AC'], [0x052, 'MC excp', 'EXCP_MC'], [0x053, 'XF excp', 'EXCP_XF'],
  [0x060, 'interrupt', 'INTR'], [0x061, 'nmi', 'NMI'], [0x062, 'smi', 'SMI'], [0x063, 'init', 'INIT'],
  [0x064, 'vintr', 'VINTR'], [0x065, 'cr0_sel_write', 'CR0_SEL_WRITE'], [0x066, 'read_idtr', 'IDTR_READ'],
  [0x067, 'read_gdtr', 'GDTR_READ'], [0x068, 'read_ldtr', 'LDTR_READ'], [0x069, 'read_rt', 'TR_READ'],
  [0x06a, 'write_idtr', 'IDTR_WRITE'], [0x06b, 'write_gdtr', 'GDTR_WRITE'], [0x06c, 'write_ldtr', 'LDTR_WRITE'],
  [0x06d, 'write_rt', 'TR_WRITE'], [0x06e, 'rdtsc', 'RDTSC'], [0x06f, 'rdpmc', 'RDPMC'],
  [0x070, 'pushf', 'PUSHF'], [0x071, 'popf', 'POPF'], [0x072, 'cpuid', 'CPUID'], [0x073, 'rsm', 'RSM'],
  [0x074, 'iret', 'IRET'], [0x075, 'swint', 'SWINT'], [0x076, 'invd', 'INVD'], [0x077, 'pause', 'PAUSE'],
  [0x078, 'hlt', 'HLT'], [0x079, 'invlpg', 'INVLPG'], [0x07a, 'invlpga', 'INVLPGA'], [0x07b, 'io', 'IOIO'],
  [0x07c, 'msr', 'MSR'], [0x07d, 'task_switch', 'TASK_SWITCH'], [0x07e, 'ferr_freeze', 'FERR_FREEZE'],
  [0x07f, 'shutdown', 'SHUTDOWN'], [0x080, 'vmrun', 'VMRUN'], [0x081, 'hypercall', 'VMMCALL'],
  [0x082, 'vmload', 'VMLOAD'], [0x083, 'vmsave', 'VMSAVE'], [0x084, 'stgi', 'STGI'], [0x085, 'clgi', 'CLGI'],
  [0x086, 'skinit', 'SKINIT'], [0x087, 'rdtscp', 'RDTSCP'], [0x088, 'icebp', 'ICEBP'], [0x089, 'wbinvd', 'WBINVD'],
  [0x08a, 'monitor', 'MONITOR'], [0x08b, 'mwait', 'MWAIT'], [0x08c, 'mwait_cond', 'MWAIT_COND'],
  [0x08d, 'xsetbv', 'XSETBV'], [0x08e, 'rdpru', 'RDPRU'], [0x08f, 'write_efer_trap', 'EFER_WRITE_TRAP'],
  [0x090, 'write_cr0_trap', 'CR0_WRITE_TRAP'], [0x094, 'write_cr4_trap', 'CR4_WRITE_TRAP'],
  [0x098, 'write_cr8_trap', 'CR8_WRITE_TRAP'], [0x0a2, 'invpcid', 'INVPCID'], [0x0a5, 'buslock', 'BUS_LOCK'],
  [0x0a6, 'idle-halt', 'IDLE_HLT'], [0x400, 'npf', 'NPF'], [0x401, 'avic_incomplete_ipi', 'AVIC_INCOMPLETE_IPI'],
  [0x402, 'avic_unaccelerated_access', 'AVIC_UNACCELERATED_ACCESS'], [0x403, 'vmgexit', 'VMGEXIT'],
  [0x407, 'pml_full', 'PML_FULL'],
  [0x80000001, 'vmgexit_mmio_read', 'VMGEXIT_MMIO_READ'], [0x80000002, 'vmgexit_mmio_write', 'VMGEXIT_MMIO_WRITE'],
  [0x80000003, 'vmgexit_nmi_complete', 'VMGEXIT_NMI_COMPLETE'], [0x80000004, 'vmgexit_ap_hlt_loop', 'VMGEXIT_AP_HLT_LOOP'],
  [0x80000005, 'vmgexit_ap_jump_table', 'VMGEXIT_AP_JUMP_TABLE'],
  [0x80000010, 'vmgexit_page_state_change', 'VMGEXIT_PSC'], [0x80000011, 'vmgexit_guest_request', 'VMGEXIT_GUEST_REQUEST'],
  [0x80000012, 'vmgexit_ext_guest_request', 'VMGEXIT_EXT_GUEST_REQUEST'],
  [0x80000013, 'vmgexit_ap_creation', 'VMGEXIT_AP_CREATION'],
  [0x8000fffd, 'vmgexit_hypervisor_feature', 'VMGEXIT_HV_FEATURES'],
  [-1, 'invalid_guest_state', 'ERR'],
];

/** SVM exit codes by the kernel's lower-case TP_printk name ("npf", "DE excp", …). */
export const SVM_EXIT_REASONS_KERNEL: Readonly<Record<string, number>> =
  Object.fromEntries(SVM_CODES.map(([c, k]) => [k, c]));
/** SVM exit codes by libtraceevent's plugin name ("EXIT_NPF", …). */
export const SVM_EXIT_REASONS_PLUGIN: Readonly<Record<string, number>> =
  Object.fromEntries(SVM_CODES.map(([c, , p]) => [`EXIT_${p}`, c]));

/** `KVM_EXIT_*` values of include/uapi/linux/kvm.h. */
export const KVM_EXIT: Readonly<Record<string, number>> = {
  KVM_EXIT_UNKNOWN: 0, KVM_EXIT_EXCEPTION: 1, KVM_EXIT_IO: 2, KVM_EXIT_HYPERCALL: 3, KVM_EXIT_DEBUG: 4,
  KVM_EXIT_HLT: 5, KVM_EXIT_MMIO: 6, KVM_EXIT_IRQ_WINDOW_OPEN: 7, KVM_EXIT_SHUTDOWN: 8,
  KVM_EXIT_FAIL_ENTRY: 9, KVM_EXIT_INTR: 10, KVM_EXIT_SET_TPR: 11, KVM_EXIT_TPR_ACCESS: 12,
  KVM_EXIT_S390_SIEIC: 13, KVM_EXIT_S390_RESET: 14, KVM_EXIT_DCR: 15, KVM_EXIT_NMI: 16,
  KVM_EXIT_INTERNAL_ERROR: 17, KVM_EXIT_OSI: 18, KVM_EXIT_PAPR_HCALL: 19, KVM_EXIT_S390_UCONTROL: 20,
  KVM_EXIT_WATCHDOG: 21, KVM_EXIT_S390_TSCH: 22, KVM_EXIT_EPR: 23, KVM_EXIT_SYSTEM_EVENT: 24,
  KVM_EXIT_S390_STSI: 25, KVM_EXIT_IOAPIC_EOI: 26, KVM_EXIT_HYPERV: 27, KVM_EXIT_ARM_NISV: 28,
  KVM_EXIT_X86_RDMSR: 29, KVM_EXIT_X86_WRMSR: 30, KVM_EXIT_DIRTY_RING_FULL: 31, KVM_EXIT_AP_RESET_HOLD: 32,
  KVM_EXIT_X86_BUS_LOCK: 33, KVM_EXIT_XEN: 34, KVM_EXIT_RISCV_SBI: 35, KVM_EXIT_RISCV_CSR: 36,
  KVM_EXIT_NOTIFY: 37, KVM_EXIT_LOONGARCH_IOCSR: 38, KVM_EXIT_MEMORY_FAULT: 39, KVM_EXIT_TDX: 40,
};

/** APIC register offsets by the names kvm_apic prints (APIC_ID, APIC_EOI, …). */
export const APIC_REGS: Readonly<Record<string, number>> = {
  APIC_ID: 0x20, APIC_LVR: 0x30, APIC_TASKPRI: 0x80, APIC_ARBPRI: 0x90, APIC_PROCPRI: 0xa0,
  APIC_EOI: 0xb0, APIC_RRR: 0xc0, APIC_LDR: 0xd0, APIC_DFR: 0xe0, APIC_SPIV: 0xf0, APIC_ISR: 0x100,
  APIC_TMR: 0x180, APIC_IRR: 0x200, APIC_ESR: 0x280, APIC_ICR: 0x300, APIC_ICR2: 0x310,
  APIC_LVTT: 0x320, APIC_LVTTHMR: 0x330, APIC_LVTPC: 0x340, APIC_LVT0: 0x350, APIC_LVT1: 0x360,
  APIC_LVTERR: 0x370, APIC_TMICT: 0x380, APIC_TMCCT: 0x390, APIC_TDCR: 0x3e0, APIC_SELF_IPI: 0x3f0,
  APIC_EFEAT: 0x400, APIC_ECTRL: 0x410,
};

/** Exception vectors by kvm_trace_sym_exc name (#DE … #MC). */
export const EXCEPTION_VECTORS: Readonly<Record<string, number>> = {
  '#DE': 0, '#DB': 1, '#BP': 3, '#OF': 4, '#BR': 5, '#UD': 6, '#NM': 7, '#DF': 8, '#TS': 10,
  '#NP': 11, '#SS': 12, '#GP': 13, '#PF': 14, '#MF': 16, '#AC': 17, '#MC': 18,
};

/** The result of resolving a printed exit reason: the number, and which table it came from. */
export interface ResolvedReason {
  code: number | '';
  isa: number | '';
}

/**
 * Resolve kvm_exit's printed reason: VMX names (+ flags), kernel SVM names,
 * plugin `EXIT_*` names, plugin `UNKNOWN (N)`, or a bare hex/decimal number
 * (__print_symbolic's fallback). Unresolvable names give code ''.
 */
export function resolveExitReason(text: string): ResolvedReason {
  const svmK = SVM_EXIT_REASONS_KERNEL[text];
  if (svmK !== undefined) return { code: svmK, isa: KVM_ISA_SVM };
  const svmP = SVM_EXIT_REASONS_PLUGIN[text];
  if (svmP !== undefined) return { code: svmP, isa: KVM_ISA_SVM };
  const parts = text.split(' ');
  const vmx = VMX_EXIT_REASONS[parts[0]!];
  if (vmx !== undefined) {
    let code = vmx;
    for (let k = 1; k < parts.length; k++) {
      const f = VMX_EXIT_REASON_FLAGS[parts[k]!];
      if (f === undefined) return { code: '', isa: '' };
      code = (code | f) >>> 0;
    }
    return { code, isa: KVM_ISA_VMX };
  }
  const unk = /^UNKNOWN \((\d+)\)$/.exec(text);
  if (unk) return { code: Number(unk[1]), isa: '' };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { code: Number.parseInt(text.slice(2), 16), isa: '' };
  if (/^\d+$/.test(text)) return { code: Number(text), isa: '' };
  return { code: '', isa: '' };
}
