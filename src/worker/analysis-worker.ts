/**
 * The engine in a worker thread (bundled as dist/analysis-worker.js): long documents and the
 * workspace review are analysed here, so the extension host's main thread — and with it the
 * user's typing — never waits for the engine. One message in, one message out.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { WorkerRequest, WorkerResponse } from './analysis-protocol';

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, analysis: analyze(request.text, request.options) };
  } catch (err) {
    response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(response);
});
