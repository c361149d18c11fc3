/**
 * Register names of the NASM dialect: general-purpose (8/16/32/64-bit), segment, control, debug and
 * XMM registers, each with its 4-bit encoding number and the REX constraints of its byte forms.
 */

export type RegClass = 'r8' | 'r16' | 'r32' | 'r64' | 'sreg' | 'cr' | 'dr' | 'xmm';

export interface Reg {
  readonly name: string;
  readonly cls: RegClass;
  /** Encoding number 0–15 (bit 3 goes to a REX bit). */
  readonly num: number;
  /** spl/bpl/sil/dil: only addressable with a REX prefix. */
  readonly needsRex: boolean;
  /** ah/ch/dh/bh: not addressable when a REX prefix is present. */
  readonly high: boolean;
}

/** Width in bits of a general-purpose register class (0 for the others). */
export function gprBits(cls: RegClass): 8 | 16 | 32 | 64 | 0 {
  switch (cls) {
    case 'r8': return 8;
    case 'r16': return 16;
    case 'r32': return 32;
    case 'r64': return 64;
    default: return 0;
  }
}

const REGS = new Map<string, Reg>();

function add(name: string, cls: RegClass, num: number, needsRex = false, high = false): void {
  REGS.set(name, { name, cls, num, needsRex, high });
}

const LEGACY = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
['al', 'cl', 'dl', 'bl'].forEach((n, i) => add(n, 'r8', i));
['ah', 'ch', 'dh', 'bh'].forEach((n, i) => add(n, 'r8', i + 4, false, true));
['spl', 'bpl', 'sil', 'dil'].forEach((n, i) => add(n, 'r8', i + 4, true));
LEGACY.forEach((n, i) => {
  add(n, 'r16', i);
  add('e' + n, 'r32', i);
  add('r' + n, 'r64', i);
});
for (let i = 8; i < 16; i++) {
  add(`r${i}b`, 'r8', i);
  add(`r${i}l`, 'r8', i);
  add(`r${i}w`, 'r16', i);
  add(`r${i}d`, 'r32', i);
  add(`r${i}`, 'r64', i);
}
['es', 'cs', 'ss', 'ds', 'fs', 'gs'].forEach((n, i) => add(n, 'sreg', i));
for (let i = 0; i < 16; i++) {
  add(`cr${i}`, 'cr', i);
  add(`xmm${i}`, 'xmm', i);
}
for (let i = 0; i < 8; i++) add(`dr${i}`, 'dr', i);

/** Looks a register up by (case-insensitive) name. */
export function lookupReg(name: string): Reg | undefined {
  return REGS.get(name.toLowerCase());
}

/** All register names (for the editor's tokenizer). */
export function registerNames(): string[] {
  return [...REGS.keys()];
}

/** Segment override prefix byte of a segment register number (es, cs, ss, ds, fs, gs). */
export const SEG_PREFIX = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65] as const;
