/**
 * Typed events of a `kvmlab-truth/2` recording (../shared/lab/FORMAT.md §3 and §9).
 * Field names are exactly those of the JSON (kvm.h names); values stay as written:
 * hex strings ("0x…") for addresses/registers/64-bit values, integers for small fields,
 * lowercase hex byte strings (memory order) for `data`-like fields. Conversion to
 * bigint happens at replay time (convert.ts), so a loaded log is plain, cloneable data.
 */

/** "0x…" lowercase hex, an unsigned 64-bit value. */
export type Hex = string;
/** Hex byte string in memory order, two digits per byte ("3322" = bytes 0x33, 0x22). */
export type Bytes = string;

interface Base {
  seq: number;
  ts_ns?: number;
}

/** §3.1 An ioctl system call: input (fd, nr, arg) and output (ret, errno, out). */
export interface IoctlEvent extends Base {
  t: 'ioctl';
  fd: number;
  fd_kind?: string;
  req: string;
  nr: Hex;
  arg_raw: Hex;
  /** The decoded struct the kernel reads, or null (integer-argument or argument-less requests). */
  arg: Record<string, unknown> | null;
  ret: number;
  errno?: number;
  errname?: string;
  out?: Record<string, unknown>;
  watchdog_ms?: number;
  process?: 'forked_child';
  call_ts_ns?: number;
  plane?: number;
}

/** §3.2 The content of kvm_run after a KVM_RUN (plus the register snapshot, not compared here). */
export interface ExitEvent extends Base {
  t: 'exit';
  vcpu_fd: number;
  run_seq: number;
  run_ret: number;
  errno?: number;
  errname?: string;
  exit_reason_field?: number;
  signal?: string;
  exit_reason?: number;
  exit_name?: string;
  ready_for_interrupt_injection?: number;
  if_flag?: number;
  flags?: number;
  cr8?: Hex;
  apic_base?: Hex;
  plane?: number;
  io?: Record<string, unknown>;
  mmio?: Record<string, unknown>;
  msr?: Record<string, unknown>;
  debug?: Record<string, unknown>;
  hypercall?: Record<string, unknown>;
  internal?: Record<string, unknown>;
  fail_entry?: Record<string, unknown>;
  ex?: Record<string, unknown>;
  system_event?: Record<string, unknown>;
  memory_fault?: Record<string, unknown>;
  plane_event?: Record<string, unknown>;
  regs?: Record<string, unknown>;
  sregs?: Record<string, unknown>;
}

/** §3.3 syscalls of the VMM process. */
export type SyscallEvent =
  | (Base & { t: 'syscall'; call: 'open'; path: string; flags: Hex; ret: number; errno?: number; errname?: string })
  | (Base & { t: 'syscall'; call: 'close'; fd: number; fd_kind?: string; ret: number; errno?: number; what?: string })
  | (Base & {
      t: 'syscall'; call: 'mmap'; addr: Hex; len: Hex; prot: number; flags: number; fd: number; fd_kind?: string;
      offset: Hex; ok: boolean; ret: Hex | 'MAP_FAILED'; errno?: number; errname?: string; what?: string;
    })
  | (Base & { t: 'syscall'; call: 'munmap'; addr: Hex; len: Hex; ret: number; errno?: number; what?: string })
  | (Base & { t: 'syscall'; call: 'mprotect'; addr: Hex; len: Hex; prot: number; ret: number; errno?: number; what?: string })
  | (Base & { t: 'syscall'; call: 'fork'; note?: string })
  | (Base & { t: 'syscall'; call: 'eventfd'; initval: number; flags: number | Hex; ret: number; fd_kind?: string })
  | (Base & { t: 'syscall'; call: 'read'; fd: number; ret: number; value: number | Hex });

export type SyscallName = SyscallEvent['call'];

/** §3.4 The VMM stored `data` at host address `hva`. */
export interface MemwriteEvent extends Base {
  t: 'memwrite';
  hva: Hex;
  len: number;
  data: Bytes;
  gpa?: Hex | null;
  slot?: number;
  vm_fd?: number;
  fill?: number;
}

