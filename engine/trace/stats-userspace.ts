/**
 * User-space exit statistics: the exit table for traces that have no kvm_exit (PVM hosts,
 * where KVM emulates every guest instruction; QEMU's own `-trace`; strace logs), built from
 * the exits KVM_RUN returns to the VMM. Per KVM_EXIT_* reason (optionally per vCPU) the
 * samples, their share, and the time the VMM spent on each exit: from the user-space exit
 * to the same thread's (QEMU: vCPU's) next entry into KVM_RUN. Which event marks that
 * re-entry depends on the format (what real captures of this project show):
 *
 * - kernel tracepoints (trace.dat, tracefs/trace-cmd text, perf script): `kvm_userspace_exit`
 *   is traced when KVM_RUN returns (kvm_vcpu_ioctl); the next KVM_RUN of the thread starts
 *   with `kvm_fpu: load` (kvm_arch_vcpu_ioctl_run loads the guest FPU first), or, without
 *   kvm_fpu in the trace, its first `kvm_entry`. KVM_RUN failures (`reason restart (4)`,
 *   `error (N)`, i.e. errno < 0) are rows of their own named by the errno.
 * - QEMU `-trace`: `kvm_run_exit cpu_index N, reason R` after KVM_RUN returned; the next
 *   `kvm_vcpu_ioctl cpu_index N, type 0xae80` (KVM_RUN) is the re-entry. QEMU does not trace
 *   failed KVM_RUNs (-EINTR), and prints µs wall-clock stamps only with `-msg timestamp=on`.
 * - strace `ioctl(…, KVM_RUN, …) = 0 (KVM_EXIT_IO)` (`--kvm=vcpu`): counted per reason. A line
 *   stamps the call's start (-tt/-ttt); with -T it also gives the time spent in the call, so the
 *   exit happened at start + duration and the VMM time runs from there to the start of the
 *   thread's next KVM_RUN. Without -T (or without stamps) exits are counted, not timed.
 *
 * Rows have the shape of `computeExitStats` (stats.ts) plus, per instance, the event that
 * marked the re-entry, so the UI can jump to an instance and show its handling.
 */
import { errnoFromName, errnoName } from '../kvm/uapi/errno.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import { kvmExitCode, kvmExitName } from './exit-reasons.ts';
import {
  addRowTime, finishRow, newRowAcc, rowAccKey, sortExitStats, type ExitStatRow, type ExitStatsOptions, type RowAcc,
} from './stats.ts';
import { CPU_UNKNOWN, GUEST_CPU_BASE, type TraceStore } from './store/store.ts';
import type { FieldValue } from './types.ts';

/** Where the exits come from: the kernel tracepoint, QEMU's trace event, or strace'd KVM_RUN calls. */
export type UserspaceExitSource = 'kvm_userspace_exit' | 'kvm_run_exit' | 'strace';

/** Row reason of a successful KVM_RUN whose exit reason the log does not show (strace without --kvm=vcpu). */
export const REASON_NOT_SHOWN = -0x10000;
/** Row reason of a successful KVM_RUN whose exit reason strace could not name (it printed KVM_EXIT_???). */
export const REASON_UNDECODED = -0x10002;
/** Row reason of a failed KVM_RUN whose errno name is unknown. */
export const REASON_ERRNO_UNKNOWN = -0x10001;

/** One row. `reason` is a KVM_EXIT_* value, or -errno for a failed KVM_RUN (-4 = -EINTR), or REASON_*. */
export interface UserspaceExitStatRow extends ExitStatRow {
  /** Per instance (aligned with `events`): index of the event that marked the next KVM_RUN, -1 when none. */
  reentries: Int32Array;
}

