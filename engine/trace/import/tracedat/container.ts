/**
 * trace.dat container: the initial header, v6's fixed sequence of metadata or
 * v7's compression header + sections + option chain, up to (not including)
 * the ring-buffer pages. Formats: trace-cmd's Documentation/trace-cmd/
 * trace-cmd.dat.v6.5.txt and trace-cmd.dat.v7.5.txt, as trace-input.c reads them.
 */
import { PsError } from '../../../errors.ts';
import { ByteReader, decodeText } from './bytes.ts';
import { blockDecoder, type BlockDecoder } from './decompress.ts';
import { parseEventFormat, parseHeaderPage, type EventFormat, type PageLayout } from './format.ts';

/** Option ids (trace-cmd's enum tracecmd_option_id order). */
export const OPTION_NAMES = [
  'DONE', 'DATE', 'CPUSTAT', 'BUFFER', 'TRACECLOCK', 'UNAME', 'HOOK', 'OFFSET', 'CPUCOUNT', 'VERSION',
  'PROCMAPS', 'TRACEID', 'TIME_SHIFT', 'GUEST', 'TSC2NSEC', 'STRINGS', 'HEADER_INFO', 'FTRACE_EVENTS',
  'EVENT_FORMATS', 'KALLSYMS', 'PRINTK', 'CMDLINES', 'BUFFER_TEXT', 'BTF_FILE', 'LAST_BOOT_INFO', 'MODULES_FILE',
] as const;

export const OPT = Object.fromEntries(OPTION_NAMES.map((n, i) => [n, i])) as Record<(typeof OPTION_NAMES)[number], number>;

/** Name of an option id ("OPTION_42" for ids newer than this reader). */
export function optionName(id: number): string {
  return OPTION_NAMES[id] ?? `OPTION_${id}`;
}

export interface CpuData { cpu: number; offset: number; size: number }

/** One trace instance (the top buffer has name ""). */
export interface TraceBuffer {
  name: string;
  clock: string;
  pageSize: number;
  cpus: CpuData[];
  /** v7: per-CPU data is chunk-compressed. */
  compressed: boolean;
  /** BUFFER_TEXT / "latency": ASCII text instead of ring-buffer pages. */
  latency: boolean;
}

export interface GuestInfo { name: string; traceId: string; vcpus: { vcpu: number; hostPid: number }[] }

export interface TimeShiftCpu { time: bigint[]; offset: bigint[]; scaling: bigint[]; fraction: bigint[] }
export interface TimeShift { peerTraceId: string; flags: number; cpus: TimeShiftCpu[] }

export interface Tsc2Nsec { mult: number; shift: number; offset: bigint }

export interface OptionRecord { id: number; name: string; size: number }

/** Everything before the trace data. */
export interface TraceDatHeader {
  version: number;
  littleEndian: boolean;
  /** Userspace long size from the file header. */
  longSize: number;
  pageSize: number;
  compression: { name: string; version: string };
  layout: PageLayout;
  formats: EventFormat[];
  cmdlines: Map<number, string>;
  kallsymsBytes: number;
  printkBytes: number;
  cpuCount: number;
  options: OptionRecord[];
  buffers: TraceBuffer[];
  traceClock?: string;
  uname?: string;
  traceCmdVersion?: string;
  /** DATE option: offset to wall-clock time in ns (already applied to timestamps). */
  dateOffsetNs?: number;
  /** OFFSET option in ns (already applied). */
  offsetNs?: number;
  traceId?: string;
  cpuCountOption?: number;
  tsc2nsec?: Tsc2Nsec;
  timeShift?: TimeShift;
  guests: GuestInfo[];
  cpustats: string[];
  decoder: BlockDecoder;
}

const MAGIC = [0x17, 0x08, 0x44, 0x74, 0x72, 0x61, 0x63, 0x69, 0x6e, 0x67]; // \x17\x08D"tracing"

