/**
 * One entry point for every supported trace: detect the format, unwrap
 * gzip/zstd, run the importer into a fresh TraceStore and finish() it.
 * Returns partial results together with the first error, never throws for
 * bad input.
 */
import { decompress as zstdDecompress } from 'fzstd';
import { PsError } from '../errors.ts';
import { detectFormat, type TraceFormat } from './import/detect.ts';
import { StraceParser, type StraceImportResult } from './import/strace/strace.ts';
import { FtraceTextParser, type FtraceFormat } from './import/text/ftrace.ts';
import { runImport, type StreamingParser, type TextImportResult } from './import/text/importer.ts';
import { QemuTraceParser } from './import/text/qemu.ts';
import { importTraceDat, type TraceDatSummary } from './import/tracedat/import.ts';
import { yieldToEventLoop, type StopSignal } from './import/tracedat/yield.ts';
import { TraceStore } from './store/store.ts';
import type { Progress } from './types.ts';

export interface LoadOptions {
  file?: string;
  progress?: Progress;
  /** Cooperative import: yields to the event loop between chunks and stops (PS304, keeping what was read) once aborted. */
  signal?: StopSignal;
}

/** Text input in 4 MiB chunks with a macrotask between them, so a cancel request gets in. */
async function* cooperativeChunks(bytes: Uint8Array, signal: StopSignal): AsyncGenerator<Uint8Array> {
  const CHUNK = 4 << 20;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    if (at > 0) await yieldToEventLoop();
    if (signal.aborted) throw new PsError('PS304', `stopped by the user after ${at} bytes`, { offset: at });
    yield bytes.subarray(at, Math.min(bytes.length, at + CHUNK));
  }
}

export interface LoadResult {
  /** Detected format of the (unwrapped) content. */
  format: TraceFormat;
  /** Outer wrapper that was removed ("gzip", "zstd"), if any. */
  wrapper?: 'gzip' | 'zstd';
  store: TraceStore;
  traceDat?: TraceDatSummary;
  /** Counters of the text importers (tracefs, trace-cmd, perf script, QEMU trace, strace). */
  text?: TextImportResult;
  /** strace only: the same object as `text`, typed, with the decoded ioctl log (`strace.log`). */
  strace?: StraceImportResult;
  error?: PsError;
}

async function gunzip(b: Uint8Array): Promise<Uint8Array> {
  const s = new Blob([b as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(s).arrayBuffer());
}

/**
 * Threads that ran exactly one vCPU (KVM_RUN on its fd), so the strace
 * events get vCPU lanes. The fd's vCPU comes from `-y` (`kvm-vcpu:N`) or from
 * the KVM_CREATE_VCPU that returned it.
 */
function straceVcpuThreads(r: StraceImportResult): Map<number, number> {
  const fdVcpu = new Map<number, number>();
  const ran = new Map<number, number>(); // pid → vcpu, -1 = several
  for (const e of r.log) {
    if (e.req === 'KVM_CREATE_VCPU' && e.ret !== null && e.ret >= 0) {
      const id = (e.arg as { vcpu_id?: unknown } | null)?.vcpu_id;
      if (typeof id === 'number') fdVcpu.set(e.ret, id);
    } else if (e.req === 'KVM_RUN') {
      const m = e.fd_path ? /kvm-vcpu:(\d+)/.exec(e.fd_path) : null;
      const v = m ? Number(m[1]) : fdVcpu.get(e.fd);
      if (v === undefined) continue;
      const prev = ran.get(e.pid);
      ran.set(e.pid, prev === undefined || prev === v ? v : -1);
    }
  }
  for (const [pid, v] of ran) if (v < 0) ran.delete(pid);
  return ran;
}

const where = (file?: string): { file?: string } => (file === undefined ? {} : { file });

/** Detects, imports and finishes a trace held in memory. */
export async function loadTrace(bytes: Uint8Array, opts: LoadOptions = {}): Promise<LoadResult> {
  const store = new TraceStore();
  let format = detectFormat(bytes);
  let wrapper: 'gzip' | 'zstd' | undefined;
  const done = (r: Omit<LoadResult, 'store' | 'format'>): LoadResult => {
    store.finish();
    const out: LoadResult = { format, store, ...r };
    if (wrapper) out.wrapper = wrapper;
    return out;
  };
  if (format === 'gzip' || format === 'zstd') {
    wrapper = format;
    try {
      bytes = format === 'gzip' ? await gunzip(bytes) : zstdDecompress(bytes);
    } catch (e) {
      return done({ error: new PsError('PS302', `${format} data does not decompress: ${e instanceof Error ? e.message : String(e)}`, where(opts.file)) });
    }
    format = detectFormat(bytes);
  }
  switch (format) {
    case 'trace.dat': {
      const r = await importTraceDat(bytes, store, opts);
      const out: Omit<LoadResult, 'store' | 'format'> = { traceDat: r.summary };
      if (r.error) out.error = r.error;
      if (r.summary.header) for (const g of r.summary.header.guests) for (const v of g.vcpus) store.mapVcpuThread(v.hostPid, v.vcpu);
      return done(out);
    }
    case 'trace-cmd': case 'perf-script': case 'tracefs': case 'qemu-trace': case 'strace': {
      const o = opts.file === undefined ? {} : { file: opts.file };
      const parser: StreamingParser = format === 'strace' ? new StraceParser(store, o)
        : format === 'qemu-trace' ? new QemuTraceParser(store, o)
          : new FtraceTextParser(store, format as FtraceFormat, o);
      try {
        const text = await runImport(parser, opts.signal ? cooperativeChunks(bytes, opts.signal) : [bytes], opts.progress, bytes.length);
        const out: Omit<LoadResult, 'store' | 'format'> = { text, ...(text.errors[0] ? { error: text.errors[0] } : {}) };
        if (format === 'strace') {
          out.strace = text as StraceImportResult;
          for (const [pid, vcpu] of straceVcpuThreads(out.strace)) store.mapVcpuThread(pid, vcpu);
        }
        return done(out);
      } catch (e) {
        const err = e instanceof PsError ? e : new PsError('PS305', String(e), where(opts.file));
        return done({ error: err });
      }
    }
    case 'xz':
      return done({ error: new PsError('PS303', 'xz-compressed input: decompress it first (xz -d FILE)', where(opts.file)) });
    default:
      return done({ error: new PsError('PS300', 'the first bytes match no supported trace format', where(opts.file)) });
  }
}
