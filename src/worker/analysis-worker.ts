/**
 * The engine in a worker thread (bundled as dist/analysis-worker.js): long documents and the
 * workspace review are analysed here, so the extension host's main thread — and with it the
 * user's typing — never waits for the engine. One message in, one message out.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { AnalyzeOptions, LexiconExtension } from '../core/types';
import type { WorkerRequest, WorkerResponse } from './analysis-protocol';

/**
 * Messages arrive as copies, but the engine caches a compiled lexicon by the extension object's
 * identity: the same extension (by content) keeps one object, so it is compiled once.
 */
const lexicons = new Map<string, LexiconExtension>();

function stableOptions(options: AnalyzeOptions | undefined): AnalyzeOptions | undefined {
  if (!options?.lexicon) return options;
  const key = JSON.stringify(options.lexicon);
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    if (lexicons.size >= 16) lexicons.clear();
    lexicons.set(key, (lexicon = options.lexicon));
  }
  return { ...options, lexicon };
}

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, analysis: analyze(request.text, stableOptions(request.options)) };
  } catch (err) {
    response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(response);
});
