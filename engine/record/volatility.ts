/**
 * Values that legitimately differ from run to run and are therefore never compared
 * (FORMAT.md §6 "What is expected to differ"): time stamps, host addresses (never
 * compared anyway: the replayer uses them as keys), and TSC values.
 *
 * TSC values reach the log in two ways:
 *  - `KVM_GET_MSRS` of MSR_IA32_TSC (0x10): the entry's `data`;
 *  - a guest RDMSR of IA32_TSC: the lab's MSR probe (vmm/msr.c) loads ECX with the index
 *    through KVM_SET_REGS, runs `rdmsr; out 0xF0, al`, so EDX:EAX and the OUT byte hold
 *    TSC bits. While the last KVM_SET_REGS of a vCPU had RCX = 0x10, its GET_REGS
 *    rax/rdx and its exits' io.data are not compared. (A WRMSR probe of the TSC is
 *    caught by the same rule; it only loses comparisons of values the VMM itself set.)
 */
import type { SkipPath } from './compare.ts';
import { toU64 } from './hex.ts';

export const MSR_IA32_TSC = 0x10n;

/** Skip rule for the `out` of a KVM_GET_MSRS: the data of every IA32_TSC entry. */
export function getMsrsSkip(expectedOut: Record<string, unknown> | undefined): SkipPath | undefined {
  const entries = expectedOut?.['entries'];
  if (!Array.isArray(entries)) return undefined;
  const tsc = new Set<string>();
  entries.forEach((e, i) => {
    if (typeof e === 'object' && e !== null && toU64((e as Record<string, unknown>)['index']) === MSR_IA32_TSC) tsc.add(`out.entries[${i}].data`);
  });
  return tsc.size ? (path) => tsc.has(path) : undefined;
}

/** True when a KVM_SET_REGS struct loads RCX with MSR_IA32_TSC (the probe convention above). */
export function setRegsProbesTsc(arg: Record<string, unknown> | null): boolean {
  return arg !== null && toU64(arg['rcx']) === MSR_IA32_TSC;
}

/** Skip rule for registers / exit data of a vCPU whose guest just read the TSC. */
export const tscTaintSkip: SkipPath = (path) =>
  path === 'out.rax' || path === 'out.rdx' || path === 'exit.io.data';
