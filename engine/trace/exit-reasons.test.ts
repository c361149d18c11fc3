import { describe, expect, it } from 'vitest';
import { exitReasonCode, exitReasonName, exitReasons, guessIsa, kvmExitCode, kvmExitName, kvmExitNames, vmgexitName } from './exit-reasons.ts';

describe('exit-reason tables', () => {
  it('VMX: newest reasons and flags', () => {
    expect(exitReasonName('vmx', 30)).toBe('IO_INSTRUCTION');
    expect(exitReasonName('vmx', 77)).toBe('TDCALL');
    expect(exitReasonName('vmx', 76)).toBe('SEAMCALL');
    expect(exitReasonName('vmx', 85)).toBe('MSR_WRITE_IMM');
    expect(exitReasonName('vmx', 0x80000021)).toBe('INVALID_STATE|FAILED_VMENTRY');
    expect(exitReasonName('vmx', 200)).toBe('UNDOCUMENTED(200)');
  });

  it('SVM: VMGEXIT, AVIC, exceptions, SEV-ES/SNP codes, SVM_EXIT_ERR', () => {
    expect(exitReasonName('svm', 0x403)).toBe('vmgexit');
    expect(exitReasonName('svm', 0x401)).toBe('avic_incomplete_ipi');
    expect(exitReasonName('svm', 0x4e)).toBe('PF excp');
    expect(exitReasonName('svm', 0x80000018)).toBe('vmgexit_snp_run_vmpl');
    expect(exitReasonName('svm', -1)).toBe('invalid_guest_state');
    expect(vmgexitName(0x80000013)).toBe('vmgexit_ap_creation');
  });

  it('arm64 exception classes', () => {
    expect(exitReasonName('arm64', 0x24)).toBe('DABT_LOW');
    expect(exitReasonName('arm64', 0x16)).toBe('HVC64');
  });

  it('plugin names, kernel names and constants map to the same code', () => {
    expect(exitReasonCode('EXIT_NPF')).toEqual({ isa: 'svm', code: 0x400 });
    expect(exitReasonCode('npf')).toEqual({ isa: 'svm', code: 0x400 });
    expect(exitReasonCode('SVM_EXIT_NPF')).toEqual({ isa: 'svm', code: 0x400 });
    expect(exitReasonCode('EXIT_IOIO')).toEqual(exitReasonCode('io'));
    expect(exitReasonCode('IO_INSTRUCTION')).toEqual({ isa: 'vmx', code: 30 });
    expect(exitReasonCode('EXIT_REASON_HLT')).toEqual({ isa: 'vmx', code: 12 });
    expect(exitReasonCode('PENDING_INTERRUPT')).toEqual({ isa: 'vmx', code: 7 });
    expect(exitReasonCode('UNKNOWN (1027)', 'svm')).toEqual({ isa: 'svm', code: 1027 });
    expect(exitReasonCode('ESR_ELx_EC_DABT_LOW')).toEqual({ isa: 'arm64', code: 0x24 });
    expect(guessIsa('msr')).toBe('svm');
    expect(guessIsa('MSR_READ')).toBe('vmx');
  });

  it('every documented code has a name and round-trips', () => {
    for (const isa of ['vmx', 'svm', 'arm64'] as const) {
      for (const r of exitReasons(isa)) {
        expect(exitReasonName(isa, r.code)).not.toMatch(/UNDOCUMENTED/);
        expect(exitReasonCode(r.name, isa)?.code).toBe(r.code >>> 0);
        for (const a of r.aliases) expect(exitReasonCode(a, isa)?.code, `${isa} ${a}`).toBe(r.code >>> 0);
      }
    }
  });

  it('KVM_EXIT_* per planes profile', () => {
    expect(kvmExitName(2)).toBe('KVM_EXIT_IO');
    expect(kvmExitName(39)).toBe('KVM_EXIT_MEMORY_FAULT');
    expect(kvmExitName(43)).toBe('KVM_EXIT_SNP_REQ_CERTS');
    expect(kvmExitName(44, 'S26')).toBe('KVM_EXIT_PLANE_EVENT');
    expect(kvmExitName(40, 'R25')).toBe('KVM_EXIT_PLANE_EVENT');
    expect(kvmExitName(41, 'R25')).toBe('KVM_EXIT_TDX');
    expect(kvmExitName(41, 'B617')).toBe('KVM_EXIT_PLANE_EVENT');
    expect(kvmExitName(40, 'B617')).toBe('KVM_EXIT_TDX');
    expect(kvmExitName(44, 'upstream')).toBe('KVM_EXIT_UNDOCUMENTED(44)');
    expect(kvmExitCode('KVM_EXIT_PLANE_EVENT', 'S26')).toBe(44);
    expect(kvmExitCode('io')).toBe(2);
    expect(kvmExitNames('S26').size).toBe(45);
  });
});
