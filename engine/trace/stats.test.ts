import { describe, expect, it } from 'vitest';
import { importTraceDat } from './import/tracedat/import.ts';
import { kvmScenario } from './import/tracedat/testkit/kvm-fixture.ts';
import { computeExitStats } from './stats.ts';
import { TraceStore } from './store/store.ts';

async function scenario(): Promise<TraceStore> {
  const s = new TraceStore();
  await importTraceDat(kvmScenario(6), s);
  s.finish();
  return s;
}

describe('exit statistics (perf kvm stat)', () => {
  it('per reason: samples, time exit→entry, min/max/avg and ±', async () => {
    const st = computeExitStats(await scenario());
    expect(st.isa).toBe('vmx');
    expect(st.totalSamples).toBe(5);
    expect(st.totalTimeNs).toBe(100 + 300 + 10 + 200 + 400);
    expect(st.unpaired).toBe(0);
    const byName = Object.fromEntries(st.rows.map((r) => [r.name, r]));
    expect(byName.HLT).toMatchObject({ reason: 12, samples: 2, timeNs: 110, minNs: 10, maxNs: 100, avgNs: 55 });
    expect(byName.EPT_VIOLATION).toMatchObject({ samples: 2, timeNs: 600, minNs: 200, maxNs: 400, avgNs: 300 });
    expect(byName.IO_INSTRUCTION).toMatchObject({ samples: 1, timeNs: 300, stddevPct: 0 });
    // HLT: durations 100 and 10, mean 55, sample variance 4050, stderr sqrt(4050/2) = 45 -> 81.82 %
    expect(byName.HLT!.stddevPct).toBeCloseTo((100 * 45) / 55, 6);
    expect(byName.HLT!.samplesPct).toBeCloseTo(40, 9);
    expect(byName.EPT_VIOLATION!.timePct).toBeCloseTo((100 * 600) / 1010, 9);
    expect(st.rows.map((r) => r.name)).toEqual(['HLT', 'EPT_VIOLATION', 'IO_INSTRUCTION']); // samples desc, ties by code
    expect(Array.from(byName.HLT!.events).map((i) => 0 + i)).toHaveLength(2);
  });

  it('groups per vCPU, filters, sorts by time, honours a time range', async () => {
    const s = await scenario();
    const per = computeExitStats(s, { by: 'reason+vcpu', sort: 'time' });
    expect(per.rows.map((r) => [r.name, r.vcpu, r.timeNs])).toEqual([['EPT_VIOLATION', 1, 600], ['IO_INSTRUCTION', 0, 300], ['HLT', 0, 110]]);
    expect(computeExitStats(s, { vcpu: 1 }).totalSamples).toBe(2);
    const early = computeExitStats(s, { t0: 0, t1: 1600 });
    expect(early.rows.map((r) => [r.name, r.samples, r.timeNs])).toEqual([['HLT', 1, 100]]); // the EPT exit at 1700 is outside
    const plane = computeExitStats(s, { by: 'reason+plane' });
    expect(plane.rows.every((r) => r.plane === 0)).toBe(true);
  });

  it('event indexes point at the kvm_exit events', async () => {
    const s = await scenario();
    for (const r of computeExitStats(s).rows) for (const i of r.events) expect(s.row(i).name).toBe('kvm_exit');
  });
});
