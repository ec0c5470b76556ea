/**
 * A trie of multi-word phrases keyed by lowercase tokens, matched against the
 * token stream. Phrases are split with the engine's own tokenizer so that keys
 * and text agree on apostrophes, hyphens and abbreviations. Keys are registered
 * word ids (`wordId`), so matching compares numbers, never strings.
 */
import { knownId, tokenize, wordId, type Tokens } from './text';

interface Node<V> {
  next: Map<number, Node<V>> | null;
  value: V | undefined;
}

export interface PhraseMatch<V> {
  /** Number of tokens matched. */
  length: number;
  value: V;
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: null, value: undefined };
  /** 1 for the id of every phrase's first key: most tokens start no phrase, and this rejects them. */
  private firstKeys = new Uint8Array(0);
  /** 1 for the id of every phrase's last key (see `mayEndAt`). */
  private lastKeys = new Uint8Array(0);
  /**
   * 1 for the id of every one-word phrase, and for the id of every longer phrase's second key: a
   * token that starts a phrase's first word but is no phrase alone matches only if the next token
   * can be a second word (most do not: "the", "a" and "senior" start many phrases).
   */
  private singleKeys = new Uint8Array(0);
  private secondKeys = new Uint8Array(0);
  size = 0;

  add(phrase: string, value: V): void {
    const keys = phraseKeys(phrase).map(wordId);
    if (keys.length === 0) return;
    this.firstKeys = withKey(this.firstKeys, keys[0]);
    this.lastKeys = withKey(this.lastKeys, keys[keys.length - 1]);
    if (keys.length === 1) this.singleKeys = withKey(this.singleKeys, keys[0]);
    else this.secondKeys = withKey(this.secondKeys, keys[1]);
    let node = this.root;
    for (const k of keys) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
  }

  /** The longest phrase that starts at token `t` (tokens must not cross `limit`). */
  longestAt(tokens: Tokens, t: number, limit = tokens.count): PhraseMatch<V> | null {
    const length = this.lengthAt(tokens, t, limit);
    return length === 0 ? null : { length, value: this.valueOf(tokens, t, length) };
  }

  /**
   * The number of tokens of the longest phrase that starts at token `t` (0 when none), as
   * `longestAt` finds it but without making a match object: most callers only ask how far a
   * phrase reaches.
   */
  lengthAt(tokens: Tokens, t: number, limit = tokens.count): number {
    const key = tokens.keyId;
    if (t >= limit || t < 0 || t >= tokens.count || this.firstKeys[key[t]] !== 1) return 0;
    if (this.singleKeys[key[t]] !== 1 && (t + 1 >= limit || this.secondKeys[key[t + 1]] !== 1)) return 0;
    let node: Node<V> | undefined = this.root;
    let best = 0;
    for (let u = t; u < limit && node.next; u++) {
      node = node.next.get(key[u]);
      if (!node) break;
      if (node.value !== undefined) best = u - t + 1;
    }
    return best;
  }

  /** The value of the phrase of `length` tokens that `lengthAt` found at token `t`. */
  private valueOf(tokens: Tokens, t: number, length: number): V {
    let node = this.root;
    for (let u = t; u < t + length; u++) node = node.next!.get(tokens.keyId[u])!;
    return node.value as V;
  }

  /** False when no phrase starts with the key whose registered id is `keyId`. */
  mayStartWith(keyId: number): boolean {
    return this.firstKeys[keyId] === 1;
  }

  /** False when no phrase starts with token `u`'s key, so `longestAt(tokens, u)` is null. */
  mayStartAt(tokens: Tokens, u: number): boolean {
    return u >= 0 && u < tokens.count && this.firstKeys[tokens.keyId[u]] === 1;
  }

  /** False when no phrase ends with token `u`'s key, so no match can end there (true for tokens outside the text). */
  mayEndAt(tokens: Tokens, u: number): boolean {
    return u < 0 || u >= tokens.count || this.lastKeys[tokens.keyId[u]] === 1;
  }

  /** The longest phrase that ends right before token `end` and starts at or after `min`. */
  longestEndingAt(tokens: Tokens, end: number, min = 0, maxTokens = 6): PhraseMatch<V> | null {
    let best: PhraseMatch<V> | null = null;
    for (let len = 1; len <= maxTokens && end - len >= min; len++) {
      const m = this.longestAt(tokens, end - len, end);
      if (m && m.length === len) best = m;
    }
    return best;
  }

  /** Exact lookup of a single token key. */
  hasWord(key: string): boolean {
    const n = this.root.next?.get(knownId(key));
    return !!n && n.value !== undefined;
  }
}

/** `table` (grown if needed) with 1 at `id`. */
function withKey(table: Uint8Array<ArrayBuffer>, id: number): Uint8Array<ArrayBuffer> {
  if (id >= table.length) {
    const grown = new Uint8Array(Math.max(id + 1, table.length * 2));
    grown.set(table);
    table = grown;
  }
  table[id] = 1;
  return table;
}

/** The key of token u: its lowercase form without a possessive ’s, or the punctuation character itself. */
export function keyOf(tokens: Tokens, u: number): string {
  return tokens.words.key[tokens.wordNo[u]];
}

/** Words of the letters A–Z only, one space apart: the tokenizer makes each word one token, keyed by its lowercase form. */
const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The keys of a phrase's tokens, as `tokenize` gives them. */
export function phraseKeys(phrase: string): string[] {
  const trimmed = phrase.trim();
  // Most lexicon phrases ("senior administration official", "Foreign Ministry") are plain words:
  // split without the tokenizer, whose set-up per call was most of the time taken to build the
  // lexicons on the first analysis (test/core/phrases.test.ts checks both ways agree).
  if (PLAIN_PHRASE.test(trimmed)) return trimmed.toLowerCase().split(' ');
  return tokenizedKeys(trimmed);
}

/** The keys of a phrase's tokens, by the tokenizer. */
export function tokenizedKeys(phrase: string): string[] {
  const t = tokenize(phrase);
  const keys: string[] = [];
  for (let u = 0; u < t.count; u++) keys.push(keyOf(t, u));
  return keys;
}
