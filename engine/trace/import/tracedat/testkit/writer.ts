/**
 * Test-only trace.dat writer (little-endian, 64-bit kernel longs): builds
 * ring-buffer pages record by record (time extends, absolute timestamps,
 * padding, lost-event flags) and wraps them in a v6 or v7 (none/zlib)
 * container, so edge cases and compression variants can be produced without
 * trace-cmd. Compression is injected (tests pass node:zlib's deflateSync).
 */

const enc = new TextEncoder();

class Out {
  private buf = new Uint8Array(1 << 16);
  len = 0;
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap); b.set(this.buf.subarray(0, this.len)); this.buf = b;
  }
  bytes(b: Uint8Array): this { this.grow(b.length); this.buf.set(b, this.len); this.len += b.length; return this; }
  str(s: string): this { return this.bytes(enc.encode(s)); }
  cstr(s: string): this { return this.str(s).u8(0); }
  u8(v: number): this { this.grow(1); this.buf[this.len++] = v; return this; }
  u16(v: number): this { this.grow(2); new DataView(this.buf.buffer).setUint16(this.len, v, true); this.len += 2; return this; }
  u32(v: number): this { this.grow(4); new DataView(this.buf.buffer).setUint32(this.len, v >>> 0, true); this.len += 4; return this; }
  u64(v: number | bigint): this { this.grow(8); new DataView(this.buf.buffer).setBigUint64(this.len, BigInt(v), true); this.len += 8; return this; }
  patch64(at: number, v: number): void { new DataView(this.buf.buffer).setBigUint64(at, BigInt(v), true); }
  padTo(align: number): this { while (this.len % align) this.u8(0); return this; }
  done(): Uint8Array { return this.buf.slice(0, this.len); }
}

/** Builds ring-buffer pages of one CPU. */
export class PageWriter {
  private pages: Uint8Array[] = [];
  private page: Uint8Array | undefined;
  private dv!: DataView;
  private p = 0;
  constructor(readonly pageSize = 4096) {}

  /** Starts a page with base timestamp `ts`; `lost` sets the missed-events flag (a count, or -1 for "unknown"). */
  startPage(ts: number, lost?: number): this {
    this.endPage();
    this.page = new Uint8Array(this.pageSize);
    this.dv = new DataView(this.page.buffer);
    this.dv.setBigUint64(0, BigInt(ts), true);
    this.p = 16;
    if (lost !== undefined) this.lost = lost;
    return this;
  }
  private lost: number | undefined;
  private header(typeLen: number, delta: number): void {
    if (delta >= 2 ** 27) throw new Error('delta needs a time extend');
    this.dv.setUint32(this.p, (typeLen | (delta << 5)) >>> 0, true);
    this.p += 4;
  }
  /** A data record (`data` = the whole event payload incl. common fields). Uses type_len 0 when `long` or the length is large. */
  record(delta: number, data: Uint8Array, long = false): this {
    const len = (data.length + 3) & ~3;
    if (!long && len <= 112) {
      this.header(len / 4, delta);
    } else {
      this.header(0, delta);
      this.dv.setUint32(this.p, data.length + 4, true);
      this.p += 4;
    }
    this.page!.set(data, this.p);
    this.p += len;
    return this;
  }
  /** TIME_EXTEND: adds `delta` (up to 59 bits) to the running time. */
  timeExtend(delta: number): this {
    this.header(30, delta % 2 ** 27);
    this.dv.setUint32(this.p, Math.floor(delta / 2 ** 27), true);
    this.p += 4;
    return this;
  }
  /** TIME_STAMP: sets the absolute time (low 59 bits). */
  timeStamp(ts: number): this {
    this.header(31, ts % 2 ** 27);
    this.dv.setUint32(this.p, Math.floor(ts / 2 ** 27) % 2 ** 32, true);
    this.p += 4;
    return this;
  }
  /** Padding (a discarded event of `len` bytes after its header). */
  padding(delta: number, len: number): this {
    this.header(29, delta);
    this.dv.setUint32(this.p, len, true);
    this.p += len; // the length word is part of the `len` bytes
    return this;
  }
  /** Overrides the commit (for corrupt-file tests). */
  rawCommit(v: number): this { this.commitOverride = v; return this; }
  private commitOverride: number | undefined;
  private endPage(): void {
    if (!this.page) return;
    let commit = this.p - 16;
    if (this.lost !== undefined) {
      commit |= 0x80000000;
      if (this.lost >= 0) {
        commit |= 0x40000000;
        this.dv.setBigUint64(this.p, BigInt(this.lost), true);
      }
    }
    this.dv.setBigUint64(8, BigInt(this.commitOverride ?? (commit >>> 0)), true);
    this.pages.push(this.page);
    this.page = undefined;
    this.lost = undefined;
    this.commitOverride = undefined;
  }
  /** All pages, concatenated. */
  finish(): Uint8Array {
    this.endPage();
    const out = new Uint8Array(this.pages.length * this.pageSize);
    this.pages.forEach((pg, i) => out.set(pg, i * this.pageSize));
    return out;
  }
}

