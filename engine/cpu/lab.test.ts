import { describe, expect, it } from 'vitest';
import { loadTruth, replayLab } from './testing/lab.ts';

const dir = new URL('../testdata/lab/', import.meta.url).pathname;

/** Every exit (kind, port/addr/len/data, debug pc/dr6/dr7, internal-error data) and every register snapshot must match real KVM. */
describe('guest execution vs. the lab recordings (emulate backend)', () => {
  for (const name of ['io', 'mmio', 'singlestep', 'longmode', 'hypercall', 'perf']) {
    it(name, () => {
      const r = replayLab(loadTruth(`${dir}${name}.truth.json.gz`), 'emulate');
      expect(r.runs).toBeGreaterThan(5);
      expect(r.mismatches).toEqual([]);
    });
  }
});
