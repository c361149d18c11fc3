/**
 * The conformance suite: every lab recording (engine/testdata/lab) replayed into the
 * engine's KVM model, checked against its reviewed allowance (expected-skips.ts), so a
 * recording can get better but never worse. Plus: replay is deterministic across
 * snapshot/restore (property test).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTruthLog } from './truth.ts';
import type { TruthLog } from './events.ts';
import { checkExpectations, conform } from './conform.ts';
import { engineReplayOptions } from './engine.ts';
import { ERRORS_WITHOUT_GUEST, EXPECTED, GUEST_EXECUTION_SKIPS } from './expected-skips.ts';
import { Replayer, type EventOutcome } from './replay.ts';

const LAB = fileURLToPath(new URL('../testdata/lab/', import.meta.url));
const FILES = readdirSync(LAB).filter((f) => f.endsWith('.truth.json.gz')).sort();

async function load(f: string): Promise<TruthLog> {
  return parseTruthLog(readFileSync(LAB + f), f);
}

describe('conformance against real KVM (lab recordings)', () => {
  it('has a reviewed allowance for every recording and no stale ones', () => {
    const names = FILES.map((f) => f.replace('.truth.json.gz', ''));
    expect(Object.keys(EXPECTED).sort()).toEqual(names);
  });

  for (const f of FILES) {
    const name = f.replace('.truth.json.gz', '');
    it(`${name}: no worse than its allowance`, async () => {
      const log = await load(f);
      const report = conform(log, engineReplayOptions());
      expect(checkExpectations(report, EXPECTED[name]!)).toEqual([]);
      // Sanity: something was actually compared.
      expect(report.summary.passed).toBeGreaterThan(0);
    }, 120_000);
  }

  it('errors without guest execution: only guest-execution skips, only the listed uAPI failures', async () => {
    const report = conform(await load('errors.truth.json.gz'), {}); // no cpuFactory
    for (const s of report.skips) expect(GUEST_EXECUTION_SKIPS.some((g) => s.reason.startsWith(g)), s.reason).toBe(true);
    expect(checkExpectations(report, ERRORS_WITHOUT_GUEST)).toEqual([]);
    expect(report.summary.failed).toBeLessThanOrEqual(ERRORS_WITHOUT_GUEST.knownFailures.reduce((n, k) => n + k.max, 0));
    expect(report.summary.passed).toBeGreaterThan(190);
  });
});

describe('replay determinism', () => {
  function runFrom(r: Replayer): EventOutcome[] {
    const out: EventOutcome[] = [];
    r.runToEnd((o) => out.push(o));
    return out;
  }

  it('snapshot at event k, run to the end, restore, run again: identical outcomes', async () => {
    const logs = [await load('io.truth.json.gz'), await load('errors.truth.json.gz'), await load('mmio.truth.json.gz')];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: logs.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), async (which, frac) => {
        const log = logs[which]!;
        const k = Math.min(log.events.length - 1, Math.floor(frac * log.events.length));
        const r = new Replayer(log, engineReplayOptions());
        while (r.position < k) r.step();
        const snap = r.snapshot();
        const first = runFrom(r);
        r.restore(snap);
        expect(r.position).toBe(k);
        const second = runFrom(r);
        expect(second).toEqual(first);
        // And a fresh replay reaches the same outcomes for the same events.
        const fresh = new Replayer(log, engineReplayOptions());
        const all = runFrom(fresh);
        expect(all.slice(k)).toEqual(first);
      }),
      { numRuns: 12, seed: 20261122 },
    );
  }, 120_000);
});