export interface UserspaceExitStats {
  /** null when the trace has no user-space exits. */
  source: UserspaceExitSource | null;
  totalSamples: number;
  /** Sum of the measured user-space times (ns). */
  totalTimeNs: number;
  /** Samples with a measured time. */
  timed: number;
  /** Samples without a later re-entry on their thread/vCPU (end of trace, a thread that stopped, or markers not traced). */
  unpaired: number;
  /** The events that marked re-entries, as seen (e.g. "kvm_fpu load", "kvm_entry", "kvm_vcpu_ioctl KVM_RUN"). */
  reentryMarkers: string[];
  /** What the time columns measure, one sentence. */
  timeMeans: string;
  /** Why no time was measured at all, or null. */
  untimedWhy: string | null;
  /** What the trace's format hides from this table (see `userspaceFormatCaveat`), or null. */
  caveat: string | null;
  rows: UserspaceExitStatRow[];
}

export interface UserspaceExitStatsOptions extends ExitStatsOptions {
  /** The trace has no timestamps (event ordinals stand in, LoadResult.text.syntheticTime): no times. */
  syntheticTime?: boolean;
  /** The trace's format (LoadResult.format), for `caveat`. */
  format?: string;
}

const K_EXIT = 1, K_FPU = 2, K_ENTRY = 3, K_QEMU_IOCTL = 4, K_STRACE = 5;
const KVM_RUN = KVM_REQ.KVM_RUN;

const TIME_MEANS: Record<UserspaceExitSource, string> = {
  kvm_userspace_exit: "time in the VMM: from kvm_userspace_exit (KVM_RUN returned) to the thread's next KVM_RUN (its kvm_fpu load, else kvm_entry)",
  kvm_run_exit: "time in QEMU: from kvm_run_exit to the vCPU's next kvm_vcpu_ioctl KVM_RUN (QEMU's µs wall-clock stamps)",
  strace: "time in the VMM: from the return of KVM_RUN (its -tt/-ttt start + its -T duration) to the thread's next KVM_RUN; not measured for logs without -T",
};

const NO_MARKERS: Record<UserspaceExitSource, string> = {
  kvm_userspace_exit: 'the trace has no kvm_fpu (load) or kvm_entry events on the exiting threads, so the next KVM_RUN is not seen: record kvm:kvm_fpu too',
  kvm_run_exit: 'the trace has no kvm_vcpu_ioctl KVM_RUN events, so the next KVM_RUN is not seen: trace kvm_vcpu_ioctl too (-trace kvm_vcpu_ioctl)',
  strace: 'the log has no call durations (strace -T): its lines give when each KVM_RUN started, not when it returned',
};

/** What strace itself adds to the times it lets us measure. */
const STRACE_TIMED_CAVEAT = 'strace stops the thread at every syscall entry and exit (ptrace), so both times include its overhead; stamps and durations have µs resolution';

/** Name of a row reason: KVM_EXIT_* (the uAPI table), "KVM_RUN -EINTR" for failures. */
export function userspaceReasonName(reason: number): string {
  if (reason >= 0) return kvmExitName(reason, 'upstream');
  if (reason === REASON_NOT_SHOWN) return 'KVM_RUN = 0 (no exit reason logged)';
  if (reason === REASON_UNDECODED) return 'KVM_EXIT_??? (not named by strace)';
  if (reason === REASON_ERRNO_UNKNOWN) return 'KVM_RUN failed (unknown errno)';
  return `KVM_RUN -${errnoName(-reason)}`;
}

/**
 * What a format hides from the user-space table. libtraceevent (trace-cmd report, perf
 * script) does not evaluate the kernel's `errno < 0 ? "restart"/"error" : reason` print
 * condition: a failed KVM_RUN is printed with kvm_run->exit_reason (seen on the lab host:
 * tracefs "reason restart (4)" is trace-cmd's "reason KVM_EXIT_UNKNOWN (0)" for the same
 * record), so failures count under that reason (often KVM_EXIT_INTR or KVM_EXIT_UNKNOWN).
 */
