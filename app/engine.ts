/**
 * The app's one engine connection: a Web Worker running engine/worker.ts behind the typed
 * protocol client. Only this file knows there is a worker; panels call through the store.
 */
import { EngineClient, workerTransport } from '../engine/protocol.ts';

function connect() {
  return workerTransport(new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name: 'engine' }));
}

export const engine = new EngineClient(connect);
