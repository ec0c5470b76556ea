/**
 * `array.sort(compare)`, skipped when the array is already in order: most of the engine's lists
 * (mentions, quotes, sources, findings) are built in text order, and a sort copies the whole
 * array into scratch memory even then. The result is the same, since the sort is stable.
 */
export function sortInPlace<T>(array: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < array.length; i++) if (compare(array[i - 1], array[i]) > 0) return array.sort(compare);
  return array;
}
