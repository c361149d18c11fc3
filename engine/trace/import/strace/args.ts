/**
 * From strace's printed ioctl argument to kvm.h-shaped data: the `arg` the
 * kernel read and the `out` it wrote, with the field names of
 * include/uapi/linux/kvm.h (the same shapes as the lab truth logs,
 * ../shared/lab/FORMAT.md §4). What strace did not print (undecoded pointers,
 * fields it omits such as kvm_segment.unusable, abbreviated arrays) is an
 * explicit Unknown, never a guess.
 */
import type { IoctlInfo } from './kvm-ioctls.ts';
import { iocDir } from './kvm-ioctls.ts';
import { type ArgValue, type Node, parseValue, unknown } from './values.ts';

/** Node → plain data (numbers stay numbers/bigints; symbols and strings are strings). */
export function toArg(n: Node): ArgValue {
  switch (n.k) {
    case 'num': return n.v;
    case 'sym': return n.v === 'NULL' ? 0 : n.v;
    case 'str': return n.truncated ? unknown('string abbreviated by strace (-s)', n.text) : n.v;
    case 'raw': return unknown(n.text === '' ? 'empty in the strace output' : 'not parsed', n.text);
    case 'change': return toArg(n.after);
    case 'array': {
      const a = n.items.map(toArg);
      if (n.truncated) a.push(unknown('further elements abbreviated by strace'));
      return a;
    }
    case 'struct': {
      const o: Record<string, ArgValue> = {};
      n.fields.forEach(([name, v], i) => { o[name ?? String(i)] = toArg(v); });
      if (n.truncated) o['...'] = unknown('further fields abbreviated by strace');
      return o;
    }
  }
}

const NOT_PRINTED = 'strace does not print this field';

/** Add the kvm.h fields strace leaves out of the structs it decodes. */
function completeStruct(req: string, v: ArgValue): ArgValue {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || '$unknown' in v) return v;
  const o = v as Record<string, ArgValue>;
  if (req === 'KVM_SET_SREGS' || req === 'KVM_GET_SREGS') {
    for (const seg of ['cs', 'ds', 'es', 'fs', 'gs', 'ss', 'tr', 'ldt']) {
      const s = o[seg];
      if (s && typeof s === 'object' && !Array.isArray(s) && !('$unknown' in s)) {
        const so = s as Record<string, ArgValue>;
        if (!('unusable' in so)) so.unusable = unknown(NOT_PRINTED);
        if (!('padding' in so)) so.padding = unknown(NOT_PRINTED);
      }
    }
    for (const dt of ['gdt', 'idt']) {
      const s = o[dt];
      if (s && typeof s === 'object' && !Array.isArray(s) && !('$unknown' in s) && !('padding' in s)) {
        (s as Record<string, ArgValue>).padding = unknown(NOT_PRINTED);
      }
    }
  }
  if (req === 'KVM_SET_CPUID2' || req === 'KVM_GET_SUPPORTED_CPUID' || req === 'KVM_GET_EMULATED_CPUID' || req === 'KVM_GET_CPUID2') {
    if (!('padding' in o)) o.padding = unknown(NOT_PRINTED);
    const ents = o.entries;
    if (Array.isArray(ents)) {
      for (const e of ents) {
        if (e && typeof e === 'object' && !Array.isArray(e) && !('$unknown' in e) && !('padding' in e)) {
          (e as Record<string, ArgValue>).padding = unknown(NOT_PRINTED);
        }
      }
    }
  }
  return o;
}

/** Integer-argument requests: the name kvm.h / the truth logs give the argument. */
const SCALAR_ARG: Readonly<Record<string, string>> = {
  KVM_CREATE_VM: 'type', KVM_CREATE_VCPU: 'vcpu_id', KVM_SET_TSS_ADDR: 'addr', KVM_SET_TSC_KHZ: 'khz',
  KVM_SET_BOOT_CPU_ID: 'id', KVM_SET_NR_MMU_PAGES: 'pages',
};

/** Requests kvm.h declares with _IOR although the kernel only reads the buffer. */
const KERNEL_READS_DESPITE_IOR = new Set([
  'KVM_SET_IRQCHIP', 'KVM_SET_PIT', 'KVM_MEMORY_ENCRYPT_REG_REGION', 'KVM_MEMORY_ENCRYPT_UNREG_REGION',
]);

export interface DecodedArg {
  /** What the kernel read (null: nothing). */
  arg: ArgValue;
  /** What the kernel wrote, when strace printed it. */
  out?: ArgValue;
  /** The literal third argument when it is a plain number or pointer (`arg_raw` of the truth logs). */
  arg_raw?: number | bigint;
}

/**
 * Decode the third ioctl argument as printed by strace. `info` is the
 * request when known (by name or number), `nr` the number if known.
 */
export function decodeArg(info: IoctlInfo | undefined, nr: number | null, text: string | undefined, ret: number | null): DecodedArg {
  if (text === undefined || text === '') return { arg: null };
  const node = parseValue(text);
  const rawNum = node.k === 'num' ? node.v : undefined;
  const base: DecodedArg = rawNum !== undefined ? { arg: null, arg_raw: rawNum } : { arg: null };
  const name = info?.name;
  const dir = name && KERNEL_READS_DESPITE_IOR.has(name) ? 1 : info ? info.dir : nr !== null ? iocDir(nr) : -1;
  if (name && SCALAR_ARG[name]) {
    return { ...base, arg: rawNum !== undefined ? { [SCALAR_ARG[name]!]: rawNum } : { [SCALAR_ARG[name]!]: toArg(node) } };
  }
  if (name === 'KVM_CHECK_EXTENSION') {
    if (node.k === 'num') {
      // strace names known caps in a comment; "KVM_CAP_???" means it does not know the number
      const arg: Record<string, ArgValue> = {};
      if (node.comment && /^KVM_CAP_[A-Z0-9_]+$/.test(node.comment)) arg.cap = node.comment;
      arg.cap_nr = node.v;
      return { ...base, arg };
    }
    if (node.k === 'sym') return { arg: { cap: node.v, cap_nr: unknown('strace printed only the name (no -X verbose)') } };
    return { arg: unknown('not parsed', text) };
  }
  if (dir === 0) return base; // _IO: no struct; the argument (if any) is in arg_raw
  const printedStruct = node.k === 'struct' || node.k === 'array' || node.k === 'change';
  if (!printedStruct) {
    // strace printed only the pointer: the contents are not in the log
    const why = name ? `strace printed only the pointer (${name})` : 'unknown request: strace printed only the argument value';
    if (dir === 2) return { ...base, arg: null, ...(ret !== null && ret >= 0 ? { out: unknown(why, text) } : {}) };
    return { ...base, arg: unknown(why, text) };
  }
  const req = name ?? '';
  if (node.k === 'change') {
    return { arg: completeStruct(req, toArg(node.before)), out: completeStruct(req, toArg(node.after)) };
  }
  const v = completeStruct(req, toArg(node));
  if (dir === 1) return { arg: v };
  if (dir === 2) return { arg: null, out: v };
  // _IOWR printed once: strace shows the buffer after the call
  return { arg: unknown('input not printed by strace (it shows the buffer after the call)'), out: v };
}
