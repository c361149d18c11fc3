/**
 * Importer for the ftrace text family, which share one line shape
 *   [tag: ]COMM-PID [(TGID)] [CPU] [FLAGS] SECS.FRAC: [sys:]EVENT: payload
 * - raw tracefs (`/sys/kernel/tracing/trace`, `trace_pipe`): `# …` header,
 *   latency/irq-flags column, `CPU:N [LOST x EVENTS]`;
 * - `trace-cmd report`: `version = 6` / `cpus=N` header, instance or file tags
 *   (`kvmlab:   vmm-28981 [000] …`), `-l` (no brackets, flags glued to the CPU),
 *   `-t` (ns timestamps), `--ts-diff`, `CPU:N [N EVENTS DROPPED]`, plugin print formats;
 * - `perf script`: `COMM PID[/TID] [CPU] SECS: kvm:kvm_exit: …`; `-F` without comm
 *   (`TID [CPU] SECS:`) or without cpu (`COMM TID SECS:`); `--header` (`# perf version : …`);
 *   `--show-lost-events` (`… PERF_RECORD_LOST lost N`), other `PERF_RECORD_*` side-band
 *   lines (`--show-task-events`) skipped; perf's own stderr diagnostics when the user
 *   redirected `2>&1` (`libtraceevent: …`, `Warning:`, `Processed N samples and lost X%!`)
 *   skipped, a lost-events warning without LOST records making the lost count unknown.
 * COMM may contain blanks, dashes and slashes (`CPU 0/KVM-7289`), so the parser
 * anchors on `-PID [CPU]` (or ` PID [CPU]`) rather than splitting on blanks.
 */
import { isRawSink, type RawTraceSink, type TraceSink } from '../../types.ts';
import { hotNumber } from '../../store/hot.ts';
import {
  ByteInterner, COLON, CR, DASH, DOT, HASH, LBRACK, LF, RBRACK, RPAREN, LPAREN, SP, TAB, ascii, decodeText,
  isDigit, newCursor, parseDec, skipSpaces, startsWith, trimEnd,
} from './bytes.ts';
import { EventCatalog, type CatalogEntry } from './catalog.ts';
import { Diagnostics, emptyResult, type StreamingParser, type TextImportOptions, type TextImportResult } from './importer.ts';
import { LineStream } from './lines.ts';
import { DecodeMemo, HASH_PRIME, hashFinish, hashSeed, payloadHashView } from './memo.ts';
import { TextPayloads } from './payloads.ts';

/** If buf[t..e) starts with a timestamp token `DIGITS.DIGITS:`, the index of its ':', else -1. */
function timestampColon(buf: Uint8Array, t: number, e: number): number {
  let q = t;
  while (q < e && isDigit(buf[q]!)) q++;
  if (buf[q] !== DOT) return -1;
  q++;
  while (q < e && isDigit(buf[q]!)) q++;
  return buf[q] === COLON ? q : -1;
}

export type FtraceFormat = 'tracefs' | 'trace-cmd' | 'perf-script';

const LIT_CPU = ascii('CPU:');
const LIT_CPU_SP = ascii('CPU ');
const LIT_CPUS = ascii('cpus=');
const LIT_VERSION = ascii('version = ');
const LIT_LOST = ascii('[LOST ');
const LIT_DROPPED = ascii('EVENTS DROPPED]');
const LIT_SUBBUF = ascii('[SUBBUFFER START]');
const LIT_EMPTY = ascii(' is empty');
const LIT_PERF_RECORD = ascii('PERF_RECORD_');
const LIT_PERF_LOST = ascii('PERF_RECORD_LOST');
const LIT_LOST_WORD = ascii(' lost ');
/** perf's stderr, in the text when the user redirected 2>&1 (tools/perf, libtraceevent messages). */
const RX_PERF_NOISE = /^(?:libtraceevent: |Warning:|Error: |Check IO\/CPU overload!|Processed \d+ (?:events|samples) and lost |\[[\w-]+:[\w-]+\] |\d+ out of order events|Found \d+ unknown events)/;
const RX_PERF_LOST_WARNING = /^Processed \d+ (?:events|samples) and lost (\d+(?:\.\d+)?)/;
/** `perf script --header` lines kept in the result header: `# perf version : 6.1.187` … */
const PERF_HEADER_KEYS: Readonly<Record<string, string>> = {
  'perf version': 'perf_version', 'os release': 'os_release', 'hostname': 'hostname', 'arch': 'arch',
  'nrcpus avail': 'cpus', 'nrcpus online': 'cpus_online', 'cmdline': 'cmdline', 'captured on': 'captured_on',
};

