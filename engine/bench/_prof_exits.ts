import { loadProgram } from '../vmm/program.ts';
const src = 'bits 32\norg 0x1000\nmov ecx, 1000000\nl: out 0x10, al\ndec ecx\njnz l\nhlt\n';
const p = loadProgram(src, { backend: 'hardware' });
const c0 = process.cpuUsage();
const rep = p.vmm!.run(10_000_000);
console.log(rep.exits, ((() => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1e3; })()));
