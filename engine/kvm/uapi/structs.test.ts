import { describe, expect, it } from 'vitest';
import * as S from './structs.ts';
import { SIZEOF } from './sizes.ts';
import { decode, encode, offsetOf, type Layout } from './layout.ts';
import { EXIT_OFF, KVM_RUN_OFF, KVM_RUN_SIZE, KvmRunView, decodeKvmRun } from './kvm-run.ts';
import { KVM_EXIT, exitName } from './exits.ts';
import { KVM_CAP, capName, capNumber } from './caps.ts';
import { EINVAL, ENOTTY, errnoName, errnoFromName, EOPNOTSUPP, ENOSPC } from './errno.ts';

describe('struct sizes', () => {
  for (const [k, v] of Object.entries(S)) {
    if (typeof v !== 'object' || !v || (v as Layout).kind !== 'struct') continue;
    const l = v as Layout;
    const key = k as keyof typeof SIZEOF;
    if (key in SIZEOF) it(`sizeof(${k}) = ${SIZEOF[key]}`, () => expect(l.size).toBe(SIZEOF[key]));
  }
  it('plane_event sizes (R25/B617 80, S26 72)', () => {
    expect(S.kvm_plane_event_exit_r25.size).toBe(80);
    expect(S.kvm_plane_event_exit_s26.size).toBe(72);
  });
});

describe('struct offsets (kvm.h / spec §2.6)', () => {
  const cases: Array<[Layout, string, number]> = [
    [S.kvm_regs, 'rip', 128], [S.kvm_regs, 'rflags', 136],
    [S.kvm_sregs, 'cs.selector', 12], [S.kvm_sregs, 'ds', 24], [S.kvm_sregs, 'ss', 120], [S.kvm_sregs, 'ldt', 168],
    [S.kvm_sregs, 'gdt', 192], [S.kvm_sregs, 'idt.limit', 216], [S.kvm_sregs, 'cr0', 224], [S.kvm_sregs, 'efer', 264],
    [S.kvm_sregs, 'apic_base', 272], [S.kvm_sregs, 'interrupt_bitmap', 280],
    [S.kvm_userspace_memory_region, 'guest_phys_addr', 8], [S.kvm_userspace_memory_region, 'userspace_addr', 24],
    [S.kvm_userspace_memory_region2, 'guest_memfd_offset', 32], [S.kvm_userspace_memory_region2, 'guest_memfd', 40],
    [S.kvm_userspace_memory_region2, 'pad2', 48],
    [S.kvm_enable_cap, 'args', 8], [S.kvm_enable_cap, 'pad', 40],
    [S.kvm_msi, 'devid', 16], [S.kvm_msi, 'pad', 20],
    [S.kvm_vcpu_events, 'sipi_vector', 16], [S.kvm_vcpu_events, 'smi', 24], [S.kvm_vcpu_events, 'triple_fault', 28],
    [S.kvm_vcpu_events, 'exception_has_payload', 55], [S.kvm_vcpu_events, 'exception_payload', 56],
    [S.kvm_fpu, 'mxcsr', 408], [S.kvm_fpu, 'xmm', 152], [S.kvm_debugregs, 'dr7', 40],
    [S.kvm_msr_filter, 'ranges', 8], [S.kvm_msr_filter_range, 'bitmap', 16],
    [S.kvm_dirty_gfn, 'offset', 8], [S.kvm_coalesced_mmio, 'data', 16],
    [S.kvm_plane_event_exit_r25, 'flags', 8], [S.kvm_plane_event_exit_r25, 'extra', 16],
    [S.kvm_plane_event_exit_s26, 'extra', 8],
  ];
  for (const [l, path, off] of cases) it(`${l.name}.${path} @${off}`, () => expect(offsetOf(l, path)).toBe(off));
});

