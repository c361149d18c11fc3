import { FlatGuest } from '../cpu/testing/flat.ts';
const LOOP = [0x43, 0x31, 0xd8, 0x49, 0x75, 0xfb, 0xeb, 0xf9];
const g = new FlatGuest('hardware');
g.protMode(0x1000);
g.put(0x1000, LOOP);
g.run(200_000);
const c0 = process.cpuUsage();
for (let k = 0; k < 10; k++) g.run(2_000_000);
console.log((20e6 / ((() => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1e6; })()) / 1e6).toFixed(1), 'M instr/s (reg only)');
