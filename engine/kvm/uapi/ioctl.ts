/**
 * ioctl request encoding (asm-generic/ioctl.h, x86-64) and the request numbers
 * of include/uapi/linux/kvm.h plus the planes requests of every profile
 * (spec/planes.md §2.2, App. B). Numbers are computed with the _IOC formula,
 * never typed in; the unit test checks them against the spec tables.
 */
import { PLANES_PROFILES, type PlanesProfile } from './profiles.ts';
import { SIZEOF } from './sizes.ts';

export const _IOC_NONE = 0;
export const _IOC_WRITE = 1;
export const _IOC_READ = 2;
export const KVMIO = 0xae;

/** _IOC(dir,type,nr,size) = dir<<30 | size<<16 | type<<8 | nr (size: 14 bits). */
export function _IOC(dir: number, type: number, nr: number, size: number): number {
  if (size < 0 || size >= 1 << 14) throw new RangeError(`_IOC size ${size} does not fit 14 bits`);
  return ((dir << 30) | (size << 16) | (type << 8) | nr) >>> 0;
}
export const _IO = (type: number, nr: number): number => _IOC(_IOC_NONE, type, nr, 0);
export const _IOR = (type: number, nr: number, size: number): number => _IOC(_IOC_READ, type, nr, size);
export const _IOW = (type: number, nr: number, size: number): number => _IOC(_IOC_WRITE, type, nr, size);
export const _IOWR = (type: number, nr: number, size: number): number => _IOC(_IOC_READ | _IOC_WRITE, type, nr, size);

/** Fields of an encoded request. */
export interface IocFields { dir: number; size: number; type: number; nr: number }
/** Split a request number into _IOC_DIR/_IOC_SIZE/_IOC_TYPE/_IOC_NR. */
export function decodeIoctl(req: number): IocFields {
  const r = req >>> 0;
  return { dir: r >>> 30, size: (r >>> 16) & 0x3fff, type: (r >>> 8) & 0xff, nr: r & 0xff };
}

