/**
 * Columnar event store. Per event exactly 32 bytes of columns: ts (f64),
 * cpu (u16), type (u16), pid (i32), comm (u32 string id), ref (u32 payload
 * reference), arg0 (u32 hot value, e.g. exit reason) and arg1 (i32, the vCPU
 * id when the event has one). Fields stay in the importer's payload source
 * (raw record bytes for trace.dat) and are decoded only for one event at a
 * time. Import side: TraceSink / RawTraceSink; call finish() once, then query.
 */
import { PsError } from '../../errors.ts';
import { exitReasonCode, guessIsa, KVM_ISA_SVM, KVM_ISA_VMX, type ExitIsa } from '../exit-reasons.ts';
import type { FieldValue, PayloadSource, RawTraceSink } from '../types.ts';
import { ChunkedColumn } from './columns.ts';
import { hotFieldsFor, hotNumber } from './hot.ts';

export interface EventTypeInfo {
  id: number;
  system: string;
  name: string;
  /** "system:name" */
  key: string;
  fieldNames: readonly string[];
  /** Field indexes feeding arg0/arg1 (-1 = none). */
  hot: readonly [number, number];
}

/**
 * A timeline lane: a host CPU, a vCPU (and per plane when events carry a `plane` field:
 * `vcpu:N/plane:P`), or a guest CPU of a merged guest trace (`kind` 'cpu', id
 * `guest:G:cpu:N`, `index` = its cpu column value, `guest` = the guest's name).
 */
export interface Lane { id: string; kind: 'cpu' | 'vcpu'; index: number; plane?: number; guest?: string; label: string; events: number }

/** A guest trace merged into the store: its CPUs are stored as cpu column values `cpuBase + cpu`. */
export interface GuestLanes { name: string; cpuBase: number; /** guest CPU (= vCPU) → host thread PID that runs it */ vcpuPids: ReadonlyMap<number, number> }

/** First cpu column value used for guest CPUs (host CPU ids stay below). */
export const GUEST_CPU_BASE = 0x8000;
/** cpu column values reserved per merged guest (guest CPUs 0..1023). */
export const GUEST_CPU_SPAN = 0x400;

/** One event's columns, resolved to strings. */
export interface EventRow {
  index: number; ts: number; cpu: number; pid: number; comm: string;
  type: number; system: string; name: string; arg0: number; arg1: number; vcpu: number;
}

/** vCPU run state on the timeline. */
export const STATE_UNKNOWN = 0;
export const STATE_GUEST = 1;   // after kvm_entry
export const STATE_KERNEL = 2;  // after kvm_exit (KVM handles the exit) or kvm_fpu load (KVM_RUN entered)
export const STATE_USER = 3;    // after kvm_userspace_exit, the VMM handles it
// strace logs (-T): KVM_RUN start → STATE_KERNEL (in KVM: kernel or guest, not split), its return → STATE_USER

export interface LostMarker { cpu: number; ts: number; count: number }

/** Per-vCPU state transitions (ts ascending). */
export interface VcpuStates { vcpu: number; ts: Float64Array; state: Uint8Array }

/**
 * Per-vCPU transitions in time order. They usually arrive sorted; not when strace call ends (which
 * are no events) interleave with later calls of another thread running the same vCPU, or when a
 * never-returned KVM_RUN is appended last. Ties keep arrival order.
 */
function sortedStates(vcpu: number, ts: number[], st: number[]): VcpuStates {
  let sorted = true;
  for (let k = 1; k < ts.length; k++) if (ts[k]! < ts[k - 1]!) { sorted = false; break; }
  if (sorted) return { vcpu, ts: Float64Array.from(ts), state: Uint8Array.from(st) };
  const perm = Array.from(ts.keys()).sort((a, b) => ts[a]! - ts[b]! || a - b);
  return { vcpu, ts: Float64Array.from(perm, (k) => ts[k]!), state: Uint8Array.from(perm, (k) => st[k]!) };
}

