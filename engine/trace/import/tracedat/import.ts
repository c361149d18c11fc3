/**
 * trace.dat v6/v7 importer: header and metadata (container.ts), per-CPU
 * ring-buffer pages (ringbuf.ts, decompressing v7 chunks first), then a
 * time-ordered merge of all CPUs of all instances into a TraceSink. Fields are
 * decoded from the file's own event formats; with a RawTraceSink they stay in
 * the record bytes and are decoded on demand.
 *
 * Errors never lose what was read: importTraceDat() returns the events and
 * metadata read so far plus the first PsError.
 */
import { PsError } from '../../../errors.ts';
import { isRawSink, type FieldValue, type PayloadSource, type Progress, type TraceSink } from '../../types.ts';
import { ByteReader } from './bytes.ts';
import { readTraceDatHeader, type TraceBuffer, type TraceDatHeader } from './container.ts';
import { decodeField, readInt, type EventFormat, type FieldDef } from './format.ts';
import { CpuRecords, recordData, scanPages } from './ringbuf.ts';
import { yieldToEventLoop, type StopSignal } from './yield.ts';

export interface TraceDatImportOptions {
  /** File name for error locations. */
  file?: string;
  progress?: Progress;
  /** Keep raw ring-buffer timestamps (no TSC2NSEC/TIME_SHIFT/DATE/OFFSET), like `trace-cmd report --raw-ts`. */
  rawTimestamps?: boolean;
  /**
   * Added to every CPU number given to the sink (a guest trace merged beside its host:
   * engine/trace/merge.ts). Default 0.
   */
  cpuBase?: number;
  /**
   * Cooperative import: yield to the event loop every 256 ring-buffer pages and every
   * 64k merged events, and stop (PS304, keeping what was read) once `signal.aborted`.
   * Without it the import runs to the end in as few tasks as possible.
   */
  signal?: StopSignal;
}

export interface CpuSummary { instance: string; cpu: number; events: number; bytes: number; lostMarkers: number; lostEvents: number }

export interface TraceDatSummary {
  format: 'trace.dat';
  header?: TraceDatHeader;
  events: number;
  /** Sum of the lost-event counts the ring buffer stored. */
  lostEvents: number;
  /** Pages that flagged lost events without a count. */
  lostUnknown: number;
  perCpu: CpuSummary[];
  /** Records whose common_type has no format in the file. */
  unknownTypeRecords: number;
  firstTs?: number;
  lastTs?: number;
}

export interface TraceDatImportResult { summary: TraceDatSummary; error?: PsError }

interface Stream {
  buffer: TraceBuffer;
  cpu: number;
  bytes: Uint8Array;
  dv: DataView;
  recs: CpuRecords;
  /** First 4-byte word of this stream in the source's ref space. */
  wordBase: number;
}

class CancelledError extends Error {}

/** Returns the per-CPU byte stream (decompressing v7 chunks), or throws PsError; `partial` gets what was decoded. */
async function cpuStream(bytes: Uint8Array, h: TraceDatHeader, b: TraceBuffer, offset: number, size: number,
  file: string | undefined, tick: (n: number) => void, partial: { bytes?: Uint8Array }): Promise<Uint8Array> {
  if (!b.compressed) {
    if (offset > bytes.length || offset + size > bytes.length) {
      const have = bytes.subarray(Math.min(offset, bytes.length), bytes.length);
      partial.bytes = have.subarray(0, have.length - (have.length % b.pageSize));
      throw new PsError('PS301', `CPU data of instance "${b.name}" needs bytes ${offset}..${offset + size} but the file has ${bytes.length}`, file === undefined ? { offset: bytes.length } : { offset: bytes.length, file });
    }
    return bytes.subarray(offset, offset + size);
  }
  const r = new ByteReader(bytes, h.littleEndian, 0, '', file);
  r.seek(offset, 'compressed CPU data offset');
  const count = r.u32('compressed chunk count');
  const parts: Uint8Array[] = [];
  let total = 0;
  const join = (): Uint8Array => {
    const out = new Uint8Array(total);
    let p = 0;
    for (const x of parts) { out.set(x, p); p += x.length; }
    return out;
  };
  try {
    for (let i = 0; i < count; i++) {
      const zsize = r.u32('chunk compressed size');
      const usize = r.u32('chunk uncompressed size');
      const at = r.pos;
      const z = r.bytesN(zsize, `chunk ${i} of ${count}`);
      if (usize % b.pageSize !== 0) throw r.corrupt(`chunk ${i} inflates to ${usize} bytes, not a multiple of the ${b.pageSize}-byte page`, at - 4);
      parts.push(await h.decoder(z, usize, at));
      total += usize;
      tick(at + zsize);
    }
  } catch (e) {
    partial.bytes = join();
    throw e;
  }
  return join();
}

