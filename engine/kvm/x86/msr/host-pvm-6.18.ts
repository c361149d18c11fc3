/**
 * x86 host data of the recorded lab host (profile id 'pvm-6.18': kernel
 * 6.18.44 with kvm_pvm, AMD EPYC family 25 model 1, see lab/README.md), taken
 * verbatim from /work/shared/lab/out/msr.truth.json:
 *   - KVM_GET_MSR_INDEX_LIST (seq 20, 41 indices, kernel order: msrs_to_save then emulated_msrs),
 *   - KVM_GET_SUPPORTED_CPUID (seq 12, 61 entries),
 * plus the MSR behaviour switches this host showed in the MSR matrix.
 *
 * TODO(kvm-core): this belongs with the other host data in engine/kvm/hosts/pvm-6.18.ts;
 * move it there (or re-export it) once that file exists.
 */
import type { KvmCpuidEntry2 } from '../cpuid.ts';

/** Behaviour switches of a host's in-kernel MSR emulation that differ between hosts. */
export interface X86MsrHostQuirks {
  /** PVM accepts any IA32_PAT value (0xff reads back); upstream SVM/VMX #GP on invalid memory types. */
  patAcceptsAnyValue: boolean;
  /** MSR_TSC_AUX usable (kvm_is_supported_user_return_msr(MSR_TSC_AUX)); false on this host: every access is INVAL. */
  tscAuxSupported: boolean;
  /** IA32_FEATURE_CONTROL (0x3a) handled by the vendor module (VMX); PVM/SVM: unknown MSR. */
  featureControlSupported: boolean;
  /** EFER bits KVM accepts at all (everything else is efer_reserved_bits). */
  eferAllowedBits: bigint;
  /** IA32_UCODE_REV reset value (vcpu->arch.microcode_version) as read by the guest. */
  microcodeVersion: bigint;
  /** IA32_ARCH_CAPABILITIES value (kvm_get_arch_capabilities()); NOT recorded on the lab host. */
  archCapabilities: bigint;
  /** kvm.ignore_msrs module parameter. */
  ignoreMsrs: boolean;
  /** Host supports 5-level paging (canonical checks use 57 bits). */
  la57: boolean;
}

export interface X86HostData {
  id: string;
  /** KVM_GET_MSR_INDEX_LIST, in kernel order. */
  msrIndexList: readonly number[];
  /** KVM_GET_MSR_FEATURE_INDEX_LIST. */
  msrFeatureIndexList: readonly number[];
  /** KVM_GET_SUPPORTED_CPUID entries. */
  supportedCpuid: readonly KvmCpuidEntry2[];
  msr: X86MsrHostQuirks;
}

