/**
 * Architectural register state of one x86 vCPU, kept in plain numbers and
 * typed arrays so the interpreter's hot path never touches bigint. 64-bit
 * values are lo/hi uint32 pairs; linear addresses in 64-bit mode are numbers
 * in *signed canonical* form (bit 47 sign-extended), which is exact because
 * canonical addresses fit in 48 bits.
 */
import type { kvm_regs, kvm_segment, kvm_sregs } from '../kvm/uapi/regs.ts';

/** Segment register indices: the x86 encoding order (sreg field of ModRM), then TR and LDTR. */
export const ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5, TR = 6, LDTR = 7;

/** GPR indices as encoded in instructions. */
export const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;

/** RFLAGS bits. */
export const F_CF = 0x1, F_PF = 0x4, F_AF = 0x10, F_ZF = 0x40, F_SF = 0x80, F_TF = 0x100,
  F_IF = 0x200, F_DF = 0x400, F_OF = 0x800, F_IOPL = 0x3000, F_NT = 0x4000, F_RF = 0x10000,
  F_VM = 0x20000, F_AC = 0x40000, F_ID = 0x200000;
/** The arithmetic status flags. */
export const F_ARITH = F_CF | F_PF | F_AF | F_ZF | F_SF | F_OF;

export const CR0_PE = 0x1, CR0_MP = 0x2, CR0_EM = 0x4, CR0_TS = 0x8, CR0_ET = 0x10, CR0_NE = 0x20,
  CR0_WP = 0x10000, CR0_AM = 0x40000, CR0_NW = 0x20000000, CR0_CD = 0x40000000, CR0_PG = 0x80000000;
export const CR4_VME = 0x1, CR4_PVI = 0x2, CR4_TSD = 0x4, CR4_DE = 0x8, CR4_PSE = 0x10, CR4_PAE = 0x20,
  CR4_PGE = 0x80, CR4_OSFXSR = 0x200, CR4_LA57 = 0x1000, CR4_SMEP = 0x100000, CR4_SMAP = 0x200000;
export const EFER_SCE = 0x1, EFER_LME = 0x100, EFER_LMA = 0x400, EFER_NXE = 0x800;

/** One segment register including its hidden descriptor cache (struct kvm_segment). */
export class Segment {
  selector = 0;
  /** base as lo/hi so KVM_GET_SREGS round-trips any 64-bit value. */
  baseLo = 0;
  baseHi = 0;
  limit = 0xffff;
  type = 0;
  present = 1; dpl = 0; db = 0; s = 1; l = 0; g = 0; avl = 0; unusable = 0;

  /** The base as used in address arithmetic: signed canonical number (exact for canonical bases). */
  get base(): number { return (this.baseHi | 0) * 4294967296 + this.baseLo; }

  setBase(v: number): void {
    this.baseLo = v >>> 0;
    this.baseHi = Math.floor(v / 4294967296) >>> 0;
  }

  copyFrom(o: Segment): void {
    this.selector = o.selector; this.baseLo = o.baseLo; this.baseHi = o.baseHi; this.limit = o.limit;
    this.type = o.type; this.present = o.present; this.dpl = o.dpl; this.db = o.db; this.s = o.s;
    this.l = o.l; this.g = o.g; this.avl = o.avl; this.unusable = o.unusable;
  }

  /** Load the hidden part as a real-mode segment load does: base = selector << 4, attributes unchanged. */
  loadReal(sel: number): void {
    this.selector = sel & 0xffff;
    this.baseLo = (sel & 0xffff) << 4;
    this.baseHi = 0;
  }

  toKvm(): kvm_segment {
    return {
      base: (BigInt(this.baseHi) << 32n) | BigInt(this.baseLo), limit: this.limit >>> 0,
      selector: this.selector, type: this.type, present: this.present, dpl: this.dpl, db: this.db,
      s: this.s, l: this.l, g: this.g, avl: this.avl, unusable: this.unusable, padding: 0,
    };
  }

  fromKvm(k: kvm_segment): void {
    const b = BigInt.asUintN(64, BigInt(k.base));
    this.baseLo = Number(b & 0xffffffffn);
    this.baseHi = Number(b >> 32n);
    this.limit = Number(k.limit) >>> 0;
    this.selector = Number(k.selector) & 0xffff;
    this.type = Number(k.type) & 15; this.present = Number(k.present) & 1; this.dpl = Number(k.dpl) & 3;
    this.db = Number(k.db) & 1; this.s = Number(k.s) & 1; this.l = Number(k.l) & 1; this.g = Number(k.g) & 1;
    this.avl = Number(k.avl) & 1; this.unusable = Number(k.unusable) & 1;
  }
}

