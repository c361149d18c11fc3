/**
 * Guest memory layout of the built-in VMM for bare programs, and the boot
 * structures it writes (GDT, identity page tables, real-mode IVT stubs).
 * Pure functions producing bytes: the VMM writes them like any VMM would,
 * through its own address space, so the workspace log records them.
 */

export const KiB = 1024;
export const MiB = 1024 * KiB;

/** RAM: [0, 640 KiB) and [1 MiB, 64 MiB) — the PC hole in between is MMIO. */
export const LOW_RAM = { gpa: 0, size: 640 * KiB } as const;
export const HIGH_RAM = { gpa: 1 * MiB, size: 63 * MiB } as const;

export const DEFAULT_ORIGIN = 0x1000;
/** Real-mode IVT stubs for vectors 0..31: `mov al,vec; out 0xee,al; hlt; jmp $-1` (8 bytes each). */
export const IVT_STUBS = 0x0800;
/** Port the exception stubs report to (the lab VMM's convention). */
export const EXCEPTION_PORT = 0xee;
export const SERIAL_PORT = 0x3f8;

export const GDT_BASE = 0x96000;
export const PML4_BASE = 0x90000; // PML4, PDPT, 4 page directories: 0x90000..0x95fff
export const STACK_TOP_16 = 0xf000;
export const STACK_TOP_32 = 0x8f000;

export const SEL_CODE = 0x08;
export const SEL_DATA = 0x10;

/** IVT (vectors 0..31 → stubs) and the stubs themselves. */
export function realModeIvt(): { ivt: Uint8Array; stubs: Uint8Array } {
  const ivt = new Uint8Array(32 * 4);
  const stubs = new Uint8Array(32 * 8);
  for (let v = 0; v < 32; v++) {
    const off = IVT_STUBS + v * 8;
    ivt[v * 4] = off & 0xff;
    ivt[v * 4 + 1] = off >> 8; // segment 0
    stubs.set([0xb0, v, 0xe6, EXCEPTION_PORT, 0xf4, 0xeb, 0xfd, 0x90], v * 8);
  }
  return { ivt, stubs };
}

/** A GDT with null, flat code (32- or 64-bit) at 0x08 and flat data at 0x10. */
export function flatGdt(bits: 32 | 64): Uint8Array {
  const g = new DataView(new ArrayBuffer(24));
  // code: base 0, limit 0xfffff, G=1, P=1, S=1, type 0xb (execute/read, accessed)
  const codeHi = bits === 64 ? 0x00af9b00 : 0x00cf9b00; // L=1,D=0 for 64-bit; D=1 for 32-bit
  g.setUint32(8, 0x0000ffff, true);
  g.setUint32(12, codeHi, true);
  g.setUint32(16, 0x0000ffff, true);
  g.setUint32(20, 0x00cf9300, true); // data: type 3 (read/write, accessed), D/B=1, G=1
  return new Uint8Array(g.buffer);
}

/** Identity map of the first 4 GiB with 2 MiB pages: PML4 → PDPT → 4 PDs. */
export function identityPageTables(): Uint8Array {
  const t = new DataView(new ArrayBuffer(6 * 4096));
  const P_RW = 0x3n;
  t.setBigUint64(0, BigInt(PML4_BASE + 0x1000) | P_RW, true);
  for (let i = 0; i < 4; i++) t.setBigUint64(0x1000 + i * 8, BigInt(PML4_BASE + 0x2000 + i * 0x1000) | P_RW, true);
  for (let pd = 0; pd < 4; pd++) {
    for (let e = 0; e < 512; e++) {
      const addr = (BigInt(pd) << 30n) | (BigInt(e) << 21n);
      t.setBigUint64(0x2000 + pd * 0x1000 + e * 8, addr | P_RW | 0x80n /* PS */, true);
    }
  }
  return new Uint8Array(t.buffer);
}