const commInterner = new ByteInterner<string>(decodeText, 1 << 14);

/** Longest line prefix (`COMM-PID [CPU] FLAGS SECS.`) and event name the fused fast path remembers. */
const PFX_MAX = 160;
const NAME_MAX = 64;
/** Plain sinks get the decoded values from the memo only up to this many distinct payloads / arena bytes. */
const PLAIN_MEMO_MAX = 1 << 16;
const PLAIN_MEMO_BYTES = 32 << 20;

/** Streaming parser for tracefs / trace-cmd report / perf script text. */
export class FtraceTextParser extends LineStream implements StreamingParser {
  private readonly result: TextImportResult;
  private readonly diag: Diagnostics;
  private readonly catalog: EventCatalog;
  private readonly cur = newCursor();
  private readonly instances = new Set<string>();
  private lastTs = 0;
  private lostUnknown = false;
  private sawHeader = false;
  /** perf script text: comm-less and CPU-less lines, PERF_RECORD_* lines and perf diagnostics are accepted. */
  private readonly perf: boolean;
  /** perf printed "Processed … and lost …" (2>&1); a PERF_RECORD_LOST line gives exact counts. */
  private perfLostWarning = false;
  private perfLostRecords = false;
  /**
   * perf prints the same -F columns on every line: bit 0 = COMM, bit 1 = [CPU], fixed by
   * the first line (-1 before). A line of another layout is bad, not re-read: e.g. the tail
   * "878 [000] …" of "CPU 0/KVM 17878 …" split by perf's stderr would pass for a comm-less line.
   */
  private perfLayout = -1;
  /** Raw fast path (the TraceStore): payload bytes deduplicated, fields decoded on demand. */
  private readonly raw: RawTraceSink | undefined;
  private payloads: TextPayloads | undefined;
  private lastComm = '';
  private lastCommId = -1;
  /** (entry, payload bytes) → decoded result; created with the first event. */
  private memo: DecodeMemo | undefined;
  // Fused fast path (fastLine): the last simple event line's prefix (up to the timestamp's '.'),
  // what it parsed to, and its event name. Aligned tracefs output repeats both for long runs.
  private readonly pfx = new Uint8Array(PFX_MAX);
  private readonly pfxView = new DataView(this.pfx.buffer);
  /** DataView of the chunk fastLine() last saw (word compares of prefix and name). */
  private view: DataView = new DataView(new ArrayBuffer(0));
  private viewOf: Uint8Array | undefined;
  private pfxLen = 0;
  private pfxComm = '';
  private pfxCommId = -1;
  private pfxPid = 0;
  private pfxCpu = 0;
  private pfxBracketCol = 0;
  /** The prefix's seconds in ns (SECS × 1e9, as line() computes it). */
  private pfxSecNs = 0;
  private readonly nameBytes = new Uint8Array(NAME_MAX);
  private readonly nameView = new DataView(this.nameBytes.buffer);
  private nameLen = 0;
  private nameEntry: CatalogEntry | undefined;
  private nameSeed = 0;

  constructor(private readonly sink: TraceSink, format: FtraceFormat = 'tracefs', opts: TextImportOptions = {}) {
    super();
    this.result = emptyResult(format);
    this.diag = new Diagnostics(this.result, opts);
    this.catalog = new EventCatalog(sink);
    this.raw = isRawSink(sink) ? sink : undefined;
    this.perf = format === 'perf-script';
  }

  /** Distinct payloads kept for the raw sink (0 with a plain TraceSink). */
  get distinctPayloads(): number { return this.raw ? this.payloads?.distinct ?? 0 : 0; }

  /** Distinct (event, payload bytes) pairs decoded so far (the decode memo's records). */
  get decodedPayloads(): number { return this.memo?.size ?? 0; }

  end(): TextImportResult {
    this.flush();
    this.result.lines = this.lineNo;
    if (this.instances.size > 0) this.result.header.instances = [...this.instances].join(',');
    if (this.perfLostWarning && !this.perfLostRecords) {
      // perf said it lost events but the text has no PERF_RECORD_LOST lines (no --show-lost-events)
      this.lostUnknown = true;
      this.sink.lost(-1, this.lastTs, -1);
    }
    if (this.lostUnknown) this.result.lost = -1;
    return this.result;
  }

