/**
 * Exit-reason tables: VMX basic exit reasons (arch/x86/include/uapi/asm/vmx.h),
 * SVM exit codes incl. AVIC, VMGEXIT and the SEV-ES/SNP software exit codes
 * (arch/x86/include/uapi/asm/svm.h, GHCB spec), arm64 exception classes
 * (ESR_ELx_EC_* in arch/arm64/include/asm/esr.h) and KVM_EXIT_* (include/uapi/
 * linux/kvm.h) for every planes profile. A documented code always has a name;
 * names from libtraceevent's kvm plugin (VMX bare, SVM `EXIT_…`), the
 * kernel's own tables (SVM lower-case) and the C constants all map back to
 * the same code.
 */
import { KVM_EXIT } from '../kvm/uapi/exits.ts';
import { PLANES_PROFILES } from '../kvm/uapi/profiles.ts';

export type ExitIsa = 'vmx' | 'svm' | 'arm64';

/** One documented code: display name (the kernel's trace name) and every alias seen in traces. */
export interface ExitReasonInfo { code: number; name: string; aliases: readonly string[] }

/** KVM_ISA_VMX / KVM_ISA_SVM as the x86 kvm_exit event's `isa` field carries them. */
export const KVM_ISA_VMX = 1;
export const KVM_ISA_SVM = 2;

export const VMX_EXIT_REASONS_FAILED_VMENTRY = 0x80000000;
export const VMX_EXIT_REASONS_SGX_ENCLAVE_MODE = 0x08000000;

// [code, kernel VMX_EXIT_REASONS string, ...older or plugin aliases]
const VMX: [number, string, ...string[]][] = [
  [0, 'EXCEPTION_NMI'], [1, 'EXTERNAL_INTERRUPT'], [2, 'TRIPLE_FAULT'], [3, 'INIT_SIGNAL'], [4, 'SIPI_SIGNAL'],
  [5, 'IO_SMI'], [6, 'OTHER_SMI'], [7, 'INTERRUPT_WINDOW', 'PENDING_INTERRUPT'], [8, 'NMI_WINDOW'], [9, 'TASK_SWITCH'],
  [10, 'CPUID'], [11, 'GETSEC'], [12, 'HLT'], [13, 'INVD'], [14, 'INVLPG'], [15, 'RDPMC'], [16, 'RDTSC'], [17, 'RSM'],
  [18, 'VMCALL'], [19, 'VMCLEAR'], [20, 'VMLAUNCH'], [21, 'VMPTRLD'], [22, 'VMPTRST'], [23, 'VMREAD'],
  [24, 'VMRESUME'], [25, 'VMWRITE'], [26, 'VMOFF'], [27, 'VMON'], [28, 'CR_ACCESS'], [29, 'DR_ACCESS'],
  [30, 'IO_INSTRUCTION'], [31, 'MSR_READ'], [32, 'MSR_WRITE'], [33, 'INVALID_STATE'], [34, 'MSR_LOAD_FAIL'],
  [36, 'MWAIT_INSTRUCTION'], [37, 'MONITOR_TRAP_FLAG'], [39, 'MONITOR_INSTRUCTION'], [40, 'PAUSE_INSTRUCTION'],
  [41, 'MCE_DURING_VMENTRY'], [43, 'TPR_BELOW_THRESHOLD'], [44, 'APIC_ACCESS'], [45, 'EOI_INDUCED'],
  [46, 'GDTR_IDTR'], [47, 'LDTR_TR'], [48, 'EPT_VIOLATION'], [49, 'EPT_MISCONFIG'], [50, 'INVEPT'], [51, 'RDTSCP'],
  [52, 'PREEMPTION_TIMER'], [53, 'INVVPID'], [54, 'WBINVD'], [55, 'XSETBV'], [56, 'APIC_WRITE'], [57, 'RDRAND'],
  [58, 'INVPCID'], [59, 'VMFUNC'], [60, 'ENCLS'], [61, 'RDSEED'], [62, 'PML_FULL'], [63, 'XSAVES'], [64, 'XRSTORS'],
  [65, 'PCONFIG'], [66, 'SPP'], [67, 'UMWAIT'], [68, 'TPAUSE'], [69, 'LOADIWKEY'], [70, 'ENCLV'], [72, 'ENQCMD_PASID'],
  [73, 'ENQCMDS_PASID'], [74, 'BUS_LOCK'], [75, 'NOTIFY'], [76, 'SEAMCALL'], [77, 'TDCALL'], [78, 'RDMSRLIST'],
  [79, 'WRMSRLIST'], [84, 'MSR_READ_IMM'], [85, 'MSR_WRITE_IMM'],
];

