import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { PhraseTrie, phraseKeys, tokenizedKeys } from '../../src/core/phrases';
import { tokenize } from '../../src/core/text';

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

describe('phrase trie', () => {
  const trie = new PhraseTrie<string>();
  for (const p of ['Foreign Ministry', 'Foreign Ministry of Ukraine', 'White House', 'House', 'State Department']) trie.add(p, p.toLowerCase());
  const tokens = tokenize('The Foreign Ministry of Ukraine and the White House said the State said the Foreign Ministry spoke.');

  it('finds the longest phrase at a token, within a limit', () => {
    assert.deepEqual(trie.longestAt(tokens, 1), { length: 4, value: 'foreign ministry of ukraine' });
    assert.deepEqual(trie.longestAt(tokens, 1, 4), { length: 2, value: 'foreign ministry' }, 'the limit cuts the longer phrase');
    assert.deepEqual(trie.longestAt(tokens, 7), { length: 2, value: 'white house' });
    assert.deepEqual(trie.longestAt(tokens, 8), { length: 1, value: 'house' });
    assert.equal(trie.longestAt(tokens, 11), null, '"State" alone is no phrase');
  });

  it('gives the same length without a match object (lengthAt) at every token and limit', () => {
    for (let t = -1; t <= tokens.count; t++) {
      for (let limit = t; limit <= tokens.count; limit++) assert.equal(trie.lengthAt(tokens, t, limit), trie.longestAt(tokens, t, limit)?.length ?? 0, `token ${t}, limit ${limit}`);
    }
  });
});
