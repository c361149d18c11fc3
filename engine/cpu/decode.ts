/**
 * x86 instruction decoder for the integer ISA Planescope executes. It turns
 * bytes into an `Insn` record (operands pre-resolved, handler chosen once),
 * which the per-page cache keeps, so decoding happens once per instruction
 * address until the page is written. Cross-checked against iced-x86 in
 * decode.test.ts (length, operand size, registers, memory operand, immediate).
 */
import { H, type Handler } from './ops.ts';
import { isBranch, isSimple, keepsMode } from './handler-classes.ts';
import { classify } from './uop.ts';

/** Decoded instruction. Numbers only, so the record stays monomorphic. */
export class Insn {
  exec: Handler = H.ud;
  /** The handler never changes the code size (the run loop keeps its cached mode). */
  keepsMode = false;
  /** The handler sets no per-instruction outcome flags (see handler-classes.ts isSimple). */
  simple = false;
  /** The handler may transfer control (sets m.nip): a compiled block ends after it (block.ts). */
  branch = false;
  /** Length in bytes (1..15). */
  len = 0;
  /** First opcode byte; 0x0f00|b for two-byte opcodes, 0x0f3800|b / 0x0f3a00|b for three-byte. */
  opcode = 0;
  /** Sub-operation: ALU op, group /reg field, condition code, register in the opcode... */
  op = 0;
  /** Operand size in bytes: 1, 2, 4 or 8. */
  osz = 4;
  /** Address size in bytes: 2, 4 or 8. */
  asz = 4;
  /** ModRM.reg with REX.R (register operand or group selector). */
  reg = 0;
  /** ModRM.rm with REX.B when it names a register (mod == 3); -1 for memory operands. */
  rm = -1;
  /** Memory operand present. */
  mem = false;
  /** Effective segment of the memory operand (ES..GS). */
  seg = 3;
  /** Segment override prefix given. */
  segOvr = false;
  /** Base register (0..15), 16 = RIP-relative, -1 = none. */
  base = -1;
  /** Index register, -1 = none. */
  index = -1;
  scale = 1;
  /** Displacement, sign-extended. */
  disp = 0;
  /** Immediate (sign-extended where the encoding says so); imm64 high half in immHi. */
  imm = 0;
  immHi = 0;
  /** Second immediate (ENTER's level, far pointer's selector). */
  imm2 = 0;
  /** 0 = none, 1 = F3 (REP/REPE), 2 = F2 (REPNE). */
  rep = 0;
  lock = false;
  /** A REX prefix was present (byte registers 4..7 are SPL..DIL instead of AH..BH). */
  rex = false;
  /** 0x66 prefix present (needed by SSE moves). */
  p66 = false;
  /** Code-size mode the record was decoded for (16, 32, 64). */
  mode = 16;
  /** Micro-op kind for the block runner (uop.ts U; 0 = run `exec`), with its operands: */
  uop = 0;
  /** destination register, */
  ud = 0;
  /** source register (or ALU operation / condition code), */
  us = 0;
  /** ALU operation of the generic-operation kinds (-1 = TEST), */
  uimm = 0;
  /** the memory access done around it, */
  uacc = 0;
  /** and the baked-in effective-address form (0 = Machine.ea). */
  eak = 0;
}

/** Thrown when decoding needs bytes beyond `end` (instruction crosses the fetch window). */
export const NEED_MORE = { needMore: true };
/** Thrown for encodings outside the supported set or invalid in this mode: #UD. */
export const UNDEFINED = { undefinedOpcode: true };
/** Thrown for an instruction longer than 15 bytes: #GP(0). */
export const TOO_LONG = { tooLong: true };

/** Operand size from the opcode: 'b' = byte, 'v' = 16/32/64 per prefixes, 'd64' = default 64 in long mode, 'w' = 16. */
const enum Sz { B, V, D64, W, F64 }

/**
 * Decode one instruction at buf[off..end) for `mode` (16/32/64). `d` (the CS.D
 * bit) selects 32-bit defaults in protected mode; pass mode 32 for D=1.
 */
