/**
 * Handler classes for the run loop: which handlers can never change the code size (CS, CR0, EFER,
 * RFLAGS.VM), so the cached code mode stays valid after them; which are "simple" (no per-instruction
 * outcome flags, so step() and compiled blocks run them without that bookkeeping); which may branch
 * (a compiled block ends after them). The fast forms themselves are the block runner's micro-ops (uop.ts).
 */
import { H, type Handler } from './ops.ts';

/** Handlers after which the code size (16/32/64) is unchanged unless they fault. */
const KEEPS_MODE = new Set<Handler>([
  H.nop, H.pause, H.nopModrm, H.aluRmReg, H.aluRegRm, H.aluAccImm, H.grp1, H.testRmReg, H.testAccImm, H.grp2, H.grp3,
  H.incReg, H.decReg, H.imul3, H.imul2, H.movRmReg, H.movRegRm, H.movRmImm, H.movRegImm, H.movAccMoffs,
  H.movMoffsAcc, H.lea, H.movzx, H.movsx, H.movsxd, H.xchgRmReg, H.xchgAcc, H.cmov, H.setcc, H.bswap, H.cbw, H.cwd,
  H.btRmReg, H.grp8, H.bsf, H.bsr, H.shld, H.shrd, H.cmpxchg, H.xadd, H.pushReg, H.popReg, H.pushImm,
  H.jcc, H.jmpRel, H.callRel, H.ret, H.retImm, H.loop, H.jcxz, H.cmc, H.sahf, H.lahf, H.hlt,
  H.movs, H.stos, H.lods, H.cmps, H.scas, H.ins, H.outs, H.outImm, H.outDx, H.inImm, H.inDx,
]);

/** Can the code size change after executing a handler? (false: the cached mode stays valid) */
export function keepsMode(h: Handler): boolean { return KEEPS_MODE.has(h); }

/** Mode-keeping handlers that also set one of the per-instruction outcome flags or m.exit without throwing. */
const NOT_SIMPLE = new Set<Handler>([H.hlt, H.movs, H.stos, H.lods, H.cmps, H.scas, H.ins, H.outs, H.outImm, H.outDx, H.inImm, H.inDx]);

/**
 * "Simple" handlers never set halt / spin / softInt / swBreak / stayOnInsn / noTrap / m.exit (they can
 * only throw, or queue MMIO write fragments): step() runs them without resetting or testing those.
 */
export function isSimple(h: Handler): boolean { return KEEPS_MODE.has(h) && !NOT_SIMPLE.has(h); }

/** Simple handlers that may transfer control (write m.nip). */
const BRANCH = new Set<Handler>([H.jcc, H.jmpRel, H.callRel, H.ret, H.retImm, H.loop, H.jcxz]);

/** Can the handler change the next RIP (m.nip)? A compiled block (block.ts) ends after such an instruction. */
export function isBranch(h: Handler): boolean { return BRANCH.has(h); }
