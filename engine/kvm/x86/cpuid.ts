/**
 * CPUID in KVM (arch/x86/kvm/cpuid.c): KVM_GET_SUPPORTED_CPUID (from a host
 * profile table), KVM_SET_CPUID2 / KVM_GET_CPUID2 on a vCPU, and the guest
 * CPUID instruction (kvm_cpuid(): exact match, KVM's out-of-range rule, the
 * 0xB/0x1F sub-leaf rule, and the runtime bits OSXSAVE/APIC/OSPKE/XSAVE size
 * that kvm_update_cpuid_runtime() maintains).
 *
 * All state is plain data (an array of entries); snapshot = structuredClone.
 */
import { E2BIG, EINVAL } from '../uapi/errno.ts';
import { PsError } from '../../errors.ts';
import { u32 } from './msr/values.ts';

/** struct kvm_cpuid_entry2 (40 bytes; padding[3] is always written as 0). */
export interface KvmCpuidEntry2 {
  function: number;
  index: number;
  flags: number;
  eax: number;
  ebx: number;
  ecx: number;
  edx: number;
}

/** arch/x86/include/asm/kvm_host.h */
export const KVM_MAX_CPUID_ENTRIES = 256;
/** arch/x86/include/uapi/asm/kvm.h (sic: the uAPI spelling). TODO(kvm-core): move to uapi. */
export const KVM_CPUID_FLAG_SIGNIFCANT_INDEX = 1 << 0;
export const KVM_CPUID_FLAG_STATEFUL_FUNC = 1 << 1;
export const KVM_CPUID_FLAG_STATE_READ_NEXT = 1 << 2;

/** Result of a CPUID ioctl: ret/errno as KVM returns them, `out` = struct kvm_cpuid2 written back. */
export interface CpuidIoctlResult {
  ret: number;
  errno?: number;
  out?: { nent: number; padding: number; entries: (KvmCpuidEntry2 & { padding: [number, number, number] })[] };
}

/** vCPU state that the dynamic CPUID bits mirror (kvm_update_cpuid_runtime()). */
export interface CpuidRuntime {
  cr4: bigint;
  apicBase: bigint;
  /** XCR0 (xstate size in leaf 0xD); default 1 = x87 only, KVM's reset value. */
  xcr0?: bigint;
}

const X86_CR4_OSXSAVE = 1n << 18n;
const X86_CR4_PKE = 1n << 22n;
const APICBASE_ENABLE = 1n << 11n;

function outEntries(entries: readonly KvmCpuidEntry2[]): NonNullable<CpuidIoctlResult['out']>['entries'] {
  return entries.map((e) => ({ ...e, padding: [0, 0, 0] as [number, number, number] }));
}

/**
 * KVM_GET_SUPPORTED_CPUID on /dev/kvm (kvm_dev_ioctl_get_cpuid()): `nent` =
 * capacity of the caller's buffer. nent < 1, or fewer slots than the host's
 * entries: E2BIG and nent is NOT written back (kvm_arch_dev_ioctl skips the
 * copy-out on error). nent > 256 is treated as 256. On success nent = count.
 */
export function getSupportedCpuid(host: readonly KvmCpuidEntry2[], nent: number): CpuidIoctlResult {
  let cap = nent >>> 0;
  if (cap < 1) return { ret: -1, errno: E2BIG };
  if (cap > KVM_MAX_CPUID_ENTRIES) cap = KVM_MAX_CPUID_ENTRIES;
  if (host.length > cap) return { ret: -1, errno: E2BIG };
  return { ret: 0, out: { nent: host.length, padding: 0, entries: outEntries(host) } };
}

/** Decode the `entries` of a struct kvm_cpuid2 argument (hex strings or numbers). */
export function parseCpuidEntries(arg: Record<string, unknown>): KvmCpuidEntry2[] {
  const nent = u32(arg.nent ?? 0, 'kvm_cpuid2.nent');
  const raw = arg.entries;
  if (!Array.isArray(raw)) throw new PsError('PS502', 'kvm_cpuid2.entries: expected an array of kvm_cpuid_entry2');
  if (raw.length < nent) throw new PsError('PS502', `kvm_cpuid2.entries: ${raw.length} entries given for nent ${nent}`);
  const out: KvmCpuidEntry2[] = [];
  for (let i = 0; i < nent; i++) {
    const e = (raw[i] ?? {}) as Record<string, unknown>;
    const w = `kvm_cpuid2.entries[${i}]`;
    out.push({
      function: u32(e.function, `${w}.function`), index: u32(e.index ?? 0, `${w}.index`),
      flags: u32(e.flags ?? 0, `${w}.flags`), eax: u32(e.eax ?? 0, `${w}.eax`), ebx: u32(e.ebx ?? 0, `${w}.ebx`),
      ecx: u32(e.ecx ?? 0, `${w}.ecx`), edx: u32(e.edx ?? 0, `${w}.edx`),
    });
  }
  return out;
}

