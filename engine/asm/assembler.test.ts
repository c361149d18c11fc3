import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const errors = (src: string, bits?: 16 | 32 | 64) =>
  assemble(src, { bits }).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.column, d.endColumn, d.code, d.message]);

describe('program convention and result shape', () => {
  it('defaults to org 0x1000, bits 16, entry at the origin', () => {
    const r = assemble('mov ax, 1\nhlt\n');
    expect(r.ok).toBe(true);
    expect(r.origin).toBe(0x1000);
    expect(r.entry).toBe(0x1000);
    expect(r.bits).toBe(16);
    expect(hex(r.bytes)).toBe('b80100f4');
  });
  it('honours org, options and reports the first bits directive', () => {
    const r = assemble('org 0x7c00\nbits 32\nstart: jmp start\nbits 64\n', { origin: 0x5000, bits: 16 });
    expect(r.origin).toBe(0x7c00);
    expect(r.bits).toBe(32);
    expect(r.symbols.start).toBe(0x7c00);
    expect(assemble('nop', { origin: 0x4000, bits: 64 })).toMatchObject({ origin: 0x4000, bits: 64 });
  });
  it('lists the bytes of every line with its address', () => {
    const r = assemble('bits 32\nstart:\n  mov eax, 1 ; one\n\n  times 2 nop\n  db 1, 2\nx equ 5\n');
    expect(r.lines.map((l) => [l.line, l.address, hex(l.bytes)])).toEqual([
      [2, 0x1000, ''], [3, 0x1000, 'b801000000'], [5, 0x1005, '9090'], [6, 0x1007, '0102'], [7, 0x1009, ''],
    ]);
  });
  it('qualifies local labels with the preceding global label', () => {
    const r = assemble('a:\n.l: nop\nb:\n.l: jmp .l\n jmp a.l\n');
    expect(r.symbols).toMatchObject({ a: 0x1000, 'a.l': 0x1000, b: 0x1001, 'b.l': 0x1001 });
    expect(hex(r.bytes)).toBe('90ebfeebfb');
  });
  it('resolves forward equ chains and forward labels in immediates (multi-pass)', () => {
    const r = assemble('bits 32\nadd eax, A\nmov ebx, [ecx+B]\nA equ B - 1\nB equ 3\n');
    expect(r.ok).toBe(true);
    expect(hex(r.bytes)).toBe('83c0028b5903');
  });
});

describe('branch relaxation matches NASM', () => {
  it('keeps a forward jump short at +127 and makes it near at +128', () => {
    expect(hex(assemble('jmp x\ntimes 127 nop\nx:').bytes.subarray(0, 2))).toBe('eb7f');
    expect(hex(assemble('jmp x\ntimes 128 nop\nx:').bytes.subarray(0, 3))).toBe('e98000');
    expect(hex(assemble('bits 32\njz x\ntimes 128 nop\nx:').bytes.subarray(0, 6))).toBe('0f8480000000');
  });
  it('keeps a backward jump short at -128', () => {
    const r = assemble('x: times 126 nop\njmp x');
    expect(hex(r.bytes.subarray(126))).toBe('eb80');
    expect(hex(assemble('x: times 127 nop\njmp x').bytes.subarray(127))).toBe('e97eff');
  });
  it('grows a chain of jumps that push each other out of range', () => {
    // Each near jump makes the next one's target farther away.
    const src = ['bits 32', 'a: jmp b', 'jmp b', 'times 124 nop', 'jmp a', 'b: jmp a'].join('\n');
    const r = assemble(src);
    expect(r.ok).toBe(true);
    // nasm 2.16: every jump ends up near.
    expect(hex(r.bytes.subarray(0, 10))).toBe('e986000000e981000000');
    expect(hex(r.bytes.subarray(134))).toBe('e975ffffffe970ffffff');
  });
});

