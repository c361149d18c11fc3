/**
 * Loading `kvmlab-truth/2` recordings (../shared/lab/FORMAT.md).
 *
 * Compression: gzip is recognised by its magic (1f 8b) and inflated with the
 * platform's `DecompressionStream('gzip')` (Node ≥ 18 and every browser), which is
 * asynchronous — hence `parseTruthLog` returns a Promise. No zlib/xz code lives in the
 * engine. xz (fd 37 7a 58 5a 00) and zstd (28 b5 2f fd) are recognised and refused
 * with PS105. Plain text can be parsed synchronously with `parseTruthText`.
 *
 * Errors: PS101 malformed JSON (line/column/byte offset), PS102 missing or unknown
 * `format` (v1 logs have none), PS103 an event that breaks the format (with its seq),
 * PS105 unsupported compression, PS106 truncated/corrupt gzip.
 */
import { PsError } from '../errors.ts';
import type { TruthEvent, TruthLog } from './events.ts';
import { findJsonError } from './jsonpos.ts';
import { isHexBytes, isHexNumber } from './hex.ts';

export const TRUTH_FORMAT = 'kvmlab-truth/2';

/** Which container the bytes are in, from their magic number. */
export function sniffCompression(b: Uint8Array): 'gzip' | 'xz' | 'zstd' | 'none' {
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0x00) return 'xz';
  if (b.length >= 4 && b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return 'zstd';
  return 'none';
}

/** Inflates a gzip stream with DecompressionStream; PS106 when it is truncated or damaged. */
export async function gunzip(data: Uint8Array, fileName?: string): Promise<Uint8Array> {
  try {
    // Copy into a fresh ArrayBuffer-backed view: Blob wants plain ArrayBuffer memory.
    const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    throw new PsError('PS106', `gzip data could not be inflated (${(e as Error).message})`, fileName ? { file: fileName } : {});
  }
}

/**
 * Decodes the bytes of a recording file (plain UTF-8 JSON or gzip) to text.
 * xz/zstd give PS105 naming the tool to decompress with.
 */
export async function recordingText(data: Uint8Array | string, fileName?: string): Promise<string> {
  if (typeof data === 'string') return data;
  const where = fileName ? { file: fileName } : {};
  const kind = sniffCompression(data);
  if (kind === 'xz') throw new PsError('PS105', 'the file is xz-compressed; decompress it first with `xz -d` (the project has no xz decoder)', where);
  if (kind === 'zstd') throw new PsError('PS105', 'the file is zstd-compressed; decompress it first with `zstd -d`', where);
  const bytes = kind === 'gzip' ? await gunzip(data, fileName) : data;
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Parses a recording: plain JSON text or bytes (gzip auto-detected).
 * Throws PsError PS101/PS102/PS103/PS105/PS106.
 */
export async function parseTruthLog(data: Uint8Array | string, fileName?: string): Promise<TruthLog> {
  return parseTruthText(await recordingText(data, fileName), fileName);
}

/** Synchronous parse of uncompressed JSON text (see parseTruthLog). */
export function parseTruthText(text: string, fileName?: string): TruthLog {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const e = findJsonError(text);
    // JSON.parse failed, so the scanner must find something; guard anyway.
    const at = e ?? { line: 1, column: 1, byteOffset: 0, why: 'invalid JSON' };
    throw new PsError('PS101', at.why, { file: fileName, line: at.line, column: at.column, offset: at.byteOffset });
  }
  return validateTruthLog(doc, fileName);
}

// ---------------------------------------------------------------------------------------
// Structural validation. Only what a replayer relies on is checked; unknown extra keys are
// allowed (other trees add fields), unknown event types are not (they could be inputs).

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

