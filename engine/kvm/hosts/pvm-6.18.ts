/**
 * The recorded lab host: Linux 6.18.44 with kvm_pvm (AMD EPYC family 25, 2 CPUs;
 * /work/shared/lab/README.md). Values marked "recorded" come from the
 * KVM_CHECK_EXTENSION calls in lab/out/*.truth.json; the others are upstream
 * x86 answers (arch/x86/kvm/x86.c kvm_vm_ioctl_check_extension) this host was
 * not asked about.
 */
import { KVM_CAP as C } from '../uapi/caps.ts';
import { ENOSPC } from '../uapi/errno.ts';
import { HOST_PVM_618_X86 } from '../x86/msr/host-pvm-6.18.ts';
import type { HostProfile } from './types.ts';

const recorded: Record<number, number> = {
  [C.KVM_CAP_NR_MEMSLOTS]: 32764,
  [C.KVM_CAP_COALESCED_MMIO]: 2,
  [C.KVM_CAP_SET_GUEST_DEBUG]: 1,
  [C.KVM_CAP_VCPU_EVENTS]: 1,
  [C.KVM_CAP_X86_ROBUST_SINGLESTEP]: 1,
  [C.KVM_CAP_MAX_VCPUS]: 1024,
  [C.KVM_CAP_READONLY_MEM]: 1,
  [C.KVM_CAP_MAX_VCPU_ID]: 4096,
  [C.KVM_CAP_COALESCED_PIO]: 1,
  [C.KVM_CAP_EXCEPTION_PAYLOAD]: 1,
  [C.KVM_CAP_X86_USER_SPACE_MSR]: 1,
  [C.KVM_CAP_X86_MSR_FILTER]: 1,
  [C.KVM_CAP_DIRTY_LOG_RING]: 1048576,
  [C.KVM_CAP_SET_GUEST_DEBUG2]: 0x1f0003,
  [C.KVM_CAP_EXIT_HYPERCALL]: 0x1000,
  [C.KVM_CAP_X86_TRIPLE_FAULT_EVENT]: 1,
  [C.KVM_CAP_DIRTY_LOG_RING_ACQ_REL]: 1048576,
  [C.KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP]: 0,
  [C.KVM_CAP_USER_MEMORY2]: 1,
  [C.KVM_CAP_MEMORY_FAULT_INFO]: 1,
  [C.KVM_CAP_MEMORY_ATTRIBUTES]: 0,
  [C.KVM_CAP_GUEST_MEMFD]: 1,
  [C.KVM_CAP_VM_TYPES]: 1,
  [C.KVM_CAP_PRE_FAULT_MEMORY]: 0,
  [C.KVM_CAP_GUEST_MEMFD_FLAGS]: 3,
};

const upstreamOnes = [
  C.KVM_CAP_IRQCHIP, C.KVM_CAP_HLT, C.KVM_CAP_MMU_SHADOW_CACHE_CONTROL, C.KVM_CAP_USER_MEMORY,
  C.KVM_CAP_SET_TSS_ADDR, C.KVM_CAP_EXT_CPUID, C.KVM_CAP_EXT_EMUL_CPUID, C.KVM_CAP_CLOCKSOURCE,
  C.KVM_CAP_PIT, C.KVM_CAP_NOP_IO_DELAY, C.KVM_CAP_MP_STATE, C.KVM_CAP_SYNC_MMU, C.KVM_CAP_USER_NMI,
  C.KVM_CAP_IRQ_INJECT_STATUS, C.KVM_CAP_IOEVENTFD, C.KVM_CAP_IOEVENTFD_NO_LENGTH, C.KVM_CAP_PIT2,
  C.KVM_CAP_PIT_STATE2, C.KVM_CAP_SET_IDENTITY_MAP_ADDR, C.KVM_CAP_PCI_SEGMENT, C.KVM_CAP_DEBUGREGS,
  C.KVM_CAP_XSAVE, C.KVM_CAP_XCRS, C.KVM_CAP_ASYNC_PF, C.KVM_CAP_ASYNC_PF_INT, C.KVM_CAP_GET_TSC_KHZ,
  C.KVM_CAP_KVMCLOCK_CTRL, C.KVM_CAP_IOAPIC_POLARITY_IGNORED, C.KVM_CAP_TSC_DEADLINE_TIMER,
  C.KVM_CAP_DISABLE_QUIRKS, C.KVM_CAP_SET_BOOT_CPU_ID, C.KVM_CAP_SPLIT_IRQCHIP, C.KVM_CAP_IMMEDIATE_EXIT,
  C.KVM_CAP_GET_MSR_FEATURES, C.KVM_CAP_MSR_PLATFORM_INFO, C.KVM_CAP_LAST_CPU,
  C.KVM_CAP_ENFORCE_PV_FEATURE_CPUID, C.KVM_CAP_SYS_ATTRIBUTES, C.KVM_CAP_VAPIC, C.KVM_CAP_ENABLE_CAP,
  C.KVM_CAP_INTERNAL_ERROR_DATA, C.KVM_CAP_HALT_POLL, C.KVM_CAP_SIGNAL_MSI, C.KVM_CAP_IRQFD,
  C.KVM_CAP_IRQ_ROUTING, C.KVM_CAP_IRQFD_RESAMPLE, C.KVM_CAP_CHECK_EXTENSION_VM, C.KVM_CAP_ENABLE_CAP_VM,
  C.KVM_CAP_DESTROY_MEMORY_REGION_WORKS, C.KVM_CAP_JOIN_MEMORY_REGIONS_WORKS, C.KVM_CAP_BINARY_STATS_FD,
  C.KVM_CAP_SYSTEM_EVENT_DATA, C.KVM_CAP_SREGS2, C.KVM_CAP_ONE_REG, C.KVM_CAP_INTR_SHADOW,
];

const caps: Record<number, number> = {};
for (const c of upstreamOnes) caps[c] = 1;
caps[C.KVM_CAP_NR_VCPUS] = 2;             // min(num_online_cpus(), KVM_MAX_VCPUS): 2 CPUs
caps[C.KVM_CAP_MULTI_ADDRESS_SPACE] = 1;  // as_id 1 is refused on this host (no SMM)
caps[C.KVM_CAP_X2APIC_API] = 3;           // KVM_X2APIC_API_VALID_FLAGS
caps[C.KVM_CAP_SYNC_REGS] = 7;            // KVM_SYNC_X86_VALID_FIELDS
caps[C.KVM_CAP_MCE] = 32;                 // KVM_MAX_MCE_BANKS
Object.assign(caps, recorded);

export const HOST_PVM_618: HostProfile = Object.freeze({
  id: 'pvm-6.18',
  description: 'Linux 6.18.44 kvm_pvm, AMD EPYC (family 25 model 1), 2 CPUs — the lab recording host',
  backend: 'pvm',
  apiVersion: 12,
  vcpuMmapSize: 12288,
  vmTypes: 1,
  nrMemslots: 32764,
  nrMemslotAsIds: 1,
  maxGpaBits: 52,
  maxVcpus: 1024,
  maxVcpuId: 4096,
  caps: Object.freeze(caps),
  vmCaps: Object.freeze({}),
  runWithoutMemslotsErrno: ENOSPC,
  guestMemfdFlags: 3n,
  dirtyRingMaxBytes: 1048576,
  exitHypercallMask: 0x1000n,
  x86: HOST_PVM_618_X86,
});
