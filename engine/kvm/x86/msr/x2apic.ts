/**
 * The in-kernel local APIC as seen through the x2APIC MSRs 0x800-0x8ff
 * (kvm_x2apic_msr_read/_write, kvm_lapic_reg_read/_write in arch/x86/kvm/lapic.c):
 * which registers exist, which are readable, which writes are rejected (#GP /
 * reason INVAL), and the register values those accesses leave behind.
 *
 * Scope: register file semantics only. Interrupt delivery (IPIs via ICR /
 * SELF_IPI, EOI side effects on ISR, the APIC timer) is NOT modelled here;
 * kvm-core may replace this class with a full LAPIC implementing the same
 * `LapicMsrAccess` interface.
 */
import { MSR_IA32_APICBASE_ENABLE, X2APIC_ENABLE } from './constants.ts';

/** What the MSR layer needs from an in-kernel LAPIC. */
export interface LapicMsrAccess {
  /** kvm_x2apic_msr_read(): value, or null when KVM returns 1 (not x2APIC mode, unreadable/reserved register). */
  x2apicRead(msr: number): bigint | null;
  /** kvm_x2apic_msr_write(): false when KVM returns 1. */
  x2apicWrite(msr: number, value: bigint): boolean;
  /** IA32_APIC_BASE changed (after validation): updates mode and IDs. */
  apicBaseChanged(oldValue: bigint, newValue: bigint): void;
  /** MSR_IA32_TSC_DEADLINE read/write (0 / ignored unless LVTT is in TSC-deadline mode). */
  getTscDeadline(): bigint;
  setTscDeadline(v: bigint): void;
}

// Register offsets (asm/apicdef.h)
const APIC_ID = 0x20, APIC_LVR = 0x30, APIC_TASKPRI = 0x80, APIC_ARBPRI = 0x90, APIC_PROCPRI = 0xa0,
  APIC_EOI = 0xb0, APIC_LDR = 0xd0, APIC_DFR = 0xe0, APIC_SPIV = 0xf0, APIC_ISR = 0x100, APIC_TMR = 0x180,
  APIC_IRR = 0x200, APIC_ESR = 0x280, APIC_LVTCMCI = 0x2f0, APIC_ICR = 0x300, APIC_ICR2 = 0x310,
  APIC_LVTT = 0x320, APIC_LVTTHMR = 0x330, APIC_LVTPC = 0x340, APIC_LVT0 = 0x350, APIC_LVT1 = 0x360,
  APIC_LVTERR = 0x370, APIC_TMICT = 0x380, APIC_TMCCT = 0x390, APIC_TDCR = 0x3e0, APIC_SELF_IPI = 0x3f0;

const APIC_LVT_MASKED = 0x10000;
const LVT_MASK = APIC_LVT_MASKED | 0x1000 | 0xff;
const APIC_MODE_MASK = 0x700;
const LINT_MASK = LVT_MASK | APIC_MODE_MASK | 0x2000 | 0x4000 | 0x8000;
const APIC_LVT_TIMER_TSCDEADLINE = 2 << 17;
/** 6 LVT entries (no CMCI on this model): LVR = 0x14 | (6-1) << 16 = 0x50014, as recorded. */
const NR_LVT = 6;
const LVT_REGS = [APIC_LVTT, APIC_LVTTHMR, APIC_LVTPC, APIC_LVT0, APIC_LVT1, APIC_LVTERR];
const LVT_WRITE_MASK: Record<number, number> = {
  [APIC_LVTTHMR]: LVT_MASK | APIC_MODE_MASK, [APIC_LVTPC]: LVT_MASK | APIC_MODE_MASK,
  [APIC_LVT0]: LINT_MASK, [APIC_LVT1]: LINT_MASK, [APIC_LVTERR]: LVT_MASK,
};

function readableMask(x2apic: boolean): Set<number> {
  const s = new Set<number>([APIC_ID, APIC_LVR, APIC_TASKPRI, APIC_PROCPRI, APIC_LDR, APIC_SPIV, APIC_ESR, APIC_ICR,
    APIC_LVTT, APIC_LVTTHMR, APIC_LVTPC, APIC_LVT0, APIC_LVT1, APIC_LVTERR, APIC_TMICT, APIC_TMCCT, APIC_TDCR]);
  for (let i = 0; i < 8; i++) { s.add(APIC_ISR + i * 0x10); s.add(APIC_TMR + i * 0x10); s.add(APIC_IRR + i * 0x10); }
  if (!x2apic) { s.add(APIC_ARBPRI); s.add(APIC_DFR); s.add(APIC_ICR2); }
  return s;
}
const READABLE_X2APIC = readableMask(true);

/** Plain-data state of the register file. */
export interface X2ApicState {
  vcpuId: number;
  apicBase: bigint;
  regs: Record<number, number>;   // 32-bit registers by offset
  icr: bigint;                    // 64-bit ICR in x2APIC mode
  tscDeadline: bigint;
  /** LVTT timer-mode mask: 3<<17 when the guest CPUID has TSC_DEADLINE_TIMER, else 1<<17. */
  timerModeMask: number;
}