/** Materialised fields of events appended through TraceSink.event(): [count, ...values] per event. */
class MaterializedSource implements PayloadSource {
  values: FieldValue[] = [];
  add(fields: readonly FieldValue[]): number {
    const ref = this.values.length;
    this.values.push(fields.length);
    for (const f of fields) this.values.push(f);
    return ref;
  }
  fields(ref: number): FieldValue[] {
    const n = this.values[ref];
    return typeof n === 'number' ? this.values.slice(ref + 1, ref + 1 + n) : [];
  }
}

const toNumber = hotNumber;

/** The cpu column value of events whose text has no CPU (strace, QEMU trace: importers pass -1). */
export const CPU_UNKNOWN = 0xffff;

const KVM_VCPU_COMM = /^CPU (\d+)\/KVM$/;

export class TraceStore implements RawTraceSink {
  // ---- import-side buffers
  private cTs = new ChunkedColumn(Float64Array);
  private cCpu = new ChunkedColumn(Uint16Array);
  private cType = new ChunkedColumn(Uint16Array);
  private cPid = new ChunkedColumn(Int32Array);
  private cComm = new ChunkedColumn(Uint32Array);
  private cRef = new ChunkedColumn(Uint32Array);
  private cArg0 = new ChunkedColumn(Uint32Array);
  private cArg1 = new ChunkedColumn(Int32Array);
  private sealed = false;

  // ---- columns (valid after finish())
  ts = new Float64Array(0);
  cpu = new Uint16Array(0);
  type = new Uint16Array(0);
  pid = new Int32Array(0);
  comm = new Uint32Array(0);
  ref = new Uint32Array(0);
  arg0 = new Uint32Array(0);
  arg1 = new Int32Array(0);

  readonly types: EventTypeInfo[] = [];
  private typeByKey = new Map<string, number>();
  private strings: string[] = [];
  private stringIds = new Map<string, number>();
  private sources: PayloadSource[] = [];
  /** Event index where each source starts (before sorting). */
  private sourceStart: number[] = [];
  /** Per-event source index, only when events of several sources had to be re-sorted. */
  private sourceOf: Uint16Array | undefined;
  private materialized: MaterializedSource | undefined;
  private n = 0;

  readonly lostMarkers: LostMarker[] = [];
  /** Architecture of kvm_exit reasons (from the `isa` field, arm64's esr_ec, or textual names). */
  exitIsa: ExitIsa | undefined;
  private pidVcpu = new Map<number, number>();
  private explicitVcpu = new Map<number, number>();
  private laneList: Lane[] = [];
  private vcpuStates = new Map<number, VcpuStates>();
  /** Per type: does arg1 carry a vCPU id. */
  private typeHasVcpu: boolean[] = [];
  private guests: GuestLanes[] = [];
  /** Per event plane (-1 none), only when some type has a `plane` field. */
  private planeCol: Int16Array | undefined;

  // ================= TraceSink / RawTraceSink =================

  eventType(system: string, name: string, fieldNames: readonly string[]): number {
    const key = `${system}:${name}`;
    const sig = `${key}(${fieldNames.join(',')})`;
    const known = this.typeByKey.get(sig);
    if (known !== undefined) return known;
    const id = this.types.length;
    if (id > 0xffff) throw new PsError('PS303', `more than 65536 event types`);
    const hot = hotFieldsFor(name, fieldNames);
    this.types.push({ id, system, name, key, fieldNames: [...fieldNames], hot });
    this.typeByKey.set(sig, id);
    this.typeHasVcpu[id] = hot[1] >= 0;
    return id;
  }

  intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  beginSource(src: PayloadSource): void {
    this.sources.push(src);
    this.sourceStart.push(this.n);
  }

  hotFields(type: number): readonly [number, number] {
    return this.types[type]?.hot ?? [-1, -1];
  }

  rawEvent(type: number, ts: number, cpu: number, pid: number, commId: number, ref: number, arg0: number, arg1: number): void {
    this.cTs.push(ts);
    this.cCpu.push(cpu);
    this.cType.push(type);
    this.cPid.push(pid);
    this.cComm.push(commId);
    this.cRef.push(ref);
    this.cArg0.push(arg0 >>> 0);
    this.cArg1.push(arg1 | 0);
    this.n++;
  }

