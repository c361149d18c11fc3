import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FlatGuest } from './testing/flat.ts';
import { assemble } from '../asm/assembler.ts';
import { decode } from './decode.ts';
import { U } from './uop.ts';
import { KVM_GUESTDBG_ENABLE, KVM_GUESTDBG_USE_HW_BP } from './cpu.ts';
import type { CpuExit, GuestEnv } from './types.ts';

/** Assemble `src` (bits/org given by the caller) or fail the test with the diagnostics. */
function asm(src: string): number[] {
  const r = assemble(src);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n') + '\n' + src);
  return [...r.bytes];
}

/** The micro-op kind the decoder gives the first instruction of `src`. */
function kindOf(bits: 32 | 64, src: string): number {
  const b = Uint8Array.from(asm(`bits ${bits}\n${src}\n`));
  return decode(b, 0, b.length, bits).uop;
}

describe('classify', () => {
  it('gives the hot forms their kind and leaves the rest to their handler', () => {
    expect(kindOf(32, 'add eax, ebx')).toBe(U.ADD_RR);
    expect(kindOf(32, 'cmp ecx, 5')).toBe(U.CMP_RI);
    expect(kindOf(32, 'add eax, [esi+ecx*4]')).toBe(U.ALU_RM);
    expect(kindOf(32, 'sub dword [edi+8], eax')).toBe(U.ALU_MR);
    expect(kindOf(32, 'and dword [edi], 0xff')).toBe(U.ALU_MI);
    expect(kindOf(32, 'mov [edi+ecx*4], eax')).toBe(U.STORE);
    expect(kindOf(32, 'inc ebx')).toBe(U.INC_R);
    expect(kindOf(64, 'inc ebx')).toBe(U.INC_R); // FF /0 in 64-bit code
    expect(kindOf(64, 'dec rbx')).toBe(U.DEC_R64);
    expect(kindOf(64, 'mov rax, [rel $+0x100]')).toBe(U.LOAD64);
    expect(kindOf(64, 'push rbx')).toBe(U.PUSH);
    expect(kindOf(32, 'jnz $')).toBe(U.JCC);
    expect(kindOf(32, 'add al, bl')).toBe(U.ALU8_RR);
    expect(kindOf(32, 'cmp byte [edi+ecx], 0')).toBe(U.ALU8_MI);
    expect(kindOf(32, 'mov byte [edi], ah')).toBe(U.STORE8);
    expect(kindOf(32, 'movzx eax, word [esi]')).toBe(U.MOVZX_M);
    expect(kindOf(32, 'test dword [esi], 0x80')).toBe(U.TEST_MI);
    expect(kindOf(32, 'shr ecx, 3')).toBe(U.SHIFT_R);
    expect(kindOf(32, 'setnz ah')).toBe(U.SETCC_R);
    expect(kindOf(64, 'cmovl rax, [rsi]')).toBe(U.CMOV);
    expect(kindOf(32, 'movsx eax, byte [esi]')).toBe(U.MOVSX);
    // 16-bit operands, ADC/SBB (they read CF), LOCK: the ops.ts handler
    expect(kindOf(32, 'add ax, bx')).toBe(U.CALL);
    expect(kindOf(32, 'adc eax, ebx')).toBe(U.CALL);
    expect(kindOf(32, 'lock add [edi], eax')).toBe(U.CALL);
  });
});

/** Registers and retired-instruction count: everything a block must keep precise. */
function snap(g: FlatGuest) {
  return { regs: g.cpu.getRegs(), icount: g.cpu.instructionCount() };
}

/**
 * Runs a guest twice, with compiled blocks (the normal path) and instruction by instruction (hardware
 * breakpoints enabled with none armed keep run() on step()), over the same budget chunks: every exit
 * and the state after each chunk must agree. MMIO reads are answered with the same bytes in both.
 */