/** Minimal in-kernel LAPIC register file for x2APIC MSR accesses (see file comment for scope). */
export class X2Apic implements LapicMsrAccess {
  state: X2ApicState;
  constructor(vcpuId: number, apicBase: bigint, tscDeadlineTimer = true) {
    const regs: Record<number, number> = {
      [APIC_LVR]: 0x14 | ((NR_LVT - 1) << 16), [APIC_SPIV]: 0xff, [APIC_DFR]: 0xffffffff,
    };
    for (const r of LVT_REGS) regs[r] = APIC_LVT_MASKED;
    this.state = { vcpuId, apicBase, regs, icr: 0n, tscDeadline: 0n, timerModeMask: tscDeadlineTimer ? 3 << 17 : 1 << 17 };
    this.setIds(apicBase);
  }

  private get x2apic(): boolean {
    const b = this.state.apicBase;
    return (b & MSR_IA32_APICBASE_ENABLE) !== 0n && (b & X2APIC_ENABLE) !== 0n;
  }
  private reg(off: number): number { return this.state.regs[off] ?? 0; }
  private swEnabled(): boolean { return (this.reg(APIC_SPIV) & 0x100) !== 0; }

  private setIds(base: bigint): void {
    const id = this.state.vcpuId;
    if ((base & MSR_IA32_APICBASE_ENABLE) && (base & X2APIC_ENABLE)) {
      this.state.regs[APIC_ID] = id;
      this.state.regs[APIC_LDR] = (((id >>> 4) << 16) | (1 << (id & 0xf))) >>> 0;
    } else if (base & MSR_IA32_APICBASE_ENABLE) {
      this.state.regs[APIC_ID] = (id << 24) >>> 0;
    }
  }

  apicBaseChanged(oldValue: bigint, newValue: bigint): void {
    this.state.apicBase = newValue;
    const changed = oldValue ^ newValue;
    if ((changed & MSR_IA32_APICBASE_ENABLE) || (changed & X2APIC_ENABLE)) this.setIds(newValue);
  }

  x2apicRead(msr: number): bigint | null {
    if (!this.x2apic) return null;
    const off = (msr - 0x800) << 4;
    if (off === APIC_ICR) return this.state.icr;
    if (off >= 0x400 || !READABLE_X2APIC.has(off)) return null;
    if (off === APIC_PROCPRI) return BigInt(this.reg(APIC_TASKPRI) & 0xff);   // no ISR modelled: PPR = TPR
    return BigInt(this.reg(off));
  }

  x2apicWrite(msr: number, value: bigint): boolean {
    if (!this.x2apic) return false;
    const off = (msr - 0x800) << 4;
    if (off === APIC_ICR) { this.state.icr = value & ~(1n << 12n); return true; }  // busy bit never set
    if (value >> 32n) return false;
    const val = Number(value);
    const regs = this.state.regs;
    switch (off) {
      case APIC_TASKPRI: regs[APIC_TASKPRI] = val & 0xff; return true;
      case APIC_EOI: return true;   // any value accepted (recorded: EOI 0 and 1 both ok)
      case APIC_SPIV:
        regs[APIC_SPIV] = val & 0x3ff;
        if (!(val & 0x100)) for (const r of LVT_REGS) regs[r] = (this.reg(r) | APIC_LVT_MASKED) >>> 0;
        return true;
      case APIC_LVTTHMR: case APIC_LVTPC: case APIC_LVT0: case APIC_LVT1: case APIC_LVTERR: {
        let v = val;
        if (!this.swEnabled()) v |= APIC_LVT_MASKED;
        regs[off] = (v & LVT_WRITE_MASK[off]) >>> 0;
        return true;
      }
      case APIC_LVTT: {
        let v = val;
        if (!this.swEnabled()) v |= APIC_LVT_MASKED;
        regs[APIC_LVTT] = (v & (LVT_MASK | this.state.timerModeMask)) >>> 0;
        return true;
      }
      case APIC_TMICT:
        if ((this.reg(APIC_LVTT) & this.state.timerModeMask) !== APIC_LVT_TIMER_TSCDEADLINE) regs[APIC_TMICT] = val >>> 0;
        return true;
      case APIC_TDCR: regs[APIC_TDCR] = val & 0xb; return true;
      case APIC_ESR: return val === 0;
      case APIC_SELF_IPI: return (val & ~0xff) === 0;
      default: return false;   // ID, LDR, DFR, ICR2, LVTCMCI (not supported), read-only and reserved registers
    }
  }

  private tscDeadlineMode(): boolean {
    return (this.reg(APIC_LVTT) & this.state.timerModeMask) === APIC_LVT_TIMER_TSCDEADLINE;
  }
  getTscDeadline(): bigint { return this.tscDeadlineMode() ? this.state.tscDeadline : 0n; }
  setTscDeadline(v: bigint): void { if (this.tscDeadlineMode()) this.state.tscDeadline = v; }
}

