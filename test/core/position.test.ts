import { strict as assert } from 'assert';
import { LineIndex } from '../../src/core/position';

describe('LineIndex', () => {
  it('gives every offset its line, and the start of each line', () => {
    const text = 'one\ntwo\n\nfour\n';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const line = text.slice(0, offset).split('\n').length - 1;
      assert.equal(index.line(offset), line, `offset ${offset}`);
    }
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((l) => index.start(l)), [0, 4, 8, 9, 14, undefined]);
    // Before the text: line 0; past it: the last line.
    assert.equal(index.line(-5), 0);
    assert.equal(index.line(1000), 4);
    assert.equal(new LineIndex('').line(0), 0);
  });
});
