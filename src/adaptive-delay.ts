/**
 * How long to wait after an edit before an article is analysed again, from what its recent
 * updates cost (the analysis and every view redrawn, on the extension host's thread), in the
 * spirit of VS Code's own debounce of language features adapted to their measured duration: as
 * long as the median of the last five updates took, never more than the configured longest
 * wait. A short article, which updates in a few milliseconds, is updated almost at once; a long
 * one waits longer, so keystrokes that come faster than it can update are coalesced. The median
 * keeps one slow update (a garbage collection, the first run) from holding every later one back.
 */
const WINDOW = 5;

export class AdaptiveDelay {
  /** The last costs per document, newest last. */
  private readonly costs = new Map<string, number[]>();

  /** An update of the document took `ms` milliseconds. */
  record(key: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    let costs = this.costs.get(key);
    if (!costs) this.costs.set(key, (costs = []));
    costs.push(ms);
    if (costs.length > WINDOW) costs.shift();
  }

  /** How long to wait after an edit: `longestMs` until an update of the document has been measured. */
  delay(key: string, longestMs: number): number {
    const costs = this.costs.get(key);
    if (!costs?.length) return longestMs;
    const sorted = [...costs].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return Math.min(longestMs, Math.ceil(median));
  }

  forget(key: string): void {
    this.costs.delete(key);
  }
}