/** Converts raw ring-buffer timestamps of one stream to ns as trace-cmd's timestamp_calc() does. */
function convertTimestamps(recs: CpuRecords, h: TraceDatHeader, cpu: number, raw: boolean): void {
  if (raw) return;
  const ts = recs.ts;
  const add = (h.dateOffsetNs ?? 0) + (h.offsetNs ?? 0);
  const shiftRaw = h.timeShift?.cpus[cpu];
  const shift = shiftRaw && sortedShiftSamples(shiftRaw);
  const tsc = h.tsc2nsec;
  const conv = (t: number): number => {
    let v = BigInt(Math.round(t));
    if (shift && shift.time.length) v = hostSync(v, shift, h.timeShift!.flags);
    if (tsc && tsc.mult) v = (v * BigInt(tsc.mult)) >> BigInt(tsc.shift);
    return Number(v) + add;
  };
  const apply = (t: number): number => conv(t);
  if (shift || (tsc && tsc.mult)) {
    for (let i = 0; i < recs.n; i++) ts[i] = apply(ts[i]!);
    for (let i = 0; i < recs.lostTs.length; i++) recs.lostTs[i] = apply(recs.lostTs[i]!);
  } else if (add) {
    for (let i = 0; i < recs.n; i++) ts[i] = ts[i]! + add;
    for (let i = 0; i < recs.lostTs.length; i++) recs.lostTs[i] = recs.lostTs[i]! + add;
  }
}

interface ShiftSamples { time: bigint[]; offset: bigint[]; scaling: bigint[]; fraction: bigint[] }

/**
 * TIME_SHIFT samples of one CPU as trace-cmd uses them (tsync_cpu_offsets_load): sorted
 * by time, and of samples with equal times only the first kept.
 */
export function sortedShiftSamples(s: ShiftSamples): ShiftSamples {
  const order = s.time.map((_, i) => i).sort((a, b) => (s.time[a]! < s.time[b]! ? -1 : s.time[a]! > s.time[b]! ? 1 : a - b));
  const out: ShiftSamples = { time: [], offset: [], scaling: [], fraction: [] };
  for (const i of order) {
    if (out.time.length && out.time[out.time.length - 1] === s.time[i]) continue;
    out.time.push(s.time[i]!); out.offset.push(s.offset[i]!); out.scaling.push(s.scaling[i] ?? 1n); out.fraction.push(s.fraction[i] ?? 0n);
  }
  return out;
}

const U64 = (1n << 64n) - 1n;

/**
 * Guest→host correction of one raw guest timestamp from (sorted) TIME_SHIFT samples, as
 * trace-cmd's timestamp_host_sync(): one sample adds its offset; otherwise the pair of
 * samples around `ts` (the first/last pair outside them) gives the offset, linearly
 * interpolated when flags bit 0 (TRACECMD_TSYNC_FLAG_INTERPOLATE) is set (C's
 * `(x + delta / 2) / delta`, truncating toward zero), and the lower
 * sample's scaling/fraction scale `ts` (`ts * scaling >> fraction`, u64 arithmetic).
 */