function compare(setup: (g: FlatGuest) => void, chunks: number[]): { g: FlatGuest; exit: CpuExit | null } {
  const a = new FlatGuest('hardware'), b = new FlatGuest('hardware');
  setup(a); setup(b);
  b.cpu.setGuestDebug({ control: KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_HW_BP, debugreg: [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n] });
  let n = 0, exit: CpuExit | null = null;
  for (const budget of chunks) {
    const ea = a.run(budget), eb = b.run(budget);
    exit = ea;
    expect(ea).toEqual(eb);
    expect(snap(a)).toEqual(snap(b));
    expect(Buffer.compare(a.ram, b.ram)).toBe(0);
    const answer = (g: FlatGuest, e: CpuExit) => {
      if (e.kind === 'mmio' && !e.isWrite) g.cpu.completeMmioRead(Uint8Array.of(n, 0x80, 0xff, n >> 1, 1, 2, 3, 4));
    };
    answer(a, ea); answer(b, eb);
    n++;
  }
  return { g: a, exit };
}

const R32 = ['eax', 'ebx', 'ecx', 'edx'];
const R64 = ['rax', 'rbx', 'rcx', 'rdx', 'r8', 'r9'];
const ALU8 = ['add', 'sub', 'and', 'or', 'xor', 'cmp', 'test'];
const CC = ['o', 'no', 'b', 'ae', 'z', 'nz', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

/**
 * One random instruction (or short sequence) of the covered set, and a few the runner hands to
 * their handler. esi/edi (rsi/rdi) point at RAM; `ebx`-indexed accesses may land in MMIO (read
 * exits, write fragments) or, in 64-bit code, be non-canonical (#GP).
 */
function insn(bits: 32 | 64, label: () => string): fc.Arbitrary<string> {
  const R = bits === 64 ? [...R32, ...R64] : R32;
  const r = fc.constantFrom(...R), r32 = fc.constantFrom(...R32), r64 = fc.constantFrom(...R64);
  const imm = fc.oneof(fc.integer({ min: -128, max: 127 }), fc.integer({ min: -0x80000000, max: 0x7fffffff }), fc.constantFrom(0, 1, -1, 0x7fffffff));
  const alu = fc.constantFrom('add', 'sub', 'and', 'or', 'xor', 'cmp');
  // AH..BH only without REX; SIL/DIL/R8B only with it (64-bit code)
  const r8 = fc.constantFrom(...(bits === 64 ? ['al', 'bl', 'cl', 'dl', 'sil', 'dil', 'r8b', 'r9b'] : ['al', 'bl', 'cl', 'dl', 'ah', 'bh', 'ch', 'dh']));
  const edge = fc.constantFrom(0, 1, 2, -1, -2, 0x7fffffff, -0x80000000, 0x7ffffffe, 0x80);
  const p = bits === 64 ? ['rsi', 'rdi'] : ['esi', 'edi'];
  const mem = fc.tuple(fc.constantFrom(...p), fc.integer({ min: 0, max: 0x3f0 }), fc.boolean(), fc.constantFrom(1, 2, 4, 8))
    .map(([b, d, idx, sc]) => idx ? `[${b}+${bits === 64 ? 'rdx' : 'edx'}*${sc}+${d}]` : `[${b}+${d}]`);
  const wild = bits === 64 ? '[rbx]' : '[ebx]';
  const gens: fc.Arbitrary<string>[] = [
    fc.tuple(alu, r32, r32).map(([o, a, b]) => `${o} ${a}, ${b}`),
    fc.tuple(alu, r32, imm).map(([o, a, i]) => `${o} ${a}, ${i}`),
    fc.tuple(r32, r32).map(([a, b]) => `test ${a}, ${b}`),
    fc.tuple(r32, r32).map(([a, b]) => `mov ${a}, ${b}`),
    fc.tuple(r32, imm).map(([a, i]) => `mov ${a}, ${i}`),
    fc.tuple(fc.constantFrom('inc', 'dec'), r).map(([o, a]) => `${o} ${a}`),
    fc.tuple(r32, mem).map(([a, m]) => `mov ${a}, ${m}`),
    fc.tuple(mem, r32).map(([m, a]) => `mov dword ${m}, ${a}`),
    fc.tuple(mem, imm).map(([m, i]) => `mov dword ${m}, ${i}`),
    fc.tuple(alu, r32, mem).map(([o, a, m]) => `${o} ${a}, ${m}`),
    fc.tuple(alu, mem, r32).map(([o, m, a]) => `${o} ${m}, ${a}`),
    fc.tuple(alu, mem, imm).map(([o, m, i]) => `${o} dword ${m}, ${i}`),
    fc.tuple(r32, mem).map(([a, m]) => `lea ${a}, ${m}`),
    fc.tuple(fc.constantFrom(...CC), fc.constantFrom('inc eax', 'xor ecx, edx', 'add ebx, 3')).map(([c, body]) => {
      const l = label();
      return `j${c} ${l}\n${body}\n${l}:`;
    }),
    fc.tuple(bits === 64 ? r64 : r32, bits === 64 ? r64 : r32).map(([a, b]) => `push ${a}\npop ${b}`),
    fc.constant('call fn'),
    // compare and branch on edge values (equal, signed / unsigned boundaries): the lazy-flag Jcc forms
    fc.tuple(r32, edge, edge, fc.constantFrom('cmp', 'sub', 'add', 'and', 'xor', 'inc', 'dec'), fc.constantFrom(...CC), fc.boolean()).map(([a, x, y, op, c, viaReg]) => {
      const l = label();
      const other = a === 'ecx' ? 'edx' : 'ecx';
      const second = op === 'inc' || op === 'dec' ? `${op} ${a}` : viaReg ? `mov ${other}, ${y}\n${op} ${a}, ${other}` : `${op} ${a}, ${y}`;
      return `mov ${a}, ${x}\n${second}\nj${c} ${l}\ninc ebp\n${l}:`;
    }),
    // byte operands, MOVZX, TEST with an immediate
    fc.tuple(r8, mem).map(([a, m]) => `mov byte ${m}, ${a}`),
    fc.tuple(mem, fc.integer({ min: -128, max: 255 })).map(([m, v]) => `mov byte ${m}, ${v}`),
    fc.tuple(r8, mem).map(([a, m]) => `mov ${a}, byte ${m}`),
    fc.tuple(r32, mem, fc.constantFrom('byte', 'word')).map(([a, m, w]) => `movzx ${a}, ${w} ${m}`),
    fc.tuple(r32, r8).map(([a, b]) => `movzx ${a}, ${b}`),
    fc.tuple(r32, fc.constantFrom('ax', 'bx', 'cx', 'dx')).map(([a, b]) => `movzx ${a}, ${b}`),
    fc.tuple(alu, mem, fc.integer({ min: -128, max: 255 })).map(([o, m, v]) => `${o} byte ${m}, ${v}`),
    fc.tuple(alu, r8, fc.integer({ min: -128, max: 255 })).map(([o, a, v]) => `${o} ${a}, ${v}`),
    fc.tuple(alu, mem, r8).map(([o, m, a]) => `${o} byte ${m}, ${a}`),
    fc.tuple(alu, r8, mem).map(([o, a, m]) => `${o} ${a}, byte ${m}`),
    fc.tuple(fc.constantFrom(...ALU8), r8, r8).map(([o, a, b]) => `${o} ${a}, ${b}`),
    fc.tuple(mem, fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([m, v, dw]) => dw ? `test dword ${m}, ${v * 0x01010101}` : `test byte ${m}, ${v}`),
    // shifts / rotates, SETcc, CMOVcc, MOVSX
    fc.tuple(fc.constantFrom('shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr'), r32, fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constant('cl'))).map(([o, a, n]) => `${o} ${a}, ${n}`),
    fc.tuple(fc.constantFrom(...CC), r8).map(([c, a]) => `set${c} ${a}`),
    fc.tuple(fc.constantFrom(...CC), r32, fc.oneof(r32, mem.map((m) => `dword ${m}`))).map(([c, a, b]) => `cmov${c} ${a}, ${b}`),
    fc.tuple(r32, fc.oneof(r8, fc.constantFrom('ax', 'bx', 'cx', 'dx'), mem.map((m) => `byte ${m}`), mem.map((m) => `word ${m}`))).map(([a, b]) => `movsx ${a}, ${b}`),
    // forms the runner hands to their handler (flags must be exact around them)
    fc.tuple(r32, r32).map(([a, b]) => `adc ${a}, ${b}`),
    fc.tuple(r32, fc.integer({ min: 0, max: 31 })).map(([a, n]) => `shl ${a}, ${n}`),
    fc.constant('adc al, bl'),
    fc.constant('setc cl'),
    fc.constant('cmc'),
    // accesses that may leave RAM
    fc.constant(`mov eax, ${wild}`),
    fc.constant(`add dword ${wild}, 7`),
  ];
  if (bits === 64) {
    gens.push(
      fc.tuple(alu, r64, r64).map(([o, a, b]) => `${o} ${a}, ${b}`),
      fc.tuple(alu, r64, fc.integer({ min: -0x80000000, max: 0x7fffffff })).map(([o, a, i]) => `${o} ${a}, ${i}`),
      fc.tuple(r64, r64).map(([a, b]) => `mov ${a}, ${b}`),
      fc.tuple(r64, fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })).map(([a, i]) => `mov ${a}, ${i}`),
      fc.tuple(r64, mem).map(([a, m]) => `mov ${a}, qword ${m}`),
      fc.tuple(mem, r64).map(([m, a]) => `mov qword ${m}, ${a}`),
      fc.tuple(alu, r64, mem).map(([o, a, m]) => `${o} ${a}, qword ${m}`),
      fc.tuple(alu, mem, r64).map(([o, m, a]) => `${o} qword ${m}, ${a}`),
      fc.tuple(r64, mem).map(([a, m]) => `lea ${a}, ${m}`),
      fc.tuple(fc.constantFrom(...CC), r64, fc.oneof(r64, mem.map((m) => `qword ${m}`))).map(([c, a, b]) => `cmov${c} ${a}, ${b}`),
      fc.tuple(r64, fc.oneof(fc.constantFrom('al', 'bl', 'ax', 'cx'), mem.map((m) => `byte ${m}`))).map(([a, b]) => `movsx ${a}, ${b}`),
      fc.tuple(r64, fc.integer({ min: -64, max: 64 })).map(([a, d]) => `mov ${a}, [rel data+${d + 64}]`),
    );
  }
  return fc.oneof(...gens);
}

