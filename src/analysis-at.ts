/**
 * What the analysis says at one offset of the article: the person named there, the source, the
 * quote. Shared by the hovers and person navigation. No `vscode` import.
 */
import type { Analysis, Finding, Mention, Quote, Source, Span } from './core/types';

/** Whether the offset is on the span (its first character up to its last, inclusive). */
export const covers = (span: Span, offset: number): boolean => span.start <= offset && offset < span.end;

export interface PersonMentionAt {
  /** Index into `analysis.people`. */
  person: number;
  mention: Mention;
  /** Index of the mention in the person's `mentions` (0 = the first, full mention). */
  index: number;
}

/** The person whose name is mentioned at the offset (name mentions only, not pronouns). */
export function personMentionAt(a: Analysis, offset: number): PersonMentionAt | undefined {
  for (let person = 0; person < a.people.length; person++) {
    const index = a.people[person].mentions.findIndex((m) => covers(m, offset));
    if (index >= 0) return { person, mention: a.people[person].mentions[index], index };
  }
  return undefined;
}

/** The attribution source at the offset (`the official`, `Israeli media reports`, `he`). */
export function sourceAt(a: Analysis, offset: number): Source | undefined {
  return a.sources.find((s) => covers(s, offset));
}

/** The innermost quote at the offset. */
export function quoteAt(a: Analysis, offset: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of a.quotes) {
    if (covers(q, offset) && (!found || q.end - q.start < found.end - found.start)) found = q;
  }
  return found;
}

/** The findings over the offset. */
export function findingsAt(a: Analysis, offset: number): Finding[] {
  return a.findings.filter((f) => covers(f, offset));
}

/** The quotes whose speaker is the person (index into `analysis.people`), in text order. */
export function quotesOf(a: Analysis, person: number): Quote[] {
  return a.quotes.filter((q) => q.speaker.person === person);
}