  protected line(buf: Uint8Array, start: number, end: number, lineNo: number, offset: number): void {
    let s = skipSpaces(buf, start, end);
    const e = trimEnd(buf, s, end);
    if (s >= e) { this.result.skipped++; return; }
    const c = buf[s]!;
    if (c === HASH) { this.headerLine(buf, s, e); this.result.skipped++; return; }
    if (c === 0x43 /* C */ && this.cpuLine(buf, s, e)) { this.result.skipped++; return; }
    if (c === 0x76 /* v */ && startsWith(buf, s, e, LIT_VERSION)) {
      if (parseDec(buf, s + LIT_VERSION.length, e, this.cur, false)) this.result.header.version = this.cur.value as number;
      this.sawHeader = true;
      this.result.skipped++;
      return;
    }
    // `cpus=N`, possibly behind a file/instance tag (trace-cmd prints these before any event).
    if ((c === 0x63 /* c */ || this.result.events === 0) && this.cpusLine(buf, s, e)) { this.result.skipped++; return; }
    if (!this.eventLine(buf, start, s, e)) {
      if (this.perf && this.perfNoise(buf, s, e)) { this.result.skipped++; return; }
      this.diag.bad(lineNo, offset + (s - start), buf, s, e,
        'an event line "COMM-PID [CPU] [FLAGS] SECONDS: EVENT: PAYLOAD", a "#" header, or a CPU/cpus= line');
    }
  }

  private headerLine(buf: Uint8Array, s: number, e: number): void {
    this.sawHeader = true;
    const text = decodeText(buf, s, e);
    const tracer = /^#\s*tracer:\s*(\S+)/.exec(text);
    if (tracer) { this.result.header.tracer = tracer[1]!; return; }
    const perf = /^#\s*([a-z][a-z ]*?)\s*:\s*(.*)$/.exec(text);
    const key = perf ? PERF_HEADER_KEYS[perf[1]!] : undefined;
    if (key) {
      const v = perf![2]!.trim();
      this.result.header[key] = /^\d+$/.test(v) && key !== 'hostname' ? Number(v) : v;
      return;
    }
    const ent = /entries-in-buffer\/entries-written:\s*(\d+)\/(\d+)\s+#P:(\d+)/.exec(text);
    if (ent) {
      const inBuf = Number(ent[1]), written = Number(ent[2]);
      this.result.header.entries = inBuf;
      this.result.header.written = written;
      this.result.header.cpus = Number(ent[3]);
      if (written > inBuf) this.result.lost += written - inBuf;
    }
  }

  /** `CPU:N [LOST x EVENTS]`, `CPU:N [x EVENTS DROPPED]`, `CPU:N [EVENTS DROPPED]`, `CPU:N [SUBBUFFER START]`, `CPU N is empty`. */
  private cpuLine(buf: Uint8Array, s: number, e: number): boolean {
    const cur = this.cur;
    if (startsWith(buf, s, e, LIT_CPU_SP)) {
      return parseDec(buf, s + 4, e, cur, false) && startsWith(buf, cur.next, e, LIT_EMPTY);
    }
    if (!startsWith(buf, s, e, LIT_CPU) || !parseDec(buf, s + 4, e, cur, false)) return false;
    const cpu = cur.value as number;
    const i = skipSpaces(buf, cur.next, e);
    if (startsWith(buf, i, e, LIT_LOST)) {
      if (!parseDec(buf, i + LIT_LOST.length, e, cur, false)) return false;
      const n = cur.value as number;
      this.result.lost += n;
      this.sink.lost(cpu, this.lastTs, n);
      return true;
    }
    if (startsWith(buf, i, e, LIT_SUBBUF)) return true;
    if (buf[i] !== LBRACK) return false;
    if (parseDec(buf, i + 1, e, cur, false) && buf[cur.next] === SP && startsWith(buf, cur.next + 1, e, LIT_DROPPED)) {
      const n = cur.value as number;
      this.result.lost += n;
      this.sink.lost(cpu, this.lastTs, n);
      return true;
    }
    if (startsWith(buf, i + 1, e, LIT_DROPPED)) {
      this.lostUnknown = true;
      this.sink.lost(cpu, this.lastTs, -1);
      return true;
    }
    return false;
  }

