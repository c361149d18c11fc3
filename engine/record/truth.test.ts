import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PsError } from '../errors.ts';
import { parseTruthLog, parseTruthText, sniffCompression } from './truth.ts';
import { findJsonError } from './jsonpos.ts';

const LAB = fileURLToPath(new URL('../testdata/lab/', import.meta.url));

function minimal(events: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'kvmlab-truth/2', scenario: 't', host: { backend: 'pvm' }, events, ...extra });
}

async function psError(p: Promise<unknown> | (() => unknown)): Promise<PsError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof PsError) return e;
    throw e;
  }
  throw new Error('expected a PsError');
}

describe('parseTruthLog', () => {
  it('loads every lab recording (gzip) with contiguous seq numbers', async () => {
    const files = readdirSync(LAB).filter((f) => f.endsWith('.truth.json.gz'));
    expect(files.length).toBe(12);
    for (const f of files) {
      const log = await parseTruthLog(readFileSync(LAB + f), f);
      expect(log.format).toBe('kvmlab-truth/2');
      expect(log.host.backend).toBe('pvm');
      expect(log.events.length).toBeGreaterThan(50);
      log.events.forEach((e, i) => expect(e.seq).toBe(i));
      expect(log.fileName).toBe(f);
    }
  });

  it('reads plain JSON bytes and strings alike', async () => {
    const text = minimal([{ seq: 0, t: 'note', text: 'x' }]);
    const a = await parseTruthLog(new TextEncoder().encode(text));
    const b = await parseTruthLog(text);
    expect(a).toEqual(b);
    expect(a.events[0]).toEqual({ seq: 0, t: 'note', text: 'x' });
  });

  it('gives PS106 for a truncated gzip stream', async () => {
    const gz = gzipSync(Buffer.from(minimal([{ seq: 0, t: 'note' }]).repeat(1)));
    const e = await psError(parseTruthLog(gz.subarray(0, gz.length - 12), 'cut.json.gz'));
    expect(e.code).toBe('PS106');
    expect(e.where.file).toBe('cut.json.gz');
  });

  it('gives PS105 for xz and zstd, naming the tool', async () => {
    const xz = new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0]);
    expect(sniffCompression(xz)).toBe('xz');
    const e = await psError(parseTruthLog(xz, 'dirty.truth.json.xz'));
    expect(e.code).toBe('PS105');
    expect(e.message).toContain('xz -d');
    const z = await psError(parseTruthLog(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0]), 'a.zst'));
    expect(z.code).toBe('PS105');
  });

  it('gives PS101 with line and column for malformed JSON', async () => {
    const text = '{"format":"kvmlab-truth/2",\n "events":[\n  {"seq":0,"t":"note",}\n ]}';
    const e = await psError(parseTruthLog(text, 'bad.json'));
    expect(e.code).toBe('PS101');
    // the '}' after the trailing comma: line 3, column 23
    expect(e.where).toMatchObject({ file: 'bad.json', line: 3, column: 23 });
    expect(e.message).toContain('line 3, column 23');
  });

  it('gives PS101 at the end for truncated JSON', async () => {
    const text = minimal([{ seq: 0, t: 'note' }]).slice(0, 40);
    const e = await psError(parseTruthLog(text));
    expect(e.code).toBe('PS101');
    expect(e.where.line).toBe(1);
    expect(e.where.column).toBe(41);
    expect(e.message).toContain('unterminated string');
  });

  it('gives PS102 for a missing format (v1) and for an unknown version', async () => {
    const v1 = await psError(parseTruthLog(JSON.stringify({ events: [] })));
    expect(v1.code).toBe('PS102');
    expect(v1.message).toMatch(/version 1.*cannot be replayed/);
    const v3 = await psError(parseTruthLog(JSON.stringify({ format: 'kvmlab-truth/3', events: [] })));
    expect(v3.code).toBe('PS102');
    expect(v3.message).toContain('"kvmlab-truth/3"');
    const arr = await psError(parseTruthLog('[]'));
    expect(arr.code).toBe('PS102');
  });

  it('gives PS103 with the seq of a structurally invalid event', async () => {
    const cases: [unknown[], number, RegExp][] = [
      [[{ seq: 0, t: 'note' }, { seq: 1, t: 'ioctl', fd: 4, req: 'KVM_RUN', nr: 'ae80', arg_raw: '0x0', arg: null, ret: 0 }], 1, /"nr"/],
      [[{ seq: 0, t: 'memwrite', hva: '0x1000', len: 2, data: '41' }], 0, /"data" has 1 bytes/],
      [[{ seq: 0, t: 'bogus' }], 0, /unknown event type/],
      [[{ seq: 0, t: 'note' }, { seq: 2, t: 'note' }], 2, /seq must be 1/],
      [[{ seq: 0, t: 'exit', vcpu_fd: 6, run_seq: 5, run_ret: 0, exit_reason: 5 }], 0, /not an earlier KVM_RUN/],
      [[{ seq: 0, t: 'ioctl', fd: 4, req: 'X', nr: '0x1', arg_raw: '0x0', arg: null, ret: -1 }], 0, /"errno"/],
      [[{ seq: 0, t: 'syscall', call: 'mmap', addr: '0x0', len: '0x1000', prot: 3, flags: 1, fd: 6, offset: '0x0', ok: true, ret: 'MAP_FAILED' }], 0, /"ret"/],
      [[{ seq: 0, t: 'ring_read', ring: 'dirty', vcpu_fd: 6, entries: [{ index: 0, flags: 1, slot: 1 }] }], 0, /entries\[0\]/],
    ];
    for (const [events, seq, why] of cases) {
      const e = await psError(parseTruthLog(minimal(events), 'x.json'));
      expect(e.code).toBe('PS103');
      expect(e.where.seq).toBe(seq);
      expect(e.message).toMatch(why);
    }
  });

  it('accepts the planes extension and rejects an unknown profile', async () => {
    const ok = await parseTruthLog(minimal([{ seq: 0, t: 'note' }], { profile: 'b617', host: { backend: 'spec' } }));
    expect(ok.profile).toBe('b617');
    const bad = await psError(parseTruthLog(minimal([], { profile: 'r99' })));
    expect(bad.code).toBe('PS103');
  });
});

describe('findJsonError', () => {
  it('returns null for valid JSON, an error otherwise', () => {
    for (const ok of ['{}', '[]', ' 1 ', '"a\\u00e9\\n"', '{"a":[1,-2.5e3,true,false,null,{"b":"c"}]}']) {
      expect(findJsonError(ok)).toBeNull();
      expect(() => JSON.parse(ok)).not.toThrow();
    }
    for (const bad of ['', '{', '[1,]', '{"a" 1}', '{"a":01}', '"\\x"', '[1] 2', '{"a":tru}', '"a\nb"', "{'a':1}"]) {
      const e = findJsonError(bad);
      expect(e, bad).not.toBeNull();
      expect(() => JSON.parse(bad)).toThrow();
    }
  });

  it('handles deep nesting without recursion', () => {
    const deep = '['.repeat(200000) + ']'.repeat(199999);
    const e = findJsonError(deep);
    expect(e?.why).toMatch(/^unexpected end of input/);
    expect(e?.index).toBe(deep.length);
  });

  it('reports UTF-8 byte offsets', () => {
    const e = findJsonError('{"é":x}');
    expect(e).toMatchObject({ index: 5, line: 1, column: 6, byteOffset: 6 });
  });

  it('parseTruthText is the synchronous path', () => {
    expect(parseTruthText(minimal([])).events).toEqual([]);
  });
});
