/**
 * A `Kvm` that writes a kvmlab-truth/2-shaped log of everything its VMM does: open/mmap syscalls,
 * ioctls (decoded input, return value, errno, output), the kvm_run contents after each KVM_RUN
 * (`exit` events), stores into guest RAM (`memwrite`) and exit completions written into kvm_run
 * (`respond`). The program workspace hands this to the built-in VMM, so the ioctl-log, exit and
 * object-tree panels show a program run exactly as they show a real-KVM recording.
 *
 * The log is append-only and deterministic; going back in time truncates it (`truncate`) and the
 * re-execution appends the same events again. Debugger peeks (disassembly reads, KVM_TRANSLATE)
 * run inside `quiet()` because they are the debugger looking, not the VMM acting.
 */
import { Kvm, type IoctlContext, type KvmOptions, type MmapResult, type SysResult } from '../kvm/index.ts';
import type { IoctlResult } from '../kvm/index.ts';
import { KVM_REQ, requestName } from '../kvm/uapi/ioctl.ts';
import { decodeKvmRun } from '../kvm/uapi/kvm-run.ts';
import { errnoName } from '../kvm/uapi/errno.ts';

/** One log event (lab/FORMAT.md §3): `seq`, `t` and the fields of that event type. */
export type LogEvent = { seq: number; t: string } & Record<string, unknown>;

function hex(v: bigint | number): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  return b < 0n ? `-0x${(-b).toString(16)}` : `0x${b.toString(16)}`;
}

/** Lowercase hex pairs in memory order (the log's byte-string convention). */
export function bytesHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

/** Deep copy of an ioctl argument into plain log data (bigint kept; typed arrays as hex). */
function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return bytesHex(v);
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = plain(x);
    return o;
  }
  return v;
}

export class RecordingKvm extends Kvm {
  readonly events: LogEvent[] = [];
  /** Instruction count of the vCPU at each event (for "go to the state after this row"). */
  icountAt: number[] = [];
  private muted = 0;
  /** Supplies the current instruction count (set by the workspace once the vCPU exists). */
  counter: () => number = () => 0;

  constructor(opts: KvmOptions) { super(opts); }

  /** Run `fn` without logging (debugger reads, not VMM actions). */
  quiet<T>(fn: () => T): T {
    this.muted++;
    try { return fn(); } finally { this.muted--; }
  }

  /** Drop events from index `n` on (going back in time). */
  truncate(n: number): void {
    this.events.length = n;
    this.icountAt.length = n;
  }

  private push(t: string, fields: Record<string, unknown>): void {
    if (this.muted) return;
    const seq = this.events.length;
    this.events.push({ seq, t, ...fields });
    this.icountAt.push(this.counter());
  }

  /** A `respond` event: the VMM completed an exit by storing `writes` into the vCPU's kvm_run mapping. */
  recordRespond(vcpuFd: number, what: string, fields: Record<string, unknown>, writes: { offset: number; data: Uint8Array }[]): void {
    this.push('respond', { what, ...fields, vcpu_fd: vcpuFd, writes: writes.map((w) => ({ offset: w.offset, data: bytesHex(w.data) })) });
  }

  override open(path: string, flags = 0): SysResult {
    const r = super.open(path, flags);
    this.push('syscall', { call: 'open', path, flags: hex(flags), ret: r.ret, ...(r.errno ? { errno: r.errno, errname: errnoName(r.errno) } : {}) });
    return r;
  }

  override mmap(addr: bigint, len: bigint, prot: number, flags: number, fd: number, offset: bigint): MmapResult {
    const r = super.mmap(addr, len, prot, flags, fd, offset);
    this.push('syscall', {
      call: 'mmap', addr: hex(addr), len: hex(len), prot, flags, fd, fd_kind: fd < 0 ? 'anon' : this.fdKind(fd), offset: hex(offset),
      ok: r.ret >= 0n ? 1 : 0, ret: r.ret >= 0n ? hex(r.ret) : 'MAP_FAILED', ...(r.errno ? { errno: r.errno, errname: errnoName(r.errno) } : {}),
    });
    return r;
  }

  override ioctl(fd: number, nr: number, raw: bigint, struct: object | null, ctx?: IoctlContext): IoctlResult {
    if (this.muted) return super.ioctl(fd, nr, raw, struct, ctx);
    const kind = this.fdKind(fd);
    const arg = plain(struct);
    const r = super.ioctl(fd, nr, raw, struct, ctx);
    const ev: Record<string, unknown> = { fd, fd_kind: kind, req: requestName(nr), nr: hex(nr >>> 0), arg_raw: hex(raw), arg, ret: r.ret };
    if (r.ret < 0) { ev.errno = r.errno ?? 0; ev.errname = errnoName(r.errno ?? 0); }
    if (r.out) ev.out = plain(r.out);
    if (r.skipped) ev.skipped = r.skipped;
    if (ctx?.budget !== undefined) ev.budget = ctx.budget; // the per-call watchdog (stands for SIGALRM)
    this.push('ioctl', ev);
    if ((nr >>> 0) === KVM_REQ.KVM_RUN && kind === 'vcpu') this.recordExit(fd, r);
    return r;
  }

  /** The `exit` event right after a KVM_RUN: kvm_run as the VMM sees it (lab/FORMAT.md §3.2). */
  private recordExit(fd: number, r: IoctlResult): void {
    const runSeq = this.events.length - 1;
    const area = this.runArea(fd);
    const ev: Record<string, unknown> = { vcpu_fd: fd, run_seq: runSeq, run_ret: r.ret };
    if (r.ret < 0) {
      ev.errno = r.errno ?? 0;
      ev.errname = errnoName(r.errno ?? 0);
      if (r.errno === 4 && ev.errname) ev.signal = 'SIGALRM';
      if (area) ev.exit_reason_field = new DataView(area.buffer, area.byteOffset + 8, 4).getUint32(0, true);
    } else if (area) {
      Object.assign(ev, decodeKvmRun(area, this.profile));
    }
    // RIP as the debugger sees it after this KVM_RUN (a quiet KVM_GET_REGS; the VMM itself did not read it).
    const regs = this.quiet(() => super.ioctl(fd, KVM_REQ.KVM_GET_REGS, 0n, null)).out as Record<string, unknown> | undefined;
    if (regs && typeof regs.rip === 'bigint') ev.rip = hex(regs.rip);
    this.push('exit', ev);
  }

  override hostWrite(hva: bigint, bytes: Uint8Array): void {
    super.hostWrite(hva, bytes);
    if (this.muted) return;
    const where = this.guestAddressOf(hva);
    this.push('memwrite', { hva: hex(hva), gpa: where ? hex(where.gpa) : null, slot: where?.slot ?? null, len: bytes.length, data: bytesHex(bytes) });
  }

  private fdKind(fd: number): string {
    const e = this.fds.get(fd);
    return e ? e.kind : 'other';
  }

  /** The guest-physical address a host address backs, by the registered memslots (as the log's memwrite.gpa). */
  guestAddressOf(hva: bigint): { gpa: bigint; slot: number } | null {
    for (const vm of this.inspect().vms) {
      for (const s of vm.memslots) {
        if (hva >= s.userspace_addr && hva < s.userspace_addr + s.memory_size) return { gpa: s.guest_phys_addr + (hva - s.userspace_addr), slot: s.slot };
      }
    }
    return null;
  }
}