/** §3.4 The VMM read guest RAM: `data` is what real KVM's memory held (expected output). */
export interface MemreadEvent extends Base {
  t: 'memread';
  hva: Hex;
  len: number;
  data: Bytes;
  gpa?: Hex | null;
  slot?: number;
  vm_fd?: number;
  why?: string;
}

/** §3.5 A store into the vcpu's kvm_run mapping outside an exit completion. */
export interface RunWriteEvent extends Base {
  t: 'run_write';
  vcpu_fd: number;
  field: string;
  offset: number;
  size: number;
  value: number | Hex;
  data: Bytes;
  plane?: number;
}

/** §3.6 Completion of the exit just returned: exact stores into the kvm_run mapping. */
export interface RespondEvent extends Base {
  t: 'respond';
  vcpu_fd: number;
  what: string;
  writes: { offset: number; data: Bytes }[];
}

export interface DirtyRingEntry { index: number; flags: number; slot: number; offset: Hex }
export interface CoalescedRingEntry { index: number; phys_addr: Hex; len: number; pio: number; data: Bytes }

/** §3.7 Entries the VMM read from the dirty ring or the coalesced-MMIO ring (expected output). */
export type RingReadEvent =
  | (Base & { t: 'ring_read'; ring: 'dirty'; vcpu_fd: number; why?: string; count?: number; entries: DirtyRingEntry[] })
  | (Base & {
      t: 'ring_read'; ring: 'coalesced'; vcpu_fd: number; why?: string; first: number; last: number; count?: number;
      entries: CoalescedRingEntry[];
    });

/** §3.7 The VMM marked a dirty-ring entry RESET or consumed coalesced entries (`first`). */
export type RingWriteEvent =
  | (Base & { t: 'ring_write'; ring: 'dirty'; vcpu_fd: number; index: number; flags: number; fetch_index?: number })
  | (Base & { t: 'ring_write'; ring: 'coalesced'; vcpu_fd: number; field: string; offset: number; value: number });

/** §3.8 KVM_RUN called `calls` times without logging. */
export interface RunBatchEvent extends Base {
  t: 'run_batch';
  vcpu_fd: number;
  calls: number;
  until?: string;
  exit_counts: Record<string, number>;
  last_ret: number;
  last_errno: number;
  last_exit?: Record<string, unknown>;
}

/** Human-readable comments; never replayed. */
export interface NoteEvent extends Base {
  t: 'note' | 'note_fork';
  text?: string;
  [k: string]: unknown;
}

export type TruthEvent =
  | IoctlEvent | ExitEvent | SyscallEvent | MemwriteEvent | MemreadEvent | RunWriteEvent | RespondEvent
  | RingReadEvent | RingWriteEvent | RunBatchEvent | NoteEvent;

export type EventType = TruthEvent['t'];

/** `host` object (§1); planes logs written from a specification have backend "spec". */
export interface TruthHost {
  kernel?: string;
  kernel_version?: string;
  machine?: string;
  backend: 'pvm' | 'svm' | 'vmx' | 'unknown' | 'spec' | string;
  kvm_modules?: string;
  cpu_vendor?: string;
  cpu_family?: number;
  cpu_model?: number;
  cpu_stepping?: number;
  cpu_model_name?: string;
  nr_cpus?: number;
  page_size?: number;
  kvm_api_version?: number;
  vcpu_mmap_size?: number;
  kernel_tainted?: string;
  [k: string]: unknown;
}

/** A loaded recording. */
export interface TruthLog {
  format: 'kvmlab-truth/2';
  scenario: string;
  description?: string;
  kernel?: string;
  pid?: number;
  /** Planes uAPI generation the log assumes (§9); absent = a kernel without planes. */
  profile?: 'r25' | 'b617' | 's26';
  host: TruthHost;
  events: TruthEvent[];
  exit_code?: number;
  results?: unknown;
  summary?: unknown;
  /** Name the log was loaded from (for messages); not part of the format. */
  fileName?: string;
}