/** Exception vectors as the kernel names SVM exception intercepts ("PF excp"). */
const VECTORS = ['DE', 'DB', 'NMI', 'BP', 'OF', 'BR', 'UD', 'NM', 'DF', 'CSO', 'TS', 'NP', 'SS', 'GP', 'PF', '', 'MF', 'AC', 'MC', 'XF', 'VE', 'CP', '', '', '', '', '', '', 'HV', 'VC', 'SX', ''];

// [code, kernel SVM_EXIT_REASONS string, SVM_EXIT_ constant suffix, ...aliases]
const SVM_BASE: [number, string, string, ...string[]][] = [
  [0x000, 'read_cr0', 'READ_CR0'], [0x002, 'read_cr2', 'READ_CR2'], [0x003, 'read_cr3', 'READ_CR3'], [0x004, 'read_cr4', 'READ_CR4'],
  [0x008, 'read_cr8', 'READ_CR8'], [0x010, 'write_cr0', 'WRITE_CR0'], [0x012, 'write_cr2', 'WRITE_CR2'], [0x013, 'write_cr3', 'WRITE_CR3'],
  [0x014, 'write_cr4', 'WRITE_CR4'], [0x018, 'write_cr8', 'WRITE_CR8'],
  [0x060, 'interrupt', 'INTR'], [0x061, 'nmi', 'NMI'], [0x062, 'smi', 'SMI'], [0x063, 'init', 'INIT'], [0x064, 'vintr', 'VINTR'],
  [0x065, 'cr0_sel_write', 'CR0_SEL_WRITE'], [0x066, 'read_idtr', 'IDTR_READ'], [0x067, 'read_gdtr', 'GDTR_READ'],
  [0x068, 'read_ldtr', 'LDTR_READ'], [0x069, 'read_rt', 'TR_READ'], [0x06a, 'write_idtr', 'IDTR_WRITE'], [0x06b, 'write_gdtr', 'GDTR_WRITE'],
  [0x06c, 'write_ldtr', 'LDTR_WRITE'], [0x06d, 'write_rt', 'TR_WRITE'], [0x06e, 'rdtsc', 'RDTSC'], [0x06f, 'rdpmc', 'RDPMC'],
  [0x070, 'pushf', 'PUSHF'], [0x071, 'popf', 'POPF'], [0x072, 'cpuid', 'CPUID'], [0x073, 'rsm', 'RSM'], [0x074, 'iret', 'IRET'],
  [0x075, 'swint', 'SWINT'], [0x076, 'invd', 'INVD'], [0x077, 'pause', 'PAUSE'], [0x078, 'hlt', 'HLT'], [0x079, 'invlpg', 'INVLPG'],
  [0x07a, 'invlpga', 'INVLPGA'], [0x07b, 'io', 'IOIO'], [0x07c, 'msr', 'MSR'], [0x07d, 'task_switch', 'TASK_SWITCH'],
  [0x07e, 'ferr_freeze', 'FERR_FREEZE'], [0x07f, 'shutdown', 'SHUTDOWN'], [0x080, 'vmrun', 'VMRUN'], [0x081, 'hypercall', 'VMMCALL'],
  [0x082, 'vmload', 'VMLOAD'], [0x083, 'vmsave', 'VMSAVE'], [0x084, 'stgi', 'STGI'], [0x085, 'clgi', 'CLGI'], [0x086, 'skinit', 'SKINIT'],
  [0x087, 'rdtscp', 'RDTSCP'], [0x088, 'icebp', 'ICEBP'], [0x089, 'wbinvd', 'WBINVD'], [0x08a, 'monitor', 'MONITOR'],
  [0x08b, 'mwait', 'MWAIT'], [0x08c, 'mwait_cond', 'MWAIT_COND'], [0x08d, 'xsetbv', 'XSETBV'], [0x08e, 'rdpru', 'RDPRU'],
  [0x08f, 'write_efer_trap', 'EFER_WRITE_TRAP'],
  [0x0a0, 'invlpgb', 'INVLPGB'], [0x0a1, 'invlpgb_illegal', 'INVLPGB_ILLEGAL'], [0x0a2, 'invpcid', 'INVPCID'],
  [0x0a3, 'mcommit', 'MCOMMIT'], [0x0a4, 'tlbsync', 'TLBSYNC'], [0x0a5, 'buslock', 'BUS_LOCK'], [0x0a6, 'idle-halt', 'IDLE_HLT'],
  [0x400, 'npf', 'NPF'], [0x401, 'avic_incomplete_ipi', 'AVIC_INCOMPLETE_IPI'],
  [0x402, 'avic_unaccelerated_access', 'AVIC_UNACCELERATED_ACCESS'], [0x403, 'vmgexit', 'VMGEXIT'],
  [0xf0000000, 'vmgexit_sw', 'SW'],
  [0xffffffff, 'invalid_guest_state', 'ERR'],
];

