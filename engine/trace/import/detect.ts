/**
 * Trace format auto-detection from the first bytes, and dispatch to the
 * importer: trace.dat (binary, this folder) or the text parsers of
 * import/text (tracefs, trace-cmd report, perf script, QEMU `-trace kvm_*`)
 * and import/strace. gzip/zstd wrappers are detected so callers can unwrap
 * them; xz is reported as unsupported.
 */
import { sniffStrace } from './strace/strace.ts';
import { isTraceDat } from './tracedat/container.ts';
import { sniffPerfScript, sniffTraceCmdReport, sniffTracefs } from './text/ftrace.ts';
import { sniffQemuTrace } from './text/qemu.ts';

export type TraceFormat =
  | 'trace.dat' | 'trace-cmd' | 'perf-script' | 'tracefs' | 'qemu-trace' | 'strace'
  | 'gzip' | 'zstd' | 'xz' | 'unknown';

/** How many leading bytes detectFormat() looks at. */
export const DETECT_BYTES = 64 * 1024;

/** The format of a trace from its first bytes (pass at least DETECT_BYTES when available). */
export function detectFormat(first: Uint8Array): TraceFormat {
  const b = first;
  if (isTraceDat(b)) return 'trace.dat';
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b.length >= 4 && b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return 'zstd';
  if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0x00) return 'xz';
  const head = b.subarray(0, DETECT_BYTES);
  // Most specific first: strace lines ("[pid N] ioctl(") would also look like
  // "comm-pid" ftrace text to the looser sniffers; QEMU's "PID@TIME:kvm_…"
  // has no CPU column. Then perf script names "sys:event:", trace-cmd has
  // "cpus=N" and no flags column.
  if (sniffStrace(head)) return 'strace';
  if (sniffQemuTrace(head)) return 'qemu-trace';
  if (sniffPerfScript(head)) return 'perf-script';
  if (sniffTraceCmdReport(head)) return 'trace-cmd';
  if (sniffTracefs(head)) return 'tracefs';
  return 'unknown';
}
