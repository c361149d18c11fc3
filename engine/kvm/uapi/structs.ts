/**
 * Binary layouts of the uAPI structs (x86-64), offsets as in
 * include/uapi/linux/kvm.h, arch/x86/include/uapi/asm/kvm.h and
 * spec/planes.md §2.6/§3. Field names follow the headers; where the lab
 * format (lab/FORMAT.md §4) flattens a member (kvm_guest_debug.arch.debugreg)
 * the lab name is used and noted.
 */
import { struct, arr, bytes, type Layout } from './layout.ts';

export const kvm_regs: Layout = struct('kvm_regs', 144, [
  'rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rsp', 'rbp',
  'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rip', 'rflags',
].map((n, i) => [n, 'u64', i * 8] as [string, 'u64', number]));

export const kvm_segment: Layout = struct('kvm_segment', 24, [
  ['base', 'u64', 0], ['limit', 'u32', 8], ['selector', 'u16', 12], ['type', 'u8', 14],
  ['present', 'u8', 15], ['dpl', 'u8', 16], ['db', 'u8', 17], ['s', 'u8', 18], ['l', 'u8', 19],
  ['g', 'u8', 20], ['avl', 'u8', 21], ['unusable', 'u8', 22], ['padding', 'u8', 23],
]);
export const kvm_dtable: Layout = struct('kvm_dtable', 16, [
  ['base', 'u64', 0], ['limit', 'u16', 8], ['padding', arr('u16', 3), 10],
]);
const SEGS = ['cs', 'ds', 'es', 'fs', 'gs', 'ss', 'tr', 'ldt'] as const;
/** Segment register order in kvm_sregs / kvm_sregs2. */
export const SREGS_SEGMENTS = SEGS;
export const kvm_sregs: Layout = struct('kvm_sregs', 312, [
  ...SEGS.map((n, i) => [n, kvm_segment, i * 24] as [string, Layout, number]),
  ['gdt', kvm_dtable, 192], ['idt', kvm_dtable, 208],
  ['cr0', 'u64', 224], ['cr2', 'u64', 232], ['cr3', 'u64', 240], ['cr4', 'u64', 248], ['cr8', 'u64', 256],
  ['efer', 'u64', 264], ['apic_base', 'u64', 272], ['interrupt_bitmap', arr('u64', 4), 280],
]);
export const kvm_sregs2: Layout = struct('kvm_sregs2', 320, [
  ...SEGS.map((n, i) => [n, kvm_segment, i * 24] as [string, Layout, number]),
  ['gdt', kvm_dtable, 192], ['idt', kvm_dtable, 208],
  ['cr0', 'u64', 224], ['cr2', 'u64', 232], ['cr3', 'u64', 240], ['cr4', 'u64', 248], ['cr8', 'u64', 256],
  ['efer', 'u64', 264], ['apic_base', 'u64', 272], ['flags', 'u64', 280], ['pdptrs', arr('u64', 4), 288],
]);
export const kvm_fpu: Layout = struct('kvm_fpu', 416, [
  ['fpr', arr(bytes(16), 8), 0], ['fcw', 'u16', 128], ['fsw', 'u16', 130], ['ftwx', 'u8', 132],
  ['pad1', 'u8', 133], ['last_opcode', 'u16', 134], ['last_ip', 'u64', 136], ['last_dp', 'u64', 144],
  ['xmm', arr(bytes(16), 16), 152], ['mxcsr', 'u32', 408], ['pad2', 'u32', 412],
]);
export const kvm_debugregs: Layout = struct('kvm_debugregs', 128, [
  ['db', arr('u64', 4), 0], ['dr6', 'u64', 32], ['dr7', 'u64', 40], ['flags', 'u64', 48], ['reserved', arr('u64', 9), 56],
]);
export const kvm_vcpu_events: Layout = struct('kvm_vcpu_events', 64, [
  ['exception', struct('exception', 8, [['injected', 'u8', 0], ['nr', 'u8', 1], ['has_error_code', 'u8', 2], ['pending', 'u8', 3], ['error_code', 'u32', 4]]), 0],
  ['interrupt', struct('interrupt', 4, [['injected', 'u8', 0], ['nr', 'u8', 1], ['soft', 'u8', 2], ['shadow', 'u8', 3]]), 8],
  ['nmi', struct('nmi', 4, [['injected', 'u8', 0], ['pending', 'u8', 1], ['masked', 'u8', 2], ['pad', 'u8', 3]]), 12],
  ['sipi_vector', 'u32', 16], ['flags', 'u32', 20],
  ['smi', struct('smi', 4, [['smm', 'u8', 0], ['pending', 'u8', 1], ['smm_inside_nmi', 'u8', 2], ['latched_init', 'u8', 3]]), 24],
  ['triple_fault', struct('triple_fault', 1, [['pending', 'u8', 0]]), 28],
  ['reserved', bytes(26), 29], ['exception_has_payload', 'u8', 55], ['exception_payload', 'u64', 56],
]);
/** kvm_guest_debug; `debugreg` is kvm.h's arch.debugreg (flattened as in the lab format). */
export const kvm_guest_debug: Layout = struct('kvm_guest_debug', 72, [
  ['control', 'u32', 0], ['pad', 'u32', 4], ['debugreg', arr('u64', 8), 8],
]);
export const kvm_mp_state: Layout = struct('kvm_mp_state', 4, [['mp_state', 'u32', 0]]);
export const kvm_userspace_memory_region: Layout = struct('kvm_userspace_memory_region', 32, [
  ['slot', 'u32', 0], ['flags', 'u32', 4], ['guest_phys_addr', 'u64', 8], ['memory_size', 'u64', 16], ['userspace_addr', 'u64', 24],
]);
export const kvm_userspace_memory_region2: Layout = struct('kvm_userspace_memory_region2', 160, [
  ['slot', 'u32', 0], ['flags', 'u32', 4], ['guest_phys_addr', 'u64', 8], ['memory_size', 'u64', 16], ['userspace_addr', 'u64', 24],
  ['guest_memfd_offset', 'u64', 32], ['guest_memfd', 'u32', 40], ['pad1', 'u32', 44], ['pad2', arr('u64', 14), 48],
]);
export const kvm_enable_cap: Layout = struct('kvm_enable_cap', 104, [
  ['cap', 'u32', 0], ['flags', 'u32', 4], ['args', arr('u64', 4), 8], ['pad', bytes(64), 40],
]);
export const kvm_msr_entry: Layout = struct('kvm_msr_entry', 16, [['index', 'u32', 0], ['reserved', 'u32', 4], ['data', 'u64', 8]]);
export const kvm_msrs: Layout = struct('kvm_msrs', 8, [['nmsrs', 'u32', 0], ['pad', 'u32', 4]]);
export const kvm_msr_list: Layout = struct('kvm_msr_list', 4, [['nmsrs', 'u32', 0]]);
export const kvm_cpuid_entry2: Layout = struct('kvm_cpuid_entry2', 40, [
  ['function', 'u32', 0], ['index', 'u32', 4], ['flags', 'u32', 8], ['eax', 'u32', 12], ['ebx', 'u32', 16],
  ['ecx', 'u32', 20], ['edx', 'u32', 24], ['padding', arr('u32', 3), 28],
]);
export const kvm_cpuid2: Layout = struct('kvm_cpuid2', 8, [['nent', 'u32', 0], ['padding', 'u32', 4]]);
export const kvm_create_guest_memfd: Layout = struct('kvm_create_guest_memfd', 64, [
  ['size', 'u64', 0], ['flags', 'u64', 8], ['reserved', arr('u64', 6), 16],
]);
export const kvm_memory_attributes: Layout = struct('kvm_memory_attributes', 32, [
  ['address', 'u64', 0], ['size', 'u64', 8], ['attributes', 'u64', 16], ['flags', 'u64', 24],
]);
export const kvm_msr_filter_range: Layout = struct('kvm_msr_filter_range', 24, [
  ['flags', 'u32', 0], ['nmsrs', 'u32', 4], ['base', 'u32', 8], ['bitmap', 'u64', 16],
]);
export const kvm_msr_filter: Layout = struct('kvm_msr_filter', 392, [['flags', 'u32', 0], ['ranges', arr(kvm_msr_filter_range, 16), 8]]);
export const kvm_dirty_gfn: Layout = struct('kvm_dirty_gfn', 16, [['flags', 'u32', 0], ['slot', 'u32', 4], ['offset', 'u64', 8]]);
export const kvm_coalesced_mmio_zone: Layout = struct('kvm_coalesced_mmio_zone', 16, [['addr', 'u64', 0], ['size', 'u32', 8], ['pio', 'u32', 12]]);
export const kvm_coalesced_mmio: Layout = struct('kvm_coalesced_mmio', 24, [
  ['phys_addr', 'u64', 0], ['len', 'u32', 8], ['pio', 'u32', 12], ['data', bytes(8), 16],
]);
/** struct kvm_coalesced_mmio_ring header; entries follow at offset 8. */
export const kvm_coalesced_mmio_ring: Layout = struct('kvm_coalesced_mmio_ring', 8, [['first', 'u32', 0], ['last', 'u32', 4]]);
export const kvm_irq_level: Layout = struct('kvm_irq_level', 8, [['irq', 'u32', 0], ['level', 'u32', 4]]);
export const kvm_interrupt: Layout = struct('kvm_interrupt', 4, [['irq', 'u32', 0]]);
export const kvm_msi: Layout = struct('kvm_msi', 32, [
  ['address_lo', 'u32', 0], ['address_hi', 'u32', 4], ['data', 'u32', 8], ['flags', 'u32', 12], ['devid', 'u32', 16], ['pad', bytes(12), 20],
]);
export const kvm_irq_routing_irqchip: Layout = struct('kvm_irq_routing_irqchip', 8, [['irqchip', 'u32', 0], ['pin', 'u32', 4]]);
export const kvm_irq_routing_msi: Layout = struct('kvm_irq_routing_msi', 16, [
  ['address_lo', 'u32', 0], ['address_hi', 'u32', 4], ['data', 'u32', 8], ['devid', 'u32', 12],
]);
/** kvm_irq_routing_entry with the `u` union viewed as irqchip (the msi view is kvm_irq_routing_msi at offset 16). */
export const kvm_irq_routing_entry: Layout = struct('kvm_irq_routing_entry', 48, [
  ['gsi', 'u32', 0], ['type', 'u32', 4], ['flags', 'u32', 8], ['pad', 'u32', 12], ['u', bytes(32), 16],
]);
export const kvm_irq_routing: Layout = struct('kvm_irq_routing', 8, [['nr', 'u32', 0], ['flags', 'u32', 4]]);
export const kvm_translation: Layout = struct('kvm_translation', 24, [
  ['linear_address', 'u64', 0], ['physical_address', 'u64', 8], ['valid', 'u8', 16], ['writeable', 'u8', 17],
  ['usermode', 'u8', 18], ['pad', bytes(5), 19],
]);
export const kvm_dirty_log: Layout = struct('kvm_dirty_log', 16, [['slot', 'u32', 0], ['padding1', 'u32', 4], ['dirty_bitmap', 'u64', 8]]);
export const kvm_clear_dirty_log: Layout = struct('kvm_clear_dirty_log', 24, [
  ['slot', 'u32', 0], ['num_pages', 'u32', 4], ['first_page', 'u64', 8], ['dirty_bitmap', 'u64', 16],
]);
export const kvm_pre_fault_memory: Layout = struct('kvm_pre_fault_memory', 64, [
  ['gpa', 'u64', 0], ['size', 'u64', 8], ['flags', 'u64', 16], ['padding', arr('u64', 5), 24],
]);
export const kvm_pit_config: Layout = struct('kvm_pit_config', 64, [['flags', 'u32', 0], ['pad', arr('u32', 15), 4]]);
export const kvm_xcr: Layout = struct('kvm_xcr', 16, [['xcr', 'u32', 0], ['reserved', 'u32', 4], ['value', 'u64', 8]]);
export const kvm_xcrs: Layout = struct('kvm_xcrs', 392, [
  ['nr_xcrs', 'u32', 0], ['flags', 'u32', 4], ['xcrs', arr(kvm_xcr, 16), 8], ['padding', arr('u64', 16), 264],
]);
export const kvm_one_reg: Layout = struct('kvm_one_reg', 16, [['id', 'u64', 0], ['addr', 'u64', 8]]);
export const kvm_clock_data: Layout = struct('kvm_clock_data', 48, [
  ['clock', 'u64', 0], ['flags', 'u32', 8], ['pad0', 'u32', 12], ['realtime', 'u64', 16], ['host_tsc', 'u64', 24], ['pad', arr('u32', 4), 32],
]);
export const kvm_ioeventfd: Layout = struct('kvm_ioeventfd', 64, [
  ['datamatch', 'u64', 0], ['addr', 'u64', 8], ['len', 'u32', 16], ['fd', 's32', 20], ['flags', 'u32', 24], ['pad', bytes(36), 28],
]);
export const kvm_irqfd: Layout = struct('kvm_irqfd', 32, [
  ['fd', 'u32', 0], ['gsi', 'u32', 4], ['flags', 'u32', 8], ['resamplefd', 'u32', 12], ['pad', bytes(16), 16],
]);
export const kvm_create_device: Layout = struct('kvm_create_device', 12, [['type', 'u32', 0], ['fd', 'u32', 4], ['flags', 'u32', 8]]);
export const kvm_device_attr: Layout = struct('kvm_device_attr', 24, [['flags', 'u32', 0], ['group', 'u32', 4], ['attr', 'u64', 8], ['addr', 'u64', 16]]);
/** R25/B617 struct kvm_plane_event_exit (80 B, union member at kvm_run offset 32). */
export const kvm_plane_event_exit_r25: Layout = struct('kvm_plane_event_exit', 80, [
  ['cause', 'u16', 0], ['pending_event_planes', 'u16', 2], ['target', 'u16', 4], ['padding', 'u16', 6],
  ['flags', 'u32', 8], ['extra', arr('u64', 8), 16],
]);
/** S26 struct kvm_plane_event_exit (72 B). */
export const kvm_plane_event_exit_s26: Layout = struct('kvm_plane_event_exit', 72, [
  ['cause', 'u32', 0], ['plane', 'u32', 4], ['extra', arr('u64', 8), 8],
]);