/** True when `b` starts with the trace.dat magic. */
export function isTraceDat(b: Uint8Array): boolean {
  if (b.length < MAGIC.length) return false;
  for (let i = 0; i < MAGIC.length; i++) if (b[i] !== MAGIC[i]) return false;
  return true;
}

/** strtoll(s, NULL, 0)-style integer: optional sign, 0x hex, 0 octal, decimal; NaN if none. */
export function parseCInt(text: string): number {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text);
  if (!m) return Number.NaN;
  const d = m[2]!;
  const v = /^0[xX]/.test(d) ? Number.parseInt(d.slice(2), 16) : d.length > 1 && d[0] === '0' ? Number.parseInt(d, 8) : Number(d);
  return m[1] === '-' ? -v : v;
}

function parseCmdlines(text: string, into: Map<number, string>): void {
  for (const line of text.split('\n')) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (m) into.set(Number(m[1]), m[2]!);
  }
}

/** Extracts the selected clock from "[local] global counter ...". */
function selectedClock(text: string): string | undefined {
  const m = /\[([^\]]+)\]/.exec(text);
  return m ? m[1] : text.trim() || undefined;
}

interface Ctx { file?: string; h: TraceDatHeader; pendingSections: { id: number; offset: number }[] }

function readHeaderInfo(r: ByteReader, ctx: Ctx): void {
  r.expect('header_page\0', 'header_page marker');
  const n = r.u64('header_page size');
  const at = r.base + r.pos;
  const text = decodeText(r.bytesN(n, 'header_page text'));
  ctx.h.layout = parseHeaderPage(text, { offset: at, file: ctx.file, what: 'header_page' }, ctx.h.longSize);
  r.expect('header_event\0', 'header_event marker');
  const m = r.u64('header_event size');
  r.bytesN(m, 'header_event text');
}

function readFormatFile(r: ByteReader, ctx: Ctx, system: string): void {
  const n = r.u64(`${system} event format size`);
  const at = r.context ? r.base : r.base + r.pos;
  const text = decodeText(r.bytesN(n, `${system} event format text`));
  ctx.h.formats.push(parseEventFormat(text, system, { offset: at, file: ctx.file, what: `${system} event format${r.context ? ` (${r.context})` : ''}` }));
}

function readFtraceEvents(r: ByteReader, ctx: Ctx): void {
  const count = r.u32('ftrace format count');
  for (let i = 0; i < count; i++) readFormatFile(r, ctx, 'ftrace');
}

function readEventFormats(r: ByteReader, ctx: Ctx): void {
  const systems = r.u32('event system count');
  for (let s = 0; s < systems; s++) {
    const sys = r.cstring('event system name');
    const count = r.u32(`event count of system ${sys}`);
    for (let i = 0; i < count; i++) readFormatFile(r, ctx, sys);
  }
}

function readKallsyms(r: ByteReader, ctx: Ctx): void {
  const n = r.u32('kallsyms size');
  r.bytesN(n, 'kallsyms');
  ctx.h.kallsymsBytes = n;
}

function readPrintk(r: ByteReader, ctx: Ctx): void {
  const n = r.u32('printk formats size');
  r.bytesN(n, 'printk formats');
  ctx.h.printkBytes = n;
}

function readCmdlinesBlock(r: ByteReader, ctx: Ctx): void {
  const n = r.u64('saved cmdlines size');
  parseCmdlines(decodeText(r.bytesN(n, 'saved cmdlines')), ctx.h.cmdlines);
}

