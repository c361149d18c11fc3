/**
 * Print-format templates: a tiny, byte-level `sscanf` for kernel TP_printk
 * output. Each event's formats are written once as templates (derived from the
 * kernel's TP_printk strings and libtraceevent's plugin printers) and compiled
 * to an op list that decodes a payload slice into named fields without
 * allocating per line.
 *
 * Syntax: literal text, where one space matches one or more blanks, and
 *   {f:x}    hex digits (no prefix)           {f:X}  hex with optional `0x`
 *   {f:u}    unsigned decimal                 {f:d}  signed decimal
 *   {f:i}    C integer (`0x…` or decimal)
 *   {f:w}    a word (run of non-blanks)       {f:r}  the rest of the payload
 *   {f:t:S}  text up to (not including) the literal S
 *   {f:e:a=1,b=2,c}  one of the listed words; the value after `=` (number) or the word
 *   {f:?S}   1 if the literal S is present here, else 0
 *   {f:b:g}  hex bytes `b0 41 …` → "b041…"; the byte count goes to field g
 *   {{       a literal `{`
 * Fields a template does not mention are set to '' (not present in this format).
 */
import type { FieldValue } from '../../types.ts';
import {
  ByteInterner, SP, TAB, ascii, decodeText, hexVal, newCursor, parseCInt, parseDec, parseHex,
  startsWith, indexOf,
} from './bytes.ts';

const enum Op {
  Lit, Space, Hex, HexP, Udec, Sdec, CInt, Word, Rest, Until, Enum, Flag, Bytes,
}

/** One op. Every step has every property so the matcher's loads stay monomorphic. */
interface Step {
  op: Op;
  slot: number;          // target field index (-1: none)
  lit: Uint8Array;       // Lit, Until, Flag
  alts: Uint8Array[];    // Enum (longest first)
  altVals: FieldValue[];
  slot2: number;         // Bytes: byte-count field
}

const NO_BYTES = new Uint8Array(0);
function step(op: Op, slot: number, extra: Partial<Step> = {}): Step {
  return {
    op, slot, lit: extra.lit ?? NO_BYTES, alts: extra.alts ?? [], altVals: extra.altVals ?? [], slot2: extra.slot2 ?? -1,
  };
}

/** A compiled template bound to an event's field list. */
export interface Compiled {
  readonly source: string;
  readonly steps: readonly Step[];
  /** Field slots this template never sets (filled with ''). */
  readonly unset: readonly number[];
}

/** Words and text fields are interned: the same reason/comm/bytes repeat millions of times. */
const textInterner = new ByteInterner<string>(decodeText, 1 << 16);
const bytesInterner = new ByteInterner<string>((buf, s, e) => {
  let out = '';
  for (let k = s; k < e; k++) if (buf[k] !== SP) out += String.fromCharCode(buf[k]! | 0x20);
  return out;
}, 1 << 17);

/** Compile `template` for an event whose fields are `fields` (throws on a template bug: programmer error). */
export function compile(template: string, fields: readonly string[]): Compiled {
  const steps: Step[] = [];
  const used = new Set<number>();
  const slotOf = (name: string): number => {
    const i = fields.indexOf(name);
    if (i < 0) throw new Error(`template field ${name} not in [${fields.join(', ')}]: ${template}`);
    used.add(i);
    return i;
  };
  let lit = '';
  const flushLit = (): void => {
    if (!lit) return;
    // Split literal runs on spaces: a space becomes a Space op (1+ blanks).
    let cur = '';
    for (const ch of lit) {
      if (ch === ' ') {
        if (cur) steps.push(step(Op.Lit, -1, { lit: ascii(cur) }));
        cur = '';
        const prev = steps[steps.length - 1];
        if (!prev || prev.op !== Op.Space) steps.push(step(Op.Space, -1));
      } else cur += ch;
    }
    if (cur) steps.push(step(Op.Lit, -1, { lit: ascii(cur) }));
    lit = '';
  };
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch !== '{') { lit += ch; i++; continue; }
    if (template[i + 1] === '{') { lit += '{'; i += 2; continue; }
    const close = template.indexOf('}', i);
    if (close < 0) throw new Error(`unclosed { in template ${template}`);
    flushLit();
    const spec = template.slice(i + 1, close);
    i = close + 1;
    const c1 = spec.indexOf(':');
    const name = spec.slice(0, c1);
    const kind = spec[c1 + 1]!;
    const arg = spec.slice(c1 + 2).replace(/^:/, '');
    const slot = slotOf(name);
    switch (kind) {
      case 'x': steps.push(step(Op.Hex, slot)); break;
      case 'X': steps.push(step(Op.HexP, slot)); break;
      case 'u': steps.push(step(Op.Udec, slot)); break;
      case 'd': steps.push(step(Op.Sdec, slot)); break;
      case 'i': steps.push(step(Op.CInt, slot)); break;
      case 'w': steps.push(step(Op.Word, slot)); break;
      case 'r': steps.push(step(Op.Rest, slot)); break;
      case 't': steps.push(step(Op.Until, slot, { lit: ascii(arg) })); break;
      case '?': steps.push(step(Op.Flag, slot, { lit: ascii(spec.slice(c1 + 2)) })); break;
      case 'b': steps.push(step(Op.Bytes, slot, { slot2: slotOf(arg) })); break;
      case 'e': {
        const pairs = arg.split(',').map((p) => {
          const eq = p.lastIndexOf('=');
          return eq < 0 ? { w: p, v: p as FieldValue } : { w: p.slice(0, eq), v: Number(p.slice(eq + 1)) as FieldValue };
        });
        pairs.sort((a, b) => b.w.length - a.w.length);
        steps.push(step(Op.Enum, slot, { alts: pairs.map((p) => ascii(p.w)), altVals: pairs.map((p) => p.v) }));
        break;
      }
      default: throw new Error(`bad template op ${kind} in ${template}`);
    }
  }
  flushLit();
  const unset: number[] = [];
  for (let k = 0; k < fields.length; k++) if (!used.has(k)) unset.push(k);
  return { source: template, steps, unset };
}

