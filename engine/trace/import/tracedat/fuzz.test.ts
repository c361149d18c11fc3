import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PsError } from '../../../errors.ts';
import { TraceStore } from '../../store/store.ts';
import { importTraceDat } from './import.ts';
import { testTrace } from './testkit/golden.ts';
import { kvmScenario } from './testkit/kvm-fixture.ts';

/** Real v7/zstd, real v6, synthetic v7/zlib: every mutation must end in a clean import or a PsError. */
const io7 = testTrace('io.trace.dat');
const io6 = testTrace('io.v6.trace.dat.gz');
const z7 = kvmScenario(7, 'zlib', (b) => new Uint8Array(deflateSync(b)));
const bases = [io7, io6, z7];

async function mustBeClean(bytes: Uint8Array): Promise<void> {
  const store = new TraceStore();
  const r = await importTraceDat(bytes, store);
  if (r.error) expect(r.error).toBeInstanceOf(PsError);
  store.finish();
  // Whatever was imported must be queryable.
  for (let i = 0; i < Math.min(store.count, 20); i++) store.namedFields(i);
}

describe('fuzz: mutated and truncated trace.dat files', () => {
  it('truncation at any point', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(2), fc.double({ min: 0, max: 1, noNaN: true }), async (b, frac) => {
      const base = bases[b]!;
      await mustBeClean(base.subarray(0, Math.floor(base.length * frac)));
    }), { numRuns: 60, seed: 42 });
  });

  it('byte flips in headers, metadata and data', async () => {
    await fc.assert(fc.asyncProperty(
      fc.nat(2),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      async (b, flips, early) => {
        const base = bases[b]!;
        const copy = base.slice();
        // Half of the runs aim at the first 4 KiB, where the structure is densest.
        const span = early ? Math.min(4096, copy.length) : copy.length;
        for (const [pos, x] of flips) copy[Math.floor(pos * (span - 1))] ^= x;
        await mustBeClean(copy);
      }), { numRuns: 150, seed: 7 });
  });

  it('random bytes after a valid magic', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 600 }), fc.constantFrom('6', '7'), async (tail, v) => {
      const head = new Uint8Array([0x17, 0x08, 0x44, ...new TextEncoder().encode('tracing'), v.charCodeAt(0), 0]);
      const bytes = new Uint8Array(head.length + tail.length);
      bytes.set(head); bytes.set(tail, head.length);
      await mustBeClean(bytes);
    }), { numRuns: 200, seed: 3 });
  });
});
