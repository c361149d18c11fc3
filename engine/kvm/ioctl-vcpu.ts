/** vCPU fd ioctls (virt/kvm/kvm_main.c kvm_vcpu_ioctl, arch/x86/kvm/x86.c kvm_arch_vcpu_ioctl). */
import { KVM_REQ as R } from './uapi/ioctl.ts';
import { E2BIG, EBUSY, EINVAL, ENXIO, EOPNOTSUPP } from './uapi/errno.ts';
import { KVM_CAP } from './uapi/caps.ts';
import { planesProfile } from './uapi/profiles.ts';
import { KVM_GUESTDBG_INJECT_BP, KVM_GUESTDBG_INJECT_DB, KVM_MP_STATE } from './uapi/structs.ts';
import { argArr, argU32, argU64 } from './args.ts';
import { toBig, toBytes } from './uapi/layout.ts';
import { fail, ok, skip, type Call, type Handler, type IoctlResult, type KvmCore } from './call.ts';
import { regsFromArg, regsToOut, sregsFromArg, sregsToOut } from './vcpu-state.ts';
import { checkSregs, type SregsGuestCaps } from './sregs-check.ts';
import { getVcpuEvents, setVcpuEvents } from './events.ts';
import { kvmRun, makeGuestEnv } from './run.ts';
import { translate } from './translate.ts';
import type { Vcpu } from './vcpu.ts';
import type { GuestEnv } from '../cpu/types.ts';

const vcpuOf = (c: Call): Vcpu => {
  const e = c.entry;
  if (e.kind === 'vcpu' || e.kind === 'plane_vcpu') return e.vcpu;
  throw new Error(`vCPU ioctl on a ${e.kind} fd`);
};

/** Guest CPUID facts for the SET_SREGS checks. */
function guestCaps(v: Vcpu): SregsGuestCaps {
  const has = (fn: number, idx: number, reg: 'eax' | 'ebx' | 'ecx' | 'edx', bit: number) => v.cpuid.has(fn, idx, reg, bit);
  const ext = v.cpuid.entries.find((e) => e.function === 0x80000008);
  const maxExt = v.cpuid.entries.find((e) => e.function === 0x80000000)?.eax ?? 0;
  return {
    maxPhyAddr: ext && maxExt >= 0x80000008 && (ext.eax & 0xff) ? ext.eax & 0xff : 36,
    has: (f) => {
      switch (f) {
        case 'xsave': return has(1, 0, 'ecx', 26);
        case 'vmx': return has(1, 0, 'ecx', 5);
        case 'pcid': return has(1, 0, 'ecx', 17);
        case 'smep': return has(7, 0, 'ebx', 7);
        case 'smap': return has(7, 0, 'ebx', 20);
        case 'fsgsbase': return has(7, 0, 'ebx', 0);
        case 'pku': return has(7, 0, 'ecx', 3);
        case 'la57': return has(7, 0, 'ecx', 16);
        case 'umip': return has(7, 0, 'ecx', 2);
        case 'pks': return has(7, 0, 'ecx', 31);
        case 'cet': return has(7, 0, 'ecx', 7) || has(7, 0, 'edx', 20);
        case 'lam': return has(7, 1, 'eax', 26);
        case 'fred': return has(7, 1, 'eax', 17);
      }
    },
  };
}

/** The vCPU's GuestEnv, kept on the Vcpu (a field load per KVM_RUN, not a WeakMap lookup). */
function envOf(k: KvmCore, v: Vcpu): GuestEnv {
  return v.guestEnv ??= makeGuestEnv(v.vm, v, k.as);
}

function run(k: KvmCore, c: Call): IoctlResult {
  let v = vcpuOf(c);
  // R25/B617: userspace picks the plane in kvm_run.plane once any extra plane exists (spec §4.1);
  // a plane without this vCPU is EINVAL (the spec's recommendation, R25 does not check).
  const pp = planesProfile(k.profile);
  if (pp?.runHeaderPlaneFields && v.vm.planes.size > 0 && v.run.plane !== 0) {
    const t = v.vm.planes.get(v.run.plane)?.vcpus.get(v.id);
    if (!t) return fail(EINVAL);
    v = t;
  }
  k.syncCoalescedIn(v.vm);
  const r = kvmRun(v.vm, v, k.budget, envOf(k, v));
  k.syncCoalescedOut(v.vm);
  return r;
}