describe('codecs', () => {
  it('round-trips kvm_sregs with lab-style hex strings', () => {
    const b = encode(S.kvm_sregs, { cs: { selector: '0xf000', base: '0xffff0000', limit: '0xffff', type: 11, present: 1, s: 1 }, cr0: '0x60000010', efer: 1n << 63n });
    expect(b.length).toBe(312);
    const d = decode(S.kvm_sregs, b) as any;
    expect(d.cs.selector).toBe(0xf000);
    expect(d.cs.base).toBe(0xffff0000n);
    expect(d.cr0).toBe(0x60000010n);
    expect(d.efer).toBe(0x8000000000000000n);
    expect(new DataView(b.buffer).getUint16(12, true)).toBe(0xf000);
  });
  it('encodes the 160-byte memory region v2', () => {
    const b = encode(S.kvm_userspace_memory_region2, { slot: 3, guest_memfd: 8, pad2: ['0x0', '0x0', '0x0', '0x7'] });
    const dv = new DataView(b.buffer);
    expect(dv.getUint32(0, true)).toBe(3);
    expect(dv.getUint32(40, true)).toBe(8);
    expect(dv.getBigUint64(48 + 24, true)).toBe(7n);
  });
});

describe('kvm_run', () => {
  it('header and union offsets (spec §3.1/§3.2)', () => {
    expect(KVM_RUN_SIZE).toBe(2352);
    expect(KVM_RUN_OFF).toMatchObject({ exit_reason: 8, ready_for_interrupt_injection: 12, if_flag: 13, flags: 14, cr8: 16, apic_base: 24, union: 32, kvm_valid_regs: 288, kvm_dirty_regs: 296, s: 304 });
    expect(KVM_RUN_OFF.s + 2048).toBe(KVM_RUN_SIZE);
    expect(EXIT_OFF.io).toEqual({ direction: 32, size: 33, port: 34, count: 36, data_offset: 40 });
    expect(EXIT_OFF.mmio).toEqual({ phys_addr: 32, data: 40, len: 48, is_write: 52 });
    expect(EXIT_OFF.msr).toEqual({ error: 32, reason: 40, index: 44, data: 48 });
    expect(EXIT_OFF.hypercall.ret).toBe(88);
    expect(EXIT_OFF.emulation_failure).toMatchObject({ flags: 40, insn_size: 48, insn_bytes: 49 });
  });
  it('decodes an IO exit with its PIO page data', () => {
    const area = new Uint8Array(3 * 4096);
    const v = new KvmRunView(area);
    v.exit_reason = KVM_EXIT.KVM_EXIT_IO;
    v.setU8(32, 1); v.setU8(33, 1); v.setU16(34, 0x10); v.setU32(36, 1); v.setU64(40, 4096n);
    area[4096] = 0x41;
    v.apic_base = 0xfee00900n;
    expect(decodeKvmRun(area)).toMatchObject({ exit_name: 'KVM_EXIT_IO', apic_base: 0xfee00900n, io: { direction: 'out', size: 1, port: 16, count: 1, data_offset: 4096, data: '41' } });
  });
  it('decodes plane_event per profile', () => {
    const area = new Uint8Array(4096);
    const v = new KvmRunView(area);
    v.exit_reason = 40; v.setU16(32, 1); v.setU16(34, 6); v.setU16(36, 2);
    expect(decodeKvmRun(area, 'r25')).toMatchObject({ exit_name: 'KVM_EXIT_PLANE_EVENT', plane_event: { cause: 1, pending_event_planes: 6, target: 2 } });
    expect(decodeKvmRun(area, 'none').exit_name).toBe('KVM_EXIT_TDX');
  });
});

