/**
 * Text edits that add markers (for quick fixes and other tools): turn a code off on one line,
 * or record why the anonymous sources on a line are anonymous. An existing marker on the line
 * is extended or updated rather than a second one added. Pure: offsets into `text`.
 */
import type { FindingCode } from './types';
import { parseMarkers, type DirectiveForm, type MarkerSet } from './markers';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function render(form: DirectiveForm, body: string): string {
  return form === 'comment' ? `<!-- attribution-lens-${body} -->` : `[attribution-lens-${body}]`;
}

/**
 * The edit that turns `code` off on the line holding `offset`: the code appended to that line's
 * `disable-line` marker, or a new marker at the line end. Null when the code is already off there.
 */
export function disableLineEdit(text: string, code: FindingCode, offset: number, form: DirectiveForm = 'comment', markers: MarkerSet = parseMarkers(text)): TextEdit | null {
  const line = lineBounds(text, offset);
  const existing = markers.directives.find((d) => d.kind === 'disable-line' && d.start >= line.start && d.start <= line.end);
  if (existing) {
    if (existing.all || existing.codes.includes(code)) return null;
    const sep = text.slice(existing.args.start, existing.args.end).includes(',') ? ', ' : ' ';
    return { start: existing.args.end, end: existing.args.end, newText: `${sep}${code}` };
  }
  return { start: line.end, end: line.end, newText: ` ${render(form, `disable-line ${code}`)}` };
}

/**
 * The edit that records `reason` for the anonymous sources on the line holding `offset`: the
 * reason of that line's `anonymous` marker replaced, or a new marker at the line end. Line
 * breaks, and what would end the marker (`-->`; `[` and `]` in the bracket form), are
 * replaced in the reason.
 */
export function anonymityReasonEdit(text: string, offset: number, reason: string, form: DirectiveForm = 'comment', markers: MarkerSet = parseMarkers(text)): TextEdit {
  const line = lineBounds(text, offset);
  const existing = markers.directives.find((d) => d.kind === 'anonymous' && d.start >= line.start && d.start <= line.end);
  const useForm = existing?.form ?? form;
  let clean = reason.replace(/\s+/g, ' ').trim();
  clean = useForm === 'comment' ? clean.replace(/--+>?/g, '–') : clean.replace(/\[/g, '(').replace(/\]/g, ')');
  if (existing) return { start: existing.args.start, end: existing.args.end, newText: clean };
  return { start: line.end, end: line.end, newText: ` ${render(form, `anonymous: ${clean}`)}` };
}

/** Where a file-level marker goes: after a Markdown front matter block (`---` … `---`), else at the start. */
function fileMarkerOffset(text: string): number {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/**
 * The edit that turns `code` off in the whole file: the code appended to the file's first
 * `disable-file` marker, or a new marker on its own line at the top (after front matter).
 * Null when the code is already off in the file.
 */
export function disableFileEdit(text: string, code: FindingCode, form: DirectiveForm = 'comment', markers: MarkerSet = parseMarkers(text)): TextEdit | null {
  const files = markers.directives.filter((d) => d.kind === 'disable-file');
  if (files.some((d) => d.all || d.codes.includes(code))) return null;
  const existing = files[0];
  if (existing) {
    const sep = text.slice(existing.args.start, existing.args.end).includes(',') ? ', ' : ' ';
    return { start: existing.args.end, end: existing.args.end, newText: `${sep}${code}` };
  }
  const at = fileMarkerOffset(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Front matter that ends the file without a line break needs one before the marker.
  const lead = at > 0 && !/\n$/.test(text.slice(0, at)) ? eol : '';
  return { start: at, end: at, newText: `${lead}${render(form, `disable-file ${code}`)}${eol}` };
}
