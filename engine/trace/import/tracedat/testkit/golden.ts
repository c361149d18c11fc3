/** Loading the vendored trace.dat files and their trace-cmd golden JSON (tests and bench only). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const TESTDATA = fileURLToPath(new URL('../../../testdata/', import.meta.url));

export interface Golden {
  source: string; version: number; compression: string; events_total: number;
  events_by_name: Record<string, number>; per_cpu: Record<string, number>; per_instance: Record<string, number>;
  first_ts: string; last_ts: string; lost_markers: number; lost_events: number;
  raw_samples: { ts: string; cpu: number; pid: number; comm: string; event: string; fields: Record<string, string> }[];
}

/** Bytes of a vendored trace (gunzipped when the name ends in .gz). */
export function testTrace(name: string): Uint8Array {
  const b = readFileSync(TESTDATA + name);
  return new Uint8Array(name.endsWith('.gz') ? gunzipSync(b) : b);
}

export function golden(name: string): Golden {
  return JSON.parse(readFileSync(TESTDATA + name.replace(/\.trace\.dat(\.gz)?$/, '.golden.json'), 'utf8')) as Golden;
}

export const GOLDEN_FILES = [
  'io.trace.dat', 'dirty.trace.dat', 'qemu_boot.trace.dat', 'io.v6.trace.dat.gz', 'lisa_sched_load.v6.trace.dat.gz',
];
