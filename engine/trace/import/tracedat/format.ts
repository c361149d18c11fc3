/**
 * tracefs `format` files (events/<system>/<event>/format and
 * events/header_page) parsed from the trace file itself, so every event's
 * fields decode generically: signed/unsigned integers of 1/2/4/8 bytes,
 * fixed arrays, `char name[N]` strings, `__data_loc` / `__rel_loc` dynamic
 * strings and arrays.
 */
import { PsError } from '../../../errors.ts';
import type { FieldValue } from '../../types.ts';
import { decodeText } from './bytes.ts';

/** How a field's bytes turn into a value. */
export type FieldKind =
  | 'int'        // scalar integer (size 1, 2, 4 or 8)
  | 'chars'      // char name[N]: NUL-terminated string in place
  | 'array'      // type name[N]: N elements in place
  | 'dynchars'   // __data_loc char[]: u32 (len << 16 | offset from record start)
  | 'dynarray'   // __data_loc type[]
  | 'relchars'   // __rel_loc char[]: offset relative to the end of this field
  | 'relarray'
  | 'bytes';     // anything else: raw bytes as hex

export interface FieldDef {
  name: string;
  /** C type as written, without the name (e.g. "unsigned int", "__data_loc char[]"). */
  type: string;
  offset: number;
  size: number;
  signed: boolean;
  kind: FieldKind;
  /** Element size for arrays (1 for char arrays). */
  elemSize: number;
}

export interface EventFormat {
  system: string;
  name: string;
  id: number;
  /** common_* fields (type, flags, preempt_count, pid). */
  common: FieldDef[];
  /** The event's own fields in format order. */
  fields: FieldDef[];
  printFmt: string;
}

/** Where a format text sits, for error positions. */
export interface FormatOrigin { offset: number; file?: string; what: string }

const FIELD_RE = /^\s*field:\s*(.*?);\s*offset:\s*(-?\d+);\s*size:\s*(-?\d+);(?:\s*signed:\s*(-?\d+);)?/;

function elemSizeOf(base: string, fallback: number): number {
  const t = base.replace(/\b(const|volatile|unsigned|signed|struct|enum)\b/g, ' ').trim();
  if (/\bchar\b|\bu8\b|\bs8\b|__u8|__s8|\bbool\b|uint8_t|int8_t/.test(t)) return 1;
  if (/\bshort\b|\bu16\b|\bs16\b|__u16|__s16|__le16|__be16|uint16_t|int16_t/.test(t)) return 2;
  if (/\blong long\b|\bu64\b|\bs64\b|__u64|__s64|__le64|__be64|uint64_t|int64_t|\bgfn_t\b|\bgpa_t\b|\bhpa_t\b/.test(t)) return 8;
  if (/\bint\b|\bu32\b|\bs32\b|__u32|__s32|__le32|__be32|uint32_t|int32_t|\bpid_t\b/.test(t)) return 4;
  return fallback;
}

/** Parses one `field:` declaration ("unsigned int exit_reason" + offset/size/signed). */
function parseDecl(decl: string, offset: number, size: number, signedFlag: number | undefined): FieldDef | null {
  const m = /^(.*?)([A-Za-z_][A-Za-z0-9_]*)\s*(\[[^\]]*\])?\s*$/.exec(decl.trim());
  if (!m) return null;
  const base = m[1]!.trim();
  const name = m[2]!;
  const arr = m[3];
  const type = arr ? `${base}${arr.includes('[]') ? '[]' : arr}` : base;
  const signed = signedFlag === undefined ? !/unsigned|\bu(8|16|32|64)\b|__u\d+|uint\d+_t/.test(base) : signedFlag !== 0;
  const isChar = /\bchar\b/.test(base.replace(/__data_loc|__rel_loc/g, ''));
  let kind: FieldKind;
  let elemSize = 1;
  if (/\b__data_loc\b/.test(base)) {
    kind = isChar ? 'dynchars' : 'dynarray';
    elemSize = isChar ? 1 : elemSizeOf(base.replace('__data_loc', ''), 1);
  } else if (/\b__rel_loc\b/.test(base)) {
    kind = isChar ? 'relchars' : 'relarray';
    elemSize = isChar ? 1 : elemSizeOf(base.replace('__rel_loc', ''), 1);
  } else if (arr) {
    const n = Number(arr.slice(1, -1));
    if (isChar) kind = 'chars';
    else {
      kind = 'array';
      elemSize = Number.isInteger(n) && n > 0 && size % n === 0 ? size / n : elemSizeOf(base, 1);
    }
  } else if (size === 1 || size === 2 || size === 4 || size === 8) {
    kind = 'int';
    elemSize = size;
  } else {
    kind = 'bytes';
  }
  return { name, type, offset, size, signed, kind, elemSize };
}

/**
 * Parses an event `format` file. `system` is the directory it came from (the
 * file itself does not say). Throws PS302 naming the line when the text is
 * not a format file.
 */
