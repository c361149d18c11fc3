import { describe, expect, it } from 'vitest';
import { isRecordingName } from './file-kind.ts';

describe('isRecordingName', () => {
  it('routes JSON (kvmlab-truth/2) to the recording workspace, gzipped or not', () => {
    expect(isRecordingName('io.truth.json')).toBe(true);
    expect(isRecordingName('errors.truth.json.gz')).toBe(true);
    expect(isRecordingName('broken.JSON')).toBe(true);
  });
  it('routes every trace format to the trace workspace', () => {
    for (const n of ['qemu_boot.trace.dat', 'boot.ftrace.txt', 'io.strace', 'run.tracecmd.txt', 'x.trace.dat.gz', 'perf.script', 'json.dat']) {
      expect(isRecordingName(n), n).toBe(false);
    }
  });
});
