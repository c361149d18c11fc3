/**
 * Replays the ioctl log of an strace capture (engine/trace/import/strace:
 * `StraceImportResult.log`) into a fresh `Kvm`, without guest execution, and
 * reconstructs the KVM objects the VMM built: VMs, vCPUs, memslots, the
 * registers it set or read, the caps it enabled or checked, and the exit
 * reasons KVM_RUN returned. Every reconstructed field carries its provenance:
 * known from a log line, or unknown with the reason (guest memory, pointers
 * strace did not decode, registers after the guest ran). Nothing is invented.
 *
 * Each replayed call is also a conformance check: the engine's ret/errno is
 * compared with the recorded one.
 *
 * What strace cannot show and how it is handled:
 *  - open("/dev/kvm") (trace=ioctl only): the first fd used for a system ioctl
 *    (or `-y` path /dev/kvm) is taken as /dev/kvm and opened in the model;
 *  - close(2): a creating call that returns an fd number still in use proves
 *    the earlier object's fd was closed; the model closes it too;
 *  - mmap of guest RAM: memslot backing is mapped anonymous + MAP_FIXED at the
 *    recorded userspace_addr and marked synthetic (its contents are unknown);
 *  - KVM_RUN: the recorded exit reason is kept per vCPU; the guest is not run;
 *  - fork vs thread: pids named by SIGCHLD (`children`) are forked processes.
 */
import type { IoctlLogEntry, StraceImportResult } from '../trace/import/strace/strace.ts';
import { Kvm, type KvmInspection, type KvmOptions } from '../kvm/index.ts';
import { MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, PROT_READ, PROT_WRITE } from '../mem/address-space.ts';

/** A field known from the log (line of the call that showed it) or unknown, with why. */
export type Prov<T> = { known: true; value: T; line: number } | { known: false; why: string; line?: number };

const known = <T>(value: T, line: number): Prov<T> => ({ known: true, value, line });
const unknownP = <T>(why: string, line?: number): Prov<T> => (line === undefined ? { known: false, why } : { known: false, why, line });

export interface ReplayedMemslot {
  /** (address space << 16) | slot id, as kvm_userspace_memory_region.slot. */
  slot: number;
  flags: Prov<number>;
  guest_phys_addr: Prov<bigint>;
  memory_size: Prov<bigint>;
  userspace_addr: Prov<bigint>;
  /** Guest memory contents: never in an strace log. */
  contents: Prov<never>;
  /** The model's backing is an anonymous MAP_FIXED mapping created by the replayer. */
  syntheticBacking: boolean;
  line: number;
}

export interface RecordedExit { line: number; ret: number | null; errno?: number; exit_reason?: number; exit_name?: string }

export interface ReplayedVcpu {
  vcpu_id: number;
  /** Recorded fd, and the model's fd for it (-1 if the model refused to create it). */
  fd: number;
  engineFd: number;
  line: number;
  /** Closed, inferred from the fd number being handed out again at `line`. */
  closedAt?: number;
  /** kvm_regs fields, last value set (KVM_SET_REGS) or read (KVM_GET_REGS). */
  regs: Record<string, Prov<number | bigint>>;
  /** kvm_sregs fields (segments flattened as `cs.base`), same rule. */
  sregs: Record<string, Prov<unknown>>;
  /** Every KVM_RUN of this vCPU in log order: the recorded result, not an execution. */
  runs: RecordedExit[];
  /** KVM_RUN count per exit name ("KVM_EXIT_IO", "EINTR", "?"). */
  exitCounts: Record<string, number>;
}

export interface ReplayedVm {
  fd: number;
  engineFd: number;
  line: number;
  closedAt?: number;
  type: Prov<number>;
  irqchip: Prov<boolean>;
  /** Live memslots at the end of the log (or when the VM's fd was reused), by slot. */
  memslots: ReplayedMemslot[];
  /**
   * Line of a successful memslot call whose input strace did not print
   * (KVM_SET_USER_MEMORY_REGION2 in strace 6.1): from then on `memslots` may
   * miss slots, and the ones it lists have unknown fields.
   */
  memslotsIncompleteSince?: number;
  vcpus: ReplayedVcpu[];
  /** KVM_ENABLE_CAP calls that succeeded: which cap, when strace decoded it. */
  capsEnabled: Array<{ line: number; fd: number; cap: Prov<string | number>; args: Prov<unknown> }>;
}

