import { strict as assert } from 'assert';
import { analyze as coreAnalyze } from '../../src/core/analyze';
import { analyze, engineLoadMs } from '../../src/engine';

describe('the engine loaded on first use (src/engine.ts)', () => {
  it('analyses as the engine does, loading it once', () => {
    const text = '“We will respond,” Foreign Minister Yair Lapid said. A source said Lapid was angry.';
    assert.deepStrictEqual(analyze(text), coreAnalyze(text));
    const loadMs = engineLoadMs();
    assert.ok(Number.isFinite(loadMs) && loadMs >= 0, `load time ${loadMs}`);
    analyze('Another article.', { lexicon: { reportingVerbs: ['quipped'] } });
    assert.strictEqual(engineLoadMs(), loadMs, 'the engine was loaded again');
  });
});