/** Decodes one option's payload (both versions share ids). */
function applyOption(id: number, data: ByteReader, ctx: Ctx, version: number): void {
  const h = ctx.h;
  const text = (): string => {
    const b = data.bytes;
    const end = b.indexOf(0);
    return decodeText(end < 0 ? b : b.subarray(0, end));
  };
  switch (id) {
    case OPT.DATE: {
      // Microseconds as text ("0x..." allowed), converted to ns as trace-cmd does.
      const us = parseCInt(text());
      if (Number.isFinite(us)) h.dateOffsetNs = (h.dateOffsetNs ?? 0) + us * 1000;
      break;
    }
    case OPT.OFFSET: {
      const n = parseCInt(text());
      if (Number.isFinite(n)) h.offsetNs = (h.offsetNs ?? 0) + n;
      break;
    }
    case OPT.CPUSTAT: h.cpustats.push(text()); break;
    case OPT.TRACECLOCK: {
      const c = selectedClock(text());
      if (c) h.traceClock = c;
      break;
    }
    case OPT.UNAME: h.uname = text(); break;
    case OPT.VERSION: h.traceCmdVersion = text().trim(); break;
    case OPT.CPUCOUNT: h.cpuCountOption = data.u32('CPUCOUNT'); break;
    case OPT.TRACEID: h.traceId = '0x' + data.u64big('TRACEID').toString(16); break;
    case OPT.TSC2NSEC: {
      const mult = data.u32('TSC2NSEC mult');
      const shift = data.u32('TSC2NSEC shift');
      const offset = data.u64big('TSC2NSEC offset');
      if (shift > 63) throw data.corrupt(`TSC2NSEC shift ${shift} > 63`);
      h.tsc2nsec = { mult, shift, offset };
      break;
    }
    case OPT.GUEST: {
      const name = data.cstring('GUEST name');
      const traceId = '0x' + data.u64big('GUEST trace id').toString(16);
      const n = data.u32('GUEST vCPU count');
      data.need(n * 8, 'GUEST vCPU→PID table');
      const vcpus: { vcpu: number; hostPid: number }[] = [];
      for (let i = 0; i < n; i++) vcpus.push({ vcpu: data.u32('GUEST vCPU'), hostPid: data.u32('GUEST host PID') });
      h.guests.push({ name, traceId, vcpus });
      break;
    }
    case OPT.TIME_SHIFT: {
      const peer = '0x' + data.u64big('TIME_SHIFT peer id').toString(16);
      const flags = data.u32('TIME_SHIFT flags');
      const ncpu = data.u32('TIME_SHIFT CPU count');
      if (ncpu > 65536) throw data.corrupt(`TIME_SHIFT CPU count ${ncpu}`);
      const cpus: TimeShiftCpu[] = [];
      for (let c = 0; c < ncpu; c++) {
        const count = data.u32('TIME_SHIFT sample count');
        data.need(count * 24, 'TIME_SHIFT samples');
        const rd = (): bigint[] => Array.from({ length: count }, () => data.dv.getBigInt64((data.pos += 8) - 8, data.little));
        const time = rd(); const offset = rd(); const scaling = rd();
        cpus.push({ time, offset, scaling, fraction: time.map(() => 0n) });
      }
      // Optional trailing per-CPU fraction bits (newer trace-cmd).
      if (data.remaining > 0) {
        for (const c of cpus) {
          if (data.remaining < c.time.length * 8) break;
          c.fraction = c.time.map(() => data.dv.getBigInt64((data.pos += 8) - 8, data.little));
        }
      }
      h.timeShift = { peerTraceId: peer, flags, cpus };
      break;
    }
    case OPT.BUFFER:
    case OPT.BUFFER_TEXT: {
      const offset = data.u64('BUFFER offset');
      const name = data.cstring('BUFFER instance name');
      if (version < 7) {
        // v6: the offset points at "flyrecord\0" + a CPU table, read after the options.
        h.buffers.push({ name, clock: '', pageSize: h.pageSize, cpus: [{ cpu: -1, offset, size: 0 }], compressed: false, latency: false });
        break;
      }
      const clock = data.cstring('BUFFER clock');
      if (id === OPT.BUFFER_TEXT) {
        h.buffers.push({ name, clock, pageSize: h.pageSize, cpus: [{ cpu: 0, offset, size: 0 }], compressed: false, latency: true });
        break;
      }
      const pageSize = data.u32('BUFFER page size');
      const n = data.u32('BUFFER CPU count');
      data.need(n * 20, 'BUFFER per-CPU table');
      const cpus: CpuData[] = [];
      for (let i = 0; i < n; i++) {
        const cpu = data.u32('BUFFER CPU id');
        const off = data.u64('BUFFER CPU data offset');
        const size = data.u64('BUFFER CPU data size');
        cpus.push({ cpu, offset: off, size });
      }
      if (pageSize < 64 || (pageSize & (pageSize - 1)) !== 0) throw data.corrupt(`BUFFER "${name}" page size ${pageSize} is not a power of two ≥ 64`);
      // The section header at `offset` tells whether the CPU data is compressed.
      ctx.pendingSections.push({ id: -2 - h.buffers.length, offset });
      h.buffers.push({ name, clock, pageSize, cpus, compressed: false, latency: false });
      if (name === '' && !h.traceClock) h.traceClock = clock;
      break;
    }
    case OPT.HEADER_INFO: case OPT.FTRACE_EVENTS: case OPT.EVENT_FORMATS: case OPT.KALLSYMS:
    case OPT.PRINTK: case OPT.CMDLINES: case OPT.BTF_FILE: case OPT.MODULES_FILE:
      if (version >= 7) ctx.pendingSections.push({ id, offset: data.u64(`${optionName(id)} section offset`) });
      break;
    default:
      break; // HOOK, PROCMAPS, STRINGS, LAST_BOOT_INFO and unknown ids: recorded, not needed to decode events
  }
}