export const HEADER_PAGE = [
  '\tfield: u64 timestamp;\toffset:0;\tsize:8;\tsigned:0;',
  '\tfield: local_t commit;\toffset:8;\tsize:8;\tsigned:1;',
  '\tfield: int overwrite;\toffset:8;\tsize:1;\tsigned:1;',
  '\tfield: char data;\toffset:16;\tsize:4080;\tsigned:1;',
  '',
].join('\n');

export const HEADER_EVENT = '# compressed entry header\n\ttype_len    :    5 bits\n\ttime_delta  :   27 bits\n\tarray       :   32 bits\n\n\tpadding     : type == 29\n\ttime_extend : type == 30\n\ttime_stamp : type == 31\n\tdata max type_len  == 28\n';

export interface CpuBlob { cpu: number; data: Uint8Array }
export interface BufferBlob { name: string; clock: string; cpus: CpuBlob[] }

export interface TraceDatSpec {
  version: 6 | 7;
  /** v7 only. */
  compression?: 'none' | 'zlib';
  /** zlib-wrapped deflate (e.g. node:zlib deflateSync); required for 'zlib'. */
  compress?: (b: Uint8Array) => Uint8Array;
  /** Chunk size for compressed CPU data (bytes, multiple of the page size). */
  chunkSize?: number;
  pageSize?: number;
  headerPage?: string;
  headerEvent?: string;
  ftraceFormats?: string[];
  systems: { name: string; formats: string[] }[];
  kallsyms?: string;
  printk?: string;
  cmdlines?: string;
  /** Extra options (id, payload) such as UNAME, GUEST, TSC2NSEC, DATE. */
  options?: { id: number; data: Uint8Array }[];
  /** v6: exactly one buffer (the top one); v7: any, the first should be the top ("") buffer. */
  buffers: BufferBlob[];
  /** Number of CPUs (default: 1 + highest CPU id). */
  cpus?: number;
}

function headerInfo(s: TraceDatSpec): Uint8Array {
  const hp = enc.encode(s.headerPage ?? HEADER_PAGE);
  const he = enc.encode(s.headerEvent ?? HEADER_EVENT);
  return new Out().cstr('header_page').u64(hp.length).bytes(hp).cstr('header_event').u64(he.length).bytes(he).done();
}
function ftraceEvents(s: TraceDatSpec): Uint8Array {
  const o = new Out().u32(s.ftraceFormats?.length ?? 0);
  for (const f of s.ftraceFormats ?? []) { const b = enc.encode(f); o.u64(b.length).bytes(b); }
  return o.done();
}
function eventFormats(s: TraceDatSpec): Uint8Array {
  const o = new Out().u32(s.systems.length);
  for (const sys of s.systems) {
    o.cstr(sys.name).u32(sys.formats.length);
    for (const f of sys.formats) { const b = enc.encode(f); o.u64(b.length).bytes(b); }
  }
  return o.done();
}
const sized4 = (t: string): Uint8Array => { const b = enc.encode(t); return new Out().u32(b.length).bytes(b).done(); };
const sized8 = (t: string): Uint8Array => { const b = enc.encode(t); return new Out().u64(b.length).bytes(b).done(); };

