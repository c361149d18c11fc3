/**
 * Test-only harness: drives X86Cpu directly from a kvmlab-truth/2 recording
 * (memslots, memwrites, SET_REGS/SREGS/GUEST_DEBUG/CPUID2, KVM_RUN + respond)
 * and compares every exit and its register snapshot with real KVM. It models
 * only what guest execution needs; ioctl semantics are engine/kvm's and the
 * full conformance replay is engine/record's (`planescope conform`).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { X86Cpu } from '../cpu.ts';
import type { CpuExit, GuestEnv } from '../types.ts';
import type { kvm_regs, kvm_segment, kvm_sregs } from '../../kvm/uapi/regs.ts';

type Ev = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function loadTruth(path: string): Ev {
  let b: Buffer = readFileSync(path);
  if (b[0] === 0x1f && b[1] === 0x8b) b = gunzipSync(b);
  return JSON.parse(b.toString('utf8'));
}

const big = (v: unknown): bigint => BigInt(v as string | number);
const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (x) => parseInt(x, 16));
const toHex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

function seg(o: Ev): kvm_segment {
  return { base: big(o.base), limit: Number(big(o.limit)), selector: Number(big(o.sel ?? o.selector)), type: o.type,
    present: o.present, dpl: o.dpl, db: o.db, s: o.s, l: o.l, g: o.g, avl: o.avl, unusable: o.unusable, padding: 0 };
}
function sregs(o: Ev): kvm_sregs {
  return {
    cs: seg(o.cs), ds: seg(o.ds), es: seg(o.es), fs: seg(o.fs), gs: seg(o.gs), ss: seg(o.ss), tr: seg(o.tr), ldt: seg(o.ldt),
    gdt: { base: big(o.gdt.base), limit: Number(big(o.gdt.limit)), padding: [0, 0, 0] },
    idt: { base: big(o.idt.base), limit: Number(big(o.idt.limit)), padding: [0, 0, 0] },
    cr0: big(o.cr0), cr2: big(o.cr2), cr3: big(o.cr3), cr4: big(o.cr4), cr8: big(o.cr8), efer: big(o.efer),
    apic_base: big(o.apic_base), interrupt_bitmap: (o.interrupt_bitmap ?? ['0x0', '0x0', '0x0', '0x0']).map(big),
  };
}
function regs(o: Ev): kvm_regs {
  const r: Record<string, bigint> = {};
  for (const k of Object.keys(o)) r[k] = big(o[k]);
  return r as unknown as kvm_regs;
}

interface Slot { gpa: number; size: number; hva: number; flags: number }
interface VmState { slots: Map<number, Slot>; cpuid: Ev[] }

export interface Mismatch { seq: number; what: string; expected: string; actual: string }
export interface LabResult { runs: number; exits: number; mismatches: Mismatch[]; cpus: Map<number, X86Cpu> }

/** Replay the guest-execution part of a recording; stops collecting after `maxMismatch` mismatches. */
export function replayLab(log: Ev, backend: 'emulate' | 'hardware' = 'emulate', maxMismatch = 50): LabResult {
  const host = new Map<number, Uint8Array>(); // hva page -> bytes
  const vms = new Map<number, VmState>();
  const vcpus = new Map<number, { cpu: X86Cpu; vm: VmState; last: CpuExit | null }>();
  const mism: Mismatch[] = [];
  let runs = 0, exits = 0;
  const hostPage = (hva: number): Uint8Array => {
    const k = Math.floor(hva / 4096);
    let p = host.get(k);
    if (!p) { p = new Uint8Array(4096); host.set(k, p); }
    return p;
  };
  const envFor = (vm: VmState): GuestEnv => ({
    page(gfn, write) {
      const gpa = gfn * 4096;
      for (const s of vm.slots.values()) {
        if (gpa >= s.gpa && gpa < s.gpa + s.size) {
          if (write && (s.flags & 2)) return null;
          return hostPage(s.hva + (gpa - s.gpa));
        }
      }
      return null;
    },
    coalesceMmio: () => false,
    coalescePio: () => false,
    rdmsr: () => ({ kind: 'ok', value: 0n }),
    wrmsr: () => ({ kind: 'ok', value: 0n }),
    cpuid(fn, index) {
      const e = vm.cpuid.find((x) => Number(big(x.function)) === fn && ((Number(x.flags) & 1) === 0 || Number(big(x.index)) === index));
      return e ? { eax: Number(big(e.eax)), ebx: Number(big(e.ebx)), ecx: Number(big(e.ecx)), edx: Number(big(e.edx)) } : { eax: 0, ebx: 0, ecx: 0, edx: 0 };
    },
    hypercallExits: () => false,
  });
  const add = (m: Mismatch): void => { if (mism.length < maxMismatch) mism.push(m); };
  const evs: Ev[] = log.events;
  for (let k = 0; k < evs.length; k++) {
    const e = evs[k];
    if (e.t === 'memwrite') {
      const data = hex(e.data);
      let hva = Number(big(e.hva));
      for (let o = 0; o < data.length;) {
        const p = hostPage(hva), off = hva & 0xfff, n = Math.min(4096 - off, data.length - o);
        p.set(data.subarray(o, o + n), off);
        // the VMM wrote guest memory: drop decoded code of every vCPU (a real VMM model calls invalidateCode)
        for (const v of vcpus.values()) { v.cpu.m.code.clear(); v.cpu.m.dropFetchCache(); }
        o += n; hva += n;
      }
      continue;
    }
    if (e.t === 'memread') {
      const data = hex(e.data);
      let hva = Number(big(e.hva));
      const got = new Uint8Array(data.length);
      for (let o = 0; o < data.length;) {
        const p = hostPage(hva), off = hva & 0xfff, n = Math.min(4096 - off, data.length - o);
        got.set(p.subarray(off, off + n), o); o += n; hva += n;
      }
      if (toHex(got) !== e.data) add({ seq: e.seq, what: `memread ${e.gpa}`, expected: e.data, actual: toHex(got) });
      continue;
    }
    if (e.t === 'respond') {
      const v = vcpus.get(e.vcpu_fd);
      if (!v) continue;
      if (e.what === 'io_in_data') v.cpu.completeIn(hex(e.data));
      else if (e.what === 'mmio_read_data') v.cpu.completeMmioRead(hex(e.data));
      else if (e.what === 'msr') v.cpu.completeMsr(Number(e.error ?? 0), big(e.data ?? 0));
      continue;
    }
    if (e.t !== 'ioctl' || e.process) continue;
    if (e.ret < 0 && !(e.req === 'KVM_RUN' && evs[k + 1]?.signal)) continue;
    const a = e.arg;
    switch (e.req) {
      case 'KVM_CREATE_VM': vms.set(e.ret, { slots: new Map(), cpuid: [] }); break;
      case 'KVM_SET_USER_MEMORY_REGION': case 'KVM_SET_USER_MEMORY_REGION2': {
        const vm = vms.get(e.fd); if (!vm) break;
        const id = a.slot;
        if (big(a.memory_size) === 0n) vm.slots.delete(id);
        else vm.slots.set(id, { gpa: Number(big(a.guest_phys_addr)), size: Number(big(a.memory_size)), hva: Number(big(a.userspace_addr)), flags: a.flags });
        break;
      }
      case 'KVM_CREATE_VCPU': { const vm = vms.get(e.fd)!; vcpus.set(e.ret, { cpu: new X86Cpu(backend), vm, last: null }); break; }
      case 'KVM_SET_CPUID2': { for (const v of vcpus.values()) if (v === vcpus.get(e.fd)) v.vm.cpuid = a.entries; break; }
      case 'KVM_SET_REGS': vcpus.get(e.fd)?.cpu.setRegs(regs(a)); break;
      case 'KVM_SET_SREGS': vcpus.get(e.fd)?.cpu.setSregs(sregs(a)); break;
      case 'KVM_SET_GUEST_DEBUG': vcpus.get(e.fd)?.cpu.setGuestDebug({ control: Number(big(a.control)), debugreg: a.debugreg.map(big) }); break;
      case 'KVM_RUN': {
        const v = vcpus.get(e.fd); if (!v) break;
        const ex = evs[k + 1];
        if (!ex || ex.t !== 'exit') break;
        runs++;
        const budget = ex.signal ? 10000 : 50_000_000;
        const got = v.cpu.run(envFor(v.vm), budget);
        v.last = got;
        exits++;
        compareExit(ex, got, v.cpu, add);
        k++;
        break;
      }
    }
  }
  return { runs, exits, mismatches: mism, cpus: new Map([...vcpus].map(([fd, v]) => [fd, v.cpu])) };
}

