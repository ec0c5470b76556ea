/**
 * In-document control markers (markdownlint-style), in two forms accepted in every file type:
 *
 *   <!-- attribution-lens-disable CODE… -->        HTML comment: anywhere on a line
 *   [attribution-lens-disable CODE…]               bracket: must end its line (only spaces or
 *                                                  other markers after it)
 *
 * Directives: `disable` / `enable` (a block; no codes = every code), `disable-line`,
 * `disable-next-line`, `disable-file`, and `anonymous: REASON`, which marks the anonymous
 * sources on its line (or on the next line, when the marker stands alone on its line) as
 * intentional. Codes are separated by spaces or commas; unknown codes are reported and ignored.
 * Markers are text, so they move with edits. See docs/rules/README.md.
 */
import { LineIndex } from './position';
import type { FindingCode, Span } from './types';
import { FINDING_CODES, isFindingCode } from './codes';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'anonymous';
export type DirectiveForm = 'comment' | 'bracket';

export interface Directive extends Span {
  kind: DirectiveKind;
  form: DirectiveForm;
  /** 0-based line of the directive's start. */
  line: number;
  /** True when nothing but white space shares the directive's line. */
  ownLine: boolean;
  /** The known codes written; for `anonymous` always empty. */
  codes: FindingCode[];
  /** True when no code was written: the directive covers every code (not for `anonymous`). */
  all: boolean;
  /** The argument text (codes or reason); an empty span at the insertion point when there is none. */
  args: Span;
  /** For `anonymous`: the reason given (may be empty, which is reported as a problem). */
  reason?: string;
}

export interface MarkerProblem extends Span {
  message: string;
}

export interface MarkerSet {
  directives: Directive[];
  /** Unknown codes and directives, bracket markers not at a line end, missing reasons. */
  problems: MarkerProblem[];
}

const KINDS = new Set<string>(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file', 'anonymous']);
const PREFIX = 'attribution-lens-';
// Group 1: the directive name; group 2: the rest up to the closing `-->` or `]`.
const MARKER = /<!--[ \t]*attribution-lens-([a-z]+(?:-[a-z]+)*)([^\n]*?)[ \t]*-->|\[[ \t]*attribution-lens-([a-z]+(?:-[a-z]+)*)([^\]\n]*)\]/dg;

/** Cheap test: can this text contain a marker at all? */
export function mayHaveMarkers(text: string): boolean {
  return text.includes(PREFIX);
}

interface Raw extends Span {
  form: DirectiveForm;
  name: string;
  rest: Span;
}

export function parseMarkers(text: string): MarkerSet {
  const directives: Directive[] = [];
  const problems: MarkerProblem[] = [];
  if (!mayHaveMarkers(text)) return { directives, problems };
  const raws: Raw[] = [];
  for (const m of text.matchAll(MARKER)) {
    const comment = m[1] !== undefined;
    const idx = m.indices!;
    const restSpan = comment ? idx[2]! : idx[4]!;
    raws.push({ start: m.index!, end: m.index! + m[0].length, form: comment ? 'comment' : 'bracket', name: comment ? m[1] : m[3], rest: { start: restSpan[0], end: restSpan[1] } });
  }
  const lines = new LineIndex(text);
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (!KINDS.has(r.name)) {
      problems.push({ start: r.start, end: r.end, message: `Unknown marker “${PREFIX}${r.name}”: use disable, enable, disable-line, disable-next-line, disable-file or anonymous.` });
      continue;
    }
    if (r.form === 'bracket' && !endsLine(text, raws, i)) {
      problems.push({ start: r.start, end: r.end, message: 'Marker ignored: a [attribution-lens-…] marker must end its line (use the <!-- … --> form inside a line).' });
      continue;
    }
    const line = lines.line(r.start);
    const next = lines.start(line + 1);
    const lineEnd = next === undefined ? text.length : next - 1;
    const ownLine = text.slice(lines.start(line), r.start).trim() === '' && text.slice(r.end, lineEnd).trim() === '';
    const kind = r.name as DirectiveKind;
    const restText = text.slice(r.rest.start, r.rest.end);
    if (kind === 'anonymous') {
      const colon = restText.match(/^\s*:/);
      const from = r.rest.start + (colon ? colon[0].length : 0);
      const lead = text.slice(from, r.rest.end).length - text.slice(from, r.rest.end).trimStart().length;
      const reason = text.slice(from, r.rest.end).trim();
      const args = { start: from + lead, end: from + lead + reason.length };
      if (!colon && restText.trim()) problems.push({ start: r.start, end: r.end, message: 'Write the reason after a colon: attribution-lens-anonymous: REASON.' });
      else if (!reason) problems.push({ start: r.start, end: r.end, message: 'The anonymous marker needs a reason: attribution-lens-anonymous: REASON (why anonymity was granted).' });
      directives.push({ start: r.start, end: r.end, kind, form: r.form, line, ownLine, codes: [], all: false, args, reason: colon ? reason : '' });
      continue;
    }
    const codes: FindingCode[] = [];
    let written = 0;
    let argsStart = -1;
    let argsEnd = r.rest.start;
    for (const c of restText.matchAll(/[^\s,]+/g)) {
      const start = r.rest.start + c.index!;
      const end = start + c[0].length;
      if (argsStart < 0) argsStart = start;
      argsEnd = end;
      written++;
      if (isFindingCode(c[0])) {
        if (!codes.includes(c[0])) codes.push(c[0]);
      } else problems.push({ start, end, message: `Unknown finding code “${c[0]}” ignored (known: ${FINDING_CODES.map((x) => x.code).join(', ')}).` });
    }
    const args = argsStart < 0 ? { start: r.rest.start, end: r.rest.start } : { start: argsStart, end: argsEnd };
    directives.push({ start: r.start, end: r.end, kind, form: r.form, line, ownLine, codes, all: written === 0, args });
  }
  return { directives, problems };
}