export interface CallCheck {
  line: number;
  pid: number;
  req: string;
  fd: number;
  status: 'agree' | 'differ' | 'skipped';
  recorded: { ret: number | null; errno?: number };
  engine?: { ret: number; errno?: number };
  why?: string;
  /**
   * Fields strace never prints that KVM ignores or that cannot change
   * ret/errno, passed to the model as 0 for this call (`cs.unusable`,
   * `entries[3].padding`…). The reconstructed state keeps them unknown.
   */
  assumed?: string[];
  /** For a `differ`: the latest earlier call on the same VM whose input was not in the log (a possible cause). */
  afterUnknownInput?: number;
}

export interface StraceReplayReport {
  vms: ReplayedVm[];
  /** KVM_CHECK_EXTENSION answers of /dev/kvm or a VM: cap name (or number) → ret, with the line. */
  extensions: Array<{ line: number; fd: number; cap: string | number; ret: number | null }>;
  /** Per ioctl (only those not in agreement, to keep the report small; counts cover all). */
  problems: CallCheck[];
  agreement: { ioctls: number; compared: number; agree: number; differ: number; skipped: number; skippedByReason: Record<string, number> };
  /** The model's view after the replay (its registers are only what the log set; guest never ran). */
  engine: KvmInspection;
  /** Recorded fd → model fd at the end. */
  fdMap: Record<number, number>;
}

export interface StraceReplayOptions extends Pick<KvmOptions, 'host' | 'profile'> {
  /** Keep every CallCheck in `problems`, agreeing ones included. Default false. */
  allCalls?: boolean;
}

type Obj = Record<string, unknown>;
const isUnknown = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v) && '$unknown' in v;
/** The first Unknown inside a value (its reason), or undefined when the value is fully known. */
function firstUnknown(v: unknown): string | undefined {
  if (isUnknown(v)) return String((v as Obj).$unknown);
  if (Array.isArray(v)) { for (const x of v) { const w = firstUnknown(x); if (w) return w; } return undefined; }
  if (typeof v === 'object' && v !== null) { for (const x of Object.values(v)) { const w = firstUnknown(x); if (w) return w; } }
  return undefined;
}
const toBigint = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(v as number));
const toNum = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : (v as number));

const SYSTEM_FIRST = new Set(['KVM_GET_API_VERSION', 'KVM_CREATE_VM', 'KVM_GET_VCPU_MMAP_SIZE', 'KVM_GET_MSR_INDEX_LIST', 'KVM_GET_MSR_FEATURE_INDEX_LIST', 'KVM_GET_SUPPORTED_CPUID']);
const REGS = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rsp', 'rbp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rip', 'rflags'];

/** Flattens kvm_sregs as strace printed it: `cs.base`, `cr0`, `interrupt_bitmap`… */
function flatten(o: Obj, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v)) flatten(v as Obj, `${prefix}${k}.`, out);
    else out[prefix + k] = v;
  }
  return out;
}

/**
 * Replays an strace ioctl log (`parsed.log`, `parsed.children`) into a fresh
 * Kvm and returns the reconstructed objects with provenance plus the ret/errno
 * agreement of every replayed ioctl. Deterministic; never throws for log
 * content (a model exception becomes a `differ` entry naming the line).
 */
