/**
 * The editor benchmark's suite (scripts/bench-editor.mjs runs it through the offline host
 * runner: `node test/harness/host.mjs --suite out/test/host-bench`).
 */
import { runWithResults as runSuites, type Results } from '../host/index';

export function runWithResults(onProgress?: (r: Results) => void): Promise<Results> {
  return runSuites(onProgress, __dirname);
}
