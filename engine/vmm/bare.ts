/**
 * The built-in VMM for bare programs: what `planescope run` and the app's
 * editor use. It drives the KVM model exactly like a small real VMM (open
 * /dev/kvm, CREATE_VM, mmap RAM, memslots, CREATE_VCPU, mmap kvm_run,
 * SET_SREGS/SET_REGS, KVM_RUN loop), so everything it does is an ioctl or a
 * store into its own address space — visible, replayable, comparable.
 *
 * Devices: a serial console on port 0x3f8 (THR on write; LSR at 0x3fd reads
 * "transmitter empty"), exception reports on port 0xee from the real-mode
 * IVT stubs, every other port reads 0xff. MMIO reads return 0xff bytes.
 * A HLT with RFLAGS.IF clear ends the run (nothing could wake the vCPU).
 */
import type { Kvm } from '../kvm/index.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import { KVM_EXIT, exitName } from '../kvm/uapi/exits.ts';
import type { kvm_regs, kvm_sregs, kvm_segment } from '../kvm/uapi/regs.ts';
import { deviceIn, deviceOut, readIoExit } from './devices.ts';
import {
  DEFAULT_ORIGIN, EXCEPTION_PORT, GDT_BASE, HIGH_RAM, IVT_STUBS, LOW_RAM, PML4_BASE, SEL_CODE, SEL_DATA, SERIAL_PORT,
  STACK_TOP_16, STACK_TOP_32, flatGdt, identityPageTables, realModeIvt,
} from './layout.ts';

export interface BareProgram {
  bytes: Uint8Array;
  origin?: number;
  bits?: 16 | 32 | 64;
}

/** Why the run stopped. */
export type StopReason =
  | { kind: 'hlt' }                               // HLT with interrupts off: the program's end
  | { kind: 'shutdown' }                          // triple fault
  | { kind: 'exception'; vector: number }         // real-mode exception stub reported it
  | { kind: 'limit' }                             // instruction budget used up
  | { kind: 'exit'; reason: number; name: string } // an exit this VMM does not handle (internal error, debug, …)
  | { kind: 'error'; errno: number };             // KVM_RUN failed

export interface RunReport {
  serial: string;
  exits: Record<string, number>;
  instructions: number;
  regs: kvm_regs;
  stop: StopReason;
}

const PROT_RW = 0x3;
const MAP_SHARED_ANON = 0x01 | 0x20;
// struct kvm_run offsets (include/uapi/linux/kvm.h, x86-64)
const RUN_EXIT_REASON = 8;
const RUN_MMIO_DATA = 40, RUN_MMIO_LEN = 48, RUN_MMIO_IS_WRITE = 52;
const RUN_IO_DIRECTION = 32, RUN_IO_PORT = 34, KVM_EXIT_IO_OUT = 1;
/** Exit reasons counted in a typed array by the run loop (all of KVM_EXIT_* today is below 64). */
const COUNTED_REASONS = 64;

function seg(selector: number, type: number, bits: 16 | 32 | 64, code: boolean): kvm_segment {
  const flat = bits !== 16;
  return {
    base: 0n, limit: flat ? 0xffffffff : 0xffff, selector, type, present: 1, dpl: 0,
    db: flat && !(bits === 64 && code) ? 1 : 0, s: 1, l: bits === 64 && code ? 1 : 0, g: flat ? 1 : 0,
    avl: 0, unusable: 0, padding: 0,
  };
}

/** A KVM_SET_SREGS payload for a flat environment in the given mode, based on the vCPU's reset sregs. */
export function flatSregs(reset: kvm_sregs, bits: 16 | 32 | 64): kvm_sregs {
  const s: kvm_sregs = structuredClone(reset);
  const cs = bits === 16 ? 0 : SEL_CODE;
  const ds = bits === 16 ? 0 : SEL_DATA;
  s.cs = seg(cs, 0xb, bits, true);
  for (const k of ['ds', 'es', 'fs', 'gs', 'ss'] as const) s[k] = seg(ds, 0x3, bits, false);
  if (bits === 16) return s;
  s.gdt = { base: BigInt(GDT_BASE), limit: 23, padding: [0, 0, 0] };
  s.idt = { base: 0n, limit: 0, padding: [0, 0, 0] };
  if (bits === 32) {
    s.cr0 = 0x11n; // PE | ET
  } else {
    s.cr0 = 0x80000011n; // PG | PE | ET
    s.cr4 = 0x20n;       // PAE
    s.cr3 = BigInt(PML4_BASE);
    s.efer = 0x500n;     // LME | LMA
  }
  return s;
}

