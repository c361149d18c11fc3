/**
 * Importer for strace logs of KVM VMMs
 * (`strace -f -e trace=ioctl -X verbose [-v] [-s N] [-y] [-t|-tt|-ttt] [-T] [--kvm=vcpu]`).
 *
 * Output: (a) one `strace:ioctl` event per ioctl through the TraceSink, so the
 * calls show on the timeline, and (b) the ioctl log: one IoctlLogEntry per
 * call, shaped like the lab truth-log `ioctl` events (lab/FORMAT.md §3.1, §4)
 * so a replayer can rebuild VMs, vCPUs, memslots, registers and caps. What an
 * strace log cannot tell (guest memory, kvm_run contents, undecoded pointers)
 * is an explicit Unknown.
 *
 * `<unfinished ...>` / `<... ioctl resumed>` pairs are joined per pid; the
 * entry is placed where the call started (its stamp) and takes the -T time the
 * resumed line printed (strace times the whole call, entry to return). Non-ioctl
 * lines (signals, exits, other syscalls) are skipped.
 */
import type { TraceSink } from '../../types.ts';
import { decodeText, skipSpaces, trimEnd } from '../text/bytes.ts';
import { Diagnostics, emptyResult, type StreamingParser, type TextImportOptions, type TextImportResult } from '../text/importer.ts';
import { KVM_EXIT } from '../text/kvm-names.ts';
import { LineStream } from '../text/lines.ts';
import { decodeArg } from './args.ts';
import { ERRNO } from './errno.ts';
import { KVM_IOCTLS, KVM_IOCTLS_BY_NR, ioc, type IoctlInfo } from './kvm-ioctls.ts';
import { type ArgValue, type Unknown, splitArgs, unknown } from './values.ts';

export interface IoctlLogEntry {
  /** 1-based line of the call (where it started, for joined unfinished/resumed pairs). */
  line: number;
  pid: number;
  /** Time of the call in ns when the log has -t/-tt/-ttt stamps (-tt: since midnight; -ttt: since the epoch, µs precision). */
  ts: number | null;
  fd: number;
  /** strace's `-y` annotation of the fd (`anon_inode:kvm-vcpu:0`). */
  fd_path?: string;
  /** `KVM_…` name; for requests strace does not know, its text (`_IOC(_IOC_NONE, 0xae, 0xff, 0)`, `0xaed6`). */
  req: string;
  /** Request number, when known (always with -X verbose). */
  nr: number | null;
  /** Decoded input (kvm.h field names); null when the kernel reads nothing. */
  arg: ArgValue;
  /** Decoded output, when strace printed the buffer after the call. */
  out?: ArgValue;
  /** The literal third argument when it is a number/pointer. */
  arg_raw?: number | bigint;
  /** Return value (null when strace printed `= ?`). */
  ret: number | null;
  errno?: number;
  errname?: string;
  /** KVM_RUN with --kvm=vcpu: kvm_run.exit_reason as strace printed it. */
  exit_reason?: number | Unknown;
  exit_name?: string;
  /** -T: time spent in the call, ns. */
  duration_ns?: number;
}

export interface StraceImportResult extends TextImportResult {
  log: IoctlLogEntry[];
  /**
   * Pids a `--- SIGCHLD {… si_pid=N …} ---` line reports as exited children:
   * separate processes (fork), not threads. A forked child's ioctls on the
   * parent's VM/vCPU fds run in another mm (KVM answers EIO).
   */
  children: number[];
}

/**
 * Fields of the `strace:ioctl` events. `duration_ns`: strace -T time in the call (entry to return),
 * '' without -T or without timestamps; the call returned at ts + duration_ns (what the store's
 * vCPU run states and the user-space exit times use).
 */
export const STRACE_IOCTL_FIELDS: readonly string[] = ['fd', 'req', 'nr', 'ret', 'errname', 'exit', 'arg', 'duration_ns'];

const RX_PREFIX = /^(?:\[pid\s+(\d+)\]\s*|(\d+)\s+)?(?:(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?\s+|(\d+)\.(\d{1,9})\s+)?/;
const RX_RET = /^(-?\d+|0x[0-9a-fA-F]+|\?)(?:<([^>]*)>)?(?:\s+([A-Z][A-Z0-9_]*)\s+\([^)]*\))?(?:\s+\((KVM_EXIT_[A-Z0-9_?]+)\))?(?:\s+\(([^)]*)\))?(?:\s+<(\d+)\.(\d+)>)?\s*$/;
const RX_FD = /^(-?\d+)(?:<(.*)>)?$/;

/** Streaming parser for strace text. */
export class StraceParser extends LineStream implements StreamingParser<StraceImportResult> {
  private readonly result: StraceImportResult;
  private readonly diag: Diagnostics;
  private readonly pending = new Map<number, { text: string; line: number; ts: number | null }>();
  private typeId = -1;
  private ordinal = 0;
  private readonly values: (number | bigint | string)[] = ['', '', '', '', '', '', '', ''];