export function decode(buf: Uint8Array, off: number, end: number, mode: number): Insn {
  const i = new Insn();
  i.mode = mode;
  let p = off;
  const byte = (): number => {
    if (p >= end) throw NEED_MORE;
    if (p - off >= 15) throw TOO_LONG;
    return buf[p++];
  };
  let opsz16 = false, adsz = false, rexW = false, rexR = 0, rexX = 0, rexB = 0;
  let b = byte();
  // prefixes
  for (;;) {
    if (b === 0x66) { opsz16 = true; i.p66 = true; }
    else if (b === 0x67) adsz = true;
    else if (b === 0xf3) i.rep = 1;
    else if (b === 0xf2) i.rep = 2;
    else if (b === 0xf0) i.lock = true;
    else if (b === 0x26 || b === 0x2e || b === 0x36 || b === 0x3e) { if (mode !== 64) { i.seg = (b >> 3) & 3; i.segOvr = true; } }
    else if (b === 0x64 || b === 0x65) { i.seg = b - 0x60; i.segOvr = true; }
    else break;
    rexW = false; rexR = rexX = rexB = 0; i.rex = false; // a REX not directly before the opcode is ignored
    b = byte();
  }
  if (mode === 64 && (b & 0xf0) === 0x40) {
    i.rex = true; rexW = (b & 8) !== 0; rexR = (b & 4) << 1; rexX = (b & 2) << 2; rexB = (b & 1) << 3;
    b = byte();
  }
  const defOsz = mode === 16 ? 2 : 4;
  const vsz = rexW ? 8 : opsz16 ? (defOsz === 2 ? 4 : 2) : defOsz;
  i.asz = mode === 64 ? (adsz ? 4 : 8) : mode === 32 ? (adsz ? 2 : 4) : (adsz ? 4 : 2);

  let hasModrm = false;
  let sz: Sz = Sz.V;
  let immKind = 0; // 0 none, 1 = Ib (sign-extended), 2 = Iz, 3 = Iw, 4 = Iv (imm64 with REX.W), 5 = Ib unsigned, 6 = moffs, 7 = Ap, 8 = Iw+Ib
  let opcode = b;
  let h: Handler = H.ud;
  let invalid64 = false;

  if (b !== 0x0f) {
    switch (b >> 3) {
      case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: {
        const lowb = b & 7;
        if (lowb < 6) {
          i.op = b >> 3;
          if (lowb < 4) { hasModrm = true; sz = (lowb & 1) ? Sz.V : Sz.B; h = (lowb & 2) ? H.aluRegRm : H.aluRmReg; }
          else { sz = lowb === 4 ? Sz.B : Sz.V; immKind = lowb === 4 ? 1 : 2; h = H.aluAccImm; }
        } else if (b === 0x06 || b === 0x0e || b === 0x16 || b === 0x1e) { h = H.pushSeg; i.op = b >> 3; invalid64 = true; }
        else if (b === 0x07 || b === 0x17 || b === 0x1f) { h = H.popSeg; i.op = b >> 3; invalid64 = true; }
        else if (b === 0x27 || b === 0x2f || b === 0x37 || b === 0x3f) { h = H.bcd; i.op = b; sz = Sz.B; invalid64 = true; }
        break;
      }
      case 8: case 9: // 40-4F inc/dec (not in 64-bit mode: REX consumed above)
        i.op = b & 7; h = b < 0x48 ? H.incReg : H.decReg; break;
      case 10: i.op = (b & 7) | rexB; sz = Sz.D64; h = H.pushReg; break;
      case 11: i.op = (b & 7) | rexB; sz = Sz.D64; h = H.popReg; break;
      case 12:
        switch (b) {
          case 0x60: h = H.pusha; invalid64 = true; break;
          case 0x61: h = H.popa; invalid64 = true; break;
          case 0x63: if (mode === 64) { hasModrm = true; h = H.movsxd; } else { h = H.ud; } break;
          case 0x62: h = H.ud; break;
          default: h = H.ud;
        }
        break;
      case 13:
        switch (b) {
          case 0x68: sz = Sz.D64; immKind = 2; h = H.pushImm; break;
          case 0x69: hasModrm = true; immKind = 2; h = H.imul3; break;
          case 0x6a: sz = Sz.D64; immKind = 1; h = H.pushImm; break;
          case 0x6b: hasModrm = true; immKind = 1; h = H.imul3; break;
          case 0x6c: sz = Sz.B; h = H.ins; break;
          case 0x6d: h = H.ins; break;
          case 0x6e: sz = Sz.B; h = H.outs; break;
          default: h = H.outs; break;
        }
        break;
      case 14: case 15: i.op = b & 15; immKind = 1; h = H.jcc; sz = Sz.F64; break;
      case 16: // 80-87
        hasModrm = true;
        if (b <= 0x83) {
          sz = b === 0x80 || b === 0x82 ? Sz.B : Sz.V; immKind = b === 0x81 ? 2 : 1; h = H.grp1;
          if (b === 0x82) invalid64 = true;
        } else if (b <= 0x85) { sz = b === 0x84 ? Sz.B : Sz.V; h = H.testRmReg; }
        else { sz = b === 0x86 ? Sz.B : Sz.V; h = H.xchgRmReg; }
        break;
      case 17: // 88-8F
        hasModrm = true;
        switch (b) {
          case 0x88: sz = Sz.B; h = H.movRmReg; break;
          case 0x89: h = H.movRmReg; break;
          case 0x8a: sz = Sz.B; h = H.movRegRm; break;
          case 0x8b: h = H.movRegRm; break;
          case 0x8c: h = H.movRmSreg; break;
          case 0x8d: h = H.lea; break;
          case 0x8e: sz = Sz.W; h = H.movSregRm; break;
          default: sz = Sz.D64; h = H.popRm; break;
        }
        break;
      case 18: // 90-97
        i.op = (b & 7) | rexB;
        h = i.op === 0 ? (i.rep === 1 ? H.pause : H.nop) : H.xchgAcc;
        break;
      case 19: // 98-9F
        switch (b) {
          case 0x98: h = H.cbw; break;
          case 0x99: h = H.cwd; break;
          case 0x9a: immKind = 7; h = H.callFarImm; invalid64 = true; break;
          case 0x9b: h = H.nop; break; // fwait: no x87 state is modelled
          case 0x9c: sz = Sz.D64; h = H.pushf; break;
          case 0x9d: sz = Sz.D64; h = H.popf; break;
          case 0x9e: h = H.sahf; break;
          default: h = H.lahf; break;
        }
        break;
      case 20: // A0-A7
        switch (b) {
          case 0xa0: sz = Sz.B; immKind = 6; h = H.movAccMoffs; break;
          case 0xa1: immKind = 6; h = H.movAccMoffs; break;
          case 0xa2: sz = Sz.B; immKind = 6; h = H.movMoffsAcc; break;
          case 0xa3: immKind = 6; h = H.movMoffsAcc; break;
          case 0xa4: sz = Sz.B; h = H.movs; break;
          case 0xa5: h = H.movs; break;
          case 0xa6: sz = Sz.B; h = H.cmps; break;
          default: h = H.cmps; break;
        }
        break;
      case 21: // A8-AF
        switch (b) {
          case 0xa8: sz = Sz.B; immKind = 1; h = H.testAccImm; break;
          case 0xa9: immKind = 2; h = H.testAccImm; break;
          case 0xaa: sz = Sz.B; h = H.stos; break;
          case 0xab: h = H.stos; break;
          case 0xac: sz = Sz.B; h = H.lods; break;
          case 0xad: h = H.lods; break;
          case 0xae: sz = Sz.B; h = H.scas; break;
          default: h = H.scas; break;
        }
        break;
      case 22: i.op = (b & 7) | rexB; sz = Sz.B; immKind = 5; h = H.movRegImm; break;
      case 23: i.op = (b & 7) | rexB; immKind = 4; h = H.movRegImm; break;
      case 24: // C0-C7
        switch (b) {
          case 0xc0: hasModrm = true; sz = Sz.B; immKind = 5; h = H.grp2; i.imm2 = 1; break;
          case 0xc1: hasModrm = true; immKind = 5; h = H.grp2; i.imm2 = 1; break;
          case 0xc2: immKind = 3; sz = Sz.F64; h = H.retImm; break;
          case 0xc3: sz = Sz.F64; h = H.ret; break;
          case 0xc4: case 0xc5: hasModrm = true; h = H.lseg; i.op = b === 0xc4 ? 0 : 3; invalid64 = true; break;
          case 0xc6: hasModrm = true; sz = Sz.B; immKind = 1; h = H.movRmImm; break;
          default: hasModrm = true; immKind = 2; h = H.movRmImm; break;
        }
        break;
      case 25: // C8-CF
        switch (b) {
          case 0xc8: immKind = 8; sz = Sz.D64; h = H.enter; break;
          case 0xc9: sz = Sz.D64; h = H.leave; break;
          case 0xca: immKind = 3; h = H.retFar; break;
          case 0xcb: h = H.retFar; break;
          case 0xcc: h = H.int3; break;
          case 0xcd: immKind = 5; h = H.intn; break;
          case 0xce: h = H.into; invalid64 = true; break;
          default: h = H.iret; break;
        }
        break;
      case 26: // D0-D7
        if (b <= 0xd3) { hasModrm = true; sz = (b & 1) ? Sz.V : Sz.B; h = H.grp2; i.imm2 = b <= 0xd1 ? 2 : 3; }
        else if (b === 0xd4 || b === 0xd5) { immKind = 5; h = H.aamAad; i.op = b; invalid64 = true; }
        else if (b === 0xd6) { h = H.salc; invalid64 = true; }
        else { sz = Sz.B; h = H.xlat; }
        break;
      case 27: hasModrm = true; h = H.fpu; break; // D8-DF: x87 escape (fnstsw/fnstcw/fninit only)
      case 28: // E0-E7
        if (b <= 0xe2) { immKind = 1; h = H.loop; i.op = b & 3; sz = Sz.F64; }
        else if (b === 0xe3) { immKind = 1; h = H.jcxz; sz = Sz.F64; }
        else { sz = (b & 1) ? Sz.V : Sz.B; immKind = 5; h = (b & 2) ? H.outImm : H.inImm; }
        break;
      case 29: // E8-EF
        switch (b) {
          case 0xe8: immKind = 2; sz = Sz.F64; h = H.callRel; break;
          case 0xe9: immKind = 2; sz = Sz.F64; h = H.jmpRel; break;
          case 0xea: immKind = 7; h = H.jmpFarImm; invalid64 = true; break;
          case 0xeb: immKind = 1; sz = Sz.F64; h = H.jmpRel; break;
          default: sz = (b & 1) ? Sz.V : Sz.B; h = (b & 2) ? H.outDx : H.inDx; break;
        }
        break;
      case 30: // F0-F7
        switch (b) {
          case 0xf1: h = H.icebp; break;
          case 0xf4: h = H.hlt; break;
          case 0xf5: h = H.cmc; break;
          case 0xf6: hasModrm = true; sz = Sz.B; h = H.grp3; break;
          case 0xf7: hasModrm = true; h = H.grp3; break;
          default: h = H.ud; break;
        }
        break;
      default: // F8-FF
        switch (b) {
          case 0xf8: case 0xf9: case 0xfa: case 0xfb: case 0xfc: case 0xfd: h = H.flagOp; i.op = b; break;
          case 0xfe: hasModrm = true; sz = Sz.B; h = H.grp4; break;
          default: hasModrm = true; h = H.grp5; break;
        }
    }
  } else {
    b = byte();
    opcode = 0x0f00 | b;
    switch (b >> 4) {
      case 0:
        switch (b) {
          case 0x00: hasModrm = true; h = H.grp6; sz = Sz.W; break;
          case 0x01: hasModrm = true; h = H.grp7; break;
          case 0x05: h = H.syscall; break;
          case 0x06: h = H.clts; break;
          case 0x08: case 0x09: h = H.wbinvd; break;
          case 0x0b: h = H.ud2; break;
          case 0x0d: hasModrm = true; h = H.nopModrm; break;
          default: h = H.ud;
        }
        break;
      case 1:
        if (b === 0x10 || b === 0x11) { hasModrm = true; h = H.sseMov; i.op = b; }
        else if (b >= 0x18) { hasModrm = true; h = H.nopModrm; }
        else h = H.ud;
        break;
      case 2:
        if (b <= 0x23) { hasModrm = true; h = b & 2 ? (b & 1 ? H.movDrReg : H.movCrReg) : (b & 1 ? H.movRegDr : H.movRegCr); i.op = b; }
        else if (b === 0x28 || b === 0x29 || b === 0x2b) { hasModrm = true; h = H.sseMov; i.op = b; }
        else h = H.ud;
        break;
      case 3:
        switch (b) {
          case 0x30: h = H.wrmsr; break;
          case 0x31: h = H.rdtsc; break;
          case 0x32: h = H.rdmsr; break;
          case 0x33: h = H.rdpmc; break;
          default: h = H.ud;
        }
        break;
      case 4: hasModrm = true; i.op = b & 15; h = H.cmov; break;
      case 6: if (b === 0x6f) { hasModrm = true; h = H.sseMov; i.op = b; } break;
      case 7: if (b === 0x7f) { hasModrm = true; h = H.sseMov; i.op = b; } break;
      case 8: i.op = b & 15; immKind = 2; sz = Sz.F64; h = H.jcc; break;
      case 9: hasModrm = true; i.op = b & 15; sz = Sz.B; h = H.setcc; break;
      case 10:
        switch (b) {
          case 0xa0: h = H.pushSeg; i.op = 4; sz = Sz.D64; break;
          case 0xa1: h = H.popSeg; i.op = 4; sz = Sz.D64; break;
          case 0xa2: h = H.cpuid; break;
          case 0xa3: hasModrm = true; h = H.btRmReg; i.op = 0; break;
          case 0xa4: hasModrm = true; immKind = 5; h = H.shld; i.op = 0; break;
          case 0xa5: hasModrm = true; h = H.shld; i.op = 1; break;
          case 0xa8: h = H.pushSeg; i.op = 5; sz = Sz.D64; break;
          case 0xa9: h = H.popSeg; i.op = 5; sz = Sz.D64; break;
          case 0xab: hasModrm = true; h = H.btRmReg; i.op = 1; break;
          case 0xac: hasModrm = true; immKind = 5; h = H.shrd; i.op = 0; break;
          case 0xad: hasModrm = true; h = H.shrd; i.op = 1; break;
          case 0xae: hasModrm = true; h = H.grp15; break;
          case 0xaf: hasModrm = true; h = H.imul2; break;
          default: h = H.ud;
        }
        break;
      case 11:
        switch (b) {
          case 0xb0: hasModrm = true; sz = Sz.B; h = H.cmpxchg; break;
          case 0xb1: hasModrm = true; h = H.cmpxchg; break;
          case 0xb2: hasModrm = true; h = H.lseg; i.op = 2; break;
          case 0xb3: hasModrm = true; h = H.btRmReg; i.op = 2; break;
          case 0xb4: hasModrm = true; h = H.lseg; i.op = 4; break;
          case 0xb5: hasModrm = true; h = H.lseg; i.op = 5; break;
          case 0xb6: hasModrm = true; h = H.movzx; i.op = 1; break;
          case 0xb7: hasModrm = true; h = H.movzx; i.op = 2; break;
          case 0xba: hasModrm = true; immKind = 5; h = H.grp8; break;
          case 0xbb: hasModrm = true; h = H.btRmReg; i.op = 3; break;
          case 0xbc: hasModrm = true; h = H.bsf; break;
          case 0xbd: hasModrm = true; h = H.bsr; break;
          case 0xbe: hasModrm = true; h = H.movsx; i.op = 1; break;
          case 0xbf: hasModrm = true; h = H.movsx; i.op = 2; break;
          default: h = H.ud;
        }
        break;
      case 12:
        if (b === 0xc0) { hasModrm = true; sz = Sz.B; h = H.xadd; }
        else if (b === 0xc1) { hasModrm = true; h = H.xadd; }
        else if (b === 0xc7) { hasModrm = true; h = H.grp9; }
        else if (b >= 0xc8) { i.op = (b & 7) | rexB; h = H.bswap; }
        else h = H.ud;
        break;
      default: h = H.ud;
    }
  }
  if (invalid64 && mode === 64) h = H.ud;
  i.opcode = opcode;

  // operand size
  switch (sz) {
    case Sz.B: i.osz = 1; break;
    case Sz.W: i.osz = 2; break;
    case Sz.D64: i.osz = mode === 64 ? (rexW || !opsz16 ? 8 : 2) : vsz; break;
    case Sz.F64: i.osz = mode === 64 ? 8 : vsz; break;
    default: i.osz = vsz;
  }

  if (hasModrm) {
    const m = byte();
    const mod = m >> 6, rm = m & 7;
    i.reg = ((m >> 3) & 7) | rexR;
    if (mod === 3) {
      i.rm = rm | rexB;
    } else {
      i.mem = true;
      if (i.asz === 2) {
        // 16-bit addressing: fixed base/index pairs
        const B16 = [3, 3, 5, 5, 6, 7, 5, 3], X16 = [6, 7, 6, 7, -1, -1, -1, -1];
        if (mod === 0 && rm === 6) { i.base = -1; i.index = -1; i.disp = (byte() | (byte() << 8)) << 16 >> 16; }
        else {
          i.base = B16[rm]; i.index = X16[rm];
          if (mod === 1) i.disp = (byte() << 24) >> 24;
          else if (mod === 2) i.disp = (byte() | (byte() << 8)) << 16 >> 16;
          if (!i.segOvr && (rm === 2 || rm === 3 || rm === 6)) i.seg = 2; // BP-based: SS
        }
      } else {
        let base: number, index = -1, scale = 1;
        if (rm === 4) {
          const sib = byte();
          scale = 1 << (sib >> 6);
          const idx = ((sib >> 3) & 7) | rexX;
          if (idx !== 4) index = idx;
          base = (sib & 7) | rexB;
          if ((sib & 7) === 5 && mod === 0) { base = -1; i.disp = byte() | (byte() << 8) | (byte() << 16) | (byte() << 24); }
        } else if (rm === 5 && mod === 0) {
          base = mode === 64 ? 16 : -1;
          i.disp = byte() | (byte() << 8) | (byte() << 16) | (byte() << 24);
        } else base = rm | rexB;
        if (mod === 1) i.disp = (byte() << 24) >> 24;
        else if (mod === 2) i.disp = byte() | (byte() << 8) | (byte() << 16) | (byte() << 24);
        i.base = base; i.index = index; i.scale = scale;
        if (!i.segOvr && (base === 4 || base === 5)) i.seg = 2; // ESP/EBP-based: SS
      }
    }
  }

  // TEST r/m, imm (F6 /0-1, F7 /0-1) is the only group-3 form with an immediate
  if ((opcode === 0xf6 || opcode === 0xf7) && (i.reg & 7) < 2) immKind = opcode === 0xf6 ? 1 : 2;
  // immediates
  switch (immKind) {
    case 1: i.imm = (byte() << 24) >> 24; break;
    case 5: i.imm = byte(); break;
    case 3: i.imm = byte() | (byte() << 8); break;
    case 2:
      if (i.osz === 2) i.imm = (byte() | (byte() << 8)) << 16 >> 16;
      else if (i.osz === 1) i.imm = (byte() << 24) >> 24;
      else i.imm = byte() | (byte() << 8) | (byte() << 16) | (byte() << 24);
      if (i.osz === 8) i.immHi = i.imm < 0 ? 0xffffffff : 0;
      break;
    case 4:
      if (i.osz === 8) { i.imm = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0; i.immHi = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0; }
      else if (i.osz === 2) i.imm = byte() | (byte() << 8);
      else i.imm = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0;
      break;
    case 6: { // moffs: address-size offset
      i.mem = true; i.base = -1; i.index = -1;
      if (i.asz === 2) i.disp = byte() | (byte() << 8);
      else if (i.asz === 4) i.disp = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0;
      else {
        const lo = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0;
        const hi = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) | 0;
        i.disp = hi * 4294967296 + lo;
      }
      break;
    }
    case 7: // far pointer: offset (2 or 4 bytes) then selector
      if (i.osz === 2) i.imm = byte() | (byte() << 8);
      else i.imm = (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0;
      i.imm2 = byte() | (byte() << 8);
      break;
    case 8: i.imm = byte() | (byte() << 8); i.imm2 = byte(); break;
  }
  i.len = p - off;
  i.exec = h;
  i.keepsMode = keepsMode(h);
  i.simple = isSimple(h);
  i.branch = isBranch(h);
  i.uop = classify(i, h);
  // a micro-op form never changes the code size nor sets an outcome flag (e.g. INC/DEC of group 5)
  if (i.uop !== 0) { i.keepsMode = true; i.simple = true; }
  return i;
}