/** Reads an option list (v6: until id 0; v7: until DONE, returning DONE's next offset). */
function readOptions(r: ByteReader, ctx: Ctx, version: number): number {
  for (;;) {
    const at = r.pos;
    const id = r.u16('option id');
    if (version < 7 && id === OPT.DONE) return 0;
    const size = r.u32(`size of option ${optionName(id)}`);
    const payload = r.bytesN(size, `payload of option ${optionName(id)}`);
    ctx.h.options.push({ id, name: optionName(id), size });
    if (id === OPT.DONE) {
      if (size < 8) throw r.corrupt(`DONE option of ${size} bytes (expected 8)`, at);
      const next = new DataView(payload.buffer, payload.byteOffset, 8).getBigUint64(0, r.little);
      return Number(next);
    }
    const sub = new ByteReader(payload, r.little, r.context ? r.base : r.base + at + 6, r.context, ctx.file);
    applyOption(id, sub, ctx, version);
  }
}

/** v7 section header at `offset`; returns the reader over its (decompressed) content. */
async function openSection(file: ByteReader, ctx: Ctx, offset: number, wantId: number, what: string): Promise<ByteReader> {
  file.seek(offset, `${what} section offset`);
  const id = file.u16(`${what} section id`);
  const flags = file.u16(`${what} section flags`);
  file.u32(`${what} section description`);
  const size = file.u64(`${what} section size`);
  if (id !== wantId) throw file.corrupt(`section at ${offset} has id ${id}, expected ${wantId} (${what})`, file.pos - 16);
  if (flags & 1) {
    const zsize = file.u32(`${what} compressed size`);
    const usize = file.u32(`${what} uncompressed size`);
    const dataAt = file.pos;
    const z = file.bytesN(zsize, `${what} compressed data`);
    const out = await ctx.h.decoder(z, usize, dataAt);
    return new ByteReader(out, file.little, offset, `${what} section at ${offset}`, ctx.file);
  }
  const start = file.pos;
  const body = file.bytesN(Math.min(size, file.remaining), `${what} section data`);
  return new ByteReader(body, file.little, start, '', ctx.file);
}

/**
 * Parses a trace.dat header and metadata. Throws PsError (PS301/302/303)
 * naming the byte offset on truncated or corrupt input.
 */
