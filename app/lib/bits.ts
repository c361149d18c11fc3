/**
 * Architectural bit names of x86 control and flag registers (Intel SDM vol. 3 §2.3–2.5,
 * AMD APM vol. 2 §3.1), for the register panel. Pure data + decoding, no React.
 */

/** One named field: a single bit, or a multi-bit field (IOPL) when `width` > 1. */
export interface BitDef { name: string; bit: number; width?: number; title: string }

export const RFLAGS_BITS: readonly BitDef[] = [
  { name: 'CF', bit: 0, title: 'carry' },
  { name: 'PF', bit: 2, title: 'parity' },
  { name: 'AF', bit: 4, title: 'auxiliary carry' },
  { name: 'ZF', bit: 6, title: 'zero' },
  { name: 'SF', bit: 7, title: 'sign' },
  { name: 'TF', bit: 8, title: 'trap (single-step)' },
  { name: 'IF', bit: 9, title: 'interrupt enable' },
  { name: 'DF', bit: 10, title: 'direction' },
  { name: 'OF', bit: 11, title: 'overflow' },
  { name: 'IOPL', bit: 12, width: 2, title: 'I/O privilege level' },
  { name: 'NT', bit: 14, title: 'nested task' },
  { name: 'RF', bit: 16, title: 'resume' },
  { name: 'VM', bit: 17, title: 'virtual-8086 mode' },
  { name: 'AC', bit: 18, title: 'alignment check / access control' },
  { name: 'VIF', bit: 19, title: 'virtual interrupt flag' },
  { name: 'VIP', bit: 20, title: 'virtual interrupt pending' },
  { name: 'ID', bit: 21, title: 'CPUID available' },
];

export const CR0_BITS: readonly BitDef[] = [
  { name: 'PE', bit: 0, title: 'protection enable' },
  { name: 'MP', bit: 1, title: 'monitor coprocessor' },
  { name: 'EM', bit: 2, title: 'x87 emulation' },
  { name: 'TS', bit: 3, title: 'task switched' },
  { name: 'ET', bit: 4, title: 'extension type' },
  { name: 'NE', bit: 5, title: 'numeric error' },
  { name: 'WP', bit: 16, title: 'write protect' },
  { name: 'AM', bit: 18, title: 'alignment mask' },
  { name: 'NW', bit: 29, title: 'not write-through' },
  { name: 'CD', bit: 30, title: 'cache disable' },
  { name: 'PG', bit: 31, title: 'paging' },
];

export const CR4_BITS: readonly BitDef[] = [
  { name: 'VME', bit: 0, title: 'virtual-8086 mode extensions' },
  { name: 'PVI', bit: 1, title: 'protected-mode virtual interrupts' },
  { name: 'TSD', bit: 2, title: 'time stamp disable' },
  { name: 'DE', bit: 3, title: 'debugging extensions' },
  { name: 'PSE', bit: 4, title: 'page size extensions' },
  { name: 'PAE', bit: 5, title: 'physical address extension' },
  { name: 'MCE', bit: 6, title: 'machine-check enable' },
  { name: 'PGE', bit: 7, title: 'page global enable' },
  { name: 'PCE', bit: 8, title: 'performance counter enable' },
  { name: 'OSFXSR', bit: 9, title: 'FXSAVE/FXRSTOR support' },
  { name: 'OSXMMEXCPT', bit: 10, title: 'unmasked SIMD FP exceptions' },
  { name: 'UMIP', bit: 11, title: 'user-mode instruction prevention' },
  { name: 'LA57', bit: 12, title: '5-level paging' },
  { name: 'VMXE', bit: 13, title: 'VMX enable' },
  { name: 'SMXE', bit: 14, title: 'SMX enable' },
  { name: 'FSGSBASE', bit: 16, title: 'RDFSBASE etc.' },
  { name: 'PCIDE', bit: 17, title: 'PCID enable' },
  { name: 'OSXSAVE', bit: 18, title: 'XSAVE enable' },
  { name: 'KL', bit: 19, title: 'Key Locker' },
  { name: 'SMEP', bit: 20, title: 'supervisor-mode execution prevention' },
  { name: 'SMAP', bit: 21, title: 'supervisor-mode access prevention' },
  { name: 'PKE', bit: 22, title: 'protection keys (user)' },
  { name: 'CET', bit: 23, title: 'control-flow enforcement' },
  { name: 'PKS', bit: 24, title: 'protection keys (supervisor)' },
  { name: 'UINTR', bit: 25, title: 'user interrupts' },
  { name: 'LAM_SUP', bit: 28, title: 'linear address masking (supervisor)' },
];

