/**
 * What every text importer shares: options, the result summary, lenient/strict
 * error handling, and the async driver that feeds chunks with progress/cancel.
 *
 * Error policy (default lenient): a line that does not parse is skipped and
 * counted; the first `maxErrors` PsError PS305 (with line number and what was
 * expected) are kept in the result so the UI can show them. `strict: true`
 * throws the first one instead. Either way the importer never throws anything
 * but PsError and always terminates.
 */
import { PsError } from '../../../errors.ts';
import type { Progress } from '../../types.ts';
import { decodeLatin1 } from './bytes.ts';

export interface TextImportOptions {
  /** Stop at the first bad line (PsError PS305) instead of skipping it. Default false. */
  strict?: boolean;
  /** How many bad-line errors and warnings to keep in the result. Default 20. */
  maxErrors?: number;
  /** File name used in error locations. */
  file?: string;
}

export interface TextImportResult {
  /** Format that was parsed ("tracefs", "trace-cmd", "perf-script", "qemu-trace", "strace"). */
  format: string;
  /** Lines seen (the last line counts even without a trailing newline). */
  lines: number;
  /** Events handed to the sink. */
  events: number;
  /** Header/comment/blank/non-trace lines that were skipped on purpose. */
  skipped: number;
  /** Lines that did not parse (lenient mode). */
  bad: number;
  /** The first bad lines, as PsError PS305. */
  errors: PsError[];
  /** Events whose name is known but whose payload matched no known print format (kept as `payload`). */
  undecoded: number;
  /** The first undecoded payloads: "line N: kvm_exit: <payload>". */
  warnings: string[];
  /** Lost events: sum of `CPU:N [LOST x EVENTS]` lines plus entries-written − entries-in-buffer. -1 if some count is unknown. */
  lost: number;
  /** Header facts (`tracer`, `entries`, `written`, `cpus`, `version`, `instances`…) when the text has them. */
  header: Record<string, string | number>;
  /** True when the text carries no timestamps and `ts` is the event's ordinal instead. */
  syntheticTime: boolean;
}

/** A push parser: feed byte chunks in order, then end(). Lines may span chunks. */
export interface StreamingParser<R extends TextImportResult = TextImportResult> {
  push(chunk: Uint8Array): void;
  end(): R;
}

export function emptyResult(format: string): TextImportResult {
  return {
    format, lines: 0, events: 0, skipped: 0, bad: 0, errors: [], undecoded: 0, warnings: [],
    lost: 0, header: {}, syntheticTime: false,
  };
}

/** Collects bad lines and warnings; throws in strict mode. */
export class Diagnostics {
  private readonly max: number;
  private readonly strict: boolean;
  private readonly file: string | undefined;
  constructor(private readonly result: TextImportResult, opts: TextImportOptions) {
    this.max = opts.maxErrors ?? 20;
    this.strict = opts.strict ?? false;
    this.file = opts.file;
  }

  /** A line that could not be parsed: `expected` says what the parser was looking for. */
  bad(line: number, offset: number, buf: Uint8Array, start: number, end: number, expected: string): void {
    this.result.bad++;
    if (!this.strict && this.result.errors.length >= this.max) return;
    const shown = decodeLatin1(buf, start, Math.min(end, start + 160));
    const err = new PsError('PS305', `expected ${expected}; got "${shown}${end - start > 160 ? '…' : ''}"`, {
      ...(this.file ? { file: this.file } : {}), line, offset,
    });
    if (this.strict) throw err;
    this.result.errors.push(err);
  }

  /** A known event whose payload matched no print format. */
  undecoded(line: number, name: string, payload: string): void {
    this.result.undecoded++;
    if (this.result.warnings.length < this.max) this.result.warnings.push(`line ${line}: ${name}: ${payload}`);
  }
}

/** Source of chunks: an async or sync iterable of bytes (fs stream, File.stream(), arrays in tests). */
export type ChunkSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Feed `source` into `parser`, reporting progress after every chunk.
 * `progress` returning false cancels with PsError PS304. `totalBytes` is only
 * passed through to `progress` (0 when unknown).
 */
export async function runImport<R extends TextImportResult>(
  parser: StreamingParser<R>, source: ChunkSource, progress?: Progress, totalBytes = 0,
): Promise<R> {
  let done = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array>) {
    parser.push(chunk);
    done += chunk.length;
    if (progress && !progress(done, totalBytes)) {
      throw new PsError('PS304', `stopped by the user after ${done} bytes`, { offset: done });
    }
  }
  return parser.end();
}
