/** Binary search over ascending numbers, shared by the passes that look up positions. */

/** The index of the first value at least `v` in the ascending `xs` (`xs.length` when none is). */
export function firstAtLeast(xs: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** As `firstAtLeast`, over spans sorted by `start`: the index of the first span starting at `v` or later. */
export function firstStartingAtLeast(spans: readonly { start: number }[], v: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