function setSregs(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const s = sregsFromArg(c.arg ?? {});
  const e = checkSregs(s, guestCaps(v));
  if (e) return fail(e);
  if (s.apic_base !== v.msrs.state.apicBase && v.msrs.setApicBase(s.apic_base, true)) return fail(EINVAL);
  // kvm_set_cr8 ignores values with reserved bits (the old CR8 stays)
  if (s.cr8 & ~0xfn) s.cr8 = v.getSregs().cr8;
  const pending = s.interrupt_bitmap.findIndex((w) => w !== 0n);
  if (pending >= 0) {
    const w = s.interrupt_bitmap[pending]!;
    let bit = 0;
    while (((w >> BigInt(bit)) & 1n) === 0n) bit++;
    const ev = v.getEvents();
    ev.interrupt = { ...ev.interrupt, injected: 1, nr: pending * 64 + bit, soft: 0 };
    v.setEvents(ev);
  }
  s.interrupt_bitmap = [0n, 0n, 0n, 0n];
  v.setSregs(s);
  return ok(0);
}

function getSregs(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const s = v.getSregs();
  const it = v.getEvents().interrupt;
  if (it.injected && !it.soft) s.interrupt_bitmap[it.nr >> 6] = (s.interrupt_bitmap[it.nr >> 6] ?? 0n) | (1n << BigInt(it.nr & 63));
  return ok(0, sregsToOut(s));
}

function setRegs(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const r = regsFromArg(c.arg ?? {});
  r.rflags |= 2n; // X86_EFLAGS_FIXED
  v.setRegs(r);
  // KVM drops a queued (not yet injected) exception on SET_REGS (a GuestCpu does it in setRegs)
  v.state.events.exception.pending = 0;
  return ok(0);
}

function setMpState(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const m = argU32(c.arg, 'mp_state');
  const S = KVM_MP_STATE;
  switch (m) {
    case S.UNINITIALIZED: case S.HALTED: case S.AP_RESET_HOLD: case S.INIT_RECEIVED: case S.SIPI_RECEIVED:
      if (!v.lapic) return fail(EINVAL);
      break;
    case S.RUNNABLE: break;
    default: return fail(EINVAL);
  }
  v.state.mp_state = m === S.SIPI_RECEIVED ? S.INIT_RECEIVED : m;
  return ok(0);
}

function setDebugregs(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const dr6 = argU64(c.arg, 'dr6'), dr7 = argU64(c.arg, 'dr7');
  if (argU64(c.arg, 'flags') || (dr6 >> 32n) || (dr7 >> 32n)) return fail(EINVAL);
  const db = argArr(c.arg, 'db').map((x) => BigInt.asUintN(64, toBig(x)));
  v.setDebugRegs({ db: [db[0] ?? 0n, db[1] ?? 0n, db[2] ?? 0n, db[3] ?? 0n], dr6, dr7, flags: 0, reserved: Array(9).fill(0n) });
  return ok(0);
}

function setGuestDebug(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const control = argU32(c.arg, 'control');
  const ev = v.getEvents();
  const ex = ev.exception;
  if (control & (KVM_GUESTDBG_INJECT_DB | KVM_GUESTDBG_INJECT_BP)) {
    if (ex.pending || ex.injected) return fail(EBUSY);
    ev.exception = { injected: 0, pending: 1, nr: control & KVM_GUESTDBG_INJECT_DB ? 1 : 3, has_error_code: 0, error_code: 0 };
    v.setEvents(ev);
  }
  const debugreg = argArr(c.arg, 'debugreg').map((x) => BigInt.asUintN(64, toBig(x)));
  while (debugreg.length < 8) debugreg.push(0n);
  v.state.guestDebug = { control, debugreg };
  v.cpu?.setGuestDebug({ control, debugreg });
  return ok(0);
}

