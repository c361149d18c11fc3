/** VM fd ioctls (virt/kvm/kvm_main.c kvm_vm_ioctl, arch/x86/kvm/x86.c kvm_arch_vm_ioctl). */
import { KVM_REQ as R } from './uapi/ioctl.ts';
import { KVM_CAP } from './uapi/caps.ts';
import { EBADF, EEXIST, EFAULT, EINVAL, EMFILE, ENOENT, ENOTTY, ENXIO } from './uapi/errno.ts';
import { KVM_MEM_LOG_DIRTY_PAGES } from './uapi/structs.ts';
import { planesProfile } from './uapi/profiles.ts';
import { argArr, argNum, argObj, argU32, argU64 } from './args.ts';
import { toBig, toBytes } from './uapi/layout.ts';
import { fail, ok, skip, type Call, type Handler, type KvmCore, type IoctlResult } from './call.ts';
import { checkExtension } from './ioctl-system.ts';
import { checkCreateGuestMemfd, GuestMemfd } from './guest-memfd.ts';
import { resetDirtyRings, validateDirtyRingSize, dirtyBitmapBytes } from './dirty-ring.ts';
import { validateMsrFilter } from './x86/msr/filter.ts';
import { validateUserSpaceMsrMask } from './x86/msr/user-space.ts';
import type { MemRegion } from './memslots.ts';
import type { Vm } from './vm.ts';

const vmOf = (c: Call): Vm => {
  const e = c.entry;
  if (e.kind === 'vm' || e.kind === 'plane') return e.vm;
  throw new Error(`VM ioctl on a ${e.kind} fd`);
};

/** KVM_CREATE_VCPU on a VM fd (kvm_vm_ioctl_create_vcpu + kvm_arch_vcpu_precreate). */
export function createVcpu(k: KvmCore, vm: Vm, raw: bigint): IoctlResult {
  if (raw < 0n || raw >= BigInt(k.host.maxVcpuId)) return fail(EINVAL);
  const id = Number(raw);
  if (vm.createdVcpus >= k.host.maxVcpus) return fail(EINVAL);
  if (vm.vcpus.has(id)) return fail(EEXIST);
  const vcpu = k.newVcpu(vm, id, 0);
  const fd = k.fds.alloc({ kind: 'vcpu', vcpu });
  if (fd < 0) return fail(EMFILE);
  vm.vcpus.set(id, vcpu);
  vm.createdVcpus++;
  return ok(fd);
}

function setMemoryRegion(k: KvmCore, c: Call, v2: boolean): IoctlResult {
  const vm = vmOf(c);
  const a = c.arg;
  const mem: MemRegion = {
    slot: argU32(a, 'slot'), flags: argU32(a, 'flags'), guest_phys_addr: argU64(a, 'guest_phys_addr'),
    memory_size: argU64(a, 'memory_size'), userspace_addr: argU64(a, 'userspace_addr'),
    guest_memfd_offset: v2 ? argU64(a, 'guest_memfd_offset') : 0n, guest_memfd: v2 ? argNum(a, 'guest_memfd') : 0,
  };
  const r = vm.memslots.set(mem, v2, {
    nrMemslots: k.host.nrMemslots, nrAsIds: k.host.nrMemslotAsIds, maxGpaBits: k.host.maxGpaBits, readonlyMem: true,
    resolveGmem: (fd) => {
      const e = k.fds.get(fd);
      if (!e) return EBADF;
      if (e.kind !== 'guest_memfd' || e.vm !== vm) return EINVAL;
      return e.gmem;
    },
  });
  if (r.errno) return fail(r.errno);
  const key = (s: { asId: number; id: number }) => (s.asId << 16) | s.id;
  const ring = vm.config.dirtyRingBytes > 0;
  if (r.change === 'delete' && r.old) vm.bitmaps.disable(key(r.old));
  if (r.slot && (r.change === 'create' || r.change === 'flags' || r.change === 'move')) {
    if ((r.slot.flags & KVM_MEM_LOG_DIRTY_PAGES) && !ring) {
      if (r.change !== 'move' || !vm.bitmaps.has(key(r.slot))) vm.bitmaps.enable(key(r.slot), r.slot.npages);
    } else vm.bitmaps.disable(key(r.slot));
    if (ring && r.change === 'flags' && (r.slot.flags & KVM_MEM_LOG_DIRTY_PAGES)) for (const v of vm.vcpus.values()) v.dirtyRing?.writeProtectSlot(key(r.slot));
  }
  if (r.old && r.change !== 'none' && r.change !== 'flags') k.invalidateGuest(vm, r.old.baseGfn, r.old.npages);
  if (r.slot && r.change !== 'flags') k.invalidateGuest(vm, r.slot.baseGfn, r.slot.npages);
  return ok(0);
}

