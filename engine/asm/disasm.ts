/**
 * Disassembly formatting with iced-x86's NASM formatter. Hex numbers are always written `0x1f`
 * (NASM prefix style, lower case, small values 0–9 in decimal) so the text is valid input for
 * `assemble()`. Undecodable bytes become one `(bad)` line per byte, so a listing never stalls.
 *
 * iced-x86 is wasm without finalizers: the formatter and the instruction are created once (lazily)
 * and reused; each call's Decoder is freed before returning.
 */
import { Code, Decoder, DecoderOptions, Formatter, FormatterSyntax, Instruction } from 'iced-x86';

export interface DisasmLine {
  address: number;
  length: number;
  /** Instruction bytes as lower-case hex pairs separated by spaces ("0f 01 d9"). */
  bytes: string;
  text: string;
}

export interface DisasmOptions {
  /** Stop after this many lines (default: decode everything). */
  maxInstructions?: number;
}

let fmt: Formatter | undefined;
let scratch: Instruction | undefined;

function formatter(): Formatter {
  if (!fmt) {
    fmt = new Formatter(FormatterSyntax.Nasm);
    fmt.hexPrefix = '0x';
    fmt.hexSuffix = '';
    fmt.uppercaseHex = false;
    fmt.spaceAfterOperandSeparator = true;
    fmt.addLeadingZeroToHexNumbers = false;
    fmt.branchLeadingZeros = false;
    fmt.leadingZeros = false;
    fmt.displacementLeadingZeros = false;
    scratch = new Instruction();
  }
  return fmt;
}

function hex(bytes: Uint8Array, from: number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += (i ? ' ' : '') + bytes[from + i].toString(16).padStart(2, '0');
  return s;
}

/** Decodes `bytes` loaded at `address` in a 16/32/64-bit code segment into formatted lines. */
export function disassemble(bytes: Uint8Array, address: number, bits: 16 | 32 | 64, opts: DisasmOptions = {}): DisasmLine[] {
  const f = formatter();
  const ins = scratch!;
  const max = opts.maxInstructions ?? Infinity;
  const out: DisasmLine[] = [];
  const dec = new Decoder(bits, bytes, DecoderOptions.None);
  try {
    let pos = 0;
    while (pos < bytes.length && out.length < max) {
      dec.position = pos;
      dec.ip = BigInt(address + pos);
      dec.decodeOut(ins);
      const len = ins.length;
      if (ins.code === Code.INVALID || len === 0) {
        out.push({ address: address + pos, length: 1, bytes: hex(bytes, pos, 1), text: '(bad)' });
        pos += 1;
        continue;
      }
      out.push({ address: address + pos, length: len, bytes: hex(bytes, pos, len), text: f.format(ins) });
      pos += len;
    }
  } finally {
    dec.free();
  }
  return out;
}