/** Split a bigint into [lo, hi] uint32 halves. */
export function splitU64(v: bigint): [number, number] {
  const b = BigInt.asUintN(64, v);
  return [Number(b & 0xffffffffn), Number(b >> 32n)];
}

/** Join uint32 halves into an unsigned bigint. */
export function joinU64(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

const GPR_NAMES = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi',
  'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'] as const;

/** The register file. Everything in here is plain data (snapshot = structured copy). */
export class CpuState {
  /** GPR low and high 32 bits. */
  readonly lo = new Uint32Array(16);
  readonly hi = new Uint32Array(16);
  /** RIP: signed canonical number in 64-bit mode, else the 32-bit EIP. */
  rip = 0;
  /** RFLAGS (bit 1 always set). */
  flags = 2;
  readonly seg: Segment[] = [0, 1, 2, 3, 4, 5, 6, 7].map(() => new Segment());
  gdtBase = 0; gdtBaseHi = 0; gdtLimit = 0xffff;
  idtBase = 0; idtBaseHi = 0; idtLimit = 0xffff;
  cr0 = 0x60000010;
  cr2Lo = 0; cr2Hi = 0;
  cr3Lo = 0; cr3Hi = 0;
  cr4 = 0;
  cr8 = 0;
  eferLo = 0; eferHi = 0;
  apicBase = 0xfee00900n;
  interruptBitmap: [bigint, bigint, bigint, bigint] = [0n, 0n, 0n, 0n];
  /** DR0-3, DR6, DR7 as bigint: rarely touched. */
  dr: bigint[] = [0n, 0n, 0n, 0n];
  dr6 = 0xffff0ff0n;
  dr7 = 0x400n;
  /** CPU-owned MSRs (values applied after KVM's MSR path accepted the access). */
  kernelGsBase = 0n; star = 0n; lstar = 0n; cstar = 0n; sfmask = 0n;
  sysenterCs = 0n; sysenterEsp = 0n; sysenterEip = 0n; tscAux = 0n;
  /** TSC = tscOffset + retired instructions (deterministic clock). */
  tscOffset = 0n;

  get efer(): number { return this.eferLo; }
  /** Long mode active (EFER.LMA). */
  get lma(): boolean { return (this.eferLo & EFER_LMA) !== 0; }
  /** 64-bit code segment in long mode. */
  get mode64(): boolean { return (this.eferLo & EFER_LMA) !== 0 && this.seg[CS].l === 1; }
  get cpl(): number {
    if (!(this.cr0 & CR0_PE)) return 0;
    if (this.flags & F_VM) return 3;
    return this.seg[CS].dpl;
  }
  /** Physical base of the top-level page table. */
  get cr3(): number { return this.cr3Hi * 4294967296 + this.cr3Lo; }

  getRegs(): kvm_regs {
    const r: Record<string, bigint> = {};
    for (let i = 0; i < 16; i++) r[GPR_NAMES[i]] = joinU64(this.lo[i], this.hi[i]);
    r.rip = BigInt.asUintN(64, BigInt(this.rip));
    r.rflags = BigInt(this.flags >>> 0);
    return r as unknown as kvm_regs;
  }

  setRegs(r: kvm_regs): void {
    const rec = r as unknown as Record<string, bigint | number | string>;
    for (let i = 0; i < 16; i++) {
      const [lo, hi] = splitU64(BigInt(rec[GPR_NAMES[i]] ?? 0));
      this.lo[i] = lo; this.hi[i] = hi;
    }
    const [rl, rh] = splitU64(BigInt(rec.rip ?? 0));
    this.rip = (rh | 0) * 4294967296 + rl;
    // KVM keeps bit 1 set whatever user space writes (kvm_set_rflags -> X86_EFLAGS_FIXED).
    this.flags = (Number(BigInt.asUintN(32, BigInt(rec.rflags ?? 2))) | 2) >>> 0;
  }

  getSregs(): kvm_sregs {
    const s = this.seg;
    return {
      cs: s[CS].toKvm(), ds: s[DS].toKvm(), es: s[ES].toKvm(), fs: s[FS].toKvm(),
      gs: s[GS].toKvm(), ss: s[SS].toKvm(), tr: s[TR].toKvm(), ldt: s[LDTR].toKvm(),
      gdt: { base: joinU64(this.gdtBase, this.gdtBaseHi), limit: this.gdtLimit, padding: [0, 0, 0] },
      idt: { base: joinU64(this.idtBase, this.idtBaseHi), limit: this.idtLimit, padding: [0, 0, 0] },
      cr0: BigInt(this.cr0 >>> 0), cr2: joinU64(this.cr2Lo, this.cr2Hi), cr3: joinU64(this.cr3Lo, this.cr3Hi),
      cr4: BigInt(this.cr4 >>> 0), cr8: BigInt(this.cr8), efer: joinU64(this.eferLo, this.eferHi),
      apic_base: this.apicBase, interrupt_bitmap: [...this.interruptBitmap] as [bigint, bigint, bigint, bigint],
    };
  }

