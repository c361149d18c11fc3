/**
 * Text trace import speed on the dense QEMU boot capture
 * (../shared/lab/out/qemu_boot_dense.ftrace.txt.xz: 452 MB, 4.88 M events,
 * 99% kvm_emulate_insn), decompressed once to a temp file and streamed in
 * 1 MiB chunks, next to the shell pipeline that only counts event names:
 *   grep -v '^#' FILE | awk '{… c[$i]++ …}'
 * The importer decodes every field of every event (into a counting sink, and
 * into the real TraceStore, where fields are kept as payload refs and decoded on
 * demand); repeated payloads reuse the first decode (text/memo.ts). Also reports the peak RSS/heap seen while
 * importing, and the same into the TraceStore (finish() included) with the
 * store's payload bytes, and the 1-minute load average (the machine is shared).
 * Skipped, with a note on stderr, when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { FtraceTextParser } from '../trace/import/text/ftrace.ts';
import type { FieldValue, TraceSink } from '../trace/types.ts';
import { summarize, type BenchResults } from './stats.ts';

const SOURCE = fileURLToPath(new URL('../../../shared/lab/out/qemu_boot_dense.ftrace.txt.xz', import.meta.url));
const EVENTS = 4876681; // lab/out/qemu_SUMMARY.txt

/** Counts events and touches every decoded value, so nothing is optimised away. */
class CountingSink implements TraceSink {
  types = 0;
  events = 0;
  values = 0;
  eventType(): number { return this.types++; }
  event(_t: number, _ts: number, _cpu: number, _pid: number, _comm: string, fields: readonly FieldValue[]): void {
    this.events++;
    this.values += fields.length;
  }
  lost(): void {}
}

interface Run { seconds: number; peakRss: number; peakHeap: number; events: number }

async function importOnce(file: string, sink: TraceSink): Promise<Run> {
  let peakRss = 0, peakHeap = 0, n = 0;
  const t0 = performance.now();
  const p = new FtraceTextParser(sink, 'tracefs');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    p.push(chunk as Uint8Array);
    if ((++n & 31) === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
    }
  }
  const r = p.end();
  const seconds = (performance.now() - t0) / 1000;
  const m = process.memoryUsage();
  return { seconds, peakRss: Math.max(peakRss, m.rss), peakHeap: Math.max(peakHeap, m.heapUsed + m.external), events: r.events };
}

function pipelineOnce(file: string): number {
  const script = `grep -v '^#' '${file}' | awk '{for(i=1;i<=NF;i++) if ($i ~ /^kvm_[a-z_]*:$/) {c[$i]++; break}} END {for (k in c) print c[k], k}' > /dev/null`;
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', script], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`shell pipeline failed with status ${r.status}`);
  return (performance.now() - t0) / 1000;
}

export default async function traceTextBench(): Promise<BenchResults> {
  if (!existsSync(SOURCE)) {
    process.stderr.write(`trace-text bench skipped: ${SOURCE} not found (../shared is absent)\n`);
    return {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'planescope-trace-text-'));
  const file = join(dir, 'qemu_boot_dense.ftrace.txt');
  try {
    const xz = spawnSync('bash', ['-c', `xz -dc '${SOURCE}' > '${file}'`], { stdio: 'ignore' });
    if (xz.status !== 0) {
      process.stderr.write('trace-text bench skipped: xz -dc failed\n');
      return {};
    }
    const mb = statSync(file).size / 1e6;
    const { TraceStore } = await import('../trace/store/store.ts');
    await importOnce(file, new CountingSink()); // warm-up (JIT)
    // The machine is shared and noisy: each importer run is paired with a run of the shell
    // pipeline right after it, and every speedup is the ratio within one pair (same load);
    // medians over the pairs. Counting-sink runs come first so their peak RSS is not
    // inflated by the stores of earlier runs.
    const REPS = 5;
    const runs: Run[] = [];
    const intoStore: Run[] = [];
    const shell: number[] = [];
    const shellStore: number[] = [];
    const load: number[] = [];
    let mem: ReturnType<InstanceType<typeof TraceStore>['memory']> | undefined;
    for (let k = 0; k < REPS; k++) {
      load.push(loadavg()[0]!);
      const r = await importOnce(file, new CountingSink());
      if (r.events !== EVENTS) throw new Error(`imported ${r.events} events, expected ${EVENTS}`);
      runs.push(r);
      shell.push(pipelineOnce(file));
    }
    for (let k = 0; k < REPS; k++) {
      load.push(loadavg()[0]!);
      // Into the real columnar store (importer + store together, finish() included; the store
      // takes the raw path: hot columns + a ref to deduplicated payload bytes, fields on demand).
      const store = new TraceStore();
      const st = await importOnce(file, store);
      const t0 = performance.now();
      store.finish();
      st.seconds += (performance.now() - t0) / 1000;
      if (store.count !== EVENTS) throw new Error(`store holds ${store.count} events, expected ${EVENTS}`);
      mem = store.memory();
      intoStore.push(st);
      shellStore.push(pipelineOnce(file));
    }
    load.push(loadavg()[0]!);
    const out: BenchResults = {
      trace_text_import_mb_per_s: summarize(runs.map((r) => mb / r.seconds)),
      trace_text_import_events_per_s: summarize(runs.map((r) => r.events / r.seconds)),
      trace_text_shell_grep_awk_mb_per_s: summarize([...shell, ...shellStore].map((s) => mb / s)),
      trace_text_speedup_vs_grep_awk: summarize(runs.map((r, i) => shell[i]! / r.seconds)),
      trace_text_import_peak_rss_mb: summarize(runs.map((r) => r.peakRss / 1e6)),
      trace_text_import_peak_heap_mb: summarize(runs.map((r) => r.peakHeap / 1e6)),
      trace_text_import_into_store_mb_per_s: summarize(intoStore.map((r) => mb / r.seconds)),
      trace_text_import_into_store_speedup_vs_grep_awk: summarize(intoStore.map((r, i) => shellStore[i]! / r.seconds)),
      trace_text_import_into_store_peak_rss_mb: summarize(intoStore.map((r) => r.peakRss / 1e6)),
      trace_text_store_payload_mb: summarize([mem!.sourceBytes / 1e6]),
      trace_text_store_column_bytes_per_event: summarize([mem!.bytesPerEvent]),
      // 1-minute load average before each repetition and at the end (2-core machine, shared).
      trace_text_loadavg_1m: summarize(load),
    };
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
