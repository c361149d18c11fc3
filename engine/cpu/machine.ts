/**
 * The interpreter core shared by all instruction handlers: register and
 * memory access (segmentation, paging, MMIO fragments), the decoded-code
 * cache, exception delivery and the I/O / MMIO / MSR completion protocol.
 * engine/cpu/cpu.ts builds the GuestCpu (run loop, debug, snapshot) on it.
 */
import type { CpuEvents, CpuExit, GuestEnv, Backend } from './types.ts';
import { emptyEvents } from './events.ts';
import {
  CpuState, CS, DS, ES, FS, GS, SS, TR, LDTR, RSP, Segment,
  CR0_PE, CR0_PG, F_AC, F_IF, F_NT, F_RF, F_TF, F_VM, F_IOPL,
} from './state.ts';
import { ACC_R, ACC_W, ACC_X, PageFault, T_D, T_NX, T_U, T_W, Tlb, walk } from './mmu.ts';
import { CpuFault, fault, NO_RETIRE, becomesDoubleFault, hasErrorCode, GP, SS_, NP, PF, DF, EmulationFailure } from './faults.ts';
import { decode, Insn, NEED_MORE, TOO_LONG } from './decode.ts';
import { DataTlb } from './dtlb.ts';

const P32 = 4294967296;
const WATCH_LIMIT = 1 << 20; // gfns below 4 GiB use the flat watch bitmap
const W_CODE = 1, W_PT = 2;

/** A 4 KiB page of decoded instructions, for one code-size mode. */
/**
 * Decoded code of one physical page in one code size: instructions by page offset, and the blocks
 * (straight-line runs of simple instructions, see block.ts) starting at an offset. Both are dropped
 * together when the page is written or invalidated.
 */
export interface CodePage { mode: number; insns: (Insn | undefined)[]; blocks: (Insn[] | undefined)[] | null }

/** Wrap a signed-number 64-bit address into [-2^63, 2^63). */
export function wrap64(v: number): number {
  if (v >= 9223372036854775808) return v - 18446744073709551616;
  if (v < -9223372036854775808) return v + 18446744073709551616;
  return v;
}

/** Is a signed-number linear address canonical (48-bit)? */
export function canonical(v: number): boolean { return v >= -140737488355328 && v < 140737488355328; }

export class Machine {
  s: CpuState;
  lo: Uint32Array;
  hi: Uint32Array;
  readonly backend: Backend;
  env!: GuestEnv;
  readonly tlb = new Tlb();
  /** Linear page → host bytes for the block runner's memory operands (dtlb.ts). */
  readonly dtlb = new DataTlb();
  /**
   * A fault or exit that unwound the block runner (uop.ts runBlocks), null otherwise; the
   * instruction that raised it and the RF bit to restore (set only before the first instruction).
   */
  xErr: unknown = null;
  xInsn: Insn | null = null;
  xRf = 0;
  /** flags scratch for the ALU */
  readonly f = new Int32Array(1);
  /** high half of the last 64-bit value read */
  vhi = 0;
  /** RIP of the next instruction (handlers change it for branches) */
  nip = 0;
  /** The current instruction's linear RIP and record */
  curRip = 0;
  /** exit requested by the current instruction */
  exit: CpuExit | null = null;
  /** The current instruction must not produce a single-step trap (emulator quirks) */
  noTrap = false;
  /** A string instruction stopped before finishing (RIP stays): not retired */
  stayOnInsn = false;
  /** Port-I/O read-ahead buffer filled by completeIn(), consumed by IN/INS */
  ioBuf: Uint8Array | null = null;
  ioPos = 0;
  /** MMIO read data by fragment GPA, for the instruction being completed */
  mmioCache = new Map<number, Uint8Array>();
  /** MMIO write fragments still to be reported (one exit each) */
  pendingFrags: { gpa: number; data: Uint8Array }[] = [];
  /** Decoded code pages by gfn */
  code = new Map<number, CodePage>();
  private watch = new Uint8Array(WATCH_LIMIT);
  private watchHigh = new Map<number, number>();
  /** read-page cache for the current run: gfn -> host bytes (null = MMIO) */
  private rcTag = new Float64Array(256).fill(NaN);
  private rcPage: (Uint8Array | null)[] = new Array(256).fill(null);
  /** slots of rcTag filled since the last reset (a run touches few pages: reset only those) */
  private rcUsed = new Int32Array(256);
  private rcN = 0;
  /** write-page cache for the current run, only for pages whose stores have no side effect (env.logsWrites) */
  private wcTag = new Float64Array(256).fill(NaN);
  private wcPage: (Uint8Array | null)[] = new Array(256).fill(null);
  private wcUsed = new Int32Array(256);
  private wcN = 0;
  /**
   * Cached codeMode() (16/32/64), -1 = recompute with refreshMode(). While it is valid the segment
   * registers, CR0.PE, EFER.LMA and RFLAGS.VM are unchanged, so segFast/segBase/segLim are valid too:
   * the run loop invalidates it before any handler that is not `keepsMode` (handler-classes.ts) and after faults,
   * event delivery, setRegs/setSregs/restore and CR/EFER writes.
   */
  cmode = -1;
  /**
   * Per segment register (ES..GS): bit 0 = reads, bit 1 = writes need only the limit check;
   * bit 2 = 64-bit flat segment (linear = offset, canonical check only).
   */
  readonly segFast = new Uint8Array(8);
  readonly segBase = new Float64Array(8);
  readonly segLim = new Float64Array(8);
  /** 32-bit stack (SS.B) outside 64-bit mode; valid while `cmode` >= 0. */
  ss32 = false;

