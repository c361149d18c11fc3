/**
 * Block compilation: a block is the straight-line run of *simple* instructions (handler-classes.ts isSimple)
 * starting at one offset of a decoded code page, ending after the first control transfer
 * (Insn.branch), before the first non-simple or not-yet-decoded instruction, or at the page end.
 * Blocks are cached in the CodePage (so per physical page, offset and code size) and dropped with it
 * (guest stores to watched code pages, invalidateCode). The run loop (cpu.ts runBlocks) executes a
 * block's pre-built handlers back to back, with RIP / icount kept precise for faults and exits.
 */
import type { Insn } from './decode.ts';
import type { CodePage } from './machine.ts';

/** Longest block: bounds the work lost to rebuilding and keeps budget checks coarse but cheap. */
export const MAX_BLOCK = 64;

/** Offsets this close to the page end may hold an instruction that crosses it (decoded, never cached). */
const PAGE_TAIL = 4096 - 15;

/** Cached "no block here" (a decoded non-simple instruction starts at the offset). */
const NONE: Insn[] = [];

/**
 * The block starting at page offset `off` of `cp`, built on first use; null when the instruction
 * there is not simple or not decoded yet (the caller takes the per-instruction path).
 */
export function blockAt(cp: CodePage, off: number): Insn[] | null {
  let bl = cp.blocks;
  if (bl !== null) {
    const b = bl[off];
    if (b !== undefined) return b === NONE ? null : b;
  }
  const first = cp.insns[off];
  if (first === undefined) return null;
  if (!first.simple) {
    // e.g. the OUT of an I/O loop: looked up again on every KVM_RUN
    if (bl === null) bl = cp.blocks = new Array<Insn[] | undefined>(4096);
    bl[off] = NONE;
    return null;
  }
  const insns = cp.insns;
  const out: Insn[] = [];
  let o = off, complete = true;
  while (out.length < MAX_BLOCK && o < 4096) {
    const i = insns[o];
    if (i === undefined) {
      // Not decoded yet: the per-instruction path will decode it; rebuild later to include it,
      // unless it may be a page-crossing instruction (never cached).
      if (o < PAGE_TAIL) complete = false;
      break;
    }
    if (!i.simple) break;
    out.push(i);
    if (i.branch) break;
    o += i.len;
  }
  if (out.length === 0) return null;
  if (complete) {
    if (bl === null) bl = cp.blocks = new Array<Insn[] | undefined>(4096);
    bl[off] = out;
  }
  return out;
}
