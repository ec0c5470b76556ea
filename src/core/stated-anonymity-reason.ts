/**
 * The reason an article itself gives for keeping a source unnamed ("…, who spoke on condition of
 * anonymity because the talks are private"), read from the source's sentence. The editor offers it
 * as the reason of an anonymity marker and shows it in the source's hover. Pure; no `vscode`.
 */

import { maskMarkers, mayHaveMarkers } from './markers';
import { isAbbreviation } from './abbreviations';

/** How far either side of the source its sentence is read, in characters. */
const REACH = 400;
/** The longest reason returned, in characters (cut at a word). */
const MAX_LENGTH = 160;

/**
 * The patterns, tried in order; each ends in a clause of reason that runs to a stop, a semicolon or colon, a quote
 * mark, a bracket, a comma or a dash. The first group, when there is one, is the reason; otherwise the whole match.
 * - "on (the) condition of anonymity because|as|since X", "anonymity to discuss X"
 * - "asked not to be named because X" and the like
 * - "who was not authorized to speak publicly (about X)" and the like
 * and, only right after words of anonymity (`NEAR_ANONYMITY`):
 * - "not authorized to speak …" without "who"
 * - "for fear of X", "fearing reprisals"
 * - "because of|given the sensitivity of X"
 * (Literals, for the ReDoS check in test/unit/redos.test.ts; a clause opens with no white space.)
 */