/** A loop of random instructions: `ebp` counts iterations, then `hlt`; `fn` is a function that returns at once. */
function program(bits: 32 | 64): fc.Arbitrary<string> {
  let n = 0;
  const label = () => `l${n++}`;
  return fc.array(insn(bits, label), { minLength: 1, maxLength: 30 }).map((body) => [
    `bits ${bits}`, `org ${bits === 64 ? '0x4000' : '0x1000'}`,
    'top:', ...body, 'dec ebp', 'jnz top', 'hlt',
    'fn: ret', 'data: times 256 db 0x5a',
  ].join('\n'));
}

const regSeed = fc.array(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), { minLength: 4, maxLength: 4 });
const flagSeed = fc.integer({ min: 0, max: 0x8d5 }).map((f) => BigInt((f & 0x8d5) | 2));

describe('compiled blocks of micro-ops behave as the per-instruction path', () => {
  for (const bits of [32, 64] as const) {
    it(`random ${bits}-bit programs: registers, flags, memory, exits and faults agree at every budget cut`, () => {
      fc.assert(fc.property(program(bits), regSeed, flagSeed, fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 3, maxLength: 8 }),
        (src, seed, fl, chunks) => {
          const code = asm(src);
          compare((g) => {
            if (bits === 64) { g.longMode(0x4000); g.idt64(0x7000); g.put(0x7000, [0xf4]); } else g.protMode(0x1000);
            g.put(bits === 64 ? 0x4000 : 0x1000, code);
            for (let k = 0; k < 0x2000; k += 4) g.w32(0x20000 + k, (k * 2654435761) >>> 0);
            g.setReg('rax', seed[0]); g.setReg('rcx', seed[1]); g.setReg('rdx', seed[2] & 0xffn);
            // ebx: mostly RAM, sometimes MMIO (beyond 640 KiB) or, in 64-bit code, non-canonical
            const wild = [0x21000n, 0xf0000n, 0x8000000000000000n][Number(seed[3] % 3n)];
            g.setReg('rbx', bits === 32 && wild > 0xffffffffn ? 0x21004n : wild);
            g.setReg('rsi', 0x20000n); g.setReg('rdi', 0x20800n); g.setReg('rbp', 5n);
            g.setReg('rflags', fl);
          }, [...chunks, 100_000]);
        }), { numRuns: 150 });
    });
  }

  it('every Jcc after every lazily-flagged operation, on signed / unsigned edge values', () => {
    const edges = [0, 1, 2, 0x7f, 0x80, 0x7ffffffe, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff];
    const pairs = edges.flatMap((x) => edges.map((y) => [x, y]));
    for (const op of ['cmp eax, ebx', 'sub eax, ebx', 'add eax, ebx', 'and eax, ebx', 'or eax, ebx', 'xor eax, ebx',
      'test eax, ebx', 'cmp eax, [esi+4]', 'add eax, [esi+4]', 'cmp dword [esi], 0x80000000', 'inc eax', 'dec eax',
      'add eax, ebx\ninc ecx', 'sub eax, ebx\ndec ecx']) {
      // per pair, 16 sections: load the pair, the operation, then Jcc k storing whether it was taken
      const body = CC.map((c, k) => [
        'mov eax, [esi]', 'mov ebx, [esi+4]', 'mov ecx, eax', op, `j${c} t${k}`, 'mov dword [edi], 0', `jmp n${k}`,
        `t${k}: mov dword [edi], 1`, `n${k}: add edi, 4`,
      ].join('\n'));
      const code = asm(['bits 32', 'org 0x1000', `mov ebp, ${pairs.length + 1}`, 'top:', ...body, 'add esi, 8', 'dec ebp', 'jnz top', 'hlt'].join('\n'));
      const { exit } = compare((g) => {
        g.protMode(0x1000); g.put(0x1000, code);
        // the first pair runs while the code is being decoded (no blocks yet): a dummy
        [[5, 5], ...pairs].forEach(([x, y], k) => { g.w32(0x20000 + k * 8, x); g.w32(0x20004 + k * 8, y); });
        g.setReg('rsi', 0x20000n); g.setReg('rdi', 0x40000n);
      }, [1_000_000]);
      expect(exit?.kind).toBe('hlt');
    }
  });

  it('64-bit code: a false 32-bit CMOV still zero-extends; a shift by 0 (or 32) writes nothing', () => {
    const code = asm([
      'bits 64', 'org 0x4000', 'mov ebp, 3',
      'top: mov rax, -1', 'mov rbx, -1', 'mov rcx, -1', 'cmp eax, eax', 'cmovne eax, ebx', 'shl ecx, 32', 'shr ebx, 0',
      'dec ebp', 'jnz top', 'hlt',
    ].join('\n'));
    const { g, exit } = compare((g) => { g.longMode(0x4000); g.put(0x4000, code); }, [1000]);
    expect(exit?.kind).toBe('hlt');
    expect([g.reg('rax'), g.reg('rbx'), g.reg('rcx')]).toEqual([0xffffffffn, 0xffffffffffffffffn, 0xffffffffffffffffn]);
  });

  it('a 32-bit stack with RSP at a wrap and a 16-bit stack take the handler path and still agree', () => {
    const code = asm('bits 32\norg 0x1000\npush eax\npush ebx\npop ecx\ncall f\nhlt\nf: ret');
    compare((g) => { g.protMode(0x1000); g.put(0x1000, code); g.setReg('rsp', 0x2n); g.setReg('rax', 7n); }, [1, 2, 100]);
    compare((g) => {
      g.protMode(0x1000); g.put(0x1000, code);
      const s = g.cpu.getSregs(); s.ss = { ...s.ss, db: 0 }; g.cpu.setSregs(s); g.setReg('rsp', 0x7000n);
    }, [3, 100]);
  });

  it('a Jcc to beyond the CS limit raises #GP with RIP at the Jcc', () => {
    const code = asm('bits 32\norg 0x1000\ncmp eax, eax\njz 0x3000');
    const { g, exit } = compare((g) => {
      g.protMode(0x1000); g.put(0x1000, code);
      const s = g.cpu.getSregs(); s.cs = { ...s.cs, limit: 0x1fff, g: 0 }; g.cpu.setSregs(s);
    }, [10]);
    expect(exit?.kind).toBe('shutdown'); // no IDT: #GP → #DF → triple fault
    expect(g.reg('rip')).toBe(0x1002n);
  });
});

