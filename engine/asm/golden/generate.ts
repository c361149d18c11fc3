/**
 * Dev tool (Node + nasm 2.16; not imported by the engine): regenerates the golden corpus.
 *
 *   node --import ./bin/register.mjs engine/asm/golden/generate.ts
 *
 * For each mode it writes `forms<bits>.asm` (every instruction form the assembler claims, crossed with
 * registers, addressing modes and boundary immediates), assembles it with `nasm -f bin`, drops the lines
 * nasm rejects into `rejected<bits>.txt` (our assembler must reject them too) and keeps nasm's output
 * as `forms<bits>.bin`. `branches<bits>.asm` and `directives.asm` are hand-written programs that are
 * only assembled here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
type Bits = 16 | 32 | 64;

const R8: Record<Bits, string[]> = { 16: ['al', 'cl', 'bh', 'dl'], 32: ['al', 'cl', 'ah', 'bl'], 64: ['al', 'cl', 'ah', 'sil', 'r8b', 'r15b'] };
const R16: Record<Bits, string[]> = { 16: ['ax', 'cx', 'sp', 'di'], 32: ['ax', 'bx', 'bp', 'si'], 64: ['ax', 'dx', 'r9w', 'r15w'] };
const R32: Record<Bits, string[]> = { 16: ['eax', 'ecx', 'esp', 'edi'], 32: ['eax', 'edx', 'esp', 'ebp', 'edi'], 64: ['eax', 'ebx', 'r8d', 'r13d'] };
const R64: Record<Bits, string[]> = { 16: [], 32: [], 64: ['rax', 'rcx', 'rsp', 'rbp', 'r8', 'r12', 'r13', 'r15'] };
const MEMS: Record<Bits, string[]> = {
  16: ['[bx]', '[bp]', '[si]', '[di]', '[bx+si]', '[bp+di+5]', '[si+bx-1]', '[bx+0x1234]', '[0x1234]', '[bp-0x80]', '[es:di]', '[cs:bx+si+0x80]', '[ebx]', '[eax+ecx*4+0x10]', '[esp]'],
  32: ['[eax]', '[ebx+4]', '[esp]', '[ebp]', '[esp+8]', '[ebp-0x80]', '[eax+ecx]', '[ebp+eax]', '[eax*2]', '[ecx*4]', '[edx*8+0x100]', '[eax+ebx*8-4]', '[0x12345678]', '[bx+si]', '[fs:eax]', '[ecx*3]', '[esi+0x7f]', '[edi-0x81]'],
  64: ['[rax]', '[rsp]', '[rbp]', '[r12]', '[r13]', '[r12+r13*2]', '[rbp+r8*8+0x7f]', '[rax+0x80]', '[0x1000]', '[rel lbl]', '[eax]', '[r8d+ecx]', '[gs:rax]', '[rsp+rax*4-8]', '[r9*8]', '[rcx*3+1]'],
};
const IMM8 = ['0', '1', '0x7f', '-1', '-128', '0xff', '-0x80', "'A'"];
const IMM16 = ['0', '1', '0x7f', '0x80', '-128', '-129', '0x1234', '0xffff', '-1', '0x7fff'];
const IMM32 = ['0', '2', '0x7f', '0x80', '-128', '-129', '0x1234', '0x12345678', '0x7fffffff', '0x80000000', '0xffffffff', '-1'];
const IMM64 = [...IMM32, '0x100000000', '-0x80000000', '-0x80000001', '0x123456789abcdef0', 'lbl'];

function gprs(bits: Bits): [number, string[]][] {
  return [[8, R8[bits]], [16, R16[bits]], [32, R32[bits]], ...(bits === 64 ? [[64, R64[bits]] as [number, string[]]] : [])];
}
const SZ: Record<number, string> = { 8: 'byte', 16: 'word', 32: 'dword', 64: 'qword', 128: 'oword' };
const imms = (size: number): string[] => (size === 8 ? IMM8 : size === 16 ? IMM16 : size === 32 ? IMM32 : IMM64);

function forms(bits: Bits): string[] {
  const L: string[] = [];
  const mems = MEMS[bits];
  const G = gprs(bits);
  // ALU, mov, test, xchg, cmpxchg, xadd: rm,reg / reg,rm / rm,imm
  for (const m of ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp', 'mov', 'test', 'xchg', 'cmpxchg', 'xadd']) {
    for (const [size, regs] of G) {
      for (const a of regs) for (const b of regs.slice(0, 3)) L.push(`${m} ${a}, ${b}`);
      for (const mem of mems) { L.push(`${m} ${mem}, ${regs[1]}`); L.push(`${m} ${regs[0]}, ${mem}`); L.push(`${m} ${regs[2]}, ${mem}`); }
      if (m === 'xchg' || m === 'cmpxchg' || m === 'xadd') continue;
      for (const i of imms(size)) { L.push(`${m} ${regs[0]}, ${i}`); L.push(`${m} ${regs[2]}, ${i}`); }
      for (const mem of mems.slice(0, 6)) for (const i of imms(size).slice(0, 7)) L.push(`${m} ${SZ[size]} ${mem}, ${i}`);
      if (size > 8 && m !== 'mov' && m !== 'test') L.push(`${m} ${regs[1]}, byte 5`, `${m} ${regs[0]}, strict ${SZ[size === 64 ? 32 : size]} 5`, `${m} ${SZ[size]} [${bits === 16 ? 'bx' : bits === 32 ? 'ebx' : 'rbx'}], byte -3`);
    }
    L.push(`${m} [${bits === 64 ? 'rbx' : 'ebx'}], byte 5`, `${m} [${bits === 64 ? 'rbx' : 'ebx'}], word 5`, `${m} [${bits === 64 ? 'rbx' : 'ebx'}], dword 5`);
  }
  // segment, control and debug registers
  for (const s of ['es', 'cs', 'ss', 'ds', 'fs', 'gs']) {
    for (const r of ['ax', 'eax', 'rax', 'bx', 'r9w', 'r10']) { L.push(`mov ${r}, ${s}`, `mov ${s}, ${r}`); }
    for (const mem of mems.slice(0, 4)) L.push(`mov ${mem}, ${s}`, `mov ${s}, ${mem}`, `mov word ${mem}, ${s}`, `mov ${s}, word ${mem}`);
    L.push(`push ${s}`, `pop ${s}`);
  }
  for (const c of ['cr0', 'cr2', 'cr3', 'cr4', 'cr8', 'dr0', 'dr6', 'dr7']) {
    for (const r of ['eax', 'ebx', 'rax', 'r9', 'esp']) L.push(`mov ${c}, ${r}`, `mov ${r}, ${c}`);
  }
  // moffs
  for (const a of ['al', 'ax', 'eax', 'rax']) L.push(`mov ${a}, [0x1234]`, `mov [0x1234], ${a}`, `mov ${a}, [es:0x10]`, `mov [fs:0x10], ${a}`);
  // movzx/movsx/movsxd/lea
  for (const m of ['movzx', 'movsx']) {
    for (const [size, regs] of G) {
      if (size === 8) continue;
      for (const s of [...R8[bits].slice(0, 3), ...R16[bits].slice(0, 2), ...R32[bits].slice(0, 2)]) L.push(`${m} ${regs[0]}, ${s}`, `${m} ${regs[2]}, ${s}`);
      for (const mem of mems.slice(0, 5)) L.push(`${m} ${regs[1]}, byte ${mem}`, `${m} ${regs[1]}, word ${mem}`, `${m} ${regs[1]}, ${mem}`);
    }
  }
  for (const s of ['eax', 'r9d', '[rax]', 'dword [rbx]']) L.push(`movsxd rax, ${s}`, `movsxd r10, ${s}`, `movsx r11, ${s}`);
  for (const [size, regs] of G) for (const mem of mems) L.push(`lea ${regs[1]}, ${mem}`);
  // group 3, inc/dec
  for (const m of ['not', 'neg', 'mul', 'imul', 'div', 'idiv', 'inc', 'dec']) {
    for (const [size, regs] of G) { for (const r of regs) L.push(`${m} ${r}`); for (const mem of mems.slice(0, 6)) L.push(`${m} ${SZ[size]} ${mem}`); }
    L.push(`${m} ${mems[0]}`);
  }
  // imul 2/3 operands
  for (const [size, regs] of G) {
    if (size === 8) continue;
    for (const s of regs.slice(0, 3)) L.push(`imul ${regs[1]}, ${s}`);
    for (const mem of mems.slice(0, 6)) L.push(`imul ${regs[0]}, ${mem}`);
    for (const i of imms(size).filter((x) => x !== 'lbl')) L.push(`imul ${regs[0]}, ${i}`, `imul ${regs[1]}, ${regs[2]}, ${i}`, `imul ${regs[2]}, ${mems[1]}, ${i}`);
  }
  // shifts
  for (const m of ['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'sal', 'sar']) {
    for (const [size, regs] of G) {
      for (const r of regs.slice(0, 3)) L.push(`${m} ${r}, 1`, `${m} ${r}, cl`, `${m} ${r}, 4`, `${m} ${r}`);
      for (const mem of mems.slice(0, 4)) L.push(`${m} ${SZ[size]} ${mem}, 1`, `${m} ${SZ[size]} ${mem}, cl`, `${m} ${SZ[size]} ${mem}, 31`);
    }
    L.push(`${m} eax, byte 1`);
  }
  // bit tests
  for (const m of ['bt', 'bts', 'btr', 'btc']) {
    for (const [size, regs] of G) {
      if (size === 8) continue;
      for (const r of regs.slice(0, 3)) L.push(`${m} ${r}, ${regs[1]}`, `${m} ${r}, 5`);
      for (const mem of mems.slice(0, 5)) L.push(`${m} ${mem}, ${regs[0]}`, `${m} ${SZ[size]} ${mem}, 7`);
    }
  }
  // setcc / cmovcc with every alias
  const CC = ['o', 'no', 'b', 'c', 'nae', 'ae', 'nb', 'nc', 'e', 'z', 'ne', 'nz', 'be', 'na', 'a', 'nbe', 's', 'ns', 'p', 'pe', 'np', 'po', 'l', 'nge', 'ge', 'nl', 'le', 'ng', 'g', 'nle'];
  for (const cc of CC) {
    for (const r of R8[bits]) L.push(`set${cc} ${r}`);
    L.push(`set${cc} byte ${mems[1]}`, `set${cc} ${mems[2]}`);
    for (const [size, regs] of G) if (size > 8) L.push(`cmov${cc} ${regs[0]}, ${regs[2]}`, `cmov${cc} ${regs[1]}, ${mems[3]}`);
  }
  // push/pop
  for (const [size, regs] of G) {
    for (const r of regs) L.push(`push ${r}`, `pop ${r}`);
    for (const mem of mems.slice(0, 6)) L.push(`push ${SZ[size]} ${mem}`, `pop ${SZ[size]} ${mem}`);
  }
  for (const i of [...IMM32, '0x1234', '-0x81']) L.push(`push ${i}`, `push word ${i}`, `push dword ${i}`, `push qword ${i}`, `push byte ${i}`);
  L.push('push lbl', 'push strict dword 5', 'push strict word 5');
  // string, io, misc no-operand
  for (const s of ['movs', 'cmps', 'stos', 'lods', 'scas', 'ins', 'outs']) for (const k of ['b', 'w', 'd', 'q']) {
    L.push(`${s}${k}`, `rep ${s}${k}`, `repne ${s}${k}`, `repz ${s}${k}`);
  }
  for (const a of ['al', 'ax', 'eax']) L.push(`in ${a}, 0x60`, `in ${a}, dx`, `out 0x60, ${a}`, `out dx, ${a}`, `in ${a}, 0xff`);
  for (const m of ['nop', 'pause', 'hlt', 'cli', 'sti', 'cld', 'std', 'clc', 'stc', 'cmc', 'sahf', 'lahf', 'leave', 'xlat', 'xlatb',
    'cbw', 'cwde', 'cdqe', 'cwd', 'cdq', 'cqo', 'pushf', 'popf', 'pushfw', 'popfw', 'pushfd', 'popfd', 'pushfq', 'popfq',
    'pusha', 'popa', 'pushaw', 'popaw', 'pushad', 'popad', 'int3', 'int1', 'icebp', 'into', 'iret', 'iretw', 'iretd', 'iretq',
    'cpuid', 'rdmsr', 'wrmsr', 'rdtsc', 'rdtscp', 'rdpmc', 'wbinvd', 'invd', 'ud2', 'clts', 'vmcall', 'vmlaunch', 'vmresume',
    'vmxoff', 'vmmcall', 'rep vmmcall', 'vmrun', 'vmload', 'vmsave', 'stgi', 'clgi', 'monitor', 'mwait', 'xgetbv', 'xsetbv',
    'swapgs', 'syscall', 'sysret', 'sysenter', 'sysexit', 'rsm', 'lfence', 'mfence', 'sfence', 'wait', 'fwait', 'ret', 'retn', 'retf',
    'retfw', 'retfd', 'retfq', 'ret 8', 'retf 0x10', 'ret 0xffff', 'lock add [ebx], eax', 'lock xchg [ebx], eax', 'rep ret',
    'o16 stosd', 'o32 lodsw', 'a16 stosb', 'a32 stosb', 'es lodsb', 'fs movsb', 'lock', 'rep',
    'int 0x10', 'int 3', 'int 0xff', 'enter 8, 0', 'enter 0x1234, 1', 'bswap eax', 'bswap edi', 'bswap rax', 'bswap r12', 'bswap r9d']) L.push(m);
  // descriptor tables and system registers
  for (const m of ['lgdt', 'lidt', 'sgdt', 'sidt', 'invlpg']) for (const mem of mems.slice(0, 6)) L.push(`${m} ${mem}`, `o32 ${m} ${mem}`);
  for (const m of ['lldt', 'ltr', 'verr', 'verw', 'lmsw', 'sldt', 'str', 'smsw']) {
    for (const r of ['ax', 'bx', 'eax', 'rax']) L.push(`${m} ${r}`);
    for (const mem of mems.slice(0, 3)) L.push(`${m} ${mem}`, `${m} word ${mem}`);
  }
  // indirect and far branches
  for (const m of ['jmp', 'call']) {
    for (const r of ['ax', 'eax', 'rax', 'r9', 'bx']) L.push(`${m} ${r}`);
    for (const mem of mems.slice(0, 6)) L.push(`${m} ${mem}`, `${m} word ${mem}`, `${m} dword ${mem}`, `${m} qword ${mem}`, `${m} far ${mem}`, `${m} far word ${mem}`, `${m} far dword ${mem}`, `${m} far qword ${mem}`);
    L.push(`${m} 0x10:0x1000`, `${m} word 0x8:0x20`, `${m} dword 0x8:0x12345`, `${m} 0x18:lbl`);
  }
  // SSE
  const X = bits === 64 ? ['xmm0', 'xmm1', 'xmm8', 'xmm15'] : ['xmm0', 'xmm3', 'xmm7'];
  for (const m of ['movdqu', 'movdqa', 'movups', 'movaps', 'movupd', 'movapd', 'xorps', 'andps', 'orps', 'pxor', 'por', 'pand', 'pandn',
    'paddb', 'paddw', 'paddd', 'paddq', 'psubb', 'psubw', 'psubd', 'psubq', 'pcmpeqb', 'pcmpeqw', 'pcmpeqd']) {
    for (const a of X) L.push(`${m} ${a}, ${X[1]}`);
    for (const mem of mems.slice(0, 8)) L.push(`${m} ${X[2]}, ${mem}`, `${m} ${mem}, ${X[0]}`, `${m} ${X[0]}, oword ${mem}`);
  }
  for (const m of ['movd', 'movq']) {
    for (const a of X) for (const r of ['eax', 'r9d', 'rax', 'r10', X[1]]) L.push(`${m} ${a}, ${r}`, `${m} ${r}, ${a}`);
    for (const mem of mems.slice(0, 4)) L.push(`${m} ${X[0]}, ${mem}`, `${m} ${mem}, ${X[1]}`, `${m} ${X[0]}, qword ${mem}`, `${m} ${X[0]}, dword ${mem}`);
  }
  return L;
}

function nasm(src: string, name: string): { ok: boolean; errLines: Set<number>; bin?: Buffer } {
  const asm = join(DIR, name + '.asm');
  const bin = join(DIR, name + '.bin');
  writeFileSync(asm, src);
  if (existsSync(bin)) unlinkSync(bin);
  let stderr = '';
  try {
    execFileSync('nasm', ['-f', 'bin', '-w-all', asm, '-o', bin], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    stderr = String((e as { stderr?: Buffer }).stderr ?? '');
  }
  const errLines = new Set<number>();
  for (const m of stderr.matchAll(/:(\d+): error:/g)) errLines.add(Number(m[1]));
  return { ok: errLines.size === 0 && existsSync(bin), errLines, bin: existsSync(bin) ? readFileSync(bin) : undefined };
}

for (const bits of [16, 32, 64] as Bits[]) {
  const header = [`bits ${bits}`, 'org 0x1000'];
  let body = forms(bits);
  const rejected: string[] = [];
  for (let round = 0; round < 10; round++) {
    const res = nasm([...header, ...body, 'lbl: nop', ''].join('\n'), `forms${bits}`);
    if (res.ok) break;
    const keep: string[] = [];
    body.forEach((l, i) => (res.errLines.has(i + header.length + 1) ? rejected.push(l) : keep.push(l)));
    body = keep;
  }
  writeFileSync(join(DIR, `rejected${bits}.txt`), rejected.join('\n') + '\n');
  console.log(`bits ${bits}: ${body.length} accepted lines, ${rejected.length} rejected`);
}
/** A deterministic pseudo-random program of labels, branches and padding: exercises branch relaxation. */
function relaxProgram(bits: Bits, seed: number): string {
  let x = seed;
  const rnd = (n: number): number => { x = (x * 1103515245 + 12345) % 2147483648; return Math.floor((x / 2147483648) * n); };
  const N = 120;
  const L = [`bits ${bits}`, 'org 0x7c00'];
  const jumps = ['jmp', 'jz', 'jnz', 'jc', 'jge', 'jle', 'ja', 'call', 'jmp short', 'jmp near', 'jnz near', 'jrcxz', 'loop'];
  for (let i = 0; i < N; i++) {
    L.push(`l${i}:`);
    const k = rnd(4);
    for (let j = 0; j < k; j++) {
      const t = Math.max(0, Math.min(N - 1, i + rnd(9) - 4));
      let m = jumps[rnd(jumps.length)];
      if (m === 'jrcxz') m = bits === 64 ? 'jrcxz' : bits === 32 ? 'jecxz' : 'jcxz';
      // Short-only forms get a target we keep close; nasm errors (dropped below) would otherwise hide them.
      L.push(`  ${m} l${t}`);
    }
    const pad = rnd(3) === 0 ? 100 + rnd(40) : rnd(20);
    L.push(`  times ${pad} nop`);
    if (rnd(5) === 0) L.push(`  mov eax, l${rnd(N)} - l0`, `  add eax, l${rnd(N)} - l${i}`, `  mov ebx, [l${rnd(N)} - l${i}]`);
  }
  return L.join('\n') + '\n';
}

for (const bits of [16, 32, 64] as Bits[]) {
  let src = relaxProgram(bits, 7 + bits).split('\n');
  for (let round = 0; round < 20; round++) {
    const res = nasm(src.join('\n'), `relax${bits}`);
    if (res.ok) break;
    src = src.filter((_, i) => !res.errLines.has(i + 1));
  }
  console.log(`relax${bits}: ${src.length} lines`);
}

for (const name of ['branches16', 'branches32', 'branches64', 'directives', 'mixed']) {
  const asm = join(DIR, name + '.asm');
  if (!existsSync(asm)) continue;
  const res = nasm(readFileSync(asm, 'utf8'), name);
  console.log(`${name}: ${res.ok ? 'ok' : 'nasm errors on lines ' + [...res.errLines].join(',')}`);
}
