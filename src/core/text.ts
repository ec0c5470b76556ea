/**
 * Tokens, paragraphs and sentences of a text, computed in one linear pass.
 * Tokens are stored in parallel arrays to keep the pass allocation-light.
 */
import type { Span } from './types';

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
  /** The token's text, and its lowercase form (word tokens only; '' for others). */
  readonly word: string[];
  readonly lower: string[];
  /**
   * Registered ids (see `wordId`) of `lower` and of the lookup key (the lowercase form without
   * a possessive ’s for words, the character itself otherwise): 0 when no lexicon or word list
   * holds the string.
   */
  readonly lowerId: Int32Array;
  readonly keyId: Int32Array;
  /** 1 when the word can be part of a name: capitalized, or a particle-prefixed surname ("el-Shazly"). */
  readonly cap: Uint8Array;
  /** Index of the paragraph / sentence each token belongs to. */
  readonly paragraph: Int32Array;
  readonly sentence: Int32Array;
  /** First token index of each sentence, plus a final sentinel equal to `count`. */
  readonly sentenceStart: number[];
  readonly paragraphs: Span[];
}

const wordCharCache = new Uint8Array(65536); // 0 unknown, 1 word char, 2 not
const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;

export function isWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: treated as symbols
  let v = wordCharCache[c];
  if (v === 0) {
    v = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = v;
  }
  return v === 1;
}

export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}

export function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e;
}

/**
 * Lexicon strings get small ids, so that a token's membership in a word list or phrase trie
 * is an array or number-keyed lookup instead of a string-keyed one. Every string a word list
 * or trie holds is registered (`wordId`) when the list is built; a token whose lowercase form
 * or key was never registered has id 0 and is in no list. Registration only happens while
 * building word lists and lexicons, so the table stays as small as they are.
 */
const registered = new Map<string, number>();
/** Bumped by every new registration: interned words re-read their ids when it changes. */
let generation = 0;

/** The id of `s` (registered on first use; ids start at 1). */
export function wordId(s: string): number {
  let id = registered.get(s);
  if (id === undefined) {
    id = registered.size + 1;
    registered.set(s, id);
    generation++;
  }
  return id;
}

/** The id of `s` if registered, else 0 (never registers). */
export function knownId(s: string): number {
  return registered.get(s) ?? 0;
}

/** One more than the largest id given so far: the length of an id-indexed table. */
export function idLimit(): number {
  return registered.size + 1;
}

/**
 * Word strings are interned across calls in a direct-mapped cache: news text repeats its
 * words, so most tokens reuse a string instead of allocating two (word and lowercase).
 * Keyed by a hash computed while scanning; a hit allocates nothing, a collision evicts.
 */
const INTERN_SIZE = 1 << 17;

/**
 * The cache's slots, in parallel arrays: a lookup compares the slot's full hash in a typed
 * array before it touches any string, and reads what it needs by slot index.
 */
const slotHash = new Int32Array(INTERN_SIZE);
const slotWord: string[] = new Array<string>(INTERN_SIZE).fill('');
const slotLower: string[] = new Array<string>(INTERN_SIZE).fill('');
const slotKey: string[] = new Array<string>(INTERN_SIZE).fill('');
const slotCap = new Uint8Array(INTERN_SIZE);
/** Ids of the slot's `lower` and `key`, valid for registration generation `slotGen`. */
const slotLowerId = new Int32Array(INTERN_SIZE);
const slotKeyId = new Int32Array(INTERN_SIZE);
const slotGen = new Int32Array(INTERN_SIZE).fill(-1);

/** Re-reads a slot's ids after new strings were registered. */
function refreshIds(slot: number): void {
  const lowerId = knownId(slotLower[slot]);
  slotLowerId[slot] = lowerId;
  slotKeyId[slot] = slotKey[slot] === slotLower[slot] ? lowerId : knownId(slotKey[slot]);
  slotGen[slot] = generation;
}