  event(type: number, ts: number, cpu: number, pid: number, comm: string, fields: readonly FieldValue[]): void {
    if (!this.materialized || this.sources[this.sources.length - 1] !== this.materialized) {
      this.materialized ??= new MaterializedSource();
      this.beginSource(this.materialized);
    }
    const t = this.types[type];
    let a0 = 0;
    let a1 = 0;
    if (t) {
      if (t.hot[0] >= 0) {
        const v = fields[t.hot[0]];
        let num = toNumber(v);
        if (Number.isNaN(num) && typeof v === 'string' && t.name === 'kvm_exit') {
          // Text traces print exit reasons by name (VMX bare, SVM "EXIT_…" or lower-case).
          const hit = exitReasonCode(v, this.exitIsa);
          if (hit) { num = hit.code; this.exitIsa ??= hit.isa; }
        }
        a0 = Number.isNaN(num) ? 0 : num;
      }
      if (t.hot[1] >= 0) {
        const num = toNumber(fields[t.hot[1]]);
        a1 = Number.isNaN(num) ? -1 : num;
      }
    }
    this.rawEvent(type, ts, cpu, pid, this.intern(comm), this.materialized.add(fields), a0, a1);
  }

  lost(cpu: number, ts: number, count: number): void {
    this.lostMarkers.push({ cpu, ts, count });
  }

  /** Declares that host thread `pid` runs vCPU `vcpu` (e.g. from trace.dat's GUEST option). */
  mapVcpuThread(pid: number, vcpu: number): void {
    this.explicitVcpu.set(pid, vcpu);
  }

  /**
   * Declares a merged guest trace whose events were added with cpu = `cpuBase + guest CPU`
   * (engine/trace/merge.ts). Its events never count as host vCPU activity (guest PIDs are
   * another PID namespace); its CPUs get lanes beside the host vCPU lanes they run on.
   */
  addGuest(g: GuestLanes): void {
    this.guests.push(g);
  }

  // ================= finish =================

  /** Seals the columns, sorts by time if needed, derives lanes and vCPU states. Idempotent. */
  finish(): void {
    if (this.sealed) return;
    this.sealed = true;
    this.ts = this.cTs.seal(); this.cpu = this.cCpu.seal(); this.type = this.cType.seal();
    this.pid = this.cPid.seal(); this.comm = this.cComm.seal(); this.ref = this.cRef.seal();
    this.arg0 = this.cArg0.seal(); this.arg1 = this.cArg1.seal();
    const n = this.n;
    let sorted = true;
    for (let i = 1; i < n; i++) if (this.ts[i]! < this.ts[i - 1]!) { sorted = false; break; }
    if (!sorted) this.sortByTime();
    this.detectExitIsa();
    this.deriveVcpus();
    this.lostMarkers.sort((a, b) => a.ts - b.ts);
  }

  private sortByTime(): void {
    const n = this.n;
    if (this.sources.length > 1) {
      const s = new Uint16Array(n);
      for (let k = 0; k < this.sources.length; k++) s.fill(k, this.sourceStart[k]!, this.sourceStart[k + 1] ?? n);
      this.sourceOf = s;
    }
    const perm = new Uint32Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
    const ts = this.ts;
    perm.sort((a, b) => ts[a]! - ts[b]! || a - b); // stable: ties keep arrival order
    const apply = <T extends Float64Array | Uint16Array | Int32Array | Uint32Array>(col: T): T => {
      const out = new (col.constructor as new (n: number) => T)(n);
      for (let i = 0; i < n; i++) out[i] = col[perm[i]!]!;
      return out;
    };
    this.ts = apply(this.ts); this.cpu = apply(this.cpu); this.type = apply(this.type); this.pid = apply(this.pid);
    this.comm = apply(this.comm); this.ref = apply(this.ref); this.arg0 = apply(this.arg0); this.arg1 = apply(this.arg1);
    if (this.sourceOf) this.sourceOf = apply(this.sourceOf);
  }