/** A flat guest whose GuestEnv is ours to instrument (dirty logging, copy-on-write pages). */
function envGuest(page: (gfn: number, write: boolean) => Uint8Array | null, logsWrites: boolean): FlatGuest {
  const g = new FlatGuest('hardware');
  const env: GuestEnv = { ...g.env, page, logsWrites: () => logsWrites };
  (g as { env: GuestEnv }).env = env;
  return g;
}

describe('data TLB', () => {
  const LOOP = asm('bits 32\norg 0x1000\nl: add eax, [esi]\nmov [edi], eax\ninc dword [edi+4]\ndec ecx\njnz l\nhlt');

  it('with dirty logging every store still reaches GuestEnv.page(gfn, true)', () => {
    const ram = new Uint8Array(0xa0000);
    let writes = 0;
    const g = envGuest((gfn, w) => {
      if (gfn * 4096 >= ram.length) return null;
      if (w) writes++;
      return ram.subarray(gfn * 4096, gfn * 4096 + 4096);
    }, true);
    g.protMode(0x1000);
    ram.set(LOOP, 0x1000);
    ram.set(g.ram.subarray(0x500, 0x520), 0x500); // the GDT protMode() wrote
    g.setReg('rsi', 0x20000n); g.setReg('rdi', 0x30000n); g.setReg('rcx', 100n);
    expect(g.run(10_000).kind).toBe('hlt');
    expect(writes).toBe(200); // two store accesses per iteration, none served from a cache
  });

  it('loads see the copy-on-write page a store got, also one the data TLB held for loads', () => {
    // pages are shared until the first store, which gets a private copy (as after a Kvm snapshot)
    const shared = new Uint8Array(0xa0000);
    const priv = new Map<number, Uint8Array>();
    const g = envGuest((gfn, w) => {
      if (gfn * 4096 >= shared.length) return null;
      let p = priv.get(gfn);
      if (!p && w) { p = shared.slice(gfn * 4096, gfn * 4096 + 4096); priv.set(gfn, p); }
      return p ?? shared.subarray(gfn * 4096, gfn * 4096 + 4096);
    }, false);
    g.protMode(0x1000);
    shared.set(g.ram.subarray(0x500, 0x520), 0x500);
    // `rd` loads [esi]; called from a loop it runs as a compiled block and its load fills the data
    // TLB with the shared page. A store then gets a private copy: the next `rd` must read that copy
    shared.set(asm([
      'bits 32', 'org 0x1000',
      'mov ebp, 3', 'l1: call rd', 'dec ebp', 'jnz l1',
      'mov dword [esi], 0x1234', 'call rd', 'hlt',
      'rd: mov eax, [esi]', 'ret',
    ].join('\n')), 0x1000);
    shared.set([1, 0, 0, 0], 0x20000);
    g.setReg('rsi', 0x20000n);
    expect(g.run(100).kind).toBe('hlt');
    expect(g.reg('rax')).toBe(0x1234n);
    expect(shared[0x20000]).toBe(1); // the shared page was not written
  });

  it('a store that rewrites a page-table entry remaps the next load (64-bit paging)', () => {
    const g = new FlatGuest('hardware');
    g.longMode(0x4000);
    // PTE of linear page 0x20 is at 0x13000 + 0x20*8; the loop loads [0x20000], then points that PTE at 0x21000
    g.put(0x4000, asm('bits 64\norg 0x4000\nmov eax, [0x20000]\nmov qword [0x13100], 0x21003\nmov ebx, [0x20000]\nhlt'));
    g.w32(0x20000, 0xaaaa); g.w32(0x21000, 0xbbbb);
    expect(g.run(100).kind).toBe('hlt');
    expect(g.reg('rax')).toBe(0xaaaan);
    expect(g.reg('rbx')).toBe(0xbbbbn);
  });

  it('code written through a page the data TLB holds for stores is re-decoded, in the same run', () => {
    const g = new FlatGuest('hardware');
    g.protMode(0x1000);
    // `w` stores esi to page 3; called from a loop it runs as a compiled block, whose store fills the
    // data TLB's store entry. Page 3 then becomes code (decoded, watched); `w` writes it again from
    // its block: the next call must run the new bytes (41 = inc ecx, 43 = inc ebx, c3 = ret)
    g.put(0x1000, asm([
      'bits 32', 'org 0x1000',
      'mov esi, 0x90c341', 'mov ebp, 3',
      'l1: call w', 'dec ebp', 'jnz l1',
      'call 0x3000',
      'mov esi, 0x90c343', 'call w', 'call 0x3000', 'hlt',
      'w: mov [0x3000], esi', 'ret',
    ].join('\n')));
    g.setReg('rcx', 0n); g.setReg('rbx', 0n);
    expect(g.run(1000).kind).toBe('hlt');
    expect([g.reg('rcx'), g.reg('rbx')]).toEqual([1n, 1n]);
  });
});
