/**
 * The sourcing report of one article, as data: the summary counts, quoted words per speaker,
 * officials and other people, anonymous sources with the reasons the article records
 * (`attribution-lens-anonymous: REASON`), vague attributions, the problems after review (what
 * the Problems panel shows) and every quote. Every entry keeps its offsets and its 1-based
 * line and column, so a renderer can link back to the text. Pure: the webview, the Markdown,
 * JSON and CSV exports and the tests all read this model.
 */
import { summarize as countSources } from './attribution-summary';
import { LineIndex } from './position';
import { reviewProblems, type Review, type ReviewProblem } from './review';
import { reportedSpeakerKinds, type SpeakerShare } from './summary';
import type { Analysis, Severity } from './types';
import { statedAnonymityReason } from './stated-anonymity-reason';

export interface ReportPlace {
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface ReportQuote extends ReportPlace {
  text: string;
  partial: boolean;
  speakerKind: SpeakerShare['kind'];
  /** null for an unattributed quote. */
  speakerName: string | null;
}

/** A person, placed at their first mention. */
export interface ReportPerson extends ReportPlace {
  name: string;
  title: string | null;
  affiliation: string | null;
  official: boolean;
  mentions: number;
  quotes: number;
  titledAtFirstMention: boolean;
}

/** An anonymous source at its first wording; later mentions (`the official`) are counted, not listed. */
export interface ReportAnonymousSource extends ReportPlace {
  text: string;
  /** The reason an `attribution-lens-anonymous` marker records, or null when none does. */
  reason: string | null;
  /** The reason the article's text gives for the anonymity (`stated-anonymity-reason.ts`), or null. */
  statedReason: string | null;
  mentions: number;
}

export interface ReportVagueSource extends ReportPlace {
  text: string;
}

export interface ReportProblem extends ReportPlace, Omit<ReviewProblem, 'start' | 'end'> {
  /** The text the problem points at. */
  excerpt: string;
}

export interface ReportSummary {
  quotes: number;
  partialQuotes: number;
  unattributedQuotes: number;
  /** Quotes from a named person, organization or outlet. */
  namedQuotes: number;
  anonymousQuotes: number;
  vagueQuotes: number;
  /** (anonymous + vague quotes) / quotes, as the CLI's `check` computes it. */
  anonymousShare: number;
  quotedWords: number;
  /** Distinct named sources (people, organizations, outlets credited with a quote or a claim), as the status bar counts them. */
  namedSources: number;
  officials: number;
  /** Distinct anonymous sources (a later “the official” counts once). */
  anonymousSources: number;
  /** Anonymous sources whose anonymity the article explains with a marker. */
  explainedAnonymousSources: number;
  vagueSources: number;
  problems: Record<Severity, number>;
}

export interface SourcingReportModel {
  /** The article as the report names it (a workspace-relative path or a file name). */
  path: string;
  summary: ReportSummary;
  /** Quoted words per speaker, most words first; an unattributed entry has kind `unknown` and no name. */
  speakers: SpeakerShare[];
  officials: ReportPerson[];
  /** People without an official title. */
  people: ReportPerson[];
  anonymousSources: ReportAnonymousSource[];
  vagueSources: ReportVagueSource[];
  /** In text order. */
  problems: ReportProblem[];
  /** In text order. */
  quotes: ReportQuote[];
}

export interface SourcingReportInput {
  path: string;
  text: string;
  analysis: Analysis;
  /** The review of the same analysis and text (core/review.ts), with the severities the editor uses. */
  review: Review;
}

export function buildSourcingReport({ path, text, analysis, review }: SourcingReportInput): SourcingReportModel {
  const lines = new LineIndex(text);
  const place = (start: number, end: number): ReportPlace => ({ start, end, ...lines.at(start) });
  const vagueSpans = analysis.sources.filter((s) => s.kind === 'vague');
  const reportedSpeakerKind = reportedSpeakerKinds(analysis);
  const counts = countSources(analysis);
  const summary = review.summary;

  const quotes = analysis.quotes.map((q): ReportQuote => {
    const speakerKind = reportedSpeakerKind(q);
    const person = q.speaker.person !== undefined ? analysis.people[q.speaker.person]?.name : undefined;
    return { ...place(q.start, q.end), text: q.text, partial: q.partial, speakerKind, speakerName: speakerKind === 'unknown' ? null : (person ?? q.speaker.name) };
  });

  const people = analysis.people.map((p, i): ReportPerson => {
    const first = p.mentions[0];
    return {
      ...(first ? place(first.start, first.end) : { start: 0, end: 0, line: 1, column: 1 }),
      name: p.name,
      title: p.title,
      affiliation: p.affiliation,
      official: p.official,
      mentions: p.mentions.length,
      quotes: analysis.quotes.filter((q) => q.speaker.person === i).length,
      titledAtFirstMention: p.titledAtFirstMention,
    };
  });

  const reasonOf = new Map(review.reasons.map((r) => [r.source, r.reason]));
  const rootOf = (i: number): number => {
    let at = i;
    for (let hops = 0; analysis.sources[at].antecedent !== undefined && hops < analysis.sources.length; hops++) at = analysis.sources[at].antecedent!;
    return at;
  };
  const anonymousSources: ReportAnonymousSource[] = [];
  const byRoot = new Map<number, ReportAnonymousSource>();
  analysis.sources.forEach((s, i) => {
    if (s.kind !== 'anonymous') return;
    const root = byRoot.get(rootOf(i));
    if (root) {
      root.mentions++;
      root.reason ??= reasonOf.get(i) ?? null;
      root.statedReason ??= statedAnonymityReason(text, s.start, s.end);
      return;
    }
    const entry = { ...place(s.start, s.end), text: s.text, reason: reasonOf.get(i) ?? null, statedReason: statedAnonymityReason(text, s.start, s.end), mentions: 1 };
    byRoot.set(i, entry);
    anonymousSources.push(entry);
  });

  const problems = reviewProblems(review)
    .map((p): ReportProblem => ({ ...place(p.start, p.end), code: p.code, severity: p.severity, message: p.message, excerpt: text.slice(p.start, p.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const p of problems) bySeverity[p.severity]++;

  return {
    path,
    summary: {
      quotes: summary.quotes,
      partialQuotes: counts.partialQuotes,
      unattributedQuotes: summary.unattributedQuotes,
      namedQuotes: summary.quotes - summary.unattributedQuotes - summary.anonymousQuotes - summary.vagueQuotes,
      anonymousQuotes: summary.anonymousQuotes,
      vagueQuotes: summary.vagueQuotes,
      anonymousShare: summary.anonymousShare,
      quotedWords: summary.quotedWords,
      namedSources: counts.named.length,
      officials: counts.officials,
      anonymousSources: anonymousSources.length,
      explainedAnonymousSources: anonymousSources.filter((s) => s.reason !== null).length,
      vagueSources: counts.vague.length,
      problems: bySeverity,
    },
    speakers: summary.speakers,
    officials: people.filter((p) => p.official),
    people: people.filter((p) => !p.official),
    anonymousSources,
    vagueSources: vagueSpans.map((s) => ({ ...place(s.start, s.end), text: s.text })),
    problems,
    quotes,
  };
}

/** A speaker as a report names it. */
export function speakerLabel(s: { kind: SpeakerShare['kind']; name: string | null }): string {
  if (s.kind === 'unknown') return 'Unattributed';
  return s.name ?? (s.kind === 'vague' ? 'Vague source' : s.kind === 'anonymous' ? 'Anonymous source' : 'Unnamed');
}

/** `12.5%` */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
