import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { summarize } from '../../src/attribution-summary';

// out/test/unit/ -> project root
const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'samples', 'envoy-summoned.md');

describe('summarize (status bar counts)', () => {
  it('counts the sample: quotes, distinct named sources, distinct anonymous sources, vague attributions', () => {
    const s = summarize(analyze(fs.readFileSync(SAMPLE, 'utf8')));
    assert.equal(s.quotes, 10);
    assert.deepEqual(s.quotesBy, { person: 7, organization: 1, media: 0, anonymous: 2, unknown: 0 });
    // A person counts once however often (and however) they are mentioned.
    assert.deepEqual(
      s.named.filter((n) => n.kind === 'person').map((n) => n.name),
      ['Emine Dzhaparova', 'Michael Brodsky', 'Yair Lapid', 'Natalia Moroz'],
    );
    assert.equal(s.officials, 3);
    // “The official” refers back to “A senior Israeli official”: one source.
    assert.deepEqual(s.anonymous, ['A senior Israeli official', 'a diplomatic source']);
    assert.deepEqual(s.vague, ['Israeli media reports', 'It is understood that', 'critics say']);
    assert.equal(s.warnings, 3);
    assert.equal(s.infos, 3);
  });

  it('counts an unattributed quote and no sources in a bare text', () => {
    const s = summarize(analyze('The shelling continued overnight.\n\n“This cannot go on.”'));
    assert.equal(s.quotes, 1);
    assert.equal(s.quotesBy.unknown, 1);
    assert.deepEqual([s.named.length, s.anonymous.length, s.vague.length], [0, 0, 0]);
  });
});
