/** The list of CLI commands. Each helper area adds its command here, one line each. */
import type { Command } from '../command.ts';
import { asmCommand } from './asm.ts';
import { infoCommand } from './info.ts';
import { conformCommand } from './conform.ts';
import { statsCommand } from './stats.ts';
import { runCommand } from './run.ts';

export const COMMANDS: Command[] = [
  asmCommand,
  infoCommand,
  conformCommand,
  statsCommand,
  runCommand,
];
