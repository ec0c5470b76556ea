/** Turns the analysis into review findings with stable codes. */
import type { Finding, Quote, Source } from './types';
import type { StrayMark } from './quotes';
import { sortInPlace } from './sort-in-place';

export function findingsFor(quotes: Quote[], sources: Source[], stray: StrayMark[]): Finding[] {
  const findings: Finding[] = [];
  for (const q of quotes) {
    if (q.speaker.kind !== 'unknown') continue;
    findings.push({
      code: 'unattributed-quote',
      severity: q.partial ? 'info' : 'warning',
      start: q.start,
      end: q.end,
      message: q.partial
        ? 'Quoted phrase with no speaker: say who used these words.'
        : 'Quote with no speaker: no reporting cue (“said”, “told”, “according to”) links it to anyone.',
    });
  }
  for (const s of sources) {
    if (s.kind === 'anonymous') {
      findings.push({
        code: 'anonymous-source',
        severity: 'info',
        start: s.start,
        end: s.end,
        message: `Anonymous source “${s.text}”: the reader cannot judge who this is. Say why anonymity was granted and what the source is placed to know.`,
      });
    } else if (s.kind === 'vague') {
      findings.push({
        code: 'vague-attribution',
        severity: 'warning',
        start: s.start,
        end: s.end,
        message: `Vague attribution “${s.text}”: name the report, outlet or people behind the claim.`,
      });
    }
  }
  for (const m of stray) {
    findings.push({
      code: 'unbalanced-quote',
      severity: 'warning',
      start: m.start,
      end: m.end,
      message: m.reason === 'unclosed' ? 'Opening quotation mark is never closed; the quote was ended at the end of its paragraph.' : 'Closing quotation mark has no opening mark.',
    });
  }
  sortInPlace(findings, (a, b) => a.start - b.start || a.end - b.end);
  return findings;
}
