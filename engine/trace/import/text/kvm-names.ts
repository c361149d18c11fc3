/**
 * Symbols the kernel and libtraceevent print instead of numbers, turned back
 * into numbers for the text importers. Exit reasons and `KVM_EXIT_*` come from
 * the single source engine/trace/exit-reasons.ts; only the tables that exist
 * nowhere else live here: APIC register names (arch/x86/kvm/trace.h
 * `kvm_trace_symbol_apic`) and exception vector names (`kvm_trace_sym_exc`).
 */
import { KVM_ISA_SVM, KVM_ISA_VMX, exitReasonCode, guessIsa, kvmExitNames } from '../../exit-reasons.ts';

export { KVM_ISA_SVM, KVM_ISA_VMX };

/**
 * `KVM_EXIT_*` values of include/uapi/linux/kvm.h by name (upstream numbering;
 * strace and tracepoints print upstream names).
 */
export const KVM_EXIT: Readonly<Record<string, number>> =
  Object.fromEntries([...kvmExitNames('upstream')].map(([code, name]) => [name, code]));

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

/** The result of resolving a printed exit reason: the number, and the `isa` it implies (1 VMX, 2 SVM, '' unknown). */
export interface ResolvedReason {
  code: number | '';
  isa: number | '';
}

// __print_flags after the VMX basic reason name (kvm_print_exit_reason)
const VMX_FLAGS: Readonly<Record<string, number>> = { FAILED_VMENTRY: 0x80000000, SGX_ENCLAVE_MODE: 0x08000000 };
const resolved = new Map<string, ResolvedReason>();

/**
 * Resolve kvm_exit's printed reason: VMX names (+ flags), kernel SVM names,
 * plugin `EXIT_*` names, plugin `UNKNOWN (N)`, or a bare hex/decimal number
 * (__print_symbolic's fallback). Unresolvable names give code ''.
 * Cached: a trace has few distinct reasons and this runs once per kvm_exit.
 */
export function resolveExitReason(text: string): ResolvedReason {
  let r = resolved.get(text);
  if (r === undefined) {
    r = resolveUncached(text);
    if (resolved.size < 4096) resolved.set(text, r);
  }
  return r;
}

function resolveUncached(text: string): ResolvedReason {
  const isa = guessIsa(text);
  if (isa === 'svm') {
    const c = exitReasonCode(text, 'svm');
    if (c) return { code: c.code, isa: KVM_ISA_SVM };
  }
  const parts = text.split(' ');
  if (guessIsa(parts[0]!) === 'vmx') {
    let code = exitReasonCode(parts[0]!, 'vmx')!.code;
    for (let k = 1; k < parts.length; k++) {
      const f = VMX_FLAGS[parts[k]!];
      if (f === undefined) return { code: '', isa: '' };
      code = (code | f) >>> 0;
    }
    return { code, isa: KVM_ISA_VMX };
  }
  // "UNKNOWN (1027)", "0x403", "48": the number without an ISA
  if (/^(?:UNKNOWN \(\d+\)|0x[0-9a-fA-F]+|\d+)$/.test(text)) {
    const c = exitReasonCode(text);
    if (c) return { code: c.code, isa: '' };
  }
  return { code: '', isa: '' };
}