export const EFER_BITS: readonly BitDef[] = [
  { name: 'SCE', bit: 0, title: 'SYSCALL enable' },
  { name: 'LME', bit: 8, title: 'long mode enable' },
  { name: 'LMA', bit: 10, title: 'long mode active' },
  { name: 'NXE', bit: 11, title: 'no-execute enable' },
  { name: 'SVME', bit: 12, title: 'SVM enable' },
  { name: 'LMSLE', bit: 13, title: 'long mode segment limit enable' },
  { name: 'FFXSR', bit: 14, title: 'fast FXSAVE/FXRSTOR' },
  { name: 'TCE', bit: 15, title: 'translation cache extension' },
  { name: 'AUTOIBRS', bit: 21, title: 'automatic IBRS' },
];

export const APIC_BASE_BITS: readonly BitDef[] = [
  { name: 'BSP', bit: 8, title: 'bootstrap processor' },
  { name: 'EXTD', bit: 10, title: 'x2APIC mode' },
  { name: 'EN', bit: 11, title: 'APIC global enable' },
];

export const CR3_BITS: readonly BitDef[] = [
  { name: 'PWT', bit: 3, title: 'page-level write-through' },
  { name: 'PCD', bit: 4, title: 'page-level cache disable' },
];

export interface DecodedBit { name: string; value: number; set: boolean; title: string }

/** Value of every named field of `v` (IOPL as a number; single bits 0/1). */
export function decodeBits(v: bigint, defs: readonly BitDef[]): DecodedBit[] {
  return defs.map((d) => {
    const w = d.width ?? 1;
    const value = Number((v >> BigInt(d.bit)) & ((1n << BigInt(w)) - 1n));
    return { name: d.name, value, set: value !== 0, title: d.title };
  });
}

/** Names of the set bits, "CF ZF IF IOPL=3". */
export function bitSummary(v: bigint, defs: readonly BitDef[]): string {
  return decodeBits(v, defs)
    .filter((b) => b.set)
    .map((b) => (b.value > 1 || (defs.find((d) => d.name === b.name)?.width ?? 1) > 1 ? `${b.name}=${b.value}` : b.name))
    .join(' ');
}

/** Bits set in `v` that none of `defs` names (reserved or unknown to the table). */
export function unknownBits(v: bigint, defs: readonly BitDef[], alwaysOne = 0n): bigint {
  let mask = alwaysOne;
  for (const d of defs) mask |= ((1n << BigInt(d.width ?? 1)) - 1n) << BigInt(d.bit);
  return v & ~mask;
}

const SYSTEM_TYPES: Record<number, string> = {
  1: 'TSS16 avail', 2: 'LDT', 3: 'TSS16 busy', 4: 'call gate16', 5: 'task gate', 6: 'int gate16', 7: 'trap gate16',
  9: 'TSS avail', 11: 'TSS busy', 12: 'call gate', 14: 'int gate', 15: 'trap gate',
};

/** struct kvm_segment `type` (with `s`) as a short descriptor-type name: "code XR A", "data RW A", "TSS busy". */
export function segmentTypeName(type: number, s: number): string {
  if (!s) return SYSTEM_TYPES[type] ?? `system ${type}`;
  const a = type & 1 ? ' A' : '';
  if (type & 8) return `code X${type & 2 ? 'R' : ''}${type & 4 ? ' C' : ''}${a}`;
  return `data R${type & 2 ? 'W' : ''}${type & 4 ? ' E' : ''}${a}`;
}