export function replayStrace(parsed: Pick<StraceImportResult, 'log'> & Partial<Pick<StraceImportResult, 'children'>>, opts: StraceReplayOptions = {}): StraceReplayReport {
  const log = parsed.log;
  const children = new Set(parsed.children ?? []);
  const kvmFd = findKvmFd(log);
  const kvm = new Kvm({ ...(opts.host ? { host: opts.host } : {}), ...(opts.profile ? { profile: opts.profile } : {}), firstFd: kvmFd ?? 3 });
  const fdMap = new Map<number, number>();
  const vmByFd = new Map<number, ReplayedVm>();
  const vcpuByFd = new Map<number, ReplayedVcpu>();
  const vms: ReplayedVm[] = [];
  const extensions: StraceReplayReport['extensions'] = [];
  const problems: CallCheck[] = [];
  const agreement = { ioctls: log.length, compared: 0, agree: 0, differ: 0, skipped: 0, skippedByReason: {} as Record<string, number> };
  const synthetic: Array<[bigint, bigint]> = [];
  const unknownInputAt = new Map<ReplayedVm, number>();

  const skip = (e: IoctlLogEntry, why: string): void => {
    agreement.skipped++;
    // group reasons without the per-call details after ':'
    const key = why.split(':')[0]!;
    agreement.skippedByReason[key] = (agreement.skippedByReason[key] ?? 0) + 1;
    problems.push({ line: e.line, pid: e.pid, req: e.req, fd: e.fd, status: 'skipped', recorded: rec(e), why });
  };
  const rec = (e: IoctlLogEntry): { ret: number | null; errno?: number } => (e.errno === undefined ? { ret: e.ret } : { ret: e.ret, errno: e.errno });

  /** An fd number handed out again means the object that had it was closed before. */
  const retire = (fd: number, line: number): void => {
    const eng = fdMap.get(fd);
    if (eng === undefined) return;
    kvm.close(eng);
    fdMap.delete(fd);
    const vm = vmByFd.get(fd);
    if (vm) { vm.closedAt = line; vmByFd.delete(fd); }
    const vc = vcpuByFd.get(fd);
    if (vc) { vc.closedAt = line; vcpuByFd.delete(fd); }
  };

  /** Anonymous MAP_FIXED backing at the recorded address (strace shows no mmaps). */
  const ensureBacking = (addr: bigint, size: bigint): boolean => {
    if (size <= 0n) return false;
    const len = (size + 0xfffn) & ~0xfffn;
    if (synthetic.some(([a, l]) => addr >= a && addr + len <= a + l)) return true;
    const r = kvm.mmap(addr & ~0xfffn, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0n);
    if (r.ret < 0n) return false;
    synthetic.push([addr & ~0xfffn, len]);
    return true;
  };

  if (kvmFd !== undefined) {
    const r = kvm.open('/dev/kvm');
    if (r.ret >= 0) fdMap.set(kvmFd, r.ret);
  }

  const step = (e: IoctlLogEntry): void => {
    if (e.nr === null) { skip(e, 'request number unknown: strace printed only a name (use -X verbose)'); return; }
    if (e.ret === null) { skip(e, 'no return value: the log ends inside the call'); return; }
    // fds of /dev/kvm opened again later (after a close the log cannot show)
    // (only a successful system ioctl proves the fd was /dev/kvm)
    if (!fdMap.has(e.fd) && e.fd >= 0 && (e.fd_path === '/dev/kvm' || (SYSTEM_FIRST.has(e.req) && e.ret >= 0))) {
      const r = kvm.open('/dev/kvm');
      if (r.ret >= 0) fdMap.set(e.fd, r.ret);
    }
    // a negative fd is passed as is: the kernel answers EBADF without looking further
    const engFd = e.fd < 0 ? e.fd : fdMap.get(e.fd);
    if (engFd === undefined) {
      skip(e, `fd not created in the log: fd ${e.fd} (not a KVM fd, or opened before the trace)`);
      return;
    }
    const isRun = e.req === 'KVM_RUN';
    const vcpu = vcpuByFd.get(e.fd);
    const vm = vmByFd.get(e.fd);

    // ---- the arguments the kernel read
    const dir = (e.nr >>> 30) & 3;
    let struct: object | null = null;
    let raw = 0n;
    if (e.arg_raw !== undefined) raw = BigInt.asUintN(64, toBigint(e.arg_raw));
    let assumed: string[] | undefined;
    if (dir !== 0 && e.arg !== null) {
      const filled = fillIgnoredFields(e.arg);
      const why = firstUnknown(filled.value);
      if (why) {
        skip(e, `input not in the log: ${why}`);
        const owner = vm ?? (vcpu ? vmOfVcpu(vms, vcpu) : undefined);
        noteUnknownEffects(e, vm, vcpu, owner, why);
        if (owner && e.ret >= 0) unknownInputAt.set(owner, e.line);
        return;
      }
      struct = filled.value as object;
      if (filled.assumed.length) assumed = filled.assumed;
    }
    if ((e.req === 'KVM_SET_USER_MEMORY_REGION' || e.req === 'KVM_SET_USER_MEMORY_REGION2') && struct) {
      const a = struct as Obj;
      const size = toBigint(a.memory_size ?? 0);
      if (size > 0n) ensureBacking(toBigint(a.userspace_addr ?? 0), size);
    }
    // a creating call that returns a busy fd number: the old object was closed
    const creates = e.req === 'KVM_CREATE_VM' || e.req === 'KVM_CREATE_VCPU';
    if (creates && e.ret >= 0 && fdMap.has(e.ret)) retire(e.ret, e.line);

    // ---- run it in the model
    let r: { ret: number; errno?: number; out?: Record<string, unknown>; skipped?: string } | undefined;
    try {
      r = kvm.ioctl(engFd, e.nr, raw, struct, { process: children.has(e.pid) ? 'forked_child' : 'main' });
    } catch (err) {
      agreement.compared++; agreement.differ++;
      problems.push({ line: e.line, pid: e.pid, req: e.req, fd: e.fd, status: 'differ', recorded: rec(e), why: `model exception: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    if (r.skipped !== undefined && !isRun) {
      skip(e, `not modelled by the engine: ${r.skipped}`);
    } else if (isRun && r.skipped !== undefined) {
      // KVM_RUN's result is the log's: the guest is not executed here
      agreement.skipped++;
      agreement.skippedByReason['KVM_RUN not executed (recorded exit kept)'] = (agreement.skippedByReason['KVM_RUN not executed (recorded exit kept)'] ?? 0) + 1;
      if (opts.allCalls) problems.push({ line: e.line, pid: e.pid, req: e.req, fd: e.fd, status: 'skipped', recorded: rec(e), why: 'KVM_RUN not executed (recorded exit kept)' });
    } else {
      agreement.compared++;
      const same = r.ret === e.ret && (e.ret >= 0 || r.errno === e.errno)
        || (e.ret >= 0 && r.ret >= 0 && creates); // fd numbers are mapped, not compared
      const check: CallCheck = { line: e.line, pid: e.pid, req: e.req, fd: e.fd, status: same ? 'agree' : 'differ', recorded: rec(e), engine: r.errno === undefined ? { ret: r.ret } : { ret: r.ret, errno: r.errno } };
      if (assumed) check.assumed = assumed;
      const owner = vm ?? (vcpu ? vmOfVcpu(vms, vcpu) : undefined);
      const cause = owner ? unknownInputAt.get(owner) : undefined;
      if (!same && cause !== undefined) check.afterUnknownInput = cause;
      if (same) agreement.agree++; else agreement.differ++;
      if (!same || opts.allCalls) problems.push(check);
    }

    // ---- reconstruct from what the log shows (the model's answer only decides fd mapping)
    const ok = e.ret >= 0;
    if (e.req === 'KVM_CREATE_VM' && ok) {
      const v: ReplayedVm = {
        fd: e.ret, engineFd: r.ret >= 0 ? r.ret : -1, line: e.line,
        type: known(toNum((e.arg as Obj | null)?.type ?? raw), e.line),
        irqchip: known(false, e.line), memslots: [], vcpus: [], capsEnabled: [],
      };
      vms.push(v);
      vmByFd.set(e.ret, v);
      if (r.ret >= 0) fdMap.set(e.ret, r.ret);
    } else if (e.req === 'KVM_CREATE_VCPU' && ok && vm) {
      const c: ReplayedVcpu = {
        vcpu_id: toNum((e.arg as Obj | null)?.vcpu_id ?? raw), fd: e.ret, engineFd: r.ret >= 0 ? r.ret : -1, line: e.line,
        regs: Object.fromEntries(REGS.map((k) => [k, unknownP<number | bigint>('not set or read in the log yet')])),
        sregs: {}, runs: [], exitCounts: {},
      };
      vm.vcpus.push(c);
      vcpuByFd.set(e.ret, c);
      if (r.ret >= 0) fdMap.set(e.ret, r.ret);
    } else if ((e.req === 'KVM_SET_USER_MEMORY_REGION' || e.req === 'KVM_SET_USER_MEMORY_REGION2') && ok && vm && struct) {
      const a = struct as Obj;
      const slot = toNum(a.slot);
      vm.memslots = vm.memslots.filter((m) => m.slot !== slot);
      if (toBigint(a.memory_size) !== 0n) {
        vm.memslots.push({
          slot, line: e.line, flags: known(toNum(a.flags), e.line), guest_phys_addr: known(toBigint(a.guest_phys_addr), e.line),
          memory_size: known(toBigint(a.memory_size), e.line), userspace_addr: known(toBigint(a.userspace_addr), e.line),
          contents: unknownP('guest memory is not in an strace log'), syntheticBacking: true,
        });
        vm.memslots.sort((x, y) => x.slot - y.slot);
      }
    } else if (e.req === 'KVM_CREATE_IRQCHIP' && ok && vm) {
      vm.irqchip = known(true, e.line);
    } else if (e.req === 'KVM_ENABLE_CAP' && ok && (vm || vcpu)) {
      const owner = vm ?? vmOfVcpu(vms, vcpu!);
      const a = e.arg as Obj | null;
      const arg = a && !isUnknown(a) ? a : undefined;
      owner?.capsEnabled.push({
        line: e.line, fd: e.fd,
        cap: arg?.cap !== undefined ? known(arg.cap as string | number, e.line) : unknownP(firstUnknown(e.arg) ?? 'not printed', e.line),
        args: arg?.args !== undefined ? known(arg.args, e.line) : unknownP(firstUnknown(e.arg) ?? 'not printed', e.line),
      });
    } else if (e.req === 'KVM_CHECK_EXTENSION') {
      const a = e.arg as Obj | null;
      const cap = a && !isUnknown(a) ? (typeof a.cap === 'string' ? a.cap : toNum(a.cap_nr)) : toNum(raw);
      extensions.push({ line: e.line, fd: e.fd, cap, ret: e.ret });
    } else if (vcpu && ok && (e.req === 'KVM_SET_REGS' || e.req === 'KVM_GET_REGS')) {
      const src = (e.req === 'KVM_SET_REGS' ? e.arg : e.out) as Obj | undefined;
      for (const k of REGS) {
        const v = src?.[k];
        vcpu.regs[k] = v === undefined || isUnknown(v) ? unknownP(firstUnknown(v) ?? `${e.req} output not printed`, e.line) : known(v as number | bigint, e.line);
      }
    } else if (vcpu && ok && (e.req === 'KVM_SET_SREGS' || e.req === 'KVM_GET_SREGS')) {
      const src = (e.req === 'KVM_SET_SREGS' ? e.arg : e.out) as Obj | undefined;
      if (src && !isUnknown(src)) {
        for (const [k, v] of Object.entries(flatten(src))) vcpu.sregs[k] = isUnknown(v) ? unknownP(String((v as Obj).$unknown), e.line) : known(v, e.line);
      }
    } else if (isRun && vcpu && !children.has(e.pid)) {
      // (a forked child's KVM_RUN never reaches the vCPU: KVM refuses another mm with EIO)
      const x: RecordedExit = { line: e.line, ret: e.ret };
      if (e.errno !== undefined) x.errno = e.errno;
      if (typeof e.exit_reason === 'number') x.exit_reason = e.exit_reason;
      if (e.exit_name !== undefined) x.exit_name = e.exit_name;
      vcpu.runs.push(x);
      const key = e.ret < 0 ? (e.errname ?? `errno ${e.errno}`) : (e.exit_name ?? '?');
      vcpu.exitCounts[key] = (vcpu.exitCounts[key] ?? 0) + 1;
      if (e.ret >= 0 || e.errno === 4 /* EINTR: the guest may have run before the signal */) {
        for (const k of REGS) vcpu.regs[k] = unknownP(`the guest ran (KVM_RUN at line ${e.line}); not read since`, e.line);
        for (const k of Object.keys(vcpu.sregs)) vcpu.sregs[k] = unknownP(`the guest ran (KVM_RUN at line ${e.line}); not read since`, e.line);
      }
    }
    };
  for (const e of log) {
    const counted = agreement.compared + agreement.skipped;
    try {
      step(e);
    } catch (err) {
      // a value of an unexpected shape in the log (e.g. a symbolic number without -X verbose)
      if (agreement.compared + agreement.skipped === counted) {
        agreement.skipped++;
        agreement.skippedByReason['value not usable'] = (agreement.skippedByReason['value not usable'] ?? 0) + 1;
      }
      problems.push({ line: e.line, pid: e.pid, req: e.req, fd: e.fd, status: 'skipped', recorded: rec(e), why: `value not usable: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { vms, extensions, problems, agreement, engine: kvm.inspect(), fdMap: Object.fromEntries(fdMap) };
}

/** A skipped call whose effect is unknown (e.g. KVM_SET_REGS with an undecoded pointer): the fields become unknown. */
function noteUnknownEffects(e: IoctlLogEntry, vm: ReplayedVm | undefined, vcpu: ReplayedVcpu | undefined, owner: ReplayedVm | undefined, why: string): void {
  if (e.ret === null || e.ret < 0) return;
  if (owner && e.req === 'KVM_ENABLE_CAP') {
    owner.capsEnabled.push({ line: e.line, fd: e.fd, cap: unknownP(why, e.line), args: unknownP(why, e.line) });
  }
  if (vcpu && e.req === 'KVM_SET_REGS') for (const k of REGS) vcpu.regs[k] = unknownP(`KVM_SET_REGS at line ${e.line}: input not in the log`, e.line);
  if (vcpu && (e.req === 'KVM_SET_SREGS' || e.req === 'KVM_SET_SREGS2')) for (const k of Object.keys(vcpu.sregs)) vcpu.sregs[k] = unknownP(`${e.req} at line ${e.line}: input not in the log`, e.line);
  if (vm && (e.req === 'KVM_SET_USER_MEMORY_REGION' || e.req === 'KVM_SET_USER_MEMORY_REGION2')) {
    vm.memslotsIncompleteSince ??= e.line;
    // which slot changed is unknown: every slot's fields become unknown
    for (const m of vm.memslots) {
      const why = `${e.req} at line ${e.line}: input not in the log`;
      m.flags = unknownP(why, e.line); m.guest_phys_addr = unknownP(why, e.line); m.memory_size = unknownP(why, e.line); m.userspace_addr = unknownP(why, e.line);
    }
  }
}

/**
 * strace omits kvm_segment.unusable/padding, kvm_dtable.padding and
 * kvm_cpuid_entry2.padding. Padding is never read by KVM; `unusable` only
 * shapes the segment's cached attributes, not the ioctl's ret/errno. They are
 * given to the model as 0 and listed, so the call can still be checked.
 */
function fillIgnoredFields(v: unknown, path = '', assumed: string[] = []): { value: unknown; assumed: string[] } {
  const walk = (x: unknown, p: string): unknown => {
    if (Array.isArray(x)) return x.map((y, i) => walk(y, `${p}[${i}]`));
    if (typeof x !== 'object' || x === null || isUnknown(x)) return x;
    const o: Obj = {};
    for (const [k, y] of Object.entries(x as Obj)) {
      if ((k === 'unusable' || k === 'padding') && isUnknown(y) && String((y as Obj).$unknown).startsWith('strace does not print')) {
        o[k] = k === 'padding' && /(?:^|\.)(?:gdt|idt)$|entries\[\d+\]$/.test(p) ? [0, 0, 0] : 0;
        assumed.push(`${p}${p ? '.' : ''}${k}`);
      } else o[k] = walk(y, `${p}${p ? '.' : ''}${k}`);
    }
    return o;
  };
  return { value: walk(v, path), assumed };
}

function vmOfVcpu(vms: ReplayedVm[], v: ReplayedVcpu): ReplayedVm | undefined {
  return vms.find((m) => m.vcpus.includes(v));
}

/** The recorded fd of /dev/kvm: `-y` path, else the fd of the first system-only ioctl. */
function findKvmFd(log: readonly IoctlLogEntry[]): number | undefined {
  for (const e of log) {
    if (e.fd_path === '/dev/kvm') return e.fd;
    if (SYSTEM_FIRST.has(e.req)) return e.fd;
  }
  return undefined;
}
