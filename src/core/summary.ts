/**
 * Summary metrics of a reviewed article, for the CLI's thresholds and for reports.
 *
 * - `anonymousShare`: quotes whose speaker is unnamed (an anonymous source such as “a senior
 *   official”, or vague sourcing such as “critics said”) divided by all quotes (partial ones
 *   included); 0 when the article has no quotes. Quotes whose anonymity the article explains
 *   with a marker still count: a reason does not make a source named.
 * - `speakers`: quoted words per speaker (words are runs of letters and digits), and each
 *   speaker's share of all quoted words; unattributed quotes are one entry of kind `unknown`.
 */
import type { Analysis, Finding, Quote, Severity, SpeakerKind } from './types';
import type { AnonymityReason } from './review';
import { spanOverlaps } from './span-overlap';

export interface SpeakerShare {
  /** `vague` for an unnamed group or report (“critics said”); otherwise the speaker's kind. */
  kind: SpeakerKind | 'vague';
  name: string | null;
  quotes: number;
  words: number;
  /** words / all quoted words (0 when nothing is quoted). */
  share: number;
}

export interface ReviewSummary {
  quotes: number;
  unattributedQuotes: number;
  /** Quotes whose speaker is an anonymous source. */
  anonymousQuotes: number;
  /** Quotes whose speaker is vague sourcing (“critics said”, “residents say”). */
  vagueQuotes: number;
  /** (anonymousQuotes + vagueQuotes) / quotes, 0 when there are no quotes. */
  anonymousShare: number;
  quotedWords: number;
  /** Share of quoted words spoken by anonymous or vague speakers. */
  anonymousWordShare: number;
  speakers: SpeakerShare[];
  anonymousSources: number;
  /** Anonymous sources the article explains with an `attribution-lens-anonymous` marker. */
  explainedAnonymousSources: number;
  vagueSources: number;
  /** Findings after review, by severity. */
  findings: Record<Severity, number>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(s[i]);
}

/** Words: runs of letters and digits; an apostrophe between two of them (`it’s`) joins them. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isWordChar(s, i)) {
      if (!inWord) n++;
      inWord = true;
    } else {
      const c = s.charCodeAt(i);
      inWord = inWord && (c === 39 || c === 0x2019) && i + 1 < s.length && isWordChar(s, i + 1);
    }
  }
  return n;
}

/**
 * The speaker kind for reports of each quote of the analysis: `vague` when the engine's anonymous
 * speaker is one of its vague sources (“critics said”), found through an index of those sources.
 */
export function reportedSpeakerKinds(analysis: Analysis): (q: Quote) => SpeakerShare['kind'] {
  const overlapsVague = spanOverlaps(analysis.sources.filter((s) => s.kind === 'vague'));
  return (q) => {
    const sp = q.speaker;
    const vague = sp.kind === 'anonymous' && sp.start !== null && sp.end !== null && overlapsVague(sp.start, sp.end);
    return vague ? 'vague' : sp.kind;
  };
}

export function summarize(analysis: Analysis, findings: Finding[], reasons: AnonymityReason[]): ReviewSummary {
  const vagueSpans = analysis.sources.filter((s) => s.kind === 'vague');
  const reportedSpeakerKind = reportedSpeakerKinds(analysis);
  const speakers = new Map<string, SpeakerShare>();
  let anonymousQuotes = 0;
  let vagueQuotes = 0;
  let unattributed = 0;
  let quotedWords = 0;
  let anonymousWords = 0;
  for (const q of analysis.quotes) {
    const sp = q.speaker;
    const kind = reportedSpeakerKind(q);
    const words = countWords(q.text);
    quotedWords += words;
    if (kind === 'unknown') unattributed++;
    else if (kind === 'vague') vagueQuotes++;
    else if (kind === 'anonymous') anonymousQuotes++;
    if (kind === 'vague' || kind === 'anonymous') anonymousWords += words;
    const key = kind === 'unknown' ? 'unknown' : sp.person !== undefined ? `person:${sp.person}` : `${kind}:${(sp.name ?? '').toLowerCase()}`;
    const entry = speakers.get(key) ?? { kind, name: kind === 'unknown' ? null : sp.name, quotes: 0, words: 0, share: 0 };
    entry.quotes++;
    entry.words += words;
    speakers.set(key, entry);
  }
  const list = [...speakers.values()];
  for (const s of list) s.share = quotedWords ? s.words / quotedWords : 0;
  list.sort((a, b) => b.words - a.words || b.quotes - a.quotes);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  const quotes = analysis.quotes.length;
  return {
    quotes,
    unattributedQuotes: unattributed,
    anonymousQuotes,
    vagueQuotes,
    anonymousShare: quotes ? (anonymousQuotes + vagueQuotes) / quotes : 0,
    quotedWords,
    anonymousWordShare: quotedWords ? anonymousWords / quotedWords : 0,
    speakers: list,
    anonymousSources: analysis.sources.filter((s) => s.kind === 'anonymous').length,
    explainedAnonymousSources: reasons.length,
    vagueSources: vagueSpans.length,
    findings: bySeverity,
  };
}
