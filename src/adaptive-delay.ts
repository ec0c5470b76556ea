/**
 * How long to wait after an edit before an article is analysed again, from what its recent
 * updates cost (the analysis and every view redrawn, on the extension host's thread), in the way
 * VS Code adapts its own language features' debounce to their measured duration: twice the
 * average of the last few updates, never more than the configured longest wait. A short article,
 * which updates in a few milliseconds, is updated almost at once; a long one waits up to the
 * setting, so typing is not held up by updates that the next keystroke makes stale.
 */
const WINDOW = 5;
const FACTOR = 2;

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
    const average = costs.reduce((a, b) => a + b, 0) / costs.length;
    return Math.min(longestMs, Math.ceil(FACTOR * average));
  }

  forget(key: string): void {
    this.costs.delete(key);
  }
}
