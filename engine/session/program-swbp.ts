/**
 * Software breakpoints of the program workspace on the hardware backend, as QEMU's gdbstub sets them
 * on KVM (target/i386/kvm/kvm.c kvm_arch_insert_sw_breakpoint / kvm_arch_remove_sw_breakpoint): the
 * VMM saves the byte at each breakpoint and stores INT3 (0xCC) there through its own mapping of guest
 * RAM; with KVM_GUESTDBG_USE_SW_BP the guest's #BP then exits to user space as KVM_EXIT_DEBUG
 * (exception 3, pc = linear address of the INT3).
 *
 * The stores are the VMM's `hostWrite`, the same path BareVmm uses to load the program: the workspace
 * log records them as `memwrite` rows, and `Kvm.hostWrite` drops the CPUs' decoded code of the page
 * (GuestCpu.invalidateCode) exactly as after loading.
 *
 * Lifetime (the workspace decides): inserted right before a KVM_RUN, removed as soon as the guest
 * stops for the debugger or a checkpoint is due, so no snapshot, memory view, disassembly or
 * checkpoint ever holds a breakpoint byte. Between those points a stretch of KVM_RUNs whose exits
 * the VMM serves itself (serial OUT, MMIO reads, a re-injected #BP) keeps them in place, as QEMU keeps
 * its breakpoints in guest memory while the VM runs.
 *
 * Removal compares first: a byte that is no longer 0xCC was rewritten by the guest while the
 * breakpoint was in memory, and the guest's byte is kept (QEMU's remove refuses to restore in that
 * case too). Known limits, shared with QEMU: a guest that reads its own code at a breakpoint sees
 * 0xCC while it runs; a guest that stores 0xCC over a breakpoint gets the saved byte back; the
 * linear address is translated when the INT3 is stored, so a guest that remaps that page while it
 * runs keeps the INT3 at the old physical byte (a hit there still counts: hit() compares host bytes).
 * An address that is not guest RAM (no translation, no memslot) gets no INT3 (`skipped`).
 */
import type { RecordingKvm } from './program-recorder.ts';
import { guestSlots, placeOfLinear } from './program-memory.ts';

/** The INT3 opcode. */
export const INT3 = 0xcc;
const INT3_BYTES = Uint8Array.of(INT3);

interface Inserted {
  /** Linear address the breakpoint was set at. */
  address: number;
  gpa: bigint;
  hva: bigint;
  /** The guest's byte that 0xCC replaced. */
  saved: number;
}

export class SoftwareBreakpoints {
  private inserted: Inserted[] = [];
  /** Addresses not inserted by the last insert(), with the reason (unmapped, not RAM). */
  skipped: { address: number; why: string }[] = [];
  /** Breakpoints the last remove() found rewritten by the guest (their byte was kept). */
  rewritten: { address: number; gpa: bigint; byte: number }[] = [];

  constructor(private readonly kvm: RecordingKvm, private readonly vcpuFd: number) {}

  /** Has insert() run since the last remove() (even if no address could take an INT3)? */
  armed = false;

  /** Are breakpoint bytes in guest memory now? */
  get active(): boolean { return this.inserted.length !== 0; }

  /**
   * Store INT3 at each of `addresses` (linear) that translates to guest RAM, saving the byte there.
   * Two linear addresses of one physical byte get one INT3 (the second would save 0xCC as "original").
   */
  insert(addresses: readonly number[]): void {
    if (this.inserted.length) this.remove();
    this.armed = true;
    this.skipped = [];
    if (!addresses.length) return;
    const slots = guestSlots(this.kvm);
    for (const address of addresses) {
      const place = placeOfLinear(this.kvm, this.vcpuFd, address, slots);
      if (typeof place === 'string') { this.skipped.push({ address, why: place }); continue; }
      if (this.inserted.some((b) => b.hva === place.hva)) continue;
      const saved = this.kvm.hostRead(place.hva, 1)[0];
      this.kvm.hostWrite(place.hva, INT3_BYTES);
      this.inserted.push({ address, gpa: place.gpa, hva: place.hva, saved });
    }
  }

  /** Put the saved bytes back, except where the guest rewrote a breakpoint (its byte is kept). */
  remove(): void {
    this.armed = false;
    if (!this.inserted.length) return;
    this.rewritten = [];
    for (let i = this.inserted.length - 1; i >= 0; i--) {
      const b = this.inserted[i];
      const now = this.kvm.hostRead(b.hva, 1)[0];
      if (now === INT3) this.kvm.hostWrite(b.hva, Uint8Array.of(b.saved));
      else this.rewritten.push({ address: b.address, gpa: b.gpa, byte: now });
    }
    this.inserted = [];
  }

  /**
   * Did KVM_EXIT_DEBUG #BP at linear `pc` come from one of our INT3s? By address, else by the host
   * byte `pc` maps to now (an alias of a breakpoint, or paging changed since insertion). False = the
   * guest's own INT3, which the VMM must give back to the guest.
   */
  hit(pc: number): boolean {
    if (this.inserted.some((b) => b.address === pc)) return true;
    if (!this.inserted.length) return false;
    const place = placeOfLinear(this.kvm, this.vcpuFd, pc, guestSlots(this.kvm));
    return typeof place !== 'string' && this.inserted.some((b) => b.hva === place.hva);
  }

  /** Would running from linear `lin` execute one of the INT3s that `addresses` insert (same host byte)? */
  covers(addresses: readonly number[], lin: number): boolean {
    if (addresses.includes(lin)) return true;
    if (!addresses.length) return false;
    const slots = guestSlots(this.kvm);
    const here = placeOfLinear(this.kvm, this.vcpuFd, lin, slots);
    if (typeof here === 'string') return false;
    return addresses.some((a) => {
      const p = placeOfLinear(this.kvm, this.vcpuFd, a, slots);
      return typeof p !== 'string' && p.hva === here.hva;
    });
  }
}