export async function readTraceDatHeader(bytes: Uint8Array, file?: string): Promise<TraceDatHeader> {
  const probe = new ByteReader(bytes, true, 0, '', file);
  if (!isTraceDat(bytes)) {
    probe.need(10, 'trace.dat magic');
    throw probe.corrupt('not a trace.dat file (magic \\x17\\x08D"tracing" missing)', 0);
  }
  probe.pos = 10;
  const verText = probe.cstring('file version');
  const version = Number(verText);
  if (!Number.isInteger(version) || version < 6 || version > 7) {
    throw new PsError('PS303', `trace.dat version "${verText}" (supported: 6, 7)`, file === undefined ? { offset: 10 } : { offset: 10, file });
  }
  const endian = probe.u8('endianness byte');
  if (endian > 1) throw probe.corrupt(`endianness byte ${endian} (expected 0 or 1)`, probe.pos - 1);
  const r = new ByteReader(bytes, endian === 0, 0, '', file);
  r.pos = probe.pos;
  const longSize = r.u8('long size');
  if (longSize !== 4 && longSize !== 8) throw r.corrupt(`long size ${longSize} (expected 4 or 8)`, r.pos - 1);
  const pageSize = r.u32('page size');
  if (pageSize < 64 || (pageSize & (pageSize - 1)) !== 0) throw r.corrupt(`page size ${pageSize} is not a power of two ≥ 64`, r.pos - 4);
  const h: TraceDatHeader = {
    version, littleEndian: endian === 0, longSize, pageSize, compression: { name: 'none', version: '' },
    layout: { timestampOffset: 0, commitOffset: 8, commitSize: 8, dataOffset: 16, dataSize: pageSize - 16 },
    formats: [], cmdlines: new Map(), kallsymsBytes: 0, printkBytes: 0, cpuCount: 0, options: [], buffers: [],
    guests: [], cpustats: [], decoder: blockDecoder('none', file),
  };
  const ctx: Ctx = { file, h, pendingSections: [] };
  if (version < 7) {
    readHeaderInfo(r, ctx);
    readFtraceEvents(r, ctx);
    readEventFormats(r, ctx);
    readKallsyms(r, ctx);
    readPrintk(r, ctx);
    readCmdlinesBlock(r, ctx);
    h.cpuCount = r.u32('CPU count');
    let kind = decodeText(r.bytesN(10, 'options/flyrecord/latency marker'));
    if (kind.startsWith('options')) {
      readOptions(r, ctx, 6);
      kind = decodeText(r.bytesN(10, 'flyrecord/latency marker'));
    }
    if (h.cpuCountOption !== undefined) h.cpuCount = h.cpuCountOption;
    const top: TraceBuffer = { name: '', clock: h.traceClock ?? 'local', pageSize, cpus: [], compressed: false, latency: false };
    if (kind.startsWith('latency')) {
      top.latency = true;
      top.cpus.push({ cpu: 0, offset: r.pos, size: r.remaining });
    } else if (kind.startsWith('flyrecord')) {
      top.cpus = readV6CpuTable(r, h.cpuCount);
      if (h.options.some((o) => o.id === OPT.TRACECLOCK)) {
        const n = r.u64('trace_clock size');
        const c = selectedClock(decodeText(r.bytesN(n, 'trace_clock text')));
        if (c) h.traceClock = c;
      }
      top.clock = h.traceClock ?? 'local';
    } else {
      throw r.corrupt(`expected "flyrecord" or "latency", found "${kind.replace(/[^\x20-\x7e]/g, '.')}"`, r.pos - 10);
    }
    // v6 instances: BUFFER gives the offset of "flyrecord\0" + a CPU table.
    for (const b of h.buffers) {
      b.clock = h.traceClock ?? 'local';
      r.seek(b.cpus[0]!.offset, `BUFFER "${b.name}" offset`);
      const mark = decodeText(r.bytesN(10, `BUFFER "${b.name}" flyrecord marker`));
      if (!mark.startsWith('flyrecord')) throw r.corrupt(`BUFFER "${b.name}": expected "flyrecord", found "${mark.replace(/[^\x20-\x7e]/g, '.')}"`, r.pos - 10);
      b.cpus = readV6CpuTable(r, h.cpuCount);
    }
    h.buffers.unshift(top);
    return h;
  }
  // v7
  const cname = r.cstring('compression name');
  const cver = r.cstring('compression version');
  h.compression = { name: cname, version: cver };
  h.decoder = blockDecoder(cname, file);
  let next = r.u64('first options section offset');
  const seen = new Set<number>();
  while (next) {
    if (seen.has(next)) throw r.corrupt(`options sections form a loop at offset ${next}`);
    seen.add(next);
    const sec = await openSection(r, ctx, next, 0, 'options');
    next = readOptions(sec, ctx, 7);
  }
  h.cpuCount = h.cpuCountOption ?? 0;
  for (const p of ctx.pendingSections) {
    if (p.id <= -2) {
      // Flyrecord section of buffer (-2 - index): only its flags matter here.
      const b = h.buffers[-2 - p.id]!;
      r.seek(p.offset, `BUFFER "${b.name}" section offset`);
      r.u16('flyrecord section id');
      const flags = r.u16('flyrecord section flags');
      b.compressed = (flags & 1) !== 0;
      continue;
    }
    const what = optionName(p.id).toLowerCase().replace('_', ' ');
    if (p.id === OPT.KALLSYMS || p.id === OPT.PRINTK) {
      // Only their sizes are reported: skip inflating megabytes of kallsyms.
      const size = sectionPayloadSize(r, p.offset, p.id, what);
      if (p.id === OPT.KALLSYMS) h.kallsymsBytes = size; else h.printkBytes = size;
      continue;
    }
    if (p.id !== OPT.HEADER_INFO && p.id !== OPT.FTRACE_EVENTS && p.id !== OPT.EVENT_FORMATS && p.id !== OPT.CMDLINES) continue;
    const sec = await openSection(r, ctx, p.offset, p.id, what);
    switch (p.id) {
      case OPT.HEADER_INFO: readHeaderInfo(sec, ctx); break;
      case OPT.FTRACE_EVENTS: readFtraceEvents(sec, ctx); break;
      case OPT.EVENT_FORMATS: readEventFormats(sec, ctx); break;
      case OPT.KALLSYMS: readKallsyms(sec, ctx); break;
      case OPT.PRINTK: readPrintk(sec, ctx); break;
      case OPT.CMDLINES: readCmdlinesBlock(sec, ctx); break;
      default: break;
    }
  }
  if (!h.options.some((o) => o.id === OPT.HEADER_INFO)) {
    throw new PsError('PS302', 'no HEADER_INFO option: the ring-buffer page layout is unknown', file === undefined ? {} : { file });
  }
  // Top instance first, as trace-cmd lists it.
  h.buffers.sort((a, b) => (a.name === '' ? -1 : b.name === '' ? 1 : 0));
  return h;
}

