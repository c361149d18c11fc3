/**
 * A synthetic but realistic KVM trace.dat (v7, uncompressed) for the timeline: the lab's
 * traces come from a PVM host whose tracepoints have no kvm_entry/kvm_exit, so without this
 * the UI could never show in-guest intervals. Deterministic (seeded PRNG): the same options
 * give the same bytes.
 *
 * Event layouts are the real kernel's, copied from the `format` files stored in the lab's
 * own trace.dat (kvm_entry, kvm_exit with isa/vcpu_id/requests, kvm_userspace_exit,
 * kvm_pio, kvm_mmio, kvm_msr). Each vCPU thread ("CPU n/KVM") is pinned to host CPU n and
 * loops: run in guest → kvm_exit → (in-kernel handling | kvm_pio/kvm_mmio → kvm_userspace_exit
 * → VMM) → kvm_entry. Exit mix and handling times are typical of an idle-ish Linux guest
 * on VMX, not measurements.
 */
import { formatText, PageWriter, writeTraceDat } from '../trace/import/tracedat/testkit/writer.ts';

export interface SynthOptions {
  vcpus?: number;
  /** Total events to write (approximately; whole exit cycles). */
  events?: number;
  seed?: number;
  /** First timestamp, ns. */
  start?: number;
  /** trace.dat version (default 7; v6 puts the CPU data last, handy for truncation tests). */
  version?: 6 | 7;
}

const ID_ENTRY = 115, ID_EXIT = 103, ID_UEXIT = 42, ID_PIO = 110, ID_MMIO = 38, ID_MSR = 99;

/** The lab host kernel's formats (offset, size, signed) for the events written here. */
const FORMATS = [
  formatText('kvm_entry', ID_ENTRY, [['unsigned int vcpu_id', 8, 4, 0], ['unsigned long rip', 16, 8, 0], ['bool immediate_exit', 24, 1, 0], ['u32 intr_info', 28, 4, 0], ['u32 error_code', 32, 4, 0]]),
  formatText('kvm_exit', ID_EXIT, [
    ['unsigned int exit_reason', 8, 4, 0], ['unsigned long guest_rip', 16, 8, 0], ['u32 isa', 24, 4, 0], ['u64 info1', 32, 8, 0],
    ['u64 info2', 40, 8, 0], ['u32 intr_info', 48, 4, 0], ['u32 error_code', 52, 4, 0], ['unsigned int vcpu_id', 56, 4, 0], ['u64 requests', 64, 8, 0],
  ]),
  formatText('kvm_userspace_exit', ID_UEXIT, [['__u32 reason', 8, 4, 0], ['int errno', 12, 4, 1]]),
  formatText('kvm_pio', ID_PIO, [['unsigned int rw', 8, 4, 0], ['unsigned int port', 12, 4, 0], ['unsigned int size', 16, 4, 0], ['unsigned int count', 20, 4, 0], ['unsigned int val', 24, 4, 0]]),
  formatText('kvm_mmio', ID_MMIO, [['u32 type', 8, 4, 0], ['u32 len', 12, 4, 0], ['u64 gpa', 16, 8, 0], ['u64 val', 24, 8, 0]]),
  formatText('kvm_msr', ID_MSR, [['unsigned int write', 8, 4, 0], ['u32 ecx', 12, 4, 0], ['u64 data', 16, 8, 0], ['u8 exception', 24, 1, 0]]),
];

// VMX basic exit reasons (arch/x86/include/uapi/asm/vmx.h) and KVM_EXIT_* (include/uapi/linux/kvm.h).
const EXIT_REASON_EXTERNAL_INTERRUPT = 1, EXIT_REASON_CPUID = 10, EXIT_REASON_HLT = 12, EXIT_REASON_IO_INSTRUCTION = 30;
const EXIT_REASON_MSR_WRITE = 32, EXIT_REASON_EPT_VIOLATION = 48, EXIT_REASON_EPT_MISCONFIG = 49, EXIT_REASON_PREEMPTION_TIMER = 52;
const KVM_EXIT_IO = 2, KVM_EXIT_MMIO = 6;
const KVM_ISA_VMX = 1;
const KVM_TRACE_MMIO_WRITE = 2;
const KERNEL_TEXT = 0xffffffff81000000n;

