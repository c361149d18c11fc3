import { describe, expect, it } from 'vitest';
import { KVM_EXIT, resolveExitReason } from './kvm-names.ts';

describe('kvm-names (on top of exit-reasons.ts)', () => {
  it('resolves every printed spelling of kvm_exit reasons', () => {
    expect(resolveExitReason('IO_INSTRUCTION')).toEqual({ code: 30, isa: 1 });
    expect(resolveExitReason('HLT')).toEqual({ code: 12, isa: 1 });
    expect(resolveExitReason('hlt')).toEqual({ code: 0x78, isa: 2 });
    expect(resolveExitReason('EXIT_NPF')).toEqual({ code: 0x400, isa: 2 });
    expect(resolveExitReason('PF excp')).toEqual({ code: 0x4e, isa: 2 });
    expect(resolveExitReason('vmgexit')).toEqual({ code: 0x403, isa: 2 });
    expect(resolveExitReason('INVALID_STATE FAILED_VMENTRY')).toEqual({ code: 0x80000021, isa: 1 });
    expect(resolveExitReason('IO_SMI')).toEqual({ code: 5, isa: 1 });
    expect(resolveExitReason('UNKNOWN (1027)')).toEqual({ code: 1027, isa: '' });
    expect(resolveExitReason('0x403')).toEqual({ code: 0x403, isa: '' });
    expect(resolveExitReason('48')).toEqual({ code: 48, isa: '' });
    expect(resolveExitReason('HLT BOGUS_FLAG')).toEqual({ code: '', isa: '' });
    expect(resolveExitReason('no such reason')).toEqual({ code: '', isa: '' });
  });

  it('KVM_EXIT is the upstream kvm.h numbering', () => {
    expect(KVM_EXIT.KVM_EXIT_IO).toBe(2);
    expect(KVM_EXIT.KVM_EXIT_X86_RDMSR).toBe(29);
    expect(KVM_EXIT.KVM_EXIT_MEMORY_FAULT).toBe(39);
    expect(KVM_EXIT.KVM_EXIT_PLANE_EVENT).toBeUndefined();
  });
});
