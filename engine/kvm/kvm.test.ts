import { describe, expect, it } from 'vitest';
import { Kvm } from './index.ts';
import { KVM_REQ as R } from './uapi/ioctl.ts';
import { KVM_CAP as C } from './uapi/caps.ts';
import { decodeKvmRun } from './uapi/kvm-run.ts';
import type { CpuEvents, CpuExit, GuestCpu, GuestEnv } from '../cpu/types.ts';
import type { kvm_regs, kvm_sregs, kvm_debugregs } from './uapi/regs.ts';
import { createGuestCpu } from '../cpu/index.ts';

const RW = 3, SHARED = 1, ANON = 0x20;
const E = { EBADF: 9, ENOENT: 2, EINVAL: 22, ENOTTY: 25, EEXIST: 17, EIO: 5, E2BIG: 7, ENOSPC: 28, EINTR: 4, ENXIO: 6, ENODEV: 19, EPERM: 1, EOPNOTSUPP: 95 };

function setup(opts: ConstructorParameters<typeof Kvm>[0] = {}) {
  const k = new Kvm(opts);
  const sys = k.open('/dev/kvm').ret;
  const vm = k.ioctl(sys, R.KVM_CREATE_VM, 0n, { type: 0 }).ret;
  const mem = k.mmap(0n, 0xa0000n, RW, SHARED | ANON, -1, 0n).ret;
  expect(k.ioctl(vm, R.KVM_SET_USER_MEMORY_REGION, 0n, { slot: 0, flags: 0, guest_phys_addr: 0n, memory_size: 0xa0000n, userspace_addr: mem }).ret).toBe(0);
  const vcpu = k.ioctl(vm, R.KVM_CREATE_VCPU, 0n, null).ret;
  const run = k.mmap(0n, 0x3000n, RW, SHARED, vcpu, 0n).ret;
  return { k, sys, vm, mem, vcpu, run };
}

