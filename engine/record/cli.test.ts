/** `planescope conform` / `planescope info` plumbing: arguments, bad input, exit codes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.ts';
import { conformCommand } from '../cli/commands/conform.ts';
import { engineInfo, infoCommand } from '../cli/commands/info.ts';
import { PLANES_PROFILES } from '../kvm/uapi/profiles.ts';

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'ps-conform-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** Runs a command through main() (PsError -> message + exit 1). */
async function runCmd(cmd: typeof conformCommand, args: string[]): Promise<number> {
  return main([cmd.name, ...args]);
}

describe('planescope conform: input errors', () => {
  it('usage errors exit 2', async () => {
    expect(await conformCommand.run([])).toBe(2);
    expect(err.join('\n')).toContain('PS104 missing FILE');
    expect(await conformCommand.run(['a.json', '--backend', 'x'])).toBe(2);
    expect(await conformCommand.run(['a.json', '--bogus'])).toBe(2);
    expect(await conformCommand.run(['a.json', '--profile', 'r99'])).toBe(2);
  });

  it('a missing file is PS100, exit 1', async () => {
    expect(await runCmd(conformCommand, [join(dir, 'nope.json')])).toBe(1);
    expect(err.join('\n')).toMatch(/PS100 file not found \(.*nope\.json\)/);
  });

  it('malformed JSON is PS101 with line and column, exit 1', async () => {
    const p = file('bad.json', '{"format":"kvmlab-truth/2",\n"events":[1 2]}');
    expect(await runCmd(conformCommand, [p])).toBe(1);
    expect(err.join('\n')).toMatch(/PS101 malformed JSON \(.*bad\.json, line 2, column 13, byte offset 40\)/);
  });

  it('an unknown format version is PS102; xz is PS105 naming xz -d', async () => {
    expect(await runCmd(conformCommand, [file('v9.json', '{"format":"kvmlab-truth/9","events":[]}')])).toBe(1);
    expect(err.join('\n')).toContain('PS102');
    expect(await runCmd(conformCommand, [file('d.json.xz', new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 1]))])).toBe(1);
    expect(err.join('\n')).toMatch(/PS105.*xz -d/);
  });

  it('a bad --expect-skips file is reported before replaying', async () => {
    const good = file('ok.json', JSON.stringify({ format: 'kvmlab-truth/2', scenario: 's', host: { backend: 'pvm' }, events: [] }));
    expect(await runCmd(conformCommand, [good, '--expect-skips', file('e.json', '{"skips":[{"match":1}]}')])).toBe(1);
    expect(err.join('\n')).toContain('PS103');
  });
});

describe('planescope conform: a replay', () => {
  it('prints mismatches and the summary line, exit 1 on failure; --json is one object', async () => {
    const log = {
      format: 'kvmlab-truth/2', scenario: 's', host: { backend: 'pvm' },
      events: [
        { seq: 0, t: 'syscall', call: 'open', path: '/dev/kvm', flags: '0x80002', ret: 4 },
        { seq: 1, t: 'ioctl', fd: 4, fd_kind: 'system', req: 'KVM_GET_API_VERSION', nr: '0xae00', arg_raw: '0x0', arg: null, ret: 12 },
        { seq: 2, t: 'ioctl', fd: 4, fd_kind: 'system', req: 'KVM_CHECK_EXTENSION', nr: '0xae03', arg_raw: '0xa', arg: { cap: 'KVM_CAP_NR_MEMSLOTS', cap_nr: 10 }, ret: 7 },
        { seq: 3, t: 'note', text: 'x' },
      ],
    };
    const p = file('s.json', JSON.stringify(log));
    expect(await runCmd(conformCommand, [p])).toBe(1);
    expect(out).toEqual(['seq 2 ioctl KVM_CHECK_EXTENSION: ret expected 7 actual 32764', '2 passed, 1 failed, 0 skipped']);
    out.length = 0;
    expect(await runCmd(conformCommand, [p, '--json'])).toBe(1);
    const j = JSON.parse(out.join('\n'));
    expect(j.summary).toMatchObject({ passed: 2, failed: 1, skipped: 0, info: 1 });
    expect(j.mismatches[0]).toMatchObject({ seq: 2, what: 'ret', expected: '7', actual: '32764' });
    out.length = 0;
    const allow = file('allow.json', JSON.stringify({ skips: [], knownFailures: [{ req: 'KVM_CHECK_EXTENSION', max: 1, why: 'test' }] }));
    expect(await runCmd(conformCommand, [p, '--expect-skips', allow])).toBe(0);
  });
});

describe('planescope info', () => {
  it('lists version, profiles with their numbers, hosts, backends, caps, format', async () => {
    const info = engineInfo();
    expect(info['engine_version']).toMatch(/^\d+\.\d+\.\d+/);
    const profiles = info['profiles'] as Record<string, unknown>[];
    expect(profiles.map((p) => p['id'])).toEqual(['none', 'r25', 'b617', 's26']);
    expect(profiles[1]).toMatchObject({ KVM_CREATE_PLANE: '0xaed6', KVM_CAP_PLANES: PLANES_PROFILES.r25.KVM_CAP_PLANES, KVM_EXIT_PLANE_EVENT: 40 });
    expect(profiles[3]).toMatchObject({ KVM_CREATE_PLANE: '0xaee4', KVM_CAP_PLANES: 249, KVM_EXIT_PLANE_EVENT: 44 });
    expect((info['hosts'] as Record<string, unknown>[]).some((h) => h['default'] === true && h['backend'] === 'pvm')).toBe(true);
    expect((info['default_host_caps'] as Record<string, number>)['KVM_CAP_NR_MEMSLOTS']).toBe(32764);
    expect(info['recording_format']).toMatchObject({ format: 'kvmlab-truth/2' });
    expect(await infoCommand.run(['--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(JSON.parse(JSON.stringify(info)));
    out.length = 0;
    expect(await infoCommand.run([])).toBe(0);
    expect(out.join('\n')).toContain('KVM_EXIT_PLANE_EVENT 41');
    expect(await infoCommand.run(['--x'])).toBe(2);
  });
});
