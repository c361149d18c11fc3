/**
 * Importer for QEMU's own trace output (`-trace 'kvm_*'` with the log
 * backend, on stderr or in the `-D` file): `[TID@SECS.USECS:]kvm_run_exit cpu_index 0, reason 2`.
 * The field patterns come from qemu's accel/kvm/trace-events format strings; events of
 * other subsystems keep their payload. Lines that are not trace records
 * (guest console, QEMU messages on the same stderr, with -msg timestamp=on
 * `2026-11-22T07:19:10.027526Z qemu-system-x86_64: warning: …`) are skipped, not errors.
 * Verified on Debian's QEMU 7.2 (testdata/real): the prefix is printed only with
 * `-msg timestamp=on`; its number is the *thread* id (qemu_get_thread_id), so
 * vCPU threads are told apart; the time is gettimeofday() wall-clock seconds with
 * microseconds (not CLOCK_MONOTONIC: it does not line up with ftrace/perf times),
 * and in ns it exceeds 2^53, so `ts` is exact only to 256 ns (µs order is kept).
 * Without the prefix the text has no time: events then get their ordinal as `ts`
 * and `syntheticTime` is set.
 */
import type { FieldValue, TraceSink } from '../../types.ts';
import { kvmExitNames } from '../../exit-reasons.ts';
import { requestName } from '../../../kvm/uapi/ioctl.ts';
import { COLON, DOT, SP, decodeText, isDigit, newCursor, parseDec, skipSpaces, trimEnd } from './bytes.ts';
import { EventCatalog } from './catalog.ts';
import { Diagnostics, emptyResult, type StreamingParser, type TextImportOptions, type TextImportResult } from './importer.ts';
import type { EventDef } from './kvm-events.ts';
import { LineStream } from './lines.ts';

const Q = (name: string, fields: string[], ...formats: string[]): EventDef => ({ name, system: 'qemu', fields, formats });

/** KVM_EXIT_* names (include/uapi/linux/kvm.h, upstream numbering) for kvm_run_exit's `reason`. */
const KVM_EXIT_NAMES = kvmExitNames('upstream');

/** A `post` hook naming the ioctl request in field `at` into the last field (`type_name`). */
function ioctlName(at: number): (f: FieldValue[]) => void {
  return (f) => { f[f.length - 1] = typeof f[at] === 'number' ? requestName(f[at] as number) : ''; };
}