/** kvm_find_cpuid_entry2(): first entry with this function whose index matches or is not significant. */
export function findCpuidEntry(entries: readonly KvmCpuidEntry2[], fn: number, index: number): KvmCpuidEntry2 | null {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.function !== fn) continue;
    if (!(e.flags & KVM_CPUID_FLAG_SIGNIFCANT_INDEX) || e.index === index) return e;
  }
  return null;
}

function isAmdOrHygon(e: KvmCpuidEntry2): boolean {
  return (e.ebx === 0x68747541 && e.ecx === 0x444d4163 && e.edx === 0x69746e65) ||   // AuthenticAMD
    (e.ebx === 0x69444d41 && e.ecx === 0x21726574 && e.edx === 0x74656273) ||        // AMDisbetter!
    (e.ebx === 0x6f677948 && e.ecx === 0x656e6975 && e.edx === 0x6e65476e);          // HygonGenuine
}

/**
 * A vCPU's CPUID model (vcpu->arch.cpuid_entries). Starts empty: a guest CPUID
 * before KVM_SET_CPUID2 returns zeros.
 */
export class VcpuCpuid {
  entries: KvmCpuidEntry2[] = [];
  /**
   * Host xstate components for the XSAVE-size computation (leaf 0xD sub-leaves
   * of the host table), taken from the supported-CPUID table of the profile.
   */
  constructor(private readonly hostTable: readonly KvmCpuidEntry2[] = []) {}

  /**
   * KVM_SET_CPUID2 (kvm_vcpu_ioctl_set_cpuid2 + kvm_set_cpuid): nent > 256 ->
   * E2BIG; after the vCPU has run only an identical table is accepted (else
   * EINVAL); a 0x80000008 leaf with a virtual-address width other than 0/48/57
   * -> EINVAL. On success the entries replace the old ones. Returns 0 or errno.
   */
  setCpuid2(arg: Record<string, unknown>, hasRun: boolean, runtime?: CpuidRuntime): number {
    const nent = u32(arg.nent ?? 0, 'kvm_cpuid2.nent');
    if (nent > KVM_MAX_CPUID_ENTRIES) return E2BIG;
    const entries = parseCpuidEntries(arg);
    if (hasRun) {
      // kvm_cpuid_check_equal(): compares with the current (runtime-updated) entries.
      const cur = runtime ? this.entries.map((e) => this.applyRuntime(e, runtime)) : this.entries;
      if (entries.length !== cur.length) return EINVAL;
      for (let i = 0; i < entries.length; i++) {
        const a = entries[i], b = cur[i];
        if (a.function !== b.function || a.index !== b.index || a.flags !== b.flags || a.eax !== b.eax ||
          a.ebx !== b.ebx || a.ecx !== b.ecx || a.edx !== b.edx) return EINVAL;
      }
      return 0;
    }
    const ext = findCpuidEntry(entries, 0x80000008, 0);
    if (ext) {
      const vaddr = (ext.eax >>> 8) & 0xff;
      if (vaddr !== 48 && vaddr !== 57 && vaddr !== 0) return EINVAL;
    }
    this.entries = entries;
    return 0;
  }

  /**
   * KVM_GET_CPUID2: capacity < current count -> E2BIG (nent not written back);
   * else the entries (with the runtime bits applied) and nent = count.
   */
  getCpuid2(nent: number, runtime?: CpuidRuntime): CpuidIoctlResult {
    if ((nent >>> 0) < this.entries.length) return { ret: -1, errno: E2BIG };
    const list = runtime ? this.entries.map((e) => this.applyRuntime(e, runtime)) : this.entries;
    return { ret: 0, out: { nent: list.length, padding: 0, entries: outEntries(list) } };
  }

  /** Does the guest CPUID model have feature bit `bit` of register `reg` in leaf fn/index? (guest_cpuid_has) */
  has(fn: number, index: number, reg: 'eax' | 'ebx' | 'ecx' | 'edx', bit: number): boolean {
    const e = findCpuidEntry(this.entries, fn, index);
    return !!e && ((e[reg] >>> bit) & 1) === 1;
  }

