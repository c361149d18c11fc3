/**
 * The app's one engine connection: a Web Worker running engine/worker.ts behind the typed
 * protocol client. Only this file knows there is a worker; panels call through the store.
 */
import { EngineClient, isTraceProgress, workerTransport, type TraceProgressNotice } from '../engine/protocol.ts';

const noticeListeners = new Set<(n: TraceProgressNotice) => void>();

/** Subscribe to the engine's progress notices (posted while a trace imports); returns the unsubscribe function. */
export function onEngineNotice(listener: (n: TraceProgressNotice) => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

function connect() {
  const worker = new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  // Notices are not responses (seq -1): the client ignores them, the trace panels listen here.
  worker.addEventListener('message', (e: MessageEvent) => { if (isTraceProgress(e.data)) for (const l of noticeListeners) l(e.data); });
  return workerTransport(worker);
}

export const engine = new EngineClient(connect);
