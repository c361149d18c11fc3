import { describe, expect, it } from 'vitest';
import { asmLanguageConfiguration, asmMonarch, ASM_LANGUAGE_ID } from './language.ts';
import { mnemonics } from './table.ts';

type Rule = [RegExp, string | { cases: Record<string, string> }];

/** A minimal Monarch interpreter for the single-state tokenizer: enough to check what each rule matches. */
function tokenize(line: string): [string, string][] {
  const rules = asmMonarch.tokenizer.root as Rule[];
  const out: [string, string][] = [];
  let pos = 0;
  while (pos < line.length) {
    let matched = false;
    for (const [re, action] of rules) {
      const src = re.source.startsWith('^') ? re.source : re.source;
      const sticky = new RegExp(src, 'y' + (asmMonarch.ignoreCase ? 'i' : ''));
      if (src.startsWith('^') && pos !== 0) continue;
      sticky.lastIndex = pos;
      const m = sticky.exec(line);
      if (!m || m[0].length === 0) continue;
      let token: string;
      if (typeof action === 'string') token = action;
      else {
        const w = m[0].toLowerCase();
        const lists: Record<string, string[]> = { '@mnemonics': asmMonarch.mnemonics, '@prefixes': asmMonarch.prefixes, '@registers': asmMonarch.registers, '@directives': asmMonarch.directives, '@sizes': asmMonarch.sizes };
        token = Object.entries(action.cases).find(([k]) => k !== '@default' && lists[k].includes(w))?.[1] ?? action.cases['@default'];
      }
      if (token !== 'white') out.push([m[0].trim(), token]);
      pos += m[0].length;
      matched = true;
      break;
    }
    if (!matched) pos++;
  }
  return out;
}

describe('Monarch language data', () => {
  it('lists every mnemonic the assembler accepts', () => {
    expect(ASM_LANGUAGE_ID).toBe('planescope-nasm');
    expect(asmMonarch.mnemonics).toEqual(mnemonics());
    expect(asmMonarch.mnemonics).toEqual(expect.arrayContaining(['mov', 'vmmcall', 'tdcall', 'jnz', 'cmovge', 'movdqu', 'lgdt']));
    expect(asmMonarch.registers).toEqual(expect.arrayContaining(['rax', 'r15d', 'cr8', 'xmm15', 'gs']));
  });
  it('tokenizes labels, mnemonics, registers, numbers, strings and comments', () => {
    expect(tokenize("start: mov eax, [ebx+0x10] ; hi")).toEqual([
      ['start', 'type.identifier'], [':', 'delimiter'], ['mov', 'keyword'], ['eax', 'variable.predefined'], [',', 'delimiter'],
      ['[', '@brackets'], ['ebx', 'variable.predefined'], ['+', 'operator'], ['0x10', 'number.hex'], [']', '@brackets'], ['; hi', 'comment'],
    ]);
    expect(tokenize("  times 510-($-$$) db 'ab', `\\n`, 0FFh, 1010b, 17q, 1.5")).toEqual([
      ['times', 'keyword.directive'], ['510', 'number'], ['-', 'operator'], ['(', '@brackets'], ['$', 'variable.predefined'], ['-', 'operator'],
      ['$$', 'variable.predefined'], [')', '@brackets'], ['db', 'keyword.directive'], ["'ab'", 'string'], [',', 'delimiter'], ['`\\n`', 'string'],
      [',', 'delimiter'], ['0FFh', 'number.hex'], [',', 'delimiter'], ['1010b', 'number.binary'], [',', 'delimiter'], ['17q', 'number.octal'],
      [',', 'delimiter'], ['1.5', 'number.float'],
    ]);
    expect(tokenize('rep stosb')).toEqual([['rep', 'keyword.control'], ['stosb', 'keyword']]);
    expect(tokenize('jmp short .loop')).toEqual([['jmp', 'keyword'], ['short', 'type'], ['.loop', 'identifier']]);
    expect(tokenize("db 'oops")).toEqual([['db', 'keyword.directive'], ["'oops", 'string.invalid']]);
  });
  it('has a line comment and bracket configuration', () => {
    expect(asmLanguageConfiguration.comments.lineComment).toBe(';');
    expect(asmLanguageConfiguration.brackets).toContainEqual(['[', ']']);
  });
});