  setSregs(k: kvm_sregs): void {
    const s = this.seg;
    s[CS].fromKvm(k.cs); s[DS].fromKvm(k.ds); s[ES].fromKvm(k.es); s[FS].fromKvm(k.fs);
    s[GS].fromKvm(k.gs); s[SS].fromKvm(k.ss); s[TR].fromKvm(k.tr); s[LDTR].fromKvm(k.ldt);
    [this.gdtBase, this.gdtBaseHi] = splitU64(BigInt(k.gdt.base)); this.gdtLimit = Number(k.gdt.limit) & 0xffff;
    [this.idtBase, this.idtBaseHi] = splitU64(BigInt(k.idt.base)); this.idtLimit = Number(k.idt.limit) & 0xffff;
    this.cr0 = Number(BigInt.asUintN(32, BigInt(k.cr0))) >>> 0;
    [this.cr2Lo, this.cr2Hi] = splitU64(BigInt(k.cr2));
    [this.cr3Lo, this.cr3Hi] = splitU64(BigInt(k.cr3));
    this.cr4 = Number(BigInt.asUintN(32, BigInt(k.cr4))) >>> 0;
    this.cr8 = Number(BigInt(k.cr8) & 15n);
    [this.eferLo, this.eferHi] = splitU64(BigInt(k.efer));
    this.apicBase = BigInt.asUintN(64, BigInt(k.apic_base));
    this.interruptBitmap = (k.interrupt_bitmap ?? [0n, 0n, 0n, 0n]).map((x) => BigInt(x)) as [bigint, bigint, bigint, bigint];
  }

  /** Plain-data copy for snapshot(). */
  clone(): CpuState {
    const c = new CpuState();
    c.lo.set(this.lo); c.hi.set(this.hi);
    c.rip = this.rip; c.flags = this.flags;
    for (let i = 0; i < 8; i++) c.seg[i].copyFrom(this.seg[i]);
    c.gdtBase = this.gdtBase; c.gdtBaseHi = this.gdtBaseHi; c.gdtLimit = this.gdtLimit;
    c.idtBase = this.idtBase; c.idtBaseHi = this.idtBaseHi; c.idtLimit = this.idtLimit;
    c.cr0 = this.cr0; c.cr2Lo = this.cr2Lo; c.cr2Hi = this.cr2Hi; c.cr3Lo = this.cr3Lo; c.cr3Hi = this.cr3Hi;
    c.cr4 = this.cr4; c.cr8 = this.cr8; c.eferLo = this.eferLo; c.eferHi = this.eferHi;
    c.apicBase = this.apicBase; c.interruptBitmap = [...this.interruptBitmap] as [bigint, bigint, bigint, bigint];
    c.dr = [...this.dr]; c.dr6 = this.dr6; c.dr7 = this.dr7;
    c.kernelGsBase = this.kernelGsBase; c.star = this.star; c.lstar = this.lstar; c.cstar = this.cstar;
    c.sfmask = this.sfmask; c.sysenterCs = this.sysenterCs; c.sysenterEsp = this.sysenterEsp;
    c.sysenterEip = this.sysenterEip; c.tscAux = this.tscAux; c.tscOffset = this.tscOffset;
    return c;
  }

  /** Reset values of a vCPU right after KVM_CREATE_VCPU (as KVM_GET_SREGS shows them: CS=f000 base ffff0000, RIP fff0). */
  static atReset(): CpuState {
    const c = new CpuState();
    for (let i = 0; i < 6; i++) {
      const g = c.seg[i];
      g.selector = 0; g.baseLo = 0; g.baseHi = 0; g.limit = 0xffff; g.type = 3; g.s = 1; g.present = 1;
    }
    const cs = c.seg[CS];
    cs.selector = 0xf000; cs.baseLo = 0xffff0000; cs.type = 11;
    const tr = c.seg[TR];
    tr.s = 0; tr.type = 11; tr.limit = 0xffff;
    const ldt = c.seg[LDTR];
    ldt.s = 0; ldt.type = 2; ldt.limit = 0xffff;
    c.rip = 0xfff0;
    c.lo[RDX] = 0x600; // kvm_vcpu_reset: CPUID.1 EAX, or 0x600 before KVM_SET_CPUID2
    return c;
  }
}