function enableCapVm(k: KvmCore, c: Call): IoctlResult {
  const vm = vmOf(c);
  // lab logs give `cap` as a name and `cap_nr` as the number; kvm.h callers give `cap` as the number.
  const cap = argU32(c.arg, c.arg && 'cap_nr' in c.arg ? 'cap_nr' : 'cap');
  const flags = argU32(c.arg, 'flags');
  const args = argArr(c.arg, 'args').map((x) => BigInt.asUintN(64, toBig(x)));
  const a0 = args[0] ?? 0n;
  const C = KVM_CAP;
  const done = (): IoctlResult => { vm.config.capsEnabled[String(cap)] = a0; return ok(0); };
  const p = planesProfile(k.profile);
  if (p?.KVM_CAP_PLANES_FPU !== undefined && cap === p.KVM_CAP_PLANES_FPU) {
    if (flags || a0 > 1n || vm.createdVcpus > 0) return fail(EINVAL);
    vm.config.planesFpuShared = a0 === 1n;
    return done();
  }
  switch (cap) {
    case C.KVM_CAP_DIRTY_LOG_RING:
    case C.KVM_CAP_DIRTY_LOG_RING_ACQ_REL: {
      if (flags || !checkExtension(k, BigInt(cap), vm)) return fail(EINVAL);
      const e = validateDirtyRingSize(a0, { alreadyEnabled: vm.config.dirtyRingBytes > 0, vcpusCreated: vm.createdVcpus > 0 });
      if (e) return fail(e);
      vm.config.dirtyRingBytes = Number(BigInt.asUintN(32, a0));
      vm.config.dirtyRingAcqRel = cap === C.KVM_CAP_DIRTY_LOG_RING_ACQ_REL;
      // Slots already logging switch from the bitmap to the ring.
      vm.bitmaps.slots.clear();
      return done();
    }
  }
  if (flags) return fail(EINVAL); // x86 kvm_vm_ioctl_enable_cap
  switch (cap) {
    case C.KVM_CAP_X86_USER_SPACE_MSR: {
      const e = validateUserSpaceMsrMask(a0);
      if (e) return fail(e);
      vm.config.userSpaceMsrMask = Number(a0);
      return done();
    }
    case C.KVM_CAP_EXIT_HYPERCALL:
      if (a0 & ~k.host.exitHypercallMask) return fail(EINVAL);
      vm.config.exitHypercallMask = a0;
      return done();
    case C.KVM_CAP_EXCEPTION_PAYLOAD:
      vm.config.exceptionPayload = a0 !== 0n;
      return done();
    case C.KVM_CAP_X86_TRIPLE_FAULT_EVENT:
      vm.config.tripleFaultEvent = a0 !== 0n;
      return done();
    case C.KVM_CAP_SPLIT_IRQCHIP:
      if (a0 > 48n) return fail(EINVAL);
      if (vm.irqchip !== 'none' || vm.createdVcpus > 0 || vm.config.hasPlanes) return fail(EEXIST);
      vm.config.irqchip = 'split';
      return done();
    case C.KVM_CAP_X2APIC_API:
      if (a0 & ~3n) return fail(EINVAL);
      return done();
    case C.KVM_CAP_MSR_PLATFORM_INFO:
    case C.KVM_CAP_DISABLE_QUIRKS:
      return done();
    case C.KVM_CAP_MAX_VCPU_ID:
      if (a0 > BigInt(k.host.maxVcpuId)) return fail(EINVAL);
      return done();
  }
  return fail(EINVAL);
}

