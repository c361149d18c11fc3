/**
 * KVM_GET/SET_VCPU_EVENTS (arch/x86/kvm/x86.c kvm_vcpu_ioctl_x86_{get,set}_vcpu_events)
 * over the plain VcpuEvents state. Lab facts (README "vCPU events"): unknown
 * flags, nr > 31 or NMI vector, VALID_PAYLOAD without the cap, SMM without SMM
 * support, VALID_TRIPLE_FAULT without the cap -> EINVAL; a pending exception
 * without the payload cap is dropped; soft interrupts read back as not injected.
 */
import { EINVAL } from './uapi/errno.ts';
import {
  KVM_VCPUEVENT_VALID_NMI_PENDING, KVM_VCPUEVENT_VALID_PAYLOAD, KVM_VCPUEVENT_VALID_SHADOW,
  KVM_VCPUEVENT_VALID_SIPI_VECTOR, KVM_VCPUEVENT_VALID_SMM, KVM_VCPUEVENT_VALID_TRIPLE_FAULT, KVM_MP_STATE,
} from './uapi/structs.ts';
import { argObj, argNum, argU32, argU64, type Arg } from './args.ts';
import type { VcpuEvents } from './vcpu-state.ts';

export interface EventsVmCaps { exceptionPayload: boolean; tripleFaultEvent: boolean; smm: boolean }

const VALID = KVM_VCPUEVENT_VALID_NMI_PENDING | KVM_VCPUEVENT_VALID_SIPI_VECTOR | KVM_VCPUEVENT_VALID_SHADOW |
  KVM_VCPUEVENT_VALID_SMM | KVM_VCPUEVENT_VALID_PAYLOAD | KVM_VCPUEVENT_VALID_TRIPLE_FAULT;

/** Apply KVM_SET_VCPU_EVENTS to `ev` (in place on success); returns 0 or errno. */
export function setVcpuEvents(ev: VcpuEvents, a: Arg, caps: EventsVmCaps, mpState: number, tf: { pending: boolean }): number {
  const flags = argU32(a, 'flags');
  const ex = argObj(a, 'exception'), it = argObj(a, 'interrupt'), nmi = argObj(a, 'nmi'), smi = argObj(a, 'smi');
  const n = (o: Record<string, unknown>, k: string) => argNum(o, k) & 0xff;
  if (flags & ~VALID) return EINVAL;
  let pending = n(ex, 'pending'), injected = n(ex, 'injected'), hasPayload = argNum(a, 'exception_has_payload') & 0xff;
  if (flags & KVM_VCPUEVENT_VALID_PAYLOAD) {
    if (!caps.exceptionPayload) return EINVAL;
    if (pending) injected = 0; else hasPayload = 0;
  } else {
    pending = 0; hasPayload = 0;
  }
  const nr = n(ex, 'nr');
  if ((injected || pending) && (nr > 31 || nr === 2)) return EINVAL;
  if ((flags & KVM_VCPUEVENT_VALID_SMM) && (n(smi, 'smm') || n(smi, 'pending')) && mpState === KVM_MP_STATE.INIT_RECEIVED) return EINVAL;
  if ((flags & KVM_VCPUEVENT_VALID_SMM) && !caps.smm && (n(smi, 'smm') || n(smi, 'pending') || n(smi, 'smm_inside_nmi'))) return EINVAL;
  if ((flags & KVM_VCPUEVENT_VALID_TRIPLE_FAULT) && !caps.tripleFaultEvent) return EINVAL;
  ev.exception = { injected, nr, has_error_code: n(ex, 'has_error_code'), pending, error_code: argU32(ex, 'error_code') };
  ev.exception_has_payload = hasPayload;
  ev.exception_payload = argU64(a, 'exception_payload');
  ev.interrupt = { injected: n(it, 'injected'), nr: n(it, 'nr'), soft: n(it, 'soft'), shadow: (flags & KVM_VCPUEVENT_VALID_SHADOW) ? n(it, 'shadow') : ev.interrupt.shadow };
  ev.nmi = { injected: n(nmi, 'injected'), pending: (flags & KVM_VCPUEVENT_VALID_NMI_PENDING) ? n(nmi, 'pending') : ev.nmi.pending, masked: n(nmi, 'masked'), pad: 0 };
  if (flags & KVM_VCPUEVENT_VALID_TRIPLE_FAULT) tf.pending = n(argObj(a, 'triple_fault'), 'pending') !== 0;
  return 0;
}

/** KVM_GET_VCPU_EVENTS output (lab-format names). */
export function getVcpuEvents(ev: VcpuEvents, caps: EventsVmCaps, tfPending: boolean): Record<string, unknown> {
  const e = ev.exception;
  const soft = e.nr === 3 || e.nr === 4; // #BP / #OF are not reported (kvm_exception_is_soft)
  let injected = soft ? 0 : e.injected, pending = soft ? 0 : e.pending;
  if (!caps.exceptionPayload) { injected |= pending; pending = soft ? 0 : pending; }
  // process_nmi(): at most 2 pending, 1 when one is injected or NMIs are masked
  const limit = ev.nmi.injected || ev.nmi.masked ? 1 : 2;
  let flags = KVM_VCPUEVENT_VALID_NMI_PENDING | KVM_VCPUEVENT_VALID_SHADOW | KVM_VCPUEVENT_VALID_SMM;
  if (caps.exceptionPayload) flags |= KVM_VCPUEVENT_VALID_PAYLOAD;
  if (caps.tripleFaultEvent) flags |= KVM_VCPUEVENT_VALID_TRIPLE_FAULT;
  return {
    exception: { injected, nr: e.nr, has_error_code: e.has_error_code, pending: caps.exceptionPayload ? pending : 0, error_code: e.error_code },
    interrupt: { injected: ev.interrupt.injected && !ev.interrupt.soft ? 1 : 0, nr: ev.interrupt.nr, soft: 0, shadow: ev.interrupt.shadow },
    nmi: { injected: ev.nmi.injected, pending: Math.min(ev.nmi.pending, limit), masked: ev.nmi.masked, pad: 0 },
    sipi_vector: 0,
    flags,
    smi: { smm: 0, pending: 0, smm_inside_nmi: 0, latched_init: 0 },
    triple_fault: { pending: caps.tripleFaultEvent && tfPending ? 1 : 0 },
    reserved: '0'.repeat(52),
    exception_has_payload: e.injected || e.pending ? ev.exception_has_payload : ev.exception_has_payload,
    exception_payload: ev.exception_payload,
  };
}
