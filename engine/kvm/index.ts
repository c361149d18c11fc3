/**
 * The KVM userspace API as a VMM sees it (x86-64): the root object `Kvm`
 * models one VMM process — its fd table, its address space and the kernel
 * objects behind the fds (/dev/kvm, VMs, vCPUs, guest_memfds, planes).
 * See engine/kvm/CONTEXT.md.
 */
import type { Backend, GuestCpu } from '../cpu/types.ts';
import { PsError } from '../errors.ts';
import {
  AddressSpace, AnonObject, MAP_ANONYMOUS, MAP_SHARED, PROT_EXEC, type AddressSpaceSnapshot, type MemObject,
} from '../mem/address-space.ts';
import { DEFAULT_HOST, hostProfile, type HostProfile } from './hosts/index.ts';
import { EBADF, EINVAL, EIO, ENODEV, ENOENT, EPERM } from './uapi/errno.ts';
import type { ProfileId } from './uapi/profiles.ts';
import { toBig } from './uapi/layout.ts';
import { FdTable, type FdEntry, type FdKind } from './fd-table.ts';
import { dispatchRules, type KindRules } from './dispatch.ts';
import type { Call, IoctlResult, KvmCore } from './call.ts';
import { Vm, type VmSnapshot } from './vm.ts';
import { Vcpu, VCPU_AREA_PAGES } from './vcpu.ts';
import { GuestMemfd } from './guest-memfd.ts';
import { DirtyRing } from './dirty-ring.ts';
import { inspectKvm, type KvmInspection } from './inspect.ts';

export type { IoctlResult } from './call.ts';
export type { KvmInspection } from './inspect.ts';

export interface KvmOptions {
  /** Host profile id; default 'pvm-6.18' = the recorded lab host. */
  host?: string;
  /** Planes uAPI generation (spec/planes.md); default 'none'. */
  profile?: ProfileId;
  /** Guest execution backend. */
  backend?: Backend;
  /** Guest execution; without it KVM_RUN reports `skipped`. */
  cpuFactory?: (backend: Backend) => GuestCpu;
  /** First descriptor open() may return (the lowest free fd >= this). Default 3 (stdin/out/err taken); the lab VMM had fd 3 open for its log, so its recordings start at 4. */
  firstFd?: number;
  /** Guest instructions one KVM_RUN may execute before it returns -EINTR (stands for a signal). Default 50,000,000. */
  runBudget?: number;
}

/** Who makes an ioctl, and an optional watchdog for it (guest instructions before a KVM_RUN is interrupted). */
export interface IoctlContext { process?: 'main' | 'forked_child'; budget?: number }

export interface SysResult { ret: number; errno?: number }
export interface MmapResult { ret: bigint; errno?: number }

/** Opaque capture of a whole Kvm (restore with Kvm.restore). */
export interface KvmSnapshot {
  readonly fds: ReadonlyArray<FdEntry | undefined>;
  readonly as: AddressSpaceSnapshot;
  readonly vms: ReadonlyArray<readonly [Vm, VmSnapshot]>;
  readonly nextVmId: number;
}

/** A mapping that shows nothing (plane vCPU fds: every access SIGBUSes). */
const NO_PAGES: MemObject = { kind: 'none', page: () => null };

export class Kvm implements KvmCore {
  readonly host: HostProfile;
  readonly profile: ProfileId;
  readonly backend: Backend;
  budget: number;
  readonly as = new AddressSpace();
  readonly fds: FdTable;
  private readonly rules: Record<FdKind, KindRules>;
  private readonly cpuFactory: ((b: Backend) => GuestCpu) | undefined;
  private nextVmId = 1;

  constructor(opts: KvmOptions = {}) {
    const host = hostProfile(opts.host ?? DEFAULT_HOST);
    if (!host) throw new PsError('PS161', `no host profile '${opts.host}'`);
    this.host = host;
    this.profile = opts.profile ?? 'none';
    this.backend = opts.backend ?? (host.backend === 'pvm' ? 'emulate' : 'hardware');
    this.cpuFactory = opts.cpuFactory;
    this.budget = opts.runBudget ?? 50_000_000;
    this.fds = new FdTable(opts.firstFd ?? 3);
    this.rules = dispatchRules(this.profile);
  }

