import { strict as assert } from 'assert';
import { firstAtLeast, firstStartingAtLeast } from '../../src/core/lower-bound';

describe('lower-bound', () => {
  it('finds the first value or span start at least v, as a scan from the left would', () => {
    // A fixed pseudo-random sequence: the same lists on every run.
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const xs = Array.from({ length: next(10) }, () => next(30)).sort((a, b) => a - b);
      const spans = xs.map((start) => ({ start, end: start + 1 }));
      for (let v = -2; v <= 32; v++) {
        const scan = xs.findIndex((x) => x >= v);
        const expected = scan < 0 ? xs.length : scan;
        assert.equal(firstAtLeast(xs, v), expected, `${JSON.stringify(xs)} ${v}`);
        assert.equal(firstAtLeast(Int32Array.from(xs), v), expected);
        assert.equal(firstStartingAtLeast(spans, v), expected);
      }
    }
  });
});
