/**
 * Editor language data for the assembler dialect: a Monarch tokenizer and a language configuration,
 * as plain objects (no monaco import). The app registers them:
 *
 *   monaco.languages.register({ id: ASM_LANGUAGE_ID });
 *   monaco.languages.setMonarchTokensProvider(ASM_LANGUAGE_ID, asmMonarch);
 *   monaco.languages.setLanguageConfiguration(ASM_LANGUAGE_ID, asmLanguageConfiguration);
 *
 * The mnemonic list is generated from the encoder table, so highlighting never disagrees with the
 * assembler about what is an instruction.
 */
import { registerNames } from './registers.ts';
import { mnemonics } from './table.ts';

export const ASM_LANGUAGE_ID = 'planescope-nasm';

/** Prefix keywords accepted before a mnemonic. */
export const ASM_PREFIXES = ['rep', 'repe', 'repz', 'repne', 'repnz', 'lock', 'o16', 'o32', 'o64', 'a16', 'a32', 'a64'];

/** Directives and pseudo-instructions. */
export const ASM_DIRECTIVES = [
  'bits', 'use16', 'use32', 'use64', 'org', 'section', 'segment', 'default', 'global', 'cpu', 'times', 'equ',
  'align', 'alignb', 'db', 'dw', 'dd', 'dq', 'resb', 'resw', 'resd', 'resq', 'rel', 'abs',
];

/** Operand size and branch-distance keywords. */
export const ASM_SIZES = ['byte', 'word', 'dword', 'qword', 'tword', 'oword', 'yword', 'strict', 'short', 'near', 'far'];

/** Monarch tokenizer definition (monaco.languages.IMonarchLanguage shape). */
export const asmMonarch = {
  ignoreCase: true,
  defaultToken: '',
  tokenPostfix: '.asm',
  mnemonics: mnemonics(),
  prefixes: ASM_PREFIXES,
  registers: registerNames(),
  directives: ASM_DIRECTIVES,
  sizes: ASM_SIZES,
  brackets: [
    { open: '[', close: ']', token: 'delimiter.square' },
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
  ],
  tokenizer: {
    root: [
      [/;.*$/, 'comment'],
      // A label definition at the start of a line (`name:` or `.local:`).
      [/^\s*[A-Za-z_.?@][\w$#@~.?]*(?=\s*:)/, 'type.identifier'],
      [/\$\$|\$(?![0-9A-Za-z_])/, 'variable.predefined'],
      [/[A-Za-z_.?@][\w$#@~.?]*/, {
        cases: {
          '@mnemonics': 'keyword',
          '@prefixes': 'keyword.control',
          '@registers': 'variable.predefined',
          '@directives': 'keyword.directive',
          '@sizes': 'type',
          '@default': 'identifier',
        },
      }],
      [/\$[0-9][0-9A-Fa-f_]*/, 'number.hex'],
      [/0[xXhH][0-9A-Fa-f_]+|[0-9][0-9A-Fa-f_]*[hHxX]\b/, 'number.hex'],
      [/0[bByY][01_]+|[01][01_]*[bByY]\b/, 'number.binary'],
      [/0[oOqQ][0-7_]+|[0-7][0-7_]*[oOqQ]\b/, 'number.octal'],
      [/[0-9][0-9_]*\.[0-9_]*(?:[eE][+-]?[0-9]+)?/, 'number.float'],
      [/0[dDtT][0-9_]+|[0-9][0-9_]*[dDtT]?\b/, 'number'],
      [/'[^']*'|"[^"]*"/, 'string'],
      [/`(?:[^`\\]|\\.)*`/, 'string'],
      [/['"`].*$/, 'string.invalid'],
      [/[[\]()]/, '@brackets'],
      [/<<|>>|\/\/|%%|[-+*/%&|^~!]/, 'operator'],
      [/[,:]/, 'delimiter'],
      [/\s+/, 'white'],
    ],
  },
};

/** Language configuration (monaco.languages.LanguageConfiguration shape). */
export const asmLanguageConfiguration = {
  comments: { lineComment: ';' },
  brackets: [['[', ']'], ['(', ')']] as [string, string][],
  autoClosingPairs: [
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: "'", close: "'", notIn: ['string', 'comment'] },
    { open: '"', close: '"', notIn: ['string', 'comment'] },
    { open: '`', close: '`', notIn: ['string', 'comment'] },
  ],
  wordPattern: /(-?\d*\.\d\w*)|([^`~!@#%^&*()\-=+[{\]}\\|;:'",<>/?\s]+)/,
};
