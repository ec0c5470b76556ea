import { strict as assert } from 'assert';
import { WordFlags, lowerIn, surfaceIn } from '../../src/core/word-flags';
import { tokenize } from '../../src/core/text';

describe('word flags', () => {
  it('answers each test per token, as the sets would', () => {
    const honorifics = new Set(['mr.', 'ms.']);
    const demonyms = new Set(['Israeli']);
    let asked = 0;
    const flags = new WordFlags([
      lowerIn(honorifics),
      surfaceIn(demonyms),
      (words, n) => {
        asked++;
        return words.lower[n].endsWith('s');
      },
    ]);
    const tokens = tokenize('Mr. Lapid told Israeli reporters, and MR. Lapid told israeli reporters.');
    for (let t = 0; t < tokens.count; t++) {
      const word = tokens.words.surface[tokens.wordNo[t]];
      const lower = tokens.words.lower[tokens.wordNo[t]];
      const v = flags.at(tokens, t);
      assert.equal((v & WordFlags.bit(0)) !== 0, honorifics.has(lower), `honorific: ${word}`);
      assert.equal((v & WordFlags.bit(1)) !== 0, demonyms.has(word), `demonym: ${word}`);
      assert.equal(flags.has(tokens, t, WordFlags.bit(2)), lower.endsWith('s'), `plural: ${word}`);
    }
    const distinct = new Set(tokens.wordNo).size;
    assert.equal(asked, distinct, 'each word is tested once, however often it occurs');
  });

  it('gives 0 for a token outside the text', () => {
    const flags = new WordFlags([lowerIn(new Set(['said']))]);
    const tokens = tokenize('He said.');
    assert.equal(flags.at(tokens, -1), 0);
    assert.equal(flags.at(tokens, tokens.count), 0);
    assert.ok(flags.has(tokens, 1, 1));
  });

  it('refuses more than 30 tests', () => {
    assert.throws(() => new WordFlags(new Array(31).fill(() => false)));
  });
});
