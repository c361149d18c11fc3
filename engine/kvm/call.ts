/** The shape of one ioctl call as the handler tables see it. */
import type { AddressSpace } from '../mem/address-space.ts';
import type { GuestCpu, Backend } from '../cpu/types.ts';
import type { HostProfile } from './hosts/types.ts';
import type { ProfileId } from './uapi/profiles.ts';
import type { FdEntry, FdTable } from './fd-table.ts';
import type { Arg } from './args.ts';
import type { Vm } from './vm.ts';
import type { Vcpu } from './vcpu.ts';

export interface IoctlResult { ret: number; errno?: number; out?: Record<string, unknown>; skipped?: string }

/** What handlers may use of the Kvm root. */
export interface KvmCore {
  readonly host: HostProfile;
  readonly profile: ProfileId;
  readonly as: AddressSpace;
  readonly fds: FdTable;
  readonly backend: Backend;
  readonly budget: number;
  newVm(type: number): Vm;
  newVcpu(vm: Vm, id: number, plane: number): Vcpu;
  cpuFor(): GuestCpu | null;
  /** Let every vCPU's CPU drop cached decodes of guest pages [gfn, gfn+n) of a VM. */
  invalidateGuest(vm: Vm, gfn: number, n: number): void;
  /** Keep the coalesced-ring mirrors of a VM's vCPU areas coherent. */
  syncCoalescedIn(vm: Vm): void;
  syncCoalescedOut(vm: Vm): void;
}

export interface Call {
  fd: number;
  entry: FdEntry;
  nr: number;
  raw: bigint;
  arg: Arg;
}

export type Handler = (k: KvmCore, c: Call) => IoctlResult;

export const ok = (ret = 0, out?: Record<string, unknown>): IoctlResult => (out ? { ret, out } : { ret });
export const fail = (errno: number, out?: Record<string, unknown>): IoctlResult => (out ? { ret: -1, errno, out } : { ret: -1, errno });
export const skip = (why: string): IoctlResult => ({ ret: -1, errno: 95, skipped: why });
