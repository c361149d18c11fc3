/**
 * Event-name lookup and payload decoding on top of the template table. One
 * catalog per import: it declares event types on the sink lazily (only events
 * that occur), remembers which print-format variant a file uses, and turns
 * unknown events or unknown formats into a single `payload` string field.
 */
import type { FieldValue, TraceSink } from '../../types.ts';
import { ByteInterner, decodeText } from './bytes.ts';
import { decodeFailedToParse, isFailedToParse } from './failed-to-parse.ts';
import { KVM_EVENTS, systemOf, type EventDef } from './kvm-events.ts';
import type { PayloadDecoder } from './payloads.ts';
import { compile, match, type Compiled } from './template.ts';

export interface CatalogEntry {
  /** Small dense id (0, 1, …) per catalog: keys the decode memo. */
  readonly id: number;
  readonly name: string;
  readonly system: string;
  readonly def: EventDef | undefined;
  readonly formats: Compiled[];
  /** Index of the format that matched last (tried first). */
  last: number;
  /** Sink type id for the decoded field list (-1 until first use). */
  typeId: number;
  /** Sink type id for the raw `payload` form (-1 until first use). */
  rawTypeId: number;
  /** Reused field array for this event type. */
  readonly values: FieldValue[];
}

/** Compiled templates are shared by every import (they are immutable). */
const compiledCache = new Map<string, Compiled[]>();
function compiledFor(def: EventDef): Compiled[] {
  let c = compiledCache.get(def.name);
  if (!c) {
    c = def.formats.map((f) => compile(f, def.fields));
    compiledCache.set(def.name, c);
  }
  return c;
}

const rawValues: FieldValue[] = [''];

export class EventCatalog implements PayloadDecoder {
  private readonly byName: ByteInterner<CatalogEntry>;
  /** Catalog entry behind each sink type id this catalog declared (for redecode()). */
  private readonly entryOfType: CatalogEntry[] = [];
  private entries = 0;
  /** Set by decode(): the type id and values to emit. */
  typeId = -1;
  /** Set by decode(): index of the print format that matched, -1 for the raw `payload` form. */
  format = -1;
  values: FieldValue[] = rawValues;
  /** True when the last decode() fell back to the raw payload of a known event. */
  undecoded = false;

  /**
   * `table` gives the decodable events; `systemFor` names the system of events
   * the text does not qualify (default: kvm/kvmmmu by name, '' when unknown).
   */
  constructor(
    private readonly sink: TraceSink,
    table: ReadonlyMap<string, EventDef> = KVM_EVENTS,
    systemFor: (name: string) => string = systemOf,
  ) {
    // Names may carry a system prefix ("kvm:kvm_exit" from perf script).
    this.byName = new ByteInterner<CatalogEntry>((buf, s, e) => {
      const full = decodeText(buf, s, e);
      const colon = full.indexOf(':');
      const name = colon >= 0 ? full.slice(colon + 1) : full;
      const def = table.get(name);
      const system = colon >= 0 ? full.slice(0, colon) : def ? def.system : systemFor(name);
      return {
        id: this.entries++, name, system, def, formats: def ? compiledFor(def) : [], last: 0, typeId: -1, rawTypeId: -1,
        values: def ? new Array<FieldValue>(def.fields.length).fill('') : [],
      };
    }, 1 << 14);
  }

  /** The entry for the event name in buf[start, end) (may include a `system:` prefix). */
  entry(buf: Uint8Array, start: number, end: number): CatalogEntry {
    return this.byName.get(buf, start, end);
  }

  /**
   * Decode the payload buf[ps, pe) (trimmed) of an `e` event. Afterwards
   * `typeId`/`values` hold what to hand to the sink.
   */
  decode(e: CatalogEntry, buf: Uint8Array, ps: number, pe: number): void {
    const fmts = e.formats;
    if (fmts.length > 0) {
      const out = e.values;
      let hit = -1;
      if (match(fmts[e.last]!, buf, ps, pe, out)) hit = e.last;
      else {
        for (let k = 0; k < fmts.length; k++) {
          if (k !== e.last && match(fmts[k]!, buf, ps, pe, out)) { hit = k; break; }
        }
      }
      if (hit >= 0) {
        e.last = hit;
        if (e.def!.post) e.def!.post(out);
        if (e.typeId < 0) { e.typeId = this.sink.eventType(e.system, e.name, e.def!.fields); this.entryOfType[e.typeId] = e; }
        this.typeId = e.typeId;
        this.format = hit;
        this.values = out;
        this.undecoded = false;
        return;
      }
      // libtraceevent could not parse the event's print format (perf script prints
      // "[FAILED TO PARSE] field=value …"): the raw TP_STRUCT fields, by name.
      if (isFailedToParse(buf, ps, pe) && decodeFailedToParse(e.def!, buf, ps, pe, out)) {
        if (e.typeId < 0) { e.typeId = this.sink.eventType(e.system, e.name, e.def!.fields); this.entryOfType[e.typeId] = e; }
        this.typeId = e.typeId;
        this.format = fmts.length; // one past the templates: redecode() knows it is this form
        this.values = out;
        this.undecoded = false;
        return;
      }
    }
    if (e.rawTypeId < 0) { e.rawTypeId = this.sink.eventType(e.system, e.name, ['payload']); this.entryOfType[e.rawTypeId] = e; }
    rawValues[0] = decodeText(buf, ps, pe);
    this.typeId = e.rawTypeId;
    this.format = -1;
    this.values = rawValues;
    this.undecoded = fmts.length > 0;
  }

  /**
   * Decodes a stored payload again (lazy field access): same compiled format,
   * same post-processing, a fresh array. Unknown type ids give [].
   */
  redecode(typeId: number, fmt: number, buf: Uint8Array, start: number, end: number): FieldValue[] {
    const e = this.entryOfType[typeId];
    if (!e) return [];
    if (fmt < 0 || !e.def) return [decodeText(buf, start, end)];
    const out = new Array<FieldValue>(e.def.fields.length).fill('');
    if (fmt === e.formats.length) {
      return decodeFailedToParse(e.def, buf, start, end, out) ? out : [decodeText(buf, start, end)];
    }
    if (!match(e.formats[fmt]!, buf, start, end, out)) return [decodeText(buf, start, end)];
    if (e.def.post) e.def.post(out);
    return out;
  }
}