  constructor(private readonly sink: TraceSink, opts: TextImportOptions = {}) {
    super();
    this.result = { ...emptyResult('strace'), log: [], children: [] };
    this.diag = new Diagnostics(this.result, opts);
  }

  end(): StraceImportResult {
    this.flush();
    this.result.lines = this.lineNo;
    for (const [pid, p] of this.pending) {
      this.result.warnings.push(`line ${p.line}: pid ${pid}: ioctl never resumed (log ends inside the call)`);
    }
    return this.result;
  }

  protected line(buf: Uint8Array, start: number, end: number, lineNo: number, offset: number): void {
    const s = skipSpaces(buf, start, end);
    const e = trimEnd(buf, s, end);
    if (s >= e) { this.result.skipped++; return; }
    const text = decodeText(buf, s, e);
    const pm = RX_PREFIX.exec(text)!;
    const pid = pm[1] !== undefined ? Number(pm[1]) : pm[2] !== undefined ? Number(pm[2]) : 0;
    let ts: number | null = null;
    if (pm[3] !== undefined) {
      ts = ((Number(pm[3]) * 60 + Number(pm[4])) * 60 + Number(pm[5])) * 1e9 + frac(pm[6]);
    } else if (pm[7] !== undefined) {
      ts = Number(pm[7]) * 1e9 + frac(pm[8]);
    }
    const body = text.slice(pm[0].length);
    const bad = (what: string): void => this.diag.bad(lineNo, offset, buf, s, e, what);
    if (body.startsWith('ioctl(')) {
      if (body.endsWith(UNFINISHED)) {
        this.pending.set(pid, { text: body.slice(0, -UNFINISHED.length).trimEnd(), line: lineNo, ts });
        return;
      }
      this.call(dropKilled(body), pid, lineNo, ts, bad);
      return;
    }
    if (body.startsWith(RESUMED)) {
      const p = this.pending.get(pid);
      if (!p) { bad(`an earlier "ioctl(… <unfinished ...>" of pid ${pid}`); return; }
      this.pending.delete(pid);
      this.call(dropKilled(p.text + body.slice(RESUMED.length)), pid, p.line, p.ts, bad);
      return;
    }
    // signals, exits, strace's own messages, other syscalls: not ioctls
    if (body.startsWith('--- SIGCHLD')) {
      const m = /\bsi_pid=(\d+)/.exec(body);
      if (m && !this.result.children.includes(Number(m[1]))) this.result.children.push(Number(m[1]));
    }
    if (body.startsWith('---') || body.startsWith('+++') || body.startsWith('strace:') || /^[a-z_0-9]+\(/.test(body)
      || body.startsWith('<... ')) {
      this.result.skipped++;
      return;
    }
    bad('"[PID] ioctl(FD, REQUEST, ARG) = RET", a resumed call, or a signal/exit line');
  }

  private call(body: string, pid: number, line: number, ts: number | null, bad: (what: string) => void): void {
    // strace pads the return column: "…, 0)           = -1 EINTR (…)"
    const close = findClose(body);
    if (close < 0) { bad('") = RET" after the ioctl arguments'); return; }
    const args = splitArgs(body.slice('ioctl('.length, close));
    const rm = RX_RET.exec(body.slice(body.indexOf('= ', close) + 2));
    if (!rm) { bad('a return value: "= N", "= -1 ERRNO (text)", optionally "(KVM_EXIT_…)" and "<seconds>"'); return; }
    const fm = RX_FD.exec(args[0] ?? '');
    if (!fm || args.length < 2) { bad('"ioctl(FD, REQUEST[, ARG])"'); return; }
    const fd = Number(fm[1]);
    const rq = parseRequest(args[1]!);
    if (!rq) { bad('a request: KVM_NAME, 0xNUMBER [/* NAME */], or _IOC(dir, type, nr, size)'); return; }
    const ret = rm[1] === '?' ? null : Number(rm[1]);
    const decoded = decodeArg(rq.info, rq.nr, args[2], ret);
    const entry: IoctlLogEntry = {
      line, pid, ts, fd, req: rq.req, nr: rq.nr, arg: decoded.arg, ret,
    };
    if (fm[2] !== undefined) entry.fd_path = fm[2];
    if (decoded.out !== undefined) entry.out = decoded.out;
    if (decoded.arg_raw !== undefined) entry.arg_raw = decoded.arg_raw;
    if (rm[3] !== undefined) {
      entry.errname = rm[3];
      const n = ERRNO[rm[3]];
      if (n !== undefined) entry.errno = n;
    }
    if (rm[4] !== undefined) {
      entry.exit_name = rm[4];
      const code = KVM_EXIT[rm[4]];
      entry.exit_reason = code !== undefined ? code : unknown(`strace printed ${rm[4]}`);
    }
    if (rm[6] !== undefined) entry.duration_ns = Number(rm[6]) * 1e9 + frac(rm[7]);
    this.result.log.push(entry);
    this.emitEvent(entry, args[2] ?? '');
  }

  private emitEvent(en: IoctlLogEntry, argText: string): void {
    if (this.typeId < 0) {
      this.typeId = this.sink.eventType('strace', 'ioctl', STRACE_IOCTL_FIELDS);
    }
    let ts = en.ts;
    if (ts === null) { ts = this.ordinal; this.result.syntheticTime = true; }
    this.ordinal++;
    const v = this.values;
    v[0] = en.fd; v[1] = en.req; v[2] = en.nr ?? ''; v[3] = en.ret ?? ''; v[4] = en.errname ?? '';
    v[5] = en.exit_name ?? ''; v[6] = argText;
    // A -T duration placed on ordinal time (no -t/-tt/-ttt stamps) would mean nothing: the call's end
    // (ts + duration_ns) is only given where ts is a real time. The ioctl log keeps it either way.
    v[7] = en.duration_ns !== undefined && en.ts !== null ? en.duration_ns : '';
    this.sink.event(this.typeId, ts, -1, en.pid, '', v);
    this.result.events++;
  }
}

const UNFINISHED = '<unfinished ...>';
const RESUMED = '<... ioctl resumed>';

/**
 * A thread killed inside the call (SIGKILL, exit_group of another thread) never returns: strace 6.1
 * closes the call with "<unfinished ...>) = ?" (`<... ioctl resumed> <unfinished ...>) = ?` after an
 * interruption), printing none of the arguments it decodes on return. Drops that marker.
 */
function dropKilled(body: string): string {
  const k = body.lastIndexOf(` ${UNFINISHED})`);
  return k < 0 ? body : body.slice(0, k) + body.slice(k + UNFINISHED.length + 1);
}

/** Index of the ')' that closes the argument list: the last one followed by blanks and "= ". */
function findClose(body: string): number {
  let k = body.length;
  for (;;) {
    k = body.lastIndexOf(' = ', k - 1);
    if (k < 0) return -1;
    let j = k;
    while (j > 0 && body[j - 1] === ' ') j--;
    if (j > 0 && body[j - 1] === ')') return j - 1;
    if (k === 0) return -1;
  }
}

function frac(digits: string | undefined): number {
  if (!digits) return 0;
  return Number(digits) * 10 ** (9 - digits.length);
}

interface Request { req: string; nr: number | null; info: IoctlInfo | undefined }

const IOC_DIRS: Readonly<Record<string, number>> = {
  _IOC_NONE: 0, _IOC_WRITE: 1, _IOC_READ: 2, '_IOC_READ|_IOC_WRITE': 3, '_IOC_WRITE|_IOC_READ': 3,
};

/** `KVM_RUN`, `0xae80 /* KVM_RUN *\/`, `0xaeff /* _IOC(...) *\/`, `_IOC(_IOC_NONE, 0xae, 0xff, 0)`, `0xaeff`. */
export function parseRequest(text: string): Request | null {
  const t = text.trim();
  const m = /^(0x[0-9a-fA-F]+|\d+)(?:\s*\/\*\s*(.*?)\s*\*\/)?$/.exec(t);
  if (m) {
    const nr = Number(m[1]);
    const byNr = KVM_IOCTLS_BY_NR.get(nr);
    const named = m[2] !== undefined ? KVM_IOCTLS.get(m[2]) : undefined;
    const info = named && named.nr === nr ? named : byNr;
    return { req: info ? info.name : m[2] ?? m[1]!, nr, info };
  }
  const ioc_ = /^_IOC\(([^,]+),\s*(0x[0-9a-fA-F]+|\d+),\s*(0x[0-9a-fA-F]+|\d+),\s*(0x[0-9a-fA-F]+|\d+)\)$/.exec(t);
  if (ioc_) {
    const dir = IOC_DIRS[ioc_[1]!.replace(/\s+/g, '')];
    if (dir === undefined) return null;
    const nr = ioc(dir, Number(ioc_[2]), Number(ioc_[3]), Number(ioc_[4]));
    const info = KVM_IOCTLS_BY_NR.get(nr);
    return { req: info ? info.name : t, nr, info };
  }
  if (/^[A-Z_][A-Z0-9_]*(?: or [A-Z_][A-Z0-9_]*)*$/.test(t)) {
    const info = KVM_IOCTLS.get(t);
    return { req: t, nr: info ? info.nr : null, info };
  }
  return null;
}

const RX_STRACE = /^(?:\[pid\s+\d+\]\s*|\d+\s+)?(?:[\d:.]+\s+)?(?:ioctl\(|<\.\.\. ioctl resumed>)/m;

/** strace text with ioctl calls. */
export function sniffStrace(first: Uint8Array): boolean {
  let s = '';
  const n = Math.min(first.length, 8192);
  for (let i = 0; i < n; i++) s += String.fromCharCode(first[i]!);
  return RX_STRACE.test(s);
}
