/**
 * A text with positions as a TextDocument computes them (lines end at `\r\n`, `\n` or `\r`):
 * the text of a file that is not open, so the workspace review's problems of closed files land
 * where the same file's live problems would, and of an open document's version
 * (document-text.ts). The line index is built on the first `positionAt`.
 */
import * as vscode from 'vscode';

export class FileText {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  positionAt(offset: number): vscode.Position {
    const starts = (this.starts ??= lineStarts(this.text));
    const at = Math.min(Math.max(Math.floor(offset), 0), this.text.length);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a line break is the end of its line.
    const lineEnd = lo + 1 < starts.length ? starts[lo + 1] - (this.text.startsWith('\r\n', starts[lo + 1] - 2) ? 2 : 1) : this.text.length;
    return new vscode.Position(lo, Math.min(at, lineEnd) - starts[lo]);
  }
}

/**
 * Where each line starts (after `\r\n`, `\n` or `\r`). Runs once per document version on the
 * whole text: without a `\r` (most files), lines are found with `indexOf`.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
