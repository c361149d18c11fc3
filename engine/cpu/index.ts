/**
 * Guest x86 execution for the KVM model. engine/kvm passes `createGuestCpu`
 * as KvmOptions.cpuFactory; everything else in this folder is internal.
 */
import type { Backend, GuestCpu } from './types.ts';
import { X86Cpu } from './cpu.ts';

/** A fresh vCPU (reset state) executing with the given backend's semantics. */
export function createGuestCpu(backend: Backend): GuestCpu {
  return new X86Cpu(backend);
}

export { X86Cpu } from './cpu.ts';
export type { Backend, CpuExit, GuestCpu, GuestEnv, GuestDebug, MsrOutcome } from './types.ts';
