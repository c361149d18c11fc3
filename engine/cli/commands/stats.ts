/**
 * `planescope stats FILE [--json]`: event counts, per-CPU counts, lost events
 * and a perf-kvm-stat style exit table for any supported trace format.
 */
import { readFile } from 'node:fs/promises';
import { PsError } from '../../errors.ts';
import { kvmExitName } from '../../trace/exit-reasons.ts';
import { loadTrace, type LoadResult } from '../../trace/load.ts';
import { computeExitStats } from '../../trace/stats.ts';
import { CPU_UNKNOWN } from '../../trace/store/store.ts';
import type { IoctlLogEntry } from '../../trace/import/strace/strace.ts';
import type { Command } from '../command.ts';

/** The JSON document `stats --json` prints (snake_case keys, stable for scripts). */
export function statsJson(r: LoadResult): Record<string, unknown> {
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
  const userspace: Record<string, number> = {};
  for (const t of s.types) {
    if (t.name !== 'kvm_userspace_exit' || t.hot[0] < 0) continue;
    for (let i = 0; i < s.count; i++) {
      if (s.type[i] !== t.id) continue;
      const n = kvmExitName(s.arg0[i]!);
      userspace[n] = (userspace[n] ?? 0) + 1;
    }
  }
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

function table(r: LoadResult, j: Record<string, unknown>): string {
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
  const us = j.userspace_exits as Record<string, number>;
  if (Object.keys(us).length) {
    lines.push('', 'USERSPACE EXIT                 COUNT');
    for (const [k, v] of Object.entries(us).sort((a, b) => b[1] - a[1])) lines.push(`${k.padEnd(28)} ${String(v).padStart(8)}`);
  }
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
    'usage: planescope stats FILE [--json]',
    '',
    'FILE: trace.dat (v6/v7, none/zlib/zstd), trace-cmd report text, tracefs text, perf script',
    'text, QEMU -trace kvm_* output or an strace log of a VMM (-e trace=ioctl); gzip- or',
    'zstd-wrapped files are unwrapped. xz: decompress first (xz -d).',
    '  --json   print one JSON object (format, version, compression, events_total,',
    '           events_by_name, per_cpu, exit_reasons, first_ts, last_ts, lost_events,',
    '           options, guest, …; strace adds strace.{ioctls, by_request, errors,',
    '           run_exits})',
    'Exit code 1 when the file is unreadable or only partly decodable (the partial',
    'result is still printed).',
  ].join('\n'),
  async run(args: string[]): Promise<number> {
    const json = args.includes('--json');
    const files = args.filter((a) => a !== '--json');
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
    const j = statsJson(r);
    console.log(json ? JSON.stringify(j, null, 1) : table(r, j));
    return r.error ? 1 : 0;
  },
};