describe('diagnostics: line, column, code', () => {
  it('unknown mnemonic', () => {
    expect(errors('nop\n  movv eax, 1\n')).toEqual([[2, 3, 7, 'PS201', "unknown mnemonic 'movv'"]]);
    expect(errors('x: frobnicate\n')).toEqual([[1, 4, 14, 'PS201', "unknown mnemonic 'frobnicate'"]]);
  });
  it('a lone unknown word is a label with a warning (as in NASM)', () => {
    const r = assemble('  hltt\n');
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toMatchObject([{ line: 1, column: 3, endColumn: 7, severity: 'warning', code: 'PS201' }]);
  });
  it('bad operand combinations', () => {
    expect(errors('bits 32\nmov ax, bl\n')).toEqual([[2, 1, 11, 'PS202', 'mismatch in operand sizes']]);
    expect(errors('inc [bx]')).toEqual([[1, 1, 9, 'PS202', 'operation size not specified']]);
    expect(errors('bits 32\nadd eax\n')).toEqual([[2, 1, 8, 'PS202', 'expected 2 operands, got 1']]);
    expect(errors('bits 32\nmov eax, [ebx+ecx*3]\n')).toEqual([[2, 10, 21, 'PS202', 'invalid 32-bit effective address']]);
    expect(errors('mov ax, [bx+bp]')).toEqual([[1, 9, 16, 'PS202', 'invalid 16-bit effective address']]);
    expect(errors('bits 64\nmov ah, sil\n')).toEqual([[2, 1, 12, 'PS202', 'cannot use high byte register in rex instruction']]);
    expect(errors('bits 32\nmov r8d, 1\n')).toEqual([[2, 5, 8, 'PS202', "register 'r8d' is only available in 64-bit mode"]]);
    expect(errors('bits 64\npush eax\n')).toEqual([[2, 1, 9, 'PS202', 'invalid combination of opcode and operands']]);
  });
  it('undefined symbols', () => {
    expect(errors('jmp nowhere\nmov ax, [bx+also_missing]\n')).toEqual([
      [1, 5, 12, 'PS203', "symbol 'nowhere' not defined"],
      [2, 13, 25, 'PS203', "symbol 'also_missing' not defined"],
    ]);
  });
  it('values out of range', () => {
    expect(errors('jmp short x\ntimes 200 nop\nx:')).toEqual([[1, 5, 12, 'PS204', 'short jump is out of range']]);
    expect(errors('x: times 200 nop\nloop x')).toEqual([[2, 6, 7, 'PS204', 'short jump is out of range']]);
    expect(errors('times -1 nop')).toEqual([[1, 7, 9, 'PS204', "'times' count is negative (-1)"]]);
    const w = assemble('db 300\nmov al, 0x1ff\n');
    expect(w.ok).toBe(true);
    expect(hex(w.bytes)).toBe('2cb0ff');
    expect(w.diagnostics.map((d) => [d.line, d.column, d.severity, d.code])).toEqual([[1, 4, 'warning', 'PS204'], [2, 9, 'warning', 'PS204']]);
  });
  it('unterminated strings and bad numbers', () => {
    expect(errors("db 'abc\n")).toEqual([[1, 4, 8, 'PS200', "unterminated string (missing `'')"]]);
    expect(errors('mov ax, 12xyz\n')).toEqual([[1, 9, 14, 'PS200', "invalid number '12xyz'"]]);
    expect(errors('db `a\\q`')).toEqual([[1, 6, 9, 'PS200', 'unknown escape \\q']]);
  });
  it('syntax errors and directives', () => {
    expect(errors('mov eax, ,\n', 32)).toEqual([[1, 10, 11, 'PS200', "expression expected before ','"]]);
    expect(errors('bits 17')).toEqual([[1, 6, 8, 'PS200', "'bits' takes 16, 32 or 64"]]);
    expect(errors('org 1\norg 2')).toEqual([[2, 1, 6, 'PS200', 'program origin redefined']]);
    expect(errors('x: nop\nx: nop')).toEqual([[2, 1, 2, 'PS200', "symbol 'x' redefined (first defined on line 1)"]]);
    expect(errors('mov ax, 1/0')).toEqual([[1, 9, 12, 'PS200', 'division by zero']]);
    expect(errors('align 3')).toEqual([[1, 7, 8, 'PS204', 'alignment must be a power of two']]);
    expect(errors('extern foo')).toEqual([[1, 1, 7, 'PS200', "'extern' is not supported in flat binary output"]]);
  });
  it('tolerates section .text and warns about other sections', () => {
    expect(assemble('section .text\nnop').diagnostics).toEqual([]);
    const r = assemble('nop\nsection .data\ndb 1');
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toMatchObject([{ line: 2, severity: 'warning', code: 'PS200' }]);
  });
  it('reports several errors in one run and still assembles the good lines', () => {
    const r = assemble('nop\nbad1 eax\nmov ax, [cx]\nhlt\njmp nope\n');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.line, d.code])).toEqual([[2, 'PS201'], [3, 'PS202'], [5, 'PS203']]);
    expect(r.lines.find((l) => l.line === 4)?.bytes).toEqual(Uint8Array.of(0xf4));
  });
});

describe('robustness and speed', () => {
  it('never throws on arbitrary input', () => {
    const piece = fc.constantFrom('mov', 'add', 'eax', 'rax', 'al', '[', ']', ',', ':', '+', '*', '-', '$', '$$', 'times', 'db',
      'equ', 'x', '.l', '0x10', '1', "'a", '"b"', '`\\x4', ';', 'bits', '64', 'org', 'short', 'far', 'byte', 'rel', 'jmp', '(', ')', '\n', ' ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.string({ maxLength: 20 }), (parts, junk) => {
      const r = assemble(parts.join(' ') + junk);
      expect(typeof r.ok).toBe('boolean');
      for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }), { numRuns: 1500 });
  });
  it('refuses absurd output sizes instead of hanging', () => {
    const r = assemble('times 0x7fffffff db 0');
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0].code).toBe('PS204');
  });
  it('assembles a 500-line program quickly', () => {
    const body: string[] = ['bits 64', 'org 0x4000'];
    for (let i = 0; i < 100; i++) {
      body.push(`l${i}: mov rax, [rbx+rcx*8+${i}]`, `  add eax, ${i * 37}`, `  cmp byte [rel l${(i * 7) % 100}], 3`, `  jnz l${(i * 13) % 100}`, '  db "text", 0');
    }
    const src = body.join('\n');
    assemble(src);
    const t = performance.now();
    for (let i = 0; i < 5; i++) expect(assemble(src).ok).toBe(true);
    // A few ms in a bundled build; the bound is loose for instrumented test runs.
    expect((performance.now() - t) / 5).toBeLessThan(150);
  });
});
