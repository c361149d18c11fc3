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