/**
 * One bare program in one VM with one vCPU. Construct, then `run()`.
 * Throws only on VMM setup failures (an ioctl that real KVM would also refuse).
 */
export class BareVmm {
  readonly kvm: Kvm;
  readonly bits: 16 | 32 | 64;
  readonly origin: number;
  private vcpuFd = -1;
  private serialOut: number[] = [];
  private exitCounts: Record<string, number> = {};
  private lowHva = 0n;

  constructor(kvm: Kvm, program: BareProgram) {
    this.kvm = kvm;
    this.bits = program.bits ?? 16;
    this.origin = program.origin ?? DEFAULT_ORIGIN;
    this.setup(program.bytes);
  }

  private ioctl(fd: number, nr: number, raw: bigint, struct: object | null, what: string) {
    const r = this.kvm.ioctl(fd, nr, raw, struct);
    if (r.ret < 0) throw new Error(`built-in VMM: ${what} failed with errno ${r.errno}`);
    return r;
  }

  private setup(code: Uint8Array): void {
    const k = this.kvm;
    const sys = k.open('/dev/kvm').ret;
    const vm = this.ioctl(sys, KVM_REQ.KVM_CREATE_VM, 0n, null, 'KVM_CREATE_VM').ret;
    const slots = [LOW_RAM, HIGH_RAM];
    slots.forEach((r, slot) => {
      const m = k.mmap(0n, BigInt(r.size), PROT_RW, MAP_SHARED_ANON, -1, 0n);
      if (m.ret < 0n) throw new Error('built-in VMM: mmap of guest RAM failed');
      if (slot === 0) this.lowHva = m.ret;
      this.ioctl(vm, KVM_REQ.KVM_SET_USER_MEMORY_REGION, 0n,
        { slot, flags: 0, guest_phys_addr: BigInt(r.gpa), memory_size: BigInt(r.size), userspace_addr: m.ret },
        'KVM_SET_USER_MEMORY_REGION');
    });
    this.vcpuFd = this.ioctl(vm, KVM_REQ.KVM_CREATE_VCPU, 0n, null, 'KVM_CREATE_VCPU').ret;
    const size = this.ioctl(sys, KVM_REQ.KVM_GET_VCPU_MMAP_SIZE, 0n, null, 'KVM_GET_VCPU_MMAP_SIZE').ret;
    k.mmap(0n, BigInt(size), PROT_RW, 0x01, this.vcpuFd, 0n);

    if (this.bits === 16) {
      const { ivt, stubs } = realModeIvt();
      this.poke(0, ivt);
      this.poke(IVT_STUBS, stubs);
    } else {
      this.poke(GDT_BASE, flatGdt(this.bits));
      if (this.bits === 64) this.poke(PML4_BASE, identityPageTables());
    }
    this.pokeGuest(this.origin, code);

    const reset = this.ioctl(this.vcpuFd, KVM_REQ.KVM_GET_SREGS, 0n, null, 'KVM_GET_SREGS').out as unknown as kvm_sregs;
    this.ioctl(this.vcpuFd, KVM_REQ.KVM_SET_SREGS, 0n, flatSregs(reset, this.bits), 'KVM_SET_SREGS');
    const regs: kvm_regs = {
      rax: 0n, rbx: 0n, rcx: 0n, rdx: 0n, rsi: 0n, rdi: 0n, rsp: BigInt(this.bits === 16 ? STACK_TOP_16 : STACK_TOP_32), rbp: 0n,
      r8: 0n, r9: 0n, r10: 0n, r11: 0n, r12: 0n, r13: 0n, r14: 0n, r15: 0n, rip: BigInt(this.origin), rflags: 0x2n,
    };
    this.ioctl(this.vcpuFd, KVM_REQ.KVM_SET_REGS, 0n, regs, 'KVM_SET_REGS');
  }

  /** Store into low RAM through the VMM's own mapping (as a VMM's memcpy would). */
  private poke(gpa: number, bytes: Uint8Array): void {
    this.kvm.hostWrite(this.lowHva + BigInt(gpa), bytes);
  }

