/**
 * Public surface of the text trace importers (tracefs, trace-cmd report,
 * perf script, QEMU trace). Each format: a `sniff*(firstBytes)` and a push
 * parser (`new XParser(sink, …)`, `push(chunk)`…, `end()` → TextImportResult);
 * `runImport(parser, chunks, progress)` drives one over a stream with cancel.
 */
export { FtraceTextParser, sniffPerfScript, sniffTraceCmdReport, sniffTracefs, type FtraceFormat } from './ftrace.ts';
export { QemuTraceParser, QEMU_KVM_EVENTS, sniffQemuTrace } from './qemu.ts';
export {
  runImport, type ChunkSource, type StreamingParser, type TextImportOptions, type TextImportResult,
} from './importer.ts';
export { KVM_EVENTS, systemOf, type EventDef } from './kvm-events.ts';
export { resolveExitReason, KVM_EXIT } from './kvm-names.ts';