  private detectExitIsa(): void {
    if (this.exitIsa) return;
    for (const t of this.types) {
      if (t.name !== 'kvm_exit') continue;
      const isaIdx = t.fieldNames.indexOf('isa');
      const ecIdx = t.fieldNames.indexOf('esr_ec');
      // trace.dat has only one arch's fields; text importers declare the union of
      // every print format (x86 and arm64), with '' for fields a line lacks.
      if (isaIdx < 0 && ecIdx >= 0) { this.exitIsa = 'arm64'; return; }
      for (let i = 0; i < this.n; i++) {
        if (this.type[i] !== t.id) continue;
        const f = this.fields(i);
        const v = isaIdx >= 0 ? toNumber(f[isaIdx]) : Number.NaN;
        if (v === KVM_ISA_VMX) this.exitIsa = 'vmx';
        else if (v === KVM_ISA_SVM) this.exitIsa = 'svm';
        else if (ecIdx >= 0 && typeof f[ecIdx] === 'number') this.exitIsa = 'arm64';
        else if (isaIdx >= 0 && typeof f[isaIdx] === 'string' && f[isaIdx] !== '') this.exitIsa = guessIsa(String(f[isaIdx]));
        return;
      }
    }
  }

  private deriveVcpus(): void {
    const n = this.n;
    // 1 entry, 2 exit, 3 userspace exit, 4 kvm_fpu (its `load` = KVM_RUN entered: the vCPU is in KVM
    // until the next kvm_entry or exit; the only run-state mark a PVM host, which has no kvm_entry, leaves)
    // 5 strace ioctl (its KVM_RUN calls: start → in KVM, start + -T duration → in the VMM; below)
    const runType = new Uint8Array(this.types.length);
    const straceReq = new Int16Array(this.types.length).fill(-1);
    const straceRet = new Int16Array(this.types.length).fill(-1);
    const straceDur = new Int16Array(this.types.length).fill(-1);
    for (const t of this.types) {
      if (t.system === 'strace' && t.name === 'ioctl') {
        straceReq[t.id] = t.fieldNames.indexOf('req');
        straceRet[t.id] = t.fieldNames.indexOf('ret');
        straceDur[t.id] = t.fieldNames.indexOf('duration_ns');
        if (straceReq[t.id]! >= 0 && straceRet[t.id]! >= 0 && straceDur[t.id]! >= 0) runType[t.id] = 5;
        continue;
      }
      if (t.system !== 'kvm' && t.system !== '') continue;
      if (t.name === 'kvm_entry') runType[t.id] = 1;
      else if (t.name === 'kvm_exit') runType[t.id] = 2;
      else if (t.name === 'kvm_userspace_exit') runType[t.id] = 3;
      else if (t.name === 'kvm_fpu' && t.hot[0] >= 0) runType[t.id] = 4;
    }
    for (const [pid, v] of this.explicitVcpu) this.pidVcpu.set(pid, v);
    const commVcpu = new Map<number, number>();
    // Threads whose kvm events name a vCPU (kvm_pvclock_update, kvm_write_tsc_offset…) but
    // that ran no kvm_entry/kvm_exit (PVM hosts, traces without them): one vCPU only, else
    // the thread is ambiguous (a single-threaded VMM creating several vCPUs) → -1.
    const namedVcpu = new Map<number, number>();
    const kvmType = this.types.map((t) => t.system === 'kvm' && this.typeHasVcpu[t.id] === true);
    const guestFrom = this.guests.length ? GUEST_CPU_BASE : CPU_UNKNOWN;
    for (let i = 0; i < n; i++) {
      const c = this.cpu[i]!;
      if (c >= guestFrom && c !== CPU_UNKNOWN) continue; // guest events: another PID namespace
      const ty = this.type[i]!;
      const rt = runType[ty]!;
      const p = this.pid[i]!;
      if ((rt === 1 || rt === 2) && this.typeHasVcpu[ty] && !this.pidVcpu.has(p)) this.pidVcpu.set(p, this.arg1[i]!);
      else if (kvmType[ty]) {
        const prev = namedVcpu.get(p);
        const v = this.arg1[i]!;
        if (prev === undefined) namedVcpu.set(p, v);
        else if (prev !== v) namedVcpu.set(p, -1);
      }
      if (!commVcpu.has(this.comm[i]!)) {
        const m = KVM_VCPU_COMM.exec(this.strings[this.comm[i]!] ?? '');
        commVcpu.set(this.comm[i]!, m ? Number(m[1]) : -1);
      }
      const cv = commVcpu.get(this.comm[i]!)!;
      if (cv >= 0 && !this.pidVcpu.has(p)) this.pidVcpu.set(p, cv);
    }
    for (const [p, v] of namedVcpu) if (v >= 0 && !this.pidVcpu.has(p)) this.pidVcpu.set(p, v);
    this.derivePlanes();
    // Lanes and state transitions.
    const cpuCount = new Map<number, number>();
    const vcpuCount = new Map<number, number>();
    const planeCount = new Map<number, Map<number, number>>();
    const planes = this.planeCol;
    const trans = new Map<number, { ts: number[]; st: number[] }>();
    const transOf = (v: number): { ts: number[]; st: number[] } => {
      let tr = trans.get(v);
      if (!tr) { tr = { ts: [], st: [] }; trans.set(v, tr); }
      return tr;
    };
    // strace KVM_RUNs that never returned ("= ?"): in KVM from their start, but only drawn when the log
    // has -T durations (without them no call has an end, and every lane would read "in KVM" throughout).
    const neverReturned: [v: number, ts: number][] = [];
    let straceEnds = false;
    for (let i = 0; i < n; i++) {
      const c = this.cpu[i]!;
      cpuCount.set(c, (cpuCount.get(c) ?? 0) + 1);
      const v = this.vcpuOf(i);
      if (v < 0) continue;
      vcpuCount.set(v, (vcpuCount.get(v) ?? 0) + 1);
      if (planes && planes[i]! >= 0) {
        let m = planeCount.get(v);
        if (!m) planeCount.set(v, (m = new Map()));
        m.set(planes[i]!, (m.get(planes[i]!) ?? 0) + 1);
      }
      const rt = runType[this.type[i]!]!;
      if (rt === 5) {
        // strace: KVM_RUN start → in KVM (kernel and guest: user space cannot tell them apart), its
        // return (start + -T duration) → in the VMM. Events of one thread come in time order.
        const ty = this.type[i]!;
        const f = this.fields(i);
        if (f[straceReq[ty]!] !== 'KVM_RUN') continue;
        const d = f[straceDur[ty]!];
        if (typeof d === 'number') {
          const tr = transOf(v);
          const t0 = this.ts[i]!;
          // µs-rounded stamps can put the previous call's end after this start: no VMM time then
          while (tr.ts.length && tr.ts[tr.ts.length - 1]! > t0 && tr.st[tr.st.length - 1] === STATE_USER) { tr.ts.pop(); tr.st.pop(); }
          tr.ts.push(t0, t0 + d);
          tr.st.push(STATE_KERNEL, STATE_USER);
          straceEnds = true;
        } else if (f[straceRet[ty]!] === '') neverReturned.push([v, this.ts[i]!]);
        continue;
      }
      if (rt && (rt !== 4 || this.arg0[i] === 1)) {
        const tr = transOf(v);
        tr.ts.push(this.ts[i]!);
        tr.st.push(rt === 1 ? STATE_GUEST : rt === 3 ? STATE_USER : STATE_KERNEL);
      }
    }
    if (straceEnds) for (const [v, t] of neverReturned) { const tr = transOf(v); tr.ts.push(t); tr.st.push(STATE_KERNEL); }
    this.laneList = this.buildLanes(cpuCount, vcpuCount, planeCount);
    for (const [v, tr] of trans) this.vcpuStates.set(v, sortedStates(v, tr.ts, tr.st));
  }

