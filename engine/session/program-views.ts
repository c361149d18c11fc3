/**
 * What the shell's panels draw, for a program workspace: ioctl-log rows (every VMM action: ioctls,
 * syscalls, memory writes, exit completions), exit rows, the summary, the object tree and the
 * registers, in the same protocol shapes a recording workspace answers with. Nothing is compared
 * with real KVM here (there is no recording), so VMM inputs have status 'input' and KVM's answers 'info'.
 */
import type {
  ExitRow, ExitRowsResult, LogRow, LogRowsResult, ObjectTree, Position, RegistersResult, StatusCounts, Summary, VmNode,
} from '../protocol.ts';
import type { ProgramState } from '../protocol/program.ts';
import { exitDetail, flatten, formatValue, regsView, sregsView } from '../session.ts';
import type { LogEvent } from './program-recorder.ts';
import { isTerminal, type ProgramWorkspace } from './program-workspace.ts';

/** Indices of the events that satisfy `pred`, kept in step with an append-only (or truncated) log. */
export class EventIndex {
  private idx = new Int32Array(1024);
  private n = 0;
  private scanned = 0;
  constructor(private readonly pred: (e: LogEvent) => boolean) {}

  /** Bring the index up to date with `events` and return the number of matching events. */
  sync(events: readonly LogEvent[]): number {
    if (events.length < this.scanned) {
      // Truncated: drop indices >= new length (binary search on the sorted indices).
      let lo = 0, hi = this.n;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (this.idx[mid] < events.length) lo = mid + 1; else hi = mid; }
      this.n = lo;
      this.scanned = events.length;
    }
    for (let i = this.scanned; i < events.length; i++) {
      if (!this.pred(events[i])) continue;
      if (this.n === this.idx.length) { const b = new Int32Array(this.idx.length * 2); b.set(this.idx); this.idx = b; }
      this.idx[this.n++] = i;
    }
    this.scanned = events.length;
    return this.n;
  }

  at(row: number): number { return this.idx[row]; }
}

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'string' && v ? Number(v) : 0);
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Per-workspace view state: row indices and the registers before the last stepping request. */
export class ProgramViews {
  readonly rows = new EventIndex((e) => e.t !== 'exit');
  readonly exitIdx = new EventIndex((e) => e.t === 'exit');
  readonly ioctlIdx = new EventIndex((e) => e.t === 'ioctl');
  before: Map<string, bigint> | null = null;

  constructor(readonly ws: ProgramWorkspace) {}

  /** Remember the registers before a stepping request (for "changed" highlighting). */
  markBefore(): void {
    this.before = this.flatRegs();
  }

  private flatRegs(): Map<string, bigint> {
    return flatten(regsView(this.ws.regs()), sregsView(this.ws.sregs()));
  }

  position(): Position {
    const ws = this.ws;
    const ioctls = this.ioctlIdx.sync(ws.kvm.events);
    return { position: ws.icount, events: Math.max(ws.furthest, ws.icount), ioctlsDone: ioctls, ioctls, done: isTerminal(ws.stop) };
  }

  state(): ProgramState {
    const ws = this.ws;
    const lin = ws.linearRip();
    return {
      ...this.position(), name: ws.name, backend: ws.backend, bits: ws.bits, origin: ws.asm.origin, vcpuFd: ws.vcpuFd,
      instructions: ws.icount, rip: ws.regs().rip, linearRip: lin, line: ws.lineAt.get(lin) ?? null, stop: ws.stop,
      serialLength: ws.serialLength, breakpoints: [...ws.breakpoints],
    };
  }

  summary(): Summary {
    const ev = this.ws.kvm.events;
    const counts: StatusCounts = { pass: 0, fail: 0, skip: 0, input: 0, info: 0 };
    for (const e of ev) counts[statusOf(e)]++;
    const exits = this.exitIdx.sync(ev);
    return { ...this.position(), counts, exitsDone: exits, exits, firstFailure: null };
  }

  logRows(from: number, to: number): LogRowsResult {
    const ev = this.ws.kvm.events;
    const total = this.rows.sync(ev);
    const end = Math.min(to, total, from + 1000);
    const rows: LogRow[] = [];
    for (let row = Math.max(0, from); row < end; row++) rows.push(logRow(row, ev[this.rows.at(row)]));
    return { total, executed: total, rows };
  }

