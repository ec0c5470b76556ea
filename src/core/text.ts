/**
 * Tokens, paragraphs and sentences of a text, computed in one linear pass.
 * Tokens are stored in parallel arrays to keep the pass allocation-light.
 */
import { FLAGS, GEN, INFO_STRIDE, KEY_ID, LOWER_ID, WordFlag, WordTable, hashOf, isUpperCode } from './word-table';
import { isAbbreviation } from './abbreviations';
import { registrationGeneration } from './word-ids';
import { Scratch } from './scratch';
import { codeUnits } from './code-units';

export { isPossessive, withoutPossessive, isUpperCode } from './word-table';
export { wordId, knownId, idLimit } from './word-ids';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Quote = 2,
}

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /**
   * The word table holding this text's words, and each token's number in it: token t's text
   * is `words.surface[wordNo[t]]`, its lowercase form `words.lower[wordNo[t]]`.
   */
  readonly words: WordTable;
  readonly wordNo: Int32Array;
  /**
   * Registered ids (see `wordId`) of `lower` and of the lookup key (the lowercase form without
   * a possessive ’s for words, the character itself otherwise): 0 when no lexicon or word list
   * holds the string.
   */
  readonly lowerId: Int32Array;
  readonly keyId: Int32Array;
  /** 1 when the word can be part of a name: capitalized, or a particle-prefixed surname ("el-Shazly"). */
  readonly cap: Uint8Array;
  /** 1 when a line break lies between token t - 1 and token t (for the first token: before it). */
  readonly lineBreak: Uint8Array;
  /** Index of the paragraph / sentence each token belongs to. */
  readonly paragraph: Int32Array;
  readonly sentence: Int32Array;
  /** First token index of each sentence, plus a final sentinel equal to `count`. */
  readonly sentenceStart: Int32Array;
  /** Where each paragraph ends (its last token's end), by paragraph index; its length is the number of paragraphs. */
  readonly paragraphEnd: Int32Array;
  /** 1 for a paragraph that is a Markdown heading line (`## …`), by paragraph index. */
  readonly heading: Uint8Array;
  /**
   * By block of `1 << BLOCK_BITS` characters: the first token starting at or after the block's start (see
   * `tokenAt`), plus a final sentinel equal to `count`.
   */
  readonly blockFirst: Int32Array;
  /** Where this analysis's passes take their per-token arrays from (see scratch.ts). */
  readonly scratch: Scratch;
}

const wordCharCache = new Uint8Array(65536); // 0 unknown, 1 word char, 2 not
const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;
// ASCII (letters and digits only) and surrogate halves (treated as symbols) are decided up front,
// so a character's test is one table read.
for (let c = 0; c < 128; c++) wordCharCache[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
wordCharCache.fill(2, 0xd800, 0xe000);

export function isWordCode(c: number): boolean {
  let v = wordCharCache[c];
  if (v === 0) {
    v = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = v;
  }
  return v === 1;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}

export function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e;
}

/** The word table every tokenization adds to (a fresh one once it holds this many words). */
const WORD_TABLE_LIMIT = 1 << 18;
let table = new WordTable();

/**
 * Abbreviated given names that keep their period before the rest of a name: "Ma. Theresa Reyes" (María),
 * "Wm.", "Chas.", "Geo.", "Jas.", "Thos.", "Jos.", "Benj.".
 */
const GIVEN_NAME_ABBREVIATIONS = new Set(['ma', 'wm', 'chas', 'geo', 'jas', 'thos', 'jos', 'benj']);
/** Words after which such a word is a place or a surname ending a sentence ("in Jos.", "Jack Ma."), not a given name. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'outside', 'into', 'across', 'around', 'via', 'toward', 'towards', 'through']);

/**
 * True when the word [start, end), followed by a period, is an abbreviated given name: capitalized, listed, and a
 * capitalized word that opens no sentence and a second capitalized word follow after one space each; the token before
 * (`before`, as written) is no preposition of place ("in Jos."), no reporting verb or honorific ("said Ma.", "Mr. Ma.")
 * nor a capitalized word without a period ("Jack Ma. Alibaba said").
 */
