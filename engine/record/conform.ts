/**
 * Conformance report of one recording: replays it to the end and aggregates the
 * outcomes (counts, every mismatch, skips grouped by reason), and checks a report
 * against a reviewed allowance of skips and known failures (expected-skips.ts, or the
 * CLI's --expect-skips file).
 *
 * Counting: `passed`/`failed`/`skipped` count events that have expected outputs
 * (ioctls, exits, memread, ring_read, run_batch, open/close, mmap of KVM fds). Inputs
 * (memwrite, respond, run_write, ring_write, anonymous mmap/munmap/mprotect, fork) and
 * notes are not counted — except that an input the model rejects is a failure.
 */
import type { TruthLog } from './events.ts';
import { Replayer, type EventOutcome, type Mismatch, type ReplayOptions } from './replay.ts';

export interface ReportMismatch extends Mismatch { t: string; req?: string }
export interface SkipGroup { reason: string; count: number; firstSeq: number }

export interface ConformReport {
  file?: string;
  scenario: string;
  profile: string;
  summary: { passed: number; failed: number; skipped: number; inputs: number; info: number; events: number };
  mismatches: ReportMismatch[];
  skips: SkipGroup[];
  /** seq and request of every failed event (for known-failure accounting). */
  failures: { seq: number; t: string; req?: string; what: string[] }[];
}

/** Replays `log` to the end and builds its report. `onOutcome` sees every event (progress, UI). */
export function conform(log: TruthLog, opts: ReplayOptions = {}, onOutcome?: (o: EventOutcome) => void): ConformReport {
  const r = new Replayer(log, opts);
  const report: ConformReport = {
    scenario: log.scenario, profile: r.profile,
    summary: { passed: 0, failed: 0, skipped: 0, inputs: 0, info: 0, events: log.events.length },
    mismatches: [], skips: [], failures: [],
  };
  if (log.fileName !== undefined) report.file = log.fileName;
  const skips = new Map<string, SkipGroup>();
  r.runToEnd((o) => {
    onOutcome?.(o);
    switch (o.status) {
      case 'pass': report.summary.passed++; break;
      case 'input': report.summary.inputs++; break;
      case 'info': report.summary.info++; break;
      case 'skip': {
        report.summary.skipped++;
        const reason = o.skipReason ?? '(no reason)';
        const g = skips.get(reason);
        if (g) g.count++;
        else skips.set(reason, { reason, count: 1, firstSeq: o.seq });
        break;
      }
      case 'fail':
        report.summary.failed++;
        report.failures.push({ seq: o.seq, t: o.t, ...(o.req !== undefined ? { req: o.req } : {}), what: o.mismatches.map((m) => m.what) });
        for (const m of o.mismatches) report.mismatches.push({ ...m, t: o.t, ...(o.req !== undefined ? { req: o.req } : {}) });
        break;
    }
  });
  report.skips = [...skips.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return report;
}

/** The text report: one line per mismatch, skip groups, then `N passed, M failed, K skipped`. */
export function formatReport(r: ConformReport): string[] {
  const lines: string[] = [];
  for (const m of r.mismatches) lines.push(`seq ${m.seq} ${m.t}${m.req ? ` ${m.req}` : ''}: ${m.what} expected ${m.expected} actual ${m.actual}`);
  if (r.skips.length) {
    lines.push('skipped:');
    for (const s of r.skips) lines.push(`  ${String(s.count).padStart(5)} x ${s.reason} (first at seq ${s.firstSeq})`);
  }
  lines.push(`${r.summary.passed} passed, ${r.summary.failed} failed, ${r.summary.skipped} skipped`);
  return lines;
}

// ---------------------------------------------------------------------------------------
// Allowances

/** A skip reason allowed for a recording (substring of the skip reason), at most `max` times. */
export interface SkipAllowance { match: string; max: number; why: string }
/** A failure known to be the engine's (kvm-core's or the CPU's) to fix: failed events matching it, at most `max`. */
export interface KnownFailure {
  /** Substring of the event's request/exit name (e.g. "KVM_GET_SUPPORTED_CPUID", "KVM_EXIT_IO"). */
  req?: string;
  /** Substring of one of the event's mismatch paths (e.g. "out.entries", "exit.io"). */
  what?: string;
  /** Event type (ioctl, exit, memread …). */
  t?: string;
  max: number;
  why: string;
}
export interface Expectations { skips: SkipAllowance[]; knownFailures: KnownFailure[] }

function failureMatches(f: ConformReport['failures'][number], k: KnownFailure): boolean {
  if (k.t !== undefined && f.t !== k.t) return false;
  if (k.req !== undefined && !(f.req ?? '').includes(k.req)) return false;
  if (k.what !== undefined && !f.what.some((w) => w.includes(k.what!))) return false;
  return true;
}

/**
 * Checks a report against allowances; returns the violations (empty = acceptable):
 * skips whose reason is not allowed or exceed their count, failed events not covered
 * by a known failure, known failures over their count. Each failed event is charged to
 * the first known failure it matches.
 */
export function checkExpectations(r: ConformReport, e: Expectations): string[] {
  const problems: string[] = [];
  const used = new Map<SkipAllowance, number>();
  for (const s of r.skips) {
    const a = e.skips.find((x) => s.reason.includes(x.match));
    if (!a) { problems.push(`skip not allowed: ${s.count} x "${s.reason}" (first at seq ${s.firstSeq})`); continue; }
    used.set(a, (used.get(a) ?? 0) + s.count);
  }
  for (const [a, n] of used) if (n > a.max) problems.push(`too many skips "${a.match}": ${n} > ${a.max}`);
  const charged = new Map<KnownFailure, number>();
  for (const f of r.failures) {
    const k = e.knownFailures.find((x) => failureMatches(f, x));
    if (!k) { problems.push(`unexpected failure at seq ${f.seq} ${f.t}${f.req ? ` ${f.req}` : ''}: ${f.what.join(', ')}`); continue; }
    charged.set(k, (charged.get(k) ?? 0) + 1);
  }
  for (const [k, n] of charged) {
    if (n > k.max) problems.push(`known failure over its count (${[k.t, k.req, k.what].filter(Boolean).join(' ')}): ${n} > ${k.max}`);
  }
  return problems;
}

/** Validates an allowance document (the CLI's --expect-skips JSON); returns it typed or an error text. */
export function parseExpectations(doc: unknown): Expectations | string {
  if (typeof doc !== 'object' || doc === null) return 'expected a JSON object {"skips": [...], "knownFailures": [...]}';
  const o = doc as Record<string, unknown>;
  const skips = o['skips'] ?? [];
  const known = o['knownFailures'] ?? [];
  if (!Array.isArray(skips) || !Array.isArray(known)) return '"skips" and "knownFailures" must be arrays';
  for (const [i, s] of skips.entries()) {
    if (typeof s !== 'object' || s === null || typeof s.match !== 'string' || !Number.isInteger(s.max)) return `skips[${i}] must be {"match": string, "max": integer, "why": string}`;
  }
  for (const [i, k] of known.entries()) {
    if (typeof k !== 'object' || k === null || !Number.isInteger(k.max)) return `knownFailures[${i}] must have an integer "max"`;
  }
  return {
    skips: skips.map((s: SkipAllowance) => ({ match: s.match, max: s.max, why: String(s.why ?? '') })),
    knownFailures: known.map((k: KnownFailure) => ({ ...k, why: String(k.why ?? '') })),
  };
}
