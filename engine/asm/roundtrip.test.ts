/**
 * Round trip through an independent decoder: every line of the golden form corpus is assembled on its
 * own, decoded by iced-x86 and formatted; the decoded instruction must use all the bytes, have the
 * same mnemonic (modulo NASM's aliases) and mention the same registers as the source line.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.ts';
import { disassemble } from './disasm.ts';
import { lexLine } from './lexer.ts';
import { lookupReg } from './registers.ts';
import { CONDITIONS } from './table.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** iced's (Intel manual) condition names per condition code. */
const CC_NAME = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

const ALIAS: Record<string, string> = {
  sal: 'shl', xlat: 'xlatb', retn: 'ret', icebp: 'int1', fwait: 'wait', pushfw: 'pushf', popfw: 'popf',
  pushaw: 'pusha', popaw: 'popa', iretw: 'iret', retfw: 'retf', retfd: 'retf', retfq: 'retf', movsx: 'movsx',
};

/** Canonical mnemonic: condition aliases resolved, NASM synonyms mapped to iced's names. */
function canon(m: string, bits: number): string {
  m = m.toLowerCase();
  for (const p of ['set', 'cmov', 'j']) {
    if (m.startsWith(p) && CONDITIONS[m.slice(p.length)] !== undefined && m !== 'jmp') return p + CC_NAME[CONDITIONS[m.slice(p.length)]];
  }
  if (m === 'loopz') return 'loope';
  if (m === 'loopnz') return 'loopne';
  if (m === 'pushad' || m === 'pusha') return 'pusha';
  if (m === 'popad' || m === 'popa') return 'popa';
  if (m === 'iretd' || m === 'iretq') return 'iret';
  if (m === 'pushfd' || m === 'pushfq') return 'pushf';
  if (m === 'popfd' || m === 'popfq') return 'popf';
  if (m === 'rep' || m === 'repe' || m === 'repz') return 'rep';
  if (m === 'vmgexit') return 'vmgexit';
  void bits;
  return ALIAS[m] ?? m;
}

function registersIn(text: string): Set<string> {
  const out = new Set<string>();
  const lx = lexLine(text);
  for (const t of lx.tokens) {
    const r = t.kind === 'id' ? lookupReg(t.text) : undefined;
    if (r) out.add(r.name.replace(/^r(\d+)l$/, 'r$1b'));
  }
  return out;
}

/** Splits "rep movsb" / "lock add eax, ebx" into prefixes and mnemonic + operands. */
function splitPrefixes(text: string): { prefixes: string[]; mnem: string; ops: string } {
  const words = text.trim().split(/\s+/);
  const prefixes: string[] = [];
  const PFX = new Set(['rep', 'repe', 'repz', 'repne', 'repnz', 'lock', 'o16', 'o32', 'o64', 'a16', 'a32', 'es', 'cs', 'ss', 'ds', 'fs', 'gs']);
  while (words.length > 1 && PFX.has(words[0].toLowerCase())) prefixes.push(words.shift()!.toLowerCase());
  const mnem = words.shift() ?? '';
  return { prefixes, mnem, ops: words.join(' ') };
}

/**
 * Lines whose decoding legitimately differs from the source text, each with the reason.
 */
const EQUIVALENT: [RegExp, string][] = [
  [/^xchg (ax, ax|eax, eax)$/, '90 is nop (xchg eax,eax in 64-bit mode is 87 c0 and is checked)'],
  [/^mov [ecsdfg]s, [er]?[a-z0-9]+$/, 'mov sreg, r32/r64 is the same encoding as mov sreg, r16'],
  [/^(mov cs, |pop cs$)/, '8086-only encodings NASM still emits; modern decoders reject them'],
  [/^lea [a-z0-9]+, \[[cdefgs]s:/, 'a segment override does not change lea'],
  [/^rep vmmcall$/, 'F3 0F 01 D9 is vmgexit'],
  [/^mov r[a-z0-9]+, (0|2|0x7f|0x80|0x1234|0x12345678|0x7fffffff|0x80000000|0xffffffff)$/, 'NASM encodes mov r64, imm32>=0 as mov r32, imm32'],
  [/^movsx r[a-z0-9]+, (e[a-z]+|r\d+d|dword \[.*\])$/, 'movsx r64, r/m32 is movsxd'],
  [/^mov (r[a-z0-9]+), [ecsdfg]s$/, 'NASM encodes mov r64, sreg without REX.W (same effect: zero-extended)'],
  [/cr8/, "outside 64-bit mode cr8 is AMD's LOCK MOV CR0 alias, which iced does not decode"],
  [/\[(es|cs|ss|ds):.*\]/, 'in 64-bit mode es/cs/ss/ds overrides are ignored and not shown'],
  [/^sldt r[a-z0-9]+$/, 'NASM encodes sldt r64 as sldt r32'],
];

describe('round trip: assemble -> iced-x86 decode -> format', () => {
  for (const bits of [16, 32, 64] as const) {
    it(`forms${bits}: mnemonic and registers survive`, () => {
      const src = readFileSync(join(DIR, `forms${bits}.asm`), 'utf8').split('\n').slice(2);
      const problems: string[] = [];
      let checked = 0;
      for (const line of src) {
        if (!line || line.startsWith('lbl:')) continue;
        const { prefixes, mnem, ops } = splitPrefixes(line);
        if (line === 'lock' || line === 'rep') continue; // a prefix alone is not an instruction
        if (EQUIVALENT.some(([re, why]) => re.test(line) && (!why.startsWith('in 64-bit mode') || bits === 64))) continue;
        const r = assemble(`${line}\nlbl: nop\n`, { bits, origin: 0x1000 });
        if (!r.ok) { problems.push(`${line}: ${r.diagnostics[0]?.message}`); continue; }
        const code = r.lines[0].bytes;
        if (code.length === 0) continue; // a lone unknown word is a label in NASM (e.g. insq)
        const d = disassemble(code, 0x1000, bits);
        if (d.length !== 1 || d[0].text === '(bad)') { problems.push(`${line}: decodes as ${d.map((x) => x.text).join(' | ')}`); continue; }
        const dec = splitPrefixes(d[0].text);
        if (canon(dec.mnem, bits) !== canon(mnem, bits)) {
          // iced names the operand-size variants of string/stack/flags ops by their size.
          const strip = (m: string): string => m.replace(/(movs|cmps|stos|lods|scas|ins|outs)[bwdq]$/, '$1').replace(/^(cbw|cwde|cdqe)$/, 'cbw').replace(/^(cwd|cdq|cqo)$/, 'cwd');
          const ok = strip(canon(dec.mnem, bits)) === strip(canon(mnem, bits)) && prefixes.some((p) => p.startsWith('o'));
          if (!ok) problems.push(`${line}: iced says '${d[0].text}'`);
        }
        const want = registersIn(ops);
        const got = registersIn(dec.ops);
        const missing = [...want].filter((x) => !got.has(x));
        if (missing.length) problems.push(`${line}: registers ${missing.join(',')} missing from '${d[0].text}'`);
        checked++;
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(checked).toBeGreaterThan(5000);
    });
  }
});