/** Name prefixes written in lowercase and joined to the name: "el-Shazly", "al-Kuwari", "d’Estaing". */
const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar|abd|abu|bin|ibn|ben|bat|de|di|da|du|d|van|von|le|la|l|dos|das|del|della|dela|mac|o)[-\u2010\u2011'\u2019]\p{Lu}/u;

function nameLike(w: string): boolean {
  const c = w.charCodeAt(0);
  if (isUpperCode(c)) return true;
  if (c < 97 || c > 122) return false;
  for (let i = 1; i < 5 && i < w.length; i++) {
    const d = w.charCodeAt(i);
    if (d === 45 || d === 39 || d === 0x2019 || d === 0x2010 || d === 0x2011) return PARTICLE_PREFIX.test(w);
  }
  return false;
}

/** True when a word ends in a possessive ’s or 's ("Lapid’s", "Ukraine's"). */
export function isPossessive(w: string): boolean {
  const n = w.length;
  return n > 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 0x2019 || w.charCodeAt(n - 2) === 39);
}

/** The word or phrase without a final possessive ’s. */
export function withoutPossessive(w: string): string {
  return isPossessive(w) ? w.slice(0, w.length - 2) : w;
}

/** Returns the cache slot that holds the word at [s, e) (hash `h`), filling it first if needed. */
function intern(text: string, s: number, e: number, h: number): number {
  const slot = (h ^ (h >>> 15)) & (INTERN_SIZE - 1);
  const len = e - s;
  if (slotHash[slot] === h) {
    const w = slotWord[slot];
    if (w.length === len) {
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(s + k)) k++;
      if (k === len) return slot;
    }
  }
  const fresh = text.slice(s, e);
  const lower = fresh.toLowerCase();
  slotHash[slot] = h;
  slotWord[slot] = fresh;
  slotLower[slot] = lower;
  slotKey[slot] = withoutPossessive(lower);
  slotCap[slot] = nameLike(fresh) ? 1 : 0;
  refreshIds(slot);
  return slot;
}