export function parseEventFormat(text: string, system: string, origin: FormatOrigin): EventFormat {
  const lines = text.split('\n');
  let name: string | undefined;
  let id: number | undefined;
  let printFmt = '';
  const common: FieldDef[] = [];
  const fields: FieldDef[] = [];
  const fail = (line: number, why: string): PsError =>
    new PsError('PS302', `${origin.what}, line ${line}: ${why}`, origin.file === undefined ? { offset: origin.offset } : { offset: origin.offset, file: origin.file });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('name:')) name = line.slice(5).trim();
    else if (line.startsWith('ID:')) {
      const v = Number(line.slice(3).trim());
      if (!Number.isInteger(v) || v < 0 || v > 0xffff) throw fail(i + 1, `event ID "${line.slice(3).trim()}" is not a 16-bit number`);
      id = v;
    } else if (line.startsWith('print fmt:')) {
      printFmt = lines.slice(i).join('\n').slice(10).trim();
      break;
    } else if (/^\s*field:/.test(line)) {
      const m = FIELD_RE.exec(line);
      if (!m) throw fail(i + 1, `field line does not match "field:TYPE NAME; offset:N; size:N; signed:N;"`);
      const off = Number(m[2]);
      const size = Number(m[3]);
      if (off < 0 || size < 0 || off > 0xffff || size > 0xffff) throw fail(i + 1, `field offset ${off} / size ${size} out of range`);
      const f = parseDecl(m[1]!, off, size, m[4] === undefined ? undefined : Number(m[4]));
      if (!f) throw fail(i + 1, `cannot parse field declaration "${m[1]}"`);
      (f.name.startsWith('common_') ? common : fields).push(f);
    }
  }
  if (name === undefined || name === '') throw fail(1, 'no "name:" line');
  if (id === undefined) throw fail(1, `event ${name}: no "ID:" line`);
  return { system, name, id, common, fields, printFmt };
}

/** Layout of a ring-buffer page, from events/header_page. */
export interface PageLayout {
  timestampOffset: number;
  commitOffset: number;
  /** Size of `commit` = the kernel's long size (4 or 8). */
  commitSize: number;
  dataOffset: number;
  /** Bytes available for records in one page. */
  dataSize: number;
}

/** Parses header_page (`field: u64 timestamp; ... local_t commit; ... char data;`). */
export function parseHeaderPage(text: string, origin: FormatOrigin, fallbackLongSize: number): PageLayout {
  const get = (n: string): { offset: number; size: number } | undefined => {
    const re = new RegExp(`field:[^;]*\\b${n}\\s*;\\s*offset:\\s*(\\d+);\\s*size:\\s*(\\d+);`);
    const m = re.exec(text);
    return m ? { offset: Number(m[1]), size: Number(m[2]) } : undefined;
  };
  const ts = get('timestamp');
  const commit = get('commit');
  const data = get('data');
  if (!ts || !commit || !data) {
    // Very old kernels had no header_page text; use the classic layout.
    const ls = fallbackLongSize === 4 ? 4 : 8;
    if (text.trim() === '') return { timestampOffset: 0, commitOffset: 8, commitSize: ls, dataOffset: 8 + ls, dataSize: 0 };
    throw new PsError('PS302', `${origin.what}: header_page lacks timestamp/commit/data fields`, origin.file === undefined ? { offset: origin.offset } : { offset: origin.offset, file: origin.file });
  }
  if (commit.size !== 4 && commit.size !== 8) {
    throw new PsError('PS302', `${origin.what}: header_page commit size ${commit.size} (expected 4 or 8)`, { offset: origin.offset });
  }
  return { timestampOffset: ts.offset, commitOffset: commit.offset, commitSize: commit.size, dataOffset: data.offset, dataSize: data.size };
}

/** Reads one integer of `size` bytes at `at`; 8-byte values beyond 2^53 stay bigint. */
export function readInt(dv: DataView, at: number, size: number, signed: boolean, little: boolean): number | bigint {
  switch (size) {
    case 1: return signed ? dv.getInt8(at) : dv.getUint8(at);
    case 2: return signed ? dv.getInt16(at, little) : dv.getUint16(at, little);
    case 4: return signed ? dv.getInt32(at, little) : dv.getUint32(at, little);
    case 8: {
      const v = signed ? dv.getBigInt64(at, little) : dv.getBigUint64(at, little);
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    default: return 0;
  }
}

function cstr(bytes: Uint8Array, start: number, end: number): string {
  let e = start;
  while (e < end && bytes[e] !== 0) e++;
  return decodeText(bytes.subarray(start, e));
}

function hexBytes(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += (i > start ? ' ' : '') + bytes[i]!.toString(16).padStart(2, '0');
  return s;
}

function arrayText(dv: DataView, bytes: Uint8Array, start: number, end: number, elem: number, signed: boolean, little: boolean): string {
  if (elem === 1 && !signed) return hexBytes(bytes, start, end);
  const parts: string[] = [];
  for (let p = start; p + elem <= end; p += elem) parts.push(String(readInt(dv, p, elem, signed, little)));
  return `[${parts.join(',')}]`;
}

/**
 * Decodes one field of a record whose data starts at `rec` and is `len` bytes
 * long. Out-of-record references (corrupt data) decode as "" / 0, never throw.
 * Arrays become text: unsigned byte arrays as hex bytes ("0f 01 d9"), others "[1,2,3]".
 */
export function decodeField(f: FieldDef, dv: DataView, bytes: Uint8Array, rec: number, len: number, little: boolean): FieldValue {
  const at = rec + f.offset;
  const end = rec + len;
  if (f.offset + f.size > len) return f.kind === 'int' ? 0 : '';
  switch (f.kind) {
    case 'int': return readInt(dv, at, f.size, f.signed, little);
    case 'chars': return cstr(bytes, at, at + f.size);
    case 'array': return arrayText(dv, bytes, at, at + f.size, f.elemSize, f.signed, little);
    case 'bytes': return hexBytes(bytes, at, at + f.size);
    default: {
      const loc = dv.getUint32(at, little);
      const off = loc & 0xffff;
      const n = loc >>> 16;
      const s = (f.kind === 'relchars' || f.kind === 'relarray' ? at + f.size : rec) + off;
      if (s < rec || s + n > end) return '';
      if (f.kind === 'dynchars' || f.kind === 'relchars') return cstr(bytes, s, s + n);
      return arrayText(dv, bytes, s, s + n, f.elemSize, f.signed, little);
    }
  }
}
