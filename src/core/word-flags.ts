/**
 * Word tests answered once per word instead of once per token: a fixed list of tests (is the
 * word in this set, does it match that pattern) gives each word of the word table one bit per
 * test, computed the first time a token with that word is asked about and kept in an array
 * indexed by word number. A token's test is then two array reads and a mask instead of a
 * string-keyed Set or Map lookup.
 */
import type { Tokens } from './text';
import type { WordTable } from './word-table';

/** A test of word number `n` of `words` (its `surface`, `lower` or `key` string). */
export type WordTest = (words: WordTable, n: number) => boolean;

/** Set when a word's bits have been computed (so a word no test holds is not recomputed). */
const KNOWN = 1 << 30;

export class WordFlags {
  private table: WordTable | null = null;
  private bits = new Int32Array(0);

  /** At most 30 tests; test i sets bit `1 << i`. */
  constructor(private readonly tests: readonly WordTest[]) {
    if (tests.length > 30) throw new Error('WordFlags: at most 30 tests');
  }

  /** Test `i`'s bit. */
  static bit(i: number): number {
    return 1 << i;
  }

  /** The bits of token `t`'s word (0 for a token outside the text). */
  at(tokens: Tokens, t: number): number {
    if (t < 0 || t >= tokens.count) return 0;
    const n = tokens.wordNo[t];
    if (tokens.words !== this.table) {
      this.table = tokens.words;
      this.bits = new Int32Array(Math.max(1024, 2 * tokens.words.size + 2));
    }
    if (n >= this.bits.length) {
      const bits = new Int32Array(Math.max(n + 1, 2 * this.bits.length));
      bits.set(this.bits);
      this.bits = bits;
    }
    const v = this.bits[n];
    return v !== 0 ? v : (this.bits[n] = this.compute(tokens.words, n));
  }

  /** True when token `t`'s word has any of the bits in `mask`. */
  has(tokens: Tokens, t: number, mask: number): boolean {
    return (this.at(tokens, t) & mask) !== 0;
  }

  private compute(words: WordTable, n: number): number {
    let v = KNOWN;
    for (let i = 0; i < this.tests.length; i++) if (this.tests[i](words, n)) v |= 1 << i;
    return v;
  }
}

/** A test: the word's lowercase form is in `set`. */
export function lowerIn(set: { has(w: string): boolean }): WordTest {
  return (words, n) => set.has(words.lower[n]);
}

/** A test: the word as written is in `set`. */
export function surfaceIn(set: { has(w: string): boolean }): WordTest {
  return (words, n) => set.has(words.surface[n]);
}

/**
 * `tests(lex)` as word flags, built once per lexicon: the engine keeps one lexicon object per
 * extension, so each pass looks its flags up by that object.
 */
export function flagsPerLexicon<L extends object>(tests: (lex: L) => WordTest[]): (lex: L) => WordFlags {
  const built = new WeakMap<L, WordFlags>();
  return (lex) => {
    let flags = built.get(lex);
    if (!flags) built.set(lex, (flags = new WordFlags(tests(lex))));
    return flags;
  };
}
