/** Recording load speed: gunzip + JSON.parse + validation of the largest lab recordings. */
import { readFileSync } from 'node:fs';
import { parseTruthLog } from '../record/truth.ts';
import { summarize, timeMsAsync, type BenchResults } from './stats.ts';

const LAB = new URL('../testdata/lab/', import.meta.url);

export default async function recordBench(): Promise<BenchResults> {
  const msr = readFileSync(new URL('msr.truth.json.gz', LAB));
  const dirty = readFileSync(new URL('dirty.truth.json.gz', LAB));
  return {
    parse_msr_log_ms: summarize(await timeMsAsync(async () => { await parseTruthLog(msr); }, 15)),
    parse_dirty_log_ms: summarize(await timeMsAsync(async () => { await parseTruthLog(dirty); }, 15)),
  };
}