  /** Store anywhere in guest RAM (program may be loaded above 1 MiB). */
  private pokeGuest(gpa: number, bytes: Uint8Array): void {
    if (gpa + bytes.length <= LOW_RAM.size) return this.poke(gpa, bytes);
    throw new Error(`built-in VMM: programs must be loaded below 640 KiB (org 0x${gpa.toString(16)})`);
  }

  get vcpu(): number { return this.vcpuFd; }

  /**
   * KVM_RUN until the program ends or `maxInstructions` guest instructions
   * have run; handles serial and port I/O, MMIO reads, exception reports.
   */
  run(maxInstructions = 10_000_000): RunReport {
    const k = this.kvm;
    const run = k.runArea(this.vcpuFd);
    if (!run) throw new Error('built-in VMM: kvm_run is not mapped');
    const dv = new DataView(run.buffer, run.byteOffset, run.byteLength);
    let stop: StopReason | null = null;
    const startCount = this.instructions();
    // One watchdog context reused for every KVM_RUN, and exit counts by reason number: this loop is the
    // VMM side of the exits/s benchmark, so it allocates nothing per exit.
    const ctx = { budget: 0 };
    // exit counts indexed by exit_reason (small numbers); others go to a Map
    const counts = new Float64Array(COUNTED_REASONS);
    const other = new Map<number, number>();
    const order: number[] = []; // reasons in first-seen order (the report lists them so)
    while (!stop) {
      const done = this.instructions() - startCount;
      if (done >= maxInstructions) { stop = { kind: 'limit' }; break; }
      ctx.budget = maxInstructions - done;
      const r = k.ioctl(this.vcpuFd, KVM_REQ.KVM_RUN, 0n, null, ctx);
      if (r.ret < 0) {
        stop = r.errno === 4 /* EINTR */ && this.instructions() - startCount >= maxInstructions ? { kind: 'limit' } : { kind: 'error', errno: r.errno ?? 0 };
        break;
      }
      const reason = dv.getUint32(RUN_EXIT_REASON, true);
      if (reason < COUNTED_REASONS) { if (counts[reason]!++ === 0) order.push(reason); }
      else { const n = other.get(reason) ?? 0; if (n === 0) order.push(reason); other.set(reason, n + 1); }
      switch (reason) {
        case KVM_EXIT.KVM_EXIT_IO: stop = this.onIo(run, dv); break;
        case KVM_EXIT.KVM_EXIT_MMIO:
          if (!dv.getUint8(RUN_MMIO_IS_WRITE)) run.fill(0xff, RUN_MMIO_DATA, RUN_MMIO_DATA + dv.getUint32(RUN_MMIO_LEN, true));
          break;
        // HLT ends the program: with IF clear by definition, and with IF set too, because a bare VM has
        // no interrupt source that could wake the vCPU.
        case KVM_EXIT.KVM_EXIT_HLT: stop = { kind: 'hlt' }; break;
        case KVM_EXIT.KVM_EXIT_SHUTDOWN: stop = { kind: 'shutdown' }; break;
        default: stop = { kind: 'exit', reason, name: exitName(reason) };
      }
    }
    for (const reason of order) {
      const n = reason < COUNTED_REASONS ? counts[reason]! : other.get(reason)!;
      const name = exitName(reason);
      this.exitCounts[name] = (this.exitCounts[name] ?? 0) + n;
    }
    return {
      serial: String.fromCharCode(...this.serialOut),
      exits: { ...this.exitCounts },
      instructions: this.instructions() - startCount,
      regs: k.ioctl(this.vcpuFd, KVM_REQ.KVM_GET_REGS, 0n, null).out as unknown as kvm_regs,
      stop,
    };
  }

  private onIo(run: Uint8Array, dv: DataView): StopReason | null {
    // An OUT to a port without a device (the common case in tight I/O loops) has nothing to do:
    // decided from the io header alone, without building the IoExit record.
    if (dv.getUint8(RUN_IO_DIRECTION) === KVM_EXIT_IO_OUT) {
      const port = dv.getUint16(RUN_IO_PORT, true);
      if (port !== SERIAL_PORT && port !== EXCEPTION_PORT) return null;
    }
    const io = readIoExit(dv);
    if (io.out) {
      const r = deviceOut(run, io);
      this.serialOut.push(...r.serial);
      return r.exception === null ? null : { kind: 'exception', vector: r.exception };
    }
    run.set(deviceIn(io), io.dataOffset);
    return null;
  }


  private instructions(): number {
    return this.kvm.instructionCount?.(this.vcpuFd) ?? 0;
  }
}

export { exitName };
