/**
 * The text of a file that is not open, with positions as a TextDocument computes them (lines end
 * at `\r\n`, `\n` or `\r`), so the workspace review's problems of closed files land where the
 * same file's live problems would.
 */
import * as vscode from 'vscode';

export class FileText {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) this.starts.push(m.index + m[0].length);
  }

  positionAt(offset: number): vscode.Position {
    const at = Math.min(Math.max(Math.floor(offset), 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a line break is the end of its line.
    const lineEnd = lo + 1 < this.starts.length ? this.starts[lo + 1] - (this.text.startsWith('\r\n', this.starts[lo + 1] - 2) ? 2 : 1) : this.text.length;
    return new vscode.Position(lo, Math.min(at, lineEnd) - this.starts[lo]);
  }
}
