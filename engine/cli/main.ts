/**
 * `planescope` command line: the same engine as the app, in-thread, headless.
 * Each command lives in commands/<name>.ts and is listed in COMMANDS.
 */
import { PsError } from '../errors.ts';
import type { Command } from './command.ts';
import { COMMANDS } from './commands/index.ts';

function usage(): string {
  const lines = ['usage: planescope <command> [options]', '', 'commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  lines.push('', 'planescope <command> --help shows the options of one command.');
  return lines.join('\n');
}

/** Runs one CLI invocation; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const cmd: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    console.error(`planescope: PS104 unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(cmd.help);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof PsError) {
      console.error(`planescope ${name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