  /**
   * The CPUID instruction as KVM emulates it (kvm_cpuid(vcpu, ..., exact_only=false)).
   * Missing leaves: on Intel-compatible guests an out-of-range leaf reads the
   * max basic leaf (keeping the sub-leaf index); AMD/Hygon guests and leaves
   * inside their class's range read zeros. Leaf 0xB/0x1F without a matching
   * sub-leaf passes CL through and reports EDX from sub-leaf 1.
   */
  cpuid(fn: number, index: number, runtime?: CpuidRuntime): { eax: number; ebx: number; ecx: number; edx: number } {
    fn >>>= 0; index >>>= 0;
    let func = fn;
    let entry = findCpuidEntry(this.entries, fn, index);
    if (!entry) {
      const r = this.outOfRange(fn, index);
      if (r) { entry = r.entry; func = r.func; }
    }
    if (entry) {
      const e = runtime ? this.applyRuntime(entry, runtime) : entry;
      return { eax: e.eax, ebx: e.ebx, ecx: e.ecx, edx: e.edx };
    }
    const out = { eax: 0, ebx: 0, ecx: 0, edx: 0 };
    if (func === 0xb || func === 0x1f) {
      const one = findCpuidEntry(this.entries, func, 1);
      if (one) { out.ecx = index & 0xff; out.edx = one.edx; }
    }
    return out;
  }

  /** get_out_of_range_cpuid_entry(). */
  private outOfRange(fn: number, index: number): { entry: KvmCpuidEntry2 | null; func: number } | null {
    const basic = findCpuidEntry(this.entries, 0, 0);
    if (!basic || isAmdOrHygon(basic)) return null;
    let cls: KvmCpuidEntry2 | null;
    if (fn >= 0x40000000 && fn <= 0x4fffffff) cls = findCpuidEntry(this.entries, (fn & 0xffffff00) >>> 0, 0);
    else if (fn >= 0xc0000000) cls = findCpuidEntry(this.entries, 0xc0000000, 0);
    else cls = findCpuidEntry(this.entries, (fn & 0x80000000) >>> 0, 0);
    if (cls && fn <= cls.eax) return null;
    return { entry: findCpuidEntry(this.entries, basic.eax, index), func: basic.eax };
  }

  /** kvm_update_cpuid_runtime() applied to one entry (returns a copy when something changes). */
  private applyRuntime(e: KvmCpuidEntry2, rt: CpuidRuntime): KvmCpuidEntry2 {
    if (e.function === 1) {
      let ecx = e.ecx, edx = e.edx;
      ecx = (rt.cr4 & X86_CR4_OSXSAVE) ? (ecx | (1 << 27)) >>> 0 : (ecx & ~(1 << 27)) >>> 0;
      edx = (rt.apicBase & APICBASE_ENABLE) ? (edx | (1 << 9)) >>> 0 : (edx & ~(1 << 9)) >>> 0;
      return ecx === e.ecx && edx === e.edx ? e : { ...e, ecx, edx };
    }
    if (e.function === 7 && e.index === 0) {
      const ecx = (rt.cr4 & X86_CR4_PKE) ? (e.ecx | (1 << 4)) >>> 0 : (e.ecx & ~(1 << 4)) >>> 0;
      return ecx === e.ecx ? e : { ...e, ecx };
    }
    if (e.function === 0xd && (e.index === 0 || e.index === 1)) {
      const xcr0 = rt.xcr0 ?? 1n;
      if (e.index === 0) return { ...e, ebx: this.xstateSize(xcr0, false) };
      if (e.eax & ((1 << 3) | (1 << 1))) return { ...e, ebx: this.xstateSize(xcr0, true) };   // XSAVES | XSAVEC
    }
    return e;
  }

  /** xstate_required_size(): legacy area 512 + header 64, then each enabled component >= 2 from host leaf 0xD.i. */
  xstateSize(xcr0: bigint, compacted: boolean): number {
    let ret = 512 + 64;
    for (let i = 2; i < 64; i++) {
      if (!((xcr0 >> BigInt(i)) & 1n)) continue;
      const c = findCpuidEntry(this.hostTable, 0xd, i);
      if (!c) continue;
      const offset = compacted ? ((c.ecx & 2) ? (ret + 63) & ~63 : ret) : c.ebx;
      ret = Math.max(ret, offset + c.eax);
    }
    return ret;
  }
}