/** mulberry32: small, fast, good enough for workload shapes; seeded, so deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAGE = 4096;
const PAGE_DATA = PAGE - 16;

/** Appends records to one CPU's pages, starting a new page (absolute timestamp) when one is full. */
class CpuPages {
  readonly w = new PageWriter(PAGE);
  private used = PAGE_DATA; // forces a page on the first record
  private last = 0;
  add(ts: number, rec: Uint8Array): void {
    const need = 4 + ((rec.length + 3) & ~3);
    if (this.used + need > PAGE_DATA) {
      this.w.startPage(ts);
      this.used = 0;
      this.last = ts;
    }
    this.w.record(ts - this.last, rec);
    this.used += need;
    this.last = ts;
  }
}

/** Reusable record buffers (one per event type), little-endian. */
class Recs {
  private readonly bufs = new Map<number, { b: Uint8Array; dv: DataView }>();
  begin(id: number, size: number, pid: number): DataView {
    let e = this.bufs.get(id);
    if (!e) { const b = new Uint8Array(size); e = { b, dv: new DataView(b.buffer) }; this.bufs.set(id, e); }
    e.b.fill(0);
    e.dv.setUint16(0, id, true);
    e.dv.setInt32(4, pid, true);
    return e.dv;
  }
  bytes(id: number): Uint8Array { return this.bufs.get(id)!.b; }
}

/** Description of the built-in synthetic sample, for the picker. */
export const SYNTH_DESCRIPTION = 'SYNTHETIC (generated, not recorded): 4 vCPUs on VMX with kvm_entry/kvm_exit, userspace I/O and MMIO';

/**
 * Writes the synthetic trace.dat. Per exit cycle 2–4 events; `events` (default 40 000)
 * bounds the total. Four vCPUs by default.
 */
