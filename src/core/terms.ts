/**
 * Quoted words that are not quotations: scare quotes (“so-called”), terms and
 * nicknames, and titles of works (“Face the Nation”). They have no speaker and are
 * left out of the quote list.
 */
import { isUpperCode, isWordCode, tokenAt, type Tokens } from './text';
import type { AttributedQuote } from './attribution';

const WORK_CUES = /(?:show|program|programme|film|movie|documentary|book|memoir|novel|song|album|series|column|titled|entitled|called|dubbed|named|headlined|newspaper|magazine|episode|play|musical|anthem|hashtag|slogan|ad|campaign|on|of|in|at|from|to|by|for)\s*$|['’]s\s*$/i;

/** Words that introduce a term rather than a quotation: so-called “…”, the phrase “…”. */
const TERM_CUES = /(?:so[- ]called|the (?:term|word|words|phrase|slogan|hashtag|nickname|label|motto|banner|sign)|chants? of|read|reading|known as|dubbed|nicknamed|branded|labell?ed)\s*[,:]?\s*$/i;

/** Words after a quoted title that say what it names: “Fast & Furious” movie. */
const WORK_AFTER = /^\s*(?:movie|film|show|theme|song|series|program|programme|book|documentary|novel|memoir|slogan|hashtag|feature|campaign|movement|ad|album|tour|brand|app|event|agenda|label|platform|wave|podcast|broadcast|segment|column|newsletter|bill|act|plan|initiative|rule|doctrine|policy)\b/i;

export function isTerm(tokens: Tokens, a: AttributedQuote): boolean {
  const q = a.quote;
  if (q.unbalanced) return false;
  const inner = tokens.text.slice(q.start + (q.family === 'd' && tokens.text.charCodeAt(q.start) === 39 ? 2 : 1), q.end - 1);
  const words = countWords(inner);
  // A title of a work: every longer word capitalized, right after "the show" / "’s" / "on",
  // or right before "movie", "theme song", "slogan"…
  if (words <= 8 && titleCase(inner) && !headline(tokens, q.start)) {
    const before = tokens.text.slice(Math.max(0, q.start - 40), q.start);
    const after = tokens.text.slice(q.end, q.end + 30);
    if (WORK_CUES.test(before) || WORK_AFTER.test(after)) return true;
  }
  // A cited headline with its byline: — "Title of the story," by Times' Jane Doe.
  if (BYLINE_AFTER.test(tokens.text.slice(q.end, q.end + 12)) && /,\s*$/.test(inner) && !LETTER_BEFORE.test(tokens.text.slice(Math.max(0, q.start - 3), q.start))) return true;
  if (!q.partial) return false;
  return a.speaker.kind === 'unknown' && (words <= 1 || (words <= 6 && TERM_CUES.test(tokens.text.slice(Math.max(0, q.start - 30), q.start))));
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isWordCode(s.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

// The Unicode patterns are made once: the bundler turns a `\p{…}` literal into `new RegExp(…)`,
// which would otherwise build a pattern object on every call (or every word).
const BYLINE_AFTER = /^\s*by\s+\p{Lu}/u;
const LETTER_BEFORE = /\p{L}\s*$/u;
const LETTER = /\p{L}/u;
const LEADING_NON_LETTERS = /^\P{L}+/u;

function titleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => LETTER.test(w));
  if (words.length === 0) return false;
  return words.every((w) => w.length <= 3 || isUpperCode(w.replace(LEADING_NON_LETTERS, '').charCodeAt(0)));
}

/** True when the quote sits in the first paragraph (the headline), where Title Case is the style. */
function headline(tokens: Tokens, pos: number): boolean {
  return tokens.paragraph[tokenAt(tokens, pos)] === 0;
}
