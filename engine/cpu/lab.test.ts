/**
 * Guest execution vs. real KVM: the lab recordings whose guests exercise this folder (port and MMIO I/O,
 * single-step, long mode, hypercalls, the perf loop, injected events) replayed through the shared
 * conformance Replayer (engine/record) into Kvm + X86Cpu. Every exit and every register / events read-back
 * must match: no allowance, unlike the whole-suite ceilings in engine/record/expected-skips.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTruthLog } from '../record/truth.ts';
import { conform } from '../record/conform.ts';
import { engineReplayOptions } from '../record/engine.ts';

const dir = fileURLToPath(new URL('../testdata/lab/', import.meta.url));

describe('guest execution vs. the lab recordings (emulate backend, shared replayer)', () => {
  for (const name of ['io', 'mmio', 'singlestep', 'longmode', 'hypercall', 'perf', 'events']) {
    it(name, async () => {
      const log = await parseTruthLog(readFileSync(`${dir}${name}.truth.json.gz`), `${name}.truth.json.gz`);
      let exits = 0;
      const report = conform(log, engineReplayOptions(), (o) => { if (o.t === 'exit' && o.status === 'pass') exits++; });
      expect(report.profile).toBeDefined();
      expect(exits).toBeGreaterThan(5);
      expect(report.mismatches).toEqual([]);
      expect(report.summary.failed).toBe(0);
      expect(report.skips).toEqual([]);
    }, 120_000);
  }
});
