/** `planescope run FILE.asm [--max-instructions N] [--backend hardware|emulate] [--json]`. */
import { readFileSync } from 'node:fs';
import { PsError } from '../../errors.ts';
import { loadProgram } from '../../vmm/program.ts';
import type { Command } from '../command.ts';

const HELP = `usage: planescope run FILE.asm [--max-instructions N] [--backend hardware|emulate] [--json]

Assembles a bare program (NASM syntax), loads it at its \`org\` (default 0x1000) in the mode of its first
\`bits\` (default 16) in a VM made by the built-in VMM (RAM 0-640 KiB and 1-64 MiB, flat segments, a
stack, identity paging of the first 4 GiB for bits 64, serial console on port 0x3f8), and runs it
through the KVM model until \`hlt\` with interrupts off, a triple fault, an unhandled exit or the limit.
Prints the serial output, the exits by reason, the instruction count and the final registers.

  --max-instructions N   stop after N guest instructions (default 100000000)
  --backend B            hardware (default; a VMX/SVM host) or emulate (every instruction through
                         KVM's emulator, as on the recording host)
  --json                 one JSON object: { serial, exits, instructions, regs, stop }`;

const hex = (v: bigint) => '0x' + v.toString(16);

export const runCommand: Command = {
  name: 'run',
  summary: 'assemble and run a bare program; print serial output, exits and registers',
  help: HELP,
  async run(args: string[]): Promise<number> {
    let file: string | undefined;
    let max = 100_000_000;
    let json = false;
    let backend: 'hardware' | 'emulate' = 'hardware';
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--json') json = true;
      else if (a === '--max-instructions') {
        max = Number(args[++i]);
        if (!Number.isSafeInteger(max) || max <= 0) throw new PsError('PS104', `--max-instructions takes a positive integer, not '${args[i]}'`);
      } else if (a === '--backend') {
        const b = args[++i];
        if (b !== 'hardware' && b !== 'emulate') throw new PsError('PS104', `--backend takes hardware or emulate, not '${b}'`);
        backend = b;
      } else if (a.startsWith('-')) throw new PsError('PS104', `unknown option '${a}'`);
      else if (!file) file = a;
      else throw new PsError('PS104', `unexpected argument '${a}'`);
    }
    if (!file) { console.error(HELP); return 2; }
    let source: string;
    try { source = readFileSync(file, 'utf8'); } catch { throw new PsError('PS100', `cannot read '${file}'`, { file }); }
    const p = loadProgram(source, { backend });
    if (!p.vmm) {
      for (const d of p.asm.diagnostics) console.error(`${file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
      return 1;
    }
    const r = p.vmm.run(max);
    const regs = Object.fromEntries(Object.entries(r.regs).map(([k, v]) => [k, hex(v as bigint)]));
    if (json) {
      console.log(JSON.stringify({ serial: r.serial, exits: r.exits, instructions: r.instructions, regs, stop: r.stop }, null, 2));
    } else {
      if (r.serial) process.stdout.write(r.serial + (r.serial.endsWith('\n') ? '' : '\n'));
      console.log(`-- stopped: ${r.stop.kind}${'vector' in r.stop ? ` (vector ${r.stop.vector})` : ''}${'name' in r.stop ? ` (${r.stop.name})` : ''}`);
      console.log(`-- ${r.instructions} instructions; exits: ${Object.entries(r.exits).map(([k, v]) => `${k}=${v}`).join(' ')}`);
      const names = Object.keys(regs);
      for (let i = 0; i < names.length; i += 4) console.log(names.slice(i, i + 4).map((n) => `${n.padStart(6)}=${regs[n].padEnd(18)}`).join(' '));
    }
    return r.stop.kind === 'error' ? 1 : 0;
  },
};
