/**
 * Property tests: random operands for each instruction form assemble without error and decode (with
 * iced-x86, an independent decoder) back to the same instruction: mnemonic, registers, memory operand
 * (base, index, scale, displacement), immediate value and branch target.
 */
import fc from 'fast-check';
import { Decoder, DecoderOptions, Formatter, FormatterSyntax, Instruction, OpKind, Register } from 'iced-x86';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from './assembler.ts';
import { lookupReg } from './registers.ts';

type Bits = 16 | 32 | 64;
const fmt = new Formatter(FormatterSyntax.Nasm);
const ins = new Instruction();
afterAll(() => { fmt.free(); ins.free(); });

function decode(bytes: Uint8Array, bits: Bits, ip: number): Instruction {
  const d = new Decoder(bits, bytes, DecoderOptions.None);
  d.ip = BigInt(ip);
  d.decodeOut(ins);
  d.free();
  return ins;
}
const regName = (r: Register): string => (r === Register.None ? '' : fmt.formatRegister(r));

const GPR: Record<number, string[]> = {
  8: ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'],
  16: ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'],
  32: ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'],
};
const GPR64: Record<number, string[]> = {
  8: ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'],
  16: [...GPR[16], 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'],
  32: [...GPR[32], 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'],
  64: ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'],
};
const regsOf = (bits: Bits, size: number): string[] => (bits === 64 ? GPR64[size] : GPR[size]);
const sizesOf = (bits: Bits): number[] => (bits === 64 ? [8, 16, 32, 64] : [8, 16, 32]);
const SZ: Record<number, string> = { 8: 'byte', 16: 'word', 32: 'dword', 64: 'qword' };

const bitsArb = fc.constantFrom<Bits>(16, 32, 64);

interface Mem { text: string; base: string; index: string; scale: number; disp: bigint; asize: number }

/** A random memory operand that NASM encodes as written (no splitting of scaled indexes). */
function memArb(bits: Bits): fc.Arbitrary<Mem> {
  const mem16 = fc.record({
    combo: fc.constantFrom(['bx', 'si'], ['bx', 'di'], ['bp', 'si'], ['bp', 'di'], ['si', ''], ['di', ''], ['bp', ''], ['bx', ''], ['', '']),
    disp: fc.integer({ min: -32768, max: 32767 }),
  }).map(({ combo, disp }) => {
    const [b, i] = combo;
    const parts = [b, i].filter(Boolean);
    const text = `[${[...parts, ...(disp || !parts.length ? [String(disp)] : [])].join('+').replace(/\+-/g, '-')}]`;
    return { text, base: b === 'si' || b === 'di' ? b : b, index: i, scale: 1, disp: BigInt(disp), asize: 16 };
  });
  const wide = (asize: 32 | 64): fc.Arbitrary<Mem> => {
    const regs = asize === 64 ? GPR64[64] : bits === 64 ? GPR64[32] : GPR[32];
    return fc.record({
      base: fc.constantFrom(...regs),
      index: fc.option(fc.constantFrom(...regs.filter((r) => r !== 'esp' && r !== 'rsp')), { nil: undefined }),
      scale: fc.constantFrom(1, 2, 4, 8),
      disp: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
      small: fc.boolean(),
    }).map(({ base, index, scale, disp, small }) => {
      const d = small ? disp % 200 : disp;
      const idx = index ? `${index}*${scale}` : '';
      const text = `[${[base, idx, d ? String(d) : ''].filter(Boolean).join('+').replace(/\+-/g, '-')}]`;
      return { text, base, index: index ?? '', scale: index ? scale : 1, disp: BigInt(d), asize };
    });
  };
  if (bits === 16) return fc.oneof(mem16, wide(32));
  if (bits === 32) return fc.oneof(wide(32), mem16);
  return fc.oneof(wide(64), wide(32));
}

function assembleOne(line: string, bits: Bits): Uint8Array {
  const r = assemble(line, { bits, origin: 0x1000 });
  if (!r.ok) throw new Error(`${line}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.bytes;
}

const ALU = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp', 'mov', 'test'];

function checkMem(i: Instruction, m: Mem): void {
  expect(regName(i.memoryBase)).toBe(m.base);
  expect(regName(i.memoryIndex)).toBe(m.index);
  if (m.index) expect(i.memoryIndexScale).toBe(m.scale);
  expect(BigInt.asUintN(m.asize, i.memoryDisplacement)).toBe(BigInt.asUintN(m.asize, m.disp));
}

describe('random operands decode back to the same instruction', () => {
  it('reg, reg', () => {
    fc.assert(fc.property(bitsArb, fc.constantFrom(...ALU), fc.nat(), fc.nat(), fc.nat(), (bits, op, s, a, b) => {
      const size = sizesOf(bits)[s % sizesOf(bits).length];
      const regs = regsOf(bits, size);
      let [ra, rb] = [regs[a % regs.length], regs[b % regs.length]];
      // ah..bh cannot be combined with registers that need REX.
      if (/^[a-d]h$/.test(ra) && lookupReg(rb)!.num > 3) rb = 'al';
      if (/^[a-d]h$/.test(rb) && lookupReg(ra)!.num > 3) ra = 'al';
      const i = decode(assembleOne(`${op} ${ra}, ${rb}`, bits), bits, 0x1000);
      expect(fmt.formatMnemonic(i)).toBe(op);
      expect(regName(i.op0Register)).toBe(ra);
      expect(regName(i.op1Register)).toBe(rb);
    }), { numRuns: 600 });
  });

  it('reg, imm and mem, imm', () => {
    fc.assert(fc.property(bitsArb, fc.constantFrom(...ALU), fc.nat(), fc.nat(), fc.bigInt({ min: -(1n << 31n), max: (1n << 32n) - 1n }), fc.option(fc.constant(0), { nil: undefined }),
      (bits, op, s, a, raw, useMem) => {
        const size = sizesOf(bits)[s % sizesOf(bits).length];
        // Keep the value inside what the operand can hold (signed or unsigned), as a programmer would.
        const v = size === 64 ? BigInt.asIntN(32, raw) : BigInt.asIntN(size, raw);
        const regs = regsOf(bits, size);
        const dst = useMem === undefined ? regs[a % regs.length] : `${SZ[size]} [${bits === 16 ? 'bx' : bits === 32 ? 'ebx' : 'rbx'}+${a % 1000}]`;
        const i = decode(assembleOne(`${op} ${dst}, ${v}`, bits), bits, 0x1000);
        expect(fmt.formatMnemonic(i)).toBe(op);
        if (useMem === undefined) {
          // NASM turns mov r64, imm32>=0 into mov r32, imm32 (same register, zero-extended).
          expect(lookupReg(regName(i.op0Register))!.num).toBe(lookupReg(dst)!.num);
        } else expect(i.op0Kind).toBe(OpKind.Memory);
        expect(BigInt.asUintN(Math.min(size, 32), i.immediate(1))).toBe(BigInt.asUintN(Math.min(size, 32), v));
      }), { numRuns: 1500 });
  });

  it('mem, reg / reg, mem with random addressing', () => {
    fc.assert(fc.property(bitsArb.chain((bits) => fc.tuple(fc.constant(bits), memArb(bits), fc.constantFrom(...ALU, 'lea'), fc.nat(), fc.nat(), fc.boolean())),
      ([bits, m, op, s, a, load]) => {
        const sizes = sizesOf(bits).filter((x) => op !== 'lea' || x > 8);
        const size = sizes[s % sizes.length];
        const regs = regsOf(bits, size);
        const r = regs[a % regs.length];
        const line = op === 'lea' || load ? `${op} ${r}, ${m.text}` : `${op} ${m.text}, ${r}`;
        const i = decode(assembleOne(line, bits), bits, 0x1000);
        expect(fmt.formatMnemonic(i), line).toBe(op);
        checkMem(i, m);
        const regOp = i.op0Kind === OpKind.Register ? i.op0Register : i.op1Register;
        expect(regName(regOp)).toBe(r);
      }), { numRuns: 2000 });
  });

  it('branches reach their labels (short or near, forward or backward)', () => {
    fc.assert(fc.property(bitsArb, fc.constantFrom('jmp', 'call', 'je', 'jne', 'jl', 'jae', 'jmp near', 'jo'), fc.integer({ min: 0, max: 400 }), fc.boolean(),
      (bits, op, gap, forward) => {
        const src = forward ? `${op} target\ntimes ${gap} nop\ntarget: nop` : `target: times ${gap} nop\n${op} target`;
        const r = assemble(src, { bits, origin: 0x1000 });
        expect(r.ok).toBe(true);
        const at = forward ? 0 : gap;
        const i = decode(r.bytes.subarray(at), bits, 0x1000 + at);
        expect(fmt.formatMnemonic(i)).toBe(op.split(' ')[0]);
        expect(Number(i.nearBranchTarget)).toBe(r.symbols.target);
        // NASM picks the short form exactly when the displacement fits (call has none).
        const isShort = i.length === 2;
        const rel = r.symbols.target - (0x1000 + at + 2);
        if (op !== 'call' && op !== 'jmp near') expect(isShort).toBe(rel >= -128 && rel <= 127);
      }), { numRuns: 800 });
  });
});
