/**
 * KVM_TRANSLATE (kvm_arch_vcpu_ioctl_translate): guest-virtual to
 * guest-physical through the vCPU's current paging mode, read-only (this walk
 * does not set accessed bits). KVM always reports writeable=1, usermode=0.
 */
import type { GuestEnv } from '../cpu/types.ts';
import type { Vcpu } from './vcpu.ts';

function readPte(env: GuestEnv, addr: bigint, size: 4 | 8): bigint | null {
  const pg = env.page(Number(addr >> 12n), false);
  if (!pg) return null;
  const off = Number(addr & 0xfffn);
  const dv = new DataView(pg.buffer, pg.byteOffset, pg.byteLength);
  return size === 8 ? dv.getBigUint64(off, true) : BigInt(dv.getUint32(off, true));
}

/** Walk the guest page tables; null = not mapped (INVALID_GPA). */
export function walk(v: Vcpu, env: GuestEnv, la: bigint): bigint | null {
  const s = v.getSregs();
  if (!(s.cr0 & (1n << 31n))) return la;
  const PHYS = 0x000ffffffffff000n;
  if (!(s.cr4 & (1n << 5n))) {
    // 2-level 32-bit paging (4 MiB pages with CR4.PSE)
    const a = la & 0xffffffffn;
    const pde = readPte(env, (s.cr3 & 0xfffff000n) + ((a >> 22n) << 2n), 4);
    if (pde === null || !(pde & 1n)) return null;
    if ((pde & 0x80n) && (s.cr4 & 0x10n)) return (pde & 0xffc00000n) | ((pde & 0x1fe000n) << 19n) | (a & 0x3fffffn);
    const pte = readPte(env, (pde & 0xfffff000n) + (((a >> 12n) & 0x3ffn) << 2n), 4);
    if (pte === null || !(pte & 1n)) return null;
    return (pte & 0xfffff000n) | (a & 0xfffn);
  }
  const long = (s.efer & (1n << 10n)) !== 0n;
  let levels: number;
  let table: bigint;
  if (long) {
    levels = s.cr4 & (1n << 12n) ? 5 : 4;
    table = s.cr3 & PHYS;
  } else {
    const a = la & 0xffffffffn;
    const pdpte = readPte(env, (s.cr3 & 0xffffffe0n) + ((a >> 30n) << 3n), 8);
    if (pdpte === null || !(pdpte & 1n)) return null;
    table = pdpte & PHYS;
    levels = 2;
    la = a;
  }
  for (let lvl = levels; lvl >= 1; lvl--) {
    const shift = BigInt(12 + 9 * (lvl - 1));
    const e = readPte(env, table + (((la >> shift) & 0x1ffn) << 3n), 8);
    if (e === null || !(e & 1n)) return null;
    if (lvl > 1 && lvl <= 3 && (e & 0x80n)) {
      const mask = (1n << shift) - 1n;
      return (e & PHYS & ~mask) | (la & mask);
    }
    table = e & PHYS;
  }
  return table | (la & 0xfffn);
}

/** struct kvm_translation output. */
export function translate(v: Vcpu, env: GuestEnv, la: bigint) {
  const gpa = walk(v, env, la);
  return { linear_address: la, physical_address: gpa ?? 0xffffffffffffffffn, valid: gpa === null ? 0 : 1, writeable: 1, usermode: 0 };
}