const cur = newCursor();

/**
 * Match `t` against buf[start, end) (already trimmed of surrounding blanks),
 * writing field values into `out`. Returns true only when the whole slice is consumed.
 */
export function match(t: Compiled, buf: Uint8Array, start: number, end: number, out: FieldValue[]): boolean {
  let i = start;
  const steps = t.steps;
  for (let s = 0; s < steps.length; s++) {
    const st = steps[s]!;
    switch (st.op) {
      case Op.Lit: {
        const lit = st.lit;
        const n = lit.length;
        if (end - i < n) return false;
        for (let k = 0; k < n; k++) if (buf[i + k] !== lit[k]) return false;
        i += n;
        break;
      }
      case Op.Space: {
        if (i >= end) {
          // A trailing space in the format (e.g. kvm_pio's empty "%s") is trimmed away.
          if (s === steps.length - 1 || onlyOptionalLeft(steps, s + 1)) break;
          return false;
        }
        if (buf[i] !== SP && buf[i] !== TAB) return false;
        while (i < end && (buf[i] === SP || buf[i] === TAB)) i++;
        break;
      }
      case Op.Hex:
        if (!parseHex(buf, i, end, cur)) return false;
        out[st.slot] = cur.value; i = cur.next; break;
      case Op.HexP:
        if (i + 1 < end && buf[i] === 0x30 && (buf[i + 1]! | 0x20) === 0x78) i += 2;
        if (!parseHex(buf, i, end, cur)) return false;
        out[st.slot] = cur.value; i = cur.next; break;
      case Op.Udec:
        if (!parseDec(buf, i, end, cur, false)) return false;
        out[st.slot] = cur.value; i = cur.next; break;
      case Op.Sdec:
        if (!parseDec(buf, i, end, cur, true)) return false;
        out[st.slot] = cur.value; i = cur.next; break;
      case Op.CInt:
        if (!parseCInt(buf, i, end, cur)) return false;
        out[st.slot] = cur.value; i = cur.next; break;
      case Op.Word: {
        const b = i;
        while (i < end && buf[i] !== SP && buf[i] !== TAB) i++;
        if (i === b) return false;
        // A word directly followed by a literal (e.g. "{x:w})") must stop at it.
        const nx = steps[s + 1];
        if (nx && nx.op === Op.Lit) {
          const p = indexOf(buf, b, i, nx.lit);
          if (p > b) i = p;
        }
        out[st.slot] = textInterner.get(buf, b, i);
        break;
      }
      case Op.Rest:
        while (i < end && (buf[i] === SP || buf[i] === TAB)) i++;
        out[st.slot] = textInterner.get(buf, i, end);
        i = end;
        break;
      case Op.Until: {
        const p = indexOf(buf, i, end, st.lit);
        if (p < 0) return false;
        out[st.slot] = textInterner.get(buf, i, p);
        i = p;
        break;
      }
      case Op.Enum: {
        const alts = st.alts;
        let hit = -1;
        for (let a = 0; a < alts.length; a++) if (startsWith(buf, i, end, alts[a]!)) { hit = a; break; }
        if (hit < 0) return false;
        out[st.slot] = st.altVals[hit]!;
        i += alts[hit]!.length;
        break;
      }
      case Op.Flag: {
        if (startsWith(buf, i, end, st.lit)) { out[st.slot] = 1; i += st.lit.length; }
        else out[st.slot] = 0;
        break;
      }
      case Op.Bytes: {
        const b = i;
        let n = 0;
        while (i + 1 < end && hexVal(buf[i]!) >= 0 && hexVal(buf[i + 1]!) >= 0) {
          n++;
          i += 2;
          // continue over " xx" only when another byte (and then a blank or the end) follows
          if (i + 2 < end && buf[i] === SP && hexVal(buf[i + 1]!) >= 0 && hexVal(buf[i + 2]!) >= 0
              && (i + 3 === end || buf[i + 3] === SP || buf[i + 3] === TAB)) { i++; continue; }
          if (i + 3 === end && buf[i] === SP && hexVal(buf[i + 1]!) >= 0 && hexVal(buf[i + 2]!) >= 0) { i++; continue; }
          break;
        }
        out[st.slot] = n === 0 ? '' : bytesInterner.get(buf, b, i);
        out[st.slot2] = n;
        break;
      }
    }
  }
  if (i !== end) return false;
  const unset = t.unset;
  for (let k = 0; k < unset.length; k++) out[unset[k]!] = '';
  return true;
}

function onlyOptionalLeft(steps: readonly Step[], from: number): boolean {
  for (let k = from; k < steps.length; k++) {
    const op = steps[k]!.op;
    if (op !== Op.Flag && op !== Op.Space) return false;
  }
  return true;
}

/** Is this byte a blank? (re-exported for callers that trim payloads). */
export function blank(c: number): boolean {
  return c === SP || c === TAB;
}