  /** Recompute the code size and the segment shortcuts; returns the code size. */
  refreshMode(): number {
    const s = this.s;
    const mode = this.codeMode();
    const l64 = s.mode64;
    const pm = (s.cr0 & CR0_PE) !== 0 && !(s.flags & F_VM);
    for (let k = 0; k < 6; k++) {
      const g = s.seg[k];
      // mirrors lin(): the checks that do not depend on the offset
      let r = !l64, w = !l64;
      if (!l64 && pm) {
        if (g.unusable || !g.present) r = w = false;
        else if (g.s) {
          const code = (g.type & 8) !== 0;
          if (code || !(g.type & 2)) w = false;
          if (code && !(g.type & 2) && k !== CS) r = false;
          if (!code && (g.type & 4)) r = w = false; // expand-down
        }
      }
      // 64-bit mode: ES/CS/SS/DS are flat (base ignored), only the canonical check remains (bit 2)
      this.segFast[k] = (r ? 1 : 0) | (w ? 2 : 0) | (l64 && k < FS ? 4 : 0);
      this.segBase[k] = g.baseLo;
      this.segLim[k] = g.limit;
    }
    const user = s.cpl === 3;
    // data TLB entries were checked against the old CPL's U/S permissions
    if (user !== this.cplUser) this.dtlb.flush();
    this.cplUser = user;
    this.ss32 = !l64 && s.seg[SS].db !== 0;
    this.cmode = mode;
    return mode;
  }
  /** CPL is 3 (user accesses); valid while `cmode` >= 0 (CS, CR0.PE and RFLAGS.VM unchanged). */
  private cplUser = false;
  /** instructions retired */
  icount = 0;
  /** XMM0-15 (16 bytes each), for the SSE moves KVM's emulator supports */
  readonly xmm = new Uint8Array(256);
  /** per-instruction outcome flags set by handlers */
  halt = false;
  spin = false;
  /** Interrupt shadow the current instruction starts (KVM_X86_SHADOW_INT_STI / _MOV_SS), 0 = none. */
  newShadow = 0;
  swBreak = false;
  softInt: { vector: number; soft: boolean } | null = null;
  /** Queued / injected events and the NMI mask (KVM_SET_VCPU_EVENTS; IRET unmasks NMIs). */
  readonly ev: CpuEvents = emptyEvents();
  /** Vector, error code and error-code presence of the last successful deliver(). */
  lastVec = 0; lastErr = 0; lastHasErr = false;
  /**
   * vcpu->arch.event_exit_inst_len: length of the instruction whose #BP exited to user space (VMX
   * handle_exception_nmi); a #BP / #OF the VMM re-injects is delivered past it, as a software exception.
   */
  eventExitInstLen = 0;
  /** KVM_GUESTDBG_USE_SW_BP is on (INT3 exits to user space instead of #BP) */
  swBp = false;
  swBreakpoints(): boolean { return this.swBp; }

  constructor(backend: Backend, state?: CpuState) {
    this.backend = backend;
    this.s = state ?? CpuState.atReset();
    this.lo = this.s.lo;
    this.hi = this.s.hi;
  }

  // ---------------------------------------------------------------- registers

  /** Read GPR r of `size` bytes; byte registers honour the REX rule (AH..BH without REX). */
  gr(r: number, size: number, rex: boolean): number {
    switch (size) {
      case 1: return (!rex && r >= 4 && r < 8) ? (this.lo[r - 4] >>> 8) & 0xff : this.lo[r] & 0xff;
      case 2: return this.lo[r] & 0xffff;
      case 4: return this.lo[r];
      default: this.vhi = this.hi[r]; return this.lo[r];
    }
  }

  /** Write GPR r: 8/16-bit writes merge, 32-bit writes zero the upper half (as KVM's emulator does in every mode). */
  sr(r: number, size: number, v: number, rex: boolean, vhi = 0): void {
    switch (size) {
      case 1:
        if (!rex && r >= 4 && r < 8) this.lo[r - 4] = (this.lo[r - 4] & 0xffff00ff) | ((v & 0xff) << 8);
        else this.lo[r] = (this.lo[r] & 0xffffff00) | (v & 0xff);
        return;
      case 2: this.lo[r] = (this.lo[r] & 0xffff0000) | (v & 0xffff); return;
      case 4: this.lo[r] = v; this.hi[r] = 0; return;
      default: this.lo[r] = v; this.hi[r] = vhi; return;
    }
  }

  /** Register r as a signed number (exact when |value| < 2^53). */
  sgr(r: number): number { return (this.hi[r] | 0) * P32 + this.lo[r]; }

  get mode64(): boolean { return this.s.mode64; }

  /** Code size in bits of the current CS. */
  codeMode(): number {
    const s = this.s;
    if (s.mode64) return 64;
    // KVM's emulator treats real mode as 16-bit code whatever CS.D says (init_emulate_ctxt).
    if (!(s.cr0 & CR0_PE) || (s.flags & F_VM)) return 16;
    return s.seg[CS].db ? 32 : 16;
  }

  /** Stack address size in bytes. */
  stackSize(): number {
    if (this.s.mode64) return 8;
    return this.s.seg[SS].db ? 4 : 2;
  }

  // ---------------------------------------------------------------- addresses

  /** Effective address (offset) of the memory operand of `i`. */
  ea(i: Insn): number {
    const lo = this.lo;
    if (i.asz === 8) {
      let a = i.disp;
      if (i.base === 16) a += this.nip;
      else if (i.base >= 0) a += this.sgr(i.base);
      if (i.index >= 0) a += this.sgr(i.index) * i.scale;
      return wrap64(a);
    }
    if (i.asz === 4) {
      let a = i.disp;
      if (i.base === 16) a += this.nip;
      else if (i.base >= 0) a += lo[i.base];
      if (i.index >= 0) a += lo[i.index] * i.scale;
      return a >>> 0;
    }
    let a = i.disp;
    if (i.base >= 0) a += lo[i.base];
    if (i.index >= 0) a += lo[i.index];
    return a & 0xffff;
  }

  /** Linear address of seg:off for an access of `size` bytes, with limit/canonical checks. */
  lin(seg: number, off: number, size: number, write: boolean): number {
    if (this.cmode >= 0) {
      const f = this.segFast[seg];
      if (f & 4) {
        if (!canonical(off) || !canonical(off + size - 1)) fault(seg === SS ? SS_ : GP, 0);
        return off;
      }
      if (f & (write ? 2 : 1)) {
        if (off + size - 1 > this.segLim[seg]) fault(seg === SS ? SS_ : GP, 0);
        return (this.segBase[seg] + off) >>> 0;
      }
    }
    const s = this.s;
    if (s.mode64) {
      let a = off;
      if (seg >= FS) a = wrap64(a + s.seg[seg].base);
      if (!canonical(a) || !canonical(a + size - 1)) fault(seg === SS ? SS_ : GP, 0);
      return a;
    }
    const g = s.seg[seg];
    if (s.cr0 & CR0_PE && !(s.flags & F_VM)) {
      if (g.unusable || !g.present) fault(seg === SS ? SS_ : GP, 0);
      if (g.s) {
        const code = (g.type & 8) !== 0;
        if (write && (code || !(g.type & 2))) fault(seg === SS ? SS_ : GP, 0);
        if (!write && code && !(g.type & 2) && seg !== CS) fault(GP, 0);
        if (!code && (g.type & 4)) {
          // expand-down: valid offsets are limit+1 .. 0xffff / 0xffffffff
          const top = g.db ? 0xffffffff : 0xffff;
          if (off <= g.limit || off + size - 1 > top) fault(seg === SS ? SS_ : GP, 0);
          return (g.baseLo + off) >>> 0;
        }
      }
    }
    if (off + size - 1 > g.limit) fault(seg === SS ? SS_ : GP, 0);
    return (g.baseLo + off) >>> 0;
  }

