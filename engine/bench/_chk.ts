import { FlatGuest } from '../cpu/testing/flat.ts';
const g = new FlatGuest('hardware');
g.protMode(0x1000);
g.put(0x1000, [0x90, 0xf4]);
g.run(10);
const m = (g.cpu as any).m;
// @ts-ignore
console.log('machine fast', eval('%HasFastProperties(m)'), 'cpu fast', eval('%HasFastProperties(g.cpu)'), 'state fast', eval('%HasFastProperties(m.s)'));
console.log(Object.keys(m).length, Object.keys(g.cpu).length);