function setXcrs(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const n = argU32(c.arg, 'nr_xcrs');
  if (argU32(c.arg, 'flags') || n > 16) return fail(EINVAL);
  const xs = argArr(c.arg, 'xcrs');
  for (let i = 0; i < n; i++) {
    const x = (xs[i] ?? {}) as Record<string, unknown>;
    if (argU32(x, 'xcr') !== 0) continue;
    const val = argU64(x, 'value');
    const d = v.cpuid.entries.find((e) => e.function === 0xd && e.index === 0);
    const supported = (d ? BigInt(d.eax >>> 0) | (BigInt(d.edx >>> 0) << 32n) : 0n) | 1n;
    if (!(val & 1n) || ((val & 4n) && !(val & 2n)) || (val & ~supported)) return fail(EINVAL);
    v.state.xcr0 = val;
    break;
  }
  return ok(0);
}

function setFpu(_k: KvmCore, c: Call): IoctlResult {
  const v = vcpuOf(c);
  const a = c.arg ?? {};
  const regs = (name: string, n: number) => Array.from({ length: n }, (_, i) => toBytes(argArr(a, name)[i] ?? '', 16));
  v.state.fpu = {
    fpr: regs('fpr', 8), fcw: argU32(a, 'fcw') & 0xffff, fsw: argU32(a, 'fsw') & 0xffff, ftwx: argU32(a, 'ftwx') & 0xff,
    last_opcode: argU32(a, 'last_opcode') & 0xffff, last_ip: argU64(a, 'last_ip'), last_dp: argU64(a, 'last_dp'),
    xmm: regs('xmm', 16), mxcsr: argU32(a, 'mxcsr'),
  };
  return ok(0);
}

function enableCapVcpu(_k: KvmCore, c: Call): IoctlResult {
  const cap = argU32(c.arg, c.arg && 'cap_nr' in c.arg ? 'cap_nr' : 'cap');
  if (argU32(c.arg, 'flags')) return fail(EINVAL);
  if (cap === KVM_CAP.KVM_CAP_ENFORCE_PV_FEATURE_CPUID) return ok(0);
  return fail(EINVAL);
}