/** True when only white space or other markers follow raw marker `i` up to its line's end. */
function endsLine(text: string, raws: Raw[], i: number): boolean {
  let nl = text.indexOf('\n', raws[i].end);
  if (nl < 0) nl = text.length;
  let cursor = raws[i].end;
  for (let j = i + 1; j < raws.length && raws[j].start < nl; j++) {
    if (text.slice(cursor, raws[j].start).trim() !== '') return false;
    cursor = raws[j].end;
  }
  return text.slice(cursor, nl).trim() === '';
}

/** The text with every directive replaced by spaces (line breaks and offsets kept), so the engine never reads a marker as article text. */
export function maskMarkers(text: string, markers: MarkerSet = parseMarkers(text)): string {
  if (markers.directives.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of markers.directives) {
    out += text.slice(at, d.start) + text.slice(d.start, d.end).replace(/[^\r\n]/g, ' ');
    at = d.end;
  }
  return out + text.slice(at);
}

interface Range {
  start: number;
  end: number;
  directive: Directive;
}

/** Answers, for a finding, which directive (if any) turns it off, and which anonymity reason covers an offset. */
export class MarkerIndex {
  private readonly ranges = new Map<FindingCode, Range[]>();
  private readonly reasons = new Map<number, Directive>();
  private readonly lines: LineIndex | undefined;

  constructor(text: string, readonly markers: MarkerSet = parseMarkers(text)) {
    // Line starts are needed only when there are directives (most articles have none).
    const lines = markers.directives.length ? new LineIndex(text) : undefined;
    this.lines = lines;
    const lineStart = (l: number) => lines?.start(l) ?? text.length + 1;
    const open = new Map<FindingCode, Directive>();
    const add = (code: FindingCode, start: number, end: number, directive: Directive) => {
      let list = this.ranges.get(code);
      if (!list) this.ranges.set(code, (list = []));
      list.push({ start, end, directive });
    };
    const codesOf = (d: Directive) => (d.all ? FINDING_CODES.map((c) => c.code) : d.codes);
    for (const d of markers.directives) {
      switch (d.kind) {
        case 'anonymous':
          if (!d.reason) break;
          // The marker's own line wins over a marker standing alone on the line before.
          this.reasons.set(d.line, d);
          if (d.ownLine && !this.reasons.has(d.line + 1)) this.reasons.set(d.line + 1, d);
          break;
        case 'disable-file':
          for (const c of codesOf(d)) add(c, 0, Infinity, d);
          break;
        case 'disable-line':
          for (const c of codesOf(d)) add(c, lineStart(d.line), lineStart(d.line + 1), d);
          break;
        case 'disable-next-line':
          for (const c of codesOf(d)) add(c, lineStart(d.line + 1), lineStart(d.line + 2), d);
          break;
        case 'disable':
          for (const c of codesOf(d)) if (!open.has(c)) open.set(c, d);
          break;
        case 'enable':
          for (const c of codesOf(d)) {
            const from = open.get(c);
            if (!from) continue;
            add(c, from.end, d.start, from);
            open.delete(c);
          }
          break;
      }
    }
    for (const [c, from] of open) add(c, from.end, Infinity, from);
  }

  /** The directive that disables `code` at `offset` (a finding's start), if any. */
  suppressing(code: FindingCode, offset: number): Directive | undefined {
    for (const r of this.ranges.get(code) ?? []) if (offset >= r.start && offset < r.end) return r.directive;
    return undefined;
  }

  /** The `anonymous: REASON` marker that covers a source starting at `offset`, if any. */
  reasonAt(offset: number): Directive | undefined {
    return this.reasons.size && this.lines ? this.reasons.get(this.lines.line(offset)) : undefined;
  }
}
