/**
 * Entry point of the extension-host suites, shared by both runners:
 *  - @vscode/test-electron loads this file as `extensionTestsPath` and awaits `run()`
 *    (test/harness/electron.mjs, `npm run test:electron`);
 *  - the offline runner's test-runner extension calls `runWithResults()` inside the
 *    extension host of code-server (test/harness/host.mjs, `npm run test:host`).
 * The suites are the compiled `*.test.js` files next to this file (or in `suiteDir`: the editor
 * benchmark, test/host-bench/, runs through the same runner).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface Results {
  passed: number;
  failed: number;
  pending: number;
  total: number;
  tests: TestOutcome[];
  done: boolean;
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Runs every suite; `onProgress` sees the results after each test (the offline runner writes
 * them to its result file, so a timeout still says how far the run got). Never rejects for a
 * failing test: the counts say it.
 */
export function runWithResults(onProgress?: (r: Results) => void, suiteDir = __dirname): Promise<Results> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.VSCODE_HOST_TEST_TIMEOUT_MS ?? 60_000),
    reporter: 'spec',
  });
  const grep = process.env.VSCODE_HOST_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of testFiles(suiteDir)) mocha.addFile(file);

  const results: Results = { passed: 0, failed: 0, pending: 0, total: 0, tests: [], done: false };
  const record = (t: TestOutcome): void => {
    results.tests.push(t);
    results.total = results.tests.length;
    if (t.state === 'passed') results.passed++;
    else if (t.state === 'failed') results.failed++;
    else results.pending++;
    onProgress?.(results);
  };
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      results.done = true;
      onProgress?.(results);
      resolve(results);
    });
    runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('pending', (test) => record({ title: test.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (test, err: Error) =>
      record({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: String(err?.stack ?? err) }),
    );
  });
}

/** The standard `extensionTestsPath` contract: resolves when every test passed. */
export async function run(): Promise<void> {
  const r = await runWithResults();
  if (r.total === 0) throw new Error('no extension-host test ran');
  if (r.failed > 0) throw new Error(`${r.failed} of ${r.total} extension-host tests failed`);
}
