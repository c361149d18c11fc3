/**
 * A tiny struct-layout DSL for uAPI structs: exact offsets and sizes, little
 * endian, and codecs between bytes and plain objects named as in kvm.h.
 * u8/u16/u32/s32 decode to number, u64/s64 to bigint; `bytes` to Uint8Array.
 * Encoding accepts number | bigint | "0x…" | decimal strings (the lab format).
 */

export type Scalar = 'u8' | 'u16' | 'u32' | 's32' | 'u64' | 's64';
export type FieldType = Scalar | Layout | ArrayType | BytesType;
export interface ArrayType { array: FieldType; count: number }
export interface BytesType { bytes: number }
export interface FieldDef { name: string; type: FieldType; offset: number }
export interface Layout { kind: 'struct'; name: string; size: number; fields: FieldDef[] }

const SCALAR_SIZE: Record<Scalar, number> = { u8: 1, u16: 2, u32: 4, s32: 4, u64: 8, s64: 8 };

/** sizeof(type). */
export function sizeOf(t: FieldType): number {
  if (typeof t === 'string') return SCALAR_SIZE[t];
  if ('kind' in t) return t.size;
  if ('array' in t) return sizeOf(t.array) * t.count;
  return t.bytes;
}

/** Declare a struct; throws if a field lies outside `size` or two fields overlap (unions are declared as separate layouts). */
export function struct(name: string, size: number, fields: Array<[string, FieldType, number]>): Layout {
  const defs = fields.map(([n, type, offset]) => ({ name: n, type, offset }));
  const sorted = [...defs].sort((a, b) => a.offset - b.offset);
  let end = 0;
  for (const f of sorted) {
    if (f.offset < end) throw new Error(`${name}.${f.name} overlaps the previous field`);
    end = f.offset + sizeOf(f.type);
    if (end > size) throw new Error(`${name}.${f.name} ends at ${end}, beyond sizeof ${size}`);
  }
  return { kind: 'struct', name, size, fields: defs };
}
export const arr = (t: FieldType, count: number): ArrayType => ({ array: t, count });
export const bytes = (n: number): BytesType => ({ bytes: n });

/** Offset of a (possibly dotted) field path, e.g. offsetOf(kvm_sregs, 'cs.base'). */
export function offsetOf(l: Layout, path: string): number {
  let off = 0;
  let cur: FieldType = l;
  for (const part of path.split('.')) {
    if (typeof cur === 'string' || !('kind' in cur)) throw new Error(`${path}: not a struct`);
    const f: FieldDef | undefined = cur.fields.find((x) => x.name === part);
    if (!f) throw new Error(`${l.name} has no field ${path}`);
    off += f.offset;
    cur = f.type;
  }
  return off;
}

/** Coerce a lab-format / JS value to bigint (u64 semantics for negative numbers is up to the caller). */
export function toBig(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') {
    const s = v.trim();
    if (/^-?0x[0-9a-f]+$/i.test(s)) return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
    if (/^-?\d+$/.test(s)) return BigInt(s);
    return 0n;
  }
  return 0n;
}
/** Coerce to a JS number (for u8..u32 fields). */
export function toNum(v: unknown): number {
  if (typeof v === 'number') return v;
  return Number(toBig(v));
}
/** Hex string / Uint8Array / number[] -> bytes. */
export function toBytes(v: unknown, n?: number): Uint8Array {
  let out: Uint8Array;
  if (v instanceof Uint8Array) out = v;
  else if (Array.isArray(v)) out = Uint8Array.from(v.map((x) => toNum(x) & 0xff));
  else if (typeof v === 'string' && /^[0-9a-f]*$/i.test(v) && v.length % 2 === 0) {
    out = new Uint8Array(v.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(v.slice(2 * i, 2 * i + 2), 16);
  } else out = new Uint8Array(0);
  if (n === undefined) return out;
  const r = new Uint8Array(n);
  r.set(out.subarray(0, n));
  return r;
}

function readScalar(dv: DataView, off: number, t: Scalar): number | bigint {
  switch (t) {
    case 'u8': return dv.getUint8(off);
    case 'u16': return dv.getUint16(off, true);
    case 'u32': return dv.getUint32(off, true);
    case 's32': return dv.getInt32(off, true);
    case 'u64': return dv.getBigUint64(off, true);
    case 's64': return dv.getBigInt64(off, true);
  }
}
function writeScalar(dv: DataView, off: number, t: Scalar, v: unknown): void {
  switch (t) {
    case 'u8': dv.setUint8(off, toNum(v) & 0xff); return;
    case 'u16': dv.setUint16(off, toNum(v) & 0xffff, true); return;
    case 'u32': dv.setUint32(off, toNum(v) >>> 0, true); return;
    case 's32': dv.setInt32(off, toNum(v) | 0, true); return;
    case 'u64': dv.setBigUint64(off, BigInt.asUintN(64, toBig(v)), true); return;
    case 's64': dv.setBigInt64(off, BigInt.asIntN(64, toBig(v)), true); return;
  }
}

function decodeType(dv: DataView, off: number, t: FieldType): unknown {
  if (typeof t === 'string') return readScalar(dv, off, t);
  if ('kind' in t) return decodeAt(t, dv, off);
  if ('array' in t) {
    const el = sizeOf(t.array);
    const out: unknown[] = [];
    for (let i = 0; i < t.count; i++) out.push(decodeType(dv, off + i * el, t.array));
    return out;
  }
  return new Uint8Array(dv.buffer.slice(dv.byteOffset + off, dv.byteOffset + off + t.bytes));
}
function encodeType(dv: DataView, off: number, t: FieldType, v: unknown): void {
  if (v === undefined || v === null) return; // missing fields stay zero
  if (typeof t === 'string') { writeScalar(dv, off, t, v); return; }
  if ('kind' in t) { encodeAt(t, (v ?? {}) as Record<string, unknown>, dv, off); return; }
  if ('array' in t) {
    if (!Array.isArray(v)) return;
    const el = sizeOf(t.array);
    for (let i = 0; i < t.count && i < v.length; i++) encodeType(dv, off + i * el, t.array, v[i]);
    return;
  }
  const b = toBytes(v, t.bytes);
  new Uint8Array(dv.buffer, dv.byteOffset + off, t.bytes).set(b);
}

/** Decode the struct at `off` of a DataView. */
export function decodeAt(l: Layout, dv: DataView, off = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of l.fields) o[f.name] = decodeType(dv, off + f.offset, f.type);
  return o;
}
/** Encode `obj` into the struct at `off` (fields not given are left as they are). */
export function encodeAt(l: Layout, obj: Record<string, unknown>, dv: DataView, off = 0): void {
  for (const f of l.fields) encodeType(dv, off + f.offset, f.type, obj[f.name]);
}
/** Decode a struct from bytes (must hold at least sizeof). */
export function decode(l: Layout, b: Uint8Array): Record<string, unknown> {
  if (b.length < l.size) throw new RangeError(`${l.name}: ${b.length} bytes, need ${l.size}`);
  return decodeAt(l, new DataView(b.buffer, b.byteOffset, b.byteLength), 0);
}
/** Encode a struct into fresh zeroed bytes of sizeof. */
export function encode(l: Layout, obj: Record<string, unknown>): Uint8Array {
  const b = new Uint8Array(l.size);
  encodeAt(l, obj, new DataView(b.buffer), 0);
  return b;
}
