/**
 * The reason an article itself gives for keeping a source unnamed ("…, who spoke on condition of
 * anonymity because the talks are private"), read from the source's sentence. The editor offers it
 * as the reason of an anonymity marker and shows it in the source's hover. Pure; no `vscode`.
 */

import { maskMarkers, mayHaveMarkers } from './markers';

/** How far either side of the source its sentence is read, in characters. */
const REACH = 400;
/** The longest reason returned, in characters (cut at a word). */
const MAX_LENGTH = 160;

/**
 * The patterns, tried in order; each ends in a clause of reason that runs to a stop, a semicolon or colon, a quote
 * mark, a bracket, a comma or a dash. The first group, when there is one, is the reason; otherwise the whole match.
 * - "on (the) condition of anonymity because|as|since X", "anonymity to discuss X"
 * - "asked not to be named because X" and the like
 * - "not authorized to speak publicly (about X)" and the like
 * - "for fear of X", "fearing reprisals" (only where the sentence speaks of anonymity, as below)
 * - "because of|given the sensitivity of X"
 * (Literals, for the ReDoS check in test/unit/redos.test.ts; a clause opens with no white space.)
 */
const PATTERNS: readonly RegExp[] = [
  /\banonymity\s+(?:because|as|since)\s+(?:of\s+)?([^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*)/iu,
  /\banonymity\s+((?:in\s+order\s+)?to\s+(?:discuss|describe|talk\s+about|speak\s+(?:freely|candidly|openly)|share|reveal|detail)[^.;:!?"“”«»()[\],—–]*)/iu,
  /\b(?:asked|requested|insisted|declined|agreed)\s+(?:not\s+to\s+be|to\s+not\s+be)\s+(?:named|identified|quoted\s+by\s+name)\s+(?:because|as|since)\s+(?:of\s+)?([^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*)/iu,
  /\bnot\s+(?:authori[sz]ed|permitted|allowed|cleared|entitled)\s+to\s+(?:speak|talk|discuss|comment|brief|be\s+(?:named|identified|quoted))[^.;:!?"“”«»()[\],—–]*/iu,
  /\b(?:for\s+fear\s+of|fearing|out\s+of\s+fear\s+of)\s+[^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*/iu,
  /\b(?:because\s+of|given|due\s+to)\s+the\s+sensitivity\s+of\s+[^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*/iu,
];

/** The patterns from this index on count only in a sentence that speaks of anonymity (`ANONYMITY`). */
const NEEDS_ANONYMITY = 4;
/** Anonymity spoken of: "anonymity", "anonymously", "(not) to be named|identified". */
const ANONYMITY = /\banonym|\bbe\s+(?:named|identified|quoted\s+by\s+name)\b/iu;

/**
 * The reason the article gives, in the sentence around `text`[start, end), for keeping that source
 * anonymous; null when it gives none. White space is collapsed and the reason is cut to
 * `MAX_LENGTH` characters at a word.
 */
export function statedAnonymityReason(text: string, start: number, end: number): string | null {
  // Control markers (`<!-- attribution-lens-anonymous: not authorized … -->`) are not the article's words.
  const around = sentenceAround(text, start, end);
  const sentence = mayHaveMarkers(around) ? maskMarkers(around) : around;
  const anonymity = ANONYMITY.test(sentence);
  for (let k = 0; k < PATTERNS.length; k++) {
    // Fear and sensitivity give a reason for anonymity only where the sentence speaks of it ("Residents,
    // fearing the floods, said …" gives none).
    if (k >= NEEDS_ANONYMITY && !anonymity) break;
    const m = PATTERNS[k].exec(sentence);
    if (!m) continue;
    // With no comma after the reason, the clause runs on into the sentence's verb: "… because they were not
    // authorized to discuss the findings said the audit team had …".
    const raw = m[1] ?? m[0];
    const verb = REPORTING_VERB.exec(raw);
    const reason = tidy(verb ? raw.slice(0, verb.index) : raw);
    if (reason) return reason;
  }
  return null;
}

/** The sentence holding [start, end), within `REACH` characters either side, on no more than one paragraph. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = Math.max(0, start - REACH);
  for (let i = start - 1; i >= a; i--) {
    if (paragraphBreakAt(text, i) || sentenceEndAt(text, i)) {
      a = i + 1;
      break;
    }
  }
  let b = Math.min(text.length, end + REACH);
  for (let i = end; i < b; i++) {
    if (paragraphBreakAt(text, i) || sentenceEndAt(text, i)) {
      b = i;
      break;
    }
  }
  return text.slice(a, b);
}

/** A blank line starts at `i` (a line feed and another line break right after it). */
function paragraphBreakAt(text: string, i: number): boolean {
  return text[i] === '\n' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'));
}

/**
 * A sentence ends with the mark at `i`: ".", "!" or "?" before white space, a full stop not after an abbreviation
 * ("U.S.", "Mr.", "Sen.": a capital opening at most three letters, or a word with a stop inside).
 */
function sentenceEndAt(text: string, i: number): boolean {
  const c = text[i];
  if ((c !== '.' && c !== '!' && c !== '?') || !WHITE.test(text[i + 1] ?? ' ')) return false;
  if (c !== '.') return true;
  let w = i;
  while (w > 0 && !WHITE.test(text[w - 1])) w--;
  const word = text.slice(w, i);
  return !(word.includes('.') || (word.length <= 3 && CAPITAL.test(word)));
}

const WHITE = /\s/;
/** A reporting verb, which a reason does not run into. */
const REPORTING_VERB = /\s(?:said|says|told|tells|added|adds|confirmed|confirms)\b/u;
const CAPITAL = /^\p{Lu}/u;

function tidy(s: string): string {
  let r = s.replace(/\s+/g, ' ').trim();
  if (r.length > MAX_LENGTH) {
    const cut = r.lastIndexOf(' ', MAX_LENGTH);
    r = r.slice(0, cut > 0 ? cut : MAX_LENGTH) + '…';
  }
  return r;
}