export function hostSync(ts: bigint, s: ShiftSamples, flags: number): bigint {
  const n = s.time.length;
  if (n === 0) return ts;
  const calc = (a: number, b: number): bigint => {
    let cor = s.offset[a]!;
    if (flags & 1) {
      const delta = s.time[b]! - s.time[a]!;
      // BigInt division truncates toward zero like C's signed division.
      if (delta !== 0n) cor = s.offset[a]! + ((ts - s.time[a]!) * (s.offset[b]! - s.offset[a]!) + delta / 2n) / delta;
    }
    const scaled = ((ts * s.scaling[a]!) & U64) >> s.fraction[a]!;
    return (scaled + cor) & U64;
  };
  if (n === 1) return (ts + s.offset[0]!) & U64;
  if (ts <= s.time[0]!) return calc(0, 1);
  if (ts >= s.time[n - 1]!) return calc(n - 2, n - 1);
  let lo = 0, hi = n - 1;
  while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (s.time[mid]! <= ts) lo = mid; else hi = mid; }
  return calc(lo, lo + 1);
}

/** Decoder over the imported streams: ref = stream word base + record header offset / 4. */
class TraceDatPayload implements PayloadSource {
  readonly byteLength: number;
  constructor(private streams: Stream[], private byId: (EventFormat | undefined)[], private little: boolean) {
    this.byteLength = streams.reduce((a, s) => a + s.bytes.length, 0);
  }
  private locate(ref: number): { s: Stream; hdr: number } | undefined {
    const ss = this.streams;
    let lo = 0, hi = ss.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ss[mid]!.wordBase <= ref) lo = mid; else hi = mid - 1; }
    const s = ss[lo];
    if (!s) return undefined;
    const hdr = (ref - s.wordBase) * 4;
    return hdr + 4 <= s.bytes.length ? { s, hdr } : undefined;
  }
  fields(ref: number): FieldValue[] {
    const l = this.locate(ref);
    if (!l) return [];
    const { start, len } = recordData(l.s.dv, l.hdr, this.little);
    const fmt = this.byId[l.s.dv.getUint16(start, this.little)];
    if (!fmt) return [];
    return fmt.fields.map((f) => decodeField(f, l.s.dv, l.s.bytes, start, Math.min(len, l.s.bytes.length - start), this.little));
  }
  bytes(ref: number): Uint8Array | undefined {
    const l = this.locate(ref);
    if (!l) return undefined;
    const { start, len } = recordData(l.s.dv, l.hdr, this.little);
    return l.s.bytes.subarray(start, Math.min(start + len, l.s.bytes.length));
  }
}

function commOf(pid: number, cmdlines: Map<number, string>): string {
  if (pid === 0) return '<idle>';
  return cmdlines.get(pid) ?? '<...>';
}

/**
 * Imports a whole trace.dat (v6 or v7, compression none/zlib/zstd) into `sink`.
 * Never throws for bad input: the result carries the first PsError together
 * with everything read before it. Cancellation (progress returning false)
 * yields PS304.
 */
