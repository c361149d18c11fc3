/**
 * Byte-for-byte comparison with `nasm -f bin` (nasm 2.16.01). The .bin files were produced by nasm and
 * committed (see golden/generate.ts), so this test does not need nasm installed.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.asm') && existsSync(join(DIR, f.replace(/\.asm$/, '.bin'))));

/** First source line whose bytes differ from nasm's, for a readable failure. */
function firstDifference(src: string, r: ReturnType<typeof assemble>, ref: Uint8Array): string {
  const lines = src.split('\n');
  for (const l of r.lines) {
    const off = l.address - r.origin;
    const exp = ref.subarray(off, off + l.bytes.length);
    if (Buffer.compare(Buffer.from(l.bytes), Buffer.from(exp)) !== 0) {
      return `line ${l.line} '${lines[l.line - 1].trim()}': ours ${Buffer.from(l.bytes).toString('hex')}, nasm ${Buffer.from(exp).toString('hex')}`;
    }
  }
  return `lengths differ: ours ${r.bytes.length}, nasm ${ref.length}`;
}

describe('golden corpus vs nasm -f bin', () => {
  it('has the expected corpus files', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'forms16.asm', 'forms32.asm', 'forms64.asm', 'relax16.asm', 'relax32.asm', 'relax64.asm',
      'branches16.asm', 'branches32.asm', 'branches64.asm', 'directives.asm',
    ]));
  });
  for (const f of cases) {
    it(`${f} assembles byte-identical to nasm`, () => {
      const src = readFileSync(join(DIR, f), 'utf8');
      const ref = new Uint8Array(readFileSync(join(DIR, f.replace(/\.asm$/, '.bin'))));
      const r = assemble(src);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.ok).toBe(true);
      const same = Buffer.compare(Buffer.from(r.bytes), Buffer.from(ref)) === 0;
      expect(same, same ? '' : firstDifference(src, r, ref)).toBe(true);
    });
  }
});

describe('lines nasm rejects are rejected too', () => {
  for (const bits of [16, 32, 64] as const) {
    it(`bits ${bits}`, () => {
      const lines = readFileSync(join(DIR, `rejected${bits}.txt`), 'utf8').split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(100);
      const accepted = lines.filter((l) => assemble(`${l}\nlbl: nop\n`, { bits }).ok);
      expect(accepted).toEqual([]);
    });
  }
});