  // ---------------------------------------------------------------- paging

  /** Translate a linear address to a guest-physical address (number). Throws CpuFault(#PF). */
  xlate(lin: number, acc: number, user?: boolean): number {
    const s = this.s;
    if (!(s.cr0 & CR0_PG)) return lin >>> 0;
    // the privilege of the access: the current CPL unless the caller says (implicit supervisor accesses)
    if (user === undefined) user = this.cmode >= 0 ? this.cplUser : s.cpl === 3;
    const vpn = Math.floor(lin / 4096);
    const ti = vpn & (Tlb.SIZE - 1);
    const t = this.tlb;
    if (t.tag[ti] === vpn) {
      const p = t.perm[ti];
      const ok = (!user || (p & T_U)) &&
        (acc !== ACC_W || (((p & T_W) || (!user && !(s.cr0 & 0x10000))) && (p & T_D))) &&
        (acc !== ACC_X || !(p & T_NX));
      if (ok) return t.gfn[ti] * 4096 + (lin & 0xfff);
    }
    try {
      const gfn = walk(s, this.env, t, lin, acc, user, (g) => this.setWatch(g, W_PT));
      return gfn * 4096 + (lin & 0xfff);
    } catch (e) {
      if (e instanceof PageFault) {
        throw new CpuFault(PF, e.error, true, e.lin);
      }
      throw e;
    }
  }

  private setWatch(gfn: number, bit: number): void {
    const old = gfn < WATCH_LIMIT ? this.watch[gfn] : (this.watchHigh.get(gfn) ?? 0);
    if (old & bit) return;
    if (gfn < WATCH_LIMIT) this.watch[gfn] = old | bit;
    else this.watchHigh.set(gfn, old | bit);
    // stores to a watched page must take the generic path (stored())
    this.dtlb.flushWrites();
  }

  private watched(gfn: number): boolean {
    return (gfn < WATCH_LIMIT ? this.watch[gfn] : (this.watchHigh.get(gfn) ?? 0)) !== 0;
  }

  /** A store reached RAM page gfn: drop decoded code and the TLB if it holds code or page tables. */
  private stored(gfn: number): void {
    // (a copy-on-write clone made by the store is already in the read cache: writePage())
    const w = gfn < WATCH_LIMIT ? this.watch[gfn] : (this.watchHigh.get(gfn) ?? 0);
    if (!w) return;
    if (w & W_CODE) { this.code.delete(gfn); this.dropFetchCache(); }
    if (w & W_PT) { this.tlb.flush(); this.dtlb.flush(); this.dropFetchCache(); }
    if (gfn < WATCH_LIMIT) this.watch[gfn] = 0; else this.watchHigh.delete(gfn);
  }

  /** Another vCPU stored into gfn (GuestCpu.peerStore): the same consequences as our own store. */
  peerStored(gfn: number): void { this.stored(gfn); }

  /** Drop decoded instructions of gfn (GuestCpu.invalidateCode). */
  invalidate(gfn: number): void {
    this.code.delete(gfn);
    this.dropFetchCache();
    this.rcTag.fill(NaN); this.rcN = 0;
    this.wcTag.fill(NaN); this.wcN = 0;
    this.dtlb.flush();
    // the VMM rewrote a page-table page: translations through it are stale
    const w = gfn < WATCH_LIMIT ? this.watch[gfn] : (this.watchHigh.get(gfn) ?? 0);
    if (w & W_PT) this.tlb.flush();
  }

  /**
   * Start of a run: memslots, host mappings and copy-on-write pages may have changed since the last
   * one, so the gfn → host page cache starts empty. Linear → gfn translations stay valid: guest page
   * tables change only through guest stores (watched) or VMM writes (invalidate()). The cached code
   * size (cmode) stays valid too: everything between runs that can change it (setRegs, setSregs,
   * restore, MSR writes to EFER) resets it, so the first instruction of a run can take the block path.
   */
  beginRun(env: GuestEnv): void {
    this.env = env;
    const t = this.rcTag, u = this.rcUsed;
    for (let k = 0; k < this.rcN; k++) t[u[k]] = NaN;
    this.rcN = 0;
    const wt = this.wcTag, wu = this.wcUsed;
    for (let k = 0; k < this.wcN; k++) wt[wu[k]] = NaN;
    this.wcN = 0;
    this.dtlb.flush();
  }

  /** Host bytes of RAM page gfn for reading (cached for the run), or null for MMIO. */
  readPage(gfn: number): Uint8Array | null {
    const ci = gfn & 255;
    if (this.rcTag[ci] === gfn) return this.rcPage[ci];
    const p = this.env.page(gfn, false);
    this.cacheRead(ci, gfn, p);
    return p;
  }

  /** Read-cache slot ci := gfn → p (remembering the slot for the reset at the next run). */
  private cacheRead(ci: number, gfn: number, p: Uint8Array | null): void {
    if (this.rcTag[ci] !== this.rcTag[ci] && this.rcN < 256) this.rcUsed[this.rcN++] = ci; // was empty (NaN)
    this.rcTag[ci] = gfn;
    this.rcPage[ci] = p;
  }

  /**
   * Host bytes of RAM page gfn for a store (marks it dirty), or null for MMIO. The read cache is
   * pointed at the same bytes: the first store after a snapshot (or to a never-written page) gets a
   * fresh copy-on-write page, and later reads in this run must see it.
   */
  writePage(gfn: number): Uint8Array | null {
    const ci = gfn & 255;
    if (this.wcTag[ci] === gfn) return this.wcPage[ci];
    const env = this.env;
    const p = env.page(gfn, true);
    if (!p) return null;
    // Loads must see the page stores go to: the first store after a snapshot (or to a never-written
    // page) gets a fresh copy-on-write page. The data TLB may hold the old one for this gfn.
    if (this.rcTag[ci] === gfn) {
      if (this.rcPage[ci] !== p) { this.rcPage[ci] = p; this.dtlb.flushReads(); }
    } else {
      this.cacheRead(ci, gfn, p);
      this.dtlb.flushReads();
    }
    if (env.logsWrites && !env.logsWrites(gfn)) {
      if (this.wcTag[ci] !== this.wcTag[ci] && this.wcN < 256) this.wcUsed[this.wcN++] = ci; // was empty (NaN)
      this.wcTag[ci] = gfn; this.wcPage[ci] = p;
    }
    return p;
  }

