/**
 * vCPU run states of strace logs: KVM_RUN start → in KVM (STATE_KERNEL), its return (start + -T
 * duration) → in the VMM (STATE_USER). Real logs of this host (strace 6.1, see the testdata README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTrace } from '../load.ts';
import { summarize } from './lod.ts';
import { STATE_KERNEL, STATE_USER, type TraceStore, type VcpuStates } from './store.ts';

const TESTDATA = new URL('../import/strace/testdata/', import.meta.url);

async function load(src: string | URL): Promise<TraceStore> {
  const bytes = typeof src === 'string' ? new TextEncoder().encode(src) : new Uint8Array(readFileSync(src));
  const r = await loadTrace(bytes);
  expect(r.error).toBeUndefined();
  return r.store;
}

/** ns of an strace -tt stamp. */
const at = (hms: string): number => {
  const [h, m, s] = hms.split(':');
  const [sec, us] = s!.split('.');
  return ((Number(h) * 60 + Number(m)) * 60 + Number(sec)) * 1e9 + Number(us) * 1e3;
};

const pairs = (st: VcpuStates): [number, number][] => Array.from(st.ts, (t, k) => [t, st.state[k]!]);

describe('strace -tt -T: vCPU run states from KVM_RUN calls', () => {
  it('qemu_smp2_tt_T (QEMU 7.2, 2 vCPUs): each KVM_RUN in KVM from its start to start + duration', async () => {
    const s = await load(new URL('qemu_smp2_tt_T.strace.gz', TESTDATA));
    expect(s.lanes().filter((l) => l.kind === 'vcpu').map((l) => l.id)).toEqual(['vcpu:0', 'vcpu:1']);
    // vCPU 1 (thread 24841, the AP waiting for INIT/SIPI inside KVM): its 5 KVM_RUNs, all
    // <unfinished ...>/<... ioctl resumed> pairs:  zcat F | grep -E '^24841 .*(KVM_RUN|resumed)'
    const runs: [string, number][] = [
      ['08:19:30.348703', 103], ['08:19:30.348878', 530_999], ['08:19:30.879958', 1_022_385],
      ['08:19:31.902595', 4_227_225], ['08:19:36.129927', 2_344],
    ];
    expect(pairs(s.vcpuStatesOf(1)!)).toEqual(runs.flatMap(([t, us]) => [[at(t), STATE_KERNEL], [at(t) + us * 1e3, STATE_USER]]));

    // vCPU 0 (thread 24840): 2250 KVM_RUNs, in KVM 5295015 µs in total:
    //   zcat F | awk '$1==24840 && (/KVM_RUN.*<[0-9.]+>$/ || /resumed/) { d=$NF; gsub(/[<>]/,"",d);
    //     split(d,x,"."); s+=x[1]*1000000+x[2]; n++ } END { print n, s }'
    const v0 = s.vcpuStatesOf(0)!;
    expect(v0.ts.length).toBe(2 * 2250);
    let inKvm = 0;
    for (let k = 0; k < v0.ts.length; k++) {
      expect(v0.state[k]).toBe(k % 2 ? STATE_USER : STATE_KERNEL);
      if (k) expect(v0.ts[k]!).toBeGreaterThanOrEqual(v0.ts[k - 1]!);
      if (k % 2) inKvm += v0.ts[k]! - v0.ts[k - 1]!;
    }
    expect(inKvm).toBe(5_295_015_000);

    // The timeline: vCPU 1 reads "in KVM" over its whole run; vCPU 0's longest VMM stretch (8510 µs,
    // the max of the user-space exit table, see stats-userspace.test.ts) reads "in the VMM".
    const first = runs[0]!, last = runs[runs.length - 1]!;
    const v1 = summarize(s, at(first[0]), at(last[0]) + last[1] * 1e3, 64, ['vcpu:1']).lanes[0]!;
    expect(new Set(v1.state)).toEqual(new Set([STATE_KERNEL]));
    let gap = -1;
    for (let k = 1; k + 1 < v0.ts.length; k += 2) if (v0.ts[k + 1]! - v0.ts[k]! === 8_510_000) gap = k;
    expect(gap).toBeGreaterThan(0);
    // 100 µs pixels: the gap covers pixels 10..95 (whole ones 11..94). At these magnitudes (3e13 ns) a
    // bucket boundary can round back into the previous bucket; lod.ts once stopped the interval there.
    const lane0 = summarize(s, v0.ts[gap]! - 1_000_000, v0.ts[gap + 1]! + 1_000_000, 105, ['vcpu:0']).lanes[0]!;
    expect(new Set(lane0.state.subarray(11, 95))).toEqual(new Set([STATE_USER]));
  });

  it('io_tt_T (lab VMM, one thread): 14 KVM_RUNs, 28 transitions; no -T (io.strace) → no states', async () => {
    const s = await load(new URL('io_tt_T.strace.gz', TESTDATA));
    const st = s.vcpuStatesOf(0)!;
    expect(st.ts.length).toBe(28);
    // first call: "24811 08:19:26.519252 ioctl(6, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_IO) <0.000252>"
    expect(pairs(st).slice(0, 2)).toEqual([[at('08:19:26.519252'), STATE_KERNEL], [at('08:19:26.519504'), STATE_USER]]);
    const noT = await load(new URL('io.strace.gz', TESTDATA));
    expect(noT.lanes().map((l) => l.id)).toContain('vcpu:0');
    expect(noT.vcpuStatesOf(0)).toBeUndefined();
  });

  it('a KVM_RUN that never returned (thread killed) stays in KVM; a return rounded past the next start is dropped', async () => {
    const s = await load([
      // real lines (QEMU 7.2 under strace 6.1 -f -tt -T, killed with SIGKILL), then a hand-made pair
      '25630 08:22:47.201381 ioctl(8, 0xae41 /* KVM_CREATE_VCPU */, 0) = 9 <0.000182>',
      '25630 08:22:48.774502 ioctl(9, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_IO) <0.000102>',
      '25630 08:22:48.774704 ioctl(9, 0xae80 /* KVM_RUN */ <unfinished ...>',
      '25630 08:22:49.078779 <... ioctl resumed> <unfinished ...>) = ?',
      '25630 08:22:49.078811 +++ killed by SIGKILL +++',
      '26000 08:22:50.000000 ioctl(8, 0xae41 /* KVM_CREATE_VCPU */, 1) = 11 <0.000100>',
      '26000 08:22:50.000100 ioctl(11, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_IO) <0.000010>',
      '26000 08:22:50.000109 ioctl(11, 0xae80 /* KVM_RUN */, 0) = 0 (KVM_EXIT_HLT) <0.000005>',
      '',
    ].join('\n'));
    expect(pairs(s.vcpuStatesOf(0)!)).toEqual([
      [at('08:22:48.774502'), STATE_KERNEL], [at('08:22:48.774604'), STATE_USER], [at('08:22:48.774704'), STATE_KERNEL],
    ]);
    // the first call "ends" at .000110, 1 µs after the second started: no VMM interval in between
    expect(pairs(s.vcpuStatesOf(1)!)).toEqual([
      [at('08:22:50.000100'), STATE_KERNEL], [at('08:22:50.000109'), STATE_KERNEL], [at('08:22:50.000114'), STATE_USER],
    ]);
  });
});
