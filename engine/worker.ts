/**
 * The engine's Web Worker: wires a Session (engine/session.ts) to postMessage.
 * Created by the app with
 *   new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name: 'engine' })
 * Built-in samples are the bundled real-KVM recordings (engine/testdata/lab/*.truth.json.gz),
 * emitted as assets of the app's own origin by Vite (`?url`), fetched on demand.
 */
import { collectTransferables, type RequestMessage, type ResponseMessage } from './protocol.ts';
import { Session, type SampleSource } from './session.ts';
import { PsError } from './errors.ts';
import { isTraceProgress, type TraceProgressNotice } from './protocol/trace.ts';
import { traceSampleDescription, type TraceSampleSource } from './session/trace.ts';

/** The parts of DedicatedWorkerGlobalScope used here (the project's tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(msg: unknown, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

const SAMPLE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('./testdata/lab/*.truth.json.gz', { query: '?url', import: 'default', eager: true }) as Record<string, string>)
    .map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.truth\.json\.gz$/, ''), url]),
);

const samples: SampleSource = {
  list: () => Object.keys(SAMPLE_URLS).sort(),
  async load(name) {
    const url = SAMPLE_URLS[name];
    const res = await fetch(url);
    if (!res.ok) throw new PsError('PS100', `sample '${name}' could not be loaded: HTTP ${res.status}`, { file: url });
    return new Uint8Array(await res.arrayBuffer());
  },
};

// Trace samples: the vendored real trace.dat files, fetched from the app's origin on demand.
const TRACE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob(['./trace/testdata/*.trace.dat', './trace/testdata/*.trace.dat.gz'], { query: '?url', import: 'default', eager: true }) as Record<string, string>)
    .map(([path, url]) => [path.replace(/^.*\//, ''), url]),
);

const traceSamples: TraceSampleSource = {
  list: () => Object.keys(TRACE_URLS).sort().map((name) => ({ name, description: traceSampleDescription(name), synthetic: false })),
  async load(name) {
    const res = await fetch(TRACE_URLS[name]!);
    if (!res.ok) throw new PsError('PS100', `trace sample '${name}' could not be loaded: HTTP ${res.status}`, { file: name });
    return new Uint8Array(await res.arrayBuffer());
  },
};

// Progress notices are posted while an import runs (seq -1: the client's response matching ignores them).
const notify = (n: TraceProgressNotice): void => { if (isTraceProgress(n)) scope.postMessage(n, []); };

const session = new Session({ samples, trace: { samples: traceSamples, notify } });

scope.onmessage = (e: MessageEvent) => {
  const msg = e.data as RequestMessage;
  if (msg && msg.method === 'debugCrash') {
    // Outside the request boundary on purpose: the app must notice and recover.
    queueMicrotask(() => { throw new Error('debugCrash: simulated engine crash'); });
    return;
  }
  void session.handle(msg).then(reply);
};

function reply(res: ResponseMessage): void {
  try {
    scope.postMessage(res, res.ok ? collectTransferables(res.result) : []);
  } catch (err) {
    // A result that cannot be cloned is an engine bug; answer with an error instead of leaving the request hanging.
    const why = err instanceof Error ? err.message : String(err);
    scope.postMessage({ seq: res.seq, ok: false, error: new PsError('PS503', `result could not be sent: ${why}`).toJSON() } satisfies ResponseMessage, []);
  }
}