  /** Decodes the `plane` field of the types that have one (none in today's kernels' events). */
  private derivePlanes(): void {
    const idx = this.types.map((t) => t.fieldNames.indexOf('plane'));
    if (!idx.some((k) => k >= 0)) return;
    const col = new Int16Array(this.n).fill(-1);
    for (let i = 0; i < this.n; i++) {
      const k = idx[this.type[i]!]!;
      if (k < 0) continue;
      const v = toNumber(this.fields(i)[k]);
      if (Number.isInteger(v) && v >= 0 && v < 0x7fff) col[i] = v;
    }
    this.planeCol = col;
  }

  /** Host CPUs; then per vCPU its lane, its plane sub-lanes, the guest CPU lanes it runs; then guest CPUs not tied to a host vCPU. */
  private buildLanes(cpuCount: Map<number, number>, vcpuCount: Map<number, number>, planeCount: Map<number, Map<number, number>>): Lane[] {
    const guestOf = (c: number): GuestLanes | undefined =>
      c >= GUEST_CPU_BASE && c !== CPU_UNKNOWN ? this.guests.find((g) => c >= g.cpuBase && c < g.cpuBase + GUEST_CPU_SPAN) : undefined;
    const hostCpus: Lane[] = [];
    const guestCpus = new Map<number, Lane>(); // cpu column value → lane
    for (const [c, k] of [...cpuCount].sort((a, b) => a[0] - b[0])) {
      const g = guestOf(c);
      if (!g) { hostCpus.push({ id: `cpu:${c}`, kind: 'cpu', index: c, label: c === CPU_UNKNOWN ? 'CPU ?' : `CPU ${c}`, events: k }); continue; }
      const gc = c - g.cpuBase;
      const pid = g.vcpuPids.get(gc);
      guestCpus.set(c, { id: `guest:${g.name}:cpu:${gc}`, kind: 'cpu', index: c, guest: g.name, events: k,
        label: pid === undefined ? `${g.name} CPU ${gc}` : `${g.name} CPU ${gc} (vCPU ${gc}, host PID ${pid})` });
    }
    const out: Lane[] = [...hostCpus];
    const vcpus = new Set<number>(vcpuCount.keys());
    for (const g of this.guests) for (const v of g.vcpuPids.keys()) if (guestCpus.has(g.cpuBase + v)) vcpus.add(v);
    for (const v of [...vcpus].sort((a, b) => a - b)) {
      const k = vcpuCount.get(v);
      if (k !== undefined) out.push({ id: `vcpu:${v}`, kind: 'vcpu', index: v, label: `vCPU ${v}`, events: k });
      for (const [p, pk] of [...(planeCount.get(v) ?? [])].sort((a, b) => a[0] - b[0])) {
        out.push({ id: `vcpu:${v}/plane:${p}`, kind: 'vcpu', index: v, plane: p, label: `vCPU ${v} plane ${p}`, events: pk });
      }
      for (const g of this.guests) {
        const l = guestCpus.get(g.cpuBase + v);
        if (l && g.vcpuPids.has(v)) { out.push(l); guestCpus.delete(g.cpuBase + v); }
      }
    }
    out.push(...guestCpus.values());
    return out;
  }

