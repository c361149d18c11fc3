import { describe, expect, it } from 'vitest';
import { getSupportedCpuid, VcpuCpuid, type KvmCpuidEntry2 } from './cpuid.ts';
import { HOST_PVM_618_X86 } from './msr/host-pvm-6.18.ts';
import { loadLab } from './msr/lab-fixture.testutil.ts';
import { E2BIG, EINVAL } from '../uapi/errno.ts';

const host = HOST_PVM_618_X86.supportedCpuid;
const hex = (e: KvmCpuidEntry2) => ({ function: '0x' + e.function.toString(16), index: '0x' + e.index.toString(16), flags: e.flags,
  eax: '0x' + e.eax.toString(16), ebx: '0x' + e.ebx.toString(16), ecx: '0x' + e.ecx.toString(16), edx: '0x' + e.edx.toString(16), padding: [0, 0, 0] });

describe('CPUID ioctls against the recordings', () => {
  it('KVM_GET_SUPPORTED_CPUID returns the recorded 61 entries; nent=1 is E2BIG with nent unchanged', () => {
    for (const name of ['msr', 'errors']) {
      for (const ev of loadLab(name).events.filter((e) => e.req === 'KVM_GET_SUPPORTED_CPUID')) {
        const r = getSupportedCpuid(host, Number(ev.arg.nent));
        expect(r.ret).toBe(ev.ret);
        if (ev.ret < 0) { expect(r.errno).toBe(ev.errno); expect(r.out).toBeUndefined(); }
        else { expect(r.out!.nent).toBe(ev.out.nent); expect(r.out!.entries.map(hex)).toEqual(ev.out.entries); }
      }
    }
  });

  it('KVM_SET_CPUID2 accepts the recorded table and refuses nent=300 with E2BIG', () => {
    for (const name of ['msr', 'errors']) {
      for (const ev of loadLab(name).events.filter((e) => e.req === 'KVM_SET_CPUID2')) {
        const c = new VcpuCpuid(host);
        expect(c.setCpuid2(ev.arg, false)).toBe(ev.ret < 0 ? ev.errno : 0);
      }
    }
  });
});

describe('guest CPUID lookup (kvm_cpuid)', () => {
  const amd = () => { const c = new VcpuCpuid(host); expect(c.setCpuid2({ nent: host.length, entries: host }, false)).toBe(0); return c; };

  it('returns zeros before KVM_SET_CPUID2', () => {
    expect(new VcpuCpuid(host).cpuid(0, 0)).toEqual({ eax: 0, ebx: 0, ecx: 0, edx: 0 });
  });

  it('exact leaves, significant indices, AMD zeros for missing leaves', () => {
    const c = amd();
    expect(c.cpuid(0, 0)).toEqual({ eax: 0x10, ebx: 0x68747541, ecx: 0x444d4163, edx: 0x69746e65 });
    expect(c.cpuid(0xd, 2).eax).toBe(0x100);
    expect(c.cpuid(0xd, 5)).toEqual({ eax: 0, ebx: 0, ecx: 0, edx: 0 });          // significant index, no entry
    expect(c.cpuid(0x1, 7).eax).toBe(0xa00f11);                                   // index not significant
    expect(c.cpuid(0x20, 0)).toEqual({ eax: 0, ebx: 0, ecx: 0, edx: 0 });         // AMD: out of range -> zeros
    expect(c.cpuid(0x80000023, 0)).toEqual({ eax: 0, ebx: 0, ecx: 0, edx: 0 });
  });

  it('Intel semantics: out-of-range leaves read the max basic leaf with the original index', () => {
    const intel: KvmCpuidEntry2[] = [
      { function: 0, index: 0, flags: 0, eax: 0xb, ebx: 0x756e6547, ecx: 0x6c65746e, edx: 0x49656e69 },
      { function: 0xb, index: 0, flags: 1, eax: 1, ebx: 1, ecx: 0x100, edx: 0 },
      { function: 0xb, index: 1, flags: 1, eax: 4, ebx: 2, ecx: 0x201, edx: 0 },
      { function: 0x80000000, index: 0, flags: 0, eax: 0x80000008, ebx: 0, ecx: 0, edx: 0 },
    ];
    const c = new VcpuCpuid();
    expect(c.setCpuid2({ nent: intel.length, entries: intel }, false)).toBe(0);
    expect(c.cpuid(0x20, 1)).toEqual({ eax: 4, ebx: 2, ecx: 0x201, edx: 0 });      // -> leaf 0xb index 1
    expect(c.cpuid(0x20, 5)).toEqual({ eax: 0, ebx: 0, ecx: 5, edx: 0 });          // 0xB rule: CL passes through
    expect(c.cpuid(0x80000005, 0)).toEqual({ eax: 0, ebx: 0, ecx: 0, edx: 0 });    // in range, missing: zeros
    expect(c.cpuid(0x80000009, 0)).toEqual({ eax: 1, ebx: 1, ecx: 0x100, edx: 0 }); // beyond 0x80000008 -> leaf 0xb.0
  });

  it('runtime bits: OSXSAVE from CR4, APIC from APIC_BASE.EN, XSAVE size from XCR0', () => {
    const c = amd();
    const off = c.cpuid(1, 0, { cr4: 0n, apicBase: 0xfee00000n });
    expect((off.edx >>> 9) & 1).toBe(0);
    expect((off.ecx >>> 27) & 1).toBe(0);
    const on = c.cpuid(1, 0, { cr4: 1n << 18n, apicBase: 0xfee00900n });
    expect((on.edx >>> 9) & 1).toBe(1);
    expect((on.ecx >>> 27) & 1).toBe(1);
    expect(c.cpuid(0xd, 0, { cr4: 0n, apicBase: 0n }).ebx).toBe(0x240);
    expect(c.cpuid(0xd, 0, { cr4: 0n, apicBase: 0n, xcr0: 0x7n }).ebx).toBe(0x340);
  });

  it('KVM_SET_CPUID2 checks: E2BIG above 256, bad 0x80000008 width, identical-only after KVM_RUN', () => {
    const c = amd();
    expect(c.setCpuid2({ nent: 257, entries: [] }, false)).toBe(E2BIG);
    const bad = host.map((e) => e.function === 0x80000008 ? { ...e, eax: 0x2830 } : e);
    expect(new VcpuCpuid().setCpuid2({ nent: bad.length, entries: bad }, false)).toBe(EINVAL);
    expect(c.setCpuid2({ nent: host.length, entries: host }, true)).toBe(0);
    expect(c.setCpuid2({ nent: 1, entries: host }, true)).toBe(EINVAL);
    expect(c.getCpuid2(10).errno).toBe(E2BIG);
    expect(c.getCpuid2(256).out!.nent).toBe(61);
  });
});
