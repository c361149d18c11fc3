/** /dev/kvm ioctls (virt/kvm/kvm_main.c kvm_dev_ioctl, arch/x86/kvm/x86.c kvm_arch_dev_ioctl). */
import { KVM_REQ as R } from './uapi/ioctl.ts';
import { KVM_CAP } from './uapi/caps.ts';
import { E2BIG, EINVAL, EMFILE } from './uapi/errno.ts';
import { planesProfile } from './uapi/profiles.ts';
import { getSupportedCpuid } from './x86/cpuid.ts';
import { getFeatureMsrs, getMsrIndexList } from './x86/msr/msrs.ts';
import { argU32 } from './args.ts';
import { fail, ok, skip, type Call, type Handler, type KvmCore } from './call.ts';
import type { Vm } from './vm.ts';

/** KVM_CHECK_EXTENSION value on /dev/kvm (vm = null) or a VM fd. */
export function checkExtension(k: KvmCore, raw: bigint, vm: Vm | null): number {
  if (raw < 0n || raw > 0x7fffffffn) return 0;
  const cap = Number(raw);
  const p = planesProfile(k.profile);
  if (p) {
    if (cap === p.KVM_CAP_PLANES) {
      if (!vm) return k.profile === 's26' ? 1 : p.maxPlanes;
      return k.profile === 's26' ? 1 : p.maxPlanes; // default VMs: R25 16 (not protected), S26 1 (not SNP)
    }
    if (p.KVM_CAP_PLANES_FPU !== undefined && cap === p.KVM_CAP_PLANES_FPU) return vm ? (vm.config.planesFpuShared ? 1 : 0) : 1;
  }
  // The case exists only when KVM_MAX_NR_ADDRESS_SPACES > 1 (CONFIG_KVM_SMM): else 0 on both fds
  // (recorded: QEMU's KVM_CHECK_EXTENSION(KVM_CAP_MULTI_ADDRESS_SPACE) = 0 on the lab host).
  if (cap === KVM_CAP.KVM_CAP_MULTI_ADDRESS_SPACE) return k.host.nrMemslotAsIds > 1 ? (vm ? k.host.nrMemslotAsIds : 2) : 0;
  if (vm && k.host.vmCaps[cap] !== undefined) return k.host.vmCaps[cap]!;
  return k.host.caps[cap] ?? 0;
}

export const SYSTEM_IOCTLS = new Map<number, Handler>([
  [R.KVM_GET_API_VERSION, (k, c) => (c.raw !== 0n ? fail(EINVAL) : ok(k.host.apiVersion))],
  [R.KVM_CREATE_VM, (k, c) => {
    const t = c.raw;
    if (t < 0n || t > 31n || !((k.host.vmTypes >> Number(t)) & 1)) return fail(EINVAL);
    const vm = k.newVm(Number(t));
    const fd = k.fds.alloc({ kind: 'vm', vm });
    return fd < 0 ? fail(EMFILE) : ok(fd);
  }],
  [R.KVM_CHECK_EXTENSION, (k, c) => ok(checkExtension(k, c.raw, null))],
  [R.KVM_GET_VCPU_MMAP_SIZE, (k, c) => (c.raw !== 0n ? fail(EINVAL) : ok(k.host.vcpuMmapSize))],
  [R.KVM_GET_MSR_INDEX_LIST, (k, c) => msrList(k.host.x86.msrIndexList, c)],
  [R.KVM_GET_MSR_FEATURE_INDEX_LIST, (k, c) => msrList(k.host.x86.msrFeatureIndexList, c)],
  [R.KVM_GET_MSRS, (k, c) => {
    const r = getFeatureMsrs(k.host.x86.msrFeatureIndexList, k.host.x86.msr, c.arg ?? {});
    return r.errno ? fail(r.errno) : ok(r.ret, r.out as unknown as Record<string, unknown>);
  }],
  [R.KVM_GET_SUPPORTED_CPUID, (k, c) => {
    const nent = argU32(c.arg, 'nent');
    const r = getSupportedCpuid(k.host.x86.supportedCpuid, nent);
    // E2BIG leaves nent as the caller passed it (no copy-out).
    return r.errno ? fail(r.errno, r.errno === E2BIG ? { nent } : undefined) : ok(0, r.out as unknown as Record<string, unknown>);
  }],
  // kvm_caps.supported_mce_cap = MCG_CTL_P | MCG_SER_P (x86.c); the lab's QEMU got ret 0 here.
  [R.KVM_X86_GET_MCE_CAP_SUPPORTED, () => ok(0, { mce_cap: (1n << 8n) | (1n << 24n) })],
  [R.KVM_GET_EMULATED_CPUID, () => skip('KVM_GET_EMULATED_CPUID: the host profile has no recorded emulated-CPUID list')],
]);

function msrList(list: readonly number[], c: Call) {
  const r = getMsrIndexList(list, c.arg ?? {});
  return r.errno ? fail(r.errno, r.out) : ok(r.ret, r.out);
}