function givenNameAbbreviation(text: string, start: number, end: number, before: string): boolean {
  if (!isUpperCode(text.charCodeAt(start)) || text.charCodeAt(end + 1) !== 32 || !isUpperCode(text.charCodeAt(end + 2))) return false;
  if (!GIVEN_NAME_ABBREVIATIONS.has(text.slice(start, end).toLowerCase())) return false;
  if (PLACE_PREPOSITIONS.has(before.toLowerCase())) return false;
  if (before.length > 0 && isUpperCode(before.charCodeAt(0)) && before.charCodeAt(before.length - 1) !== 46) return false;
  if (NOT_BEFORE_GIVEN_NAME.has(before.toLowerCase())) return false;
  let e = end + 2;
  while (e < text.length && isWordCode(text.charCodeAt(e))) e++;
  // A given name and a surname follow ("Ma. Theresa Reyes"), not one capitalized word opening a sentence ("said Ma.
  // Analysts were skeptical").
  if (text.charCodeAt(e) !== 32 || !isUpperCode(text.charCodeAt(e + 1))) return false;
  return !SENTENCE_OPENERS.has(text.slice(end + 2, e).toLowerCase());
}

/** True when the comma at `j` groups a number's digits: a digit before it, exactly three after it. */
function thousandsSeparator(units: Uint16Array, j: number, n: number): boolean {
  const isDigit = (k: number) => k < n && units[k] >= 48 && units[k] <= 57;
  return isDigit(j - 1) && isDigit(j + 1) && isDigit(j + 2) && isDigit(j + 3) && !(j + 4 < n && isWordCode(units[j + 4]));
}

