/**
 * KVM ioctl request numbers (x86-64) by name, so an strace log without `-X verbose`
 * (which prints only names) still yields request numbers. The numbers are the
 * uAPI model's own (engine/kvm/uapi/ioctl.ts, import-free constants): one table.
 */
import { KVM_REQ } from '../../../kvm/uapi/ioctl.ts';

/** _IOC(dir, type, nr, size) as in include/uapi/asm-generic/ioctl.h. */
export function ioc(dir: number, type: number, nr: number, size: number): number {
  return ((dir << 30) | (size << 16) | (type << 8) | nr) >>> 0;
}

export interface IoctlInfo {
  readonly name: string;
  readonly nr: number;
  /** _IOC_DIR: bit 0 = the kernel reads arg (_IOW), bit 1 = the kernel writes it (_IOR). */
  readonly dir: number;
  readonly size: number;
}

/** `_IOC_DIR` of any request number (ioctl.h layout: bits 30-31). */
export function iocDir(nr: number): number {
  return (nr >>> 30) & 3;
}

export const KVM_IOCTLS: ReadonlyMap<string, IoctlInfo> = new Map(
  Object.entries(KVM_REQ).map(([name, req]) => {
    const nr = req >>> 0;
    return [name, { name, nr, dir: iocDir(nr), size: (nr >>> 16) & 0x3fff }];
  }),
);

export const KVM_IOCTLS_BY_NR: ReadonlyMap<number, IoctlInfo> = new Map([...KVM_IOCTLS.values()].map((i) => [i.nr, i]));
