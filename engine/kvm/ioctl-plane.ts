/**
 * VM planes (spec/planes.md §2.2–2.5): KVM_CREATE_PLANE on the VM fd, the
 * plane fd's ioctls and the plane-vCPU fd allow-list, per profile.
 */
import { KVM_REQ as R, planesRequests } from './uapi/ioctl.ts';
import { KVM_CAP } from './uapi/caps.ts';
import { EBADF, EEXIST, EINVAL, EMFILE, ENOTTY } from './uapi/errno.ts';
import { planesProfile, type ProfileId } from './uapi/profiles.ts';
import { fail, ok, skip, type Call, type Handler, type IoctlResult, type KvmCore } from './call.ts';
import { VCPU_IOCTLS } from './ioctl-vcpu.ts';
import type { Vm } from './vm.ts';

/** Number of planes a VM may have (KVM_CAP_PLANES on the VM fd): R25/B617 16 for unprotected VMs, S26 1 unless SNP + split irqchip. */
export function maxPlanes(profile: ProfileId, _vm: Vm): number {
  const p = planesProfile(profile);
  if (!p) return 1;
  return profile === 's26' ? 1 : p.maxPlanes;
}

/** KVM_CREATE_PLANE(id) on a VM fd. */
export function createPlane(k: KvmCore, vm: Vm, raw: bigint): IoctlResult {
  if (k.profile !== 's26') vm.config.hasPlanes = true; // R25 sets has_planes before allocating (R25-17)
  if (raw < 0n || raw >= BigInt(maxPlanes(k.profile, vm))) return fail(EINVAL);
  if (k.profile === 's26' && vm.irqchip === 'none') return fail(EINVAL);
  const id = Number(raw);
  if (id === 0 || vm.planes.has(id)) return fail(EEXIST);
  vm.planes.set(id, { id, vcpus: new Map() });
  vm.config.hasPlanes = true;
  const fd = k.fds.alloc({ kind: 'plane', vm, plane: id });
  return fd < 0 ? fail(EMFILE) : ok(fd);
}

function planeOf(c: Call): { vm: Vm; plane: number } {
  if (c.entry.kind !== 'plane') throw new Error('plane ioctl on a non-plane fd');
  return { vm: c.entry.vm, plane: c.entry.plane };
}

function createPlaneVcpu(k: KvmCore, vm: Vm, plane: number, id: number): IoctlResult {
  const p = vm.planes.get(plane)!;
  if (!vm.vcpus.has(id)) return fail(EINVAL);
  if (p.vcpus.has(id)) return fail(EEXIST);
  const v = k.newVcpu(vm, id, plane);
  const fd = k.fds.alloc({ kind: 'plane_vcpu', vcpu: v });
  if (fd < 0) return fail(EMFILE);
  p.vcpus.set(id, v);
  return ok(fd);
}

/** The plane-fd ioctl table of a profile (everything else: ENOTTY). */
export function planeIoctls(profile: ProfileId): Map<number, Handler> {
  const t = new Map<number, Handler>();
  const req = planesRequests(profile as 'r25');
  t.set(R.KVM_SIGNAL_MSI, (_k, c) => (planeOf(c).vm.irqchip === 'none' ? fail(EINVAL) : skip('KVM_SIGNAL_MSI: LAPIC delivery is not modelled')));
  if (profile === 's26') {
    t.set(R.KVM_CREATE_VCPU, (k, c) => {
      const { vm, plane } = planeOf(c);
      if (c.raw < 0n || c.raw >= BigInt(k.host.maxVcpuId)) return fail(EINVAL);
      return createPlaneVcpu(k, vm, plane, Number(c.raw));
    });
    t.set(R.KVM_SET_GSI_ROUTING, (_k, c) => (planeOf(c).vm.irqchip === 'none' ? fail(EINVAL) : ok(0)));
  } else {
    t.set(R.KVM_CHECK_EXTENSION, (k, c) => {
      const cap = c.raw;
      if (cap === BigInt(KVM_CAP.KVM_CAP_SIGNAL_MSI) || cap === BigInt(KVM_CAP.KVM_CAP_CHECK_EXTENSION_VM)) return ok(1);
      if (cap === BigInt(KVM_CAP.KVM_CAP_MEMORY_ATTRIBUTES)) return ok(0); // PRIVATE only on plane 0
      return ok(0);
    });
    t.set(R.KVM_SET_MEMORY_ATTRIBUTES, (k) => (k.host.caps[KVM_CAP.KVM_CAP_MEMORY_ATTRIBUTES] ? skip('per-plane memory attributes are not modelled') : fail(ENOTTY)));
    if (req.KVM_CREATE_VCPU_PLANE !== undefined) {
      t.set(req.KVM_CREATE_VCPU_PLANE, (k, c) => {
        const { vm, plane } = planeOf(c);
        const e = c.raw < 0n || c.raw > 0x7fffffffn ? undefined : k.fds.get(Number(c.raw));
        if (!e) return fail(EBADF);
        if (e.kind !== 'vcpu' || e.vcpu.vm !== vm) return fail(EINVAL);
        return createPlaneVcpu(k, vm, plane, e.vcpu.id);
      });
    }
  }
  return t;
}

/** Requests a plane-vCPU fd accepts (§2.5); everything else is EINVAL. */
export const PLANE_VCPU_ALLOWED: ReadonlySet<number> = new Set([
  R.KVM_GET_REGS, R.KVM_SET_REGS, R.KVM_GET_SREGS, R.KVM_SET_SREGS, R.KVM_TRANSLATE, R.KVM_GET_MSRS, R.KVM_SET_MSRS,
  R.KVM_GET_FPU, R.KVM_SET_FPU, R.KVM_GET_LAPIC, R.KVM_SET_LAPIC, R.KVM_GET_VCPU_EVENTS, R.KVM_SET_VCPU_EVENTS,
  R.KVM_GET_DEBUGREGS, R.KVM_SET_DEBUGREGS, R.KVM_GET_XSAVE, R.KVM_SET_XSAVE, R.KVM_GET_XSAVE2, R.KVM_GET_XCRS,
  R.KVM_SET_XCRS, R.KVM_GET_ONE_REG, R.KVM_SET_ONE_REG, R.KVM_GET_REG_LIST, R.KVM_GET_NESTED_STATE,
  R.KVM_SET_NESTED_STATE, R.KVM_GET_SREGS2, R.KVM_SET_SREGS2,
]);

/** The plane-vCPU table: the allowed subset of the vCPU handlers. */
export function planeVcpuIoctls(): Map<number, Handler> {
  const t = new Map<number, Handler>();
  for (const nr of PLANE_VCPU_ALLOWED) {
    const h = VCPU_IOCTLS.get(nr);
    t.set(nr, h ?? (() => skip(`0x${nr.toString(16)} on a plane vCPU is not modelled`)));
  }
  return t;
}
