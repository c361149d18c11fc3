/**
 * The contract between trace importers (engine/trace/import/*) and the event
 * store (engine/trace/store). Importers stream; the store interns and packs.
 * Timestamps are nanoseconds as float64 (exact below 2^53 ns, ~104 days).
 */

/** Field value as decoded from a trace. Integers above 2^53 stay bigint. */
export type FieldValue = number | bigint | string;

/** Where importers put what they decode. Implemented by the columnar store. */
export interface TraceSink {
  /** Declare an event type once (system "kvm", name "kvm_exit", field names in format order); returns its id. */
  eventType(system: string, name: string, fieldNames: readonly string[]): number;
  /** Append one event; `fields` aligned with the names given to eventType(). */
  event(type: number, ts: number, cpu: number, pid: number, comm: string, fields: readonly FieldValue[]): void;
  /** The ring buffer or the text reported `count` lost events on `cpu` at `ts` (count -1 = unknown). */
  lost(cpu: number, ts: number, count: number): void;
}

/** Progress callback for streaming imports; return false to cancel. */
export type Progress = (bytesDone: number, bytesTotal: number) => boolean;

/**
 * Decodes, on demand, the fields of events a binary importer appended with
 * RawTraceSink.rawEvent(): the store keeps only `ref`, the source keeps the
 * original record bytes (so per-event memory stays small).
 */
export interface PayloadSource {
  /** All fields of the event stored with `ref`, aligned with its type's field names. */
  fields(ref: number): FieldValue[];
  /** The raw record bytes (for a hex view), when the source has them. */
  bytes?(ref: number): Uint8Array | undefined;
  /** Bytes the source keeps alive (for memory accounting). */
  readonly byteLength?: number;
}

/**
 * Optional fast path a sink may offer (the columnar store does): events are
 * appended without materialising their fields. Importers check isRawSink().
 */
export interface RawTraceSink extends TraceSink {
  /** Interns a string (comm); returns its id. */
  intern(s: string): number;
  /** Subsequent rawEvent() refs belong to `src`. */
  beginSource(src: PayloadSource): void;
  /** Indexes (in the type's field names) of the two hot numeric columns arg0/arg1, -1 = none. */
  hotFields(type: number): readonly [number, number];
  /** Appends one event; arg0/arg1 are the values of hotFields(type) (0 when none). */
  rawEvent(type: number, ts: number, cpu: number, pid: number, commId: number, ref: number, arg0: number, arg1: number): void;
}

/** True when `s` implements the RawTraceSink fast path. */
export function isRawSink(s: TraceSink): s is RawTraceSink {
  return typeof (s as Partial<RawTraceSink>).rawEvent === 'function';
}
