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
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

/** Cheap test: can this text contain a marker at all? */
export function mayHaveMarkers(text: string): boolean {
  return text.includes(PREFIX);
}

/** A marker as written, before its name and arguments are checked. */
export interface RawMarker extends Span {
  form: DirectiveForm;
  name: string;
  rest: Span;
}

export function parseMarkers(text: string): MarkerSet {
  const directives: Directive[] = [];
  const problems: MarkerProblem[] = [];
  if (!mayHaveMarkers(text)) return { directives, problems };
  const raws = rawMarkers(text);
  const lines = new LineIndex(text);
  const endsLine = endingLines(text, raws, lines);
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (!KINDS.has(r.name)) {
      problems.push({ start: r.start, end: r.end, message: `Unknown marker “${PREFIX}${r.name}”: use disable, enable, disable-line, disable-next-line, disable-file or anonymous.` });
      continue;
    }
    if (r.form === 'bracket' && !endsLine[i]) {
      problems.push({ start: r.start, end: r.end, message: 'Marker ignored: a [attribution-lens-…] marker must end its line (use the <!-- … --> form inside a line).' });
      continue;
    }
    const line = lines.line(r.start);
    const next = lines.start(line + 1);
    const lineEnd = next === undefined ? text.length : next - 1;
    // Another marker on the same line means the line is shared (and keeps this check linear
    // when a line holds thousands of markers: each line's text is read for one marker at most).
    const lineStart = lines.start(line) ?? 0;
    const shared = (i > 0 && raws[i - 1].end > lineStart) || (i + 1 < raws.length && raws[i + 1].start <= lineEnd);
    const ownLine = !shared && text.slice(lineStart, r.start).trim() === '' && text.slice(r.end, lineEnd).trim() === '';
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

const isBlank = (c: number) => c === 32 || c === 9;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * The raw markers in text order, as the two forms read:
 *
 *   <!--[ \t]*attribution-lens-NAME REST[ \t]*-->     REST: up to the first `-->` on the line
 *   \[[ \t]*attribution-lens-NAME REST\]              REST: up to the first `]` on the line
 *
 * with NAME = [a-z]+(?:-[a-z]+)*. One left-to-right scan with cached next-`-->`, next-`]` and
 * next-line-break positions, so the work is linear in the text even when a long line holds
 * thousands of unclosed markers (a regular expression did a quadratic search there).
 */
export function rawMarkers(text: string): RawMarker[] {
  const raws: RawMarker[] = [];
  let lastEnd = 0;
  let close = -1;
  let bracket = -1;
  let newline = -1;
  /** The index of `needle` at or after `from` (Infinity when there is none), reusing `cached` while it lies ahead. */
  const nextFrom = (cached: number, needle: string, from: number): number => {
    if (cached >= from) return cached;
    const i = text.indexOf(needle, from);
    return i < 0 ? Infinity : i;
  };
  for (let at = text.indexOf(PREFIX); at >= 0; at = text.indexOf(PREFIX, at + 1)) {
    // The opening: `<!--` or `[`, then spaces or tabs, then the prefix; not inside the previous marker.
    let s = at;
    while (s > lastEnd && isBlank(text.charCodeAt(s - 1))) s--;
    let form: DirectiveForm;
    if (s - 1 >= lastEnd && text.charCodeAt(s - 1) === 91 /* [ */) {
      form = 'bracket';
      s -= 1;
    } else if (s - COMMENT_OPEN.length >= lastEnd && text.startsWith(COMMENT_OPEN, s - COMMENT_OPEN.length)) {
      form = 'comment';
      s -= COMMENT_OPEN.length;
    } else continue;
    // The name.
    let e = at + PREFIX.length;
    if (!isLowerAscii(text.charCodeAt(e))) continue;
    while (isLowerAscii(text.charCodeAt(e)) || (text.charCodeAt(e) === 45 /* - */ && isLowerAscii(text.charCodeAt(e + 1)))) e++;
    const name = text.slice(at + PREFIX.length, e);
    newline = nextFrom(newline, '\n', e);
    let restEnd: number;
    let end: number;
    if (form === 'comment') {
      close = nextFrom(close, COMMENT_CLOSE, e);
      if (close === Infinity || close > newline) continue;
      restEnd = close;
      while (restEnd > e && isBlank(text.charCodeAt(restEnd - 1))) restEnd--;
      end = close + COMMENT_CLOSE.length;
    } else {
      bracket = nextFrom(bracket, ']', e);
      if (bracket === Infinity || bracket > newline) continue;
      restEnd = bracket;
      end = bracket + 1;
    }
    raws.push({ start: s, end, form, name, rest: { start: e, end: restEnd } });
    lastEnd = end;
    at = end - 1;
  }
  return raws;
}

/**
 * For each raw marker: true when only white space or other markers follow it up to its line's
 * end. One pass from the last marker back (linear, however many markers share a line).
 */
function endingLines(text: string, raws: RawMarker[], lines: LineIndex): boolean[] {
  const ends = new Array<boolean>(raws.length);
  for (let i = raws.length - 1; i >= 0; i--) {
    const next = lines.start(lines.line(raws[i].end) + 1);
    const newline = next === undefined ? text.length : next - 1;
    const following = i + 1 < raws.length && raws[i + 1].start < newline ? i + 1 : -1;
    const upTo = following < 0 ? newline : raws[following].start;
    ends[i] = text.slice(raws[i].end, upTo).trim() === '' && (following < 0 || ends[following]);
  }
  return ends;
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