/** SEV-ES/SNP software-defined VMGEXIT exit codes (GHCB exit_code; SVM_VMGEXIT_* in svm.h). */
const VMGEXIT: [number, string, string][] = [
  [0x80000001, 'vmgexit_mmio_read', 'MMIO_READ'], [0x80000002, 'vmgexit_mmio_write', 'MMIO_WRITE'],
  [0x80000003, 'vmgexit_nmi_complete', 'NMI_COMPLETE'], [0x80000004, 'vmgexit_ap_hlt_loop', 'AP_HLT_LOOP'],
  [0x80000005, 'vmgexit_ap_jump_table', 'AP_JUMP_TABLE'], [0x80000010, 'vmgexit_page_state_change', 'PSC'],
  [0x80000011, 'vmgexit_guest_request', 'GUEST_REQUEST'], [0x80000012, 'vmgexit_ext_guest_request', 'EXT_GUEST_REQUEST'],
  [0x80000013, 'vmgexit_ap_creation', 'AP_CREATION'], [0x80000014, 'vmgexit_hv_doorbell_page', 'HV_DOORBELL_PAGE'],
  [0x80000015, 'vmgexit_hv_ipi', 'HV_IPI'], [0x80000016, 'vmgexit_hv_timer', 'HV_TIMER'],
  [0x80000017, 'vmgexit_get_apic_ids', 'GET_APIC_IDS'], [0x80000018, 'vmgexit_snp_run_vmpl', 'SNP_RUN_VMPL'],
  [0x8000001a, 'vmgexit_savic', 'SAVIC'], [0x80000020, 'vmgexit_sev_tio_guest_request', 'SEV_TIO_GUEST_REQUEST'],
  [0x8000fffd, 'vmgexit_hypervisor_feature', 'HV_FEATURES'], [0x8000fffe, 'vmgexit_terminate', 'TERM_REQUEST'],
  [0x8000ffff, 'vmgexit_unsupported_event', 'UNSUPPORTED_EVENT'],
];

// [code, ESR_ELx_EC_ suffix]
const ARM64_EC: [number, string][] = [
  [0x00, 'UNKNOWN'], [0x01, 'WFx'], [0x03, 'CP15_32'], [0x04, 'CP15_64'], [0x05, 'CP14_MR'], [0x06, 'CP14_LS'],
  [0x07, 'FP_ASIMD'], [0x08, 'CP10_ID'], [0x09, 'PAC'], [0x0a, 'OTHER'], [0x0c, 'CP14_64'], [0x0d, 'BTI'], [0x0e, 'ILL'],
  [0x11, 'SVC32'], [0x12, 'HVC32'], [0x13, 'SMC32'], [0x15, 'SVC64'], [0x16, 'HVC64'], [0x17, 'SMC64'], [0x18, 'SYS64'],
  [0x19, 'SVE'], [0x1a, 'ERET'], [0x1c, 'FPAC'], [0x1d, 'SME'], [0x1f, 'IMP_DEF'], [0x20, 'IABT_LOW'], [0x21, 'IABT_CUR'],
  [0x22, 'PC_ALIGN'], [0x24, 'DABT_LOW'], [0x25, 'DABT_CUR'], [0x26, 'SP_ALIGN'], [0x27, 'MOPS'], [0x28, 'FP_EXC32'],
  [0x2c, 'FP_EXC64'], [0x2d, 'GCS'], [0x2f, 'SERROR'], [0x30, 'BREAKPT_LOW'], [0x31, 'BREAKPT_CUR'], [0x32, 'SOFTSTP_LOW'],
  [0x33, 'SOFTSTP_CUR'], [0x34, 'WATCHPT_LOW'], [0x35, 'WATCHPT_CUR'], [0x38, 'BKPT32'], [0x3a, 'VECTOR32'], [0x3c, 'BRK64'],
];

