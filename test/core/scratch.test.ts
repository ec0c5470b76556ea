import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_KEPT_BYTES, Scratch, returnScratch, takeScratch } from '../../src/core/scratch';
import { analyze } from '../../src/core/analyze';
import { tokenize } from '../../src/core/text';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../samples/envoy-summoned.md'), 'utf8');

describe('scratch arrays', () => {
  it('hands back the same array while it is long enough, and a longer one keeping what was asked', () => {
    const s = new Scratch();
    const a = s.int32('x', 4);
    a.set([1, 2, 3, 4]);
    assert.equal(s.int32('x', 3), a);
    const b = s.int32('x', 8, 2);
    assert.notEqual(b, a);
    assert.ok(b.length >= 8);
    assert.deepEqual([...b.subarray(0, 4)], [1, 2, 0, 0], 'only the first `keep` entries are carried over');
    assert.equal(s.int32('x', 8), b);
    assert.ok(s.uint8('x', 2) instanceof Uint8Array, 'bytes and ints of one name are different arrays');
  });

  it('gives tokenizations without a scratch of their own arrays of their own', () => {
    const one = tokenize('Smith said.');
    const two = tokenize('Jones said.');
    assert.notEqual(one.start.buffer, two.start.buffer);
    assert.equal(one.words.surface[one.wordNo[0]], 'Smith');
  });

  it('analyses an article the same before and after longer and shorter texts reused the arrays', () => {
    const first = analyze(SAMPLE);
    const long = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
    const longFirst = analyze(long);
    assert.deepEqual(analyze(SAMPLE), first, 'after a longer text left its entries in the arrays');
    analyze('“Yes,” he said.');
    assert.deepEqual(analyze(long), longFirst, 'after a shorter text');
    assert.deepEqual(analyze(SAMPLE), first);
  });

  it('keeps the arrays for the next analysis, but not more than MAX_KEPT_BYTES of them', () => {
    const s = takeScratch();
    s.uint8('kept', 1024);
    returnScratch(s);
    assert.equal(takeScratch(), s, 'the next analysis reuses them');
    s.uint8('huge', MAX_KEPT_BYTES);
    returnScratch(s);
    assert.notEqual(takeScratch(), s, 'arrays of a text past the size limit are let go');
  });
});