function grown(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function grownBytes(a: Uint8Array<ArrayBuffer>, cap: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

const charStrings: string[] = [];
function charString(c: number): string {
  return (charStrings[c] ??= String.fromCharCode(c));
}

/** Ids of one-character punctuation keys, re-read when the registration generation changes. */
const charIds = new Int32Array(65536);
const charIdGen = new Int32Array(65536).fill(-1);
function charId(c: number): number {
  if (charIdGen[c] !== generation) {
    charIds[c] = knownId(charString(c));
    charIdGen[c] = generation;
  }
  return charIds[c];
}

/** Lowercase abbreviations that keep their trailing period as part of the word. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'cpl', 'pvt',
  'st', 'jr', 'sr', 'rev', 'hon', 'amb', 'atty', 'supt', 'insp', 'det', 'pres', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'nos',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'univ', 'approx', 'est', 'fig',
  'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz', 'ark', 'colo', 'conn', 'del', 'ga',
  'ind', 'kan', 'ky', 'la', 'md', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'vt', 'wyo', 'ala', 'n.y', 'n.j', 'd.c', 'u.s',
  'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'ph.d', 'r', 'd', 'i',
]);

function isAbbreviation(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len === 1) return isUpperCode(text.charCodeAt(start)); // an initial: "J."
  if (len > 6) return false;
  const w = text.slice(start, end).toLowerCase();
  return ABBREVIATIONS.has(w) || w.indexOf('.') > 0;
}

/** Splits `text` into tokens, paragraphs and sentences. Linear in the text's length. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = (n >> 2) + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let paragraph = new Int32Array(cap);
  let capA = new Uint8Array(cap);
  let lowerId = new Int32Array(cap);
  let keyId = new Int32Array(cap);
  let count = 0;
  // Sized up front (a quarter of the characters is an upper bound for news text) and cut to
  // `count` at the end: growing three string arrays by push cost a third of the scan.
  const word: string[] = new Array<string>(cap);
  const lower: string[] = new Array<string>(cap);

  // Paragraph rule: blank lines separate paragraphs when the text has any; otherwise each line is one.
  const blankLineParagraphs = /\n[ \t\r>]*\n/.test(text);
  const paragraphs: Span[] = [];
  let paraStart = -1;
  let paraEnd = 0;
  let pendingBreak = false;

  let i = 0;
  let newlines = 0;
  let lineStart = true;
  let headingLine = false;
  while (i < n) {
    const c = text.charCodeAt(i);
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
      while (i < n && (text.charCodeAt(i) === c || text.charCodeAt(i) === 32)) i++;
      if (c === 35) headingLine = true;
      continue;
    }
    lineStart = false;
    if (count === cap) {
      cap *= 2;
      start = grown(start, cap);
      end = grown(end, cap);
      paragraph = grown(paragraph, cap);
      kind = grownBytes(kind, cap);
      capA = grownBytes(capA, cap);
      lowerId = grown(lowerId, cap);
      keyId = grown(keyId, cap);
    }
    newlines = 0;
    let e: number;
    let k: TokenKind;
    if (isWordCode(c)) {
      // Scan the word and hash it in the same pass (FNV-1a), for interning.
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          h = Math.imul(h ^ d, 0x01000193);
          j++;
        } else if ((d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 0x2010 || d === 0x2011) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
          h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ text.charCodeAt(j + 1), 0x01000193);
          j += 2;
        } else break;
      }
      if (j < n && text.charCodeAt(j) === 46 && isAbbreviation(text, i, j)) {
        h = Math.imul(h ^ 46, 0x01000193);
        j++;
      }
      e = j;
      k = TokenKind.Word;
      const slot = intern(text, i, e, h);
      if (slotGen[slot] !== generation) refreshIds(slot);
      word[count] = slotWord[slot];
      lower[count] = slotLower[slot];
      capA[count] = slotCap[slot];
      lowerId[count] = slotLowerId[slot];
      keyId[count] = slotKeyId[slot];
    } else {
      // Surrogate pairs stay whole so that no token splits a code point; two straight
      // single quotes ('') stand for a double quote mark, as some newspapers print it.
      e = c === 39 && i + 1 < n && text.charCodeAt(i + 1) === 39 ? i + 2 : c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      k = isQuoteCode(c) ? TokenKind.Quote : TokenKind.Punct;
      const w = e - i === 1 ? charString(c) : text.slice(i, e);
      word[count] = w;
      lower[count] = '';
      capA[count] = 0;
      lowerId[count] = 0;
      keyId[count] = e - i === 1 ? charId(c) : knownId(w);
    }
    if (pendingBreak || paraStart < 0) {
      if (paraStart >= 0) paragraphs.push({ start: paraStart, end: paraEnd });
      paraStart = i;
      pendingBreak = false;
    }

    start[count] = i;
    end[count] = e;
    kind[count] = k;
    paragraph[count] = paragraphs.length;
    count++;
    paraEnd = e;
    i = e;
  }
  if (paraStart >= 0) paragraphs.push({ start: paraStart, end: paraEnd });
  word.length = lower.length = count;

  // Sentences: end after . ! ? (and any closing quotes/brackets) when the next token
  // starts a new sentence, and at every paragraph break.
  const sentence = new Int32Array(count);
  const sentenceStart: number[] = [];
  let s = -1;
  let breakNext = true;
  for (let t = 0; t < count; t++) {
    if (breakNext || (t > 0 && paragraph[t] !== paragraph[t - 1])) {
      s++;
      sentenceStart.push(t);
      breakNext = false;
    }
    sentence[t] = s;
    const k = kind[t];
    if (k === TokenKind.Punct) {
      const c = text.charCodeAt(start[t]);
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
    } else if (k === TokenKind.Word && end[t] - start[t] > 1 && text.charCodeAt(end[t] - 1) === 46) {
      // "U.S." or "Jan." can end a sentence too, when a clear sentence opener follows.
      const u = t + 1;
      if (u < count && paragraph[u] === paragraph[t] && kind[u] === TokenKind.Word && SENTENCE_OPENERS.has(lower[u])) breakNext = true;
    }
  }
  sentenceStart.push(count);

  return {
    text,
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    kind: kind.subarray(0, count),
    word,
    lower,
    cap: capA.subarray(0, count),
    lowerId: lowerId.subarray(0, count),
    keyId: keyId.subarray(0, count),
    paragraph: paragraph.subarray(0, count),
    sentence,
    sentenceStart,
    paragraphs,
  };
}

const SENTENCE_OPENERS = new Set(['the', 'but', 'he', 'she', 'they', 'it', 'in', 'a', 'and', 'this', 'that', 'we', 'i']);

function startsSentence(text: string, pos: number, k: number): boolean {
  if (k === TokenKind.Quote) return true;
  const c = text.charCodeAt(pos);
  return isUpperCode(c) || (c >= 48 && c <= 57) || c === 40 || c === 91 || c === 0x2014;
}

/** Index of the first token whose start is >= pos (binary search). */
export function tokenAt(tokens: Tokens, pos: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