const EXIT_KIND: Record<string, string> = {
  KVM_EXIT_IO: 'io', KVM_EXIT_MMIO: 'mmio', KVM_EXIT_HLT: 'hlt', KVM_EXIT_SHUTDOWN: 'shutdown', KVM_EXIT_DEBUG: 'debug',
  KVM_EXIT_INTERNAL_ERROR: 'internal', KVM_EXIT_X86_RDMSR: 'msr', KVM_EXIT_X86_WRMSR: 'msr', KVM_EXIT_HYPERCALL: 'hypercall',
};

function compareExit(ex: Ev, got: CpuExit, cpu: X86Cpu, add: (m: Mismatch) => void): void {
  const seq = ex.seq;
  const want = ex.run_ret < 0 ? 'budget' : EXIT_KIND[ex.exit_name] ?? ex.exit_name;
  if (want !== got.kind) {
    add({ seq, what: 'exit', expected: want, actual: JSON.stringify(got, (_k, v) => typeof v === 'bigint' ? '0x' + v.toString(16) : v instanceof Uint8Array ? toHex(v) : v) });
    return;
  }
  const cmp = (what: string, e: unknown, a: unknown): void => { if (String(e) !== String(a)) add({ seq, what, expected: String(e), actual: String(a) }); };
  if (got.kind === 'io') {
    cmp('io.port', ex.io.port, got.port); cmp('io.size', ex.io.size, got.size); cmp('io.count', ex.io.count, got.count);
    cmp('io.direction', ex.io.direction, got.direction);
    if (got.direction === 'out') cmp('io.data', ex.io.data, toHex(got.data));
  } else if (got.kind === 'mmio') {
    cmp('mmio.phys_addr', ex.mmio.phys_addr, '0x' + got.gpa.toString(16)); cmp('mmio.len', ex.mmio.len, got.len);
    cmp('mmio.is_write', ex.mmio.is_write, got.isWrite ? 1 : 0);
    if (got.isWrite) cmp('mmio.data', ex.mmio.data, toHex(got.data));
  } else if (got.kind === 'debug') {
    cmp('debug.pc', ex.debug.pc, '0x' + got.pc.toString(16)); cmp('debug.dr6', ex.debug.dr6, '0x' + got.dr6.toString(16));
    cmp('debug.dr7', ex.debug.dr7, '0x' + got.dr7.toString(16)); cmp('debug.exception', ex.debug.exception, got.exception);
  } else if (got.kind === 'internal') {
    cmp('internal.suberror', ex.internal.suberror, got.suberror);
    cmp('internal.data', ex.internal.data.join(','), got.data.map((x) => '0x' + x.toString(16)).join(','));
  }
  if (ex.regs && ex.run_ret >= 0) {
    const r = cpu.getRegs() as unknown as Record<string, bigint>;
    for (const key of Object.keys(ex.regs)) cmp(`regs.${key}`, ex.regs[key], '0x' + r[key].toString(16));
  }
  if (ex.sregs && ex.run_ret >= 0) {
    const s = cpu.getSregs();
    for (const key of ['cr0', 'cr2', 'cr3', 'cr4', 'efer'] as const) cmp(`sregs.${key}`, ex.sregs[key], '0x' + s[key].toString(16));
    for (const g of ['cs', 'ss', 'ds', 'es'] as const) {
      cmp(`sregs.${g}.sel`, Number(big(ex.sregs[g].sel)), s[g].selector);
      cmp(`sregs.${g}.base`, ex.sregs[g].base, '0x' + s[g].base.toString(16));
    }
  }
}
