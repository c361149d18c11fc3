/** `planescope asm FILE.asm -o FILE.bin [--listing] [--bits N] [--origin ADDR]`: NASM-compatible flat binary. */
import { readFileSync, writeFileSync } from 'node:fs';
import { PsError } from '../../errors.ts';
import { assemble } from '../../asm/assembler.ts';
import type { Command } from '../command.ts';

const HELP = `usage: planescope asm FILE.asm [-o FILE.bin] [--listing] [--bits 16|32|64] [--origin ADDR]

Assembles NASM-syntax source into a flat binary, byte-identical to \`nasm -f bin\` for the supported
instruction set. Diagnostics are printed as FILE:line:col: error PS2xx: message; the exit code is 1 if
there are errors (no output file is written then).

  -o FILE       output file (default: FILE with .bin instead of .asm)
  --listing     print address, bytes and source of every line on stdout
  --bits N      mode before the first \`bits\` directive (default 16)
  --origin A    load address when the source has no \`org\` (default 0x1000)`;

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export const asmCommand: Command = {
  name: 'asm',
  summary: 'assemble NASM-syntax source into a flat binary',
  help: HELP,
  async run(args: string[]): Promise<number> {
    let input: string | undefined;
    let output: string | undefined;
    let listing = false;
    let bits: 16 | 32 | 64 | undefined;
    let origin: number | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-o') output = args[++i];
      else if (a === '--listing') listing = true;
      else if (a === '--bits') {
        const b = Number(args[++i]);
        if (b !== 16 && b !== 32 && b !== 64) throw new PsError('PS104', `--bits takes 16, 32 or 64, not '${args[i]}'`);
        bits = b;
      } else if (a === '--origin') {
        const o = Number(args[++i]);
        if (!Number.isSafeInteger(o) || o < 0) throw new PsError('PS104', `--origin takes a non-negative number, not '${args[i]}'`);
        origin = o;
      } else if (a.startsWith('-')) throw new PsError('PS104', `unknown option '${a}'`);
      else if (input === undefined) input = a;
      else throw new PsError('PS104', `unexpected argument '${a}'`);
    }
    if (!input) {
      console.error(HELP);
      return 2;
    }
    if (output === undefined) output = input.replace(/\.(asm|s|nasm)$/i, '') + '.bin';
    let source: string;
    try {
      source = readFileSync(input, 'utf8');
    } catch {
      throw new PsError('PS100', `cannot read '${input}'`, { file: input });
    }
    const r = assemble(source, { bits, origin });
    for (const d of r.diagnostics) {
      console.error(`${input}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
    }
    if (listing) {
      const src = source.split('\n');
      for (const l of r.lines) {
        const addr = l.address.toString(16).padStart(8, '0');
        console.log(`${String(l.line).padStart(5)} ${addr} ${hex(l.bytes).padEnd(24)} ${src[l.line - 1]?.trimEnd() ?? ''}`);
      }
    }
    if (!r.ok) return 1;
    writeFileSync(output, r.bytes);
    return 0;
  },
};
