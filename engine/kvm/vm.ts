/**
 * One VM: memslots, guest_memfds, vCPUs, irqchip, enabled capabilities and the
 * VM-wide x86 subsystems (MSR filter, dirty log, coalesced MMIO), plus planes.
 */
import type { HostProfile } from './hosts/types.ts';
import type { ProfileId } from './uapi/profiles.ts';
import { Memslots, type Memslot } from './memslots.ts';
import { GuestMemfd, type GuestMemfdSnapshot } from './guest-memfd.ts';
import { CoalescedMmio, type CoalescedState } from './coalesced.ts';
import { DirtyBitmaps } from './dirty-ring.ts';
import type { MsrFilter } from './x86/msr/filter.ts';
import type { Vcpu, VcpuSnapshot } from './vcpu.ts';

export type Irqchip = 'none' | 'kernel' | 'split';

/** Plane of a VM (planes profiles). Plane 0 is the VM itself. */
export interface Plane { id: number; vcpus: Map<number, Vcpu> }

/** Plain-data VM settings (snapshot = structuredClone). */
export interface VmConfig {
  irqchip: Irqchip;
  pit: boolean;
  tssAddr: bigint | null;
  identityMapAddr: bigint | null;
  userSpaceMsrMask: number;
  exitHypercallMask: bigint;
  exceptionPayload: boolean;
  tripleFaultEvent: boolean;
  dirtyRingBytes: number;
  dirtyRingAcqRel: boolean;
  /** Every cap KVM_ENABLE_CAP accepted, with its args[0] (inspect). */
  capsEnabled: Record<string, bigint>;
  hasPlanes: boolean;
  planesFpuShared: boolean;
}

export interface VmSnapshot {
  config: VmConfig;
  slots: readonly Memslot[];
  vcpus: ReadonlyArray<readonly [number, Vcpu]>;
  vcpuStates: ReadonlyArray<readonly [Vcpu, VcpuSnapshot]>;
  planes: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, Vcpu]>]>;
  gmems: ReadonlyArray<readonly [GuestMemfd, GuestMemfdSnapshot]>;
  coalesced: CoalescedState;
  bitmaps: Array<[number, { npages: number; bits: Uint8Array }]>;
  msrFilter: MsrFilter | null;
  createdVcpus: number;
}

export class Vm {
  readonly memslots = new Memslots();
  readonly vcpus = new Map<number, Vcpu>();
  /** Extra planes (id >= 1). */
  readonly planes = new Map<number, Plane>();
  readonly gmems = new Set<GuestMemfd>();
  readonly coalesced = new CoalescedMmio();
  readonly bitmaps = new DirtyBitmaps();
  msrFilter: MsrFilter | null = null;
  createdVcpus = 0;
  config: VmConfig = {
    irqchip: 'none', pit: false, tssAddr: null, identityMapAddr: null, userSpaceMsrMask: 0, exitHypercallMask: 0n,
    exceptionPayload: false, tripleFaultEvent: false, dirtyRingBytes: 0, dirtyRingAcqRel: false, capsEnabled: {},
    hasPlanes: false, planesFpuShared: false,
  };

  constructor(readonly id: number, readonly type: number, readonly host: HostProfile, readonly profile: ProfileId) {}

  get irqchip(): Irqchip { return this.config.irqchip; }

  /**
   * A guest store by `from` reached page gfn: every other vCPU (all planes share the VM's memory) drops
   * the decoded code and translations it derived from that page (cross-modifying code on SMP guests).
   */
  peerStore(from: Vcpu, gfn: number): void {
    for (const v of this.vcpus.values()) if (v !== from && v.cpu?.peerStore) v.cpu.peerStore(gfn);
    for (const p of this.planes.values()) for (const v of p.vcpus.values()) if (v !== from && v.cpu?.peerStore) v.cpu.peerStore(gfn);
  }

  /** vCPUs of plane 0 in creation order. */
  vcpuList(): Vcpu[] { return [...this.vcpus.values()]; }

  snapshot(): VmSnapshot {
    const all = new Set<Vcpu>(this.vcpus.values());
    for (const p of this.planes.values()) for (const v of p.vcpus.values()) all.add(v);
    return {
      config: structuredClone(this.config),
      slots: this.memslots.snapshot(),
      vcpus: [...this.vcpus.entries()],
      vcpuStates: [...all].map((v) => [v, v.snapshot()] as const),
      planes: [...this.planes.entries()].map(([id, p]) => [id, [...p.vcpus.entries()]] as const),
      gmems: [...this.gmems].map((g) => [g, g.snapshot()] as const),
      coalesced: this.coalesced.snapshot(),
      bitmaps: [...this.bitmaps.slots.entries()].map(([k, v]) => [k, { npages: v.npages, bits: v.bits.slice() }]),
      msrFilter: this.msrFilter,
      createdVcpus: this.createdVcpus,
    };
  }

  restore(s: VmSnapshot): void {
    this.config = structuredClone(s.config);
    this.memslots.restore(s.slots);
    this.vcpus.clear();
    for (const [id, v] of s.vcpus) this.vcpus.set(id, v);
    for (const [v, st] of s.vcpuStates) v.restore(st);
    this.planes.clear();
    for (const [id, list] of s.planes) this.planes.set(id, { id, vcpus: new Map(list) });
    this.gmems.clear();
    for (const [g, st] of s.gmems) { g.restore(st); this.gmems.add(g); }
    this.coalesced.restore(s.coalesced);
    this.bitmaps.slots = new Map(s.bitmaps.map(([k, v]) => [k, { npages: v.npages, bits: v.bits.slice() }]));
    this.msrFilter = s.msrFilter;
    this.createdVcpus = s.createdVcpus;
  }
}
