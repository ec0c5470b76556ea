/**
 * How long to wait after an edit before an article is analysed again, from what its recent
 * updates cost (the analysis and every view redrawn, on the extension host's thread), in the
 * spirit of VS Code's own debounce of language features adapted to their measured duration:
 *
 * - An edit that comes after the host was left alone for longer than an update costs (the usual
 *   pace of typing: a keystroke every 100–300 ms) is analysed at once, so the views follow it
 *   without a wait.
 * - An edit that comes sooner (a burst of keystrokes, a paste, an edit by another extension)
 *   waits as long as the median of the last five updates took, never more than the configured
 *   longest wait: keystrokes coming faster than the article can update are coalesced, and the
 *   updates take at most about half of the host's time.
 *
 * The median keeps one slow update (a garbage collection, the first run) from holding every
 * later one back.
 */
const WINDOW = 5;

interface Updates {
  /** The last costs, newest last. */
  costs: number[];
  /** When the last update ended (performance.now()). */
  endedAt: number;
}

export class AdaptiveDelay {
  private readonly updates = new Map<string, Updates>();

  /** An update of the document took `ms` milliseconds, ending at `endedAt`. */
  record(key: string, ms: number, endedAt = performance.now()): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    let updates = this.updates.get(key);
    if (!updates) this.updates.set(key, (updates = { costs: [], endedAt }));
    updates.costs.push(ms);
    if (updates.costs.length > WINDOW) updates.costs.shift();
    updates.endedAt = endedAt;
  }

  /**
   * How long to wait after an edit made at `now`: `longestMs` until an update of the document has
   * been measured; 0 when the last update ended longer ago than updates take; else their median.
   */
  delay(key: string, longestMs: number, now = performance.now()): number {
    const updates = this.updates.get(key);
    if (!updates) return longestMs;
    const sorted = [...updates.costs].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    const wait = Math.min(longestMs, Math.ceil(median));
    return now - updates.endedAt >= wait ? 0 : wait;
  }

  forget(key: string): void {
    this.updates.delete(key);
  }
}
