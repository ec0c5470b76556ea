/**
 * Which lines of a document were edited since a view last drew it, so the view can tell whether
 * what it drew then still stands where the editor shows it. VS Code moves decorations and problem
 * markers along with the text it edits: a range the edits did not touch is still drawn at the
 * same line and column, and when the new analysis puts it there again nothing needs sending.
 * Conservative: once an edit adds or removes lines, everything from its line on counts as moved.
 */
interface LineRange {
  readonly start: { readonly line: number };
  readonly end: { readonly line: number };
}

export interface LineEdit {
  readonly range: LineRange;
  readonly text: string;
}

export class EditRegion {
  /** The first line any edit touched. */
  private firstLine = Infinity;
  /** Whether an edit added or removed lines (then every line from `firstLine` on moved). */
  private shifted = false;
  /** Lines edited in place, while no line was added or removed. */
  private readonly lines = new Set<number>();

  add(edit: LineEdit): void {
    const { start, end } = edit.range;
    this.firstLine = Math.min(this.firstLine, start.line);
    if (end.line !== start.line || /[\r\n]/.test(edit.text)) this.shifted = true;
    else this.lines.add(start.line);
  }

  /** Whether nothing was edited. */
  get empty(): boolean {
    return this.firstLine === Infinity;
  }

  /** Whether a range drawn before the edits may have been moved or resized by them. */
  touches(range: LineRange): boolean {
    if (range.end.line < this.firstLine) return false;
    if (this.shifted) return true;
    for (const line of this.lines) if (range.start.line <= line && line <= range.end.line) return true;
    return false;
  }

  /** Whether the edits may have moved or resized any of the ranges drawn before (decorations, problems). */
  touchesAny(drawn: readonly { readonly range: LineRange }[]): boolean {
    return drawn.some((d) => this.touches(d.range));
  }
}
