/**
 * One registry of Planescope's own error codes (not KVM errno: those live in
 * engine/kvm/uapi/errno.ts). Every importer, the assembler, the CLI, the worker
 * protocol and the UI report problems as a PsError with a code from here, plus
 * *where* (file offset, line/column, event seq) and *why*.
 *
 * Ranges: PS1xx workspace/recordings/conformance/CLI, PS2xx assembler,
 * PS3xx trace importers, PS4xx guest CPU, PS5xx worker protocol/UI.
 */
export const ERROR_CODES = {
  // PS1xx: recordings, conformance, CLI
  PS100: { title: 'file not found', hint: 'check the path' },
  PS101: { title: 'malformed JSON', hint: 'the file is not valid JSON; see line/column' },
  PS102: { title: 'unknown recording format', hint: 'expected "format": "kvmlab-truth/2"' },
  PS103: { title: 'invalid event in recording', hint: 'an event lacks a field the format requires' },
  PS104: { title: 'unknown command or option', hint: 'run planescope --help' },
  PS105: { title: 'unsupported compression', hint: 'plain JSON or gzip are supported; decompress xz first' },
  PS106: { title: 'corrupt compressed data', hint: 'the gzip stream is truncated or damaged; copy the file again' },
  // PS16x: KVM model (engine/kvm, engine/mem)
  PS160: { title: 'VMM access to unmapped host memory', hint: 'the address is not mapped in the modelled VMM process (mmap it first)' },
  PS161: { title: 'unknown host profile', hint: 'see planescope info for the host profiles' },
  // PS2xx: assembler
  PS200: { title: 'assembly syntax error', hint: 'see line and column' },
  PS201: { title: 'unknown mnemonic', hint: 'the instruction is not in the supported set' },
  PS202: { title: 'invalid operands', hint: 'no encoding of this instruction takes these operands' },
  PS203: { title: 'undefined symbol', hint: 'define the label or constant' },
  PS204: { title: 'value out of range', hint: 'the value does not fit the operand size' },
  // PS3xx: trace importers
  PS300: { title: 'unrecognised trace format', hint: 'supported: trace.dat v6/v7, tracefs text, trace-cmd report, perf script, QEMU trace, strace' },
  PS301: { title: 'truncated trace file', hint: 'the file ends before the structure it announced' },
  PS302: { title: 'corrupt trace file', hint: 'a field has an impossible value' },
  PS303: { title: 'unsupported trace feature', hint: 'the file uses a feature this importer does not decode' },
  PS304: { title: 'import cancelled', hint: '' },
  PS305: { title: 'unparseable trace line', hint: 'the line does not match the expected layout' },
  PS306: { title: 'guest trace does not match the host trace', hint: 'record host and guest together (trace-cmd record -A): the host file needs a GUEST option with the guest file\'s trace id' },
  // PS4xx: guest CPU
  PS400: { title: 'guest execution limit reached', hint: 'raise --max-instructions' },
  // PS5xx: worker protocol and UI
  PS500: { title: 'unknown request', hint: 'the app and the engine worker are out of step' },
  PS501: { title: 'engine worker crashed', hint: 'the workspace was restored from the last snapshot' },
  PS502: { title: 'invalid request arguments', hint: '' },
  PS503: { title: 'internal engine error', hint: 'an engine bug: please report it with the workspace and position' },
  PS504: { title: 'no workspace open', hint: 'open a sample or a recording first' },
  // PS51x: program workspace (engine/session/program.ts)
  PS510: { title: 'program has assembly errors', hint: 'fix the errors marked in the editor, then assemble and load again' },
  PS511: { title: 'too many breakpoints', hint: 'the emulate backend has only the 4 debug registers DR0-DR3 (its KVM executes INT3 itself, so no software breakpoints): remove one first, or use the hardware backend' },
  PS512: { title: 'built-in VMM could not set up the VM', hint: 'the program must fit below 640 KiB (org + size)' },
  PS513: { title: 'program log limit reached', hint: 'step back or reset: the workspace log holds its maximum number of events' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where a problem is: any subset of these. */
export interface ErrorWhere {
  file?: string;
  offset?: number;   // byte offset
  line?: number;     // 1-based
  column?: number;   // 1-based
  seq?: number;      // recording event
}

/** An error with a registry code, a location and a reason. Crosses the worker boundary as plain data (toJSON). */
export class PsError extends Error {
  readonly code: ErrorCode;
  readonly where: ErrorWhere;
  constructor(code: ErrorCode, detail: string, where: ErrorWhere = {}) {
    super(`${code} ${ERROR_CODES[code].title}${formatWhere(where)}: ${detail}`);
    this.name = 'PsError';
    this.code = code;
    this.where = where;
  }
  toJSON(): { code: ErrorCode; message: string; where: ErrorWhere } {
    return { code: this.code, message: this.message, where: this.where };
  }
}

export function formatWhere(w: ErrorWhere): string {
  const parts: string[] = [];
  if (w.file) parts.push(w.file);
  if (w.line !== undefined) parts.push(`line ${w.line}${w.column !== undefined ? `, column ${w.column}` : ''}`);
  if (w.offset !== undefined) parts.push(`byte offset ${w.offset}`);
  if (w.seq !== undefined) parts.push(`event seq ${w.seq}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
