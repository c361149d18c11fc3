/**
 * A vCPU's register state as plain data, with KVM's x86 reset values
 * (kvm_vcpu_reset; checked against the first KVM_GET_SREGS after
 * KVM_CREATE_VCPU in lab/out/io.truth.json). Used as the register file when no
 * GuestCpu is attached, and for the state KVM keeps itself (events, FPU,
 * mp_state, XCRs) in every case.
 */
import type { kvm_regs, kvm_segment, kvm_sregs, kvm_debugregs } from './uapi/regs.ts';
import { toBig, toNum } from './uapi/layout.ts';

export const MSR_IA32_APICBASE_BSP = 1n << 8n;
export const MSR_IA32_APICBASE_ENABLE = 1n << 11n;
export const APIC_DEFAULT_PHYS_BASE = 0xfee00000n;

/** struct kvm_vcpu_events (kvm.h names). */
export interface VcpuEvents {
  exception: { injected: number; nr: number; has_error_code: number; pending: number; error_code: number };
  interrupt: { injected: number; nr: number; soft: number; shadow: number };
  nmi: { injected: number; pending: number; masked: number; pad: number };
  sipi_vector: number;
  smi: { smm: number; pending: number; smm_inside_nmi: number; latched_init: number };
  triple_fault: { pending: number };
  exception_has_payload: number;
  exception_payload: bigint;
}

/** struct kvm_fpu. */
export interface VcpuFpu {
  fpr: Uint8Array[]; fcw: number; fsw: number; ftwx: number; last_opcode: number;
  last_ip: bigint; last_dp: bigint; xmm: Uint8Array[]; mxcsr: number;
}

export interface VcpuState {
  regs: kvm_regs;
  sregs: kvm_sregs;
  debugregs: kvm_debugregs;
  events: VcpuEvents;
  fpu: VcpuFpu;
  mp_state: number;
  xcr0: bigint;
  guestDebug: { control: number; debugreg: bigint[] };
}

function seg(selector: number, base: bigint, type: number, s: number): kvm_segment {
  return { base, limit: 0xffff, selector, type, present: 1, dpl: 0, db: 0, s, l: 0, g: 0, avl: 0, unusable: 0, padding: 0 };
}

/** Register state right after KVM_CREATE_VCPU (vCPU `id`; id 0 is the BSP). */
export function resetVcpuState(vcpuId: number, bspId = 0): VcpuState {
  const data = seg(0, 0n, 3, 1);
  return {
    regs: {
      rax: 0n, rbx: 0n, rcx: 0n, rdx: 0x600n, rsi: 0n, rdi: 0n, rsp: 0n, rbp: 0n,
      r8: 0n, r9: 0n, r10: 0n, r11: 0n, r12: 0n, r13: 0n, r14: 0n, r15: 0n, rip: 0xfff0n, rflags: 0x2n,
    },
    sregs: {
      cs: seg(0xf000, 0xffff0000n, 11, 1), ds: { ...data }, es: { ...data }, fs: { ...data }, gs: { ...data }, ss: { ...data },
      tr: seg(0, 0n, 11, 0), ldt: seg(0, 0n, 2, 0),
      gdt: { base: 0n, limit: 0xffff, padding: [0, 0, 0] }, idt: { base: 0n, limit: 0xffff, padding: [0, 0, 0] },
      cr0: 0x60000010n, cr2: 0n, cr3: 0n, cr4: 0n, cr8: 0n, efer: 0n,
      apic_base: APIC_DEFAULT_PHYS_BASE | MSR_IA32_APICBASE_ENABLE | (vcpuId === bspId ? MSR_IA32_APICBASE_BSP : 0n),
      interrupt_bitmap: [0n, 0n, 0n, 0n],
    },
    debugregs: { db: [0n, 0n, 0n, 0n], dr6: 0xffff0ff0n, dr7: 0x400n, flags: 0, reserved: Array(9).fill(0n) },
    events: {
      exception: { injected: 0, nr: 0, has_error_code: 0, pending: 0, error_code: 0 },
      interrupt: { injected: 0, nr: 0, soft: 0, shadow: 0 },
      nmi: { injected: 0, pending: 0, masked: 0, pad: 0 },
      sipi_vector: 0,
      smi: { smm: 0, pending: 0, smm_inside_nmi: 0, latched_init: 0 },
      triple_fault: { pending: 0 },
      exception_has_payload: 0, exception_payload: 0n,
    },
    fpu: {
      fpr: Array.from({ length: 8 }, () => new Uint8Array(16)), fcw: 0x37f, fsw: 0, ftwx: 0, last_opcode: 0,
      last_ip: 0n, last_dp: 0n, xmm: Array.from({ length: 16 }, () => new Uint8Array(16)), mxcsr: 0x1f80,
    },
    mp_state: 0,
    xcr0: 1n,
    guestDebug: { control: 0, debugreg: Array(8).fill(0n) },
  };
}