export function userspaceFormatCaveat(format: string | undefined): string | null {
  return format === 'trace-cmd' || format === 'perf-script'
    ? `${format} text prints a failed KVM_RUN (-EINTR…) with its kvm_run exit reason (libtraceevent ignores the errno), so failures count under that reason, often KVM_EXIT_INTR or KVM_EXIT_UNKNOWN`
    : null;
}

interface UAcc extends RowAcc { re: number[] }

/** Which source a store holds (most precise first), or null. */
function pickSource(store: TraceStore, present: Uint8Array | Uint32Array): UserspaceExitSource | null {
  const has = (sys: (s: string) => boolean, name: string): boolean =>
    store.types.some((t) => t.name === name && sys(t.system) && present[t.id]! > 0);
  if (has((s) => s === 'kvm' || s === '', 'kvm_userspace_exit')) return 'kvm_userspace_exit';
  if (has((s) => s === 'qemu', 'kvm_run_exit')) return 'kvm_run_exit';
  if (has((s) => s === 'strace', 'ioctl')) return 'strace';
  return null;
}

/**
 * Which user-space exit source a store holds and how many exits it has, without timing
 * (for a trace summary): counts the source's events; strace ioctls are decoded to find KVM_RUN returns.
 */
export function userspaceExitCount(store: TraceStore): { source: UserspaceExitSource | null; count: number } {
  const present = new Uint32Array(store.types.length);
  for (let i = 0; i < store.count; i++) present[store.type[i]!]!++;
  const source = pickSource(store, present);
  let count = 0;
  for (const t of store.types) {
    if (!present[t.id]) continue;
    if (source === 'kvm_userspace_exit' && t.name === 'kvm_userspace_exit' && (t.system === 'kvm' || t.system === '')) count += present[t.id]!;
    else if (source === 'kvm_run_exit' && t.name === 'kvm_run_exit' && t.system === 'qemu') count += present[t.id]!;
    else if (source === 'strace' && t.system === 'strace' && t.name === 'ioctl') {
      const req = t.fieldNames.indexOf('req'), ret = t.fieldNames.indexOf('ret');
      for (let i = 0; i < store.count; i++) {
        if (store.type[i] !== t.id) continue;
        const f = store.fields(i);
        if (f[req] === 'KVM_RUN' && typeof f[ret] === 'number') count++;
      }
    }
  }
  return { source, count };
}

const num = (v: FieldValue | undefined): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : Number.NaN);

/**
 * Computes the user-space exit table (see the module comment for what is measured per
 * format). Same options and row shape as `computeExitStats`; exits are taken in [t0, t1),
 * their re-entries may lie after t1.
 */
