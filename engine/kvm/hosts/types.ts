/** A host profile: everything about one KVM host that is data, not rule (caps, limits, lists). */
import type { X86HostData } from '../x86/msr/host-pvm-6.18.ts';

export interface HostProfile {
  id: string;
  description: string;
  /** host.backend of the recordings: 'pvm' (every instruction emulated), 'svm', 'vmx'. */
  backend: 'pvm' | 'svm' | 'vmx';
  /** KVM_GET_API_VERSION. */
  apiVersion: number;
  /** KVM_GET_VCPU_MMAP_SIZE (pages: kvm_run, PIO data, coalesced ring). */
  vcpuMmapSize: number;
  /** KVM_CAP_VM_TYPES bitmask: bit n = KVM_CREATE_VM type n accepted. */
  vmTypes: number;
  /** KVM_MEM_SLOTS_NUM (KVM_CAP_NR_MEMSLOTS). */
  nrMemslots: number;
  /** kvm_arch_nr_memslot_as_ids(): address spaces a default VM has (2 with SMM, 1 without). */
  nrMemslotAsIds: number;
  /** kvm_mmu_max_gfn(): highest GFN a memslot may reach, as a bit width of the GPA (GPA < 2^bits). */
  maxGpaBits: number;
  /** KVM_CAP_MAX_VCPUS / KVM_CAP_MAX_VCPU_ID. */
  maxVcpus: number;
  maxVcpuId: number;
  /** KVM_CHECK_EXTENSION answers on /dev/kvm (cap number -> value). Caps not listed answer 0. */
  caps: Readonly<Record<number, number>>;
  /** Answers that differ on a VM fd (kvm_vm_ioctl_check_extension with a VM). */
  vmCaps: Readonly<Record<number, number>>;
  /** errno of KVM_RUN on a VM without memslots, or 0 when the guest just runs (measured ENOSPC on PVM). */
  runWithoutMemslotsErrno: number;
  /** guest_memfd flags KVM_CREATE_GUEST_MEMFD accepts on a default VM (KVM_CAP_GUEST_MEMFD_FLAGS). */
  guestMemfdFlags: bigint;
  /** Dirty-ring limits: bytes (KVM_CAP_DIRTY_LOG_RING answer is the max). */
  dirtyRingMaxBytes: number;
  /** KVM_CAP_EXIT_HYPERCALL: hypercalls that may be forwarded. */
  exitHypercallMask: bigint;
  /** x86 data owned by the kvm-x86 modules: MSR index lists, supported CPUID, MSR quirks. */
  x86: X86HostData;
}