const S = SIZEOF;
/** Every KVM request of upstream kvm.h / asm/kvm.h (x86-64) that the model names. */
export const KVM_REQ = {
  // system fd
  KVM_GET_API_VERSION: _IO(KVMIO, 0x00),
  KVM_CREATE_VM: _IO(KVMIO, 0x01),
  KVM_GET_MSR_INDEX_LIST: _IOWR(KVMIO, 0x02, S.kvm_msr_list),
  KVM_CHECK_EXTENSION: _IO(KVMIO, 0x03),
  KVM_GET_VCPU_MMAP_SIZE: _IO(KVMIO, 0x04),
  KVM_GET_SUPPORTED_CPUID: _IOWR(KVMIO, 0x05, S.kvm_cpuid2),
  KVM_GET_EMULATED_CPUID: _IOWR(KVMIO, 0x09, S.kvm_cpuid2),
  KVM_GET_MSR_FEATURE_INDEX_LIST: _IOWR(KVMIO, 0x0a, S.kvm_msr_list),
  KVM_X86_GET_MCE_CAP_SUPPORTED: _IOR(KVMIO, 0x9d, 8),
  KVM_GET_SUPPORTED_HV_CPUID: _IOWR(KVMIO, 0xc1, S.kvm_cpuid2),
  // VM fd
  KVM_SET_MEMORY_REGION: _IOW(KVMIO, 0x40, S.kvm_memory_region),
  KVM_CREATE_VCPU: _IO(KVMIO, 0x41),
  KVM_GET_DIRTY_LOG: _IOW(KVMIO, 0x42, S.kvm_dirty_log),
  KVM_SET_NR_MMU_PAGES: _IO(KVMIO, 0x44),
  KVM_GET_NR_MMU_PAGES: _IO(KVMIO, 0x45),
  KVM_SET_USER_MEMORY_REGION: _IOW(KVMIO, 0x46, S.kvm_userspace_memory_region),
  KVM_SET_TSS_ADDR: _IO(KVMIO, 0x47),
  KVM_SET_IDENTITY_MAP_ADDR: _IOW(KVMIO, 0x48, 8),
  KVM_SET_USER_MEMORY_REGION2: _IOW(KVMIO, 0x49, S.kvm_userspace_memory_region2),
  KVM_CREATE_IRQCHIP: _IO(KVMIO, 0x60),
  KVM_IRQ_LINE: _IOW(KVMIO, 0x61, S.kvm_irq_level),
  KVM_GET_IRQCHIP: _IOWR(KVMIO, 0x62, S.kvm_irqchip),
  KVM_SET_IRQCHIP: _IOR(KVMIO, 0x63, S.kvm_irqchip),
  KVM_CREATE_PIT: _IO(KVMIO, 0x64),
  KVM_GET_PIT: _IOWR(KVMIO, 0x65, S.kvm_pit_state),
  KVM_SET_PIT: _IOR(KVMIO, 0x66, S.kvm_pit_state),
  KVM_IRQ_LINE_STATUS: _IOWR(KVMIO, 0x67, S.kvm_irq_level),
  KVM_REGISTER_COALESCED_MMIO: _IOW(KVMIO, 0x67, S.kvm_coalesced_mmio_zone),
  KVM_UNREGISTER_COALESCED_MMIO: _IOW(KVMIO, 0x68, S.kvm_coalesced_mmio_zone),
  KVM_SET_GSI_ROUTING: _IOW(KVMIO, 0x6a, S.kvm_irq_routing),
  KVM_REINJECT_CONTROL: _IO(KVMIO, 0x71),
  KVM_IRQFD: _IOW(KVMIO, 0x76, S.kvm_irqfd),
  KVM_CREATE_PIT2: _IOW(KVMIO, 0x77, S.kvm_pit_config),
  KVM_SET_BOOT_CPU_ID: _IO(KVMIO, 0x78),
  KVM_IOEVENTFD: _IOW(KVMIO, 0x79, S.kvm_ioeventfd),
  KVM_XEN_HVM_CONFIG: _IOW(KVMIO, 0x7a, S.kvm_xen_hvm_config),
  KVM_SET_CLOCK: _IOW(KVMIO, 0x7b, S.kvm_clock_data),
  KVM_GET_CLOCK: _IOR(KVMIO, 0x7c, S.kvm_clock_data),
  KVM_GET_PIT2: _IOR(KVMIO, 0x9f, S.kvm_pit_state2),
  KVM_SET_PIT2: _IOW(KVMIO, 0xa0, S.kvm_pit_state2),
  KVM_ENABLE_CAP: _IOW(KVMIO, 0xa3, S.kvm_enable_cap),
  KVM_SIGNAL_MSI: _IOW(KVMIO, 0xa5, S.kvm_msi),
  KVM_MEMORY_ENCRYPT_OP: _IOWR(KVMIO, 0xba, 8),
  KVM_MEMORY_ENCRYPT_REG_REGION: _IOR(KVMIO, 0xbb, S.kvm_enc_region),
  KVM_MEMORY_ENCRYPT_UNREG_REGION: _IOR(KVMIO, 0xbc, S.kvm_enc_region),
  KVM_HYPERV_EVENTFD: _IOW(KVMIO, 0xbd, S.kvm_hyperv_eventfd),
  KVM_CLEAR_DIRTY_LOG: _IOWR(KVMIO, 0xc0, S.kvm_clear_dirty_log),
  KVM_X86_SET_MSR_FILTER: _IOW(KVMIO, 0xc6, S.kvm_msr_filter),
  KVM_RESET_DIRTY_RINGS: _IO(KVMIO, 0xc7),
  KVM_XEN_HVM_GET_ATTR: _IOWR(KVMIO, 0xc8, S.kvm_xen_hvm_attr),
  KVM_XEN_HVM_SET_ATTR: _IOW(KVMIO, 0xc9, S.kvm_xen_hvm_attr),
  KVM_GET_STATS_FD: _IO(KVMIO, 0xce),
  KVM_SET_MEMORY_ATTRIBUTES: _IOW(KVMIO, 0xd2, S.kvm_memory_attributes),
  KVM_CREATE_GUEST_MEMFD: _IOWR(KVMIO, 0xd4, S.kvm_create_guest_memfd),
  KVM_PRE_FAULT_MEMORY: _IOWR(KVMIO, 0xd5, S.kvm_pre_fault_memory),
  KVM_CREATE_DEVICE: _IOWR(KVMIO, 0xe0, S.kvm_create_device),
  KVM_SET_DEVICE_ATTR: _IOW(KVMIO, 0xe1, S.kvm_device_attr),
  KVM_GET_DEVICE_ATTR: _IOW(KVMIO, 0xe2, S.kvm_device_attr),
  KVM_HAS_DEVICE_ATTR: _IOW(KVMIO, 0xe3, S.kvm_device_attr),
  // vCPU fd
  KVM_RUN: _IO(KVMIO, 0x80),
  KVM_GET_REGS: _IOR(KVMIO, 0x81, S.kvm_regs),
  KVM_SET_REGS: _IOW(KVMIO, 0x82, S.kvm_regs),
  KVM_GET_SREGS: _IOR(KVMIO, 0x83, S.kvm_sregs),
  KVM_SET_SREGS: _IOW(KVMIO, 0x84, S.kvm_sregs),
  KVM_TRANSLATE: _IOWR(KVMIO, 0x85, S.kvm_translation),
  KVM_INTERRUPT: _IOW(KVMIO, 0x86, S.kvm_interrupt),
  KVM_GET_MSRS: _IOWR(KVMIO, 0x88, S.kvm_msrs),
  KVM_SET_MSRS: _IOW(KVMIO, 0x89, S.kvm_msrs),
  KVM_SET_CPUID: _IOW(KVMIO, 0x8a, S.kvm_cpuid),
  KVM_SET_SIGNAL_MASK: _IOW(KVMIO, 0x8b, S.kvm_signal_mask),
  KVM_GET_FPU: _IOR(KVMIO, 0x8c, S.kvm_fpu),
  KVM_SET_FPU: _IOW(KVMIO, 0x8d, S.kvm_fpu),
  KVM_GET_LAPIC: _IOR(KVMIO, 0x8e, S.kvm_lapic_state),
  KVM_SET_LAPIC: _IOW(KVMIO, 0x8f, S.kvm_lapic_state),
  KVM_SET_CPUID2: _IOW(KVMIO, 0x90, S.kvm_cpuid2),
  KVM_GET_CPUID2: _IOWR(KVMIO, 0x91, S.kvm_cpuid2),
  KVM_TPR_ACCESS_REPORTING: _IOWR(KVMIO, 0x92, S.kvm_tpr_access_ctl),
  KVM_SET_VAPIC_ADDR: _IOW(KVMIO, 0x93, S.kvm_vapic_addr),
  KVM_GET_MP_STATE: _IOR(KVMIO, 0x98, S.kvm_mp_state),
  KVM_SET_MP_STATE: _IOW(KVMIO, 0x99, S.kvm_mp_state),
  KVM_NMI: _IO(KVMIO, 0x9a),
  KVM_SET_GUEST_DEBUG: _IOW(KVMIO, 0x9b, S.kvm_guest_debug),
  KVM_X86_SETUP_MCE: _IOW(KVMIO, 0x9c, 8),
  KVM_X86_SET_MCE: _IOW(KVMIO, 0x9e, S.kvm_x86_mce),
  KVM_GET_VCPU_EVENTS: _IOR(KVMIO, 0x9f, S.kvm_vcpu_events),
  KVM_SET_VCPU_EVENTS: _IOW(KVMIO, 0xa0, S.kvm_vcpu_events),
  KVM_GET_DEBUGREGS: _IOR(KVMIO, 0xa1, S.kvm_debugregs),
  KVM_SET_DEBUGREGS: _IOW(KVMIO, 0xa2, S.kvm_debugregs),
  KVM_SET_TSC_KHZ: _IO(KVMIO, 0xa2),
  KVM_GET_TSC_KHZ: _IO(KVMIO, 0xa3),
  KVM_GET_XSAVE: _IOR(KVMIO, 0xa4, S.kvm_xsave),
  KVM_SET_XSAVE: _IOW(KVMIO, 0xa5, S.kvm_xsave),
  KVM_GET_XCRS: _IOR(KVMIO, 0xa6, S.kvm_xcrs),
  KVM_SET_XCRS: _IOW(KVMIO, 0xa7, S.kvm_xcrs),
  KVM_GET_ONE_REG: _IOW(KVMIO, 0xab, S.kvm_one_reg),
  KVM_SET_ONE_REG: _IOW(KVMIO, 0xac, S.kvm_one_reg),
  KVM_KVMCLOCK_CTRL: _IO(KVMIO, 0xad),
  KVM_GET_REG_LIST: _IOWR(KVMIO, 0xb0, S.kvm_reg_list),
  KVM_SET_PMU_EVENT_FILTER: _IOW(KVMIO, 0xb2, 32), // struct kvm_pmu_event_filter header (action, nevents, fixed_counter_bitmap, flags, pad[4])
  KVM_SMI: _IO(KVMIO, 0xb7),
  KVM_GET_NESTED_STATE: _IOWR(KVMIO, 0xbe, S.kvm_nested_state),
  KVM_SET_NESTED_STATE: _IOW(KVMIO, 0xbf, S.kvm_nested_state),
  KVM_XEN_VCPU_GET_ATTR: _IOWR(KVMIO, 0xca, S.kvm_xen_vcpu_attr),
  KVM_XEN_VCPU_SET_ATTR: _IOW(KVMIO, 0xcb, S.kvm_xen_vcpu_attr),
  KVM_GET_SREGS2: _IOR(KVMIO, 0xcc, S.kvm_sregs2),
  KVM_SET_SREGS2: _IOW(KVMIO, 0xcd, S.kvm_sregs2),
  KVM_GET_XSAVE2: _IOR(KVMIO, 0xcf, S.kvm_xsave),
} as const;

