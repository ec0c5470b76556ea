import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { AnalysisCancelled, AnalysisWorkerClient, type Cancellation } from '../../src/worker/analysis-worker-client';

// out/test/unit/ -> project root; the worker is the bundle `npm run build` writes.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKER = path.join(ROOT, 'dist', 'analysis-worker.js');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'envoy-summoned.md'), 'utf8');

/** A cancellation source like vscode.CancellationTokenSource. */
function cancellation(): { token: Cancellation; cancel(): void } {
  const listeners = new Set<() => void>();
  let cancelled = false;
  return {
    token: {
      get isCancellationRequested() {
        return cancelled;
      },
      onCancellationRequested(listener) {
        listeners.add(listener);
        return { dispose: () => listeners.delete(listener) };
      },
    },
    cancel() {
      cancelled = true;
      for (const l of [...listeners]) l();
    },
  };
}

describe('the analysis worker (worker thread)', () => {
  let client: AnalysisWorkerClient;
  beforeEach(() => (client = new AnalysisWorkerClient(WORKER)));
  afterEach(() => client.dispose());

  it('returns exactly what the engine returns on the main thread, with the options', async () => {
    assert.ok(fs.existsSync(WORKER), 'run npm run build first');
    const options = { lexicon: { reportingVerbs: ['opined'] } };
    const text = `${SAMPLE}\n\n“It is fine,” Dana Levi opined.`;
    assert.deepStrictEqual(await client.analyze(text, options), analyze(text, options));
  });

  it('answers jobs in order, one worker for all of them', async () => {
    const texts = ['“One,” she said.', SAMPLE, '“Three,” a source said.'];
    const results = await Promise.all(texts.map((t) => client.analyze(t)));
    assert.deepStrictEqual(results, texts.map((t) => analyze(t)));
    assert.equal(client.started, 1);
    assert.equal(client.busy, false);
  });

  it('drops a job cancelled before it starts', async () => {
    const { token, cancel } = cancellation();
    const first = client.analyze(SAMPLE);
    const second = client.analyze(SAMPLE, undefined, token);
    cancel();
    await assert.rejects(second, AnalysisCancelled);
    assert.deepStrictEqual(await first, analyze(SAMPLE));
    assert.equal(client.started, 1);
  });

  it('stops a running job by terminating its worker; the next job starts a new one', async () => {
    const { token, cancel } = cancellation();
    const long = client.analyze(SAMPLE.repeat(2000), undefined, token); // ≈ 6 MB: seconds of work
    setTimeout(cancel, 50);
    await assert.rejects(long, AnalysisCancelled);
    assert.deepStrictEqual(await client.analyze('“Next,” he said.'), analyze('“Next,” he said.'));
    assert.equal(client.started, 2);
  });

  it('rejects an already cancelled token at once', async () => {
    const { token, cancel } = cancellation();
    cancel();
    await assert.rejects(client.analyze(SAMPLE, undefined, token), AnalysisCancelled);
    assert.equal(client.started, 0);
  });

  it('rejects with a clear message when the worker cannot start, and keeps working', async () => {
    const broken = new AnalysisWorkerClient(path.join(ROOT, 'dist', 'no-such-worker.js'));
    try {
      await assert.rejects(broken.analyze(SAMPLE), /analysis worker/);
      await assert.rejects(broken.analyze(SAMPLE), /analysis worker/);
    } finally {
      broken.dispose();
    }
  });

  it('rejects pending jobs when disposed', async () => {
    const a = client.analyze(SAMPLE);
    const b = client.analyze(SAMPLE);
    client.dispose();
    await assert.rejects(a, AnalysisCancelled);
    await assert.rejects(b, AnalysisCancelled);
    await assert.rejects(client.analyze(SAMPLE), /disposed/);
  });
});