  private cpusLine(buf: Uint8Array, s: number, e: number): boolean {
    let i = s;
    if (!startsWith(buf, i, e, LIT_CPUS)) {
      // "<tag>: cpus=N" (trace-cmd report with several inputs or instances)
      while (i < e && buf[i] !== SP && buf[i] !== COLON) i++;
      if (buf[i] !== COLON || buf[i + 1] !== SP) return false;
      i = skipSpaces(buf, i + 1, e);
      if (!startsWith(buf, i, e, LIT_CPUS)) return false;
    }
    if (!parseDec(buf, i + LIT_CPUS.length, e, this.cur, false) || this.cur.next !== e) return false;
    this.result.header.cpus = this.cur.value as number;
    this.sawHeader = true;
    return true;
  }

  /** Parse one event line; false when it does not have the expected shape. */
  private eventLine(buf: Uint8Array, lineStart: number, s: number, e: number): boolean {
    const cur = this.cur;
    // 1. Find the "[CPU]" anchor with "-PID" (ftrace) or " PID" (perf) before it.
    //    Columns are aligned, so the anchor is first tried where it was on the previous line.
    let commEnd = -1, pid = -1, cpu = -1, after = -1;
    const limit = Math.min(e, s + 600);
    const guess = lineStart + this.bracketCol;
    for (let p = guess > s && guess < limit ? guess : s, first = true; p < limit; p = first ? s : p + 1, first = false) {
      if (buf[p] !== LBRACK) continue;
      let q = p + 1;
      while (q < e && isDigit(buf[q]!)) q++;
      if (q === p + 1 || buf[q] !== RBRACK) continue;
      const got = this.pidBefore(buf, s, p);
      if (got < 0) continue;
      commEnd = got;
      pid = this.pidValue;
      parseDec(buf, p + 1, q, cur, false);
      cpu = cur.value as number;
      after = q + 1;
      this.bracketCol = p - lineStart;
      break;
    }
    let i: number;
    // Only bracketed lines feed the fast path: there the anchor lies inside the prefix bytes.
    let simple = after >= 0;
    if (after < 0) {
      // trace-cmd report -l: "COMM-PID  CPUflags  TS: EVENT: …" (no brackets);
      // perf script -F without cpu: "COMM TID TS: sys:EVENT: …".
      const alt = this.perf ? this.perfNoCpuShape(buf, s, e) : this.latencyShape(buf, s, e);
      if (alt < 0) return false;
      commEnd = this.altCommEnd;
      pid = this.pidValue;
      cpu = this.altCpu;
      i = alt;
    } else {
      i = skipSpaces(buf, after, e);
      // Optional irq/latency flags column (1–8 chars, e.g. "d..1." or "dNh2."), then the timestamp.
      let j = i;
      while (j < e && buf[j] !== SP && buf[j] !== TAB) j++;
      if (j > i && buf[j - 1] !== COLON) i = skipSpaces(buf, j, e);
    }
    const layout = this.perf ? (commEnd > s ? 1 : 0) | (cpu >= 0 ? 2 : 0) : 0;
    if (this.perfLayout >= 0 && layout !== this.perfLayout) return false;
    // 2. Timestamp "SECS[.FRAC]:".
    if (!parseDec(buf, i, e, cur, false)) return false;
    let ts = (cur.value as number) * 1e9;
    const secNs = ts;
    let k = cur.next;
    simple &&= typeof cur.value === 'number';
    const dotAt = k;
    if (buf[k] === DOT) {
      const f0 = k + 1;
      if (!parseDec(buf, f0, e, cur, false)) return false;
      const nf = cur.next - f0;
      if (nf > 9) return false;
      ts += (cur.value as number) * POW10[9 - nf]!;
      k = cur.next;
    } else {
      ts = (cur.value as number); // raw clock value (counter/TSC clocks): unit unknown, kept as is
      simple = false;
    }
    if (buf[k] !== COLON) return false;
    i = skipSpaces(buf, k + 1, e);
    if (this.perf && buf[i] === 0x50 /* P */ && startsWith(buf, i, e, LIT_PERF_RECORD)) {
      this.perfLayout = layout;
      this.perfRecord(buf, i, e, cpu, ts);
      this.pfxLen = 0;
      return true;
    }
    simple &&= i === k + 2 && buf[k + 1] === SP;
    // Optional "(+delta)" column of `trace-cmd report --ts-diff`.
    if (buf[i] === LPAREN && buf[i + 1] === 0x2b) {
      while (i < e && buf[i] !== RPAREN) i++;
      i = skipSpaces(buf, i + 1, e);
    }
    // perf script with a period column: "SECS: PERIOD sys:event:".
    if (isDigit(buf[i]!)) {
      let q = i;
      while (q < e && isDigit(buf[q]!)) q++;
      if (buf[q] === SP) i = skipSpaces(buf, q, e);
    }
    // 3. Event name up to the first ':' followed by a blank or the end.
    const ns = i;
    while (i < e && !(buf[i] === COLON && (i + 1 === e || buf[i + 1] === SP || buf[i + 1] === TAB))) {
      if (buf[i] === SP) return false;
      i++;
    }
    if (i >= e || i === ns) return false;
    const entry = this.catalog.entry(buf, ns, i);
    if (this.perf) this.perfLayout = layout; // the line parsed: its columns are the file's
    const ps = skipSpaces(buf, i + 1, e);
    simple &&= ps === i + 2 && i - ns <= NAME_MAX && dotAt + 1 - lineStart <= PFX_MAX;
    // 4. COMM (after an optional "tag: " of trace-cmd report).
    const cs = this.commStart(buf, s, commEnd);
    const comm = commEnd > cs ? commInterner.get(buf, cs, trimEnd(buf, cs, commEnd)) : '';
    let commId = -1;
    if (this.raw) {
      if (comm !== this.lastComm || this.lastCommId < 0) { this.lastComm = comm; this.lastCommId = this.raw.intern(comm); }
      commId = this.lastCommId;
    }
    const view = this.viewFor(buf);
    this.emit(entry, buf, view, ps, e, payloadHashView(hashSeed(entry.id), view, buf, ps, e), ts, cpu, pid, comm, commId);
    if (simple) {
      // Lines that start with the same bytes up to the timestamp's '.' (same task, CPU,
      // flags and second) take fastLine().
      const n = dotAt + 1 - lineStart;
      this.pfx.set(buf.subarray(lineStart, dotAt + 1));
      this.pfxLen = n;
      this.pfxSecNs = secNs;
      this.pfxComm = comm;
      this.pfxCommId = commId;
      this.pfxPid = pid;
      this.pfxCpu = cpu;
      this.nameBytes.set(buf.subarray(ns, i));
      this.nameLen = i - ns;
      this.nameEntry = entry;
      this.nameSeed = hashSeed(entry.id);
      this.pfxBracketCol = this.bracketCol;
    } else this.pfxLen = 0; // keeps line()'s anchor guess (bracketCol) what fastLine() assumes
    return true;
  }

