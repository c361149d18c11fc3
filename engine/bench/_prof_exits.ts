import { loadProgram } from '../vmm/program.ts';
const src = 'bits 32\norg 0x1000\nmov ecx, 1000000\nl: out 0x10, al\ndec ecx\njnz l\nhlt\n';
const p = loadProgram(src, { backend: 'hardware' });
const t0 = performance.now();
const rep = p.vmm!.run(10_000_000);
console.log(rep.exits, (performance.now() - t0));
