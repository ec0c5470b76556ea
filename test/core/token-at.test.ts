import { strict as assert } from 'assert';
import { tokenAt, tokenize } from '../../src/core/text';
import { Scratch } from '../../src/core/scratch';

/** The first token whose start is at or after `pos`, by a plain scan. */
function firstAtOrAfter(starts: Int32Array, pos: number): number {
  let t = 0;
  while (t < starts.length && starts[t] < pos) t++;
  return t;
}

describe('tokenAt', () => {
  it('finds the first token at or after every position, in dense text and across long gaps', () => {
    // Dense prose, a gap of several 64-character blocks without tokens, a token on a block boundary,
    // astral characters and a text ending in white space.
    const text = `“We will not,” Lapid said. ${' '.repeat(200)}Brodsky${' '.repeat(64 - ((235 + 7) % 64))}x 😀 y\n\n  `;
    const tokens = tokenize(text);
    for (let pos = -3; pos <= text.length + 70; pos++) assert.equal(tokenAt(tokens, pos), firstAtOrAfter(tokens.start, pos), `position ${pos}`);
  });

  it('answers 0 and the token count at the ends, and for an empty text', () => {
    const tokens = tokenize('Kyiv said.');
    assert.equal(tokenAt(tokens, 0), 0);
    assert.equal(tokenAt(tokens, 10), tokens.count);
    assert.equal(tokenAt(tokens, 1e9), tokens.count);
    // Positions a 32-bit shift would wrap.
    for (const far of [2 ** 31, 2 ** 32 + 5, 1e12, Infinity]) assert.equal(tokenAt(tokens, far), tokens.count, String(far));
    const empty = tokenize('');
    assert.equal(tokenAt(empty, 0), 0);
    assert.equal(tokenAt(empty, 5), 0);
    assert.equal(tokenAt(empty, 2 ** 31), 0);
  });

  it('agrees with a plain scan on a long text reused after a shorter one (scratch arrays keep old entries)', () => {
    const long = 'Yair Lapid, the foreign minister, said: “No.” '.repeat(400);
    const short = 'He said.';
    const scratch = new Scratch();
    tokenize(long, scratch);
    const tokens = tokenize(short, scratch);
    for (let pos = 0; pos <= short.length + 130; pos++) assert.equal(tokenAt(tokens, pos), firstAtOrAfter(tokens.start, pos), `position ${pos}`);
  });
});