describe('fd dispatch (lab/README "Invalid ioctls")', () => {
  it('answers by fd kind', () => {
    const { k, sys, vm, vcpu } = setup();
    const nul = k.open('/dev/null').ret;
    expect(k.open('/etc/passwd')).toEqual({ ret: -1, errno: E.ENOENT });
    expect(k.ioctl(-1, R.KVM_GET_API_VERSION, 0n, null).errno).toBe(E.EBADF);
    expect(k.ioctl(nul, R.KVM_GET_API_VERSION, 0n, null).errno).toBe(E.ENOTTY);
    expect(k.ioctl(sys, R.KVM_GET_API_VERSION, 1n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(sys, R.KVM_GET_API_VERSION, 0n, null).ret).toBe(12);
    expect(k.ioctl(vm, R.KVM_CREATE_VM, 0n, null).errno).toBe(E.ENOTTY);
    expect(k.ioctl(vcpu, R.KVM_CREATE_VM, 0n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(sys, R.KVM_RUN, 0n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(vm, R.KVM_RUN, 0n, null).errno).toBe(E.ENOTTY);
    expect(k.ioctl(vcpu, R.KVM_CHECK_EXTENSION, 10n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(vm, 0xaeff, 0n, null).errno).toBe(E.ENOTTY);
    expect(k.ioctl(vcpu, 0x5401, 0n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(vcpu, R.KVM_GET_REGS, 0n, null, { process: 'forked_child' }).errno).toBe(E.EIO);
    expect(k.ioctl(sys, R.KVM_GET_API_VERSION, 0n, null, { process: 'forked_child' }).ret).toBe(12);
  });
  it('system fd: caps, VM types, mmap size, E2BIG protocols', () => {
    const { k, sys, vm } = setup();
    expect(k.ioctl(sys, R.KVM_CHECK_EXTENSION, BigInt(C.KVM_CAP_VM_TYPES), null).ret).toBe(1);
    expect(k.ioctl(sys, R.KVM_CHECK_EXTENSION, 99999n, null).ret).toBe(0);
    expect(k.ioctl(sys, R.KVM_CHECK_EXTENSION, -1n, null).ret).toBe(0);
    expect(k.ioctl(vm, R.KVM_CHECK_EXTENSION, BigInt(C.KVM_CAP_NR_MEMSLOTS), null).ret).toBe(32764);
    for (const t of [1n, 2n, 6n, 99n]) expect(k.ioctl(sys, R.KVM_CREATE_VM, t, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(sys, R.KVM_GET_VCPU_MMAP_SIZE, 0n, null).ret).toBe(12288);
    const l = k.ioctl(sys, R.KVM_GET_MSR_INDEX_LIST, 0n, { nmsrs: 0 });
    expect(l.errno).toBe(E.E2BIG);
    expect(l.out?.nmsrs).toBe(41);
    expect(k.ioctl(sys, R.KVM_GET_SUPPORTED_CPUID, 0n, { nent: 1 })).toMatchObject({ errno: E.E2BIG, out: { nent: 1 } });
  });
});

describe('VM fd rules', () => {
  it('vCPU ids, irqchip ordering, memslot geometry', () => {
    const { k, vm, mem } = setup();
    expect(k.ioctl(vm, R.KVM_CREATE_VCPU, 0n, null).errno).toBe(E.EEXIST);
    expect(k.ioctl(vm, R.KVM_CREATE_VCPU, 4096n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(vm, R.KVM_CREATE_VCPU, -1n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(vm, R.KVM_CREATE_IRQCHIP, 0n, null).errno).toBe(E.EINVAL);
    const set = (a: Record<string, unknown>) => k.ioctl(vm, R.KVM_SET_USER_MEMORY_REGION, 0n, { slot: 1, flags: 0, guest_phys_addr: 0x100000n, memory_size: 0x1000n, userspace_addr: mem, ...a }).errno ?? 0;
    expect(set({ guest_phys_addr: 0x10000n, memory_size: 0x10000n })).toBe(E.EEXIST);
    expect(set({ guest_phys_addr: 0x100800n })).toBe(E.EINVAL);
    expect(set({ memory_size: 0x1800n })).toBe(E.EINVAL);
    expect(set({ userspace_addr: mem + 0x10n })).toBe(E.EINVAL);
    expect(set({ slot: 32764 })).toBe(E.EINVAL);
    expect(set({ slot: 0x10001 })).toBe(E.EINVAL);
    expect(set({ flags: 4 })).toBe(E.EINVAL);
    expect(set({ userspace_addr: 0xffff800000000000n })).toBe(E.EINVAL);
    expect(set({ guest_phys_addr: 0xfffffffffffff000n, memory_size: 0x2000n })).toBe(E.EINVAL);
    expect(set({ guest_phys_addr: 1n << 52n })).toBe(E.EINVAL);
    expect(set({ slot: 5, memory_size: 0n })).toBe(E.EINVAL);
    expect(set({ memory_size: 0x200000n })).toBe(0);
    expect(set({ guest_phys_addr: 0x400000n, memory_size: 0x200000n })).toBe(0); // move
    expect(set({ guest_phys_addr: 0x400000n, memory_size: 0x100000n })).toBe(E.EINVAL); // resize
    expect(set({ guest_phys_addr: 0x400000n, memory_size: 0x200000n, flags: 2 })).toBe(E.EINVAL);
    expect(set({ guest_phys_addr: 0x400000n, memory_size: 0n })).toBe(0);
    expect(k.ioctl(vm, R.KVM_GET_DIRTY_LOG, 0n, { slot: 0 }).errno).toBe(E.ENOENT);
  });
  it('guest_memfd creation, binding and mmap rules', () => {
    const { k, vm, mem } = setup();
    const g = (size: bigint, flags: bigint) => k.ioctl(vm, R.KVM_CREATE_GUEST_MEMFD, 0n, { size, flags });
    expect(g(0n, 0n).errno).toBe(E.EINVAL);
    expect(g(0x1001n, 0n).errno).toBe(E.EINVAL);
    expect(g(0x200000n, 4n).errno).toBe(E.EINVAL);
    const plain = g(0x200000n, 0n).ret;
    expect(k.mmap(0n, 0x1000n, RW, SHARED, plain, 0n).errno).toBe(E.ENODEV);
    const m = g(0x200000n, 3n).ret;
    expect(k.mmap(0n, 0x1000n, RW, SHARED, m, 0n).ret > 0n).toBe(true);
    const r2 = (a: Record<string, unknown>) => k.ioctl(vm, R.KVM_SET_USER_MEMORY_REGION2, 0n, { slot: 12, flags: 4, guest_phys_addr: 0x2000000n, memory_size: 0x100000n, userspace_addr: mem, guest_memfd_offset: 0n, guest_memfd: m, ...a }).errno ?? 0;
    expect(r2({ guest_memfd: 9999 })).toBe(E.EBADF);
    expect(r2({})).toBe(0);
    expect(r2({ slot: 13, flags: 5, guest_phys_addr: 0x2200000n, guest_memfd_offset: 0x100000n })).toBe(E.EINVAL);
    expect(r2({ slot: 14, guest_phys_addr: 0x2400000n })).toBe(E.EINVAL); // range bound twice
    expect(r2({ slot: 15, guest_phys_addr: 0x2600000n, memory_size: 0x200000n, guest_memfd_offset: 0x100000n })).toBe(E.EINVAL);
    expect(k.ioctl(vm, R.KVM_SET_MEMORY_ATTRIBUTES, 0n, {}).errno).toBe(E.ENOTTY);
  });
  it('ENABLE_CAP rules', () => {
    const { k, vm, vcpu } = setup();
    const cap = (fd: number, c: number, a0: bigint, flags = 0) => k.ioctl(fd, R.KVM_ENABLE_CAP, 0n, { cap: c, flags, args: [a0, 0n, 0n, 0n] }).errno ?? 0;
    expect(cap(vm, 9999, 0n)).toBe(E.EINVAL);
    expect(cap(vcpu, 9999, 0n)).toBe(E.EINVAL);
    expect(cap(vm, C.KVM_CAP_X86_USER_SPACE_MSR, 0xffn)).toBe(E.EINVAL);
    expect(cap(vm, C.KVM_CAP_X86_USER_SPACE_MSR, 0n, 1)).toBe(E.EINVAL);
    expect(cap(vm, C.KVM_CAP_X86_USER_SPACE_MSR, 7n)).toBe(0);
    expect(cap(vm, C.KVM_CAP_EXIT_HYPERCALL, 2n)).toBe(E.EINVAL);
    expect(cap(vm, C.KVM_CAP_DIRTY_LOG_RING, 4096n)).toBe(E.EINVAL); // after KVM_CREATE_VCPU
  });
});

describe('vCPU fd', () => {
  it('reset state matches the first GET_SREGS of the lab', () => {
    const { k, vcpu } = setup();
    const s = k.ioctl(vcpu, R.KVM_GET_SREGS, 0n, null).out as any;
    expect(s.cs).toMatchObject({ sel: 0xf000, base: 0xffff0000n, limit: 0xffff, type: 11 });
    expect(s.cr0).toBe(0x60000010n);
    expect(s.apic_base).toBe(0xfee00900n);
    expect((k.ioctl(vcpu, R.KVM_GET_REGS, 0n, null).out as any).rip).toBe(0xfff0n);
  });
  it('SET_SREGS validity, MP state, events', () => {
    const { k, vcpu } = setup();
    const base = k.ioctl(vcpu, R.KVM_GET_SREGS, 0n, null).out as any;
    const set = (p: Record<string, unknown>) => k.ioctl(vcpu, R.KVM_SET_SREGS, 0n, { ...base, ...p }).errno ?? 0;
    expect(set({ cr0: 0x80000000n })).toBe(E.EINVAL);
    expect(set({ cr4: 1n << 63n })).toBe(E.EINVAL);
    expect(set({ efer: 1n << 63n })).toBe(0);
    expect((k.ioctl(vcpu, R.KVM_GET_SREGS, 0n, null).out as any).efer).toBe(1n << 63n);
    expect(set({ efer: 0x500n, cr0: 0x80000011n, cr4: 0n })).toBe(E.EINVAL); // LME+PG without PAE
    expect(set({ efer: 0x500n, cr0: 0x80000011n, cr4: 0x20n, cr3: 1n << 52n })).toBe(E.EINVAL);
    expect(set({ efer: 0x500n, cr0: 0x80000011n, cr4: 0x220n, cs: { ...base.cs, l: 1 } })).toBe(0);
    expect(k.ioctl(vcpu, R.KVM_SET_MP_STATE, 0n, { mp_state: 99 }).errno).toBe(E.EINVAL);
    expect(k.ioctl(vcpu, R.KVM_SET_GUEST_DEBUG, 0n, { control: 0x80000000 }).ret).toBe(0);
    expect(k.ioctl(vcpu, R.KVM_SET_CPUID2, 0n, { nent: 300, entries: [] }).errno).toBe(E.E2BIG);
    expect(k.ioctl(vcpu, R.KVM_GET_MSRS, 0n, { nmsrs: 100000, entries: [] }).errno).toBe(E.E2BIG);
    expect((k.ioctl(vcpu, R.KVM_GET_VCPU_EVENTS, 0n, null).out as any).flags).toBe(0xd);
    expect(k.ioctl(vcpu, R.KVM_SET_VCPU_EVENTS, 0n, { flags: 0x80 }).errno).toBe(E.EINVAL);
    expect(k.ioctl(vcpu, R.KVM_SET_VCPU_EVENTS, 0n, { flags: 0, exception: { injected: 1, nr: 32 } }).errno).toBe(E.EINVAL);
    expect(k.ioctl(vcpu, R.KVM_PRE_FAULT_MEMORY, 0n, { gpa: 0x800n, size: 0x1000n }).errno).toBe(E.EINVAL);
    expect(k.ioctl(vcpu, R.KVM_PRE_FAULT_MEMORY, 0n, { gpa: 0n, size: 0x1000n }).errno).toBe(E.EOPNOTSUPP);
    expect(k.ioctl(vcpu, R.KVM_INTERRUPT, 0n, { irq: 256 }).errno).toBe(E.EINVAL);
  });
  it('KVM_RUN without memslots is ENOSPC every time; without a CPU it is skipped', () => {
    const k = new Kvm();
    const sys = k.open('/dev/kvm').ret;
    const vm = k.ioctl(sys, R.KVM_CREATE_VM, 0n, null).ret;
    const vcpu = k.ioctl(vm, R.KVM_CREATE_VCPU, 0n, null).ret;
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null).errno).toBe(E.ENOSPC);
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null).errno).toBe(E.ENOSPC);
    const s = setup();
    expect(s.k.ioctl(s.vcpu, R.KVM_RUN, 0n, null)).toMatchObject({ ret: -1, errno: E.EINTR, skipped: 'guest execution not available' });
  });
  it('mmap rules of KVM fds', () => {
    const { k, sys, vm, vcpu } = setup();
    expect(k.mmap(0n, 0x1000n, RW, SHARED, sys, 0n).errno).toBe(E.ENODEV);
    expect(k.mmap(0n, 0x1000n, RW, SHARED, vm, 0n).errno).toBe(E.ENODEV);
    expect(k.mmap(0n, 0x1000n, 7, SHARED, vcpu, 0n).errno).toBe(E.EPERM);
    expect(k.mmap(0n, 0x1000n, RW, SHARED, 99, 0n).errno).toBe(E.EBADF);
  });
});

/** A scripted GuestCpu double: returns the queued exits in order and records completions. */
class ScriptCpu implements GuestCpu {
  regs: kvm_regs = { rax: 0n, rbx: 0n, rcx: 0n, rdx: 0n, rsi: 0n, rdi: 0n, rsp: 0n, rbp: 0n, r8: 0n, r9: 0n, r10: 0n, r11: 0n, r12: 0n, r13: 0n, r14: 0n, r15: 0n, rip: 0n, rflags: 2n };
  sregs!: kvm_sregs;
  dr!: kvm_debugregs;
  script: Array<(env: GuestEnv) => CpuExit> = [];
  log: string[] = [];
  count = 0;
  getRegs() { return structuredClone(this.regs); }
  setRegs(r: kvm_regs) { this.regs = structuredClone(r); }
  getSregs() { return structuredClone(this.sregs); }
  setSregs(s: kvm_sregs) { this.sregs = structuredClone(s); }
  getDebugRegs() { return structuredClone(this.dr); }
  setDebugRegs(d: kvm_debugregs) { this.dr = structuredClone(d); }
  setGuestDebug() {}
  events: CpuEvents = { exception: { injected: 0, nr: 0, has_error_code: 0, pending: 0, error_code: 0 }, exception_has_payload: 0, exception_payload: 0n, interrupt: { injected: 0, nr: 0, soft: 0, shadow: 0 }, nmi: { injected: 0, pending: 0, masked: 0 } };
  setEvents(e: CpuEvents) { this.events = structuredClone(e); }
  getEvents() { return structuredClone(this.events); }
  run(env: GuestEnv, budget: number) {
    if (budget === 0) return { kind: 'budget' as const }; // only finishes a pending completion (immediate_exit)
    this.count++; const f = this.script.shift(); return f ? f(env) : { kind: 'hlt' as const };
  }
  completeIn(d: Uint8Array) { this.log.push(`in:${Array.from(d).join(',')}`); }
  completeMmioRead(d: Uint8Array) { this.log.push(`mmio:${Array.from(d).join(',')}`); }
  completeMsr(e: number, d: bigint) { this.log.push(`msr:${e}:${d}`); }
  completeHypercall(r: bigint) { this.log.push(`hc:${r}`); }
  invalidateCode() {}
  instructionCount() { return this.count; }
  snapshot() { return structuredClone({ regs: this.regs, count: this.count }); }
  restore(s: unknown) { const x = s as { regs: kvm_regs; count: number }; this.regs = structuredClone(x.regs); this.count = x.count; }
}

describe('KVM_RUN with two vCPUs executing real code', () => {
  it('code one vCPU has decoded and another rewrites runs as rewritten (cross-modifying code)', () => {
    const { k, vm, mem, vcpu: v0 } = setup({ cpuFactory: createGuestCpu });
    const v1 = k.ioctl(vm, R.KVM_CREATE_VCPU, 1n, null).ret;
    for (const v of [v0, v1]) k.mmap(0n, 0x3000n, RW, SHARED, v, 0n);
    // real mode, CS base 0: vCPU 1 runs `inc ax; hlt` at 0x1000; vCPU 0 runs `mov byte [0x1000], 0x43; hlt`
    // at 0x2000 (0x43 = inc bx)
    k.hostWrite(mem + 0x1000n, Uint8Array.of(0x40, 0xf4));
    k.hostWrite(mem + 0x2000n, Uint8Array.of(0xc6, 0x06, 0x00, 0x10, 0x43, 0xf4));
    const at = (v: number, ip: bigint, sregs = true) => {
      const s = k.ioctl(v, R.KVM_GET_SREGS, 0n, null).out as unknown as kvm_sregs;
      // (KVM_SET_SREGS may change the code size: the CPU drops its decoded code then)
      if (sregs) k.ioctl(v, R.KVM_SET_SREGS, 0n, { ...s, cs: { ...s.cs, base: 0n, selector: 0 }, ds: { ...s.ds, base: 0n, selector: 0 } });
      const r = k.ioctl(v, R.KVM_GET_REGS, 0n, null).out as unknown as kvm_regs;
      k.ioctl(v, R.KVM_SET_REGS, 0n, { ...r, rip: ip, rax: 0n, rbx: 0n, rflags: 2n });
    };
    const reg = (v: number, n: 'rax' | 'rbx') => (k.ioctl(v, R.KVM_GET_REGS, 0n, null).out as unknown as kvm_regs)[n];
    at(v1, 0x1000n);
    expect(k.ioctl(v1, R.KVM_RUN, 0n, null).ret).toBe(0);
    expect(reg(v1, 'rax')).toBe(1n);
    at(v0, 0x2000n);
    expect(k.ioctl(v0, R.KVM_RUN, 0n, null).ret).toBe(0); // the store, then hlt
    at(v1, 0x1000n, false);
    expect(k.ioctl(v1, R.KVM_RUN, 0n, null).ret).toBe(0);
    expect([reg(v1, 'rax'), reg(v1, 'rbx')]).toEqual([0n, 1n]);
  });
});

describe('KVM_RUN with a scripted CPU', () => {
  it('writes IO/MMIO exits into kvm_run and completes them on the next run', () => {
    const cpus: ScriptCpu[] = [];
    const { k, vcpu, run, mem } = setup({ cpuFactory: () => { const c = new ScriptCpu(); cpus.push(c); return c; } });
    const cpu = cpus[0]!;
    cpu.script.push(() => ({ kind: 'io', direction: 'out', size: 1, port: 0x10, count: 1, data: Uint8Array.of(0x41) }));
    cpu.script.push(() => ({ kind: 'io', direction: 'in', size: 1, port: 0x11, count: 3, data: new Uint8Array(3) }));
    cpu.script.push(() => ({ kind: 'mmio', gpa: 0xa0000n, len: 1, isWrite: false, data: new Uint8Array(1) }));
    cpu.script.push((env) => { env.page(1, true)![0] = 0x99; return { kind: 'hlt' }; });
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null).ret).toBe(0);
    const area = k.runArea(vcpu)!;
    expect(decodeKvmRun(area)).toMatchObject({ exit_name: 'KVM_EXIT_IO', io: { direction: 'out', port: 0x10, data: '41', data_offset: 4096 } });
    expect(k.hostRead(run + 4096n, 1)[0]).toBe(0x41); // the mmap shows the same bytes
    area.fill(0x77, 4096, 4099);
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null).ret).toBe(0);
    expect(decodeKvmRun(area)).toMatchObject({ io: { direction: 'in', count: 3, data: '000000' } }); // IN data zeroed
    k.hostWrite(run + 4096n, Uint8Array.of(1, 2, 3));
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null).ret).toBe(0);
    expect(cpu.log).toEqual(['in:1,2,3']);
    const mm = decodeKvmRun(area) as any;
    expect(mm.mmio).toMatchObject({ phys_addr: 0xa0000n, len: 1, is_write: 0 });
    expect(mm.mmio.data8).toBe('0010000000000000'); // stale: io.data_offset of the previous exit
    area[40] = 0x5a;
    area[1] = 1; // immediate_exit: complete the MMIO read, then EINTR
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null)).toEqual({ ret: -1, errno: E.EINTR });
    expect(cpu.log).toEqual(['in:1,2,3', 'mmio:90']);
    area[1] = 0;
    expect(k.ioctl(vcpu, R.KVM_RUN, 0n, null).ret).toBe(0);
    expect(decodeKvmRun(area).exit_name).toBe('KVM_EXIT_HLT');
    expect(k.hostRead(mem + 0x1000n, 1)[0]).toBe(0x99); // guest store visible to the VMM
  });

  it('snapshot/restore covers memory, registers, kvm_run and fds', () => {
    const cpus: ScriptCpu[] = [];
    const { k, vcpu, mem, vm } = setup({ cpuFactory: () => { const c = new ScriptCpu(); cpus.push(c); return c; } });
    k.hostWrite(mem, Uint8Array.of(1));
    const regs = k.ioctl(vcpu, R.KVM_GET_REGS, 0n, null).out!;
    const s = k.snapshot();
    k.hostWrite(mem, Uint8Array.of(2));
    k.ioctl(vcpu, R.KVM_SET_REGS, 0n, { ...regs, rax: 5n });
    k.ioctl(vm, R.KVM_SET_USER_MEMORY_REGION, 0n, { slot: 0, memory_size: 0n });
    const extra = k.ioctl(vm, R.KVM_CREATE_VCPU, 1n, null).ret;
    k.restore(s);
    expect(k.hostRead(mem, 1)[0]).toBe(1);
    expect((k.ioctl(vcpu, R.KVM_GET_REGS, 0n, null).out as any).rax).toBe(0n);
    expect(k.ioctl(extra, R.KVM_GET_REGS, 0n, null).errno).toBe(E.EBADF);
    expect(k.inspect().vms[0]!.memslots.length).toBe(1);
    // restoring again after more changes gives the same state
    k.hostWrite(mem, Uint8Array.of(3));
    k.restore(s);
    expect(k.hostRead(mem, 1)[0]).toBe(1);
  });

  it('inspect() is plain data', () => {
    const { k, vcpu } = setup();
    const i = k.inspect();
    expect(i.fds.map((f) => f.kind)).toEqual(['system', 'vm', 'vcpu']);
    expect(i.vms[0]!.vcpus[0]).toMatchObject({ fd: vcpu, vcpu_id: 0, plane: 0, mp_state: 0, runMapped: true });
    expect(() => structuredClone(i)).not.toThrow();
  });
});

