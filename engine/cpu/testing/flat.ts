/**
 * Test-only flat guest: RAM at GPA 0..size, everything else MMIO; a
 * GuestEnv with configurable MSR/hypercall answers; helpers to put the vCPU
 * in real, 32-bit protected or 64-bit long mode.
 */
import { X86Cpu } from '../cpu.ts';
import type { Backend, GuestEnv, MsrOutcome } from '../types.ts';

export class FlatGuest {
  readonly ram: Uint8Array;
  readonly cpu: X86Cpu;
  writes = 0;
  hypercallMask = 0n;
  msr: (index: number, write: boolean) => MsrOutcome = () => ({ kind: 'ok', value: 0n });
  readonly env: GuestEnv;
  constructor(backend: Backend = 'emulate', size = 0xa0000) {
    this.ram = new Uint8Array(size);
    this.cpu = new X86Cpu(backend);
    const ram = this.ram;
    // one view per page, made once (a VMM's page lookup does not allocate either)
    const views = Array.from({ length: Math.ceil(size / 4096) }, (_, g) => ram.subarray(g * 4096, g * 4096 + 4096));
    this.env = {
      page: (gfn, write) => {
        if (gfn >= views.length) return null;
        if (write) this.writes++;
        return views[gfn]!;
      },
      logsWrites: () => false, // no dirty logging: the CPU may keep write pages for a run
      coalesceMmio: () => false,
      coalescePio: () => false,
      rdmsr: (i) => this.msr(i, false),
      wrmsr: (i) => this.msr(i, true),
      cpuid: (fn) => ({ eax: fn, ebx: 0x68747541, ecx: 0x444d4163, edx: 0x69746e65 }),
      hypercallExits: (nr) => ((this.hypercallMask >> nr) & 1n) === 1n,
    };
  }
  put(addr: number, bytes: number[]): void { this.ram.set(bytes, addr); }
  w32(addr: number, v: number): void { new DataView(this.ram.buffer).setUint32(addr, v >>> 0, true); }
  w64(addr: number, v: bigint): void { new DataView(this.ram.buffer).setBigUint64(addr, v, true); }
  r64(addr: number): bigint { return new DataView(this.ram.buffer).getBigUint64(addr, true); }
  run(budget = 100000) { return this.cpu.run(this.env, budget); }
  reg(name: string): bigint { return (this.cpu.getRegs() as unknown as Record<string, bigint>)[name]; }
  setReg(name: string, v: bigint): void {
    const r = this.cpu.getRegs() as unknown as Record<string, bigint>;
    r[name] = v;
    this.cpu.setRegs(r as never);
  }

  /** Real mode, CS=DS=ES=SS=0, IP=ip, SP=0x7000. */
  realMode(ip: number): void {
    const s = this.cpu.getSregs();
    for (const k of ['cs', 'ds', 'es', 'ss', 'fs', 'gs'] as const) s[k] = { ...s[k], selector: 0, base: 0n, limit: 0xffff };
    this.cpu.setSregs(s);
    this.setReg('rip', BigInt(ip)); this.setReg('rsp', 0x7000n);
  }

  /** Flat 32-bit protected mode (no paging): GDT at 0x500 with code 0x08, data 0x10. */
  protMode(ip: number): void {
    this.w64(0x508, 0x00cf9b000000ffffn); this.w64(0x510, 0x00cf93000000ffffn);
    const s = this.cpu.getSregs();
    const flat = { base: 0n, limit: 0xffffffff, present: 1, dpl: 0, db: 1, s: 1, l: 0, g: 1, avl: 0, unusable: 0, padding: 0 };
    s.cs = { ...flat, selector: 8, type: 11 };
    for (const k of ['ds', 'es', 'ss', 'fs', 'gs'] as const) s[k] = { ...flat, selector: 0x10, type: 3 };
    s.gdt = { base: 0x500n, limit: 23, padding: [0, 0, 0] };
    s.cr0 = 0x11n;
    this.cpu.setSregs(s);
    this.setReg('rip', BigInt(ip)); this.setReg('rsp', 0x7000n);
  }

  /** 64-bit long mode with identity paging of the first 2 MiB through 4 KiB pages (PT at 0x13000). */
  longMode(ip: number): void {
    this.w64(0x508, 0x00209b0000000000n); this.w64(0x510, 0x00cf93000000ffffn);
    this.w64(0x10000, 0x11003n); this.w64(0x11000, 0x12003n); this.w64(0x12000, 0x13003n);
    for (let p = 0; p < 0xa0; p++) this.w64(0x13000 + p * 8, BigInt(p * 4096 + 3));
    const s = this.cpu.getSregs();
    const flat = { base: 0n, limit: 0xffffffff, present: 1, dpl: 0, db: 0, s: 1, l: 1, g: 1, avl: 0, unusable: 0, padding: 0 };
    s.cs = { ...flat, selector: 8, type: 11 };
    for (const k of ['ds', 'es', 'ss', 'fs', 'gs'] as const) s[k] = { ...flat, l: 0, db: 1, selector: 0x10, type: 3 };
    s.gdt = { base: 0x500n, limit: 23, padding: [0, 0, 0] };
    s.cr0 = 0x80000011n; s.cr4 = 0x220n; s.efer = 0x500n; s.cr3 = 0x10000n;
    this.cpu.setSregs(s);
    this.setReg('rip', BigInt(ip)); this.setReg('rsp', 0xf000n);
  }

  /** 64-bit IDT at 0x2000 with every gate pointing at `handler`. */
  idt64(handler: number, limit = 48 * 16 - 1): void {
    for (let v = 0; v < 48; v++) {
      const lo = BigInt(handler & 0xffff) | (8n << 16n) | (0x8en << 40n) | (BigInt(handler >>> 16) << 48n);
      this.w64(0x2000 + v * 16, lo); this.w64(0x2008 + v * 16, 0n);
    }
    const s = this.cpu.getSregs();
    s.idt = { base: 0x2000n, limit, padding: [0, 0, 0] };
    this.cpu.setSregs(s);
  }
}
