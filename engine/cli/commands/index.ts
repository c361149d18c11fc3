/** The list of CLI commands. Each helper area adds its command here, one line each. */
import type { Command } from '../command.ts';

export const COMMANDS: Command[] = [];