  private user(): boolean { return this.s.cpl === 3; }

  // ---------------------------------------------------------------- memory

  /** Read `size` (1/2/4/8) bytes at linear `lin`; 8-byte reads leave the high half in vhi. */
  rdLin(lin: number, size: number, acc = ACC_R, user?: boolean): number {
    const off = lin & 0xfff;
    if (off + size <= 4096) {
      const gpa = this.xlate(lin, acc, user);
      const p = this.readPage(Math.floor(gpa / 4096));
      if (p) {
        switch (size) {
          case 1: return p[off];
          case 2: return p[off] | (p[off + 1] << 8);
          case 4: return (p[off] | (p[off + 1] << 8) | (p[off + 2] << 16) | (p[off + 3] << 24)) >>> 0;
          default:
            this.vhi = (p[off + 4] | (p[off + 5] << 8) | (p[off + 6] << 16) | (p[off + 7] << 24)) >>> 0;
            return (p[off] | (p[off + 1] << 8) | (p[off + 2] << 16) | (p[off + 3] << 24)) >>> 0;
        }
      }
    }
    const b = this.rdBytes(lin, size, acc, user);
    if (size === 8) {
      this.vhi = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
      return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
    }
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = v * 256 + b[k];
    return v;
  }

  /**
   * Read `len` bytes at linear `lin`, page by page as KVM's emulator does
   * (emulator_read_write): RAM parts are read directly; MMIO parts need
   * completion data, otherwise a KVM_EXIT_MMIO read exit is raised for the
   * first missing fragment (at most 8 bytes) and the instruction unwinds.
   */
  rdBytes(lin: number, len: number, acc = ACC_R, user?: boolean): Uint8Array {
    const out = new Uint8Array(len);
    // Translate every page first: a #PF on any page comes before any MMIO exit.
    const parts: { gpa: number; n: number; at: number }[] = [];
    let at = 0, a = lin;
    while (at < len) {
      const n = Math.min(len - at, 4096 - (a & 0xfff));
      parts.push({ gpa: this.xlate(a, acc, user), n, at });
      at += n; a += n;
      if (this.s.mode64) a = wrap64(a); else a = a >>> 0;
    }
    for (const pt of parts) {
      const p = this.readPage(Math.floor(pt.gpa / 4096));
      if (p) { out.set(p.subarray(pt.gpa & 0xfff, (pt.gpa & 0xfff) + pt.n), pt.at); continue; }
      for (let k = 0; k < pt.n; k += 8) {
        const fl = Math.min(8, pt.n - k);
        const gpa = pt.gpa + k;
        const c = this.mmioCache.get(gpa);
        if (!c) {
          this.exit = { kind: 'mmio', gpa: BigInt(gpa), len: fl, isWrite: false, data: new Uint8Array(8) };
          throw NO_RETIRE;
        }
        out.set(c.subarray(0, fl), pt.at + k);
      }
    }
    return out;
  }

  /** Write `size` bytes (value v, high half vhi for 8) at linear `lin`. */
  wrLin(lin: number, size: number, v: number, vhi = 0, user?: boolean): void {
    const off = lin & 0xfff;
    if (off + size <= 4096) {
      const gpa = this.xlate(lin, ACC_W, user);
      const gfn = Math.floor(gpa / 4096);
      const p = this.writePage(gfn);
      if (p) {
        switch (size) {
          case 1: p[off] = v; break;
          case 2: p[off] = v; p[off + 1] = v >>> 8; break;
          case 4: p[off] = v; p[off + 1] = v >>> 8; p[off + 2] = v >>> 16; p[off + 3] = v >>> 24; break;
          default:
            p[off] = v; p[off + 1] = v >>> 8; p[off + 2] = v >>> 16; p[off + 3] = v >>> 24;
            p[off + 4] = vhi; p[off + 5] = vhi >>> 8; p[off + 6] = vhi >>> 16; p[off + 7] = vhi >>> 24;
        }
        this.stored(gfn);
        return;
      }
    }
    const b = new Uint8Array(size);
    for (let k = 0; k < Math.min(size, 4); k++) b[k] = (v >>> (8 * k)) & 0xff;
    for (let k = 4; k < size; k++) b[k] = (vhi >>> (8 * (k - 4))) & 0xff;
    this.wrBytes(lin, b, user);
  }

  /**
   * rdLin() for the block runner, on a data TLB miss: `size` bytes (4 or 8, high half in vhi) read
   * for reading or, with `rmw`, for a read-modify-write; then the page enters the data TLB when it
   * is RAM (dtlb.ts).
   */
  rdLinFill(lin: number, size: number, rmw: boolean): number {
    const v = rmw ? this.rdLin(lin, size, ACC_W) : this.rdLin(lin, size);
    const vhi = this.vhi;
    // the access succeeded: this translation hits the TLB (or paging is off) and cannot fault
    const gfn = Math.floor(this.xlate(lin, rmw ? ACC_W : ACC_R) / 4096);
    const vpn = Math.floor(lin / 4096);
    if (rmw) this.fillWrite(vpn, gfn);
    else {
      const p = this.readPage(gfn);
      if (p) this.dtlb.setRead(vpn, p);
    }
    this.vhi = vhi;
    return v;
  }

  /** wrLin() for the block runner, on a data TLB miss; then the page may enter the data TLB. */
  wrLinFill(lin: number, size: number, v: number, vhi: number): void {
    this.wrLin(lin, size, v, vhi);
    this.fillWrite(Math.floor(lin / 4096), Math.floor(this.xlate(lin, ACC_W) / 4096));
  }

  /** Store entry for linear page vpn → RAM page gfn, if stores to it have no side effect. */
  private fillWrite(vpn: number, gfn: number): void {
    const ci = gfn & 255;
    // only pages the write cache holds (no dirty logging) and nobody watches
    if (this.wcTag[ci] !== gfn || this.watched(gfn)) return;
    const p = this.wcPage[ci]!;
    this.dtlb.setWrite(vpn, p);
    // loads go to the same bytes (the write cache and the read cache agree: writePage())
    this.dtlb.setRead(vpn, p);
  }

