/**
 * Event injection at guest entry: KVM's inject_pending_event() (arch/x86/kvm/x86.c) over the
 * CpuEvents that KVM_SET_VCPU_EVENTS / KVM_INTERRUPT / KVM_NMI / the CPU itself queued.
 *
 * Order (one event per entry, as VM entry can inject only one): re-inject an injected exception,
 * else a pending exception (payload → CR2 / DR6, RF set for fault-class vectors), else an injected
 * NMI, else an injected interrupt; then one pending NMI when nothing was injected and NMIs are not
 * blocked (masked, or an interrupt shadow). Lab facts (README "vCPU events"): injected interrupts
 * ignore RFLAGS.IF; real mode drops the error code (6-byte IVT frame); NMIs stay masked until IRET;
 * a second pending NMI waits for the next KVM_RUN.
 */
import type { CpuEvents } from './types.ts';
import type { Machine } from './machine.ts';
import { CR0_PE, F_RF } from './state.ts';

export const DB_VECTOR = 1, NMI_VECTOR = 2, BP_VECTOR = 3, OF_VECTOR = 4, PF_VECTOR = 14;
const DF_VECTOR = 8, MC_VECTOR = 18;
/** DR6 bits that read as 1 when inactive, plus the fixed-1 bits (DR6_ACTIVE_LOW). */
const DR6_ACTIVE_LOW = 0xffff0ff0n, DR_TRAP_BITS = 0xfn, DR7_GD = 0x2000n;

/** All-zero events (the state after KVM_CREATE_VCPU). */
export function emptyEvents(): CpuEvents {
  return {
    exception: { injected: 0, nr: 0, has_error_code: 0, pending: 0, error_code: 0 },
    exception_has_payload: 0, exception_payload: 0n,
    interrupt: { injected: 0, nr: 0, soft: 0, shadow: 0 },
    nmi: { injected: 0, pending: 0, masked: 0 },
  };
}

/** Copy `src` into `dst` field by field (no allocation; `dst` keeps its identity). */
export function copyEvents(dst: CpuEvents, src: CpuEvents): void {
  const a = dst.exception, b = src.exception;
  a.injected = b.injected & 0xff; a.nr = b.nr & 0xff; a.has_error_code = b.has_error_code & 0xff;
  a.pending = b.pending & 0xff; a.error_code = b.error_code >>> 0;
  dst.exception_has_payload = src.exception_has_payload & 0xff;
  dst.exception_payload = BigInt.asUintN(64, BigInt(src.exception_payload));
  const i = dst.interrupt, j = src.interrupt;
  i.injected = j.injected & 0xff; i.nr = j.nr & 0xff; i.soft = j.soft & 0xff; i.shadow = j.shadow & 0xff;
  dst.nmi.injected = src.nmi.injected & 0xff; dst.nmi.pending = src.nmi.pending & 0xff; dst.nmi.masked = src.nmi.masked & 0xff;
}

/** Does anything wait for injection? (cheap test on the KVM_RUN path) */
export function hasInjectable(ev: CpuEvents): boolean {
  return (ev.exception.injected | ev.exception.pending | ev.nmi.injected | ev.nmi.pending | ev.interrupt.injected) !== 0;
}

/** exception_type() == EXCPT_FAULT: everything but #DB/#BP/#OF (traps) and #DF/#MC (aborts). */
function isFault(nr: number): boolean {
  return nr !== DB_VECTOR && nr !== BP_VECTOR && nr !== OF_VECTOR && nr !== DF_VECTOR && nr !== MC_VECTOR;
}

/**
 * kvm_deliver_exception_payload(): #PF → CR2 (returned, delivered with the exception); #DB → DR6
 * (trap bits replaced, active-low bits flipped, bit 12 reserved). Clears the payload.
 */
function takePayload(m: Machine, ev: CpuEvents): number | undefined {
  if (!ev.exception_has_payload) return undefined;
  const p = ev.exception_payload;
  ev.exception_has_payload = 0; ev.exception_payload = 0n;
  const nr = ev.exception.nr;
  if (nr === PF_VECTOR) return Number(BigInt.asIntN(64, p));
  if (nr === DB_VECTOR) {
    const s = m.s;
    let dr6 = (s.dr6 & ~DR_TRAP_BITS) | DR6_ACTIVE_LOW | p;
    dr6 ^= p & DR6_ACTIVE_LOW;
    s.dr6 = BigInt.asUintN(64, dr6 & ~0x1000n);
  }
  return undefined;
}

/** Deliver the queued exception (re-injected or pending). False = triple fault. */
function injectException(m: Machine, ev: CpuEvents, pending: boolean): boolean {
  const x = ev.exception, s = m.s;
  if (pending && isFault(x.nr)) s.flags |= F_RF;
  if (pending && x.nr === DB_VECTOR) s.dr7 &= ~DR7_GD; // a delivered #DB clears DR7.GD
  const cr2 = takePayload(m, ev);
  // kvm_inject_exception(): real-mode exceptions carry no error code
  if (!(s.cr0 & CR0_PE)) x.has_error_code = 0;
  x.pending = 0; x.injected = 0;
  // kvm_exception_is_soft(): a hardware host injects #BP / #OF as software exceptions with the
  // instruction length of the last #BP exit (vmx_inject_exception, svm next_rip): the saved RIP is past
  // the INT3 a debugger re-injects. The instruction-emulating host delivers at RIP.
  if ((x.nr === BP_VECTOR || x.nr === OF_VECTOR) && m.backend === 'hardware') {
    const len = m.eventExitInstLen;
    const next = m.mode64 ? s.rip + len : (s.rip + len) >>> 0;
    return m.deliver(x.nr, x.error_code, x.has_error_code !== 0, next, true, cr2);
  }
  return m.deliver(x.nr, x.error_code, x.has_error_code !== 0, s.rip, false, cr2);
}

/**
 * Inject what `ev` holds at this entry (mutates `ev`: delivered events are cleared, NMIs masked).
 * Returns 'none' (nothing delivered), 'ok', or 'shutdown' (delivery triple-faulted).
 */
export function injectPendingEvent(m: Machine, ev: CpuEvents): 'none' | 'ok' | 'shutdown' {
  const nmi = ev.nmi, x = ev.exception, it = ev.interrupt, s = m.s;
  // process_nmi(): at most two NMIs pending, one when one is being injected or NMIs are masked
  const limit = nmi.injected || nmi.masked ? 1 : 2;
  if (nmi.pending > limit) nmi.pending = limit;
  let ok = true, injected = false;
  // a pending exception goes before re-injecting an NMI / interrupt (they stay injected for the next entry)
  if (x.injected) { ok = injectException(m, ev, false); injected = true; }
  else if (x.pending) { ok = injectException(m, ev, true); injected = true; }
  else if (nmi.injected) {
    nmi.injected = 0; nmi.masked = 1;
    ok = m.deliver(NMI_VECTOR, 0, false, s.rip, false);
    injected = true;
  } else if (it.injected) {
    it.injected = 0; it.soft = 0;
    ok = m.deliver(it.nr, 0, false, s.rip, false);
    injected = true;
  }
  if (!ok) return 'shutdown';
  if (!injected && nmi.pending && !nmi.masked && !it.shadow) {
    nmi.pending--; nmi.masked = 1;
    injected = true;
    if (!m.deliver(NMI_VECTOR, 0, false, s.rip, false)) return 'shutdown';
  }
  return injected ? 'ok' : 'none';
}
