/**
 * Assemble-and-run for bare programs: the shared path of `planescope run`, the
 * app's editor and the benchmarks. Source → assembler → BareVmm on a fresh Kvm
 * with the guest CPU.
 */
import { assemble, type AsmResult } from '../asm/index.ts';
import { createGuestCpu } from '../cpu/index.ts';
import type { Backend } from '../cpu/types.ts';
import { Kvm } from '../kvm/index.ts';
import { BareVmm } from './bare.ts';

export interface LoadedProgram { asm: AsmResult; kvm: Kvm; vmm: BareVmm }

/** Assemble `source` and set up a VM for it; null `vmm` fields when the source has errors. */
export function loadProgram(source: string, opts: { backend?: Backend } = {}): LoadedProgram | { asm: AsmResult; kvm: null; vmm: null } {
  const asm = assemble(source);
  if (!asm.ok) return { asm, kvm: null, vmm: null };
  const kvm = new Kvm({ cpuFactory: createGuestCpu, backend: opts.backend ?? 'hardware' });
  const vmm = new BareVmm(kvm, { bytes: asm.bytes, origin: asm.origin, bits: asm.bits as 16 | 32 | 64 });
  return { asm, kvm, vmm };
}
