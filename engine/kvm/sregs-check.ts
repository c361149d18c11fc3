/**
 * KVM_SET_SREGS validity (arch/x86/kvm/x86.c kvm_is_valid_sregs,
 * kvm_is_valid_cr0/cr4, __cr4_reserved_bits). Lab facts: PG without PE,
 * CR4 bit 63, LME+PG without LMA or PAE, LMA without PG, CS.L outside long
 * mode and CR3 beyond MAXPHYADDR are EINVAL; EFER bit 63 is accepted.
 */
import type { kvm_sregs } from './uapi/regs.ts';
import { EINVAL } from './uapi/errno.ts';

const CR0_PE = 1n, CR0_NW = 1n << 29n, CR0_CD = 1n << 30n, CR0_PG = 1n << 31n;
const CR4_PAE = 1n << 5n;
const EFER_LME = 1n << 8n, EFER_LMA = 1n << 10n;
const B = (n: number): bigint => 1n << BigInt(n);
/** CR4 bits KVM knows at all (~CR4_RESERVED_BITS). */
const CR4_KNOWN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 20, 21, 22, 23, 24, 28, 32].reduce((a, b) => a | B(b), 0n);

/** Guest CPUID facts the checks depend on. */
export interface SregsGuestCaps {
  /** CPUID.0x80000008:EAX[7:0], or 36 when the leaf is absent (cpuid_query_maxphyaddr). */
  maxPhyAddr: number;
  /** has(feature) for the CPUID-gated CR4 bits. */
  has(feature: 'xsave' | 'smep' | 'smap' | 'fsgsbase' | 'pku' | 'la57' | 'umip' | 'vmx' | 'pcid' | 'lam' | 'cet' | 'pks' | 'fred'): boolean;
}

/** CR4 bits reserved for this guest (CR4_RESERVED_BITS | __cr4_reserved_bits(guest caps)). */
export function cr4ReservedBits(g: SregsGuestCaps): bigint {
  let r = ~CR4_KNOWN & ((1n << 64n) - 1n);
  const gate: Array<[Parameters<SregsGuestCaps['has']>[0], number]> = [
    ['xsave', 18], ['smep', 20], ['smap', 21], ['fsgsbase', 16], ['pku', 22], ['la57', 12], ['umip', 11],
    ['vmx', 13], ['pcid', 17], ['lam', 28], ['cet', 23], ['pks', 24], ['fred', 32],
  ];
  for (const [f, bit] of gate) if (!g.has(f)) r |= B(bit);
  return r;
}

/** kvm_is_valid_sregs(): 0 or EINVAL. */
export function checkSregs(s: kvm_sregs, g: SregsGuestCaps): number {
  if ((s.efer & EFER_LME) && (s.cr0 & CR0_PG)) {
    if (!(s.cr4 & CR4_PAE) || !(s.efer & EFER_LMA)) return EINVAL;
    if (s.cr3 >> BigInt(g.maxPhyAddr)) return EINVAL; // kvm_vcpu_is_illegal_gpa(cr3)
  } else if ((s.efer & EFER_LMA) || s.cs.l) {
    return EINVAL;
  }
  if (s.cr4 & cr4ReservedBits(g)) return EINVAL;
  if (s.cr0 >> 32n) return EINVAL;
  if ((s.cr0 & CR0_NW) && !(s.cr0 & CR0_CD)) return EINVAL;
  if ((s.cr0 & CR0_PG) && !(s.cr0 & CR0_PE)) return EINVAL;
  return 0;
}