class EventChecker {
  constructor(private readonly ev: Obj, private readonly seq: number, private readonly file?: string) {}
  fail(why: string): never {
    throw new PsError('PS103', `${String(this.ev['t'])} event: ${why}`, { file: this.file, seq: this.seq });
  }
  int(k: string, optional = false): void {
    const v = this.ev[k];
    if (v === undefined && optional) return;
    if (!isInt(v)) this.fail(`"${k}" must be an integer (got ${JSON.stringify(v)})`);
  }
  hexNum(k: string, optional = false): void {
    const v = this.ev[k];
    if (v === undefined && optional) return;
    if (!isHexNumber(v)) this.fail(`"${k}" must be a "0x…" hex string (got ${JSON.stringify(v)})`);
  }
  intOrHex(k: string): void {
    const v = this.ev[k];
    if (!isInt(v) && !isHexNumber(v)) this.fail(`"${k}" must be an integer or "0x…" string (got ${JSON.stringify(v)})`);
  }
  str(k: string): void {
    if (typeof this.ev[k] !== 'string') this.fail(`"${k}" must be a string`);
  }
  bytes(k: string, lenKey?: string): void {
    const v = this.ev[k];
    if (!isHexBytes(v)) this.fail(`"${k}" must be a hex byte string`);
    if (lenKey !== undefined) {
      const n = this.ev[lenKey];
      if (isInt(n) && n * 2 !== (v as string).length) this.fail(`"${k}" has ${(v as string).length / 2} bytes but "${lenKey}" is ${n}`);
    }
  }
  obj(k: string, optional = false): void {
    const v = this.ev[k];
    if (v === undefined && optional) return;
    if (!isObj(v)) this.fail(`"${k}" must be an object`);
  }
  arr(k: string): unknown[] {
    const v = this.ev[k];
    if (!Array.isArray(v)) this.fail(`"${k}" must be an array`);
    return v as unknown[];
  }
  /** errno must accompany a negative return value. */
  retErrno(retKey: string): void {
    this.int(retKey);
    if ((this.ev[retKey] as number) < 0) this.int('errno');
  }
}

const KVM_RUN_NR = 0xae80;

function checkEvent(ev: Obj, index: number, runSeqs: Set<number>, file?: string): void {
  const seq = ev['seq'];
  if (!isInt(seq)) throw new PsError('PS103', `event ${index} has no integer "seq"`, { file });
  if (seq !== index) throw new PsError('PS103', `seq must be ${index} (events are numbered 0, 1, 2… in file order)`, { file, seq });
  const c: EventChecker = new EventChecker(ev, seq, file);
  switch (ev['t']) {
    case 'ioctl': {
      c.int('fd'); c.str('req'); c.hexNum('nr'); c.hexNum('arg_raw'); c.retErrno('ret');
      const arg = ev['arg'];
      if (arg !== null && !isObj(arg)) c.fail('"arg" must be an object or null');
      c.obj('out', true);
      if (ev['process'] !== undefined && ev['process'] !== 'forked_child') c.fail(`unknown "process" ${JSON.stringify(ev['process'])}`);
      if (Number(ev['nr']) === KVM_RUN_NR && ev['process'] === undefined) runSeqs.add(seq);
      return;
    }
    case 'exit': {
      c.int('vcpu_fd'); c.int('run_seq'); c.retErrno('run_ret');
      if (!runSeqs.has(ev['run_seq'] as number)) c.fail(`"run_seq" ${String(ev['run_seq'])} is not an earlier KVM_RUN ioctl`);
      if ((ev['run_ret'] as number) >= 0) c.int('exit_reason');
      if (ev['signal'] !== undefined && typeof ev['signal'] !== 'string') c.fail('"signal" must be a string');
      return;
    }
    case 'syscall': {
      switch (ev['call']) {
        case 'open': c.str('path'); c.retErrno('ret'); return;
        case 'close': c.int('fd'); c.retErrno('ret'); return;
        case 'mmap':
          c.hexNum('addr'); c.hexNum('len'); c.int('prot'); c.int('flags'); c.int('fd'); c.hexNum('offset');
          if (typeof ev['ok'] !== 'boolean') c.fail('"ok" must be a boolean');
          if (ev['ok']) c.hexNum('ret'); else c.int('errno');
          return;
        case 'munmap': c.hexNum('addr'); c.hexNum('len'); c.retErrno('ret'); return;
        case 'mprotect': c.hexNum('addr'); c.hexNum('len'); c.int('prot'); c.retErrno('ret'); return;
        case 'fork': return;
        case 'eventfd': c.int('initval'); c.intOrHex('flags'); c.int('ret'); return;
        case 'read': c.int('fd'); c.int('ret'); c.intOrHex('value'); return;
        default: c.fail(`unknown syscall ${JSON.stringify(ev['call'])}`);
      }
    }
    case 'memwrite':
    case 'memread':
      c.hexNum('hva'); c.int('len'); c.bytes('data', 'len');
      return;
    case 'run_write':
      c.int('vcpu_fd'); c.int('offset'); c.int('size'); c.bytes('data');
      if ((ev['data'] as string).length !== (ev['size'] as number) * 2) c.fail('"data" length differs from "size"');
      return;
    case 'respond': {
      c.int('vcpu_fd');
      for (const [k, w] of c.arr('writes').entries()) {
        if (!isObj(w) || !isInt(w['offset']) || !isHexBytes(w['data'])) c.fail(`writes[${k}] must be {offset, data}`);
      }
      return;
    }
    case 'ring_read': {
      c.int('vcpu_fd');
      const entries = c.arr('entries');
      if (ev['ring'] === 'dirty') {
        for (const [k, e] of entries.entries()) {
          if (!isObj(e) || !isInt(e['index']) || !isInt(e['flags']) || !isInt(e['slot']) || !isHexNumber(e['offset'])) {
            c.fail(`entries[${k}] must be {index, flags, slot, offset}`);
          }
        }
      } else if (ev['ring'] === 'coalesced') {
        c.int('first'); c.int('last');
        for (const [k, e] of entries.entries()) {
          if (!isObj(e) || !isInt(e['index']) || !isHexNumber(e['phys_addr']) || !isInt(e['len']) || !isInt(e['pio']) || !isHexBytes(e['data'])) {
            c.fail(`entries[${k}] must be {index, phys_addr, len, pio, data}`);
          }
        }
      } else c.fail(`unknown ring ${JSON.stringify(ev['ring'])}`);
      return;
    }
    case 'ring_write':
      c.int('vcpu_fd');
      if (ev['ring'] === 'dirty') { c.int('index'); c.int('flags'); }
      else if (ev['ring'] === 'coalesced') { c.int('offset'); c.int('value'); }
      else c.fail(`unknown ring ${JSON.stringify(ev['ring'])}`);
      return;
    case 'run_batch':
      c.int('vcpu_fd'); c.int('calls'); c.obj('exit_counts'); c.int('last_ret'); c.obj('last_exit', true);
      if ((ev['calls'] as number) < 1) c.fail('"calls" must be at least 1');
      return;
    case 'note':
    case 'note_fork':
      return;
    default:
      c.fail(`unknown event type ${JSON.stringify(ev['t'])}`);
  }
}