  // ================= queries =================

  get count(): number { return this.n; }

  /** The interned string `id` (comm names). */
  string(id: number): string { return this.strings[id] ?? ''; }

  /** vCPU an event belongs to: its own vcpu_id field, else its thread's vCPU, else -1. */
  vcpuOf(i: number): number {
    const c = this.cpu[i]!;
    if (c >= GUEST_CPU_BASE && c !== CPU_UNKNOWN && this.guests.length) return -1;
    if (this.typeHasVcpu[this.type[i]!] && this.types[this.type[i]!]!.system === 'kvm') return this.arg1[i]!;
    return this.pidVcpu.get(this.pid[i]!) ?? -1;
  }

  /** Host thread → vCPU map derived at finish(). */
  vcpuThreads(): ReadonlyMap<number, number> { return this.pidVcpu; }

  /** Plane of event `i` from its `plane` field, or -1. */
  planeOf(i: number): number { return this.planeCol ? this.planeCol[i]! : -1; }

  /** Merged guest traces (see addGuest). */
  guestTraces(): readonly GuestLanes[] { return this.guests; }

  row(i: number): EventRow {
    const t = this.types[this.type[i]!]!;
    return {
      index: i, ts: this.ts[i]!, cpu: this.cpu[i]!, pid: this.pid[i]!, comm: this.string(this.comm[i]!),
      type: t.id, system: t.system, name: t.name, arg0: this.arg0[i]!, arg1: this.arg1[i]!, vcpu: this.vcpuOf(i),
    };
  }

