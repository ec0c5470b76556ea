/**
 * The engine, loaded the first time the extension host analyses an article rather than when
 * the extension activates. The engine and its lexicons are most of the extension's code, and
 * VS Code waits for everything `dist/extension.js` loads before it activates the extensions
 * after ours; loaded here, it is compiled once an article is actually analysed.
 *
 * The production build bundles src/core/analyze.ts as `dist/engine.js` and leaves this
 * `require` to load it (scripts/build.mjs); compiled by tsc (the tests), it loads the module.
 */
import type { Analysis, AnalyzeOptions } from './core/types';

type Engine = typeof import('./core/analyze');

let engine: Engine | undefined;
let loadMs = NaN;

/** `analyze` of src/core/analyze.ts, loading the engine on first use. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  if (!engine) {
    const start = performance.now();
    engine = require('./core/analyze') as Engine;
    loadMs = performance.now() - start;
  }
  return engine.analyze(text, options);
}

/** How long loading the engine took (compiling and running its module), NaN while it is not loaded. */
export function engineLoadMs(): number {
  return loadMs;
}