/** Serialises a complete trace.dat. */
export function writeTraceDat(s: TraceDatSpec): Uint8Array {
  const pageSize = s.pageSize ?? 4096;
  const maxCpu = Math.max(-1, ...s.buffers.flatMap((b) => b.cpus.map((c) => c.cpu)));
  const cpus = s.cpus ?? maxCpu + 1;
  const o = new Out().bytes(new Uint8Array([0x17, 0x08, 0x44])).str('tracing').cstr(String(s.version)).u8(0).u8(8).u32(pageSize);
  if (s.version === 6) {
    const b = s.buffers[0] ?? { name: '', clock: 'local', cpus: [] };
    o.bytes(headerInfo(s)).bytes(ftraceEvents(s)).bytes(eventFormats(s)).bytes(sized4(s.kallsyms ?? '')).bytes(sized4(s.printk ?? ''))
      .bytes(sized8(s.cmdlines ?? '')).u32(cpus).str('options  ').u8(0);
    for (const opt of s.options ?? []) o.u16(opt.id).u32(opt.data.length).bytes(opt.data);
    o.u16(0).str('flyrecord').u8(0);
    const table = o.len;
    for (let c = 0; c < cpus; c++) o.u64(0).u64(0);
    o.padTo(pageSize);
    for (const c of b.cpus) {
      o.patch64(table + c.cpu * 16, o.len);
      o.patch64(table + c.cpu * 16 + 8, c.data.length);
      o.bytes(c.data).padTo(pageSize);
    }
    return o.done();
  }
  const comp = s.compression ?? 'none';
  if (comp === 'zlib' && !s.compress) throw new Error('zlib needs compress()');
  o.cstr(comp).cstr(comp === 'none' ? '' : '1.2.13');
  const optOffsetAt = o.len;
  o.u64(0);
  const section = (id: number, body: Uint8Array, compress: boolean): number => {
    const at = o.len;
    if (compress) {
      const z = s.compress!(body);
      o.u16(id).u16(1).u32(0).u64(z.length + 8).u32(z.length).u32(body.length).bytes(z);
    } else {
      o.u16(id).u16(0).u32(0).u64(body.length).bytes(body);
    }
    return at;
  };
  const z = comp === 'zlib';
  const secs: [number, number][] = [
    [16, section(16, headerInfo(s), z)], [17, section(17, ftraceEvents(s), z)], [18, section(18, eventFormats(s), z)],
    [19, section(19, sized4(s.kallsyms ?? ''), z)], [20, section(20, sized4(s.printk ?? ''), z)], [21, section(21, sized8(s.cmdlines ?? ''), z)],
  ];
  // Flyrecord sections: header, page-aligned per-CPU data (chunked when compressed).
  const bufOpts: Uint8Array[] = [];
  for (const b of s.buffers) {
    const secAt = o.len;
    o.u16(3).u16(z ? 1 : 0).u32(0).u64(0);
    o.padTo(pageSize);
    const table: { cpu: number; off: number; size: number }[] = [];
    for (const c of b.cpus) {
      const off = o.len;
      if (z) {
        const chunk = s.chunkSize ?? pageSize * 4;
        const n = Math.ceil(c.data.length / chunk);
        o.u32(n);
        for (let k = 0; k < n; k++) {
          const raw = c.data.subarray(k * chunk, Math.min(c.data.length, (k + 1) * chunk));
          const zz = s.compress!(raw);
          o.u32(zz.length).u32(raw.length).bytes(zz);
        }
      } else {
        o.bytes(c.data);
      }
      table.push({ cpu: c.cpu, off, size: o.len - off });
      o.padTo(pageSize);
    }
    o.patch64(secAt + 8, o.len - secAt - 16);
    const bo = new Out().u64(secAt).cstr(b.name).cstr(b.clock).u32(pageSize).u32(table.length);
    for (const t of table) bo.u32(t.cpu).u64(t.off).u64(t.size);
    bufOpts.push(bo.done());
  }
  const opts = new Out();
  for (const [id, at] of secs) opts.u16(id).u32(8).u64(at);
  opts.u16(8).u32(4).u32(cpus);
  for (const opt of s.options ?? []) opts.u16(opt.id).u32(opt.data.length).bytes(opt.data);
  for (const bo of bufOpts) opts.u16(3).u32(bo.length).bytes(bo);
  opts.u16(0).u32(8).u64(0);
  const optAt = section(0, opts.done(), z);
  o.patch64(optOffsetAt, optAt);
  return o.done();
}