export function computeUserspaceExitStats(store: TraceStore, opts: UserspaceExitStatsOptions = {}): UserspaceExitStats {
  const by = opts.by ?? 'reason';
  const nT = store.types.length;
  const present = new Uint8Array(nT);
  const typeCol = store.type;
  for (let i = 0; i < store.count; i++) present[typeCol[i]!] = 1;
  const source = pickSource(store, present);
  const empty: UserspaceExitStats = {
    source, totalSamples: 0, totalTimeNs: 0, timed: 0, unpaired: 0, reentryMarkers: [],
    timeMeans: source ? TIME_MEANS[source] : '', untimedWhy: null,
    caveat: source === 'kvm_userspace_exit' ? userspaceFormatCaveat(opts.format) : null, rows: [],
  };
  if (!source) return empty;

  // Per type: its role, and the field indexes decoded for it.
  const kind = new Uint8Array(nT);
  const fErrno = new Int16Array(nT).fill(-1), fType = new Int16Array(nT).fill(-1);
  const fReq = new Int16Array(nT).fill(-1), fRet = new Int16Array(nT).fill(-1), fErrname = new Int16Array(nT).fill(-1), fExit = new Int16Array(nT).fill(-1);
  for (const t of store.types) {
    const kernel = t.system === 'kvm' || t.system === '';
    if (source === 'kvm_userspace_exit' && kernel) {
      if (t.name === 'kvm_userspace_exit') { kind[t.id] = K_EXIT; fErrno[t.id] = t.fieldNames.indexOf('errno'); }
      else if (t.name === 'kvm_fpu' && t.hot[0] >= 0) kind[t.id] = K_FPU;
      else if (t.name === 'kvm_entry') kind[t.id] = K_ENTRY;
    } else if (source === 'kvm_run_exit' && t.system === 'qemu') {
      if (t.name === 'kvm_run_exit') kind[t.id] = K_EXIT;
      else if (t.name === 'kvm_vcpu_ioctl' && (fType[t.id] = t.fieldNames.indexOf('type')) >= 0) kind[t.id] = K_QEMU_IOCTL;
    } else if (source === 'strace' && t.system === 'strace' && t.name === 'ioctl') {
      kind[t.id] = K_STRACE;
      fReq[t.id] = t.fieldNames.indexOf('req'); fRet[t.id] = t.fieldNames.indexOf('ret');
      fErrname[t.id] = t.fieldNames.indexOf('errname'); fExit[t.id] = t.fieldNames.indexOf('exit');
    }
  }
  const timing = !opts.syntheticTime;
  const fDur = new Int16Array(nT).fill(-1);
  for (const t of store.types) if (kind[t.id] === K_STRACE) fDur[t.id] = t.fieldNames.indexOf('duration_ns');
  const guestFrom = store.guestTraces().length ? GUEST_CPU_BASE : CPU_UNKNOWN;
  const [a, b] = store.indexRange(opts.t0 ?? -Infinity, opts.t1 ?? Infinity);
  const rows = new Map<string, UAcc>();
  // The exit waiting for its re-entry, per thread (QEMU: per cpu_index).
  // `end`: when the exit reached user space (strace: KVM_RUN start + -T duration; NaN = not known).
  const pending = new Map<number, { acc: UAcc; i: number; pos: number; end: number }>();
  const markers = new Set<string>();
  let unpaired = 0, anyMarker = false, anyEnd = source !== 'strace';
  const n = store.count;

  const reenter = (key: number, i: number, marker: string): void => {
    anyMarker = true;
    const p = pending.get(key);
    if (!p) return;
    pending.delete(key);
    markers.add(marker);
    p.acc.re[p.pos] = i;
    // strace: µs-rounded stamps can put a return a µs after the next call's start: no VMM time then
    if (timing && !Number.isNaN(p.end)) addRowTime(p.acc, Math.max(0, store.ts[i]! - p.end));
  };

  let vcpu = -1;
  /**
   * An exit at i: the thread's previous exit saw no KVM_RUN before it (unpaired, and must not
   * be ended by a later marker). Sets `vcpu`; false when i is not counted: past t1, or another vCPU's.
   */
  const startExit = (key: number, i: number): boolean => {
    if (pending.delete(key)) unpaired++;
    if (i >= b) return false;
    // QEMU: cpu_index (the cpu column); kernel and strace: the thread's vCPU
    vcpu = source === 'kvm_run_exit' ? (store.cpu[i] === CPU_UNKNOWN ? -1 : store.cpu[i]!) : store.vcpuOf(i);
    return opts.vcpu === undefined || vcpu === opts.vcpu;
  };
  /** Past t1 nothing is counted: the scan goes on only while exits wait for their KVM_RUN. */
  const done = (i: number): boolean => i >= b && pending.size === 0;

  for (let i = a; i < n; i++) {
    const k = kind[typeCol[i]!]!;
    if (!k) continue;
    const c = store.cpu[i]!;
    if (c >= guestFrom && c !== CPU_UNKNOWN) continue; // a merged guest's own events
    const t = typeCol[i]!;
    // QEMU names the vCPU in every event (cpu_index, stored as the cpu column); kernel
    // tracepoints and strace are paired per thread: KVM_RUN is a syscall of that thread.
    const key = source === 'kvm_run_exit' ? c : store.pid[i]!;
    let reason = 0;
    let end = store.ts[i]!;
    if (k === K_FPU) { if (store.arg0[i] === 1) reenter(key, i, 'kvm_fpu load'); continue; }
    if (k === K_ENTRY) { reenter(key, i, 'kvm_entry'); continue; }
    if (k === K_QEMU_IOCTL) {
      if (num(store.fields(i)[fType[t]!]) === KVM_RUN) reenter(key, i, 'kvm_vcpu_ioctl KVM_RUN');
      continue;
    }
    if (k === K_STRACE) {
      const f = store.fields(i);
      if (f[fReq[t]!] !== 'KVM_RUN') continue;
      reenter(key, i, 'ioctl KVM_RUN'); // this call is the thread's next KVM_RUN…
      if (typeof f[fRet[t]!] !== 'number') continue; // "= ?": it never returned
      // …and its return is an exit of its own.
      if (!startExit(key, i)) { if (done(i)) break; continue; }
      const d = fDur[t]! >= 0 ? f[fDur[t]!] : undefined;
      if (typeof d === 'number') { end += d; anyEnd = true; } else end = Number.NaN;
      const errname = f[fErrname[t]!];
      if (typeof errname === 'string' && errname !== '') {
        const e = errnoFromName(errname);
        reason = e === undefined ? REASON_ERRNO_UNKNOWN : -e;
      } else {
        const x = f[fExit[t]!];
        if (typeof x !== 'string' || x === '') reason = REASON_NOT_SHOWN;
        else reason = kvmExitCode(x, 'upstream') ?? REASON_UNDECODED;
      }
    } else {
      // K_EXIT
      if (!startExit(key, i)) { if (done(i)) break; continue; }
      reason = store.arg0[i]!;
      if (fErrno[t]! >= 0) {
        const e = num(store.fields(i)[fErrno[t]!]);
        if (e < 0) reason = e; // KVM_RUN failed: kvm_run->exit_reason is not the answer
      }
    }
    const plane = by === 'reason+plane' && store.planeOf(i) >= 0 ? store.planeOf(i) : undefined;
    const rk = rowAccKey(by, reason, vcpu, plane);
    let acc = rows.get(rk);
    if (!acc) {
      acc = newRowAcc(reason, by, vcpu, plane) as UAcc;
      acc.re = [];
      rows.set(rk, acc);
    }
    acc.n++;
    acc.events.push(i);
    acc.re.push(-1);
    pending.set(key, { acc, i, pos: acc.events.length - 1, end });
  }
  unpaired += pending.size;
  let totalSamples = 0, totalTime = 0, timed = 0;
  for (const r of rows.values()) { totalSamples += r.n; totalTime += r.sum; timed += r.timed; }
  const out: UserspaceExitStatRow[] = [...rows.values()].map((r) => ({
    ...finishRow(r, userspaceReasonName(r.reason), totalSamples, totalTime),
    reentries: Int32Array.from(r.re),
  }));
  sortExitStats(out, opts.sort ?? 'samples');
  let untimedWhy: string | null = null;
  if (totalSamples && !timed) {
    untimedWhy = opts.syntheticTime
      ? source === 'strace' ? 'the log has no timestamps: strace -tt (or -ttt) -T gives when each KVM_RUN started and how long it took'
        : 'the trace has no timestamps (events are numbered in file order)'
      : !anyMarker || !anyEnd ? NO_MARKERS[source]
        : 'no exit in this selection was followed by a KVM_RUN of its thread';
  }
  const caveat = source === 'strace' && timed ? STRACE_TIMED_CAVEAT : empty.caveat;
  return {
    ...empty, totalSamples, totalTimeNs: totalTime, timed, unpaired, reentryMarkers: [...markers].sort(), untimedWhy, caveat, rows: out,
  };
}