function build(rows: [number, string, ...string[]][]): Map<number, ExitReasonInfo> {
  return new Map(rows.map(([code, name, ...aliases]) => [code, { code, name, aliases }]));
}

const VMX_TABLE = build(VMX.map(([c, n, ...a]) => [c, n, `EXIT_REASON_${n}`, ...a, ...a.map((x) => `EXIT_REASON_${x}`)]));
const SVM_TABLE = build([
  ...SVM_BASE.map(([c, n, k, ...a]): [number, string, ...string[]] => [c, n, `EXIT_${k}`, `SVM_EXIT_${k}`, ...a]),
  ...Array.from({ length: 32 }, (_, v): [number, string, ...string[]] => {
    const vec = VECTORS[v] || String(v);
    return [0x40 + v, `${vec} excp`, `EXIT_EXCP_${vec}`, `SVM_EXIT_EXCP_BASE+${v}`];
  }),
  ...Array.from({ length: 16 }, (_, n): [number, string, ...string[]] => [0x20 + n, `read_dr${n}`, `EXIT_READ_DR${n}`, `SVM_EXIT_READ_DR${n}`]),
  ...Array.from({ length: 16 }, (_, n): [number, string, ...string[]] => [0x30 + n, `write_dr${n}`, `EXIT_WRITE_DR${n}`, `SVM_EXIT_WRITE_DR${n}`]),
  ...Array.from({ length: 16 }, (_, n): [number, string, ...string[]] => [0x90 + n, `write_cr${n}_trap`, `EXIT_CR${n}_WRITE_TRAP`, `SVM_EXIT_CR${n}_WRITE_TRAP`]),
  ...VMGEXIT.map(([c, n, k]): [number, string, ...string[]] => [c, n, `EXIT_VMGEXIT_${k}`, `SVM_VMGEXIT_${k}`]),
]);
const ARM64_TABLE = build(ARM64_EC.map(([c, n]) => [c, n, `ESR_ELx_EC_${n}`]));
const VMGEXIT_TABLE = build(VMGEXIT.map(([c, n, k]) => [c, n, `SVM_VMGEXIT_${k}`]));

const TABLES: Record<ExitIsa, Map<number, ExitReasonInfo>> = { vmx: VMX_TABLE, svm: SVM_TABLE, arm64: ARM64_TABLE };

/** All documented codes of one architecture. */
export function exitReasons(isa: ExitIsa): readonly ExitReasonInfo[] {
  return [...TABLES[isa].values()].sort((a, b) => a.code - b.code);
}

const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

/**
 * Display name of an exit code. VMX codes are full exit reasons: the basic
 * reason is bits 0..15, bit 31 = failed VM entry, bit 27 = SGX enclave mode.
 * Undocumented codes show as "UNDOCUMENTED(0x…)" with their number, never a bare UNKNOWN.
 */
export function exitReasonName(isa: ExitIsa, code: number): string {
  code >>>= 0;
  if (isa === 'vmx') {
    const basic = code & 0xffff;
    const info = VMX_TABLE.get(basic);
    let s = info ? info.name : `UNDOCUMENTED(${basic})`;
    if (code & VMX_EXIT_REASONS_FAILED_VMENTRY) s += '|FAILED_VMENTRY';
    if (code & VMX_EXIT_REASONS_SGX_ENCLAVE_MODE) s += '|SGX_ENCLAVE_MODE';
    return s;
  }
  const info = TABLES[isa].get(code);
  return info ? info.name : `UNDOCUMENTED(${hex(code)})`;
}

