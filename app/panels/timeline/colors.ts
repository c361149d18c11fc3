/**
 * Timeline colours: vCPU run states (fixed), event types and exit reasons (a fixed
 * high-contrast palette on the dark theme, chosen by a stable hash of the name so the same
 * exit reason has the same colour in every trace and in the stats table).
 */

/** STATE_* of engine/trace/store (0 unknown, 1 guest, 2 KVM, 3 VMM). */
export const STATE_COLORS = ['', '#3fcf6b', '#f2b33d', '#b88cff'] as const;
// 'in KVM': exit handling when the trace has kvm_entry; the whole KVM_RUN when it has none (PVM hosts, strace)
export const STATE_NAMES = ['unknown', 'in guest', 'in KVM', 'in VMM (userspace exit)'] as const;

// Distinct on #0d1117, readable on a projector; no greens/ambers/violets of the states.
const PALETTE = ['#58c4ff', '#ff7b72', '#ffd15c', '#39d0c5', '#ff9bd2', '#a5d6ff', '#ffa657', '#7ee787', '#d2a8ff', '#f778ba', '#79c0ff', '#e3b341'];

/** Known names get fixed slots so the common exits never share a colour. */
const FIXED: Record<string, number> = {
  kvm_exit: 1, kvm_entry: 7, kvm_userspace_exit: 8, kvm_pio: 0, kvm_mmio: 3, kvm_msr: 4, kvm_fpu: 5, kvm_emulate_insn: 6,
  EXTERNAL_INTERRUPT: 0, HLT: 5, IO_INSTRUCTION: 1, EPT_VIOLATION: 3, EPT_MISCONFIG: 4, MSR_WRITE: 2, MSR_READ: 10,
  CPUID: 6, PREEMPTION_TIMER: 9, PAUSE_INSTRUCTION: 11, VMCALL: 8,
};

/** Colour of an event type or exit-reason name. */
export function colorOf(name: string): string {
  const f = FIXED[name];
  if (f !== undefined) return PALETTE[f]!;
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return PALETTE[(h >>> 0) % PALETTE.length]!;
}
