import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { phraseKeys, tokenizedKeys } from '../../src/core/phrases';

const LEXICON = path.resolve(__dirname, '..', '..', '..', 'src', 'core', 'lexicon');

/** Every string in a lexicon file, keys of objects included. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out);
    }
  }
  return out;
}

describe('phrase keys', () => {
  it('splits plain phrases without the tokenizer exactly as the tokenizer does, for every lexicon entry', () => {
    let plain = 0;
    for (const file of fs.readdirSync(LEXICON)) {
      for (const phrase of stringsOf(JSON.parse(fs.readFileSync(path.join(LEXICON, file), 'utf8')))) {
        assert.deepEqual(phraseKeys(phrase), tokenizedKeys(phrase.trim()), `${file}: ${JSON.stringify(phrase)}`);
        if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(phrase.trim())) plain++;
      }
    }
    assert.ok(plain > 5000, `${plain} plain phrases`);
  });

  it('agrees with the tokenizer on any phrase of letters and spaces (fast-check)', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' ', '  '), (words, pad) => {
        const phrase = `${pad}${words.join(' ')}${pad}`;
        assert.deepEqual(phraseKeys(phrase), tokenizedKeys(phrase.trim()));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves other phrases to the tokenizer (apostrophes, hyphens, periods, accents)', () => {
    assert.deepEqual(phraseKeys("people familiar with the matter"), ['people', 'familiar', 'with', 'the', 'matter']);
    for (const phrase of ["Lapid's office", 'Director-General', 'U.S. official', 'Ministère', 'a  source']) {
      assert.deepEqual(phraseKeys(phrase), tokenizedKeys(phrase));
    }
  });
});
