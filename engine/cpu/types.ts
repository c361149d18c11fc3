/**
 * The contract between the KVM model (engine/kvm, the "kernel" side of a vCPU)
 * and guest execution (engine/cpu). engine/kvm implements GuestEnv; engine/cpu
 * implements GuestCpu. Neither imports the other's internals.
 *
 * Execution model (as KVM's own emulator): an instruction that needs user space
 * (PIO, MMIO read/write, user-space MSR exit, hypercall) stops the CPU with a
 * CpuExit. For PIO IN / MMIO reads / RDMSR exits the instruction is *not*
 * retired yet: the next run() first completes it with the data the VMM wrote
 * into kvm_run (passed through complete*()).
 */
import type { kvm_regs, kvm_sregs, kvm_debugregs } from '../kvm/uapi/regs.ts';

/** Outcome of an MSR access as decided by KVM (filter, in-kernel MSRs, user-space MSR exits). */
export type MsrOutcome =
  | { kind: 'ok'; value: bigint }            // handled in kernel; value for RDMSR
  | { kind: 'gp' }                           // inject #GP
  | { kind: 'exit'; reason: number };        // KVM_EXIT_X86_RDMSR/WRMSR with msr.reason

/** Services the vCPU's KVM side offers the CPU during KVM_RUN. */
export interface GuestEnv {
  /**
   * Host bytes of the 4 KiB guest-physical page `gfn`, or null when the access
   * must become KVM_EXIT_MMIO (no memslot, READONLY slot on write, host range
   * unmapped or not writable). A write access marks the page dirty (dirty
   * bitmap / dirty ring) — the CPU calls this once per store instruction and page.
   */
  page(gfn: number, write: boolean): Uint8Array | null;
  /**
   * Optional: does a store to RAM page `gfn` do more than change its bytes (dirty bitmap / dirty ring)?
   * When it returns false the CPU reuses the page from page(gfn, true) for later stores in the same run
   * instead of asking again. Absent = always ask (every store calls page(gfn, true)).
   */
  logsWrites?(gfn: number): boolean;
  /** A store to MMIO `gpa` that a coalesced-MMIO zone absorbs; false = exit. */
  coalesceMmio(gpa: bigint, data: Uint8Array): boolean;
  /** An OUT to a coalesced-PIO zone; false = exit. */
  coalescePio(port: number, data: Uint8Array): boolean;
  rdmsr(index: number): MsrOutcome;
  wrmsr(index: number, value: bigint): MsrOutcome;
  /** CPUID as set by KVM_SET_CPUID2 (KVM's rules for missing leaves apply). */
  cpuid(fn: number, index: number): { eax: number; ebx: number; ecx: number; edx: number };
  /** Is KVM_EXIT_HYPERCALL enabled for this hypercall number (KVM_CAP_EXIT_HYPERCALL mask)? */
  hypercallExits(nr: bigint): boolean;
  /**
   * The emulator failed on an instruction but KVM goes on (it queues #UD instead of exiting):
   * handle_emulation_failure has still filled kvm_run's internal-error payload (suberror, ndata,
   * data[]), which stays there as stale bytes until the next exit overwrites it (errors recording:
   * the MMIO read exit after a protected-mode ud2 shows data[0] = 1 at offset 40).
   */
  emulationFailureInfo?(data: readonly bigint[]): void;
}

/** Why the CPU stopped; engine/kvm turns it into struct kvm_run. */
export type CpuExit =
  | { kind: 'io'; direction: 'in' | 'out'; size: 1 | 2 | 4; port: number; count: number; data: Uint8Array }
  | { kind: 'mmio'; gpa: bigint; len: number; isWrite: boolean; data: Uint8Array }
  | { kind: 'hlt' }
  | { kind: 'shutdown' }
  | { kind: 'debug'; exception: number; pc: bigint; dr6: bigint; dr7: bigint }
  | { kind: 'hypercall'; nr: bigint; args: bigint[]; longmode: number }
  | { kind: 'msr'; write: boolean; index: number; data: bigint; reason: number }
  | { kind: 'internal'; suberror: number; data: bigint[]; insnBytes?: Uint8Array }
  | { kind: 'budget' };   // instruction budget used up (watchdog signal, stepping) -> EINTR

/**
 * The event-injection part of struct kvm_vcpu_events (include/uapi/linux/kvm.h names) that the CPU
 * acts on: KVM validates KVM_SET_VCPU_EVENTS (engine/kvm/events.ts) and hands the result over; the CPU
 * delivers it at the next guest entry (inject_pending_event) and reports what it still holds.
 * `exception.pending` + `exception_has_payload` follow KVM_CAP_EXCEPTION_PAYLOAD semantics (the payload
 * goes to CR2 for #PF, to DR6 for #DB when the exception is delivered).
 */
export interface CpuEvents {
  exception: { injected: number; nr: number; has_error_code: number; pending: number; error_code: number };
  exception_has_payload: number;
  exception_payload: bigint;
  interrupt: { injected: number; nr: number; soft: number; shadow: number };
  nmi: { injected: number; pending: number; masked: number };
}

/** Guest debug settings from KVM_SET_GUEST_DEBUG. */
export interface GuestDebug { control: number; debugreg: bigint[] }

/** Execution backend: 'hardware' = VMX/SVM host; 'emulate' = every instruction through KVM's emulator (the lab's PVM host). */
export type Backend = 'hardware' | 'emulate';

/** A vCPU's architectural state plus its execution engine. Plain data inside: snapshot() must be cheap and deterministic. */
export interface GuestCpu {
  getRegs(): kvm_regs;
  setRegs(r: kvm_regs): void;
  getSregs(): kvm_sregs;
  setSregs(s: kvm_sregs): void;          // KVM's validity checks happen in engine/kvm before this
  getDebugRegs(): kvm_debugregs;
  setDebugRegs(d: kvm_debugregs): void;
  setGuestDebug(d: GuestDebug): void;
  /** Events to inject at the next entry (values already validated by KVM; copied in). */
  setEvents(e: CpuEvents): void;
  /** What the CPU holds now (a fresh copy): undelivered events, the last delivered exception's nr/error code, NMI mask. */
  getEvents(): CpuEvents;
  /**
   * Optional fast paths for the kvm_run header KVM refreshes on every KVM_RUN (cr8, if_flag): the same
   * values as getSregs().cr8 / getRegs().rflags without building the structs. setCr8 changes only CR8.
   */
  getCr8?(): number;
  setCr8?(v: number): void;
  getRflags?(): number;
  /** Run until an exit or `budget` instructions. */
  run(env: GuestEnv, budget: number): CpuExit;
  /** Completion data written by the VMM into kvm_run before the next KVM_RUN. */
  completeIn(data: Uint8Array): void;
  completeMmioRead(data: Uint8Array): void;
  completeMsr(error: number, data: bigint): void;
  completeHypercall(ret: bigint): void;
  /** Invalidate cached decodes of guest-physical page gfn (the VMM or a DMA wrote it). */
  invalidateCode(gfn: number): void;
  /**
   * Another vCPU (or plane) of the VM stored into guest page `gfn`: drop what this CPU derived from
   * it (decoded code, translations through a page table), as its own store would.
   */
  peerStore?(gfn: number): void;
  instructionCount(): number;
  snapshot(): unknown;
  restore(s: unknown): void;
}