  /** Write bytes page by page; MMIO parts go to coalesced zones or become pending write fragments. */
  wrBytes(lin: number, data: Uint8Array, user?: boolean): void {
    const len = data.length;
    const parts: { gpa: number; n: number; at: number }[] = [];
    let at = 0, a = lin;
    while (at < len) {
      const n = Math.min(len - at, 4096 - (a & 0xfff));
      parts.push({ gpa: this.xlate(a, ACC_W, user), n, at });
      at += n; a += n;
      if (this.s.mode64) a = wrap64(a); else a = a >>> 0;
    }
    for (const pt of parts) {
      const gfn = Math.floor(pt.gpa / 4096);
      const p = this.writePage(gfn);
      if (p) { p.set(data.subarray(pt.at, pt.at + pt.n), pt.gpa & 0xfff); this.stored(gfn); continue; }
      // vcpu_mmio_write: 8-byte chunks to in-kernel devices (coalesced zones) until one is refused;
      // that chunk and everything after it goes to user space.
      let k = 0;
      for (; k < pt.n; k += 8) {
        const chunk = data.slice(pt.at + k, pt.at + Math.min(pt.n, k + 8));
        if (!this.env.coalesceMmio(BigInt(pt.gpa + k), chunk)) break;
      }
      for (; k < pt.n; k += 8) {
        this.pendingFrags.push({ gpa: pt.gpa + k, data: data.slice(pt.at + k, pt.at + Math.min(pt.n, k + 8)) });
      }
    }
  }

  /** Read through segment `seg` at offset `off`. */
  rd(seg: number, off: number, size: number): number {
    return this.rdLin(this.lin(seg, off, size, false), size);
  }

  /** Write through segment `seg` at offset `off`. */
  wr(seg: number, off: number, size: number, v: number, vhi = 0): void {
    this.wrLin(this.lin(seg, off, size, true), size, v, vhi);
  }

  /** Read the r/m operand of `i` (register or memory). */
  rdRm(i: Insn, size: number): number {
    if (i.rm >= 0) return this.gr(i.rm, size, i.rex);
    return this.rd(i.seg, this.ea(i), size);
  }

  /** Read the r/m operand for read-modify-write: a #PF reports a write access (as KVM does). */
  rdRmW(i: Insn, size: number): number {
    if (i.rm >= 0) return this.gr(i.rm, size, i.rex);
    const l = this.lin(i.seg, this.ea(i), size, true);
    return this.rdLin(l, size, ACC_W);
  }

  /** Write the r/m operand of `i`. */
  wrRm(i: Insn, size: number, v: number, vhi = 0): void {
    if (i.rm >= 0) { this.sr(i.rm, size, v, i.rex, vhi); return; }
    this.wr(i.seg, this.ea(i), size, v, vhi);
  }

  // ---------------------------------------------------------------- stack

  /** Push `size` bytes (2/4/8). */
  push(size: number, v: number, vhi = 0): void {
    const ss = this.stackSize();
    const lo = this.lo;
    if (ss === 8) {
      const sp = wrap64(this.sgr(RSP) - size);
      this.wrLin(this.lin(SS, sp, size, true), size, v, vhi);
      lo[RSP] = sp >>> 0; this.hi[RSP] = Math.floor(sp / P32) >>> 0;
    } else if (ss === 4) {
      const sp = (lo[RSP] - size) >>> 0;
      this.wr(SS, sp, size, v, vhi);
      lo[RSP] = sp; this.hi[RSP] = 0;
    } else {
      const sp = (lo[RSP] - size) & 0xffff;
      this.wr(SS, sp, size, v, vhi);
      lo[RSP] = (lo[RSP] & 0xffff0000) | sp;
    }
  }

  /** Read the value at the top of the stack plus `skip` bytes without popping. */
  peek(size: number, skip = 0): number {
    const ss = this.stackSize();
    if (ss === 8) return this.rdLin(this.lin(SS, wrap64(this.sgr(RSP) + skip), size, false), size);
    if (ss === 4) return this.rd(SS, (this.lo[RSP] + skip) >>> 0, size);
    return this.rd(SS, (this.lo[RSP] + skip) & 0xffff, size);
  }

  /** Add to the stack pointer honouring the stack size. */
  addSp(n: number): void {
    const ss = this.stackSize();
    const lo = this.lo;
    if (ss === 8) { const sp = wrap64(this.sgr(RSP) + n); lo[RSP] = sp >>> 0; this.hi[RSP] = Math.floor(sp / P32) >>> 0; }
    else if (ss === 4) { lo[RSP] = (lo[RSP] + n) >>> 0; this.hi[RSP] = 0; }
    else lo[RSP] = (lo[RSP] & 0xffff0000) | ((lo[RSP] + n) & 0xffff);
  }