/** accel/kvm/trace-events (QEMU 7.2 … 10.x). */
export const QEMU_KVM_EVENTS: ReadonlyMap<string, EventDef> = new Map([
  // the ioctl request gets its kvm.h name (`type_name`, hex when unknown), as strace would print it
  { ...Q('kvm_ioctl', ['type', 'arg', 'type_name'], 'type 0x{type:x}, arg {arg:w}'), post: ioctlName(0) },
  { ...Q('kvm_vm_ioctl', ['type', 'arg', 'type_name'], 'type 0x{type:x}, arg {arg:w}'), post: ioctlName(0) },
  { ...Q('kvm_vcpu_ioctl', ['cpu_index', 'type', 'arg', 'type_name'], 'cpu_index {cpu_index:d}, type 0x{type:x}, arg {arg:w}'), post: ioctlName(1) },
  { ...Q('kvm_run_exit', ['cpu_index', 'reason', 'reason_name'], 'cpu_index {cpu_index:d}, reason {reason:d}'),
    // kvm_run->exit_reason as a number; the name is added like kvm_userspace_exit's reason_name
    post: (f: FieldValue[]) => { f[2] = KVM_EXIT_NAMES.get(f[1] as number) ?? ''; } },
  { ...Q('kvm_device_ioctl', ['fd', 'type', 'arg', 'type_name'], 'dev fd {fd:d}, type 0x{type:x}, arg {arg:w}'), post: ioctlName(1) },
  Q('kvm_failed_reg_get', ['id', 'msg'], 'Warning: Unable to retrieve ONEREG {id:u} from KVM: {msg:r}'),
  Q('kvm_failed_reg_set', ['id', 'msg'], 'Warning: Unable to set ONEREG {id:u} to KVM: {msg:r}'),
  Q('kvm_init_vcpu', ['cpu_index', 'arch_cpu_id'], 'index: {cpu_index:d} id: {arch_cpu_id:u}'),
  Q('kvm_create_vcpu', ['cpu_index', 'arch_cpu_id', 'kvm_fd'], 'index: {cpu_index:d}, id: {arch_cpu_id:u}, kvm fd: {kvm_fd:d}'),
  Q('kvm_destroy_vcpu', ['cpu_index', 'arch_cpu_id'], 'index: {cpu_index:d} id: {arch_cpu_id:u}'),
  Q('kvm_park_vcpu', ['cpu_index', 'arch_cpu_id'], 'index: {cpu_index:d} id: {arch_cpu_id:u}'),
  Q('kvm_unpark_vcpu', ['arch_cpu_id', 'msg'], 'id: {arch_cpu_id:u} {msg:r}'),
  Q('kvm_irqchip_commit_routes', [], ''),
  Q('kvm_irqchip_add_msi_route', ['name', 'vector', 'virq'], 'dev {name:w} vector {vector:d} virq {virq:d}'),
  Q('kvm_irqchip_update_msi_route', ['virq'], 'Updating MSI route virq={virq:d}'),
  Q('kvm_irqchip_release_virq', ['virq'], 'virq {virq:d}'),
  Q('kvm_set_ioeventfd_mmio', ['fd', 'addr', 'val', 'assign', 'size', 'datamatch'],
    'fd: {fd:d} @0x{addr:x} val=0x{val:x} assign: {assign:d} size: {size:d} match: {datamatch:d}'),
  Q('kvm_set_ioeventfd_pio', ['fd', 'addr', 'val', 'assign', 'size', 'datamatch'],
    'fd: {fd:d} @0x{addr:x} val=0x{val:x} assign: {assign:d} size: {size:d} match: {datamatch:d}'),
  Q('kvm_set_user_memory', ['as', 'slot', 'flags', 'guest_phys_addr', 'memory_size', 'userspace_addr', 'fd', 'fd_offset', 'ret'],
    'AddrSpace#{as:d} Slot#{slot:d} flags=0x{flags:x} gpa=0x{guest_phys_addr:x} size=0x{memory_size:x} ua=0x{userspace_addr:x} guest_memfd={fd:d} guest_memfd_offset=0x{fd_offset:x} ret={ret:d}',
    'AddrSpace#{as:d} Slot#{slot:d} flags=0x{flags:x} gpa=0x{guest_phys_addr:x} size=0x{memory_size:x} ua=0x{userspace_addr:x} ret={ret:d}',
    'Slot#{slot:d} flags=0x{flags:x} gpa=0x{guest_phys_addr:x} size=0x{memory_size:x} ua=0x{userspace_addr:x} ret={ret:d}'),
  Q('kvm_clear_dirty_log', ['slot', 'start', 'size'], 'slot#{slot:d} start 0x{start:x} size 0x{size:x}'),
  Q('kvm_resample_fd_notify', ['gsi'], 'gsi {gsi:d}'),
  Q('kvm_dirty_ring_full', ['id'], 'vcpu {id:d}'),
  Q('kvm_dirty_ring_reap_vcpu', ['id'], 'vcpu {id:d}'),
  Q('kvm_dirty_ring_page', ['vcpu', 'slot', 'offset'], 'vcpu {vcpu:d} fetch {slot:u} offset 0x{offset:x}'),
  Q('kvm_dirty_ring_reaper', ['s'], '{s:r}'),
  Q('kvm_dirty_ring_reap', ['count', 't'], 'reaped {count:u} pages (took {t:d} us)'),
  Q('kvm_dirty_ring_reaper_kick', ['reason'], '{reason:r}'),
  Q('kvm_dirty_ring_flush', ['finished'], '{finished:d}'),
  Q('kvm_failed_get_vcpu_mmap_size', [], ''),
  Q('kvm_cpu_exec', [], ''),
  Q('kvm_interrupt_exit_request', [], ''),
  Q('kvm_io_window_exit', [], ''),
  Q('kvm_run_exit_system_event', ['cpu_index', 'event_type'], 'cpu_index {cpu_index:d}, system_even_type {event_type:u}'),
  Q('kvm_convert_memory', ['start', 'size', 'msg'], 'start 0x{start:x} size 0x{size:x} {msg:r}'),
  Q('kvm_memory_fault', ['start', 'size', 'flags'], 'start 0x{start:x} size 0x{size:x} flags 0x{flags:x}'),
  // upstream 9.1; Debian's 7.2 has it too (seen in testdata/real: "kvm_slots_grow 0 -> 16")
  Q('kvm_slots_grow', ['old', 'new'], '{old:u} -> {new:u}'),
].map((d) => [d.name, d]));

/** Streaming parser for QEMU log-backend trace lines. */
export class QemuTraceParser extends LineStream implements StreamingParser {
  private readonly result: TextImportResult;
  private readonly diag: Diagnostics;
  private readonly catalog: EventCatalog;
  private readonly cur = newCursor();
  private ordinal = 0;

