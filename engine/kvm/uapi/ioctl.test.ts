import { describe, expect, it } from 'vitest';
import { _IO, _IOR, _IOW, _IOWR, decodeIoctl, KVM_REQ, KVMIO, planesRequests, requestName } from './ioctl.ts';

// Numbers as printed in spec/planes.md §2.2/§2.6 and lab/FORMAT.md / the recordings.
const SPEC: Record<string, number> = {
  KVM_GET_API_VERSION: 0xae00, KVM_CREATE_VM: 0xae01, KVM_GET_MSR_INDEX_LIST: 0xc004ae02,
  KVM_CHECK_EXTENSION: 0xae03, KVM_GET_VCPU_MMAP_SIZE: 0xae04, KVM_GET_SUPPORTED_CPUID: 0xc008ae05,
  KVM_GET_MSR_FEATURE_INDEX_LIST: 0xc004ae0a,
  KVM_CREATE_VCPU: 0xae41, KVM_GET_DIRTY_LOG: 0x4010ae42, KVM_SET_USER_MEMORY_REGION: 0x4020ae46,
  KVM_SET_TSS_ADDR: 0xae47, KVM_SET_IDENTITY_MAP_ADDR: 0x4008ae48, KVM_SET_USER_MEMORY_REGION2: 0x40a0ae49,
  KVM_CREATE_IRQCHIP: 0xae60, KVM_IRQ_LINE: 0x4008ae61, KVM_SET_GSI_ROUTING: 0x4008ae6a,
  KVM_IRQFD: 0x4020ae76, KVM_IOEVENTFD: 0x4040ae79, KVM_ENABLE_CAP: 0x4068aea3, KVM_SIGNAL_MSI: 0x4020aea5,
  KVM_MEMORY_ENCRYPT_OP: 0xc008aeba, KVM_X86_SET_MSR_FILTER: 0x4188aec6, KVM_RESET_DIRTY_RINGS: 0xaec7,
  KVM_GET_STATS_FD: 0xaece, KVM_SET_MEMORY_ATTRIBUTES: 0x4020aed2, KVM_CREATE_GUEST_MEMFD: 0xc040aed4,
  KVM_PRE_FAULT_MEMORY: 0xc040aed5, KVM_CREATE_DEVICE: 0xc00caee0, KVM_SET_DEVICE_ATTR: 0x4018aee1,
  KVM_GET_DEVICE_ATTR: 0x4018aee2, KVM_HAS_DEVICE_ATTR: 0x4018aee3,
  KVM_REGISTER_COALESCED_MMIO: 0x4010ae67, KVM_UNREGISTER_COALESCED_MMIO: 0x4010ae68,
  KVM_CREATE_PIT2: 0x4040ae77, KVM_CLEAR_DIRTY_LOG: 0xc018aec0,
  KVM_RUN: 0xae80, KVM_GET_REGS: 0x8090ae81, KVM_SET_REGS: 0x4090ae82, KVM_GET_SREGS: 0x8138ae83,
  KVM_SET_SREGS: 0x4138ae84, KVM_TRANSLATE: 0xc018ae85, KVM_INTERRUPT: 0x4004ae86, KVM_GET_MSRS: 0xc008ae88,
  KVM_SET_MSRS: 0x4008ae89, KVM_SET_SIGNAL_MASK: 0x4004ae8b, KVM_GET_FPU: 0x81a0ae8c, KVM_SET_FPU: 0x41a0ae8d,
  KVM_GET_LAPIC: 0x8400ae8e, KVM_SET_LAPIC: 0x4400ae8f, KVM_SET_CPUID2: 0x4008ae90, KVM_GET_CPUID2: 0xc008ae91,
  KVM_GET_MP_STATE: 0x8004ae98, KVM_SET_MP_STATE: 0x4004ae99, KVM_NMI: 0xae9a, KVM_SET_GUEST_DEBUG: 0x4048ae9b,
  KVM_GET_VCPU_EVENTS: 0x8040ae9f, KVM_SET_VCPU_EVENTS: 0x4040aea0, KVM_GET_DEBUGREGS: 0x8080aea1,
  KVM_SET_DEBUGREGS: 0x4080aea2, KVM_GET_XSAVE: 0x9000aea4, KVM_SET_XSAVE: 0x5000aea5, KVM_GET_XCRS: 0x8188aea6,
  KVM_SET_XCRS: 0x4188aea7, KVM_GET_ONE_REG: 0x4010aeab, KVM_SET_ONE_REG: 0x4010aeac, KVM_GET_REG_LIST: 0xc008aeb0,
  KVM_SMI: 0xaeb7, KVM_GET_NESTED_STATE: 0xc080aebe, KVM_SET_NESTED_STATE: 0x4080aebf,
  KVM_GET_SREGS2: 0x8140aecc, KVM_SET_SREGS2: 0x4140aecd, KVM_GET_XSAVE2: 0x9000aecf,
};

describe('ioctl encoding', () => {
  it('builds _IO/_IOR/_IOW/_IOWR with the asm-generic formula', () => {
    expect(_IO(KVMIO, 0x80)).toBe(0xae80);
    expect(_IOR(KVMIO, 0x81, 144)).toBe(0x8090ae81);
    expect(_IOW(KVMIO, 0x82, 144)).toBe(0x4090ae82);
    expect(_IOWR(KVMIO, 0x02, 4)).toBe(0xc004ae02);
    expect(() => _IOW(KVMIO, 1, 1 << 14)).toThrow(RangeError);
  });
  it('decodes dir/size/type/nr', () => {
    expect(decodeIoctl(0xc018aec0)).toEqual({ dir: 3, size: 24, type: 0xae, nr: 0xc0 });
    expect(decodeIoctl(0x5401)).toEqual({ dir: 0, size: 0, type: 0x54, nr: 1 });
  });
  for (const [name, nr] of Object.entries(SPEC)) {
    it(`${name} = 0x${nr.toString(16)}`, () => {
      expect((KVM_REQ as Record<string, number>)[name]).toBe(nr);
      expect(requestName(nr)).toBe(name);
    });
  }
  it('has the planes requests per profile (App. B)', () => {
    expect(planesRequests('r25')).toEqual({ KVM_CREATE_PLANE: 0xaed6, KVM_CREATE_VCPU_PLANE: 0xaed7 });
    expect(planesRequests('b617')).toEqual({ KVM_CREATE_PLANE: 0xaed6, KVM_CREATE_VCPU_PLANE: 0xaed7 });
    expect(planesRequests('s26')).toEqual({ KVM_CREATE_PLANE: 0xaee4 });
    expect(requestName(0xaee4, 's26')).toBe('KVM_CREATE_PLANE');
    expect(requestName(0xaed7, 'r25')).toBe('KVM_CREATE_VCPU_PLANE');
    expect(requestName(0xaed6)).toBe('0xaed6');
  });
});