/** Size of a KALLSYMS/PRINTK payload (after its u32 length word) without decompressing it. */
function sectionPayloadSize(r: ByteReader, offset: number, wantId: number, what: string): number {
  r.seek(offset, `${what} section offset`);
  const id = r.u16(`${what} section id`);
  const flags = r.u16(`${what} section flags`);
  r.u32(`${what} section description`);
  const size = r.u64(`${what} section size`);
  if (id !== wantId) throw r.corrupt(`section at ${offset} has id ${id}, expected ${wantId} (${what})`, r.pos - 16);
  if (flags & 1) {
    r.u32(`${what} compressed size`);
    return Math.max(0, r.u32(`${what} uncompressed size`) - 4);
  }
  if (size < 4) throw r.corrupt(`${what} section of ${size} bytes has no length word`);
  const n = r.u32(`${what} size`);
  r.need(n, what);
  return n;
}

function readV6CpuTable(r: ByteReader, cpus: number): CpuData[] {
  if (cpus > 65536) throw r.corrupt(`CPU count ${cpus} is implausible`);
  r.need(cpus * 16, `flyrecord table of ${cpus} CPUs`);
  const out: CpuData[] = [];
  for (let c = 0; c < cpus; c++) out.push({ cpu: c, offset: r.u64('CPU data offset'), size: r.u64('CPU data size') });
  return out;
}
