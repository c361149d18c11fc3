import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asmCommand } from './asm.ts';

const dir = mkdtempSync(join(tmpdir(), 'planescope-asm-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
  vi.spyOn(console, 'error').mockImplementation((s: string) => { err.push(s); });
  return { out, err };
}
afterEach(() => { vi.restoreAllMocks(); });

describe('planescope asm', () => {
  it('writes the flat binary and a listing', async () => {
    const src = join(dir, 'ok.asm');
    writeFileSync(src, 'bits 16\norg 0x7c00\nstart: mov ax, 0x1234\n  jmp start\n');
    const io = capture();
    expect(await asmCommand.run([src, '-o', join(dir, 'ok.bin'), '--listing'])).toBe(0);
    expect(readFileSync(join(dir, 'ok.bin')).toString('hex')).toBe('b83412ebfb');
    expect(io.out.join('\n')).toContain('00007c00 b83412');
    expect(io.err).toEqual([]);
  });
  it('prints FILE:line:col diagnostics and exits 1 without writing output', async () => {
    const src = join(dir, 'bad.asm');
    writeFileSync(src, 'nop\n  movv eax, 1\njmp nowhere\n');
    const io = capture();
    expect(await asmCommand.run([src, '-o', join(dir, 'bad.bin')])).toBe(1);
    expect(io.err).toEqual([
      `${src}:2:3: error PS201: unknown mnemonic 'movv'`,
      `${src}:3:5: error PS203: symbol 'nowhere' not defined`,
    ]);
    expect(existsSync(join(dir, 'bad.bin'))).toBe(false);
  });
  it('rejects unknown options and missing files with PsErrors', async () => {
    await expect(asmCommand.run(['--frob'])).rejects.toMatchObject({ code: 'PS104' });
    await expect(asmCommand.run([join(dir, 'missing.asm')])).rejects.toMatchObject({ code: 'PS100' });
  });
});
