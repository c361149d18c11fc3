/**
 * KVM ioctl request numbers (x86-64) by name, built from their
 * `_IO/_IOR/_IOW/_IOWR(KVMIO, nr, type)` definitions in include/uapi/linux/kvm.h
 * and arch/x86/include/uapi/asm/kvm.h, so an strace log without `-X verbose`
 * (which prints only names) still yields request numbers. engine/trace may not
 * import engine/kvm/uapi; this is the subset the importer needs.
 */

const KVMIO = 0xae;
const NONE = 0, W = 1, R = 2, WR = 3;

/** _IOC(dir, type, nr, size) as in include/uapi/asm-generic/ioctl.h. */
export function ioc(dir: number, type: number, nr: number, size: number): number {
  return ((dir << 30) | (size << 16) | (type << 8) | nr) >>> 0;
}

/** [name, _IOC_DIR, nr, sizeof(type)] */
const TABLE: ReadonlyArray<readonly [string, number, number, number]> = [
  // system ioctls
  ['KVM_GET_API_VERSION', NONE, 0x00, 0],
  ['KVM_CREATE_VM', NONE, 0x01, 0],
  ['KVM_GET_MSR_INDEX_LIST', WR, 0x02, 4],           // struct kvm_msr_list
  ['KVM_CHECK_EXTENSION', NONE, 0x03, 0],
  ['KVM_GET_VCPU_MMAP_SIZE', NONE, 0x04, 0],
  ['KVM_GET_SUPPORTED_CPUID', WR, 0x05, 8],          // struct kvm_cpuid2
  ['KVM_GET_EMULATED_CPUID', WR, 0x09, 8],
  ['KVM_GET_MSR_FEATURE_INDEX_LIST', WR, 0x0a, 4],
  // vm ioctls
  ['KVM_CREATE_VCPU', NONE, 0x41, 0],
  ['KVM_GET_DIRTY_LOG', W, 0x42, 16],                // struct kvm_dirty_log
  ['KVM_SET_NR_MMU_PAGES', NONE, 0x44, 0],
  ['KVM_GET_NR_MMU_PAGES', NONE, 0x45, 0],
  ['KVM_SET_USER_MEMORY_REGION', W, 0x46, 32],       // struct kvm_userspace_memory_region
  ['KVM_SET_TSS_ADDR', NONE, 0x47, 0],
  ['KVM_SET_IDENTITY_MAP_ADDR', W, 0x48, 8],         // __u64
  ['KVM_SET_USER_MEMORY_REGION2', W, 0x49, 160],     // struct kvm_userspace_memory_region2
  ['KVM_CREATE_IRQCHIP', NONE, 0x60, 0],
  ['KVM_IRQ_LINE', W, 0x61, 8],                      // struct kvm_irq_level
  ['KVM_GET_IRQCHIP', WR, 0x62, 520],                // struct kvm_irqchip
  ['KVM_SET_IRQCHIP', R, 0x63, 520],                 // (sic: _IOR in kvm.h)
  ['KVM_CREATE_PIT', NONE, 0x64, 0],
  ['KVM_GET_PIT', WR, 0x65, 72],
  ['KVM_SET_PIT', R, 0x66, 72],
  ['KVM_IRQ_LINE_STATUS', WR, 0x67, 8],
  ['KVM_REGISTER_COALESCED_MMIO', W, 0x67, 16],      // struct kvm_coalesced_mmio_zone
  ['KVM_UNREGISTER_COALESCED_MMIO', W, 0x68, 16],
  ['KVM_SET_GSI_ROUTING', W, 0x6a, 8],               // struct kvm_irq_routing
  ['KVM_REINJECT_CONTROL', NONE, 0x71, 0],
  ['KVM_IRQFD', W, 0x76, 32],
  ['KVM_CREATE_PIT2', W, 0x77, 64],
  ['KVM_SET_BOOT_CPU_ID', NONE, 0x78, 0],
  ['KVM_IOEVENTFD', W, 0x79, 64],
  ['KVM_XEN_HVM_CONFIG', W, 0x7a, 56],
  ['KVM_SET_CLOCK', W, 0x7b, 48],
  ['KVM_GET_CLOCK', R, 0x7c, 48],
  ['KVM_GET_PIT2', R, 0x9f, 112],
  ['KVM_SET_PIT2', W, 0xa0, 112],
  ['KVM_SET_TSC_KHZ', NONE, 0xa2, 0],
  ['KVM_GET_TSC_KHZ', NONE, 0xa3, 0],
  ['KVM_SIGNAL_MSI', W, 0xa5, 32],
  ['KVM_SET_PMU_EVENT_FILTER', W, 0xb2, 32],
  ['KVM_MEMORY_ENCRYPT_OP', WR, 0xba, 8],
  ['KVM_MEMORY_ENCRYPT_REG_REGION', R, 0xbb, 16],
  ['KVM_MEMORY_ENCRYPT_UNREG_REGION', R, 0xbc, 16],
  ['KVM_HYPERV_EVENTFD', W, 0xbd, 24],
  ['KVM_CLEAR_DIRTY_LOG', WR, 0xc0, 24],
  ['KVM_X86_SET_MSR_FILTER', W, 0xc6, 392],          // struct kvm_msr_filter
  ['KVM_RESET_DIRTY_RINGS', NONE, 0xc7, 0],
  ['KVM_GET_STATS_FD', NONE, 0xce, 0],
  ['KVM_SET_MEMORY_ATTRIBUTES', W, 0xd2, 32],
  ['KVM_CREATE_GUEST_MEMFD', WR, 0xd4, 64],
  ['KVM_PRE_FAULT_MEMORY', WR, 0xd5, 64],
  ['KVM_CREATE_DEVICE', WR, 0xe0, 12],
  ['KVM_SET_DEVICE_ATTR', W, 0xe1, 24],
  ['KVM_GET_DEVICE_ATTR', W, 0xe2, 24],
  ['KVM_HAS_DEVICE_ATTR', W, 0xe3, 24],
  // vcpu ioctls
  ['KVM_RUN', NONE, 0x80, 0],
  ['KVM_GET_REGS', R, 0x81, 144],
  ['KVM_SET_REGS', W, 0x82, 144],
  ['KVM_GET_SREGS', R, 0x83, 312],
  ['KVM_SET_SREGS', W, 0x84, 312],
  ['KVM_TRANSLATE', WR, 0x85, 24],
  ['KVM_INTERRUPT', W, 0x86, 4],
  ['KVM_GET_MSRS', WR, 0x88, 8],
  ['KVM_SET_MSRS', W, 0x89, 8],
  ['KVM_SET_CPUID', W, 0x8a, 8],
  ['KVM_SET_SIGNAL_MASK', W, 0x8b, 4],
  ['KVM_GET_FPU', R, 0x8c, 416],
  ['KVM_SET_FPU', W, 0x8d, 416],
  ['KVM_GET_LAPIC', R, 0x8e, 1024],
  ['KVM_SET_LAPIC', W, 0x8f, 1024],
  ['KVM_SET_CPUID2', W, 0x90, 8],
  ['KVM_GET_CPUID2', WR, 0x91, 8],
  ['KVM_TPR_ACCESS_REPORTING', WR, 0x92, 40],
  ['KVM_SET_VAPIC_ADDR', W, 0x93, 8],
  ['KVM_GET_MP_STATE', R, 0x98, 4],
  ['KVM_SET_MP_STATE', W, 0x99, 4],
  ['KVM_NMI', NONE, 0x9a, 0],
  ['KVM_SET_GUEST_DEBUG', W, 0x9b, 72],
  ['KVM_X86_SETUP_MCE', W, 0x9c, 8],
  ['KVM_X86_GET_MCE_CAP_SUPPORTED', R, 0x9d, 8],
  ['KVM_X86_SET_MCE', W, 0x9e, 64],
  ['KVM_GET_VCPU_EVENTS', R, 0x9f, 64],
  ['KVM_SET_VCPU_EVENTS', W, 0xa0, 64],
  ['KVM_GET_DEBUGREGS', R, 0xa1, 128],
  ['KVM_SET_DEBUGREGS', W, 0xa2, 128],
  ['KVM_ENABLE_CAP', W, 0xa3, 104],
  ['KVM_GET_XSAVE', R, 0xa4, 4096],
  ['KVM_SET_XSAVE', W, 0xa5, 4096],
  ['KVM_GET_XCRS', R, 0xa6, 392],
  ['KVM_SET_XCRS', W, 0xa7, 392],
  ['KVM_KVMCLOCK_CTRL', NONE, 0xad, 0],
  ['KVM_GET_REG_LIST', WR, 0xb0, 8],
  ['KVM_SMI', NONE, 0xb7, 0],
  ['KVM_GET_NESTED_STATE', WR, 0xbe, 128],
  ['KVM_SET_NESTED_STATE', W, 0xbf, 128],
  ['KVM_GET_SUPPORTED_HV_CPUID', WR, 0xc1, 8],
  ['KVM_GET_SREGS2', R, 0xcc, 320],
  ['KVM_SET_SREGS2', W, 0xcd, 320],
  ['KVM_GET_XSAVE2', R, 0xcf, 4096],
];

export interface IoctlInfo {
  readonly name: string;
  readonly nr: number;
  /** _IOC_DIR: bit 0 = the kernel reads arg (_IOW), bit 1 = the kernel writes it (_IOR). */
  readonly dir: number;
  readonly size: number;
}

export const KVM_IOCTLS: ReadonlyMap<string, IoctlInfo> = new Map(
  TABLE.map(([name, dir, nr, size]) => [name, { name, nr: ioc(dir, KVMIO, nr, size), dir, size }]),
);

export const KVM_IOCTLS_BY_NR: ReadonlyMap<number, IoctlInfo> = new Map([...KVM_IOCTLS.values()].map((i) => [i.nr, i]));

/** `_IOC_DIR` of any request number (ioctl.h layout: bits 30-31). */
export function iocDir(nr: number): number {
  return (nr >>> 30) & 3;
}
