/**
 * ioctl dispatch by fd kind, as data: each kind has a handler table and the
 * errno its kernel function returns for requests it does not handle
 * (lab/README.md "Invalid ioctls": EINVAL on /dev/kvm and vCPU fds, ENOTTY on
 * VM fds and /dev/null, EBADF on a bad fd; plane fds ENOTTY, plane-vCPU fds
 * EINVAL). Process identity: VM-scoped fds refuse other processes with EIO.
 */
import { KVM_REQ as R } from './uapi/ioctl.ts';
import { EINVAL, ENOTTY } from './uapi/errno.ts';
import type { ProfileId } from './uapi/profiles.ts';
import { planesRequests } from './uapi/ioctl.ts';
import { skip, type Handler } from './call.ts';
import type { FdKind } from './fd-table.ts';
import { SYSTEM_IOCTLS } from './ioctl-system.ts';
import { VM_IOCTLS } from './ioctl-vm.ts';
import { VCPU_IOCTLS } from './ioctl-vcpu.ts';
import { createPlane, planeIoctls, planeVcpuIoctls } from './ioctl-plane.ts';

export interface KindRules {
  table: Map<number, Handler>;
  /** errno for requests not in the table. */
  unknown: number;
  /** kvm->mm != current->mm -> EIO (VM, vCPU, plane fds). */
  mmCheck: boolean;
}

/** Real KVM requests of a kind the model does not implement: reported as skipped, never as a wrong errno. */
const VM_UNMODELLED = [R.KVM_GET_IRQCHIP, R.KVM_SET_IRQCHIP, R.KVM_GET_PIT, R.KVM_SET_PIT, R.KVM_GET_PIT2, R.KVM_SET_PIT2,
  R.KVM_REINJECT_CONTROL, R.KVM_XEN_HVM_CONFIG, R.KVM_MEMORY_ENCRYPT_OP, R.KVM_MEMORY_ENCRYPT_REG_REGION,
  R.KVM_MEMORY_ENCRYPT_UNREG_REGION, R.KVM_HYPERV_EVENTFD, R.KVM_XEN_HVM_GET_ATTR, R.KVM_XEN_HVM_SET_ATTR,
  R.KVM_SET_DEVICE_ATTR, R.KVM_GET_DEVICE_ATTR, R.KVM_HAS_DEVICE_ATTR, R.KVM_GET_NR_MMU_PAGES];
const VCPU_UNMODELLED = [R.KVM_GET_XSAVE, R.KVM_SET_XSAVE, R.KVM_GET_XSAVE2, R.KVM_GET_NESTED_STATE, R.KVM_SET_NESTED_STATE,
  R.KVM_GET_SREGS2, R.KVM_SET_SREGS2, R.KVM_SMI, R.KVM_X86_SETUP_MCE, R.KVM_X86_SET_MCE, R.KVM_TPR_ACCESS_REPORTING,
  R.KVM_SET_VAPIC_ADDR, R.KVM_SET_CPUID, R.KVM_GET_STATS_FD, R.KVM_XEN_VCPU_GET_ATTR, R.KVM_XEN_VCPU_SET_ATTR,
  R.KVM_GET_SUPPORTED_HV_CPUID, R.KVM_GET_DEVICE_ATTR, R.KVM_SET_DEVICE_ATTR, R.KVM_HAS_DEVICE_ATTR];

function withUnmodelled(base: Map<number, Handler>, extra: readonly number[]): Map<number, Handler> {
  const t = new Map(base);
  for (const nr of extra) if (!t.has(nr)) t.set(nr, () => skip(`0x${nr.toString(16)} is a valid request the model does not implement`));
  return t;
}

/** Dispatch rules for every fd kind under a profile. */
export function dispatchRules(profile: ProfileId): Record<FdKind, KindRules> {
  const vm = withUnmodelled(VM_IOCTLS, VM_UNMODELLED);
  const p = planesRequests(profile as 'r25');
  if (p.KVM_CREATE_PLANE !== undefined) {
    vm.set(p.KVM_CREATE_PLANE, (k, c) => createPlane(k, (c.entry as { vm: import('./vm.ts').Vm }).vm, c.raw));
  }
  return {
    system: { table: SYSTEM_IOCTLS, unknown: EINVAL, mmCheck: false },
    devnull: { table: new Map(), unknown: ENOTTY, mmCheck: false },
    guest_memfd: { table: new Map(), unknown: ENOTTY, mmCheck: false },
    vm: { table: vm, unknown: ENOTTY, mmCheck: true },
    vcpu: { table: withUnmodelled(VCPU_IOCTLS, VCPU_UNMODELLED), unknown: EINVAL, mmCheck: true },
    plane: { table: planeIoctls(profile), unknown: ENOTTY, mmCheck: true },
    plane_vcpu: { table: planeVcpuIoctls(), unknown: EINVAL, mmCheck: true },
  };
}