  constructor(private readonly sink: TraceSink, opts: TextImportOptions = {}) {
    super();
    this.result = emptyResult('qemu-trace');
    this.diag = new Diagnostics(this.result, opts);
    this.catalog = new EventCatalog(sink, QEMU_KVM_EVENTS, () => 'qemu');
  }

  end(): TextImportResult {
    this.flush();
    this.result.lines = this.lineNo;
    return this.result;
  }

  protected line(buf: Uint8Array, start: number, end: number, lineNo: number, offset: number): void {
    let i = skipSpaces(buf, start, end);
    const e = trimEnd(buf, i, end);
    if (i >= e) { this.result.skipped++; return; }
    const cur = this.cur;
    let pid = -1;
    let ts = -1;
    // "TID@SECS.USECS:" prefix (-msg timestamp=on)
    if (isDigit(buf[i]!)) {
      if (!parseDec(buf, i, e, cur, false) || buf[cur.next] !== 0x40 /* @ */) { this.result.skipped++; return; }
      pid = cur.value as number;
      const ss = cur.next + 1;
      if (!parseDec(buf, ss, e, cur, false) || buf[cur.next] !== DOT) {
        this.diag.bad(lineNo, offset + (i - start), buf, i, e, 'a "PID@SECONDS.MICROSECONDS:" prefix');
        return;
      }
      const sec = cur.value as number;
      const fs = cur.next + 1;
      if (!parseDec(buf, fs, e, cur, false) || buf[cur.next] !== COLON || cur.next - fs > 9) {
        this.diag.bad(lineNo, offset + (i - start), buf, i, e, 'a "PID@SECONDS.MICROSECONDS:" prefix');
        return;
      }
      ts = sec * 1e9 + (cur.value as number) * 10 ** (9 - (cur.next - fs));
      i = cur.next + 1;
    }
    // event name: [a-z0-9_]+ then a blank or the end
    const ns = i;
    while (i < e && isNameByte(buf[i]!)) i++;
    if (i === ns || (i < e && buf[i] !== SP) || (pid < 0 && !hasUnderscore(buf, ns, i))) {
      if (pid >= 0) this.diag.bad(lineNo, offset + (ns - start), buf, ns, e, 'a trace event name after the PID@TIME: prefix');
      else this.result.skipped++;
      return;
    }
    const entry = this.catalog.entry(buf, ns, i);
    // Without a prefix, a name we do not know is console text that only looks like one, unless it is
    // a kvm_* name: `-trace 'kvm_*'` also enables target/… kvm_ events this table lacks.
    if (pid < 0 && entry.def === undefined && !isKvmName(buf, ns, i)) { this.result.skipped++; return; }
    const ps = skipSpaces(buf, i, e);
    this.catalog.decode(entry, buf, ps, e);
    if (this.catalog.undecoded) this.diag.undecoded(lineNo, entry.name, decodeText(buf, ps, e));
    if (ts < 0) { ts = this.ordinal; this.result.syntheticTime = true; }
    this.ordinal++;
    const ci = entry.def ? entry.def.fields.indexOf('cpu_index') : -1;
    const cpu = ci >= 0 && !this.catalog.undecoded && typeof this.catalog.values[ci] === 'number' ? this.catalog.values[ci] as number : -1;
    this.sink.event(this.catalog.typeId, ts, cpu, pid, 'qemu', this.catalog.values);
    this.result.events++;
  }
}

function isNameByte(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

const KVM_ = [0x6b, 0x76, 0x6d, 0x5f];
function isKvmName(buf: Uint8Array, s: number, e: number): boolean {
  return e - s > 4 && buf[s] === KVM_[0] && buf[s + 1] === KVM_[1] && buf[s + 2] === KVM_[2] && buf[s + 3] === KVM_[3];
}

function hasUnderscore(buf: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (buf[k] === 0x5f) return true;
  return false;
}

const RX_QEMU = /^(?:\d+@\d+\.\d+:)?kvm_[a-z0-9_]+(?: |$)/m;

/** QEMU log-backend trace text: lines starting with "[PID@TIME:]kvm_…". */
export function sniffQemuTrace(first: Uint8Array): boolean {
  let s = '';
  const n = Math.min(first.length, 8192);
  for (let i = 0; i < n; i++) s += String.fromCharCode(first[i]!);
  return RX_QEMU.test(s) && !/\[\d+\]\s+\S*\s*\d+\.\d+: /.test(s) && !/ioctl\(/.test(s);
}
