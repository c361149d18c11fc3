/**
 * Public surface of the strace importer: `sniffStrace(firstBytes)`, the push
 * parser `StraceParser(sink, opts)` whose end() returns the ioctl log with the
 * usual TextImportResult counters, and the log entry / argument types.
 */
export { StraceParser, parseRequest, sniffStrace, type IoctlLogEntry, type StraceImportResult } from './strace.ts';
export { type ArgValue, type Unknown, isUnknown } from './values.ts';
export { KVM_IOCTLS, KVM_IOCTLS_BY_NR, type IoctlInfo } from './kvm-ioctls.ts';
export { ERRNO } from './errno.ts';
