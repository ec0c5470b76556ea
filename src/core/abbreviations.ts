/**
 * Abbreviations that keep their period ("Mr.", "Sen.", "Calif.", "U.S.", initials): the tokenizer keeps the period in
 * the word, and the raw-text reader of stated-anonymity-reason.ts ends no sentence there. A module of its own, so
 * the extension's bundle takes it without the tokenizer.
 */
import { isUpperCode } from './word-table';

/** Lowercase abbreviations that keep their trailing period as part of the word. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'cpl', 'pvt',
  'st', 'jr', 'sr', 'rev', 'hon', 'amb', 'atty', 'supt', 'insp', 'det', 'pres', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'nos',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'univ', 'approx', 'est', 'fig',
  'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz', 'ark', 'colo', 'conn', 'del', 'ga',
  'ind', 'kan', 'ky', 'la', 'md', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'vt', 'wyo', 'ala', 'n.y', 'n.j', 'd.c', 'u.s',
  'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'ph.d', 'r', 'd', 'i', 'brig', 'cdr', 'lieut', 'ald', 'cmdt',
]);

/**
 * A string of at most six of the characters a-z and "." as a number (five bits a character,
 * a → 1 … z → 26, "." → 27), so a word's lowercase form is looked up without making it.
 */
function abbreviationCode(w: string): number {
  let code = 0;
  for (let i = 0; i < w.length; i++) code = code * 32 + (w.charCodeAt(i) === 46 ? 27 : w.charCodeAt(i) - 96);
  return code;
}
const ABBREVIATION_CODES = new Set([...ABBREVIATIONS].filter((w) => w.length <= 6 && /^[a-z.]+$/.test(w)).map(abbreviationCode));

/**
 * Whether the word `text`[start, end), followed by a period, keeps the period as an abbreviation's: an initial
 * ("J."), a listed abbreviation ("Mr.", "Sen.", "Calif.") or a word with a period inside ("U.S.").
 */
export function isAbbreviation(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len === 1) return isUpperCode(text.charCodeAt(start)); // an initial: "J."
  if (len > 6) return false;
  // ASCII words (nearly all): the lowercase form's code, and where its first period is.
  let code = 0;
  let coded = true;
  let firstDot = -1;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return isAbbreviationSlow(text, start, end);
    if (c >= 65 && c <= 90) c += 32;
    if (c === 46) {
      if (firstDot < 0) firstDot = i - start;
      code = code * 32 + 27;
    } else if (c >= 97 && c <= 122) code = code * 32 + (c - 96);
    else coded = false;
  }
  return (coded && ABBREVIATION_CODES.has(code)) || firstDot > 0;
}

function isAbbreviationSlow(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end).toLowerCase();
  return ABBREVIATIONS.has(w) || w.indexOf('.') > 0;
}

