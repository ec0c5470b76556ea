/**
 * Quoted words that are not quotations: scare quotes (“so-called”), terms and
 * nicknames, and titles of works (“Face the Nation”). They have no speaker and are
 * left out of the quote list.
 */
import { isUpperCode, isWordCode, tokenAt, type Tokens } from './text';
import type { AttributedQuote } from './attribution';

const WORK_CUES = /(?:show|program|programme|film|movie|documentary|book|memoir|novel|song|album|series|column|titled|entitled|called|dubbed|named|headlined|newspaper|magazine|episode|play|musical|anthem|hashtag|slogan|ad|campaign|on|of|in|at|from|to|by|for)\s*,?\s*$|['’]s\s*$/i;

/** Words that introduce a term rather than a quotation: so-called “…”, the phrase “…”. */
const TERM_CUES = /(?:so[- ]called|the (?:term|word|words|phrase|slogan|hashtag|nickname|label|motto|banner|sign)|chants? of|read|reading|known as|dubbed|nicknamed|branded|labell?ed)\s*[,:]?\s*$/i;

/** Words that give a name or label: the nickname “…”, known as “…”. */
const NAME_CUES = /(?:so[- ]called|the (?:nickname|moniker)|nicknamed|known(?: (?:inside|within|in|to|among|the|his|her|its|their|group|party|movement|followers|fighters|comrades|ranks|as)){0,4} as)\s*[,:]?\s*$/i;

/** A name part right before a quoted nickname ("Robert C. “Bobby” Scott"), and the surname right after it. */
const NAME_BEFORE = /(?:\p{Lu}\.|\p{Lu}\p{Ll}+)\s$/u;
const NAME_AFTER = /^\s\p{Lu}/u;

/** Words after a quoted title that say what it names: “Fast & Furious” movie. */
const WORK_AFTER = /^\s*(?:movie|film|show|theme|song|series|program|programme|book|documentary|novel|memoir|slogan|hashtag|feature|campaign|movement|ad|album|tour|brand|app|event|agenda|label|platform|wave|podcast|broadcast|segment|column|newsletter|bill|act|plan|initiative|rule|doctrine|policy)\b/i;

export function isTerm(tokens: Tokens, a: AttributedQuote): boolean {
  const q = a.quote;
  if (q.unbalanced) return false;
  const inner = tokens.text.slice(q.start + (q.family === 'd' && tokens.text.charCodeAt(q.start) === 39 ? 2 : 1), q.end - 1);
  // Only up to nine words tell (the tests below ask for at most eight): a long quote is not read to its end.
  const words = countWords(inner, 9);
  // A title of a work: every longer word capitalized, right after "the show" / "’s" / "on",
  // or right before "movie", "theme song", "slogan"…
  if (words <= 8 && titleCase(inner) && !headline(tokens, q.start)) {
    const before = tokens.text.slice(Math.max(0, q.start - 40), q.start);
    const after = tokens.text.slice(q.end, q.end + 30);
    if (WORK_CUES.test(before) || WORK_AFTER.test(after)) return true;
  }
  // A cited headline with its byline: — "Title of the story," by Times' Jane Doe.
  if (BYLINE_AFTER.test(tokens.text.slice(q.end, q.end + 12)) && /,\s*$/.test(inner) && !LETTER_BEFORE.test(tokens.text.slice(Math.max(0, q.start - 3), q.start))) return true;
  if (a.speaker.kind === 'unknown' && words <= 3) {
    // A nickname inside a name: Rep. Robert C. “Bobby” Scott.
    if (titleCase(inner) && NAME_BEFORE.test(tokens.text.slice(Math.max(0, q.start - 4), q.start)) && NAME_AFTER.test(tokens.text.slice(q.end, q.end + 3))) return true;
    // A name given, even as a sentence of its own: yoking him with the nickname “Lyin’ Ted.”, a commander known
    // inside the group as “Simón,”.
    if (NAME_CUES.test(tokens.text.slice(Math.max(0, q.start - 40), q.start))) return true;
  }
  if (!q.partial) return false;
  return a.speaker.kind === 'unknown' && (words <= 1 || (words <= 6 && TERM_CUES.test(tokens.text.slice(Math.max(0, q.start - 30), q.start))));
}

/** The number of words in `s`, counted up to `cap` (`cap` for any more). */
function countWords(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isWordCode(s.charCodeAt(i));
    if (w && !inWord && ++n === cap) return cap;
    inWord = w;
  }
  return n;
}

// The Unicode patterns are made once: the bundler turns a `\p{…}` literal into `new RegExp(…)`,
// which would otherwise build a pattern object on every call (or every word).
const BYLINE_AFTER = /^\s*by\s+\p{Lu}/u;
const LETTER_BEFORE = /\p{L}\s*$/u;
const LETTER = /\p{L}/u;

/**
 * True when every word of `s` (split at white space, as /\s+/ does) that has a letter is at most
 * three characters long or has a capital as its first letter, and at least one word has a letter.
 * One pass over the characters, with no word strings.
 */
function titleCase(s: string): boolean {
  const n = s.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isJsSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let letterAt = -1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isJsSpace(c)) break;
      // A surrogate pair is one code point (as the u flag reads it); a lone surrogate is no letter.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (letterAt < 0 && LETTER.test(s.slice(i, i + 2))) letterAt = i;
        i += 2;
        continue;
      }
      if (letterAt < 0 && isLetterCode(c)) letterAt = i;
      i++;
    }
    if (letterAt < 0) continue;
    words++;
    // "13th", "1984": a word opening with a digit counts as capitalized.
    const first = s.charCodeAt(start);
    if (i - start > 3 && !isUpperCode(s.charCodeAt(letterAt)) && !(first >= 48 && first <= 57)) return false;
  }
  return words > 0;
}

/** The white space of a regular expression's \s (no surrogates among it). */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const letterCache = new Uint8Array(65536); // 0 unknown, 1 letter, 2 not
/** True when the UTF-16 unit `c` (not a surrogate half of a pair) is a letter, as \p{L} says. */
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let v = letterCache[c];
  if (v === 0) letterCache[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** True when the quote sits in the first paragraph (the headline), where Title Case is the style. */
function headline(tokens: Tokens, pos: number): boolean {
  return tokens.paragraph[tokenAt(tokens, pos)] === 0;
}