/** Helpers to build event payloads: common header + little-endian fields. */
export class Rec {
  private o = new Out();
  constructor(type: number, pid: number, flags = 0, preempt = 0) { this.o.u16(type).u8(flags).u8(preempt).u32(pid); }
  u8(v: number): this { this.o.u8(v); return this; }
  u16(v: number): this { this.o.u16(v); return this; }
  u32(v: number): this { this.o.u32(v); return this; }
  u64(v: number | bigint): this { this.o.u64(v); return this; }
  bytes(b: Uint8Array): this { this.o.bytes(b); return this; }
  done(): Uint8Array { return this.o.done(); }
}

/** A `format` file text for tests ("field:TYPE NAME;\toffset:N;\tsize:N;\tsigned:N;"). */
export function formatText(name: string, id: number, fields: [string, number, number, 0 | 1][], printFmt = '""'): string {
  const common = [
    '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;',
    '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;',
    '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;',
    '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;',
  ];
  const own = fields.map(([decl, off, size, signed]) => `\tfield:${decl};\toffset:${off};\tsize:${size};\tsigned:${signed};`);
  return `name: ${name}\nID: ${id}\nformat:\n${common.join('\n')}\n\n${own.join('\n')}\n\nprint fmt: ${printFmt}\n`;
}

/** Option ids (trace-cmd's enum tracecmd_option_id) of the host/guest options below. */
export const OPTION_ID = { OFFSET: 7, TRACEID: 11, TIME_SHIFT: 12, GUEST: 13, TSC2NSEC: 14 } as const;

/** TRACEID: the u64 id of this trace session (a guest's is named by the host's GUEST option). */
export function traceIdOption(id: bigint): { id: number; data: Uint8Array } {
  return { id: OPTION_ID.TRACEID, data: new Out().u64(id).done() };
}

/** GUEST (host file): guest name, its trace id, and which host task runs each guest CPU. */
export function guestOption(name: string, traceId: bigint, vcpus: { vcpu: number; hostPid: number }[]): { id: number; data: Uint8Array } {
  const o = new Out().cstr(name).u64(traceId).u32(vcpus.length);
  for (const v of vcpus) o.u32(v.vcpu).u32(v.hostPid);
  return { id: OPTION_ID.GUEST, data: o.done() };
}

/** One guest CPU's TIME_SHIFT samples (raw guest time → offset, scaling, fraction bits). */
export interface TimeShiftSamples { time: bigint[]; offset: bigint[]; scaling?: bigint[]; fraction?: bigint[] }

/**
 * TIME_SHIFT (guest file): peer (host) trace id, flags (bit 0 = interpolate), per CPU the
 * sample count, times, offsets, scalings; then per CPU the fraction bits.
 */
export function timeShiftOption(peer: bigint, flags: number, cpus: TimeShiftSamples[]): { id: number; data: Uint8Array } {
  const o = new Out().u64(peer).u32(flags).u32(cpus.length);
  const i64 = (v: bigint): bigint => BigInt.asUintN(64, v);
  for (const c of cpus) {
    o.u32(c.time.length);
    for (const t of c.time) o.u64(i64(t));
    for (const t of c.offset) o.u64(i64(t));
    for (let k = 0; k < c.time.length; k++) o.u64(i64(c.scaling?.[k] ?? 1n));
  }
  for (const c of cpus) for (let k = 0; k < c.time.length; k++) o.u64(i64(c.fraction?.[k] ?? 0n));
  return { id: OPTION_ID.TIME_SHIFT, data: o.done() };
}

/** TSC2NSEC: ns = (tsc * mult) >> shift (u32 mult, u32 shift, u64 offset). */
export function tsc2nsecOption(mult: number, shift: number, offset = 0n): { id: number; data: Uint8Array } {
  return { id: OPTION_ID.TSC2NSEC, data: new Out().u32(mult).u32(shift).u64(offset).done() };
}
