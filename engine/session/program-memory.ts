/**
 * Where a guest linear address lives for the VMM: linear → guest-physical through the vCPU's own
 * paging (KVM_TRANSLATE, a debugger peek run quietly, not logged), guest-physical → the VMM's host
 * address through the memslots. The disassembly reads through it and the software breakpoints write
 * through it (as QEMU's cpu_memory_rw_debug walks the guest's page tables before touching RAM).
 */
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import type { RecordingKvm } from './program-recorder.ts';

/** The memslots of the workspace's VM(s), as KVM_SET_USER_MEMORY_REGION registered them. */
export type Slots = ReturnType<RecordingKvm['inspect']>['vms'][number]['memslots'];

/** Current memslots (call once per batch of translations: inspect() builds the whole object tree). */
export function guestSlots(kvm: RecordingKvm): Slots {
  return kvm.inspect().vms.flatMap((vm) => vm.memslots);
}

/** A linear address resolved to guest RAM. */
export interface LinearPlace { gpa: bigint; hva: bigint }

/**
 * Resolve linear `lin` (with `len` bytes that must stay inside one memslot) to guest-physical and
 * host addresses; a string says why it cannot be (no translation, or not guest RAM).
 */
export function placeOfLinear(kvm: RecordingKvm, vcpuFd: number, lin: number, slots: Slots, len = 1): LinearPlace | string {
  const tr = kvm.quiet(() => kvm.ioctl(vcpuFd, KVM_REQ.KVM_TRANSLATE, 0n, { linear_address: BigInt(lin) }));
  const o = tr.out as Record<string, unknown> | undefined;
  if (tr.ret < 0 || !o || Number(o.valid) !== 1) return `linear 0x${lin.toString(16)} does not translate (KVM_TRANSLATE valid=0)`;
  const gpa = BigInt(o.physical_address as bigint);
  const slot = slots.find((s) => gpa >= s.guest_phys_addr && gpa + BigInt(len) <= s.guest_phys_addr + s.memory_size);
  if (!slot) return `physical 0x${gpa.toString(16)} is not guest RAM (no memslot)`;
  return { gpa, hva: slot.userspace_addr + (gpa - slot.guest_phys_addr) };
}