  /** Pop `size` bytes. */
  pop(size: number): number {
    const v = this.peek(size);
    const h = this.vhi;
    this.addSp(size);
    this.vhi = h;
    return v;
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Last code page used by fetch (linear page number, mode): skips translation on the hot path.
   * Read by the block runner (uop.ts): a change of `fPage` mid-block means code or translations changed.
   */
  fLin = NaN;
  fPage: CodePage | null = null;
  /** Forget the fetch shortcut (translations or decoded code changed). */
  dropFetchCache(): void { this.fLin = NaN; this.fPage = null; }

  /** Fetch and decode the instruction at linear `lin` (cached per physical page). */
  fetch(lin: number): Insn { return this.fetchMode(lin, this.codeMode()); }

  /** fetch() with the code size already known (the run loop computes it once per instruction). */
  /** The decoded instruction at `lin` if the current fetch page already holds it (no translation, no decode). */
  cachedInsn(lin: number, mode: number): Insn | undefined {
    const fp = this.fPage;
    if (fp !== null && fp.mode === mode && Math.floor(lin / 4096) === this.fLin) return fp.insns[lin & 0xfff];
    return undefined;
  }

  fetchMode(lin: number, mode: number): Insn {
    const fp = this.fPage;
    if (fp !== null && fp.mode === mode && Math.floor(lin / 4096) === this.fLin) {
      const c = fp.insns[lin & 0xfff];
      if (c) return c;
    }
    return this.fetchSlow(lin, mode);
  }

  private fetchSlow(lin: number, mode: number): Insn {
    const user = this.user();
    const gpa = this.xlate(lin, ACC_X, user);
    const gfn = Math.floor(gpa / 4096);
    const off = gpa & 0xfff;
    let cp = this.code.get(gfn);
    if (cp && cp.mode === mode) {
      this.fLin = Math.floor(lin / 4096); this.fPage = cp;
      const c = cp.insns[off];
      if (c) return c;
    }
    const page = this.readPage(gfn);
    if (!page) throw new EmulationFailure('instruction fetch from MMIO');
    let insn: Insn;
    try {
      insn = decode(page, off, 4096, mode);
      if (!cp || cp.mode !== mode) { cp = { mode, insns: new Array(4096), blocks: null }; this.code.set(gfn, cp); this.setWatch(gfn, W_CODE); }
      cp.insns[off] = insn;
      this.fLin = Math.floor(lin / 4096); this.fPage = cp;
      return insn;
    } catch (e) {
      if (e === TOO_LONG) fault(GP, 0);
      if (e !== NEED_MORE) throw e;
    }
    // crosses into the next page: decode from a 15-byte window (not cached)
    const buf = new Uint8Array(15);
    const n1 = 4096 - off;
    buf.set(page.subarray(off), 0);
    const next = this.s.mode64 ? wrap64(lin + n1) : (lin + n1) >>> 0;
    const g2 = this.xlate(next, ACC_X, user);
    const p2 = this.readPage(Math.floor(g2 / 4096));
    if (!p2) throw new EmulationFailure('instruction fetch from MMIO');
    buf.set(p2.subarray(0, 15 - n1), n1);
    try {
      return decode(buf, 0, 15, mode);
    } catch (e) {
      if (e === TOO_LONG || e === NEED_MORE) fault(GP, 0);
      throw e;
    }
  }

  /** Linear address of the current RIP. */
  linRip(): number {
    const s = this.s;
    return s.mode64 ? s.rip : (s.seg[CS].baseLo + s.rip) >>> 0;
  }

  /**
   * kvm_run->emulation_failure data[] for the instruction at RIP: data[0] = flags (INSTRUCTION_BYTES),
   * data[1..2] = insn_size + insn_bytes (15, padded with 0x90), then the vendor exit info (the recording
   * host reports 0x1000 and zeros).
   */
  emulationFailureData(): { data: bigint[]; bytes: Uint8Array } {
    const bytes = this.insnBytes(this.linRip());
    const buf = new Uint8Array(16).fill(0x90);
    buf[0] = bytes.length; buf.set(bytes, 1);
    const dv = new DataView(buf.buffer);
    const info = this.backend === 'emulate' ? [0x1000n, 0n, 0n, 0n, 0n] : [0n, 0n, 0n, 0n, 0n];
    return { data: [1n /* KVM_INTERNAL_ERROR_EMULATION_FLAG_INSTRUCTION_BYTES */, dv.getBigUint64(0, true), dv.getBigUint64(8, true), ...info], bytes };
  }

  /** Up to 15 instruction bytes at linear lin (for KVM_EXIT_INTERNAL_ERROR's insn_bytes). */
  insnBytes(lin: number): Uint8Array {
    const out: number[] = [];
    for (let k = 0; k < 15; k++) {
      try {
        const a = this.s.mode64 ? wrap64(lin + k) : (lin + k) >>> 0;
        const gpa = this.xlate(a, ACC_X, false);
        const p = this.readPage(Math.floor(gpa / 4096));
        if (!p) break;
        out.push(p[gpa & 0xfff]);
      } catch { break; }
    }
    return Uint8Array.from(out);
  }

  // ---------------------------------------------------------------- segments and descriptors

  /** Read the 8-byte descriptor for selector `sel` as [lo, hi]; #GP(sel) beyond the table limit. */
  readDesc(sel: number, errVec = GP): [number, number, number] {
    const s = this.s;
    const ti = sel & 4;
    let base: number, limit: number;
    if (ti) {
      const l = s.seg[LDTR];
      if (l.unusable) fault(errVec, sel & 0xfffc);
      base = l.base; limit = l.limit;
    } else { base = (s.gdtBaseHi | 0) * P32 + s.gdtBase; limit = s.gdtLimit; }
    const idx = sel & 0xfff8;
    if (idx + 7 > limit) fault(errVec, sel & 0xfffc);
    const addr = s.mode64 || s.lma ? wrap64(base + idx) : (base + idx) >>> 0;
    const lo = this.rdLin(addr, 4, ACC_R, false);
    const hi = this.rdLin(s.mode64 ? wrap64(addr + 4) : (addr + 4) >>> 0, 4, ACC_R, false);
    return [lo, hi, addr];
  }

  /** Fill a segment cache from descriptor words. */
  static fromDesc(g: Segment, sel: number, lo: number, hi: number): void {
    g.selector = sel & 0xffff;
    g.baseLo = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
    g.baseHi = 0;
    let limit = (lo & 0xffff) | (hi & 0xf0000);
    g.g = (hi >>> 23) & 1;
    if (g.g) limit = ((limit << 12) | 0xfff) >>> 0;
    g.limit = limit;
    g.type = (hi >>> 8) & 15; g.s = (hi >>> 12) & 1; g.dpl = (hi >>> 13) & 3; g.present = (hi >>> 15) & 1;
    g.avl = (hi >>> 20) & 1; g.l = (hi >>> 21) & 1; g.db = (hi >>> 22) & 1; g.unusable = 0;
  }

  /** Set the accessed bit of a descriptor in memory (as the CPU does on a segment load). */
  private touchDesc(addr: number, hi: number): void {
    if (!(hi & 0x100)) this.wrLin(this.s.mode64 ? wrap64(addr + 5) : (addr + 5) >>> 0, 1, ((hi >>> 8) | 1) & 0xff, 0, false);
  }

  /** MOV/POP to a data segment register or SS, in any mode. */
  loadSeg(seg: number, sel: number): void {
    const s = this.s;
    const g = s.seg[seg];
    if (!(s.cr0 & CR0_PE) || (s.flags & F_VM)) {
      g.loadReal(sel);
      if (s.flags & F_VM) { g.limit = 0xffff; g.type = seg === CS ? 11 : 3; g.dpl = 3; g.present = 1; g.s = 1; g.db = 0; g.g = 0; g.unusable = 0; }
      return;
    }
    const cpl = s.cpl;
    if ((sel & 0xfffc) === 0) {
      if (seg === SS && !(s.mode64 && cpl < 3)) fault(GP, 0);
      g.selector = sel; g.unusable = 1; g.present = 0; g.type = 0; g.s = 0; g.baseLo = 0; g.baseHi = 0; g.limit = 0;
      if (seg === SS) { g.dpl = cpl; }
      return;
    }
    const [lo, hi, addr] = this.readDesc(sel);
    const type = (hi >>> 8) & 15, sbit = (hi >>> 12) & 1, dpl = (hi >>> 13) & 3, present = (hi >>> 15) & 1;
    const rpl = sel & 3;
    if (seg === SS) {
      if (rpl !== cpl || dpl !== cpl || !sbit || (type & 8) || !(type & 2)) fault(GP, sel & 0xfffc);
      if (!present) fault(SS_, sel & 0xfffc);
    } else {
      if (!sbit || ((type & 8) && !(type & 2))) fault(GP, sel & 0xfffc);
      // data or non-conforming code: DPL >= max(CPL, RPL)
      if ((!(type & 8) || !(type & 4)) && (rpl > dpl || cpl > dpl)) fault(GP, sel & 0xfffc);
      if (!present) fault(NP, sel & 0xfffc);
    }
    this.touchDesc(addr, hi);
    Machine.fromDesc(g, sel, lo, hi | 0x100);
  }

  /** Load CS for a far transfer to a code segment at the same or inner privilege (no call gates). */
  loadCs(sel: number, forRet: boolean): void {
    const s = this.s;
    const g = s.seg[CS];
    if (!(s.cr0 & CR0_PE) || (s.flags & F_VM)) { g.loadReal(sel); return; }
    if ((sel & 0xfffc) === 0) fault(GP, 0);
    const [lo, hi, addr] = this.readDesc(sel);
    const type = (hi >>> 8) & 15, sbit = (hi >>> 12) & 1, dpl = (hi >>> 13) & 3, present = (hi >>> 15) & 1;
    if (!sbit || !(type & 8)) {
      throw new EmulationFailure('far transfer through a system descriptor (call gate / TSS) is not modelled');
    }
    const rpl = sel & 3, cpl = s.cpl;
    if (type & 4) { if (dpl > (forRet ? rpl : cpl)) fault(GP, sel & 0xfffc); }
    else if (forRet ? dpl !== rpl : (rpl > cpl || dpl !== cpl)) fault(GP, sel & 0xfffc);
    if (!present) fault(NP, sel & 0xfffc);
    this.touchDesc(addr, hi);
    Machine.fromDesc(g, sel, lo, hi | 0x100);
    if (!(type & 4)) g.dpl = forRet ? rpl : cpl;
    g.selector = (sel & 0xfffc) | g.dpl;
  }

  // ---------------------------------------------------------------- exception delivery

  /** Read a TSS stack pointer (legacy 32-bit TSS: ss0/esp0 for ring 0; 64-bit TSS: RSPn / ISTn). */
  private tssRead(off: number, size: number): number {
    const tr = this.s.seg[TR];
    if (off + size - 1 > tr.limit) fault(10, tr.selector & 0xfffc);
    return this.rdLin(this.s.lma ? wrap64(tr.base + off) : (tr.baseLo + off) >>> 0, size, ACC_R, false);
  }

  /**
   * Deliver an exception or software interrupt. `nextRip` is the RIP pushed
   * (the faulting instruction for faults, the next one for traps/INT n).
   * Throws CpuFault if delivery itself faults (the caller escalates).
   */
  deliverOnce(vec: number, err: number, hasErr: boolean, nextRip: number, soft: boolean): void {
    const s = this.s;
    if (!(s.cr0 & CR0_PE)) {
      // Real mode: the IVT at IDTR.base; KVM's emulator does not check the IDT limit (lab: errors).
      const base = s.idtBase;
      const entryLin = (base + vec * 4) >>> 0;
      const off = this.rdLin(entryLin, 2, ACC_R, false);
      const sel = this.rdLin((entryLin + 2) >>> 0, 2, ACC_R, false);
      this.push(2, s.flags & 0xffff);
      this.push(2, s.seg[CS].selector);
      this.push(2, nextRip & 0xffff);
      s.flags &= ~(F_IF | F_TF | F_AC | F_RF);
      s.seg[CS].loadReal(sel);
      s.rip = off;
      return;
    }
    if (s.lma) { this.deliverLong(vec, err, hasErr, nextRip, soft); return; }
    // 32-bit protected mode
    if (vec * 8 + 7 > s.idtLimit) fault(GP, vec * 8 + 2);
    const ga = (s.idtBase + vec * 8) >>> 0;
    const glo = this.rdLin(ga, 4, ACC_R, false), ghi = this.rdLin((ga + 4) >>> 0, 4, ACC_R, false);
    const gtype = (ghi >>> 8) & 31;
    const gdpl = (ghi >>> 13) & 3;
    if (gtype === 5) throw new EmulationFailure('task gates are not modelled');
    if (![6, 7, 14, 15].includes(gtype & 15) || ((ghi >>> 12) & 1)) fault(GP, vec * 8 + 2);
    if (soft && gdpl < s.cpl) fault(GP, vec * 8 + 2);
    if (!((ghi >>> 15) & 1)) fault(NP, vec * 8 + 2);
    const csSel = glo >>> 16;
    const target = ((glo & 0xffff) | (ghi & 0xffff0000)) >>> 0;
    const gate32 = (gtype & 8) !== 0;
    const [dlo, dhi] = this.readDesc(csSel);
    const ddpl = (dhi >>> 13) & 3;
    if (!((dhi >>> 11) & 1) || !((dhi >>> 12) & 1)) fault(GP, csSel & 0xfffc);
    if (!((dhi >>> 15) & 1)) fault(NP, csSel & 0xfffc);
    const cpl = s.cpl;
    const psize = gate32 ? 4 : 2;
    const oldFlags = s.flags, oldCs = s.seg[CS].selector;
    if (ddpl < cpl && !((dhi >>> 10) & 1)) {
      // inner privilege: new stack from the TSS
      const oldSs = s.seg[SS].selector, oldEsp = this.lo[RSP];
      const tss32 = (s.seg[TR].type & 8) !== 0;
      const newEsp = tss32 ? this.tssRead(4 + ddpl * 8, 4) : this.tssRead(2 + ddpl * 4, 2);
      const newSs = tss32 ? this.tssRead(8 + ddpl * 8, 2) : this.tssRead(4 + ddpl * 4, 2);
      const [slo, shi] = this.readDesc(newSs, 10);
      Machine.fromDesc(s.seg[SS], newSs, slo, shi);
      this.lo[RSP] = newEsp;
      this.push(psize, oldSs);
      this.push(psize, oldEsp);
    }
    this.push(psize, oldFlags);
    this.push(psize, oldCs);
    this.push(psize, nextRip >>> 0);
    if (hasErr) this.push(psize, err);
    Machine.fromDesc(s.seg[CS], csSel, dlo, dhi);
    s.seg[CS].dpl = ((dhi >>> 10) & 1) ? cpl : ddpl;
    s.seg[CS].selector = (csSel & 0xfffc) | s.seg[CS].dpl;
    s.flags &= ~(F_TF | F_NT | F_RF | F_VM);
    if (!(gtype & 1)) s.flags &= ~F_IF;
    s.rip = gate32 ? target : target & 0xffff;
  }

  private deliverLong(vec: number, err: number, hasErr: boolean, nextRip: number, soft: boolean): void {
    const s = this.s;
    if (vec * 16 + 15 > s.idtLimit) fault(GP, vec * 16 + 2);
    const idt = (s.idtBaseHi | 0) * P32 + s.idtBase;
    const ga = wrap64(idt + vec * 16);
    const w0 = this.rdLin(ga, 4, ACC_R, false), w1 = this.rdLin(wrap64(ga + 4), 4, ACC_R, false);
    const w2 = this.rdLin(wrap64(ga + 8), 4, ACC_R, false);
    const gtype = (w1 >>> 8) & 15, gdpl = (w1 >>> 13) & 3, ist = w1 & 7;
    if ((gtype !== 14 && gtype !== 15) || ((w1 >>> 12) & 1)) fault(GP, vec * 16 + 2);
    if (soft && gdpl < s.cpl) fault(GP, vec * 16 + 2);
    if (!((w1 >>> 15) & 1)) fault(NP, vec * 16 + 2);
    const csSel = w0 >>> 16;
    const target = wrap64((w2 | 0) * P32 + (((w0 & 0xffff) | (w1 & 0xffff0000)) >>> 0));
    const [dlo, dhi] = this.readDesc(csSel);
    const ddpl = (dhi >>> 13) & 3;
    if (!((dhi >>> 11) & 1) || !((dhi >>> 21) & 1) || ((dhi >>> 22) & 1)) fault(GP, csSel & 0xfffc);
    if (!((dhi >>> 15) & 1)) fault(NP, csSel & 0xfffc);
    const cpl = s.cpl;
    const oldSs = s.seg[SS].selector, oldRsp = this.sgr(RSP), oldFlags = s.flags, oldCs = s.seg[CS].selector;
    let rsp = oldRsp;
    const newCpl = ((dhi >>> 10) & 1) ? cpl : ddpl;
    if (ist) rsp = this.tss64(0x24 + (ist - 1) * 8); // IST1 at offset 0x24
    else if (newCpl < cpl) rsp = this.tss64(4 + newCpl * 8);
    rsp = wrap64(Math.floor(rsp / 16) * 16);
    const frame = [oldSs, oldRsp, oldFlags, oldCs, nextRip];
    if (hasErr) frame.push(err);
    // build the frame before changing state, so a fault leaves the vCPU as it was
    let sp = rsp;
    const writes: [number, number, number][] = [];
    for (const v of frame) {
      sp = wrap64(sp - 8);
      writes.push([sp, v >>> 0, Math.floor(v / P32) >>> 0]);
    }
    for (const [a, l, h] of writes) {
      if (!canonical(a)) fault(SS_, 0);
      this.wrLin(a, 8, l, h, false);
    }
    this.lo[RSP] = sp >>> 0; this.hi[RSP] = Math.floor(sp / P32) >>> 0;
    if (newCpl < cpl) {
      const ssg = s.seg[SS];
      ssg.selector = newCpl; ssg.unusable = 1; ssg.baseLo = 0; ssg.baseHi = 0; ssg.dpl = newCpl;
    }
    Machine.fromDesc(s.seg[CS], csSel, dlo, dhi);
    s.seg[CS].dpl = newCpl;
    s.seg[CS].selector = (csSel & 0xfffc) | newCpl;
    s.flags &= ~(F_TF | F_NT | F_RF | F_VM);
    if (!(gtype & 1)) s.flags &= ~F_IF;
    s.rip = target;
  }

  private tss64(off: number): number {
    const lo = this.tssRead(off, 4), hi = this.tssRead(off + 4, 4);
    return wrap64((hi | 0) * P32 + lo);
  }

  /**
   * Deliver with the double-fault rules. Returns false on a triple fault (the
   * vCPU state is restored to what it was before delivery began).
   */
  deliver(vec: number, err: number, hasErr: boolean, nextRip: number, soft: boolean, cr2?: number): boolean {
    const s = this.s;
    const saved = s.clone();
    const pm = (s.cr0 & CR0_PE) !== 0;
    if (cr2 !== undefined) { s.cr2Lo = cr2 >>> 0; s.cr2Hi = Math.floor(cr2 / P32) >>> 0; }
    let v = vec, e = err, he = hasErr && pm;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        this.deliverOnce(v, e, he, nextRip, soft && attempt === 0);
        this.lastVec = v; this.lastErr = e; this.lastHasErr = he;
        this.ev.interrupt.shadow = 0; // delivering an event ends any STI / MOV SS blocking
        return true;
      } catch (x) {
        if (!(x instanceof CpuFault)) throw x;
        // restore everything but CR2 before retrying with the new vector
        const c2lo = s.cr2Lo, c2hi = s.cr2Hi;
        this.restoreState(saved);
        this.s.cr2Lo = c2lo; this.s.cr2Hi = c2hi;
        if (x.vector === PF) { this.s.cr2Lo = x.address >>> 0; this.s.cr2Hi = Math.floor(x.address / P32) >>> 0; }
        if (v === DF) { this.restoreState(saved); return false; }
        if (becomesDoubleFault(v, x.vector)) { v = DF; e = 0; he = pm; }
        else { v = x.vector; e = x.error; he = x.hasError && pm && hasErrorCode(x.vector); }
        soft = false;
      }
    }
    this.restoreState(saved);
    return false;
  }

  /** Replace the register state (keeps the typed-array aliases valid). */
  restoreState(c: CpuState): void {
    this.cmode = -1;
    const n = c.clone();
    this.s = n; this.lo = n.lo; this.hi = n.hi;
  }

  /** IOPL check for IN/OUT/CLI/STI outside real mode (no TSS I/O bitmap: #GP when CPL > IOPL). */
  ioAllowed(): boolean {
    const s = this.s;
    if (!(s.cr0 & CR0_PE)) return true;
    if (s.flags & F_VM) return false;
    return s.cpl <= ((s.flags & F_IOPL) >>> 12);
  }

  /** Write CR0/CR3/CR4/EFER side effects: flush translations. */
  pagingChanged(): void {
    this.cmode = -1;
    this.tlb.flush();
    this.dtlb.flush();
    this.dropFetchCache();
  }
}

export { ACC_R, ACC_W, ACC_X, DS, ES };