describe('planes profiles', () => {
  it('R25: CREATE_PLANE, plane vCPUs, allow-lists', () => {
    const { k, vm, vcpu, sys } = setup({ profile: 'r25' });
    expect(k.ioctl(vm, R.KVM_CHECK_EXTENSION, 239n, null).ret).toBe(16);
    expect(k.ioctl(vm, 0xaed6, 0n, null).errno).toBe(E.EEXIST);
    expect(k.ioctl(vm, 0xaed6, 16n, null).errno).toBe(E.EINVAL);
    const p1 = k.ioctl(vm, 0xaed6, 1n, null).ret;
    expect(k.ioctl(vm, 0xaed7, BigInt(vcpu), null).errno).toBe(E.ENOTTY);
    expect(k.ioctl(p1, R.KVM_CHECK_EXTENSION, 239n, null).ret).toBe(0);
    expect(k.ioctl(p1, R.KVM_RUN, 0n, null).errno).toBe(E.ENOTTY);
    expect(k.ioctl(p1, 0xaed7, 999n, null).errno).toBe(E.EBADF);
    expect(k.ioctl(p1, 0xaed7, BigInt(sys), null).errno).toBe(E.EINVAL);
    const pv = k.ioctl(p1, 0xaed7, BigInt(vcpu), null).ret;
    expect(k.ioctl(p1, 0xaed7, BigInt(vcpu), null).errno).toBe(E.EEXIST);
    expect(k.ioctl(pv, R.KVM_RUN, 0n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(pv, R.KVM_SET_CPUID2, 0n, { nent: 0, entries: [] }).errno).toBe(E.EINVAL);
    const regs = k.ioctl(pv, R.KVM_GET_REGS, 0n, null).out!;
    k.ioctl(pv, R.KVM_SET_REGS, 0n, { ...regs, rbx: 7n });
    expect((k.ioctl(vcpu, R.KVM_GET_REGS, 0n, null).out as any).rbx).toBe(0n); // per-plane register files
    expect((k.ioctl(pv, R.KVM_GET_REGS, 0n, null).out as any).rbx).toBe(7n);
    expect(k.ioctl(vm, R.KVM_CREATE_IRQCHIP, 0n, null).errno).toBe(E.EINVAL);
  });
  it('S26: one plane for default VMs, KVM_CREATE_PLANE at 0xAEE4', () => {
    const { k, vm, sys } = setup({ profile: 's26' });
    expect(k.ioctl(sys, R.KVM_CHECK_EXTENSION, 249n, null).ret).toBe(1);
    expect(k.ioctl(vm, 0xaee4, 1n, null).errno).toBe(E.EINVAL);
    expect(k.ioctl(vm, 0xaed6, 1n, null).errno).toBe(E.ENOTTY);
  });
});
