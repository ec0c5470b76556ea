/**
 * Whether a span overlaps any of a set of spans, answered in O(log n) per question: the spans
 * sorted by start, with the furthest end among each prefix. A question for every quote against
 * every vague source was quadratic on long texts (1,460 quotes × 500 sources on a 300 KB article).
 */
import type { Span } from './types';
import { firstAtLeast } from './lower-bound';

/** The spans may come in any order and overlap each other; `overlaps(start, end)` is `s.start < end && start < s.end` for some span. */
export function spanOverlaps(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const furthestEnd: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) furthestEnd.push((furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    // How many spans start before `end`: they are the only candidates.
    const before = firstAtLeast(starts, end);
    return before > 0 && furthestEnd[before - 1] > start;
  };
}