  /**
   * The hot loop: a line that repeats the previous simple event line's bytes up
   * to the timestamp's '.' (word compares), then "FRAC: ", the same event name
   * and ": ", and a payload with no surrounding blanks, costs the fraction digits,
   * one 4-bytes-a-step pass over the payload (LF search + hash) and one memo probe. Anything
   * else returns -1 and goes through line(), which handles every shape and
   * gives the same events (fastpath.test.ts).
   */
  protected override fastLine(buf: Uint8Array, start: number, n: number): number {
    const plen = this.pfxLen;
    if (plen === 0) return -1;
    let i = start + plen;
    if (i + 4 >= n) return -1;
    const view = this.viewFor(buf);
    // Word compares: the prefix is ~40 bytes of aligned columns.
    const pv = this.pfxView;
    let k = 0;
    for (; k + 4 <= plen; k += 4) if (view.getInt32(start + k, true) !== pv.getInt32(k, true)) return -1;
    const pfx = this.pfx;
    for (; k < plen; k++) if (buf[start + k] !== pfx[k]) return -1;
    // FRAC: (the prefix ended with "SECS.")
    const f0 = i;
    let frac = 0, c = 0;
    while (i < n && (c = buf[i]!) >= 0x30 && c <= 0x39) { frac = frac * 10 + (c - 0x30); i++; }
    const nf = i - f0;
    if (nf === 0 || nf > 9 || i + 1 >= n || c !== COLON || buf[i + 1] !== SP) return -1;
    i += 2;
    // EVENT: (the previous line's name)
    const nlen = this.nameLen;
    if (i + nlen + 2 >= n) return -1;
    const nv = this.nameView;
    for (k = 0; k + 4 <= nlen; k += 4) if (view.getInt32(i + k, true) !== nv.getInt32(k, true)) return -1;
    const nb = this.nameBytes;
    for (; k < nlen; k++) if (buf[i + k] !== nb[k]) return -1;
    i += nlen;
    if (buf[i] !== COLON || buf[i + 1] !== SP) return -1;
    const ps = i + 2;
    c = buf[ps]!;
    if (c === SP || c === TAB || c === LF || c === CR) return -1;
    // Payload: 4 bytes a step, LF found with a SWAR zero-byte test on (word ^ 0x0a0a0a0a),
    // each whole word hashed on the way (the same hash as payloadHashView over [ps, LF)).
    let h = this.nameSeed;
    let p = ps;
    for (;;) {
      if (p + 4 > n) {
        while (p < n && (c = buf[p]!) !== LF) { h = Math.imul(h ^ c, HASH_PRIME); p++; }
        if (p >= n) return -1;
        break;
      }
      const w = view.getInt32(p, true);
      const x = w ^ 0x0a0a0a0a;
      if (((x - 0x01010101) & ~x & 0x80808080) !== 0) {
        while ((c = buf[p]!) !== LF) { h = Math.imul(h ^ c, HASH_PRIME); p++; }
        break;
      }
      h = Math.imul(h ^ w, HASH_PRIME);
      p += 4;
    }
    h = hashFinish(h);
    c = buf[p - 1]!;
    if (c === SP || c === TAB || c === CR) return -1;
    this.lineNo++;
    this.bracketCol = this.pfxBracketCol; // as line() would have set it
    const ts = this.pfxSecNs + frac * POW10[9 - nf]!;
    this.emit(this.nameEntry!, buf, view, ps, p, h, ts, this.pfxCpu, this.pfxPid, this.pfxComm, this.pfxCommId);
    return p;
  }

