/**
 * Which fields become the store's two hot numeric columns, so timelines and
 * statistics never decode payloads: arg0 = the event's "reason-like" value
 * (exit reason, userspace exit reason, port, MSR…), arg1 = the vCPU id.
 */

import type { FieldValue } from '../types.ts';

/** arg0 field candidates per event name (first present wins). */
const ARG0: Record<string, readonly string[]> = {
  kvm_exit: ['exit_reason', 'esr_ec'],
  kvm_nested_vmexit: ['exit_code', 'exit_reason'],
  kvm_nested_vmexit_inject: ['exit_code', 'exit_reason'],
  kvm_vmgexit_enter: ['exit_reason'],
  kvm_vmgexit_exit: ['exit_reason'],
  kvm_userspace_exit: ['reason'],
  kvm_run_exit: ['reason'], // QEMU -trace: kvm_run->exit_reason
  kvm_pio: ['port'],
  kvm_msr: ['ecx'],
  kvm_hypercall: ['nr'],
  kvm_hv_hypercall: ['code'],
  kvm_fpu: ['load'],
  kvm_inj_virq: ['vector', 'irq'],
  kvm_inj_exception: ['exception'],
  kvm_set_irq: ['gsi'],
  kvm_mmio: ['type'],
  kvm_cpuid: ['function'],
};

/** arg1 (vCPU id) field names, in preference order. */
const ARG1 = ['vcpu_id', 'vcpu'] as const;

/** Indexes in `fieldNames` of the arg0 and arg1 fields of event `name` (-1 = none). */
export function hotFieldsFor(name: string, fieldNames: readonly string[]): [number, number] {
  let a0 = -1;
  for (const c of ARG0[name] ?? []) {
    const i = fieldNames.indexOf(c);
    if (i >= 0) { a0 = i; break; }
  }
  let a1 = -1;
  for (const c of ARG1) {
    const i = fieldNames.indexOf(c);
    if (i >= 0) { a1 = i; break; }
  }
  return [a0, a1];
}

/**
 * Numeric value of a field for the hot columns: numbers as is, bigints
 * truncated to 32 bits, decimal/hex strings parsed; anything else NaN.
 */
export function hotNumber(v: FieldValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(BigInt.asUintN(32, v));
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^-?(0x[0-9a-f]+|\d+)$/i.test(t)) return Number(t.startsWith('-') ? -Number(t.slice(1)) : Number(t));
  }
  return Number.NaN;
}
