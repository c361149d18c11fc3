import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.ts';
import { disassemble } from './disasm.ts';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const texts = (b: Uint8Array, addr: number, bits: 16 | 32 | 64): string[] => disassemble(b, addr, bits).map((l) => l.text);

describe('disassemble', () => {
  it('formats NASM syntax with 0x hex in all three modes', () => {
    expect(disassemble(bytes(0x48, 0x8b, 0x44, 0xcb, 0x10, 0xeb, 0xfe), 0x1000, 64)).toEqual([
      { address: 0x1000, length: 5, bytes: '48 8b 44 cb 10', text: 'mov rax, [rbx+rcx*8+0x10]' },
      { address: 0x1005, length: 2, bytes: 'eb fe', text: 'jmp short 0x1005' },
    ]);
    expect(texts(bytes(0xea, 0x00, 0x7c, 0x00, 0x00, 0xcd, 0x10, 0x8b, 0x40, 0x05, 0x26, 0x8a, 0x05), 0x7c00, 16))
      .toEqual(['jmp 0:0x7c00', 'int 0x10', 'mov ax, [bx+si+5]', 'mov al, [es:di]']);
    expect(texts(bytes(0x0f, 0x22, 0xc0, 0xea, 0x00, 0x10, 0x00, 0x00, 0x08, 0x00), 0, 32))
      .toEqual(['mov cr0, eax', 'jmp 8:0x1000']);
  });
  it('names the KVM/SEV/TDX exit instructions', () => {
    expect(texts(bytes(0x0f, 0x01, 0xc1, 0x0f, 0x01, 0xd9, 0xf3, 0x0f, 0x01, 0xd9, 0x66, 0x0f, 0x01, 0xcc, 0xf4, 0x0f, 0xa2), 0, 64))
      .toEqual(['vmcall', 'vmmcall', 'vmgexit', 'tdcall', 'hlt', 'cpuid']);
  });
  it('turns undecodable and truncated bytes into one (bad) line per byte and continues', () => {
    const l = disassemble(bytes(0x06, 0x90, 0x48, 0xc7), 0x10, 64);
    expect(l.map((x) => [x.address, x.length, x.text])).toEqual([[0x10, 1, '(bad)'], [0x11, 1, 'nop'], [0x12, 1, '(bad)'], [0x13, 1, '(bad)']]);
    expect(disassemble(new Uint8Array(0), 0, 16)).toEqual([]);
  });
  it('stops after maxInstructions', () => {
    expect(disassemble(new Uint8Array(100).fill(0x90), 0, 32, { maxInstructions: 3 })).toHaveLength(3);
  });
  it('its output assembles back to the same bytes for canonical encodings', () => {
    const src = 'bits 64\nmov rax, [rbx+rcx*8+0x10]\nadd qword [rsp+8], -5\nlea rsi, [rel 0x1234]\nout dx, al\nmovdqu xmm1, [rax]\n';
    const a = assemble(src, { origin: 0 });
    const lines = disassemble(a.bytes, 0, 64).map((l) => l.text.replace(/^lea rsi, \[rel (0x[0-9a-f]+)\]$/, 'lea rsi, [rel $1]'));
    const b = assemble('bits 64\n' + lines.join('\n'), { origin: 0 });
    expect(b.ok).toBe(true);
    expect(Buffer.from(b.bytes).toString('hex')).toBe(Buffer.from(a.bytes).toString('hex'));
  });
});