export type KvmReqName = keyof typeof KVM_REQ;

/** Planes requests per profile (spec/planes.md App. B). */
export function planesRequests(profile: PlanesProfile): { KVM_CREATE_PLANE?: number; KVM_CREATE_VCPU_PLANE?: number } {
  const p = PLANES_PROFILES[profile];
  if (!p) return {};
  return {
    KVM_CREATE_PLANE: _IO(KVMIO, p.createPlaneNr),
    ...(p.createVcpuPlaneNr !== undefined ? { KVM_CREATE_VCPU_PLANE: _IO(KVMIO, p.createVcpuPlaneNr) } : {}),
  };
}

/** Non-KVM requests that show up in recordings. */
export const TCGETS = 0x5401;

const NAME_BY_NR = new Map<number, string>();
for (const [k, v] of Object.entries(KVM_REQ)) if (!NAME_BY_NR.has(v)) NAME_BY_NR.set(v, k);
NAME_BY_NR.set(TCGETS, 'TCGETS');

/** Symbolic name of a request number (profile-aware for the planes numbers); hex if unknown. */
export function requestName(req: number, profile: PlanesProfile | 'none' = 'none'): string {
  const r = req >>> 0;
  if (profile !== 'none') {
    const p = planesRequests(profile);
    if (p.KVM_CREATE_PLANE === r) return 'KVM_CREATE_PLANE';
    if (p.KVM_CREATE_VCPU_PLANE === r) return 'KVM_CREATE_VCPU_PLANE';
  }
  return NAME_BY_NR.get(r) ?? `0x${r.toString(16)}`;
}
