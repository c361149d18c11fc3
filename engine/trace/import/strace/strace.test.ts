import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PsError } from '../../../errors.ts';
import { RecordingSink, bytes, feed } from '../text/test-sink.ts';
import { KVM_IOCTLS } from './kvm-ioctls.ts';
import { StraceParser, parseRequest, sniffStrace } from './strace.ts';

const gz = (url: URL): Uint8Array => new Uint8Array(gunzipSync(readFileSync(url)));
const strace = (s: string) => gz(new URL(`./testdata/${s}.strace.gz`, import.meta.url));
const truth = (s: string) => JSON.parse(new TextDecoder().decode(gz(new URL(`../../../testdata/lab/${s}.truth.json.gz`, import.meta.url))));

function parse(text: string | Uint8Array, opts = {}, chunk = 4096) {
  const sink = new RecordingSink();
  const r = feed(new StraceParser(sink, opts), typeof text === 'string' ? bytes(text) : text, chunk);
  return { sink, r };
}

const SCENARIOS = ['io', 'mmio', 'hypercall', 'msr', 'dirty', 'errors', 'perf', 'singlestep', 'longmode', 'coalesced', 'events'];

describe('strace ioctl log vs the truth logs (real KVM)', () => {
  for (const s of SCENARIOS) {
    it(`${s}: the (fd, request, ret, errno) sequence equals the truth log's`, () => {
      const { r, sink } = parse(strace(s), { strict: true });
      // Truth ioctls; perf's untimed loops are summarized as run_batch (N KVM_RUNs), as in check_truth.py.
      const want: [number, number, number, string | null][] = [];
      for (const e of truth(s).events) {
        if (e.t === 'ioctl') want.push([e.fd, Number(e.nr), e.ret, e.errname ?? null]);
        else if (e.t === 'run_batch') {
          for (let k = 0; k < e.calls; k++) {
            const last = k === e.calls - 1;
            want.push([e.vcpu_fd, 0xae80, last ? e.last_ret : 0, last ? e.last_errname ?? null : null]);
          }
        }
      }
      const got = r.log.map((x) => [x.fd, x.nr, x.ret, x.errname ?? null]);
      expect(got.length).toBe(want.length);
      expect(got).toEqual(want);
      expect(r.bad).toBe(0);
      expect(sink.count).toBe(r.log.length);
      // errno numbers agree with the truth log too
      const te = truth(s).events.filter((e: { t: string }) => e.t === 'ioctl');
      if (s !== 'perf') {
        r.log.forEach((x, i) => { if (x.errname) expect(x.errno, `${i}`).toBe(te[i].errno); });
      }
    });
  }

  it('io: decoded arguments have kvm.h names and match the truth values', () => {
    const { r } = parse(strace('io'));
    const t = truth('io').events.filter((e: { t: string }) => e.t === 'ioctl');
    const mem = r.log.find((x) => x.req === 'KVM_SET_USER_MEMORY_REGION')!;
    const tm = t.find((e: { req: string }) => e.req === 'KVM_SET_USER_MEMORY_REGION');
    expect(mem.arg).toEqual({
      slot: tm.arg.slot, flags: tm.arg.flags, guest_phys_addr: Number(tm.arg.guest_phys_addr),
      memory_size: Number(tm.arg.memory_size), userspace_addr: Number(tm.arg.userspace_addr),
    });
    const regs = r.log.find((x) => x.req === 'KVM_SET_REGS')!;
    const tr = t.find((e: { req: string }) => e.req === 'KVM_SET_REGS');
    for (const k of Object.keys(tr.arg)) expect((regs.arg as Record<string, unknown>)[k], k).toBe(Number(tr.arg[k]));
    const sregs = r.log.find((x) => x.req === 'KVM_SET_SREGS')!.arg as Record<string, Record<string, unknown>>;
    expect(sregs.cs).toMatchObject({ base: 0, limit: 65535, selector: 0, type: 11, present: 1, unusable: { $unknown: 'strace does not print this field' } });
    const get = r.log.find((x) => x.req === 'KVM_GET_REGS')!;
    expect(get.arg).toBeNull();
    expect(get.out).toMatchObject({ rax: 0x41, rip: 0x1004 });
    const run = r.log.find((x) => x.req === 'KVM_RUN')!;
    expect(run).toMatchObject({ arg: null, ret: 0, exit_reason: 2, exit_name: 'KVM_EXIT_IO', nr: 0xae80 });
  });

  it('qemu_boot: counts equal qemu_SUMMARY.txt (ioctl_lines=12247 KVM_RUN=10272 IO=8768 MMIO=1501), resumed calls joined', () => {
    const { r } = parse(strace('qemu_boot'), { strict: true });
    expect(r.log.length).toBe(12247);
    const runs = r.log.filter((x) => x.req === 'KVM_RUN');
    expect(runs.length).toBe(10272);
    expect(runs.filter((x) => x.exit_name === 'KVM_EXIT_IO').length).toBe(8768);
    expect(runs.filter((x) => x.exit_name === 'KVM_EXIT_MMIO').length).toBe(1501);
    const resumed = r.log.find((x) => x.req === 'KVM_RUN' && x.errname === 'EINTR')!;
    expect(resumed).toMatchObject({ pid: 3598, fd: 9, ret: -1, errno: 4, arg: null });
    const pids = new Set(r.log.map((x) => x.pid));
    expect(pids.has(3596) && pids.has(3598)).toBe(true); // main thread and the vCPU thread
    const cap = r.log.find((x) => x.req === 'KVM_CHECK_EXTENSION')!;
    expect(cap.arg).toEqual({ cap: 'KVM_CAP_IMMEDIATE_EXIT', cap_nr: 0x88 });
    // strace 6.1 prints a pointer for these: the contents are explicitly unknown
    const filter = parse(strace('msr')).r.log.find((x) => x.req === 'KVM_X86_SET_MSR_FILTER')!;
    expect(filter.arg).toMatchObject({ $unknown: 'strace printed only the pointer (KVM_X86_SET_MSR_FILTER)' });
  });

  it('every request strace named with -X verbose has the number our table computes', () => {
    for (const s of [...SCENARIOS, 'qemu_boot']) {
      const text = new TextDecoder().decode(strace(s));
      for (const m of text.matchAll(/(0x[0-9a-f]+) \/\* (KVM_[A-Z0-9_]+) \*\//g)) {
        const info = KVM_IOCTLS.get(m[2]!);
        if (info && !m[2]!.startsWith('KVM_CAP_')) expect(info.nr, m[2]).toBe(Number(m[1]));
      }
    }
  });
});

describe('strace line shapes', () => {
  it('[pid N] prefix, -tt and -ttt stamps, -T durations, -y fd paths, names without -X verbose', () => {
    const text = [
      '[pid  4242] 12:34:56.000123 ioctl(5<anon_inode:kvm-vcpu:0>, KVM_RUN, 0) = 0 (KVM_EXIT_HLT) <0.000042>',
      '4243 1700000000.500000 ioctl(4</dev/kvm>, KVM_CREATE_VM, 0) = 6<anon_inode:kvm-vm>',
      'ioctl(6, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY) = 1',
    ].join('\n');
    expect(sniffStrace(bytes(text))).toBe(true);
    const { r, sink } = parse(text, { strict: true });
    expect(r.log[0]).toMatchObject({
      pid: 4242, ts: (12 * 3600 + 34 * 60 + 56) * 1e9 + 123000, fd: 5, fd_path: 'anon_inode:kvm-vcpu:0',
      req: 'KVM_RUN', nr: 0xae80, ret: 0, exit_reason: 5, exit_name: 'KVM_EXIT_HLT', duration_ns: 42000,
    });
    expect(r.log[1]).toMatchObject({ pid: 4243, ts: 1700000000.5e9, fd: 4, req: 'KVM_CREATE_VM', nr: 0xae01, ret: 6, arg: { type: 0 } });
    expect(r.log[2]).toMatchObject({ pid: 0, req: 'KVM_CHECK_EXTENSION', arg: { cap: 'KVM_CAP_USER_MEMORY' } });
    expect(sink.events[0]).toMatchObject({ system: 'strace', name: 'ioctl', pid: 4242, fields: { fd: 5, req: 'KVM_RUN', exit: 'KVM_EXIT_HLT', ret: 0 } });
    expect(r.syntheticTime).toBe(true); // the last line had no stamp: its ts is its ordinal
  });

  it('unfinished/resumed pairs interleaved across pids keep the call position', () => {
    const text = [
      '100 ioctl(7, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '101 ioctl(8, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '100 <... ioctl resumed>, 0)           = 0 (KVM_EXIT_IO)',
      '--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=100, si_uid=0} ---',
      '101 <... ioctl resumed>, 0) = -1 EINTR (Interrupted system call)',
      '+++ exited with 0 +++',
    ].join('\n');
    const { r } = parse(text, { strict: true });
    expect(r.log.map((x) => [x.line, x.pid, x.fd, x.ret, x.errname ?? null, x.exit_name ?? null])).toEqual([
      [1, 100, 7, 0, null, 'KVM_EXIT_IO'], [2, 101, 8, -1, 'EINTR', null],
    ]);
    expect(r.skipped).toBe(2);
    const dangling = parse('5 ioctl(7, KVM_RUN <unfinished ...>\n').r;
    expect(dangling.log.length).toBe(0);
    expect(dangling.warnings[0]).toMatch(/never resumed/);
  });

  it('-T durations reach the events (duration_ns) only where the line has a time stamp', () => {
    // lines 263-267 of testdata/qemu_smp2_tt_T.strace.gz (strace 6.1 -f -tt -T, QEMU 7.2, two vCPU threads)
    const text = [
      '24841 08:19:30.348703 ioctl(11, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '24840 08:19:30.348729 ioctl(9, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '24841 08:19:30.348819 <... ioctl resumed>, 0) = -1 EINTR (Interrupted system call) <0.000103>',
      '24840 08:19:30.348834 <... ioctl resumed>, 0) = -1 EINTR (Interrupted system call) <0.000096>',
      '24841 08:19:30.348878 ioctl(11, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '24840 08:19:30.348902 ioctl(9, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_IO) <0.000204>',
    ].join('\n');
    const { r, sink } = parse(text, { strict: true });
    const at = (hms: string): number => { const [h, m, sec] = hms.split(':').map(Number); return ((h! * 60 + m!) * 60) * 1e9 + Math.round(sec! * 1e6) * 1e3; };
    // a resumed call: its start stamp (the unfinished line) and the duration the resumed line printed
    expect(sink.events.map((e) => [e.pid, e.ts, e.fields.req, e.fields.ret, e.fields.errname, e.fields.exit, e.fields.duration_ns])).toEqual([
      [24841, at('08:19:30.348703'), 'KVM_RUN', -1, 'EINTR', '', 103_000],
      [24840, at('08:19:30.348729'), 'KVM_RUN', -1, 'EINTR', '', 96_000],
      [24840, at('08:19:30.348902'), 'KVM_RUN', 0, '', 'KVM_EXIT_IO', 204_000],
    ]);
    expect(r.log.map((x) => x.duration_ns)).toEqual([103_000, 96_000, 204_000]);
    expect(r.warnings[0]).toMatch(/line 5: pid 24841: ioctl never resumed/);
    // -T without -t/-tt/-ttt: event times are ordinals, a duration there would mean nothing
    const noTs = parse('7 ioctl(6, KVM_RUN, 0) = 0 (KVM_EXIT_IO) <0.000204>\n7 ioctl(6, KVM_RUN, 0) = 0 (KVM_EXIT_HLT)\n');
    expect(noTs.sink.events.map((e) => e.fields.duration_ns)).toEqual(['', '']);
    expect(noTs.r.log.map((x) => x.duration_ns)).toEqual([204_000, undefined]);
  });

  it('a thread killed inside KVM_RUN: "<... ioctl resumed> <unfinished ...>) = ?" closes the call, ret null', () => {
    // the end of a real log: strace 6.1 -f -tt -T --kvm=vcpu of QEMU 7.2 (-smp 2), QEMU killed with SIGKILL
    const text = [
      '25631 08:22:48.768008 ioctl(11, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '25630 08:22:48.774502 ioctl(9, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_IO) <0.000102>',
      '25630 08:22:48.774704 ioctl(9, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '25631 08:22:49.078756 <... ioctl resumed> <unfinished ...>) = ?',
      '25630 08:22:49.078779 <... ioctl resumed> <unfinished ...>) = ?',
      '25629 08:22:49.078811 +++ killed by SIGKILL +++',
      // the same without an interruption in between (one line)
      '25632 08:22:49.078900 ioctl(12, 0xae80 /* KVM_RUN */ <unfinished ...>) = ?',
    ].join('\n');
    const { r, sink } = parse(text, { strict: true });
    expect(r.log.map((x) => [x.line, x.pid, x.fd, x.req, x.ret, x.duration_ns])).toEqual([
      [2, 25630, 9, 'KVM_RUN', 0, 102_000], [1, 25631, 11, 'KVM_RUN', null, undefined],
      [3, 25630, 9, 'KVM_RUN', null, undefined], [7, 25632, 12, 'KVM_RUN', null, undefined],
    ]);
    expect(sink.events.map((e) => [e.fields.ret, e.fields.duration_ns])).toEqual([[0, 102_000], ['', ''], ['', ''], ['', '']]);
    expect(r.warnings).toEqual([]);
  });

  it('unknown requests: _IOC(...) and bare numbers; abbreviated structs are marked', () => {
    expect(parseRequest('_IOC(_IOC_READ|_IOC_WRITE, 0xae, 0xd4, 0x40)')).toMatchObject({ req: 'KVM_CREATE_GUEST_MEMFD', nr: 0xc040aed4 });
    expect(parseRequest('0xaed6')).toMatchObject({ req: '0xaed6', nr: 0xaed6, info: undefined });
    expect(parseRequest('0xaeff /* _IOC(_IOC_NONE, 0xae, 0xff, 0) */')).toMatchObject({ req: '_IOC(_IOC_NONE, 0xae, 0xff, 0)', nr: 0xaeff });
    const { r } = parse('9 ioctl(6, KVM_SET_CPUID2, {nent=3, entries=[{function=0, index=0, flags=0, eax=0xd, ebx=0, ecx=0, edx=0}, ...]}) = 0\n'
      + '9 ioctl(5, KVM_SET_USER_MEMORY_REGION, {slot=1, flags=KVM_MEM_LOG_DIRTY_PAGES, guest_phys_addr=0x1000000, memory_size=4194304, userspace_addr=0x7f0000000000}) = 0\n');
    const cpuid = r.log[0]!.arg as { nent: number; entries: unknown[] };
    expect(cpuid.nent).toBe(3);
    expect(cpuid.entries[1]).toEqual({ $unknown: 'further elements abbreviated by strace' });
    expect(r.log[1]!.arg).toMatchObject({ slot: 1, flags: 'KVM_MEM_LOG_DIRTY_PAGES', guest_phys_addr: 0x1000000 });
  });

  it('bad lines: PS305 with line number; strict mode throws', () => {
    const text = '1 ioctl(3, KVM_RUN, 0) = 0\n1 ioctl(3, KVM_RUN, 0\n1 <... ioctl resumed>) = 0\n';
    const { r } = parse(text);
    expect(r.log.length).toBe(1);
    expect(r.errors.map((e) => [e.code, e.where.line])).toEqual([['PS305', 2], ['PS305', 3]]);
    expect(() => parse(text, { strict: true })).toThrow(PsError);
  });
});
