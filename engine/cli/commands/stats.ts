/**
 * `planescope stats FILE [--json] [--per-vcpu]`: event counts, per-CPU counts, lost events,
 * a perf-kvm-stat style exit table (kvm_exit) and the user-space exit table
 * (kvm_userspace_exit / QEMU kvm_run_exit / strace KVM_RUN) for any supported trace format.
 */
import { readFile } from 'node:fs/promises';
import { PsError } from '../../errors.ts';
import { loadTrace, type LoadResult } from '../../trace/load.ts';
import { computeExitStats, type StatsGrouping } from '../../trace/stats.ts';
import { computeUserspaceExitStats, type UserspaceExitStats } from '../../trace/stats-userspace.ts';
import { CPU_UNKNOWN } from '../../trace/store/store.ts';
import type { IoctlLogEntry } from '../../trace/import/strace/strace.ts';
import type { Command } from '../command.ts';

/** The user-space exit table of a loaded trace (grouped per reason, or per reason and vCPU). */
export function userspaceStatsOf(r: LoadResult, by: StatsGrouping = 'reason'): UserspaceExitStats {
  return computeUserspaceExitStats(r.store, { by, syntheticTime: r.text?.syntheticTime ?? false, format: r.format });
}

/** `userspace_exit_stats` of the JSON document (null when the trace has no user-space exits). */
function userspaceJson(u: UserspaceExitStats): Record<string, unknown> | null {
  if (!u.source) return null;
  return {
    source: u.source,
    time_means: u.timeMeans,
    untimed_why: u.untimedWhy,
    caveat: u.caveat,
    total_samples: u.totalSamples,
    total_time_ns: u.totalTimeNs,
    timed: u.timed,
    unpaired: u.unpaired,
    reentry_markers: u.reentryMarkers,
    rows: u.rows.map((r) => ({
      name: r.name, reason: r.reason, ...(r.vcpu !== undefined ? { vcpu: r.vcpu } : {}),
      samples: r.samples, samples_pct: r.samplesPct, timed: r.timed, time_ns: r.timeNs, time_pct: r.timePct,
      min_ns: r.minNs, max_ns: r.maxNs, avg_ns: r.avgNs, stddev_pct: r.stddevPct,
    })),
  };
}