  // ---- KvmCore (used by the ioctl handlers) ----
  newVm(type: number): Vm { return new Vm(this.nextVmId++, type, this.host, this.profile); }
  newVcpu(vm: Vm, id: number, plane: number): Vcpu {
    const owner = plane === 0 ? undefined : vm.vcpus.get(id);
    const v = new Vcpu(vm, id, plane, this.cpuFor(), owner);
    if (plane === 0 && vm.config.dirtyRingBytes) v.dirtyRing = new DirtyRing(vm.config.dirtyRingBytes, this.backend === 'hardware');
    return v;
  }
  cpuFor(): GuestCpu | null { return this.cpuFactory ? this.cpuFactory(this.backend) : null; }
  invalidateGuest(vm: Vm, gfn: number, n: number): void {
    for (const v of vm.vcpuList()) {
      if (!v.cpu) continue;
      for (let i = 0; i < n; i++) v.cpu.invalidateCode(gfn + i);
    }
  }
  syncCoalescedIn(vm: Vm): void {
    const ring = vm.coalesced.ring;
    for (const v of vm.vcpus.values()) {
      // `first` (u32 at the ring's start) is written by the VMM only; byte compare/copy, no allocation per KVM_RUN
      const a = v.area, o = 2 * 4096;
      if (a[o] !== ring[0] || a[o + 1] !== ring[1] || a[o + 2] !== ring[2] || a[o + 3] !== ring[3]) {
        ring[0] = a[o]!; ring[1] = a[o + 1]!; ring[2] = a[o + 2]!; ring[3] = a[o + 3]!;
      }
    }
  }
  syncCoalescedOut(vm: Vm): void {
    const st = vm.coalesced.state;
    if (st.mmio.length === 0 && st.pio.length === 0) return;
    for (const v of vm.vcpus.values()) v.area.set(vm.coalesced.ring, 2 * 4096);
  }

  // ---- system calls of the modelled VMM process ----

  /** open(2): "/dev/kvm" and "/dev/null"; anything else ENOENT. */
  open(path: string, _flags = 0): SysResult {
    let e: FdEntry;
    if (path === '/dev/kvm') e = { kind: 'system' };
    else if (path === '/dev/null') e = { kind: 'devnull' };
    else return { ret: -1, errno: ENOENT };
    const fd = this.fds.alloc(e);
    return fd < 0 ? { ret: -1, errno: 24 } : { ret: fd };
  }

  /** close(2). The kernel object lives on while mappings or other fds reference it. */
  close(fd: number): SysResult {
    return this.fds.close(fd) ? { ret: 0 } : { ret: -1, errno: EBADF };
  }

  /** mmap(2) of anonymous memory, a vCPU fd (kvm_run area / dirty ring) or a guest_memfd. */
  mmap(addr: bigint, len: bigint, prot: number, flags: number, fd: number, offset: bigint): MmapResult {
    const failed = (errno: number): MmapResult => ({ ret: -1n, errno });
    if ((flags & 3) === 0 || len <= 0n || (offset & 0xfffn)) return failed(EINVAL);
    let obj: MemObject;
    const pgoff = Number(offset >> 12n);
    if (flags & MAP_ANONYMOUS) obj = new AnonObject();
    else {
      const e = this.fds.get(fd);
      if (!e) return failed(EBADF);
      switch (e.kind) {
        case 'vcpu': {
          if (prot & PROT_EXEC) return failed(EPERM); // anon inodes are noexec
          const ringPages = e.vcpu.vm.config.dirtyRingBytes / 4096;
          const lastPg = pgoff + Number((len + 0xfffn) >> 12n) - 1;
          const inRing = (p: number) => ringPages > 0 && p >= 64 && p < 64 + ringPages;
          if ((inRing(pgoff) || inRing(lastPg)) && !(flags & MAP_SHARED)) return failed(EINVAL);
          obj = e.vcpu;
          break;
        }
        case 'plane_vcpu':
          if (prot & PROT_EXEC) return failed(EPERM);
          obj = NO_PAGES;
          break;
        case 'guest_memfd':
          if (!e.gmem.mmapable) return failed(ENODEV);
          if (prot & PROT_EXEC) return failed(EPERM);
          if (!(flags & MAP_SHARED)) return failed(EINVAL);
          obj = e.gmem;
          break;
        default:
          return failed(ENODEV);
      }
    }
    const r = this.as.map(addr, len, prot, flags, obj, (flags & MAP_ANONYMOUS) ? 0 : pgoff);
    return r.ok ? { ret: r.addr } : failed(r.errno);
  }

  munmap(addr: bigint, len: bigint): SysResult {
    const e = this.as.unmap(addr, len);
    return e ? { ret: -1, errno: e } : { ret: 0 };
  }
  mprotect(addr: bigint, len: bigint, prot: number): SysResult {
    const e = this.as.protect(addr, len, prot);
    return e ? { ret: -1, errno: e } : { ret: 0 };
  }