export async function importTraceDat(bytes: Uint8Array, sink: TraceSink, opts: TraceDatImportOptions = {}): Promise<TraceDatImportResult> {
  const file = opts.file;
  const summary: TraceDatSummary = { format: 'trace.dat', events: 0, lostEvents: 0, lostUnknown: 0, perCpu: [], unknownTypeRecords: 0 };
  let error: PsError | undefined;
  const note = (e: unknown): void => {
    if (e instanceof CancelledError) e = new PsError('PS304', 'the progress callback asked to stop', file === undefined ? {} : { file });
    if (!(e instanceof PsError)) {
      e = new PsError('PS302', `unexpected decoder failure: ${e instanceof Error ? e.message : String(e)}`, file === undefined ? {} : { file });
    }
    error ??= e as PsError;
  };
  const cancelled = (): boolean => (error as PsError | undefined)?.code === 'PS304';
  const tick = (done: number): void => {
    if (opts.progress && !opts.progress(Math.min(done, bytes.length), bytes.length)) throw new CancelledError();
    if (opts.signal?.aborted) throw new CancelledError();
  };
  const signal = opts.signal;
  const cpuBase = opts.cpuBase ?? 0;
  let h: TraceDatHeader;
  try {
    h = await readTraceDatHeader(bytes, file);
  } catch (e) {
    note(e);
    return { summary, error };
  }
  summary.header = h;
  const little = h.littleEndian;

  // 1. Walk every CPU of every instance.
  const streams: Stream[] = [];
  let wordBase = 0;
  for (const b of h.buffers) {
    if (cancelled()) break;
    if (b.latency) {
      note(new PsError('PS303', `instance "${b.name || 'top'}" holds latency-tracer text, not ring-buffer pages`, file === undefined ? { offset: b.cpus[0]?.offset ?? 0 } : { offset: b.cpus[0]?.offset ?? 0, file }));
      continue;
    }
    for (const c of b.cpus) {
      if (c.size === 0) { summary.perCpu.push({ instance: b.name, cpu: c.cpu, events: 0, bytes: 0, lostMarkers: 0, lostEvents: 0 }); continue; }
      const recs = new CpuRecords();
      const partial: { bytes?: Uint8Array } = {};
      let data: Uint8Array | undefined;
      try {
        data = await cpuStream(bytes, h, b, c.offset, c.size, file, tick, partial);
      } catch (e) {
        // Truncated or cancelled: the pages inflated so far are still scanned and kept.
        note(e);
        data = partial.bytes;
      }
      if (!data || data.length === 0) continue;
      const fileOffset = b.compressed ? () => c.offset : (at: number) => c.offset + at;
      const what = `instance "${b.name || 'top'}" CPU ${c.cpu}`;
      try {
        // Slices of 256 pages (1 MiB of 4 KiB pages) keep progress/cancel responsive on big CPUs.
        const slice = b.pageSize * 256;
        for (let s = 0; s < data.length; s += slice) {
          scanPages(data, s, Math.min(data.length, s + slice), b.pageSize, h.layout, little, recs, fileOffset, what, file);
          if (signal) await yieldToEventLoop();
          // Compressed CPUs reported progress (and cancel) while inflating.
          if (!b.compressed && !cancelled()) tick(c.offset + Math.min(data.length, s + slice));
        }
      } catch (e) {
        note(e);
      }
      convertTimestamps(recs, h, c.cpu, opts.rawTimestamps === true);
      const lostKnown = recs.lostCount.reduce((a, n) => a + (n > 0 ? n : 0), 0);
      summary.perCpu.push({ instance: b.name, cpu: c.cpu, events: recs.n, bytes: data.length, lostMarkers: recs.lostCount.length, lostEvents: lostKnown });
      streams.push({ buffer: b, cpu: c.cpu, bytes: data, dv: new DataView(data.buffer, data.byteOffset, data.byteLength), recs, wordBase });
      wordBase += Math.ceil(data.length / 4);
      if (cancelled()) break;
    }
  }
  if (wordBase > 0xffffffff) {
    note(new PsError('PS303', `more than 16 GiB of ring-buffer data (${wordBase * 4} bytes)`, file === undefined ? {} : { file }));
    return { summary, error };
  }

  // 2. Formats by id, common field offsets, sink types on first use.
  const byId: (EventFormat | undefined)[] = new Array(65536);
  let typeOff = 0, pidOff = 4;
  for (const f of h.formats) {
    byId[f.id] = f;
    for (const c of f.common) {
      if (c.name === 'common_type') typeOff = c.offset;
      if (c.name === 'common_pid') pidOff = c.offset;
    }
  }
  const sinkType = new Int32Array(65536).fill(-1);
  const hot0: (FieldDef | undefined)[] = new Array(65536);
  const hot1: (FieldDef | undefined)[] = new Array(65536);
  const raw = isRawSink(sink) ? sink : undefined;
  const typeFor = (id: number): number => {
    let t = sinkType[id]!;
    if (t >= 0) return t;
    const f = byId[id];
    t = f ? sink.eventType(f.system, f.name, f.fields.map((x) => x.name)) : sink.eventType('unknown', `type_${id}`, []);
    sinkType[id] = t;
    if (f && raw) {
      const [a, b] = raw.hotFields(t);
      hot0[id] = a >= 0 ? f.fields[a] : undefined;
      hot1[id] = b >= 0 ? f.fields[b] : undefined;
    }
    return t;
  };
  const commIds = new Map<number, number>();
  const commId = (pid: number): number => {
    let id = commIds.get(pid);
    if (id === undefined) { id = raw!.intern(commOf(pid, h.cmdlines)); commIds.set(pid, id); }
    return id;
  };
  const hotValue = (f: FieldDef | undefined, dv: DataView, start: number, len: number): number => {
    if (!f || f.kind !== 'int' || f.offset + f.size > len) return 0;
    const v = readInt(dv, start + f.offset, f.size, f.signed, little);
    return typeof v === 'bigint' ? Number(v) : v;
  };

  // 3. Merge streams by timestamp (ties: instance order, then CPU) with a binary heap.
  if (raw) raw.beginSource(new TraceDatPayload(streams, byId, little));
  const k = streams.length;
  const pos = new Int32Array(k);
  const heap: number[] = [];
  const less = (a: number, b: number): boolean => {
    const ta = streams[a]!.recs.ts[pos[a]!]!, tb = streams[b]!.recs.ts[pos[b]!]!;
    return ta < tb || (ta === tb && a < b);
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < k; i++) if (streams[i]!.recs.n > 0) heap.push(i);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  /** Merges up to `max` events; synchronous so the hot loop's locals stay in registers (no await inside). */
  const mergeSome = (max: number): void => {
    for (let left = max; left > 0 && heap.length; left--) {
      const si = heap[0]!;
      const s = streams[si]!;
      const i = pos[si]!;
      const ts = s.recs.ts[i]!;
      const hdr = s.recs.hdr[i]!;
      const dv = s.dv;
      const { start, len } = recordData(dv, hdr, little);
      const avail = Math.min(len, s.bytes.length - start);
      const id = avail >= typeOff + 2 ? dv.getUint16(start + typeOff, little) : 0;
      const pid = avail >= pidOff + 4 ? dv.getInt32(start + pidOff, little) : -1;
      const t = typeFor(id);
      if (!byId[id]) summary.unknownTypeRecords++;
      if (raw) {
        raw.rawEvent(t, ts, s.cpu + cpuBase, pid, commId(pid), s.wordBase + hdr / 4, hotValue(hot0[id], dv, start, avail), hotValue(hot1[id], dv, start, avail));
      } else {
        const f = byId[id];
        sink.event(t, ts, s.cpu + cpuBase, pid, commOf(pid, h.cmdlines), f ? f.fields.map((x) => decodeField(x, dv, s.bytes, start, avail, little)) : []);
      }
      if (summary.events === 0) summary.firstTs = ts;
      summary.lastTs = ts;
      summary.events++;
      pos[si] = i + 1;
      if (i + 1 >= s.recs.n) { heap[0] = heap[heap.length - 1]!; heap.pop(); }
      if (heap.length) down(0);
    }
  };
  try {
    if (!signal) mergeSome(Infinity);
    else {
      // Cooperative: let a cancel request in every 64k events; stopping keeps the events merged so far.
      for (;;) {
        mergeSome(0x10000);
        if (!heap.length) break;
        await yieldToEventLoop();
        if (signal.aborted) throw new CancelledError();
      }
    }
    for (const s of streams) {
      for (let j = 0; j < s.recs.lostTs.length; j++) {
        const n = s.recs.lostCount[j]!;
        sink.lost(s.cpu + cpuBase, s.recs.lostTs[j]!, n);
        if (n >= 0) summary.lostEvents += n; else summary.lostUnknown++;
      }
    }
  } catch (e) {
    note(e);
  }
  return error ? { summary, error } : { summary };
}
