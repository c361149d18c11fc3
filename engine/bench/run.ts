/**
 * `npm run bench`: runs every benchmark module and prints ONE JSON object on stdout:
 * {"engine_version", "node", "results": {<metric>: {median, p95, n}, …}, "errors"?}.
 *
 * A benchmark module is `engine/bench/<name>.bench.ts` whose default export is an async
 * function returning `BenchResults` (stats.ts). Add yours to BENCHES (one line).
 * `npm run bench -- kvm` runs only the named modules. Metric
 * names must be unique across modules; units are in the name (_ms, _per_s).
 * Benchmarks are never unit tests: nothing here asserts timings.
 */
import { readFileSync } from 'node:fs';
import type { BenchResults, Stat } from './stats.ts';

type BenchModule = { default: () => Promise<BenchResults> };

/** Every benchmark module, by name. */
const BENCHES: Record<string, () => Promise<BenchModule>> = {
  record: () => import('./record.bench.ts'),
  kvm: () => import('./kvm.bench.ts'),
  trace: () => import('./trace.bench.ts'),
  'trace-text': () => import('./trace-text.bench.ts'),
  cpu: () => import('./cpu.bench.ts'),
};

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const only = process.argv.slice(2);
  const results: Record<string, Stat> = {};
  const errors: Record<string, string> = {};
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only.length && !only.includes(name)) continue;
    try {
      const r = await (await load()).default();
      for (const [k, v] of Object.entries(r)) {
        if (k in results) errors[`${name}:${k}`] = 'duplicate metric name';
        else results[k] = v;
      }
    } catch (e) {
      // One broken module must not hide the others' numbers.
      errors[name] = (e as Error).stack ?? String(e);
    }
  }
  const out: Record<string, unknown> = { engine_version: pkg.version, node: process.version, results };
  if (Object.keys(errors).length) out['errors'] = errors;
  process.stdout.write(`${JSON.stringify(out)}\n`);
  if (Object.keys(errors).length) process.exitCode = 1;
}

await main();
