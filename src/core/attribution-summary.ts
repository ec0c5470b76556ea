/**
 * The counts that sum up an article's sourcing (the status bar shows them). No `vscode` import.
 *
 * - quotes: every quote, partial ones included;
 * - named: distinct named sources, i.e. people, organizations and media outlets that a quote or
 *   a claim is credited to (a person counts once however often they are mentioned);
 * - anonymous: distinct anonymous sources (`a senior official`; a later `the official` that
 *   refers back to it counts once);
 * - vague: vague attributions (`media reports`, `critics say`), each occurrence.
 */
import type { Analysis, SourceKind, SpeakerKind } from './types';

export interface NamedSource {
  name: string;
  kind: 'person' | 'organization' | 'media';
}

export interface AttributionSummary {
  quotes: number;
  /** Quotes per speaker kind (`unknown` = unattributed). */
  quotesBy: Record<SpeakerKind, number>;
  partialQuotes: number;
  named: NamedSource[];
  /** Officials among the named people. */
  officials: number;
  /** The first wording of each distinct anonymous source. */
  anonymous: string[];
  /** The wording of each vague attribution. */
  vague: string[];
  warnings: number;
  infos: number;
}

const isNamedKind = (k: SourceKind | SpeakerKind): k is NamedSource['kind'] => k === 'person' || k === 'organization' || k === 'media';

export function summarize(a: Analysis): AttributionSummary {
  const quotesBy: Record<SpeakerKind, number> = { person: 0, anonymous: 0, organization: 0, media: 0, unknown: 0 };
  for (const q of a.quotes) quotesBy[q.speaker.kind]++;

  const named = new Map<string, NamedSource>();
  const addNamed = (kind: SourceKind | SpeakerKind, name: string | null, person: number | undefined): void => {
    if (!isNamedKind(kind)) return;
    const full = person !== undefined ? a.people[person]?.name : undefined;
    const label = full ?? name;
    if (!label) return;
    const key = person !== undefined ? `person#${person}` : `${kind}:${label.toLowerCase()}`;
    if (!named.has(key)) named.set(key, { name: label, kind });
  };
  for (const s of a.sources) addNamed(s.kind, s.name ?? s.text, s.person);
  for (const q of a.quotes) addNamed(q.speaker.kind, q.speaker.name, q.speaker.person);

  // Anonymous: one per source that does not refer back to an earlier one; speakers outside the sources list count too.
  const anonymous = a.sources.filter((s) => s.kind === 'anonymous' && s.antecedent === undefined).map((s) => s.text);
  const anonymousStarts = new Set(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.start));
  for (const q of a.quotes) {
    const s = q.speaker;
    if (s.kind === 'anonymous' && s.start !== null && !anonymousStarts.has(s.start)) {
      anonymousStarts.add(s.start);
      anonymous.push(s.name ?? 'anonymous');
    }
  }

  const people = new Set([...named.values()].filter((n) => n.kind === 'person').map((n) => n.name));
  return {
    quotes: a.quotes.length,
    quotesBy,
    partialQuotes: a.quotes.filter((q) => q.partial).length,
    named: [...named.values()],
    officials: a.people.filter((p) => p.official && people.has(p.name)).length,
    anonymous,
    vague: a.sources.filter((s) => s.kind === 'vague').map((s) => s.text),
    warnings: a.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length,
    infos: a.findings.filter((f) => f.severity === 'info' || f.severity === 'hint').length,
  };
}
