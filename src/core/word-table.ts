/**
 * The word table: every distinct token string the tokenizer has seen gets a word number
 * (1, 2, …; 0 is never used), kept across calls, so a token is one number (`Tokens.wordNo`)
 * and repeated words cost no allocation. Per word number the table holds the string, its
 * lowercase form, its lookup key (lowercase without a possessive ’s), the registered ids of
 * both (see word-ids.ts) and flags, in flat arrays.
 *
 * Strings are found by an open-addressing hash of word numbers; the tokenizer computes the
 * hash (FNV-1a over the UTF-16 units) while it scans, so a lookup compares the stored hash and
 * length first and the characters only on a match. The characters compared are the text's code
 * units (see code-units.ts) against a copy of each word's units in one `Uint16Array`: comparing
 * with the word's string (`startsWith`) was 70% of a look-up's time.
 */
import { knownId, registrationGeneration } from './word-ids';

/** Flag bits of a word. */
export const enum WordFlag {
  /** Can be part of a name: capitalized, or a particle-prefixed surname ("el-Shazly"). */
  Cap = 1,
  /** A word (letters and digits); otherwise punctuation or a quote mark. */
  Word = 2,
}

/** Lowercase name prefixes joined to the name: "el-Shazly", "al-Kuwari", "d’Estaing". */
const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar|abd|abu|bin|ibn|ben|bat|de|di|da|du|d|van|von|le|la|l|dos|das|del|della|dela|mac|o)[-\u2010\u2011'\u2019]\p{Lu}/u;

export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function nameLike(w: string): boolean {
  const c = w.charCodeAt(0);
  if (isUpperCode(c)) return true;
  if (c < 97 || c > 122) return false;
  // Irish initial mutations before a capital: "Nic an tSaoir", "Ó hAodha", "Uí nDubhda".
  // (Four letters at least: "hPa" is hectopascals.)
  if ((c === 116 || c === 104 || c === 110) && w.length > 3 && isUpperCode(w.charCodeAt(1)) && !isUpperCode(w.charCodeAt(2))) return true;
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

/** Fields of word number n in `info`, at `INFO_STRIDE * n + field`. */
export const INFO_STRIDE = 8;
export const LOWER_ID = 0;
export const KEY_ID = 1;
export const FLAGS = 2;
const HASH = 3;
/** The registration generation the word's ids were read at. */
export const GEN = 4;
/** The word's length, and where its code units start in `units` (-1 for a word longer than `MAX_UNITS_WORD`). */
const LENGTH = 5;
const UNITS_AT = 6;
/**
 * Longer words keep no copy of their units and are compared with their string: news words are far
 * shorter, and a text without spaces would otherwise add two bytes a character to the table.
 */
const MAX_UNITS_WORD = 64;

export class WordTable {
  /** Words held; word numbers run from 1 to `size`. */
  size = 0;
  /** Per word number: the string, its lowercase form ('' for punctuation) and its lookup key. */
  surface: string[] = [''];
  lower: string[] = [''];
  key: string[] = [''];
  /** Per word number: registered ids of `lower` and of the key, flags, hash, ids' generation (see the field constants). */
  info = new Int32Array(INFO_STRIDE * 1024);
  /** Open-addressing hash slots holding word numbers (0: empty). */
  private slots = new Int32Array(2048);
  /** Word numbers of one-character punctuation, by character code (0: not looked up yet). */
  private chars = new Int32Array(65536);
  /** Every word's code units, one after another (see `UNITS_AT`), and how many are used. */
  private units = new Uint16Array(8192);
  private unitsUsed = 0;

  /** Registered id of word number `n`'s lowercase form (0 for punctuation). */
  lowerId(n: number): number {
    this.currentIds(n);
    return this.info[INFO_STRIDE * n + LOWER_ID];
  }

  /** Registered id of word number `n`'s lookup key. */
  keyId(n: number): number {
    this.currentIds(n);
    return this.info[INFO_STRIDE * n + KEY_ID];
  }

  flags(n: number): number {
    return this.info[INFO_STRIDE * n + FLAGS];
  }

  /** Re-reads word number `n`'s registered ids if strings were registered since they were read. */
  currentIds(n: number): void {
    if (this.info[INFO_STRIDE * n + GEN] !== registrationGeneration()) this.readIds(n);
  }

  /** Reads word number `n`'s registered ids. */
  readIds(n: number): void {
    this.info[INFO_STRIDE * n + GEN] = registrationGeneration();
    const lowerId = this.lower[n] === '' ? 0 : knownId(this.lower[n]);
    this.info[INFO_STRIDE * n + LOWER_ID] = lowerId;
    this.info[INFO_STRIDE * n + KEY_ID] = this.key[n] === this.lower[n] ? lowerId : knownId(this.key[n]);
  }

  /**
   * The word number of `text`[s, e), whose FNV-1a hash is `h` (see `hashOf`), adding it if new.
   * `units` holds `text`'s code units (see `codeUnits`). `word` says whether it is a word
   * (letters and digits) or punctuation.
   */
  numberOf(text: string, units: Uint16Array, s: number, e: number, h: number, word: boolean): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = e - s;
    let i = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const n = slots[i];
      if (n === 0) break;
      const at = INFO_STRIDE * n;
      if (this.info[at + HASH] === h && this.info[at + LENGTH] === len) {
        const u = this.info[at + UNITS_AT];
        if (u < 0 ? text.startsWith(this.surface[n], s) : this.sameUnits(u, units, s, e)) return n;
      }
      i = (i + 1) & mask;
    }
    return this.add(ownCopy(text.slice(s, e)), h, word, i);
  }

  /** True when the word units from `u` on equal `units`[s, e) (the length was compared before). */
  private sameUnits(u: number, units: Uint16Array, s: number, e: number): boolean {
    const own = this.units;
    for (let k = s; k < e; k++, u++) if (own[u] !== units[k]) return false;
    return true;
  }

  /** The word number of the one punctuation character at `text`[i] (`units`: as for `numberOf`). */
  charNumber(text: string, units: Uint16Array, i: number): number {
    const c = units[i];
    let n = this.chars[c];
    if (n === 0) {
      n = this.numberOf(text, units, i, i + 1, hashOf(text, i, i + 1), false);
      this.chars[c] = n;
    }
    return n;
  }

  /** Adds `w` (hash `h`) in the empty slot `at`. */
  private add(w: string, h: number, word: boolean, at: number): number {
    const n = ++this.size;
    if (INFO_STRIDE * (n + 1) > this.info.length) {
      const info = new Int32Array(this.info.length * 2);
      info.set(this.info);
      this.info = info;
    }
    const lower = word ? w.toLowerCase() : '';
    this.surface.push(w);
    this.lower.push(lower);
    this.key.push(word ? withoutPossessive(lower) : w);
    this.info[INFO_STRIDE * n + FLAGS] = word ? WordFlag.Word | (nameLike(w) ? WordFlag.Cap : 0) : 0;
    this.info[INFO_STRIDE * n + HASH] = h;
    this.info[INFO_STRIDE * n + LENGTH] = w.length;
    if (w.length > MAX_UNITS_WORD) this.info[INFO_STRIDE * n + UNITS_AT] = -1;
    else {
      this.info[INFO_STRIDE * n + UNITS_AT] = this.unitsUsed;
      if (this.unitsUsed + w.length > this.units.length) {
        const units = new Uint16Array(2 * this.units.length);
        units.set(this.units);
        this.units = units;
      }
      for (let k = 0; k < w.length; k++) this.units[this.unitsUsed++] = w.charCodeAt(k);
    }
    this.readIds(n);
    this.slots[at] = n;
    if (2 * this.size > this.slots.length) this.rehash();
    return n;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let n = 1; n <= this.size; n++) {
      const h = this.info[INFO_STRIDE * n + HASH];
      let i = (h ^ (h >>> 15)) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = n;
    }
    this.slots = slots;
  }
}

/**
 * `w` as a string of its own. V8 cuts a slice of 13 or more characters as a view into the whole
 * text; kept in the word table, which outlives every analysis, such a word would keep alive the
 * whole text it was first seen in (in the editor, one version of the article per new long word
 * typed). Joining its characters makes a fresh string.
 */
function ownCopy(w: string): string {
  return w.length < 13 ? w : w.split('').join('');
}

/** FNV-1a over `text`[s, e), as the tokenizer computes it while scanning. */
export function hashOf(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
