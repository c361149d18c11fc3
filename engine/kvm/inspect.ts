/** Kvm.inspect(): plain data for the UI (bigint values, no live objects). */
import type { AddressSpace } from '../mem/address-space.ts';
import type { FdEntry, FdKind } from './fd-table.ts';
import type { Vm } from './vm.ts';
import { Vcpu } from './vcpu.ts';
import { exitName } from './uapi/exits.ts';
import { regsToOut, sregsToOut } from './vcpu-state.ts';
import type { kvm_regs, kvm_sregs } from './uapi/regs.ts';

export interface VcpuInspection {
  fd: number | null; vcpu_id: number; plane: number; regs: kvm_regs; sregs: Record<string, unknown>;
  mp_state: number; lastExit: Record<string, unknown> | null; runMapped: boolean;
}
export interface VmInspection {
  fd: number | null; type: number; irqchip: string;
  memslots: Array<{ slot: number; flags: number; guest_phys_addr: bigint; memory_size: bigint; userspace_addr: bigint }>;
  gmems: Array<{ fd: number | null; size: bigint; flags: bigint }>;
  capsEnabled: Record<string, bigint>;
  planes: Array<{ plane: number; fd: number | null; vcpus: number[] }>;
  vcpus: VcpuInspection[];
}
export interface KvmInspection { vms: VmInspection[]; fds: Array<{ fd: number; kind: FdKind }> }

export function inspectKvm(fds: Array<[number, FdEntry]>, vms: Vm[], as: AddressSpace): KvmInspection {
  const fdOf = (pred: (e: FdEntry) => boolean): number | null => fds.find(([, e]) => pred(e))?.[0] ?? null;
  const mapped = new Set<Vcpu>();
  for (const m of as.mappings()) if (m.obj instanceof Vcpu && m.pgoff < 3) mapped.add(m.obj);
  const vcpu = (v: Vcpu): VcpuInspection => {
    const s: kvm_sregs = v.getSregs();
    const last = v.lastExit && typeof v.lastExit.reason === 'number'
      ? { ...v.lastExit, name: exitName(v.lastExit.reason as number, v.vm.profile) } : v.lastExit;
    return {
      fd: fdOf((e) => (e.kind === 'vcpu' || e.kind === 'plane_vcpu') && e.vcpu === v), vcpu_id: v.id, plane: v.plane,
      regs: regsToOut(v.getRegs()) as unknown as kvm_regs, sregs: sregsToOut(s), mp_state: v.state.mp_state,
      lastExit: last ? { ...last } : null, runMapped: mapped.has(v),
    };
  };
  return {
    fds: fds.map(([fd, e]) => ({ fd, kind: e.kind })),
    vms: vms.map((vm) => ({
      fd: fdOf((e) => e.kind === 'vm' && e.vm === vm), type: vm.type, irqchip: vm.irqchip,
      memslots: vm.memslots.all().map((s) => ({
        slot: (s.asId << 16) | s.id, flags: s.flags, guest_phys_addr: BigInt(s.baseGfn) << 12n,
        memory_size: BigInt(s.npages) << 12n, userspace_addr: s.userspaceAddr,
      })),
      gmems: [...vm.gmems].map((g) => ({ fd: fdOf((e) => e.kind === 'guest_memfd' && e.gmem === g), size: g.size, flags: g.flags })),
      capsEnabled: { ...vm.config.capsEnabled },
      planes: [...vm.planes.values()].map((p) => ({ plane: p.id, fd: fdOf((e) => e.kind === 'plane' && e.vm === vm && e.plane === p.id), vcpus: [...p.vcpus.keys()] })),
      vcpus: [...vm.vcpuList(), ...[...vm.planes.values()].flatMap((p) => [...p.vcpus.values()])].map(vcpu),
    })),
  };
}
