/**
 * struct kvm_run (x86-64, 2352 bytes; spec/planes.md §3.1–3.4) as a typed view
 * over the shared page bytes: the kernel side writes exits into these bytes and
 * reads the VMM's completions from them, exactly like the real mmap.
 */
import { exitName, KVM_EXIT } from './exits.ts';
import { planesProfile, type ProfileId } from './profiles.ts';

/** Header offsets. plane/suspended_planes/req_exit_planes exist only in R25/B617 (else padding1). */
export const KVM_RUN_OFF = {
  request_interrupt_window: 0, immediate_exit: 1, plane: 2, suspended_planes: 4, req_exit_planes: 6,
  exit_reason: 8, ready_for_interrupt_injection: 12, if_flag: 13, flags: 14, cr8: 16, apic_base: 24,
  union: 32, kvm_valid_regs: 288, kvm_dirty_regs: 296, s: 304,
} as const;
export const KVM_RUN_SIZE = 2352;
export const KVM_RUN_UNION_SIZE = 256;
export const KVM_SYNC_REGS_SIZE = 2048;

/** Union member offsets (absolute within kvm_run). */
export const EXIT_OFF = {
  hw: { hardware_exit_reason: 32 },
  fail_entry: { hardware_entry_failure_reason: 32, cpu: 40 },
  ex: { exception: 32, error_code: 36 },
  io: { direction: 32, size: 33, port: 34, count: 36, data_offset: 40 },
  debug: { exception: 32, pad: 36, pc: 40, dr6: 48, dr7: 56 },
  mmio: { phys_addr: 32, data: 40, len: 48, is_write: 52 },
  hypercall: { nr: 32, args: 40, ret: 88, flags: 96 },
  internal: { suberror: 32, ndata: 36, data: 40 },
  emulation_failure: { suberror: 32, ndata: 36, flags: 40, insn_size: 48, insn_bytes: 49 },
  system_event: { type: 32, ndata: 36, data: 40 },
  msr: { error: 32, reason: 40, index: 44, data: 48 },
  notify: { flags: 32 },
  memory_fault: { flags: 32, gpa: 40, size: 48 },
  hyperv: { type: 32 },
} as const;

