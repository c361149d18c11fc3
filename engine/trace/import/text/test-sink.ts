/**
 * A TraceSink that records everything, for tests (the columnar store lives in
 * engine/trace/store and is tested there).
 */
import type { FieldValue, TraceSink } from '../../types.ts';

export interface RecordedEvent {
  system: string;
  name: string;
  ts: number;
  cpu: number;
  pid: number;
  comm: string;
  fields: Record<string, FieldValue>;
}

export class RecordingSink implements TraceSink {
  readonly types: { system: string; name: string; fields: readonly string[] }[] = [];
  readonly events: RecordedEvent[] = [];
  readonly lostMarks: { cpu: number; ts: number; count: number }[] = [];
  constructor(private readonly keep = true) {}
  count = 0;
  eventType(system: string, name: string, fieldNames: readonly string[]): number {
    this.types.push({ system, name, fields: [...fieldNames] });
    return this.types.length - 1;
  }
  event(type: number, ts: number, cpu: number, pid: number, comm: string, fields: readonly FieldValue[]): void {
    const t = this.types[type];
    if (!t) throw new Error(`event of undeclared type ${type}`);
    if (fields.length !== t.fields.length) throw new Error(`${t.name}: ${fields.length} values for ${t.fields.length} fields`);
    this.count++;
    if (!this.keep) return;
    const f: Record<string, FieldValue> = {};
    t.fields.forEach((n, i) => { f[n] = fields[i]!; });
    this.events.push({ system: t.system, name: t.name, ts, cpu, pid, comm, fields: f });
  }
  lost(cpu: number, ts: number, count: number): void {
    this.lostMarks.push({ cpu, ts, count });
  }
  /** Event counts by name. */
  counts(): Record<string, number> {
    const c: Record<string, number> = {};
    for (const e of this.events) c[e.name] = (c[e.name] ?? 0) + 1;
    return c;
  }
}

/** Feed `data` to a push parser in chunks of `size` bytes (exercises lines spanning chunks). */
export function feed<R>(p: { push(c: Uint8Array): void; end(): R }, data: Uint8Array, size = 4096): R {
  for (let i = 0; i < data.length; i += size) p.push(data.subarray(i, i + size));
  return p.end();
}

/** UTF-8 bytes of a string (test input). */
export function bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