const SUPPORTED_CPUID: readonly KvmCpuidEntry2[] = Object.freeze([
  { function: 0x0, index: 0x0, flags: 0, eax: 0x10, ebx: 0x68747541, ecx: 0x444d4163, edx: 0x69746e65 },
  { function: 0x1, index: 0x0, flags: 0, eax: 0xa00f11, ebx: 0x1020800, ecx: 0x81202000, edx: 0x78bfbff },
  { function: 0x2, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x3, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x4, index: 0x0, flags: 1, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x5, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x6, index: 0x0, flags: 0, eax: 0x4, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x7, index: 0x0, flags: 1, eax: 0x0, ebx: 0x1800002, ecx: 0x4, edx: 0xa8000000 },
  { function: 0x8, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x9, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0xa, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0xb, index: 0x0, flags: 1, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x1 },
  { function: 0xc, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0xd, index: 0x0, flags: 1, eax: 0x207, ebx: 0x988, ecx: 0x988, edx: 0x0 },
  { function: 0xd, index: 0x1, flags: 1, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0xd, index: 0x2, flags: 1, eax: 0x100, ebx: 0x240, ecx: 0x0, edx: 0x0 },
  { function: 0xd, index: 0x9, flags: 1, eax: 0x8, ebx: 0x980, ecx: 0x0, edx: 0x0 },
  { function: 0xe, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0xf, index: 0x0, flags: 1, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x10, index: 0x0, flags: 1, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000000, index: 0x0, flags: 0, eax: 0x80000022, ebx: 0x68747541, ecx: 0x444d4163, edx: 0x69746e65 },
  { function: 0x80000001, index: 0x0, flags: 0, eax: 0xa00f11, ebx: 0x40000000, ecx: 0x400393, edx: 0x23d3fbff },
  { function: 0x80000002, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000003, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000004, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000005, index: 0x0, flags: 0, eax: 0xff40ff40, ebx: 0xff40ff40, ecx: 0x20080140, edx: 0x20080140 },
  { function: 0x80000006, index: 0x0, flags: 0, eax: 0x48002200, ebx: 0x68004200, ecx: 0x2006140, edx: 0x8009140 },
  { function: 0x80000007, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x100 },
  { function: 0x80000008, index: 0x0, flags: 0, eax: 0x3030, ebx: 0x110ad205, ecx: 0x7001, edx: 0x0 },
  { function: 0x80000009, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000000a, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000000b, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000000c, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000000d, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000000e, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000000f, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000010, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000011, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000012, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000013, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000014, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000015, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000016, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000017, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000018, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000019, index: 0x0, flags: 0, eax: 0xf040f040, ebx: 0xf0400000, ecx: 0x0, edx: 0x0 },
  { function: 0x8000001a, index: 0x0, flags: 0, eax: 0x6, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000001b, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000001c, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000001d, index: 0x0, flags: 1, eax: 0x121, ebx: 0x1c0003f, ecx: 0x3f, edx: 0x0 },
  { function: 0x8000001d, index: 0x1, flags: 1, eax: 0x122, ebx: 0x1c0003f, ecx: 0x3f, edx: 0x0 },
  { function: 0x8000001d, index: 0x2, flags: 1, eax: 0x143, ebx: 0x1c0003f, ecx: 0x3ff, edx: 0x2 },
  { function: 0x8000001d, index: 0x3, flags: 1, eax: 0x4163, ebx: 0x3c0003f, ecx: 0x7fff, edx: 0x1 },
  { function: 0x8000001d, index: 0x4, flags: 1, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000001e, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x8000001f, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000020, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x80000021, index: 0x0, flags: 0, eax: 0x18000265, ebx: 0x0, ecx: 0x6, edx: 0x0 },
  { function: 0x80000022, index: 0x0, flags: 0, eax: 0x0, ebx: 0x0, ecx: 0x0, edx: 0x0 },
  { function: 0x40000000, index: 0x0, flags: 0, eax: 0x40000001, ebx: 0x4b4d564b, ecx: 0x564b4d56, edx: 0x4d },
  { function: 0x40000001, index: 0x0, flags: 0, eax: 0x1007efb, ebx: 0x0, ecx: 0x0, edx: 0x0 },
]);

/** The recorded lab host. */
export const HOST_PVM_618_X86: X86HostData = Object.freeze({
  id: 'pvm-6.18',
  msrIndexList: Object.freeze([
    0x174, 0x175, 0x176, 0xc0000081, 0xc0000083, 0xc0000102, 0xc0000084, 0xc0000082, 0x10, 0x277, 0xc0010117,
    0x48, 0x1d9, 0x1db, 0x1dc, 0x1dd, 0x1de, 0x12, 0x11, 0x4b564d01, 0x4b564d00, 0x4b564d02, 0x4b564d03,
    0x4b564d04, 0x4b564d06, 0x4b564d07, 0x3b, 0x6e0, 0x10a, 0x345, 0x1a0, 0x17a, 0x17b, 0x34, 0xce, 0x140,
    0xc001011f, 0x1fc, 0x8b, 0xc0010015, 0x4b564d05,
  ]),
  // Only the count (4) is recorded. These are msr_based_features_all_except_vmx
  // minus MSR_AMD64_DE_CFG (which PVM's get_feature_msr does not provide), in
  // kernel order: UCODE_REV, ARCH_CAPABILITIES, PERF_CAPABILITIES, PLATFORM_INFO.
  msrFeatureIndexList: Object.freeze([0x8b, 0x10a, 0x345, 0xce]),
  supportedCpuid: SUPPORTED_CPUID,
  msr: Object.freeze({
    patAcceptsAnyValue: true,
    tscAuxSupported: false,
    featureControlSupported: false,
    // SCE | LME | LMA | NX (kvm_enable_efer_bits(EFER_NX) on an NX host); bit 20 is reserved (recorded #GP/INVAL).
    eferAllowedBits: 0x1n | 0x100n | 0x400n | 0x800n,
    microcodeVersion: 0n,
    archCapabilities: 0n,
    ignoreMsrs: false,
    la57: false,
  }),
});
