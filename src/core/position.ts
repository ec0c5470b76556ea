import { firstAtLeast } from './lower-bound';

/** Converts UTF-16 offsets to line and column numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  line(offset: number): number {
    // The last line starting at the offset or before it (offsets are whole numbers); line 0 for any before the text.
    return Math.max(0, firstAtLeast(this.starts, offset + 1) - 1);
  }

  /** Offset where 0-based `line` starts, or undefined past the last line. */
  start(line: number): number | undefined {
    return this.starts[line];
  }

  /** 1-based line and column of an offset, for reports a person reads. */
  at(offset: number): { line: number; column: number } {
    const lo = this.line(offset);
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