describe('exit reasons, caps, errno', () => {
  it('exit names 0..43 and PLANE_EVENT per profile', () => {
    expect(Object.keys(KVM_EXIT).length).toBe(44);
    expect(exitName(29)).toBe('KVM_EXIT_X86_RDMSR');
    expect(exitName(39)).toBe('KVM_EXIT_MEMORY_FAULT');
    expect(exitName(40, 'r25')).toBe('KVM_EXIT_PLANE_EVENT');
    expect(exitName(41, 'r25')).toBe('KVM_EXIT_TDX');
    expect(exitName(41, 'b617')).toBe('KVM_EXIT_PLANE_EVENT');
    expect(exitName(44, 's26')).toBe('KVM_EXIT_PLANE_EVENT');
  });
  it('capability numbers of spec §2.3', () => {
    const spec: Record<string, number> = { IRQCHIP: 0, HLT: 1, USER_MEMORY: 3, NR_VCPUS: 9, NR_MEMSLOTS: 10, MP_STATE: 14, IRQ_ROUTING: 25, IRQFD: 32, IOEVENTFD: 36, INTERNAL_ERROR_DATA: 40, VCPU_EVENTS: 41, HYPERV: 44, DEBUGREGS: 50, ENABLE_CAP: 54, XSAVE: 55, XCRS: 56, MAX_VCPUS: 66, ONE_REG: 70, SYNC_REGS: 74, SIGNAL_MSI: 77, CHECK_EXTENSION_VM: 105, SPLIT_IRQCHIP: 121, HYPERV_SYNIC: 123, MAX_VCPU_ID: 128, X2APIC_API: 129, IMMEDIATE_EXIT: 136, X86_USER_SPACE_MSR: 188, X86_MSR_FILTER: 189, DIRTY_LOG_RING: 192, X86_BUS_LOCK_EXIT: 193, SREGS2: 200, EXIT_HYPERCALL: 201, BINARY_STATS_FD: 203, XSAVE2: 208, X86_NOTIFY_VMEXIT: 219, DIRTY_LOG_RING_ACQ_REL: 223, DIRTY_LOG_RING_WITH_BITMAP: 225, USER_MEMORY2: 231, MEMORY_FAULT_INFO: 232, MEMORY_ATTRIBUTES: 233, GUEST_MEMFD: 234, VM_TYPES: 235, PRE_FAULT_MEMORY: 236, X86_APIC_BUS_CYCLES_NS: 237, X86_GUEST_MODE: 238, ARM_WRITABLE_IMP_ID_REGS: 239, ARM_EL2: 240, ARM_EL2_E2H0: 241, RISCV_MP_STATE_RESET: 242, ARM_CACHEABLE_PFNMAP_SUPPORTED: 243, GUEST_MEMFD_FLAGS: 244, S390_USER_OPEREXEC: 246, S390_KEYOP: 247, S390_VSIE_ESAMODE: 248, COALESCED_MMIO: 15, COALESCED_PIO: 162 };
    for (const [n, v] of Object.entries(spec)) expect((KVM_CAP as Record<string, number>)[`KVM_CAP_${n}`], n).toBe(v);
    expect(capNumber('KVM_CAP_PLANES', 'r25')).toBe(239);
    expect(capNumber('KVM_CAP_PLANES', 'b617')).toBe(244);
    expect(capNumber('KVM_CAP_PLANES', 's26')).toBe(249);
    expect(capNumber('KVM_CAP_PLANES_FPU', 'b617')).toBe(245);
    expect(capNumber('KVM_CAP_PLANES_FPU', 's26')).toBeUndefined();
    expect(capName(244)).toBe('KVM_CAP_GUEST_MEMFD_FLAGS');
    expect(capName(244, 'b617')).toBe('KVM_CAP_PLANES');
  });
  it('errno registry', () => {
    expect([EINVAL, ENOTTY, EOPNOTSUPP, ENOSPC]).toEqual([22, 25, 95, 28]);
    expect(errnoName(7)).toBe('E2BIG');
    expect(errnoName(6)).toBe('ENXIO');
    expect(errnoFromName('EEXIST')).toBe(17);
    expect(errnoName(999)).toBe('E999');
  });
});