export const VCPU_IOCTLS = new Map<number, Handler>([
  [R.KVM_RUN, run],
  [R.KVM_GET_REGS, (_k, c) => ok(0, regsToOut(vcpuOf(c).getRegs()))],
  [R.KVM_SET_REGS, setRegs],
  [R.KVM_GET_SREGS, getSregs],
  [R.KVM_SET_SREGS, setSregs],
  [R.KVM_GET_MSRS, (_k, c) => { const r = vcpuOf(c).msrs.hostGetMsrs(c.arg ?? {}); return r.errno ? fail(r.errno) : ok(r.ret, r.out as unknown as Record<string, unknown>); }],
  [R.KVM_SET_MSRS, (_k, c) => { const r = vcpuOf(c).msrs.hostSetMsrs(c.arg ?? {}); return r.errno ? fail(r.errno) : ok(r.ret); }],
  [R.KVM_GET_FPU, (_k, c) => { const f = vcpuOf(c).state.fpu; return ok(0, { ...f, fpr: f.fpr.map((b) => b.slice()), xmm: f.xmm.map((b) => b.slice()), pad1: 0, pad2: 0 }); }],
  [R.KVM_SET_FPU, setFpu],
  [R.KVM_GET_VCPU_EVENTS, (_k, c) => { const v = vcpuOf(c); return ok(0, getVcpuEvents(v.getEvents(), caps(v), v.tripleFault.pending)); }],
  [R.KVM_SET_VCPU_EVENTS, (_k, c) => {
    const v = vcpuOf(c);
    const ev = v.getEvents();
    const e = setVcpuEvents(ev, c.arg, caps(v), v.state.mp_state, v.tripleFault);
    if (e) return fail(e);
    v.setEvents(ev);
    return ok(0);
  }],
  [R.KVM_GET_DEBUGREGS, (_k, c) => { const d = vcpuOf(c).getDebugRegs(); return ok(0, { db: [...d.db], dr6: d.dr6, dr7: d.dr7, flags: 0n, reserved: Array(9).fill(0n) }); }],
  [R.KVM_SET_DEBUGREGS, setDebugregs],
  [R.KVM_GET_MP_STATE, (_k, c) => ok(0, { mp_state: vcpuOf(c).state.mp_state })],
  [R.KVM_SET_MP_STATE, setMpState],
  [R.KVM_SET_CPUID2, (_k, c) => {
    const v = vcpuOf(c);
    if (argU32(c.arg, 'nent') > 256) return fail(E2BIG);
    const e = v.cpuid.setCpuid2(c.arg ?? {}, v.hasRun);
    return e ? fail(e) : ok(0);
  }],
  [R.KVM_GET_CPUID2, (_k, c) => {
    const nent = argU32(c.arg, 'nent');
    const r = vcpuOf(c).cpuid.getCpuid2(nent);
    return r.errno ? fail(r.errno, { nent }) : ok(0, r.out as unknown as Record<string, unknown>);
  }],
  [R.KVM_SET_GUEST_DEBUG, setGuestDebug],
  [R.KVM_TRANSLATE, (k, c) => ok(0, translate(vcpuOf(c), envOf(k, vcpuOf(c)), argU64(c.arg, 'linear_address')) as unknown as Record<string, unknown>)],
  [R.KVM_INTERRUPT, (_k, c) => {
    const v = vcpuOf(c);
    const irq = argU32(c.arg, 'irq');
    if (irq >= 256) return fail(EINVAL);
    if (v.vm.irqchip === 'kernel') return fail(ENXIO);
    if (v.vm.irqchip === 'split') return skip('KVM_INTERRUPT with a split irqchip (ExtINT) is not modelled');
    const ev = v.getEvents();
    if (ev.interrupt.injected) return fail(ENXIO);
    ev.interrupt = { ...ev.interrupt, injected: 1, nr: irq, soft: 0 };
    v.setEvents(ev);
    return ok(0);
  }],
  [R.KVM_NMI, (_k, c) => { const v = vcpuOf(c); const ev = v.getEvents(); ev.nmi.pending = Math.min(ev.nmi.pending + 1, 255); v.setEvents(ev); return ok(0); }],
  [R.KVM_ENABLE_CAP, enableCapVcpu],
  [R.KVM_PRE_FAULT_MEMORY, (k, c) => {
    const gpa = argU64(c.arg, 'gpa'), size = argU64(c.arg, 'size');
    if (argU64(c.arg, 'flags')) return fail(EINVAL);
    if ((gpa & 0xfffn) || (size & 0xfffn) || BigInt.asUintN(64, gpa + size) <= gpa) return fail(EINVAL);
    if (!k.host.caps[KVM_CAP.KVM_CAP_PRE_FAULT_MEMORY]) return fail(EOPNOTSUPP);
    return skip('KVM_PRE_FAULT_MEMORY with TDP is not modelled');
  }],
  [R.KVM_GET_XCRS, (_k, c) => ok(0, { nr_xcrs: 1, flags: 0, xcrs: [{ xcr: 0, reserved: 0, value: vcpuOf(c).state.xcr0 }] })],
  [R.KVM_SET_XCRS, setXcrs],
  [R.KVM_SET_SIGNAL_MASK, () => ok(0)],
  [R.KVM_GET_LAPIC, (_k, c) => (vcpuOf(c).lapic ? skip('KVM_GET_LAPIC: the LAPIC register page is not modelled') : fail(EINVAL))],
  [R.KVM_SET_LAPIC, (_k, c) => (vcpuOf(c).lapic ? skip('KVM_SET_LAPIC: the LAPIC register page is not modelled') : fail(EINVAL))],
  [R.KVM_KVMCLOCK_CTRL, () => fail(EINVAL)],
  [R.KVM_GET_TSC_KHZ, () => skip('KVM_GET_TSC_KHZ: host TSC frequency not recorded')],
  [R.KVM_SET_TSC_KHZ, () => skip('KVM_SET_TSC_KHZ: TSC scaling is not modelled')],
]);

function caps(v: Vcpu) {
  return { exceptionPayload: v.vm.config.exceptionPayload, tripleFaultEvent: v.vm.config.tripleFaultEvent, smm: v.vm.host.nrMemslotAsIds > 1 };
}
