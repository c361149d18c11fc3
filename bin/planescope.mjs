#!/usr/bin/env node
// `npx planescope …`: the headless engine. The commands live in engine/cli/.
import './register.mjs';
const { main } = await import('../engine/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
