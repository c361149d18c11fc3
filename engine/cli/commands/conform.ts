/**
 * `planescope conform FILE`: replay a kvmlab-truth/2 recording into the KVM model and
 * report every difference from real KVM (engine/record/CONTEXT.md).
 */
import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';
import { PsError } from '../../errors.ts';
import { parseTruthLog } from '../../record/truth.ts';
import { checkExpectations, conform, formatReport, parseExpectations, type Expectations } from '../../record/conform.ts';
import { engineReplayOptions } from '../../record/engine.ts';
import type { ProfileId } from '../../kvm/uapi/profiles.ts';

const HELP = `usage: planescope conform FILE [--json] [--backend hardware|emulate] [--profile none|r25|b617|s26] [--expect-skips FILE]

Replays a kvmlab-truth/2 recording (plain JSON or .gz) into the engine's KVM model and
compares every output with what real KVM did.

Prints one line per mismatch:  seq N <type> <request>: <what> expected <x> actual <y>
then the skipped events grouped by reason, then "N passed, M failed, K skipped".
Counted are events with expected outputs (ioctls, exits, memread, ring_read, run_batch,
open/close, mmap of KVM fds); inputs and notes are not (an input the model rejects counts
as failed).

  --json              one JSON object instead: {summary, mismatches, skips, ...}
  --backend B         guest execution backend (default: from the recording's host:
                      pvm -> emulate, svm/vmx -> hardware)
  --profile P         planes uAPI generation (default: the recording's "profile", else none)
  --expect-skips F    JSON {"skips":[{"match","max","why"}],"knownFailures":[{"req","what","t","max","why"}]}:
                      fail (exit 1) when skips or failures go beyond it; known failures
                      within their counts then do not fail the run

Exit status: 0 all compared events passed (or within --expect-skips), 1 failures or bad
input, 2 usage error. .xz files must be decompressed first (xz -d).`;

const PROFILES = ['none', 'r25', 'b617', 's26'] as const;

interface Args { file: string; json: boolean; backend?: 'hardware' | 'emulate'; profile?: ProfileId; expect?: string }

function parseArgs(args: string[]): Args | string {
  let file: string | undefined;
  const a: Partial<Args> = { json: false };
  for (let i = 0; i < args.length; i++) {
    const x = args[i]!;
    const value = (): string | undefined => args[++i];
    if (x === '--json') a.json = true;
    else if (x === '--backend') {
      const v = value();
      if (v !== 'hardware' && v !== 'emulate') return `--backend takes hardware or emulate (got ${v ?? 'nothing'})`;
      a.backend = v;
    } else if (x === '--profile') {
      const v = value();
      if (!PROFILES.includes(v as ProfileId)) return `--profile takes ${PROFILES.join(', ')} (got ${v ?? 'nothing'})`;
      a.profile = v as ProfileId;
    } else if (x === '--expect-skips') {
      const v = value();
      if (!v) return '--expect-skips needs a file';
      a.expect = v;
    } else if (x.startsWith('-')) return `unknown option ${x}`;
    else if (file === undefined) file = x;
    else return `unexpected argument ${x}`;
  }
  if (file === undefined) return 'missing FILE';
  return { ...a, file } as Args;
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PsError('PS100', 'no such file', { file: path });
    throw new PsError('PS100', `cannot read: ${(e as Error).message}`, { file: path });
  }
}

function readExpectations(path: string): Expectations {
  const text = readInput(path).toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PsError('PS101', `--expect-skips file: ${(e as Error).message}`, { file: path });
  }
  const r = parseExpectations(doc);
  if (typeof r === 'string') throw new PsError('PS103', `--expect-skips file: ${r}`, { file: path });
  return r;
}

export const conformCommand: Command = {
  name: 'conform',
  summary: 'replay a kvmlab-truth/2 recording and compare with real KVM',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const a = parseArgs(argv);
    if (typeof a === 'string') {
      console.error(`planescope conform: PS104 ${a}\n\n${HELP}`);
      return 2;
    }
    const expectations = a.expect !== undefined ? readExpectations(a.expect) : undefined;
    const log = await parseTruthLog(readInput(a.file), a.file);
    const report = conform(log, engineReplayOptions({
      ...(a.backend ? { backend: a.backend } : {}),
      ...(a.profile ? { profile: a.profile } : {}),
    }));
    const problems = expectations ? checkExpectations(report, expectations) : [];
    if (a.json) {
      console.log(JSON.stringify({ ...report, ...(expectations ? { expectationProblems: problems } : {}) }, null, 1));
    } else {
      for (const line of formatReport(report)) console.log(line);
      for (const p of problems) console.log(`expect-skips: ${p}`);
    }
    if (expectations) return problems.length ? 1 : 0;
    return report.summary.failed > 0 ? 1 : 0;
  },
};