/** Typed accessors over the bytes of one kvm_run page. */
export class KvmRunView {
  readonly bytes: Uint8Array;
  readonly dv: DataView;
  constructor(bytes: Uint8Array) {
    if (bytes.length < KVM_RUN_SIZE) throw new RangeError(`kvm_run needs ${KVM_RUN_SIZE} bytes, got ${bytes.length}`);
    this.bytes = bytes;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get request_interrupt_window(): number { return this.bytes[0]!; }
  get immediate_exit(): number { return this.bytes[1]!; }
  get plane(): number { return this.bytes[2]!; }
  set plane(v: number) { this.bytes[2] = v; }
  get suspended_planes(): number { return this.dv.getUint16(4, true); }
  get req_exit_planes(): number { return this.dv.getUint16(6, true); }
  get exit_reason(): number { return this.dv.getUint32(8, true); }
  set exit_reason(v: number) { this.dv.setUint32(8, v >>> 0, true); }
  get ready_for_interrupt_injection(): number { return this.bytes[12]!; }
  set ready_for_interrupt_injection(v: number) { this.bytes[12] = v; }
  get if_flag(): number { return this.bytes[13]!; }
  set if_flag(v: number) { this.bytes[13] = v; }
  get flags(): number { return this.dv.getUint16(14, true); }
  set flags(v: number) { this.dv.setUint16(14, v, true); }
  get cr8(): bigint { return this.dv.getBigUint64(16, true); }
  set cr8(v: bigint) { this.dv.setBigUint64(16, v, true); }
  get apic_base(): bigint { return this.dv.getBigUint64(24, true); }
  set apic_base(v: bigint) { this.dv.setBigUint64(24, v, true); }
  u8(off: number): number { return this.bytes[off]!; }
  u16(off: number): number { return this.dv.getUint16(off, true); }
  u32(off: number): number { return this.dv.getUint32(off, true); }
  u64(off: number): bigint { return this.dv.getBigUint64(off, true); }
  setU8(off: number, v: number): void { this.bytes[off] = v; }
  setU16(off: number, v: number): void { this.dv.setUint16(off, v, true); }
  setU32(off: number, v: number): void { this.dv.setUint32(off, v >>> 0, true); }
  setU64(off: number, v: bigint): void { this.dv.setBigUint64(off, BigInt.asUintN(64, v), true); }
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/**
 * Decode the exit in a vCPU's shared area (page 0 = kvm_run, page 1 = PIO data)
 * into the lab-format exit object (lab/FORMAT.md §3.2): header fields plus the
 * union member of `exit_reason`. Byte strings are lowercase hex.
 */
export function decodeKvmRun(area: Uint8Array, profile: ProfileId = 'none'): Record<string, unknown> {
  const r = new KvmRunView(area);
  const reason = r.exit_reason;
  const o: Record<string, unknown> = {
    exit_reason: reason, exit_name: exitName(reason, profile),
    ready_for_interrupt_injection: r.ready_for_interrupt_injection, if_flag: r.if_flag, flags: r.flags,
    cr8: r.cr8, apic_base: r.apic_base,
  };
  const p = planesProfile(profile);
  if (p?.runHeaderPlaneFields) {
    o.plane = r.plane; o.suspended_planes = r.suspended_planes; o.req_exit_planes = r.req_exit_planes;
  }
  if (p && reason === p.KVM_EXIT_PLANE_EVENT) {
    if (p.planeEventSize === 80) {
      o.plane_event = {
        cause: r.u16(32), pending_event_planes: r.u16(34), target: r.u16(36), flags: r.u32(40),
        extra: Array.from({ length: 8 }, (_, i) => r.u64(48 + 8 * i)),
      };
    } else {
      o.plane_event = { cause: r.u32(32), plane: r.u32(36), extra: Array.from({ length: 8 }, (_, i) => r.u64(40 + 8 * i)) };
    }
    return o;
  }
  switch (reason) {
    case KVM_EXIT.KVM_EXIT_IO: {
      const size = r.u8(33), count = r.u32(36), dataOff = Number(r.u64(40));
      const n = size * count;
      const data = dataOff + n <= area.length ? area.subarray(dataOff, dataOff + n) : new Uint8Array(0);
      o.io = { direction: r.u8(32) === 0 ? 'in' : 'out', size, port: r.u16(34), count, data_offset: dataOff, data: hex(data) };
      break;
    }
    case KVM_EXIT.KVM_EXIT_MMIO: {
      const len = r.u32(48);
      o.mmio = { phys_addr: r.u64(32), len, is_write: r.u8(52), data: hex(area.subarray(40, 40 + Math.min(len, 8))), data8: hex(area.subarray(40, 48)) };
      break;
    }
    case KVM_EXIT.KVM_EXIT_DEBUG:
      o.debug = { exception: r.u32(32), pad: r.u32(36), pc: r.u64(40), dr6: r.u64(48), dr7: r.u64(56) };
      break;
    case KVM_EXIT.KVM_EXIT_HYPERCALL:
      o.hypercall = { nr: r.u64(32), args: Array.from({ length: 6 }, (_, i) => r.u64(40 + 8 * i)), ret: r.u64(88), longmode_or_flags: r.u64(96) };
      break;
    case KVM_EXIT.KVM_EXIT_X86_RDMSR:
    case KVM_EXIT.KVM_EXIT_X86_WRMSR: {
      const reasonBits = r.u32(40);
      const rn = reasonBits === 1 ? 'INVAL' : reasonBits === 2 ? 'UNKNOWN' : reasonBits === 4 ? 'FILTER' : String(reasonBits);
      o.msr = { error: r.u8(32), reason: reasonBits, reason_name: rn, index: r.u32(44), data: r.u64(48) };
      break;
    }
    case KVM_EXIT.KVM_EXIT_INTERNAL_ERROR: {
      const ndata = r.u32(36);
      const data = Array.from({ length: Math.min(ndata, 16) }, (_, i) => r.u64(40 + 8 * i));
      const internal: Record<string, unknown> = { suberror: r.u32(32), ndata, data };
      if (r.u32(32) === 1 && ndata >= 1 && (r.u64(40) & 1n) === 1n) {
        const size = r.u8(48);
        internal.emulation_failure = { flags: r.u64(40), insn_size: size, insn_bytes: hex(area.subarray(49, 49 + Math.min(size, 15))) };
      }
      o.internal = internal;
      break;
    }
    case KVM_EXIT.KVM_EXIT_FAIL_ENTRY:
      o.fail_entry = { hardware_entry_failure_reason: r.u64(32), cpu: r.u32(40) };
      break;
    case KVM_EXIT.KVM_EXIT_EXCEPTION:
      o.ex = { exception: r.u32(32), error_code: r.u32(36) };
      break;
    case KVM_EXIT.KVM_EXIT_SYSTEM_EVENT: {
      const ndata = r.u32(36);
      o.system_event = { type: r.u32(32), ndata, data: Array.from({ length: Math.min(ndata, 16) }, (_, i) => r.u64(40 + 8 * i)) };
      break;
    }
    case KVM_EXIT.KVM_EXIT_MEMORY_FAULT:
      o.memory_fault = { flags: r.u64(32), gpa: r.u64(40), size: r.u64(48) };
      break;
    case KVM_EXIT.KVM_EXIT_NOTIFY:
      o.notify = { flags: r.u32(32) };
      break;
  }
  return o;
}
