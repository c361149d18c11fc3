/**
 * trace.dat import speed (events/s) next to `trace-cmd report` on the same
 * files when trace-cmd is installed, store bytes per event, LOD and stats
 * query times, peak RSS. Files: the real v7/zstd qemu_boot trace (91k events)
 * and a synthetic v6 file of 1M kvm_entry/kvm_exit records.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importTraceDat } from '../trace/import/tracedat/import.ts';
import { testTrace } from '../trace/import/tracedat/testkit/golden.ts';
import { entry, exit, KVM_FORMATS } from '../trace/import/tracedat/testkit/kvm-fixture.ts';
import { PageWriter, writeTraceDat } from '../trace/import/tracedat/testkit/writer.ts';
import { computeExitStats } from '../trace/stats.ts';
import { summarize as lod } from '../trace/store/lod.ts';
import { TraceStore } from '../trace/store/store.ts';
import { summarize, timeMs, timeMsAsync, type BenchResults } from './stats.ts';

const one = (v: number): { median: number; p95: number; n: number } => summarize([v]);

/** 1M events on 4 CPUs: entry/exit pairs with realistic deltas. */
function bigSynthetic(events: number): Uint8Array {
  const cpus = 4;
  const per = events / cpus;
  const reasons = [12, 30, 48, 1, 32];
  return writeTraceDat({
    version: 6, systems: [{ name: 'kvm', formats: KVM_FORMATS }], cmdlines: '2000 CPU 0/KVM\n2001 CPU 1/KVM\n2002 CPU 2/KVM\n2003 CPU 3/KVM\n',
    buffers: [{
      name: '', clock: 'local', cpus: Array.from({ length: cpus }, (_, c) => {
        const pw = new PageWriter();
        let inPage = 0;
        pw.startPage(1_000_000 + c);
        for (let k = 0; k < per; k++) {
          if (inPage === 60) { pw.startPage(1_000_000 + c + k * 700); inPage = 0; }
          pw.record(k % 2 ? 300 + (k % 7) * 50 : 400, k % 2 ? exit(2000 + c, c, reasons[k % 5]!) : entry(2000 + c, c));
          inPage++;
        }
        return { cpu: c, data: pw.finish() };
      }),
    }],
  });
}

function traceCmdMs(file: string): number[] | undefined {
  // `trace-cmd --version` exits non-zero on some builds: only a missing binary counts.
  const probe = spawnSync('trace-cmd', ['--version'], { encoding: 'utf8' });
  if (probe.error) return undefined;
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync('sh', ['-c', `trace-cmd report -i '${file}' > /dev/null 2>&1`]);
    if (r.status !== 0) return undefined;
    out.push(performance.now() - t0);
  }
  return out;
}

export default async function traceBench(): Promise<BenchResults> {
  const res: BenchResults = {};
  const dir = mkdtempSync(join(tmpdir(), 'ps-trace-bench-'));
  try {
    const cases: [string, Uint8Array][] = [['qemu_boot_zstd', testTrace('qemu_boot.trace.dat')], ['synthetic_1m_v6', bigSynthetic(1_000_000)]];
    for (const [name, bytes] of cases) {
      let store = new TraceStore();
      const ms = await timeMsAsync(async () => {
        store = new TraceStore();
        await importTraceDat(bytes, store);
        store.finish();
      }, 5);
      const n = store.count;
      res[`trace_import_${name}_ms`] = summarize(ms);
      res[`trace_import_${name}_events_per_s`] = summarize(ms.map((m) => (n * 1000) / m));
      const mem = store.memory();
      res[`trace_store_${name}_column_bytes_per_event`] = one(mem.bytesPerEvent);
      res[`trace_store_${name}_source_bytes_per_event`] = one(mem.sourceBytes / Math.max(1, n));
      res[`trace_lod_${name}_full_1920px_ms`] = summarize(timeMs(() => { lod(store, store.ts[0]!, store.ts[n - 1]! + 1, 1920); }, 10));
      res[`trace_stats_${name}_ms`] = summarize(timeMs(() => { computeExitStats(store); }, 5));
      const file = join(dir, `${name}.dat`);
      writeFileSync(file, bytes);
      const tc = traceCmdMs(file);
      if (tc) {
        res[`tracecmd_report_${name}_events_per_s`] = summarize(tc.map((m) => (n * 1000) / m));
        const ours = [...ms].sort((a, b) => a - b)[ms.length >> 1]!;
        const theirs = [...tc].sort((a, b) => a - b)[tc.length >> 1]!;
        res[`trace_import_${name}_speedup_vs_tracecmd`] = one(theirs / ours);
      }
    }
    res.trace_peak_rss_mb = one(process.resourceUsage().maxRSS / 1024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return res;
}
