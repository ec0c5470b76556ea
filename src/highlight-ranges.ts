/**
 * What the editor highlights in an article, computed once per analysis: official mentions,
 * the speaker mention of each quote, the quote marks and mentions of each speaker (one palette
 * slot per speaker, in order of first quote), a hint after a quote naming its speaker when the
 * text beside it does not, unattributed quotes, anonymous sources and vague attributions.
 */
import * as vscode from 'vscode';
import type { Analysis, Quote, Speaker } from './core/types';
import { rangeOf } from './ranges';
import { documentPositions, documentText } from './document-text';
import { isQuoteMark } from './quote-marks';

/** Palette slots for speakers; the seventh speaker takes the first slot again. */
export const SPEAKER_COLOURS = ['speakerColor1', 'speakerColor2', 'speakerColor3', 'speakerColor4', 'speakerColor5', 'speakerColor6'] as const;
export type SpeakerColourKind = (typeof SPEAKER_COLOURS)[number];

export type HighlightKind = 'official' | 'speaker' | 'speakerHint' | 'unattributedQuote' | 'anonymousSource' | 'vagueAttribution' | SpeakerColourKind;

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['official', 'speaker', 'speakerHint', 'unattributedQuote', 'anonymousSource', 'vagueAttribution', ...SPEAKER_COLOURS];

/** The decorations of each kind, exactly as they are passed to `setDecorations`. */
export type ArticleHighlights = Record<HighlightKind, vscode.DecorationOptions[]>;

/** The colour of the hint after an unattributed quote (one object: views compare hints by it). */
const unattributedHintColour = new vscode.ThemeColor('attributionLens.unattributedQuoteBorder');

function emptyHighlights(): ArticleHighlights {
  return Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, []])) as unknown as ArticleHighlights;
}

/** Two quotes have the same speaker when they resolve to the same person, or the same name of the same kind. */
function speakerKey(s: Speaker, text: string): string {
  if (s.person !== undefined) return `person:${s.person}`;
  const label = s.name ?? (s.start !== null && s.end !== null ? text.slice(s.start, s.end) : '');
  return `${s.kind}:${label.toLowerCase()}`;
}

function hintText(s: Speaker, text: string): string {
  if (s.kind === 'unknown') return '— unattributed';
  const name = s.name ?? (s.start !== null && s.end !== null ? text.slice(s.start, s.end) : s.kind);
  return s.kind === 'anonymous' ? `— ${name} (anonymous)` : `— ${name}`;
}

/** Cues that put the speaker's mention in the quote's own sentence (`“…,” Dzhaparova said`, `according to X`). */
const CUES_BESIDE = new Set(['verb-after', 'verb-before', 'according-to']);

/**
 * Whether the text beside the quote already names its speaker: its own cue links a mention that
 * is the speaker's name or part of it. A pronoun (`He added: “…”`), an earlier mention (a
 * continued quote) or a quote attributed by context needs the hint.
 */
function namedBeside(q: Quote, text: string): boolean {
  const s = q.speaker;
  if (!q.cue || !CUES_BESIDE.has(q.cue.kind) || s.start === null || s.end === null || s.name === null) return false;
  const mention = text.slice(s.start, s.end).toLowerCase();
  const name = s.name.toLowerCase();
  if (s.kind !== 'person') return mention === name;
  return mention === name || name.endsWith(` ${mention}`) || name.startsWith(`${mention} `);
}

/** The quotation marks of a quote: the opening mark of each paragraph piece and the closing mark. */
function quoteMarks(q: Quote, text: string): Array<{ start: number; end: number }> {
  const marks: Array<{ start: number; end: number }> = [];
  for (const p of q.pieces) if (isQuoteMark(text, p.start)) marks.push({ start: p.start, end: p.start + 1 });
  if (!marks.length && isQuoteMark(text, q.start)) marks.push({ start: q.start, end: q.start + 1 });
  if (!q.unbalanced && q.end - 1 > q.start && isQuoteMark(text, q.end - 1)) marks.push({ start: q.end - 1, end: q.end });
  return marks;
}

export function articleHighlights(doc: vscode.TextDocument, a: Analysis): ArticleHighlights {
  const text = documentText(doc);
  const positions = documentPositions(doc);
  const range = (span: { start: number; end: number }) => rangeOf(positions, span);
  const h = emptyHighlights();

  for (const p of a.people) {
    if (p.official) for (const m of p.mentions) h.official.push({ range: range(m) });
  }

  const slots = new Map<string, number>();
  // Each speaker mention drawn (start and end as one number): a mention several quotes share is drawn once.
  const drawn = new Set<number>();
  const spanKey = (start: number, end: number) => start * (text.length + 1) + end;
  for (const q of [...a.quotes].sort((x, y) => x.start - y.start)) {
    const s = q.speaker;
    if (s.kind === 'unknown') {
      for (const piece of q.pieces.length ? q.pieces : [q]) h.unattributedQuote.push({ range: range(piece) });
      h.speakerHint.push({ range: range(q), renderOptions: { after: { contentText: hintText(s, text), color: unattributedHintColour } } });
      continue;
    }
    const key = speakerKey(s, text);
    if (!slots.has(key)) slots.set(key, slots.size % SPEAKER_COLOURS.length);
    const colour = h[SPEAKER_COLOURS[slots.get(key)!]];
    for (const mark of quoteMarks(q, text)) colour.push({ range: range(mark) });
    if (s.start !== null && s.end !== null && !drawn.has(spanKey(s.start, s.end))) {
      drawn.add(spanKey(s.start, s.end));
      const mention = range({ start: s.start, end: s.end });
      h.speaker.push({ range: mention });
      colour.push({ range: mention });
    }
    if (!namedBeside(q, text)) h.speakerHint.push({ range: range(q), renderOptions: { after: { contentText: hintText(s, text) } } });
  }

  for (const src of a.sources) {
    if (src.kind === 'anonymous') h.anonymousSource.push({ range: range(src) });
    else if (src.kind === 'vague') h.vagueAttribution.push({ range: range(src) });
  }
  return h;
}