/** Flags and limits that go with these structs. */
export const KVM_MEM_LOG_DIRTY_PAGES = 1;
export const KVM_MEM_READONLY = 2;
export const KVM_MEM_GUEST_MEMFD = 4;
export const GUEST_MEMFD_FLAG_MMAP = 1n;
export const GUEST_MEMFD_FLAG_INIT_SHARED = 2n;
export const KVM_MEMORY_ATTRIBUTE_PRIVATE = 8n;
export const KVM_DIRTY_GFN_F_DIRTY = 1;
export const KVM_DIRTY_GFN_F_RESET = 2;
export const KVM_GUESTDBG_ENABLE = 0x1;
export const KVM_GUESTDBG_SINGLESTEP = 0x2;
export const KVM_GUESTDBG_USE_SW_BP = 0x10000;
export const KVM_GUESTDBG_USE_HW_BP = 0x20000;
export const KVM_GUESTDBG_INJECT_DB = 0x40000;
export const KVM_GUESTDBG_INJECT_BP = 0x80000;
export const KVM_GUESTDBG_BLOCKIRQ = 0x100000;
export const KVM_VCPUEVENT_VALID_NMI_PENDING = 0x1;
export const KVM_VCPUEVENT_VALID_SIPI_VECTOR = 0x2;
export const KVM_VCPUEVENT_VALID_SHADOW = 0x4;
export const KVM_VCPUEVENT_VALID_SMM = 0x8;
export const KVM_VCPUEVENT_VALID_PAYLOAD = 0x10;
export const KVM_VCPUEVENT_VALID_TRIPLE_FAULT = 0x20;
/** kvm_vcpu_events.interrupt.shadow bits (arch/x86/include/uapi/asm/kvm.h). */
export const KVM_X86_SHADOW_INT_MOV_SS = 0x01;
export const KVM_X86_SHADOW_INT_STI = 0x02;
export const KVM_MP_STATE = {
  RUNNABLE: 0, UNINITIALIZED: 1, INIT_RECEIVED: 2, HALTED: 3, SIPI_RECEIVED: 4, STOPPED: 5,
  CHECK_STOP: 6, OPERATING: 7, LOAD: 8, AP_RESET_HOLD: 9, SUSPENDED: 10,
} as const;
export const KVM_MAX_CPUID_ENTRIES = 256;
/** MAX_IO_MSRS of arch/x86/kvm/x86.c: KVM_GET/SET_MSRS with nmsrs >= this give E2BIG. */
export const MAX_IO_MSRS = 256;
export const KVM_DIRTY_LOG_PAGE_OFFSET = 64;
export const KVM_PIO_PAGE_OFFSET = 1;
export const KVM_COALESCED_MMIO_PAGE_OFFSET = 2;
export const PAGE_SIZE = 4096;