  /** DataView over `buf` (cached: the same chunk serves many lines). */
  private viewFor(buf: Uint8Array): DataView {
    if (buf !== this.viewOf) { this.viewOf = buf; this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
    return this.view;
  }

  /**
   * One event to the sink. The payload buf[ps, pe) (hash `h`) is decoded only the
   * first time this event shows these bytes (DecodeMemo); into a RawTraceSink the
   * hot columns and a ref to the deduplicated bytes go, fields are re-decoded on demand.
   */
  private emit(entry: CatalogEntry, buf: Uint8Array, view: DataView, ps: number, pe: number, h: number,
    ts: number, cpu: number, pid: number, comm: string, commId: number): void {
    const memo = this.memo ?? this.startMemo();
    let id = memo.find(entry.id, h, buf, ps, pe, view);
    if (id < 0) id = this.decodeNew(memo, entry, buf, ps, pe, h);
    else if (memo.undecoded[id] === 1) this.diag.undecoded(this.lineNo, entry.name, decodeText(buf, ps, pe));
    this.lastTs = ts;
    const raw = this.raw;
    if (raw) raw.rawEvent(memo.type[id]!, ts, cpu, pid, commId, memo.ref[id]!, memo.a0[id]!, memo.a1[id]!);
    else if (id >= 0) this.sink.event(memo.type[id]!, ts, cpu, pid, comm, memo.values[id]!);
    else this.sink.event(this.catalog.typeId, ts, cpu, pid, comm, this.catalog.values);
    this.result.events++;
  }

  private startMemo(): DecodeMemo {
    this.payloads = new TextPayloads(this.catalog);
    if (this.raw) {
      this.raw.beginSource(this.payloads);
      this.memo = new DecodeMemo(this.payloads);
    } else this.memo = new DecodeMemo(this.payloads, PLAIN_MEMO_MAX);
    return this.memo;
  }

  /** First sight of (entry, payload): decode it, remember the result; -1 when a plain sink's memo is full. */
  private decodeNew(memo: DecodeMemo, entry: CatalogEntry, buf: Uint8Array, ps: number, pe: number, h: number): number {
    const cat = this.catalog;
    cat.decode(entry, buf, ps, pe);
    if (cat.undecoded) this.diag.undecoded(this.lineNo, entry.name, decodeText(buf, ps, pe));
    const type = cat.typeId;
    const payloads = this.payloads!;
    const raw = this.raw;
    if (!raw) {
      if (memo.size >= PLAIN_MEMO_MAX || payloads.byteLength > PLAIN_MEMO_BYTES) return -1;
      return memo.insert(entry.id, h, payloads.add(type, cat.format, buf, ps, pe), type, 0, 0, cat.undecoded, cat.values.slice());
    }
    const hot = raw.hotFields(type);
    const vals = cat.values;
    let a0 = 0, a1 = 0;
    if (hot[0] >= 0) { const v = hotNumber(vals[hot[0]]); a0 = Number.isNaN(v) ? 0 : v; }
    if (hot[1] >= 0) { const v = hotNumber(vals[hot[1]]); a1 = Number.isNaN(v) ? -1 : v; }
    return memo.insert(entry.id, h, payloads.add(type, cat.format, buf, ps, pe), type, a0, a1, cat.undecoded, undefined);
  }

  private pidValue = -1;
  private bracketCol = 0;
  private altCommEnd = -1;
  private altCpu = -1;

  /**
   * Before "[CPU]" at `p`: blanks, an optional "(TGID)" column, then "-PID"
   * (ftrace) or " PID[/TID]" (perf). Returns where COMM ends (-1 if no match)
   * and sets pidValue.
   */
  private pidBefore(buf: Uint8Array, s: number, p: number): number {
    let j = p - 1;
    if (j < s || (buf[j] !== SP && buf[j] !== TAB)) return -1;
    while (j >= s && (buf[j] === SP || buf[j] === TAB)) j--;
    if (j >= s && buf[j] === RPAREN) {
      // record-tgid column "(  1234)" or "(-------)"
      while (j >= s && buf[j] !== LPAREN) j--;
      j--;
      if (j < s || (buf[j] !== SP && buf[j] !== TAB)) return -1;
      while (j >= s && (buf[j] === SP || buf[j] === TAB)) j--;
    }
    let d = j;
    while (d >= s && isDigit(buf[d]!)) d--;
    if (d === j) return -1;
    const pidStart = d + 1;
    const pidEnd = j + 1;
    if (d >= s && buf[d] === 0x2f /* / */) {
      // perf "PID/TID": use the TID (the thread that hit the tracepoint)
      let d2 = d - 1;
      while (d2 >= s && isDigit(buf[d2]!)) d2--;
      if (d2 === d - 1) return -1;
      d = d2;
    }
    if (d < s) {
      // perf script -F without comm: the line starts with the PID (empty COMM ends at s)
      if (!this.perf) return -1;
      d = s;
    } else {
      const sep = buf[d];
      if (sep !== DASH && sep !== SP && sep !== TAB) return -1;
    }
    parseDec(buf, pidStart, pidEnd, this.cur, false);
    this.pidValue = this.cur.value as number;
    return d;
  }

  /**
   * A perf side-band line after the timestamp (`--show-lost-events`, `--show-task-events`…):
   * `PERF_RECORD_LOST lost N` counts N lost events on `cpu` at `ts`; every other record
   * (COMM, FORK, EXIT, MMAP…) is skipped: it is not a trace event.
   */
  private perfRecord(buf: Uint8Array, i: number, e: number, cpu: number, ts: number): void {
    this.result.skipped++;
    if (!startsWith(buf, i, e, LIT_PERF_LOST)) return;
    let j = i + LIT_PERF_LOST.length;
    while (j < e && buf[j] !== SP) j++; // PERF_RECORD_LOST or PERF_RECORD_LOST_SAMPLES
    if (!startsWith(buf, j, e, LIT_LOST_WORD) || !parseDec(buf, j + LIT_LOST_WORD.length, e, this.cur, false)) return;
    const n = this.cur.value as number;
    this.perfLostRecords = true;
    this.result.lost += n;
    this.sink.lost(cpu, ts, n);
  }

  /** A line of perf's own stderr (`perf script > f 2>&1`); notes a lost-events warning. */
  private perfNoise(buf: Uint8Array, s: number, e: number): boolean {
    const text = decodeText(buf, s, Math.min(e, s + 200));
    if (!RX_PERF_NOISE.test(text)) return false;
    const w = RX_PERF_LOST_WARNING.exec(text);
    if (w && Number(w[1]) > 0) this.perfLostWarning = true;
    return true;
  }

  /** perf script -F without cpu: "[COMM ]PID[/TID] TS:". Returns the timestamp index or -1 (cpu -1). */
  private perfNoCpuShape(buf: Uint8Array, s: number, e: number): number {
    for (let t = s; t < e; t++) {
      if (!isDigit(buf[t]!) || (t > s && buf[t - 1] !== SP && buf[t - 1] !== TAB)) continue;
      if (timestampColon(buf, t, e) < 0) continue;
      const got = t > s ? this.pidBefore(buf, s, t) : -1;
      if (got < 0) return -1;
      this.altCommEnd = got;
      this.altCpu = -1;
      return t;
    }
    return -1;
  }

  /** `trace-cmd report -l`: "COMM-PID  CPU[FLAGS]  TS:". Returns the timestamp index or -1. */
  private latencyShape(buf: Uint8Array, s: number, e: number): number {
    // find the timestamp token: digits '.' digits ':' preceded by a blank
    for (let t = s + 1; t < e; t++) {
      if (!isDigit(buf[t]!) || (buf[t - 1] !== SP && buf[t - 1] !== TAB)) continue;
      if (timestampColon(buf, t, e) < 0) continue;
      // head before t: "... -PID  CPUflags "
      let j = t - 1;
      while (j > s && (buf[j] === SP || buf[j] === TAB)) j--;
      let tokStart = j;
      while (tokStart > s && buf[tokStart - 1] !== SP && buf[tokStart - 1] !== TAB) tokStart--;
      if (!isDigit(buf[tokStart]!)) return -1;
      if (!parseDec(buf, tokStart, j + 1, this.cur, false)) return -1;
      this.altCpu = this.cur.value as number;
      const got = this.pidBefore(buf, s, tokStart);
      if (got < 0) return -1;
      this.altCommEnd = got;
      return t;
    }
    return -1;
  }

  /** Skip a trace-cmd "tag: " (file or instance name) before COMM. */
  private commStart(buf: Uint8Array, s: number, commEnd: number): number {
    if (this.result.format !== 'trace-cmd') return s;
    let i = s;
    while (i < commEnd && buf[i] !== SP && buf[i] !== COLON) i++;
    if (i >= commEnd || buf[i] !== COLON || i === s) return s;
    const after = i + 1;
    if (after >= commEnd || buf[after] !== SP) return s;
    const rest = skipSpaces(buf, after, commEnd);
    if (rest >= commEnd) return s;
    this.instances.add(decodeText(buf, s, i));
    return rest;
  }
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

const SNIFF_LEN = 8192;

function head(first: Uint8Array): string {
  const n = Math.min(first.length, SNIFF_LEN);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(first[i]!);
  return s;
}

const RX_EVENT_FLAGS = /^\s*\S.*?-\d+\s+(?:\(\s*[\d-]+\)\s+)?\[\d+\]\s+[.a-zA-Z0-9]{3,8}\s+\d+(?:\.\d+)?:\s+[a-z_0-9]+:/m;
const RX_EVENT_NOFLAGS = /^(?:\S+: )?\s*\S.*?-\d+\s+\[\d+\]\s+\d+(?:\.\d+)?:\s+[a-z_0-9]+:/m;
// COMM is optional (perf script -F tid,…), as is the [CPU] column (-F comm,tid,time,…).
// --show-task-events / --show-lost-events text may start with PERF_RECORD_* side-band lines.
const RX_PERF = /^\s*(?:\S.*?\s)?\d+(?:\/\d+)?\s+(?:\[\d+\]\s+)?\d+\.\d+:\s+(?:(?:\d+\s+)?[a-z_0-9]+:[a-z_0-9]+:|PERF_RECORD_[A-Z_0-9]+[:( ])/m;

/** Raw tracefs text: "# tracer:" header, or event lines with the irq-flags column. */
export function sniffTracefs(first: Uint8Array): boolean {
  const t = head(first);
  return /^# tracer: /m.test(t) || (!/^(?:\S+: )?\s*cpus=\d+\s*$/m.test(t) && RX_EVENT_FLAGS.test(t));
}

/** `trace-cmd report` text: "version = N" / "cpus=N" header, or bracketed event lines without flags. */
export function sniffTraceCmdReport(first: Uint8Array): boolean {
  const t = head(first);
  if (/^# tracer: /m.test(t)) return false;
  return /^version = \d+\s*$/m.test(t) || /^(?:\S+: )?\s*cpus=\d+\s*$/m.test(t) || RX_EVENT_NOFLAGS.test(t);
}

/** `perf script` text: "COMM PID [CPU] SECS: sys:event:", or the `--header` block ("# perf version : …"). */
export function sniffPerfScript(first: Uint8Array): boolean {
  const t = head(first);
  return /^# perf version : /m.test(t) || RX_PERF.test(t);
}