  exitRows(from: number, to: number): ExitRowsResult {
    const ev = this.ws.kvm.events;
    const total = this.exitIdx.sync(ev);
    const end = Math.min(to, total, from + 1000);
    const rows: ExitRow[] = [];
    for (let row = Math.max(0, from); row < end; row++) {
      const e = ev[this.exitIdx.at(row)];
      const failed = num(e.run_ret) < 0;
      rows.push({
        row, index: e.seq, seq: e.seq, runSeq: num(e.run_seq), vcpuFd: num(e.vcpu_fd),
        reason: failed ? `ERR ${str(e.errname)}` : str(e.exit_name), reasonNr: failed ? null : num(e.exit_reason),
        detail: exitDetail(e), rip: typeof e.rip === 'string' ? e.rip : null, status: 'info', skipReason: null, mismatches: [],
      });
    }
    return { total, rows };
  }

  /** Instruction count right after log row `row` (what "go to this row" means for a program). */
  icountAfterRow(row: number): number | null {
    const total = this.rows.sync(this.ws.kvm.events);
    if (row < 0 || row >= total) return null;
    return this.ws.kvm.icountAt[this.rows.at(row)];
  }

  tree(): ObjectTree {
    const ins = this.ws.kvm.inspect();
    const vms: VmNode[] = ins.vms.map((vm) => ({
      fd: vm.fd, type: vm.type, irqchip: vm.irqchip,
      memslots: vm.memslots.map((s) => ({ ...s })),
      gmems: vm.gmems.map((g) => ({ ...g })),
      vcpus: vm.vcpus.map((v) => ({
        fd: v.fd, vcpu_id: v.vcpu_id, plane: v.plane, mp_state: v.mp_state, runMapped: v.runMapped,
        lastExit: v.lastExit && typeof v.lastExit.reason === 'number' ? { reason: v.lastExit.reason, name: str(v.lastExit.name) } : null,
      })),
      capsEnabled: Object.fromEntries(Object.entries(vm.capsEnabled).map(([k, v]) => [k, `0x${v.toString(16)}`])),
      planes: vm.planes.map((p) => p.plane),
    }));
    return { fds: ins.fds.map((f) => ({ fd: f.fd, kind: f.kind })), vms };
  }

  registers(vcpuFd: number): RegistersResult | null {
    if (vcpuFd !== this.ws.vcpuFd) return null;
    const regs = regsView(this.ws.regs());
    const sregs = sregsView(this.ws.sregs());
    const now = flatten(regs, sregs);
    const changed: string[] = [];
    if (this.before) for (const [k, v] of now) if (this.before.get(k) !== v) changed.push(k);
    return { vcpuFd, vcpuId: 0, regs, sregs, changed, recorded: { regs: null, regsSeq: null, sregs: null, sregsSeq: null } };
  }
}

/** Inputs are what the VMM did; everything KVM answered is 'info' (no real-KVM recording to compare with). */
function statusOf(e: LogEvent): 'input' | 'info' {
  return e.t === 'memwrite' || e.t === 'respond' || e.t === 'syscall' ? 'input' : 'info';
}

function logRow(row: number, e: LogEvent): LogRow {
  const base = { row, index: e.seq, seq: e.seq, process: 'main', status: statusOf(e), skipReason: null, mismatches: [] };
  switch (e.t) {
    case 'ioctl': {
      const errno = e.errname === undefined ? null : str(e.errname);
      return {
        ...base, req: str(e.req), nr: str(e.nr), fd: num(e.fd), fdKind: str(e.fd_kind),
        args: formatValue(e.budget !== undefined ? { ...(e.arg as object ?? {}), watchdog_budget: e.budget } : e.arg, 0),
        ret: num(e.ret), errno, actualRet: num(e.ret), actualErrno: errno,
      };
    }
    case 'memwrite':
      return { ...base, req: 'memwrite', nr: '', fd: -1, fdKind: 'memory', args: formatValue({ gpa: e.gpa, hva: e.hva, len: e.len, data: e.data }, 0), ret: 0, errno: null, actualRet: 0, actualErrno: null };
    case 'respond':
      return { ...base, req: 'respond', nr: '', fd: num(e.vcpu_fd), fdKind: 'vcpu', args: formatValue({ what: e.what, port: e.port, phys_addr: e.phys_addr, writes: e.writes }, 0), ret: 0, errno: null, actualRet: 0, actualErrno: null };
    default: {
      const { seq: _s, t: _t, call, ret, errno, errname, ...rest } = e;
      const r = typeof ret === 'string' ? (ret.startsWith('0x') ? 0 : -1) : num(ret);
      // mmap returns an address: keep it in the text (it is what memslots' userspace_addr refers to).
      const args = typeof ret === 'string' ? { ...rest, ret } : rest;
      return { ...base, req: str(call ?? e.t), nr: '', fd: num(rest.fd ?? -1), fdKind: 'syscall', args: formatValue(args, 0), ret: r, errno: errname === undefined ? null : str(errname), actualRet: r, actualErrno: errname === undefined ? null : str(errname) };
    }
  }
}
