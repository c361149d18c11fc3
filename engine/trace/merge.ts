/**
 * Host + guest trace merge (trace-cmd's `record … -A @cid:port --name guest`): the host
 * trace.dat carries a GUEST option per guest (name, the guest trace's TRACEID, guest CPU →
 * host vCPU thread PID), each guest trace.dat a TIME_SHIFT option (peer = the host's
 * TRACEID) whose samples map guest time onto host time (applied by the trace.dat importer
 * exactly as trace-cmd's timestamp_host_sync, then TSC2NSEC). All files go into one
 * TraceStore on one time axis; guest CPUs become lanes `guest:NAME:cpu:N` placed beside
 * the host vCPU lane of the thread that runs them.
 */
import { decompress as zstdDecompress } from 'fzstd';
import { PsError } from '../errors.ts';
import { detectFormat } from './import/detect.ts';
import { readTraceDatHeader, type GuestInfo, type TraceDatHeader } from './import/tracedat/container.ts';
import { importTraceDat, type TraceDatSummary } from './import/tracedat/import.ts';
import type { StopSignal } from './import/tracedat/yield.ts';
import { GUEST_CPU_BASE, GUEST_CPU_SPAN, TraceStore } from './store/store.ts';
import type { Progress } from './types.ts';

export interface TraceFile { name: string; bytes: Uint8Array }

export interface MergedGuest {
  /** Guest name from the host's GUEST option. */
  name: string;
  file: string;
  traceId: string;
  /** Store cpu column value of guest CPU 0. */
  cpuBase: number;
  vcpus: { vcpu: number; hostPid: number }[];
  /** Whether a TIME_SHIFT option naming the host put the guest on the host's clock. */
  timeShifted: boolean;
  summary: TraceDatSummary;
}

export interface MergeResult {
  store: TraceStore;
  /** File name of the host trace. */
  host: string;
  hostSummary?: TraceDatSummary;
  guests: MergedGuest[];
  /** First problem (PS304 when cancelled); the store holds everything read before it. */
  error?: PsError;
}

export interface MergeOptions { progress?: Progress; signal?: StopSignal }

async function unwrap(f: TraceFile): Promise<Uint8Array> {
  const fmt = detectFormat(f.bytes);
  try {
    if (fmt === 'gzip') {
      const s = new Blob([f.bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Uint8Array(await new Response(s).arrayBuffer());
    }
    if (fmt === 'zstd') return zstdDecompress(f.bytes);
  } catch (e) {
    throw new PsError('PS302', `${fmt} data does not decompress: ${e instanceof Error ? e.message : String(e)}`, { file: f.name });
  }
  return f.bytes;
}

/** Which file is the host (it names the others' trace ids in GUEST options) and which guest each other file is. */
export function matchHostGuests(headers: { file: string; h: TraceDatHeader }[]): { host: number; guests: { index: number; info: GuestInfo }[] } {
  const ids = headers.map((x) => x.h.traceId);
  const hosts = headers.map((x, i) => i).filter((i) => headers[i]!.h.guests.some((g) => ids.some((id, j) => j !== i && id === g.traceId)));
  if (hosts.length !== 1) {
    const why = hosts.length === 0
      ? `no file has a GUEST option naming the trace id of another (${headers.map((x) => `${x.file}: TRACEID ${x.h.traceId ?? 'none'}, ${x.h.guests.length} GUEST option(s)`).join('; ')})`
      : `several files are hosts of the others (${hosts.map((i) => headers[i]!.file).join(', ')})`;
    throw new PsError('PS306', why, { file: headers[0]?.file ?? '' });
  }
  const host = hosts[0]!;
  const guests: { index: number; info: GuestInfo }[] = [];
  headers.forEach((x, i) => {
    if (i === host) return;
    const info = headers[host]!.h.guests.find((g) => g.traceId === x.h.traceId);
    if (!info) {
      throw new PsError('PS306', `${x.file} (TRACEID ${x.h.traceId ?? 'none'}) is not a guest of ${headers[host]!.file} (guests: ${headers[host]!.h.guests.map((g) => `${g.name} ${g.traceId}`).join(', ')})`, { file: x.file });
    }
    guests.push({ index: i, info });
  });
  return { host, guests };
}

/**
 * Imports a host trace.dat and its guests' trace.dat files (any order) into one finished
 * TraceStore. Never throws for bad input: the result carries the first PsError and what
 * was imported before it.
 */
export async function loadHostGuest(files: readonly TraceFile[], opts: MergeOptions = {}): Promise<MergeResult> {
  const store = new TraceStore();
  const out: MergeResult = { store, host: files[0]?.name ?? '', guests: [] };
  const fail = (e: unknown): MergeResult => {
    out.error ??= e instanceof PsError ? e : new PsError('PS302', String(e));
    store.finish();
    return out;
  };
  const raw: Uint8Array[] = [];
  const headers: { file: string; h: TraceDatHeader }[] = [];
  try {
    for (const f of files) {
      const b = await unwrap(f);
      if (detectFormat(b) !== 'trace.dat') throw new PsError('PS303', 'host+guest merge needs trace.dat files (trace-cmd record -A)', { file: f.name });
      raw.push(b);
      headers.push({ file: f.name, h: await readTraceDatHeader(b, f.name) });
    }
  } catch (e) {
    return fail(e);
  }
  let m: ReturnType<typeof matchHostGuests>;
  try {
    m = matchHostGuests(headers);
  } catch (e) {
    return fail(e);
  }
  out.host = files[m.host]!.name;
  // One progress range over all files.
  const total = raw.reduce((a, b) => a + b.length, 0);
  let before = 0;
  const progressFor = (len: number): Progress | undefined => {
    const p = opts.progress;
    if (!p) return undefined;
    const base = before;
    before += len;
    return (done) => p(base + Math.min(done, len), total);
  };
  const common = (len: number, name: string) => {
    const pr = progressFor(len);
    return { file: name, ...(pr ? { progress: pr } : {}), ...(opts.signal ? { signal: opts.signal } : {}) };
  };
  const hostBytes = raw[m.host]!;
  const hr = await importTraceDat(hostBytes, store, common(hostBytes.length, out.host));
  out.hostSummary = hr.summary;
  for (const g of headers[m.host]!.h.guests) for (const v of g.vcpus) store.mapVcpuThread(v.hostPid, v.vcpu);
  if (hr.error) return fail(hr.error);
  for (let k = 0; k < m.guests.length; k++) {
    if (k >= (0xffff - GUEST_CPU_BASE) / GUEST_CPU_SPAN - 1) return fail(new PsError('PS303', `more than ${k} guest traces`));
    const { index, info } = m.guests[k]!;
    const cpuBase = GUEST_CPU_BASE + k * GUEST_CPU_SPAN;
    const h = headers[index]!.h;
    const gr = await importTraceDat(raw[index]!, store, { ...common(raw[index]!.length, files[index]!.name), cpuBase });
    store.addGuest({ name: info.name, cpuBase, vcpuPids: new Map(info.vcpus.map((v) => [v.vcpu, v.hostPid])) });
    out.guests.push({
      name: info.name, file: files[index]!.name, traceId: info.traceId, cpuBase, vcpus: info.vcpus,
      timeShifted: !!h.timeShift && h.timeShift.peerTraceId === headers[m.host]!.h.traceId, summary: gr.summary,
    });
    if (gr.error) return fail(gr.error);
  }
  store.finish();
  return out;
}
