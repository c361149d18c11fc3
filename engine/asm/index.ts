/** Public surface of the assembler area: `assemble`, `disassemble` lives in ./disasm.ts (loads iced-x86). */
export { assemble, type AsmOptions, type AsmResult, type ListingLine, type Diagnostic } from './assembler.ts';
export { mnemonics, CONDITIONS } from './table.ts';
export { registerNames } from './registers.ts';