/** Name of a SEV-ES/SNP VMGEXIT software exit code (kvm_vmgexit_enter/exit's exit_reason). */
export function vmgexitName(code: number): string {
  const info = VMGEXIT_TABLE.get(code >>> 0) ?? SVM_TABLE.get(code >>> 0);
  return info ? info.name : `UNDOCUMENTED(${hex(code)})`;
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ');
const BY_NAME: Record<ExitIsa, Map<string, number>> = { vmx: new Map(), svm: new Map(), arm64: new Map() };
for (const isa of ['vmx', 'svm', 'arm64'] as const) {
  for (const info of TABLES[isa].values()) {
    for (const n of [info.name, ...info.aliases]) {
      const k = norm(n);
      if (!BY_NAME[isa].has(k)) BY_NAME[isa].set(k, info.code);
      if (!BY_NAME[isa].has(k.toUpperCase())) BY_NAME[isa].set(k.toUpperCase(), info.code);
    }
  }
}

/**
 * The architecture a textual exit reason belongs to: SVM plugin names start
 * with "EXIT_", the kernel's SVM names are lower-case, VMX names are upper-case.
 */
export function guessIsa(name: string): ExitIsa | undefined {
  const n = norm(name);
  if (/^EXIT_REASON_/.test(n)) return 'vmx';
  if (/^(SVM_)?EXIT_/.test(n) || /^SVM_VMGEXIT_/.test(n)) return 'svm';
  if (BY_NAME.svm.has(n) && n !== n.toUpperCase()) return 'svm';
  if (BY_NAME.vmx.has(n)) return 'vmx';
  if (BY_NAME.arm64.has(n)) return 'arm64';
  if (BY_NAME.svm.has(n)) return 'svm';
  return undefined;
}

/**
 * Code of a textual exit reason in any spelling seen in traces: kernel names
 * ("IO_INSTRUCTION", "npf", "PF excp"), plugin names ("EXIT_NPF"), C
 * constants ("EXIT_REASON_HLT", "SVM_EXIT_MSR", "ESR_ELx_EC_DABT_LOW"), and
 * "UNKNOWN (1027)" / "UNDOCUMENTED(0x403)" / plain numbers.
 */
export function exitReasonCode(name: string, isa?: ExitIsa): { isa: ExitIsa | undefined; code: number } | undefined {
  const n = norm(name);
  const num = /^(?:UNKNOWN|UNDOCUMENTED)\s*\(\s*(0x[0-9a-f]+|\d+)\s*\)$/i.exec(n) ?? /^(0x[0-9a-f]+|\d+)$/i.exec(n);
  if (num) return { isa, code: Number(num[1]) >>> 0 };
  const which = isa ?? guessIsa(n);
  if (!which) return undefined;
  const code = BY_NAME[which].get(n) ?? BY_NAME[which].get(n.toUpperCase());
  return code === undefined ? undefined : { isa: which, code };
}

/** The KVM planes API generations (see spec/planes.md): where KVM_EXIT_PLANE_EVENT lives. */
export type PlanesProfile = 'upstream' | 'R25' | 'B617' | 'S26';

/** The uAPI's own table (engine/kvm/uapi, import-free constants): one source for every KVM_EXIT_* name. */
const KVM_EXIT_UPSTREAM: ReadonlyMap<number, string> = new Map(Object.entries(KVM_EXIT).map(([n, v]) => [v, n]));
const EXIT_NAMES_BY_PROFILE = new Map<PlanesProfile, ReadonlyMap<number, string>>();

/** KVM_EXIT_* names by value for a planes profile (0–44; PLANE_EVENT is 40 in R25, 41 in B617, 44 in S26). Cached. */
export function kvmExitNames(profile: PlanesProfile = 'S26'): ReadonlyMap<number, string> {
  const hit = EXIT_NAMES_BY_PROFILE.get(profile);
  if (hit) return hit;
  const m = new Map(KVM_EXIT_UPSTREAM);
  if (profile !== 'upstream') {
    // R25 and B617 predate ARM_SEA/LDST64B/SNP_REQ_CERTS; R25 moved TDX to 41.
    if (profile !== 'S26') { m.delete(42); m.delete(43); }
    if (profile === 'R25') m.set(41, 'KVM_EXIT_TDX');
    m.set(PLANES_PROFILES[PROFILE_ID[profile]].KVM_EXIT_PLANE_EVENT, 'KVM_EXIT_PLANE_EVENT');
  }
  EXIT_NAMES_BY_PROFILE.set(profile, m);
  return m;
}

const PROFILE_ID = { R25: 'r25', B617: 'b617', S26: 's26' } as const;

/** Name of a KVM_EXIT_* value ("KVM_EXIT_UNDOCUMENTED(99)" if none). */
export function kvmExitName(code: number, profile: PlanesProfile = 'S26'): string {
  return kvmExitNames(profile).get(code) ?? `KVM_EXIT_UNDOCUMENTED(${code})`;
}

/** Value of "KVM_EXIT_IO" / "IO" in a profile. */
export function kvmExitCode(name: string, profile: PlanesProfile = 'S26'): number | undefined {
  const want = name.trim().toUpperCase().replace(/^(KVM_EXIT_)?/, 'KVM_EXIT_');
  for (const [code, n] of kvmExitNames(profile)) if (n === want) return code;
  return undefined;
}