/** Checks a parsed JSON document against the format; returns it typed. */
export function validateTruthLog(doc: unknown, fileName?: string): TruthLog {
  const where = fileName ? { file: fileName } : {};
  if (!isObj(doc)) throw new PsError('PS102', 'the top level is not a JSON object, so this is not a truth log', where);
  const format = doc['format'];
  if (format === undefined) {
    throw new PsError('PS102', 'no "format" key: this is a kvmlab-truth version 1 log (or not a truth log); v1 logs cannot be replayed (placeholder addresses, no memory writes); re-capture with the current lab', where);
  }
  if (format !== TRUTH_FORMAT) {
    throw new PsError('PS102', `found format ${JSON.stringify(format)}; only "${TRUTH_FORMAT}" is supported`, where);
  }
  const events = doc['events'];
  if (!Array.isArray(events)) throw new PsError('PS103', '"events" is missing or not an array', where);
  if (!isObj(doc['host'])) throw new PsError('PS103', '"host" is missing or not an object', where);
  const profile = doc['profile'];
  if (profile !== undefined && profile !== 'r25' && profile !== 'b617' && profile !== 's26') {
    throw new PsError('PS103', `unknown planes "profile" ${JSON.stringify(profile)} (expected r25, b617 or s26)`, where);
  }
  const runSeqs = new Set<number>();
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (!isObj(ev)) throw new PsError('PS103', `event ${i} is not an object`, { ...where, seq: i });
    checkEvent(ev, i, runSeqs, fileName);
  }
  const log = doc as unknown as TruthLog;
  if (typeof log.scenario !== 'string') (log as { scenario: string }).scenario = fileName ?? '(unnamed)';
  if (fileName !== undefined) log.fileName = fileName;
  return log as TruthLog & { events: TruthEvent[] };
}