  private sourceFor(i: number): PayloadSource | undefined {
    if (this.sourceOf) return this.sources[this.sourceOf[i]!];
    const st = this.sourceStart;
    let lo = 0, hi = st.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (st[mid]! <= i) lo = mid; else hi = mid - 1; }
    return this.sources[lo];
  }

  /** All field values of event `i`, aligned with types[type[i]].fieldNames. */
  fields(i: number): FieldValue[] {
    return this.sourceFor(i)?.fields(this.ref[i]!) ?? [];
  }

  /** Field name/value pairs of event `i` (for a details panel). */
  namedFields(i: number): { name: string; value: FieldValue }[] {
    const names = this.types[this.type[i]!]!.fieldNames;
    const vals = this.fields(i);
    return names.map((name, k) => ({ name, value: vals[k] ?? '' }));
  }

  /** Raw record bytes of event `i` when the source has them (trace.dat). */
  rawBytes(i: number): Uint8Array | undefined {
    return this.sourceFor(i)?.bytes?.(this.ref[i]!);
  }

  /** First index with ts >= t. */
  lowerBound(t: number): number {
    let lo = 0, hi = this.n;
    const ts = this.ts;
    while (lo < hi) { const m = (lo + hi) >>> 1; if (ts[m]! < t) lo = m + 1; else hi = m; }
    return lo;
  }

  /** [first, end) indexes of events with t0 <= ts < t1. */
  indexRange(t0: number, t1: number): [number, number] {
    return [this.lowerBound(t0), this.lowerBound(t1)];
  }

  /** Lanes: host CPUs first, then vCPUs. */
  lanes(): readonly Lane[] { return this.laneList; }

  /** Whether event `i` is drawn on `lane`. */
  inLane(i: number, lane: Lane): boolean {
    if (lane.kind === 'cpu') return this.cpu[i] === lane.index;
    return this.vcpuOf(i) === lane.index && (lane.plane === undefined || this.planeOf(i) === lane.plane);
  }

  /** Indexes of events in [t0, t1) on `laneId` (all lanes when omitted), at most `limit`. */
  eventsInRange(t0: number, t1: number, laneId?: string, limit = Number.MAX_SAFE_INTEGER): Uint32Array {
    const [a, b] = this.indexRange(t0, t1);
    const lane = laneId === undefined ? undefined : this.laneList.find((l) => l.id === laneId);
    if (laneId !== undefined && !lane) return new Uint32Array(0);
    const out: number[] = [];
    for (let i = a; i < b && out.length < limit; i++) if (!lane || this.inLane(i, lane)) out.push(i);
    return Uint32Array.from(out);
  }

  /**
   * State transitions of a vCPU: kvm_entry/kvm_exit/kvm_userspace_exit/kvm_fpu load; for strace logs
   * with -T, each KVM_RUN's start (STATE_KERNEL) and return (ts + duration_ns, STATE_USER).
   */
  vcpuStatesOf(vcpu: number): VcpuStates | undefined { return this.vcpuStates.get(vcpu); }

  /** Memory used by the event columns, strings and payload sources. */
  memory(): { events: number; columnBytes: number; bytesPerEvent: number; sourceBytes: number; stringChars: number } {
    const columnBytes = this.ts.byteLength + this.cpu.byteLength + this.type.byteLength + this.pid.byteLength
      + this.comm.byteLength + this.ref.byteLength + this.arg0.byteLength + this.arg1.byteLength;
    const sourceBytes = this.sources.reduce((a, s) => a + (s.byteLength ?? 0), 0);
    const stringChars = this.strings.reduce((a, s) => a + s.length, 0);
    return { events: this.n, columnBytes, bytesPerEvent: this.n ? columnBytes / this.n : 0, sourceBytes, stringChars };
  }
}
