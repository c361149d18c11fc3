/**
 * libtraceevent's fallback form. When it cannot parse an event's print format
 * (perf 6.1 on kernel 6.18's `kvm_inj_exception`: "bad op token }" for the
 * empty `__print_symbolic(error_code, { })`), `perf script` prints the raw
 * TP_STRUCT fields instead:
 *   `[FAILED TO PARSE] exception=14 has_error=1 error_code=0 reinjected=0`
 * Numbers come as decimal (signed or not) or `0x…` (pointers, longs); arrays and
 * strings as text. The field names are the kernel's, i.e. the catalog's.
 */
import type { FieldValue } from '../../types.ts';
import { SP, TAB, ascii, decodeText, isDigit, newCursor, parseDec, parseHex, startsWith } from './bytes.ts';
import type { EventDef } from './kvm-events.ts';

const LIT = ascii('[FAILED TO PARSE]');
const EQ = 0x3d;
const cur = newCursor();

/** True when the payload buf[ps, pe) is libtraceevent's `[FAILED TO PARSE] …` form. */
export function isFailedToParse(buf: Uint8Array, ps: number, pe: number): boolean {
  return buf[ps] === 0x5b && startsWith(buf, ps, pe, LIT);
}

function isIdent(c: number, first: boolean): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (!first && isDigit(c));
}

/** Start of the next " name=" after `i` (a value may contain blanks: strings), or `pe`. */
function nextPair(buf: Uint8Array, i: number, pe: number): number {
  for (let k = i; k < pe; k++) {
    if (buf[k] !== SP && buf[k] !== TAB) continue;
    let n = k + 1;
    if (n >= pe || !isIdent(buf[n]!, true)) continue;
    while (n < pe && isIdent(buf[n]!, false)) n++;
    if (buf[n] === EQ) return k;
  }
  return pe;
}

/** A value's text → number (bigint above 2^53) when it is one, else the text. */
function value(buf: Uint8Array, s: number, e: number): FieldValue {
  if (e - s > 2 && buf[s] === 0x30 && (buf[s + 1] === 0x78 || buf[s + 1] === 0x58)) {
    if (parseHex(buf, s + 2, e, cur) && cur.next === e) return cur.value;
  } else if (parseDec(buf, s, e, cur, true) && cur.next === e) return cur.value;
  return decodeText(buf, s, e);
}

/**
 * Fills `out` (the event's field list, `def.fields` order) from the `name=value`
 * pairs of a `[FAILED TO PARSE]` payload; fields it does not name stay ''.
 * Derived fields (printed symbols) are filled by `def.fromRaw`. False when no
 * pair names a field of `def` (the caller then keeps the raw payload).
 */
export function decodeFailedToParse(def: EventDef, buf: Uint8Array, ps: number, pe: number, out: FieldValue[]): boolean {
  out.fill('');
  let hits = 0;
  let i = ps + LIT.length;
  while (i < pe) {
    while (i < pe && (buf[i] === SP || buf[i] === TAB)) i++;
    const ns = i;
    while (i < pe && isIdent(buf[i]!, i === ns)) i++;
    if (i === ns || buf[i] !== EQ) return false; // not "name=": some other text
    const name = decodeText(buf, ns, i);
    const vs = i + 1;
    const ve = nextPair(buf, vs, pe);
    const slot = def.fields.indexOf(name);
    if (slot >= 0) { out[slot] = value(buf, vs, ve); hits++; }
    i = ve;
  }
  if (hits === 0) return false;
  def.fromRaw?.(out);
  return true;
}