export const VM_IOCTLS = new Map<number, Handler>([
  [R.KVM_CREATE_VCPU, (k, c) => createVcpu(k, vmOf(c), c.raw)],
  [R.KVM_CHECK_EXTENSION, (k, c) => ok(checkExtension(k, c.raw, vmOf(c)))],
  [R.KVM_SET_USER_MEMORY_REGION, (k, c) => setMemoryRegion(k, c, false)],
  [R.KVM_SET_USER_MEMORY_REGION2, (k, c) => setMemoryRegion(k, c, true)],
  [R.KVM_ENABLE_CAP, enableCapVm],
  [R.KVM_SET_TSS_ADDR, (_k, c) => {
    if (c.raw > 0xffffd000n) return fail(EINVAL);
    vmOf(c).config.tssAddr = c.raw;
    return ok(0);
  }],
  [R.KVM_SET_IDENTITY_MAP_ADDR, (_k, c) => {
    const vm = vmOf(c);
    if (vm.createdVcpus) return fail(EINVAL);
    vm.config.identityMapAddr = argU64(c.arg, 'addr');
    return ok(0);
  }],
  [R.KVM_CREATE_IRQCHIP, (_k, c) => {
    const vm = vmOf(c);
    if (vm.irqchip !== 'none') return fail(EEXIST);
    if (vm.createdVcpus || vm.config.hasPlanes) return fail(EINVAL);
    vm.config.irqchip = 'kernel';
    return ok(0);
  }],
  [R.KVM_IRQ_LINE, (_k, c) => (vmOf(c).irqchip === 'none' ? fail(ENXIO) : ok(0))],
  [R.KVM_IRQ_LINE_STATUS, (_k, c) => (vmOf(c).irqchip === 'none' ? fail(ENXIO) : ok(0, { irq: argU32(c.arg, 'irq'), status: 1 }))],
  [R.KVM_CREATE_PIT2, (_k, c) => createPit(vmOf(c))],
  [R.KVM_CREATE_PIT, (_k, c) => createPit(vmOf(c))],
  [R.KVM_REGISTER_COALESCED_MMIO, (_k, c) => {
    const vm = vmOf(c);
    const z = { addr: argU64(c.arg, 'addr'), size: argU32(c.arg, 'size'), pio: argU32(c.arg, 'pio') };
    const e = vm.coalesced.register(z, inKernelBusDevices(vm, z.pio === 1));
    return e ? fail(e) : ok(0);
  }],
  [R.KVM_UNREGISTER_COALESCED_MMIO, (_k, c) => {
    const e = vmOf(c).coalesced.unregister({ addr: argU64(c.arg, 'addr'), size: argU32(c.arg, 'size'), pio: argU32(c.arg, 'pio') });
    return e ? fail(e) : ok(0);
  }],
  [R.KVM_X86_SET_MSR_FILTER, (_k, c) => {
    const r = validateMsrFilter(c.arg ?? {});
    if (!r.ok) return fail(r.errno);
    vmOf(c).msrFilter = r.filter;
    return ok(0);
  }],
  [R.KVM_RESET_DIRTY_RINGS, (_k, c) => {
    const vm = vmOf(c);
    const rings = vm.config.dirtyRingBytes ? vm.vcpuList().map((v) => v.dirtyRing).filter((r) => r !== null) : null;
    const r = resetDirtyRings(rings);
    return r.errno ? fail(r.errno) : ok(r.ret);
  }],
  [R.KVM_GET_DIRTY_LOG, (k, c) => {
    const vm = vmOf(c);
    const r = vm.bitmaps.getDirtyLog(argU32(c.arg, 'slot'), dirtyCtx(k, vm));
    if (r.errno) return fail(r.errno);
    const bm = r.bitmap!;
    const ptr = argU64(c.arg, 'dirty_bitmap');
    // copy_to_user into the VMM's buffer when it is modelled memory; else report it in `out`.
    if (k.as.accessible(ptr, bm.length, 0) && !k.as.write(ptr, bm)) return fail(EFAULT);
    return ok(0, { dirty_bitmap_data: bm });
  }],
  [R.KVM_CLEAR_DIRTY_LOG, (k, c) => {
    const vm = vmOf(c);
    const db = argObj(c.arg, 'dirty_bitmap');
    const data = toBytes(db.data ?? '');
    const readable = db.readable !== undefined ? argNum(db, 'readable') : data.length;
    const n = argU32(c.arg, 'num_pages');
    const bytes = data.length ? data : new Uint8Array(dirtyBitmapBytes(n));
    const r = vm.bitmaps.clearDirtyLog(argU32(c.arg, 'slot'), argU64(c.arg, 'first_page'), n, bytes, data.length ? readable : bytes.length, dirtyCtx(k, vm));
    return r.errno ? fail(r.errno) : ok(0);
  }],
  [R.KVM_CREATE_GUEST_MEMFD, (k, c) => {
    const vm = vmOf(c);
    const size = argU64(c.arg, 'size'), flags = argU64(c.arg, 'flags');
    const e = checkCreateGuestMemfd(size, flags, k.host.guestMemfdFlags);
    if (e) return fail(e);
    const gmem = new GuestMemfd(vm.id, size, flags);
    const fd = k.fds.alloc({ kind: 'guest_memfd', gmem, vm });
    if (fd < 0) return fail(EMFILE);
    vm.gmems.add(gmem);
    return ok(fd);
  }],
  [R.KVM_SET_MEMORY_ATTRIBUTES, (k) => (k.host.caps[KVM_CAP.KVM_CAP_MEMORY_ATTRIBUTES] ? skip('KVM_SET_MEMORY_ATTRIBUTES: private memory is not modelled') : fail(ENOTTY))],
  [R.KVM_SIGNAL_MSI, (_k, c) => {
    if (vmOf(c).irqchip === 'none' || (argU32(c.arg, 'flags') & ~1)) return fail(EINVAL);
    return skip('KVM_SIGNAL_MSI: in-kernel LAPIC interrupt delivery is not modelled');
  }],
  [R.KVM_SET_GSI_ROUTING, (_k, c) => {
    if (vmOf(c).irqchip === 'none' || argU32(c.arg, 'nr') > 4096 || argU32(c.arg, 'flags')) return fail(EINVAL);
    return ok(0);
  }],
  [R.KVM_SET_NR_MMU_PAGES, (_k, c) => (c.raw < 64n ? fail(EINVAL) : ok(0))],
  [R.KVM_SET_BOOT_CPU_ID, (_k, c) => (vmOf(c).createdVcpus ? fail(16) : ok(0))],
  [R.KVM_SET_TSC_KHZ, (_k, c) => (vmOf(c).createdVcpus ? fail(EINVAL) : ok(0))],
  [R.KVM_SET_CLOCK, (_k, c) => ((argU32(c.arg, 'flags') & ~0xe) ? fail(EINVAL) : ok(0))],
  [R.KVM_GET_CLOCK, () => skip('KVM_GET_CLOCK: kvmclock is volatile and not modelled')],
  [R.KVM_IRQFD, () => skip('KVM_IRQFD: eventfds are not modelled')],
  [R.KVM_IOEVENTFD, () => skip('KVM_IOEVENTFD: eventfds are not modelled')],
  [R.KVM_GET_STATS_FD, () => skip('KVM_GET_STATS_FD: binary stats are not modelled')],
  [R.KVM_CREATE_DEVICE, () => skip('KVM_CREATE_DEVICE: KVM devices are not modelled')],
]);

function createPit(vm: Vm): IoctlResult {
  if (vm.config.pit) return fail(EEXIST);
  if (vm.irqchip !== 'kernel') return fail(ENOENT);
  vm.config.pit = true;
  return ok(0);
}

/** Devices other than coalesced zones on the PIO / MMIO bus (PIC+ELCR, PIT+speaker / IOAPIC). */
function inKernelBusDevices(vm: Vm, pio: boolean): number {
  if (pio) return (vm.irqchip === 'kernel' ? 3 : 0) + (vm.config.pit ? 2 : 0);
  return vm.irqchip === 'kernel' ? 1 : 0;
}

function dirtyCtx(k: KvmCore, vm: Vm) {
  return { ringEnabled: vm.config.dirtyRingBytes > 0, nrAsIds: k.host.nrMemslotAsIds, userMemSlots: k.host.nrMemslots };
}
