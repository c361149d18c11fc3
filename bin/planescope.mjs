#!/usr/bin/env node
// `npx planescope …`: the headless engine. The commands live in engine/cli/.
import './register.mjs';
// `planescope … | head` closes the pipe early: that is not an error of ours.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
const { main } = await import('../engine/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