const PATTERNS: readonly RegExp[] = [
  /\banonymity\s+(?:because|as|since)\s+(?:of\s+)?([^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*)/iu,
  /\banonymity\s+((?:in\s+order\s+)?to\s+(?:discuss|describe|talk\s+about|speak\s+(?:freely|candidly|openly)|share|reveal|detail)[^.;:!?"“”«»()[\],—–]*)/iu,
  /\b(?:asked|requested|insisted|declined|agreed)\s+(?:not\s+to\s+be|to\s+not\s+be)\s+(?:named|identified|quoted\s+by\s+name)\s+(?:because|as|since)\s+(?:of\s+)?([^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*)/iu,
  /\bwho\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(not\s+(?:authori[sz]ed|permitted|allowed|cleared|entitled)\s+to\s+(?:speak|talk|discuss|comment|brief|be\s+(?:named|identified|quoted))[^.;:!?"“”«»()[\],—–]*)/iu,
  /\bnot\s+(?:authori[sz]ed|permitted|allowed|cleared|entitled)\s+to\s+(?:speak|talk|discuss|comment|brief|be\s+(?:named|identified|quoted))[^.;:!?"“”«»()[\],—–]*/iu,
  /\b(?:for\s+fear\s+of|fearing|out\s+of\s+fear\s+of)\s+[^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*/iu,
  /\b(?:because\s+of|given|due\s+to)\s+the\s+sensitivity\s+of\s+[^\s.;:!?"“”«»()[\],—–][^.;:!?"“”«»()[\],—–]*/iu,
];

/** The patterns from this index on count only right after words of anonymity (`NEAR_ANONYMITY`). */
const NEEDS_ANONYMITY = 4;
/** The bare "not authorized to …", which counts right after the source too. */
const BARE_NOT_AUTHORIZED = 4;
/**
 * Words of anonymity ("anonymity", "anonymously", "(not) to be named|identified") right before a reason, one word
 * between at most: "who declined to be identified for fear of a backlash", "anonymously, fearing reprisals"; not
 * "Officials, fearing a backlash, said …, according to a source who asked not to be named", nor "a source who
 * declined to be named said officials acted out of fear of a lawsuit".
 */
const NEAR_ANONYMITY = /(?:\banonym\w*|\bbe\s+(?:named|identified|quoted\s+by\s+name))[\s,]+(?:[^\s,]+[\s,]+)?$/iu;
/** Words of anonymity within a few words before a bare "not authorized" ("anonymity - because he was not …"). */
const NEAR_ANONYMITY_WIDE = /(?:\banonym\w*|\bbe\s+(?:named|identified|quoted\s+by\s+name))[\s,]+(?:[^\s,]+[\s,]+){0,4}$/iu;

/**
 * The reason the article gives, in the sentence around `text`[start, end), for keeping that source
 * anonymous; null when it gives none. White space is collapsed and the reason is cut to
 * `MAX_LENGTH` characters at a word.
 */
export function statedAnonymityReason(text: string, start: number, end: number): string | null {
  const from = sentenceStart(text, start);
  const around = text.slice(from, sentenceEnd(text, end));
  // Control markers (`<!-- attribution-lens-anonymous: not authorized … -->`) are not the article's words.
  const sentence = mayHaveMarkers(around) ? maskMarkers(around) : around;
  /** Where the source ends in `sentence`. */
  const after = end - from;
  for (let k = 0; k < PATTERNS.length; k++) {
    const m = PATTERNS[k].exec(sentence);
    if (!m) continue;
    // "a senior official, not authorized to speak publicly, said": right after the source, a bare "not authorized"
    // is its reason too.
    const bare = k === BARE_NOT_AUTHORIZED;
    const besideSource = bare && m.index >= after && m.index - after <= 3;
    if (k >= NEEDS_ANONYMITY && !besideSource && !(bare ? NEAR_ANONYMITY_WIDE : NEAR_ANONYMITY).test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
    let raw = m[1] ?? m[0];
    // A hyphen set off by spaces is a dash: "anonymity - because he was not authorised to speak - said so".
    const dash = SPACED_HYPHEN.exec(raw);
    if (dash) raw = raw.slice(0, dash.index);
    // With nothing to end it (it runs to the sentence's end), the clause runs on into the sentence's verb:
    // "… because they were not authorized to discuss the findings said the audit team had …".
    const ended = m.index + m[0].length < sentence.length && !dash;
    const verb = ended ? null : REPORTING_VERB.exec(raw);
    const reason = tidy(verb ? raw.slice(0, verb.index) : raw);
    if (reason) return reason;
  }
  return null;
}

/** Where the sentence holding `start` starts, within `REACH` characters before it, in `start`'s paragraph. */
function sentenceStart(text: string, start: number): number {
  const floor = Math.max(0, start - REACH);
  for (let i = start - 1; i >= floor; i--) if (paragraphBreakAt(text, i) || sentenceEndAt(text, i)) return i + 1;
  return floor;
}

/** Where the sentence holding `end` ends, within `REACH` characters after it, in `end`'s paragraph. */
function sentenceEnd(text: string, end: number): number {
  const ceiling = Math.min(text.length, end + REACH);
  for (let i = end; i < ceiling; i++) if (paragraphBreakAt(text, i) || sentenceEndAt(text, i)) return i;
  return ceiling;
}

/** A blank line starts at `i` (a line feed and another line break right after it). */
function paragraphBreakAt(text: string, i: number): boolean {
  return text[i] === '\n' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'));
}

/**
 * A sentence ends with the mark at `i`: ".", "!" or "?" before white space, a full stop not after an abbreviation
 * as the tokenizer reads one (`isAbbreviation`: "Mr.", "Sen.", "U.S.", an initial).
 */
function sentenceEndAt(text: string, i: number): boolean {
  const c = text[i];
  if ((c !== '.' && c !== '!' && c !== '?') || !WHITE.test(text[i + 1] ?? ' ')) return false;
  if (c !== '.') return true;
  // The word before the stop, read back a few characters (abbreviations are short).
  let w = i;
  while (w > 0 && w > i - 8 && !WHITE.test(text[w - 1])) w--;
  return w === i || !isAbbreviation(text, w, i);
}
/** A hyphen or two set off by white space: a dash. */
const SPACED_HYPHEN = /\s--?\s/u;

const WHITE = /\s/;
/** A reporting verb, which a reason does not run into. */
const REPORTING_VERB = /\s(?:said|says|told|tells|added|adds|confirmed|confirms)\b/u;

function tidy(s: string): string {
  let r = s.replace(/\s+/g, ' ').trim();
  if (r.length > MAX_LENGTH) {
    let cut = r.lastIndexOf(' ', MAX_LENGTH);
    if (cut <= 0) {
      // No space to cut at: cut between code points, not inside a surrogate pair.
      cut = MAX_LENGTH;
      const c = r.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    r = r.slice(0, cut) + '…';
  }
  return r;
}