  /**
   * ioctl(2). raw = the third argument exactly as passed; struct = the struct
   * the kernel reads (lab-format / kvm.h names; number | bigint | "0x…"), or null.
   */
  ioctl(fd: number, nr: number, raw: bigint, struct: object | null, ctx?: IoctlContext): IoctlResult {
    const entry = this.fds.get(fd);
    if (!entry) return { ret: -1, errno: EBADF };
    const rules = this.rules[entry.kind];
    if (rules.mmCheck && ctx?.process === 'forked_child') return { ret: -1, errno: EIO };
    const h = rules.table.get(nr >>> 0);
    if (!h) return { ret: -1, errno: rules.unknown };
    // 0n (KVM_RUN and most VMM calls) needs no conversion: skip the bigint work on the exit path
    const arg = raw === 0n ? 0n : BigInt.asIntN(64, toBig(raw));
    const call: Call = { fd, entry, nr: nr >>> 0, raw: arg, arg: (struct as Record<string, unknown>) ?? null };
    if (ctx?.budget === undefined) return h(this, call);
    // A watchdog armed for this call only (the VMM's SIGALRM): KVM_RUN returns EINTR after `budget` instructions.
    const saved = this.budget;
    this.budget = ctx.budget;
    try { return h(this, call); } finally { this.budget = saved; }
  }

  /** The VMM's own store into its address space (guest RAM, kvm_run, rings). Throws PS160 if unmapped. */
  hostWrite(hva: bigint, bytes: Uint8Array): void {
    const vpns = this.as.write(hva, bytes);
    if (!vpns) throw new PsError('PS160', `write of ${bytes.length} bytes at 0x${hva.toString(16)}`);
    this.invalidateHostPages(vpns);
  }

  /** The VMM's own load from its address space. Throws PS160 if unmapped. */
  hostRead(hva: bigint, len: number): Uint8Array {
    const b = this.as.read(hva, len);
    if (!b) throw new PsError('PS160', `read of ${len} bytes at 0x${hva.toString(16)}`);
    return b;
  }

  /** Live shared pages of a vCPU fd (kvm_run, PIO data, coalesced ring), as an mmap of the fd shows them. */
  runArea(vcpuFd: number): Uint8Array | null {
    const e = this.fds.get(vcpuFd);
    return e?.kind === 'vcpu' ? e.vcpu.area : null;
  }

  /** Live bytes of the vCPU's dirty ring, or null when the ring is off. */
  dirtyRing(vcpuFd: number): Uint8Array | null {
    const e = this.fds.get(vcpuFd);
    return e?.kind === 'vcpu' ? e.vcpu.dirtyRing?.bytes ?? null : null;
  }

  /** Guest instructions the vCPU behind `vcpuFd` has executed (0 without guest execution). */
  instructionCount(vcpuFd: number): number {
    const e = this.fds.get(vcpuFd);
    return e && (e.kind === 'vcpu' || e.kind === 'plane_vcpu') ? e.vcpu.cpu?.instructionCount() ?? 0 : 0;
  }

  /** Capture everything: O(pages written since the previous snapshot) for memory, plus the (small) kernel objects. */
  snapshot(): KvmSnapshot {
    return {
      fds: this.fds.snapshot(),
      as: this.as.snapshot(),
      vms: [...this.liveVms()].map((vm) => [vm, vm.snapshot()] as const),
      nextVmId: this.nextVmId,
    };
  }

  /** Return to a snapshot; it stays valid for later restores. */
  restore(s: KvmSnapshot): void {
    this.fds.restore(s.fds);
    this.as.restore(s.as);
    for (const [vm, st] of s.vms) vm.restore(st);
    this.nextVmId = s.nextVmId;
  }

  /** Plain data for the UI. */
  inspect(): KvmInspection {
    return inspectKvm(this.fds.list(), [...this.liveVms()], this.as);
  }

  /** VMs reachable from an fd or a mapping (the kernel keeps exactly these alive). */
  private liveVms(): Set<Vm> {
    const s = new Set<Vm>();
    for (const [, e] of this.fds.list()) {
      if (e.kind === 'vm' || e.kind === 'plane' || e.kind === 'guest_memfd') s.add(e.vm);
      else if (e.kind === 'vcpu' || e.kind === 'plane_vcpu') s.add(e.vcpu.vm);
    }
    for (const m of this.as.mappings()) if (m.obj instanceof Vcpu) s.add(m.obj.vm);
    return s;
  }

  /** VMM stores into guest RAM: drop the CPUs' decoded code of those guest pages. */
  private invalidateHostPages(vpns: number[]): void {
    if (!this.cpuFactory) return;
    for (const vm of this.liveVms()) {
      for (const slot of vm.memslots.all()) {
        const first = Number(slot.userspaceAddr >> 12n);
        for (const p of vpns) if (p >= first && p < first + slot.npages) this.invalidateGuest(vm, slot.baseGfn + (p - first), 1);
      }
    }
  }
}

export { VCPU_AREA_PAGES, GuestMemfd };