/** Words after which "Ma." is a surname ending a sentence ("said Ma.", "Mr. Ma."). */
const NOT_BEFORE_GIVEN_NAME = new Set(['said', 'says', 'told', 'added', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr']);

/**
 * Splits `text` into tokens, paragraphs and sentences. Linear in the text's length. The token
 * arrays come from `scratch` (fresh ones unless an analysis hands in its own).
 */
export function tokenize(text: string, scratch: Scratch = new Scratch()): Tokens {
  const n = text.length;
  // The characters are read from a typed array (see code-units.ts); `text` only for rare checks.
  const units = codeUnits(text, scratch);
  let cap = (n >> 2) + 16;
  let start = scratch.int32('start', cap);
  let end = scratch.int32('end', cap);
  let kind = scratch.uint8('kind', cap);
  let paragraph = scratch.int32('paragraph', cap);
  let capA = scratch.uint8('cap', cap);
  let lowerId = scratch.int32('lowerId', cap);
  let keyId = scratch.int32('keyId', cap);
  let wordNo = scratch.int32('wordNo', cap);
  let lineBreak = scratch.uint8('lineBreak', cap);
  let count = 0;
  if (table.size > WORD_TABLE_LIMIT) table = new WordTable();
  const words = table;
  // Ids are re-read for words seen before strings were last registered (while lexicons are built).
  const generation = registrationGeneration();

  // Paragraph rule: blank lines separate paragraphs when the text has any; otherwise each line is one.
  const blankLineParagraphs = /\n[ \t\r>]*\n/.test(text);
  // Ends of the paragraphs read so far (there are never more paragraphs than tokens).
  let paraEnds = scratch.int32('paragraphEnd', cap);
  let heading = scratch.uint8('heading', cap);
  let paragraphCount = 0;
  let paraStart = -1;
  let paraEnd = 0;
  let pendingBreak = false;

  let i = 0;
  let newlines = 0;
  let lineStart = true;
  let headingLine = false;
  while (i < n) {
    const c = units[i];
    if (c === 32 || isSpaceCode(c)) {
      if (c === 10) {
        newlines++;
        // A heading is a paragraph of its own.
        if (!blankLineParagraphs || newlines >= 2 || headingLine) pendingBreak = true;
        headingLine = false;
        lineStart = true;
      }
      i++;
      continue;
    }
    // Markdown markup is not article text: emphasis (* and _), and at a line's start the
    // block-quote (>) and heading (#) markers. A line of only ">" is a blank line.
    if (c === 42 || c === 95) {
      i++;
      continue;
    }
    if (lineStart && (c === 62 || (c === 35 && /^#{1,6}[ \t]/.test(text.slice(i, i + 7))))) {
      if (c === 35) pendingBreak = paraStart >= 0 || pendingBreak;
      while (i < n && (units[i] === c || units[i] === 32)) i++;
      if (c === 35) headingLine = true;
      continue;
    }
    lineStart = false;
    if (count === cap) {
      cap *= 2;
      start = scratch.int32('start', cap, count);
      end = scratch.int32('end', cap, count);
      paragraph = scratch.int32('paragraph', cap, count);
      kind = scratch.uint8('kind', cap, count);
      capA = scratch.uint8('cap', cap, count);
      lowerId = scratch.int32('lowerId', cap, count);
      keyId = scratch.int32('keyId', cap, count);
      wordNo = scratch.int32('wordNo', cap, count);
      lineBreak = scratch.uint8('lineBreak', cap, count);
      paraEnds = scratch.int32('paragraphEnd', cap, paragraphCount);
      heading = scratch.uint8('heading', cap, paragraphCount + 1);
    }
    // Every line break since the last token went through the white-space branch above.
    lineBreak[count] = newlines > 0 ? 1 : 0;
    newlines = 0;
    let e: number;
    let k: TokenKind;
    let no: number;
    if (isWordCode(c)) {
      // Scan the word and hash it in the same pass (FNV-1a), for the word table.
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let j = i + 1;
      while (j < n) {
        const d = units[j];
        if (isWordCode(d)) {
          h = Math.imul(h ^ d, 0x01000193);
          j++;
        } else if ((d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 0x2010 || d === 0x2011) && j + 1 < n && isWordCode(units[j + 1])) {
          h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ units[j + 1], 0x01000193);
          j += 2;
        } else if (d === 44 && j + 1 < n && units[j + 1] - 48 >>> 0 < 10 && thousandsSeparator(units, j, n)) {
          // "80,000 employees", "$1,250,000": one number, not "80" and "000 employees".
          h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ units[j + 1], 0x01000193);
          j += 2;
        } else break;
      }
      if (j < n && units[j] === 46 && (isAbbreviation(text, i, j) || (j - i <= 4 && givenNameAbbreviation(text, i, j, count > 0 ? words.surface[wordNo[count - 1]] : '')))) {
        h = Math.imul(h ^ 46, 0x01000193);
        j++;
      }
      e = j;
      k = TokenKind.Word;
      no = words.numberOf(text, units, i, e, h, true);
    } else {
      // Surrogate pairs stay whole so that no token splits a code point; two straight
      // single quotes ('') stand for a double quote mark, as some newspapers print it.
      e = c === 39 && i + 1 < n && units[i + 1] === 39 ? i + 2 : c >= 0xd800 && c <= 0xdbff && i + 1 < n && (units[i + 1] & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      k = isQuoteCode(c) ? TokenKind.Quote : TokenKind.Punct;
      no = e - i === 1 ? words.charNumber(text, units, i) : words.numberOf(text, units, i, e, hashOf(text, i, e), false);
    }
    // The word table's arrays may have grown: read them afresh.
    const at = INFO_STRIDE * no;
    if (words.info[at + GEN] !== generation) words.readIds(no);
    const wordInfo = words.info;
    wordNo[count] = no;
    lowerId[count] = wordInfo[at + LOWER_ID];
    keyId[count] = wordInfo[at + KEY_ID];
    capA[count] = wordInfo[at + FLAGS] & WordFlag.Cap;
    if (pendingBreak || paraStart < 0) {
      if (paraStart >= 0) paraEnds[paragraphCount++] = paraEnd;
      paraStart = i;
      pendingBreak = false;
      // A heading is a paragraph of its own, opening on its marker's line.
      heading[paragraphCount] = headingLine ? 1 : 0;
    }

    start[count] = i;
    end[count] = e;
    kind[count] = k;
    paragraph[count] = paragraphCount;
    count++;
    paraEnd = e;
    i = e;
  }
  if (paraStart >= 0) paraEnds[paragraphCount++] = paraEnd;

  // Sentences: end after . ! ? (and any closing quotes/brackets) when the next token
  // starts a new sentence, and at every paragraph break.
  const sentence = scratch.int32('sentence', count).subarray(0, count);
  // At most one sentence per token, plus the sentinel.
  const starts = scratch.int32('sentenceStart', count + 1);
  let s = -1;
  let breakNext = true;
  for (let t = 0; t < count; t++) {
    if (breakNext || (t > 0 && paragraph[t] !== paragraph[t - 1])) {
      s++;
      starts[s] = t;
      breakNext = false;
    }
    sentence[t] = s;
    const k = kind[t];
    if (k === TokenKind.Punct) {
      const c = units[start[t]];
      if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
        // Skip closing quotes / brackets that belong to this sentence.
        let u = t + 1;
        while (u < count && start[u] === end[u - 1] && (kind[u] === TokenKind.Quote || text.charCodeAt(start[u]) === 41)) u++;
        if (u < count && paragraph[u] === paragraph[t] && startsSentence(text, start[u], kind[u])) {
          for (let v = t + 1; v < u; v++) sentence[v] = s;
          t = u - 1;
          breakNext = true;
        }
      }
    } else if (k === TokenKind.Word && end[t] - start[t] > 1 && units[end[t] - 1] === 46) {
      // "U.S." or "Jan." can end a sentence too, when a clear sentence opener follows.
      const u = t + 1;
      if (u < count && paragraph[u] === paragraph[t] && kind[u] === TokenKind.Word && SENTENCE_OPENERS.has(words.lower[wordNo[u]])) breakNext = true;
    }
  }
  starts[s + 1] = count;
  const sentenceStart = starts.subarray(0, s + 2);

  // Where each block of characters starts in the token list, so `tokenAt` searches a few tokens, not all.
  const blocks = (n >> BLOCK_BITS) + 1;
  const blockFirst = scratch.int32('blockFirst', blocks + 1).subarray(0, blocks + 1);
  for (let b = 0, t = 0; b < blocks; b++) {
    const pos = b << BLOCK_BITS;
    while (t < count && start[t] < pos) t++;
    blockFirst[b] = t;
  }
  blockFirst[blocks] = count;
  const tokenWords = wordNo.subarray(0, count);

  return {
    text,
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    kind: kind.subarray(0, count),
    words,
    wordNo: tokenWords,
    cap: capA.subarray(0, count),
    lowerId: lowerId.subarray(0, count),
    keyId: keyId.subarray(0, count),
    lineBreak: lineBreak.subarray(0, count),
    paragraph: paragraph.subarray(0, count),
    sentence,
    sentenceStart,
    paragraphEnd: paraEnds.subarray(0, paragraphCount),
    heading: heading.subarray(0, paragraphCount),
    blockFirst,
    scratch,
  };
}

const SENTENCE_OPENERS = new Set(['the', 'but', 'he', 'she', 'they', 'it', 'in', 'a', 'and', 'this', 'that', 'we', 'i']);

function startsSentence(text: string, pos: number, k: number): boolean {
  if (k === TokenKind.Quote) return true;
  const c = text.charCodeAt(pos);
  return isUpperCode(c) || (c >= 48 && c <= 57) || c === 40 || c === 91 || c === 0x2014;
}

/** Characters per block of `Tokens.blockFirst`: 64, so a block holds about a dozen tokens of prose. */
const BLOCK_BITS = 6;

/** Index of the first token whose start is >= pos (binary search within pos's block). */
export function tokenAt(tokens: Tokens, pos: number): number {
  // Past the text (2^31 and more, or Infinity, would also wrap the shift below) no token starts.
  if (pos >= tokens.text.length) return tokens.count;
  const block = pos <= 0 ? 0 : pos >> BLOCK_BITS;
  // The answer lies between the first token of pos's block and the first of the next block.
  let lo = tokens.blockFirst[block];
  let hi = tokens.blockFirst[block + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