/** The JSON document `stats --json` prints (snake_case keys, stable for scripts). */
export function statsJson(r: LoadResult, by: StatsGrouping = 'reason'): Record<string, unknown> {
  const s = r.store;
  const byName: Record<string, number> = {};
  const perCpu: Record<string, number> = {};
  const typeCount = new Float64Array(s.types.length);
  for (let i = 0; i < s.count; i++) {
    typeCount[s.type[i]!]!++;
    // text formats without a CPU column (strace, QEMU) store cpu -1 as 0xffff
    const c = s.cpu[i] === CPU_UNKNOWN ? -1 : s.cpu[i]!;
    perCpu[c] = (perCpu[c] ?? 0) + 1;
  }
  for (const t of s.types) {
    if (!typeCount[t.id]) continue;
    const k = t.system ? t.key : t.name;
    byName[k] = (byName[k] ?? 0) + typeCount[t.id]!;
  }
  const ex = computeExitStats(s);
  const exitReasons: Record<string, number> = {};
  for (const row of ex.rows) exitReasons[row.name] = row.samples;
  const us = userspaceStatsOf(r, by);
  const userspace: Record<string, number> = {};
  for (const row of us.rows) userspace[row.name] = (userspace[row.name] ?? 0) + row.samples;
  const lostKnown = s.lostMarkers.reduce((a, m) => a + (m.count > 0 ? m.count : 0), 0);
  const out: Record<string, unknown> = {
    format: r.format,
    version: r.traceDat?.header?.version ?? r.text?.header.version ?? null,
    compression: r.traceDat?.header?.compression.name ?? r.wrapper ?? 'none',
    events_total: s.count,
    events_by_name: Object.fromEntries(Object.entries(byName).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    per_cpu: perCpu,
    exit_isa: ex.isa ?? null,
    exit_reasons: exitReasons,
    userspace_exits: userspace,
    userspace_exit_stats: userspaceJson(us),
    first_ts: s.count ? s.ts[0]! / 1e9 : null,
    last_ts: s.count ? s.ts[s.count - 1]! / 1e9 : null,
    lost_events: lostKnown,
    lost_markers: s.lostMarkers.length,
    lost_unknown: s.lostMarkers.filter((m) => m.count < 0).length,
    lanes: s.lanes().map((l) => l.id),
    // trace.dat fills these below; other formats have no options or guest records
    options: {},
    guest: [],
  };
  if (r.wrapper) out.wrapper = r.wrapper;
  const h = r.traceDat?.header;
  if (h) {
    const opts: Record<string, number> = {};
    for (const o of h.options) opts[o.name] = (opts[o.name] ?? 0) + 1;
    out.options = opts;
    out.instances = h.buffers.map((b) => ({ name: b.name, clock: b.clock, cpus: b.cpus.length, compressed: b.compressed }));
    out.trace_clock = h.traceClock ?? null;
    out.uname = h.uname ?? null;
    out.guest = h.guests.map((g) => ({ name: g.name, trace_id: g.traceId, vcpus: Object.fromEntries(g.vcpus.map((v) => [v.vcpu, v.hostPid])) }));
    if (h.tsc2nsec) out.tsc2nsec = { mult: h.tsc2nsec.mult, shift: h.tsc2nsec.shift, offset: h.tsc2nsec.offset.toString() };
    if (h.timeShift) out.time_shift = { peer: h.timeShift.peerTraceId, flags: h.timeShift.flags, cpus: h.timeShift.cpus.length };
  }
  if (r.text) {
    out.text = { lines: r.text.lines, bad: r.text.bad, undecoded: r.text.undecoded, synthetic_time: r.text.syntheticTime };
    if (Object.keys(r.text.header).length) out.header = r.text.header;
  }
  if (r.strace) out.strace = straceJson(r.strace.log);
  if (r.error) out.error = r.error.toJSON();
  return out;
}

/** strace: ioctl counts by request, failures by errno name, KVM_RUN exits by KVM_EXIT_* name. */
function straceJson(log: readonly IoctlLogEntry[]): Record<string, unknown> {
  const byReq: Record<string, number> = {};
  const errors: Record<string, number> = {};
  const runExits: Record<string, number> = {};
  for (const e of log) {
    byReq[e.req] = (byReq[e.req] ?? 0) + 1;
    if (e.errname) errors[e.errname] = (errors[e.errname] ?? 0) + 1;
    if (e.exit_name) runExits[e.exit_name] = (runExits[e.exit_name] ?? 0) + 1;
  }
  const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return { ioctls: log.length, by_request: sorted(byReq), errors: sorted(errors), run_exits: sorted(runExits) };
}

const fmtNs = (ns: number): string => (ns / 1000).toFixed(2) + 'us';

/** The user-space exit table as text (nothing when the trace has none). */
export function userspaceTable(u: UserspaceExitStats): string[] {
  if (!u.source || !u.rows.length) return [];
  const perVcpu = u.rows.some((r) => r.vcpu !== undefined);
  const timed = u.timed > 0;
  const t = (ns: number, ok: boolean): string => (ok ? fmtNs(ns) : '-').padStart(10);
  const src = u.source === 'strace' ? 'strace KVM_RUN' : u.source;
  const out = ['', `USER-SPACE EXITS (${src})`,
    `${'KVM_RUN EXIT'.padEnd(36)}${perVcpu ? ' vCPU' : ''} Samples  Samples%   Time%   Min Time   Max Time   Avg time`];
  for (const row of u.rows) {
    const ok = row.timed > 0;
    out.push(`${row.name.padEnd(36)}${perVcpu ? String(row.vcpu ?? '-').padStart(5) : ''} ${String(row.samples).padStart(7)} ${row.samplesPct.toFixed(2).padStart(8)}% ${(timed ? `${row.timePct.toFixed(2)}%` : '-').padStart(7)} ${t(row.minNs, ok)} ${t(row.maxNs, ok)} ${t(row.avgNs, ok)}${ok ? ` ( +- ${row.stddevPct.toFixed(2)}% )` : ''}`);
  }
  out.push('', `Total Samples:${u.totalSamples}${timed ? `, timed:${u.timed}, Total user-space time:${fmtNs(u.totalTimeNs)}` : ''}.`);
  out.push(timed ? `Time = ${u.timeMeans}.` : `Time: not measured: ${u.untimedWhy ?? u.timeMeans}.`);
  if (timed && u.unpaired) out.push(`${u.unpaired} exit(s) not followed by a KVM_RUN of their thread (end of trace or thread): no time.`);
  if (u.caveat) out.push(`Note: ${u.caveat}.`);
  return out;
}

function table(r: LoadResult, j: Record<string, unknown>, us: UserspaceExitStats): string {
  const lines: string[] = [];
  lines.push(`format: ${j.format}${j.version !== null ? ` v${j.version}` : ''}, compression: ${j.compression}`);
  lines.push(`events: ${j.events_total}, lost: ${j.lost_events}${(j.lost_unknown as number) ? ` (+${j.lost_unknown} pages with unknown counts)` : ''}`);
  if (r.text?.syntheticTime) lines.push('time: none in the text (events numbered in file order)');
  else if (j.first_ts !== null) lines.push(`time: ${(j.first_ts as number).toFixed(6)} .. ${(j.last_ts as number).toFixed(6)} s`);
  lines.push('', 'EVENT                                      COUNT');
  for (const [k, v] of Object.entries(j.events_by_name as Record<string, number>)) lines.push(`${k.padEnd(40)} ${String(v).padStart(8)}`);
  lines.push('', 'CPU      COUNT');
  for (const [k, v] of Object.entries(j.per_cpu as Record<string, number>)) lines.push(`${k.padEnd(5)} ${String(v).padStart(8)}`);
  const ex = computeExitStats(r.store);
  if (ex.rows.length) {
    lines.push('', `${'VM-EXIT'.padEnd(28)} Samples  Samples%   Time%   Min Time   Max Time   Avg time`);
    for (const row of ex.rows) {
      lines.push(`${row.name.padEnd(28)} ${String(row.samples).padStart(7)} ${row.samplesPct.toFixed(2).padStart(8)}% ${row.timePct.toFixed(2).padStart(6)}% ${fmtNs(row.minNs).padStart(10)} ${fmtNs(row.maxNs).padStart(10)} ${fmtNs(row.avgNs).padStart(10)} ( +- ${row.stddevPct.toFixed(2)}% )`);
    }
    lines.push('', `Total Samples:${ex.totalSamples}, Total events handled time:${fmtNs(ex.totalTimeNs)}.`);
  }
  lines.push(...userspaceTable(us));
  const st = j.strace as { by_request: Record<string, number>; errors: Record<string, number>; run_exits: Record<string, number> } | undefined;
  if (st) {
    lines.push('', 'IOCTL                                      COUNT');
    for (const [k, v] of Object.entries(st.by_request)) lines.push(`${k.padEnd(40)} ${String(v).padStart(8)}`);
    for (const [title, o] of [['ERRNO', st.errors], ['KVM_RUN EXIT', st.run_exits]] as const) {
      if (!Object.keys(o).length) continue;
      lines.push('', `${title.padEnd(40)}   COUNT`);
      for (const [k, v] of Object.entries(o)) lines.push(`${k.padEnd(40)} ${String(v).padStart(8)}`);
    }
  }
  if (r.error) lines.push('', `error: ${r.error.message}`);
  return lines.join('\n');
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'event counts, lost events and a perf-kvm-stat exit table of a trace',
  help: [
    'usage: planescope stats FILE [--json] [--per-vcpu]',
    '',
    'FILE: trace.dat (v6/v7, none/zlib/zstd), trace-cmd report text, tracefs text, perf script',
    'text, QEMU -trace kvm_* output or an strace log of a VMM (-e trace=ioctl); gzip- or',
    'zstd-wrapped files are unwrapped. xz: decompress first (xz -d).',
    '  --json   print one JSON object (format, version, compression, events_total,',
    '           events_by_name, per_cpu, exit_reasons, first_ts, last_ts, lost_events,',
    '           options, guest, …; strace adds strace.{ioctls, by_request, errors,',
    '           run_exits}; userspace_exits and userspace_exit_stats: the user-space',
    '           exit table)',
    '  --per-vcpu  the user-space exit table per reason and vCPU',
    'User-space exit table (for traces without kvm_exit, e.g. PVM hosts): per KVM_EXIT_*',
    'reason (failed KVM_RUNs by errno) from kvm_userspace_exit, QEMU\'s kvm_run_exit or',
    'strace\'s KVM_RUN lines; time = from the exit to the thread\'s next KVM_RUN (kvm_fpu',
    'load, else kvm_entry; QEMU: kvm_vcpu_ioctl KVM_RUN); strace: from the return of',
    'KVM_RUN (its start + -T duration) to the next, only for logs with -tt/-ttt and -T.',
    'Exit code 1 when the file is unreadable or only partly decodable (the partial',
    'result is still printed).',
  ].join('\n'),
  async run(args: string[]): Promise<number> {
    const json = args.includes('--json');
    const by: StatsGrouping = args.includes('--per-vcpu') ? 'reason+vcpu' : 'reason';
    const files = args.filter((a) => a !== '--json' && a !== '--per-vcpu');
    const bad = files.find((a) => a.startsWith('-'));
    if (bad || files.length !== 1) {
      console.error(`planescope stats: PS104 ${bad ? `unknown option '${bad}'` : 'expected exactly one FILE'}\n\n${this.help}`);
      return 2;
    }
    const file = files[0]!;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      throw new PsError('PS100', (e as Error).message, { file });
    }
    const r = await loadTrace(bytes, { file });
    if (r.error && r.store.count === 0 && !r.traceDat?.header) throw r.error;
    const j = statsJson(r, by);
    console.log(json ? JSON.stringify(j, null, 1) : table(r, j, userspaceStatsOf(r, by)));
    return r.error ? 1 : 0;
  },
};