export function synthKvmTraceDat(opts: SynthOptions = {}): Uint8Array {
  const vcpus = Math.max(1, Math.min(64, opts.vcpus ?? 4));
  const budget = Math.max(1, opts.events ?? 40_000);
  const rnd = prng(opts.seed ?? 0x5eed);
  const exp = (mean: number): number => Math.max(1, Math.round(-Math.log(1 - rnd()) * mean));
  const recs = new Recs();
  const cpus = Array.from({ length: vcpus }, () => new CpuPages());
  const now = Array.from({ length: vcpus }, (_, v) => (opts.start ?? 1_000_000_000) + v * 1_337);
  // Guest RIPs: offsets into the kernel text of a 64-bit Linux guest.
  const rip = Array.from({ length: vcpus }, () => Math.floor(rnd() * 0x100000) * 16);
  const perVcpu = Math.ceil(budget / vcpus);
  const written = new Array<number>(vcpus).fill(0);

  const entry = (v: number, pid: number): void => {
    const dv = recs.begin(ID_ENTRY, 36, pid);
    dv.setUint32(8, v, true);
    dv.setBigUint64(16, KERNEL_TEXT + BigInt(rip[v]!), true);
    cpus[v]!.add(now[v]!, recs.bytes(ID_ENTRY));
    written[v]!++;
  };
  const exit = (v: number, pid: number, reason: number, info1: number, info2: number, intr: number): void => {
    const dv = recs.begin(ID_EXIT, 72, pid);
    dv.setUint32(8, reason, true);
    dv.setBigUint64(16, KERNEL_TEXT + BigInt(rip[v]!), true);
    dv.setUint32(24, KVM_ISA_VMX, true);
    dv.setBigUint64(32, BigInt(info1), true);
    dv.setBigUint64(40, BigInt(info2), true);
    dv.setUint32(48, intr, true);
    dv.setUint32(56, v, true);
    cpus[v]!.add(now[v]!, recs.bytes(ID_EXIT));
    written[v]!++;
  };
  const uexit = (v: number, pid: number, reason: number): void => {
    const dv = recs.begin(ID_UEXIT, 16, pid);
    dv.setUint32(8, reason, true);
    cpus[v]!.add(now[v]!, recs.bytes(ID_UEXIT));
    written[v]!++;
  };

  // Round-robin over vCPUs so pages of all CPUs cover the same time span.
  let active = vcpus;
  while (active > 0) {
    active = 0;
    for (let v = 0; v < vcpus; v++) {
      if (written[v]! >= perVcpu) continue;
      active++;
      const pid = 4000 + v;
      entry(v, pid);
      // In the guest: mostly short bursts, sometimes long (timer tick periods).
      now[v]! += rnd() < 0.1 ? exp(400_000) : exp(15_000);
      rip[v] = (rip[v]! + 16 * (1 + Math.floor(rnd() * 64))) % 0x1000000;
      const r = rnd();
      if (r < 0.22) {
        exit(v, pid, EXIT_REASON_EXTERNAL_INTERRUPT, 0, 0, 0x800000ec);
        now[v]! += 800 + exp(1_500);
      } else if (r < 0.32) {
        exit(v, pid, EXIT_REASON_HLT, 0, 0, 0);
        now[v]! += 20_000 + exp(300_000); // halted until the next interrupt
      } else if (r < 0.52) {
        // Port I/O to the VMM: kvm_exit, kvm_pio, kvm_userspace_exit(KVM_EXIT_IO), VMM work, kvm_entry.
        const port = rnd() < 0.6 ? 0x3f8 : rnd() < 0.5 ? 0x70 : 0xcfc;
        const out = rnd() < 0.7 ? 1 : 0;
        exit(v, pid, EXIT_REASON_IO_INSTRUCTION, (port << 16) | (out ? 0 : 8), 0, 0);
        now[v]! += 300 + exp(400);
        const dv = recs.begin(ID_PIO, 28, pid);
        dv.setUint32(8, out, true); dv.setUint32(12, port, true); dv.setUint32(16, 1, true); dv.setUint32(20, 1, true);
        dv.setUint32(24, out ? 0x41 + (written[v]! % 26) : 0, true);
        cpus[v]!.add(now[v]!, recs.bytes(ID_PIO)); written[v]!++;
        now[v]! += 500 + exp(700);
        uexit(v, pid, KVM_EXIT_IO);
        now[v]! += 4_000 + exp(12_000); // QEMU/VMM handles it, then KVM_RUN again
      } else if (r < 0.64) {
        // MMIO to an emulated device: EPT misconfig, kvm_mmio, KVM_EXIT_MMIO.
        const gpa = 0xfebf0000 + Math.floor(rnd() * 64) * 4;
        exit(v, pid, EXIT_REASON_EPT_MISCONFIG, 0, gpa, 0);
        now[v]! += 900 + exp(900);
        const dv = recs.begin(ID_MMIO, 32, pid);
        dv.setUint32(8, KVM_TRACE_MMIO_WRITE, true); dv.setUint32(12, 4, true);
        dv.setBigUint64(16, BigInt(gpa), true); dv.setBigUint64(24, BigInt(written[v]! & 0xffff), true);
        cpus[v]!.add(now[v]!, recs.bytes(ID_MMIO)); written[v]!++;
        now[v]! += 400 + exp(500);
        uexit(v, pid, KVM_EXIT_MMIO);
        now[v]! += 6_000 + exp(15_000);
      } else if (r < 0.76) {
        // x2APIC ICR / TSC deadline writes handled in the kernel.
        const ecx = rnd() < 0.5 ? 0x830 : 0x6e0;
        exit(v, pid, EXIT_REASON_MSR_WRITE, 0, 0, 0);
        now[v]! += 300 + exp(500);
        const dv = recs.begin(ID_MSR, 28, pid);
        dv.setUint32(8, 1, true); dv.setUint32(12, ecx, true); dv.setBigUint64(16, BigInt(now[v]! * 3), true);
        cpus[v]!.add(now[v]!, recs.bytes(ID_MSR)); written[v]!++;
        now[v]! += 200 + exp(600);
      } else if (r < 0.9) {
        const gpa = 0x100000 + Math.floor(rnd() * 0x3ff00) * 4096;
        exit(v, pid, EXIT_REASON_EPT_VIOLATION, 0x181, gpa, 0);
        now[v]! += 1_500 + exp(3_000);
      } else if (r < 0.95) {
        exit(v, pid, EXIT_REASON_CPUID, 0, 0, 0);
        now[v]! += 400 + exp(300);
      } else {
        exit(v, pid, EXIT_REASON_PREEMPTION_TIMER, 0, 0, 0);
        now[v]! += 1_000 + exp(1_000);
      }
    }
  }
  return writeTraceDat({
    version: opts.version ?? 7,
    ...(opts.version === 6 ? {} : { compression: 'none' as const }),
    systems: [{ name: 'kvm', formats: FORMATS }],
    cmdlines: Array.from({ length: vcpus }, (_, v) => `${4000 + v} CPU ${v}/KVM\n`).join(''),
    buffers: [{ name: '', clock: 'local', cpus: cpus.map((c, v) => ({ cpu: v, data: c.w.finish() })) }],
  });
}
