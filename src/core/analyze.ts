/**
 * The engine's entry point: `analyze(text)` → quotes with speakers, people,
 * sources and findings. Pure, synchronous and deterministic.
 */
import { tokenize } from './text';
import { findQuotes } from './quotes';
import { getLexicon } from './lexicon';
import { findPeople } from './people';
import { attribute, cueTester } from './attribution';
import { findingsFor } from './findings';
import { isTerm } from './terms';
import { maskMarkers, mayHaveMarkers } from './markers';
import { Scratch, returnScratch, takeScratch } from './scratch';
import { titleFindings } from './title-findings';
import type { Analysis, AnalyzeOptions, Person, Quote } from './types';

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  // The per-token arrays of the last analysis, reused (see scratch.ts); none of them is in the result.
  const scratch = takeScratch();
  try {
    return analyzeWith(input, options, scratch);
  } finally {
    returnScratch(scratch);
  }
}

function analyzeWith(input: string, options: AnalyzeOptions, scratch: Scratch): Analysis {
  // Control markers (`<!-- attribution-lens-… -->`) are not article text: blanked out, offsets kept.
  const text = mayHaveMarkers(input) ? maskMarkers(input) : input;
  const lex = getLexicon(options.lexicon);
  const tokens = tokenize(text, scratch);
  const { quotes: raw, stray } = findQuotes(tokens, options.maxUnclosedQuoteLength ?? 3000);
  const isCue = cueTester(tokens, lex);
  const found = findPeople(tokens, lex, isCue);
  const attributed = attribute({ tokens, lex, quotes: raw, people: found.people, personAt: found.personAt, headline: found.headline, isCue });
  const quotes: Quote[] = attributed.quotes.filter((a) => !isTerm(tokens, a)).map(({ quote: q, speaker, cue }) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    partial: q.partial,
    speaker,
    cue,
    nested: q.nested,
    unbalanced: q.unbalanced,
    pieces: q.pieces,
  }));
  const people: Person[] = found.people.map((p) => ({
    name: p.name,
    title: p.title,
    affiliation: p.affiliation,
    official: p.official,
    titledAtFirstMention: p.titledAtFirstMention,
    mentions: p.mentions,
  }));
  const sources = attributed.sources;
  const findings = findingsFor(quotes, sources, stray);
  const titles = titleFindings(people, quotes);
  if (titles.length) {
    findings.push(...titles);
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return { quotes, people, sources, findings };
}
