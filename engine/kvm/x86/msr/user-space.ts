/**
 * KVM_CAP_X86_USER_SPACE_MSR: which failed guest MSR accesses become
 * KVM_EXIT_X86_RDMSR/WRMSR instead of #GP (kvm_msr_user_space(),
 * kvm_msr_reason(), emulator_{get,set}_msr_with_filter() in arch/x86/kvm/x86.c).
 *
 * Decision order (measured in lab msr.truth.json and as in the source):
 *   1. the MSR filter (kvm_msr_allowed) -> denied = KVM_MSR_RET_FILTERED,
 *      before any validity check;
 *   2. the in-kernel access -> 0 ok, 1 invalid (INVAL), 2 unsupported (UNKNOWN);
 *   3. a failure exits to user space iff its reason bit is in the VM's mask,
 *      else #GP.
 */
import type { MsrOutcome } from '../../../cpu/types.ts';
import { EINVAL } from '../../uapi/errno.ts';
import {
  KVM_EXIT_X86_RDMSR, KVM_EXIT_X86_WRMSR, KVM_MSR_EXIT_REASON_FILTER, KVM_MSR_EXIT_REASON_INVAL,
  KVM_MSR_EXIT_REASON_UNKNOWN, KVM_MSR_EXIT_REASON_VALID_MASK, KVM_MSR_RET_FILTERED,
  KVM_MSR_RET_UNSUPPORTED, type MsrRet,
} from './constants.ts';

/**
 * KVM_ENABLE_CAP(KVM_CAP_X86_USER_SPACE_MSR, args[0] = mask) on a VM fd:
 * returns 0 (the new mask may be stored) or EINVAL for bits outside
 * INVAL|UNKNOWN|FILTER. (kvm-core checks `flags` and the fd type first.)
 */
export function validateUserSpaceMsrMask(mask: bigint | number): number {
  const m = BigInt(mask);
  return (m & ~BigInt(KVM_MSR_EXIT_REASON_VALID_MASK)) !== 0n ? EINVAL : 0;
}

/** kvm_msr_reason(): exit reason for a failed access code. */
export function msrExitReason(r: MsrRet): number {
  switch (r) {
    case KVM_MSR_RET_UNSUPPORTED: return KVM_MSR_EXIT_REASON_UNKNOWN;
    case KVM_MSR_RET_FILTERED: return KVM_MSR_EXIT_REASON_FILTER;
    default: return KVM_MSR_EXIT_REASON_INVAL;
  }
}

/**
 * Turn the result of a guest RDMSR/WRMSR inside KVM into the outcome the CPU
 * sees: `ok` (value for RDMSR), `exit` (KVM_EXIT_X86_RDMSR/WRMSR with
 * msr.reason) when the VM's user-space-MSR mask has that reason, else `gp`.
 */
export function guestMsrOutcome(r: MsrRet, value: bigint, write: boolean, userSpaceMsrMask: number): MsrOutcome {
  if (r === 0) return { kind: 'ok', value: write ? 0n : value };
  const reason = msrExitReason(r);
  if (userSpaceMsrMask & reason) return { kind: 'exit', reason };
  return { kind: 'gp' };
}

/** Exit reason number (kvm_run.exit_reason) for a user-space MSR exit. */
export function msrExitNumber(write: boolean): number {
  return write ? KVM_EXIT_X86_WRMSR : KVM_EXIT_X86_RDMSR;
}

/**
 * How a user-space MSR exit completes (complete_emulated_msr_access /
 * complete_userspace_rdmsr): error != 0 -> #GP; else RDMSR gets `data` in
 * EDX:EAX and WRMSR simply retires.
 */
export function completeUserSpaceMsr(error: number, data: bigint, write: boolean): MsrOutcome {
  if (error & 0xff) return { kind: 'gp' };
  return { kind: 'ok', value: write ? 0n : BigInt.asUintN(64, data) };
}

export { KVM_MSR_EXIT_REASON_INVAL, KVM_MSR_EXIT_REASON_UNKNOWN, KVM_MSR_EXIT_REASON_FILTER };
