/**
 * Test-only loader for the lab recordings (Node APIs; imported by *.test.ts only).
 * Reads the repo's copies engine/testdata/lab/<name>.truth.json.gz (tests must not need ../shared).
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** One event of a kvmlab-truth/2 log (loosely typed: tests read the fields they need). */
export type LabEvent = Record<string, any> & { seq: number; t: string };
export interface LabLog { events: LabEvent[]; results: Record<string, any>; host: Record<string, any> }

function candidates(name: string): string[] {
  return [
    resolve(repoRoot, 'engine/testdata/lab', `${name}.truth.json.gz`),
  ];
}

/** Is the recording available on this machine? */
export function labAvailable(name: string): boolean {
  return candidates(name).some((p) => existsSync(p));
}

const cache = new Map<string, LabLog>();

/** Load and parse a recording (cached per test worker). */
export function loadLab(name: string): LabLog {
  const hit = cache.get(name);
  if (hit) return hit;
  for (const p of candidates(name)) {
    if (!existsSync(p)) continue;
    let text: string;
    if (p.endsWith('.gz')) text = gunzipSync(readFileSync(p)).toString('utf8');
    else if (p.endsWith('.xz')) text = execFileSync('xz', ['-dc', p], { maxBuffer: 1 << 28 }).toString('utf8');
    else text = readFileSync(p, 'utf8');
    const log = JSON.parse(text) as LabLog;
    cache.set(name, log);
    return log;
  }
  throw new Error(`recording ${name} not found (looked in ${candidates(name).join(', ')})`);
}

/** "0x…" / number -> bigint. */
export function big(v: unknown): bigint { return typeof v === 'bigint' ? v : BigInt(v as string | number); }
/** "0x…" / number -> number (u32 range). */
export function num(v: unknown): number { return Number(big(v)); }
