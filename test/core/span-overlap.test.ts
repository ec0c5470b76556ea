import { strict as assert } from 'assert';
import { spanOverlaps } from '../../src/core/span-overlap';

describe('spanOverlaps', () => {
  it('answers as testing every span would, for spans in any order, nested or overlapping', () => {
    // A fixed pseudo-random sequence: the same spans on every run.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: next(12) }, () => {
        const start = next(100);
        return { start, end: start + 1 + next(15) };
      });
      const overlaps = spanOverlaps(spans);
      for (let start = 0; start < 120; start++) {
        for (let end = start + 1; end < start + 20; end++) {
          const expected = spans.some((s) => s.start < end && start < s.end);
          assert.equal(overlaps(start, end), expected, `[${start}, ${end}) against ${JSON.stringify(spans)}`);
        }
      }
    }
  });

  it('finds no overlap with no spans, nor with spans that only touch', () => {
    assert.equal(spanOverlaps([])(0, 10), false);
    const overlaps = spanOverlaps([{ start: 10, end: 20 }]);
    assert.equal(overlaps(0, 10), false);
    assert.equal(overlaps(20, 30), false);
    assert.equal(overlaps(19, 30), true);
    assert.equal(overlaps(12, 13), true);
  });
});