/** Deep copy of a VcpuState (snapshots must not share mutable state). */
export function cloneVcpuState(s: VcpuState): VcpuState {
  return structuredClone(s);
}

const REG_NAMES = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rsp', 'rbp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rip', 'rflags'] as const;
const SEG_NAMES = ['cs', 'ds', 'es', 'fs', 'gs', 'ss', 'tr', 'ldt'] as const;

/** kvm_regs from an ioctl argument (lab format). */
export function regsFromArg(a: Record<string, unknown>): kvm_regs {
  const r = {} as Record<string, bigint>;
  for (const n of REG_NAMES) r[n] = BigInt.asUintN(64, toBig(a[n]));
  return r as unknown as kvm_regs;
}
/** kvm_regs as the `out` object (same names). */
export function regsToOut(r: kvm_regs): Record<string, bigint> {
  const o: Record<string, bigint> = {};
  for (const n of REG_NAMES) o[n] = r[n];
  return o;
}

function segFromArg(a: unknown): kvm_segment {
  const s = (a ?? {}) as Record<string, unknown>;
  return {
    base: BigInt.asUintN(64, toBig(s.base)), limit: toNum(s.limit) >>> 0, selector: toNum(s.sel ?? s.selector) & 0xffff,
    type: toNum(s.type) & 0xff, present: toNum(s.present) & 0xff, dpl: toNum(s.dpl) & 0xff, db: toNum(s.db) & 0xff,
    s: toNum(s.s) & 0xff, l: toNum(s.l) & 0xff, g: toNum(s.g) & 0xff, avl: toNum(s.avl) & 0xff,
    unusable: toNum(s.unusable) & 0xff, padding: toNum(s.padding) & 0xff,
  };
}
/** kvm_sregs from an ioctl argument (lab format: segment selector is `sel`; `selector` also accepted). */
export function sregsFromArg(a: Record<string, unknown>): kvm_sregs {
  const dt = (v: unknown) => {
    const d = (v ?? {}) as Record<string, unknown>;
    return { base: BigInt.asUintN(64, toBig(d.base)), limit: toNum(d.limit) & 0xffff, padding: [0, 0, 0] as [number, number, number] };
  };
  const ib = Array.isArray(a.interrupt_bitmap) ? a.interrupt_bitmap : [];
  const u = (n: string) => BigInt.asUintN(64, toBig(a[n]));
  return {
    cs: segFromArg(a.cs), ds: segFromArg(a.ds), es: segFromArg(a.es), fs: segFromArg(a.fs), gs: segFromArg(a.gs),
    ss: segFromArg(a.ss), tr: segFromArg(a.tr), ldt: segFromArg(a.ldt), gdt: dt(a.gdt), idt: dt(a.idt),
    cr0: u('cr0'), cr2: u('cr2'), cr3: u('cr3'), cr4: u('cr4'), cr8: u('cr8'), efer: u('efer'), apic_base: u('apic_base'),
    interrupt_bitmap: [0, 1, 2, 3].map((i) => BigInt.asUintN(64, toBig(ib[i]))) as [bigint, bigint, bigint, bigint],
  };
}
/** kvm_sregs as the lab-format `out` object (segment selector as `sel`). */
export function sregsToOut(s: kvm_sregs): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const n of SEG_NAMES) {
    const g = s[n];
    o[n] = { sel: g.selector, base: g.base, limit: g.limit, type: g.type, db: g.db, l: g.l, present: g.present, dpl: g.dpl, s: g.s, g: g.g, avl: g.avl, unusable: g.unusable, padding: g.padding };
  }
  o.gdt = { base: s.gdt.base, limit: s.gdt.limit };
  o.idt = { base: s.idt.base, limit: s.idt.limit };
  for (const n of ['cr0', 'cr2', 'cr3', 'cr4', 'cr8', 'efer', 'apic_base'] as const) o[n] = s[n];
  o.interrupt_bitmap = [...s.interrupt_bitmap];
  return o;
}
