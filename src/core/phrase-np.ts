/**
 * Noun phrases around reporting verbs: the subject before a verb ("the same
 * diplomatic source said"), the subject after an inverted verb ("said Donna
 * Brazile"), and appositions in between ("Brodsky, the ambassador, said").
 */
import { TokenKind, isPossessive, wordId, type Tokens } from './text';
import { isCapWord } from './people';
import type { Lexicon } from './lexicon';
import { flagsPerLexicon, lowerIn, surfaceIn, type WordFlags, type WordTest } from './word-flags';
import { idTable, CLAUSE_BREAKERS, DETERMINERS, FUNCTION_WORDS, isPeopleNoun, MONTHS_AND_DAYS, NAME_PARTICLES, PRONOUNS, TIME_WORDS, TITLE_MODIFIERS, VERB_MODIFIERS, readyTo } from './words';

export type NPType = 'pronoun' | 'name' | 'np';

export interface NP {
  /** Token range [a, b). */
  a: number;
  b: number;
  type: NPType;
  /** The head noun's token (the name's last token, or the noun before any prepositional phrase). */
  head: number;
}

const APPOSITION_PREPS = new Set(['after', 'in', 'with', 'at', 'on', 'during', 'speaking', 'asked', 'citing', 'referring', 'pointing', 'noting', 'adding', 'responding', 'addressing', 'standing', 'appearing', 'writing', 'like', 'unlike', 'by', 'for', 'now', 'then', 'once', 'himself', 'herself', 'however', 'too', 'also', 'reached', 'contacted']);
const VERB_LIKE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'sought', 'went', 'took', 'made', 'gave', 'got', 'came', 'left', 'held', 'kept', 'met', 'ran', 'saw', 'sent', 'spent', 'stood', 'began', 'became', 'brought', 'thought', 'knew', 'felt', 'found', 'won', 'lost', 'paid', 'put', 'set', 'led', 'read', 'heard', 'meant', 'seems', 'seemed', 'appears', 'appeared', 'wants', 'wanted', 'needs', 'needed', 'plans', 'planned', 'hopes', 'hoped', 'tries', 'tried']);
/** A party and state abbreviation: R-Pa., D-N.Y., I-Vt. */
const PARTY_STATE = /^[RDI]-[A-Z]/;
/** Past participles not ending in -ed: "the base chief known as Bob". */
const PARTICIPLES = new Set(['known', 'shown', 'seen', 'given', 'taken', 'chosen', 'written', 'driven', 'born', 'sworn', 'drawn', 'grown', 'thrown', 'flown', 'hidden', 'spoken', 'stolen', 'broken', 'elected', 'named', 'made', 'held', 'left', 'put', 'kept', 'sent', 'paid', 'hired', 'fired']);
const PARTIES = new Set(['democrat', 'republican', 'independent', 'democrats', 'republicans']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
const ATTACHING = new Set(['in', 'at', 'for', 'from', 'with', 'of', 'to', 'within', 'inside', 'close', 'on', 'over']);
const TRUE_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in', 'on', 'with', 'from', 'by', 'into', 'onto', 'than', 'upon', 'about']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'close', 'familiar', 'to', 'within', 'inside', 'near']);
/**
 * Adjectives that follow the noun they describe, before a complement ("present at", "close to", "privy to"), by
 * lowercase id (the word flags hold 30 tests, all taken).
 */
/** Counting words that open a subject ("Several MPs", "Two Labour MPs"), by lowercase id. */
const COUNT_IDS = idTable(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'numerous']);
const OF_ID = wordId('of');
const ANOTHER_ID = wordId('another');
const BOTH_ID = wordId('both');
/** Nouns ending in -ly, which are no adverbs: "the family", "a close ally", "the assembly". */
const LY_NOUN_IDS = idTable(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'reply', 'homily', 'bully']);
const ARTICLE_IDS = idTable(['a', 'an', 'the']);
const AND_ID = wordId('and');
const BY_ID = wordId('by');
/** Participles whose agent after "by" follows the one who speaks: "residents reached by phone said". */
const REACHED_BY = new Set(['reached', 'contacted', 'interviewed', 'quoted', 'cited', 'polled', 'surveyed', 'questioned', 'approached', 'asked']);
const POST_ADJECTIVE_IDS = idTable(['present', 'close', 'familiar', 'privy', 'aware', 'knowledgeable', 'loyal', 'sympathetic', 'opposed', 'responsible']);
const NP_STOP = new Set([...CLAUSE_BREAKERS, 'said', 'says', 'told', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'not', 'also', 'will', 'would', 'can', 'could', 'than', 'by', 'about', 'over', 'into', 'during', 'after']);

/** The word tests of noun-phrase reading, as bits of `phraseFlags`. */
const enum F {
  Determiner = 1 << 0,
  Pronoun = 1 << 1,
  Function = 1 << 2,
  TimeWord = 1 << 3,
  MonthOrDay = 1 << 4,
  NameParticle = 1 << 5,
  ClauseBreaker = 1 << 6,
  VerbModifier = 1 << 7,
  Verb = 1 << 8,
  NpStop = 1 << 9,
  TruePreposition = 1 << 10,
  Demonstrative = 1 << 11,
  Preposition = 1 << 12,
  Attaching = 1 << 13,
  TitleModifier = 1 << 14,
  RoleNoun = 1 << 15,
  VerbLike = 1 << 16,
  Participle = 1 << 17,
  AnonymousHead = 1 << 18,
  VagueGroupHead = 1 << 19,
  AppositionPrep = 1 << 20,
  Party = 1 << 21,
  /** The lowercase form ends in a possessive ’s. */
  PossessiveLower = 1 << 22,
  EndsLy = 1 << 23,
  EndsEd = 1 << 24,
  EndsIng = 1 << 25,
  /** Tests of the word as written: a demonym, a possessive, a digit first, a party and state ("R-Pa."). */
  Nationality = 1 << 26,
  Possessive = 1 << 27,
  DigitFirst = 1 << 28,
  PartyState = 1 << 29,
}

/** The word tests for `lex`, in the order of the bits of `F`. */
const phraseFlags = flagsPerLexicon((lex: Lexicon): WordTest[] => {
  const lowerMatches = (re: RegExp): WordTest => (words, n) => re.test(words.lower[n]);
  return [
    lowerIn(DETERMINERS),
    // "he’s", "she’s" ("he’s said", "she’s predicting"): a subject pronoun with its verb contracted.
    (words, n) => PRONOUNS.has(words.lower[n]) || ((words.key[n] === 'he' || words.key[n] === 'she') && words.key[n] !== words.lower[n]),
    lowerIn(FUNCTION_WORDS),
    lowerIn(TIME_WORDS),
    lowerIn(MONTHS_AND_DAYS),
    lowerIn(NAME_PARTICLES),
    lowerIn(CLAUSE_BREAKERS),
    lowerIn(VERB_MODIFIERS),
    lowerIn(lex.verbs),
    lowerIn(NP_STOP),
    lowerIn(TRUE_PREPOSITIONS),
    lowerIn(DEMONSTRATIVES),
    lowerIn(PREPOSITIONS),
    lowerIn(ATTACHING),
    lowerIn(TITLE_MODIFIERS),
    lowerIn(lex.roleNouns),
    lowerIn(VERB_LIKE),
    lowerIn(PARTICIPLES),
    lowerIn(lex.anonymousHeads),
    lowerIn(lex.vagueGroupHeads),
    lowerIn(APPOSITION_PREPS),
    lowerIn(PARTIES),
    (words, n) => isPossessive(words.lower[n]),
    lowerMatches(/ly$/),
    lowerMatches(/ed$/),
    lowerMatches(/ing$/),
    surfaceIn(lex.nationalities),
    (words, n) => isPossessive(words.surface[n]),
    (words, n) => /^\d/.test(words.surface[n]),
    (words, n) => PARTY_STATE.test(words.surface[n]),
  ];
});

export class NounPhrases {
  private readonly flags: WordFlags;

  constructor(
    private readonly tokens: Tokens,
    private readonly lex: Lexicon,
    /** Token → person whose mention covers it (or -1), when the people pass has run. */
    private readonly personAt?: Int32Array,
  ) {
    this.flags = phraseFlags(lex);
  }

  /**
   * A capitalized function word standing alone that the people pass read as a surname ("Al From … From said",
   * "George Will … Will wrote"): a name of one word.
   */
  private surnameWord(u: number): NP | null {
    return this.personAt && this.personAt[u] >= 0 && this.personAt[u - 1] !== this.personAt[u] && this.personAt[u + 1] !== this.personAt[u] ? { a: u, b: u + 1, type: 'name', head: u } : null;
  }

  /** True when token u's word passes any of the tests in `mask` (bits of `F`). */
  private is(u: number, mask: number): boolean {
    return (this.flags.at(this.tokens, u) & mask) !== 0;
  }

  private isWord(u: number): boolean {
    return u >= 0 && u < this.tokens.count && this.tokens.kind[u] === TokenKind.Word;
  }

  private punct(u: number, ch: string): boolean {
    return u >= 0 && u < this.tokens.count && this.tokens.kind[u] === TokenKind.Punct && this.tokens.words.surface[this.tokens.wordNo[u]] === ch;
  }

  /** A plural possessive apostrophe ("Sanders’ campaign manager"): a mark glued to a word in s, then a space and a word. */
  apostrophe(u: number): boolean {
    const t = this.tokens;
    if (u < 1 || u + 1 >= t.count || t.kind[u] !== TokenKind.Quote || t.kind[u - 1] !== TokenKind.Word || t.kind[u + 1] !== TokenKind.Word) return false;
    const c = t.text.charCodeAt(t.start[u]);
    if ((c !== 0x2019 && c !== 39) || t.end[u - 1] !== t.start[u] || t.start[u + 1] === t.end[u]) return false;
    const last = t.words.surface[t.wordNo[u - 1]].charCodeAt(t.words.surface[t.wordNo[u - 1]].length - 1);
    return last === 115 || last === 83 || last === 122;
  }

  /** An abbreviation's period before a comma ("Glenn Thompson, R-Pa., said"): part of its word, not a sentence end. */
  abbreviationPeriod(u: number): boolean {
    const t = this.tokens;
    return u > 0 && t.words.surface[t.wordNo[u]] === '.' && t.end[u - 1] === t.start[u] && t.kind[u - 1] === TokenKind.Word && t.words.surface[t.wordNo[u + 1]] === ',';
  }

  /** The subject that ends right before reporting verb `v` (not before token `floor`). */
  before(v: number, floor: number): NP | null {
    const { wordNo, words: { lower: lowers } } = this.tokens;
    let u = v - 1;
    for (let k = 0; k < 4 && u >= floor && this.isWord(u) && this.is(u, F.VerbModifier); k++) u--;
    // "was quoted as saying"
    if (u >= floor + 1 && lowers[wordNo[u]] === 'as' && lowers[wordNo[u - 1]] === 'quoted') u -= 2;
    // "The strategist was careful to add", "the spokesman was quick to point out": a copula, an adjective, "to".
    else if (u >= floor + 2 && readyTo(this.tokens, u)) u -= 3;
    // "Reuters quoted an official as saying", "state television quoted a member of parliament as saying": the
    // object before "as saying" speaks.
    else if (u > floor && lowers[wordNo[u]] === 'as' && lowers[wordNo[v]] === 'saying') u -= 1;
    // "Sen. Chuck Schumer (D-N.Y.) said": step over the parenthesis.
    if (this.punct(u, ')')) {
      let w = u - 1;
      while (w >= floor && w > u - 10 && !this.punct(w, '(')) w--;
      if (w >= floor && this.punct(w, '(')) u = w - 1;
    }
    for (let k = 0; k < 2 && u >= floor && this.isWord(u) && this.is(u, F.VerbModifier); k++) u--;
    // "Beck on Wednesday called", "Trump last week said": a time between the subject and its verb.
    if (u - 1 > floor && this.is(u, F.MonthOrDay | F.TimeWord) && !isCapWord(this.tokens, u - 1)) {
      let w = u - 1;
      if (this.is(w, F.MonthOrDay | F.TimeWord)) w--;
      const lead = lowers[wordNo[w]];
      // Only after a name: "Israeli media reports on Sunday said" is left to the sentence's subject.
      if ((lead === 'on' || lead === 'last' || lead === 'this' || lead === 'earlier' || lead === 'late') && w - 1 >= floor && isCapWord(this.tokens, w - 1)) u = w - 1;
    }
    if (u < floor) return null;
    // "The governor of Belgorod region, Vyacheslav Gladkikh-Orlov, said": the name between the commas.
    if (this.punct(u, ',')) {
      const name = this.nameBetweenCommas(u, floor);
      if (name) {
        // "Jane Doe, a spokeswoman for the company, Acme Widgets, said": a name after an apposition names the
        // apposition's noun; the phrase before the apposition is the subject.
        const open = name.a - 1 > floor ? this.appositionOpen(name.a - 1, floor) : -1;
        const sentence = this.tokens.sentence;
        if (open - 1 < floor || sentence[open] !== sentence[name.a] || !this.personAt || this.personAt[open - 1] < 0) return name;
        return this.endingAt(open - 1, floor);
      }
    }
    // "Brodsky, the ambassador, said" / "Lapid, 58, told"
    if (this.punct(u, ',')) {
      const open = this.appositionOpen(u, floor);
      if (open < 0) return this.describedBody(u, floor);
      u = open - 1;
      if (u < floor) return null;
    }
    // "residents reached by phone said", "officials quoted by Tass said": the agent of a participle after the subject
    // does not speak; the subject does.
    for (let w = u - 1; w - 2 >= floor && w >= u - 4 && this.isWord(w); w--) {
      if (this.tokens.lowerId[w] !== BY_ID) continue;
      if (!REACHED_BY.has(lowers[wordNo[w - 1]])) break;
      const subject = this.endingAt(w - 2, floor);
      if (subject && subject.b === w - 1 && subject.type !== 'pronoun') return subject;
      break;
    }
    return this.endingAt(u, floor);
  }

  /** "Cambridge, Mass.," / "Tujunga, California,": the commas at `open` and `close` hold the state after a town. */
  stateAfterTown(open: number, close: number, floor: number): boolean {
    const first = open + 1;
    if (close - first < 1 || close - first > 2 || open - 1 < floor || !isCapWord(this.tokens, first) || !isCapWord(this.tokens, open - 1)) return false;
    return /^[A-Z][a-z]+\.$/.test(this.tokens.words.surface[this.tokens.wordNo[close - 1]]) || this.lex.places.longestAt(this.tokens, first, close)?.length === close - first;
  }

  /** A capitalized name standing alone between the comma at `close` and the one before it. */
  nameBetweenCommas(close: number, floor: number): NP | null {
    let w = close - 1;
    while (w >= floor && w > close - 7 && (isCapWord(this.tokens, w) || this.is(w, F.NameParticle))) w--;
    if (w === close - 1 || w < floor || !this.punct(w, ',') || this.stateAfterTown(w, close, floor) || this.is(w + 1, F.PartyState)) return null;
    if (this.is(w + 1, F.Function)) return null;
    return { a: w + 1, b: close, type: 'name', head: close - 1 };
  }

  /** Finds the comma that opens an apposition closed by the comma at `close`, or -1. */
  appositionOpen(close: number, floor: number): number {
    const { wordNo, words: { lower: lowers } } = this.tokens;
    for (let w = close - 1; w >= Math.max(floor, close - 24); w--) {
      if (this.tokens.kind[w] === TokenKind.Quote && !this.apostrophe(w)) return -1;
      if (this.punct(w, ',')) {
        const first = w + 1;
        const f = lowers[wordNo[first]];
        if (this.is(first, F.Determiner) || f === 'who' || this.is(first, F.AppositionPrep) || this.lex.titles.longestAt(this.tokens, first, close) || this.is(first, F.Nationality | F.DigitFirst | F.Possessive) || this.apostrophe(first + 1) || this.is(first, F.RoleNoun)) return w;
        // "Rhodes, Mr. Obama’s deputy adviser, said": a possessive name opens the apposition.
        if (this.possessiveName(first, close) > first) return w;
        // "Steve Cohen, Democrat of Tennessee, told" / "Glenn Thompson, R-Pa., said": a party and a state.
        if ((this.is(first, F.Party) && lowers[wordNo[first + 1]] === 'of') || this.is(first, F.PartyState)) return w;
        // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": a state after a town, inside the apposition.
        if (this.stateAfterTown(w, close, floor)) continue;
        return -1;
      }
      if (this.tokens.kind[w] === TokenKind.Punct && this.tokens.words.surface[this.tokens.wordNo[w]] !== '-' && this.tokens.words.surface[this.tokens.wordNo[w]] !== '(' && this.tokens.words.surface[this.tokens.wordNo[w]] !== ')' && !this.abbreviationPeriod(w)) return -1;
    }
    return -1;
  }

  /**
   * "An official at the interior ministry, which oversees the programme, said": a "which" clause ending at the comma
   * `close` describes the body after a source noun; the phrase of that noun is the subject. Else null ("Senator X, the
   * Alabama Republican who heads the committee, which oversees the Fed, said" names no such source).
   */
  private describedBody(close: number, floor: number): NP | null {
    const { wordNo, words: { lower: lowers } } = this.tokens;
    let w = close - 1;
    while (w > floor && w > close - 16 && !this.punct(w, ',') && (this.tokens.kind[w] === TokenKind.Word || this.abbreviationPeriod(w))) w--;
    if (w <= floor || !this.punct(w, ',') || lowers[wordNo[w + 1]] !== 'which') return null;
    const np = this.endingAt(w - 1, floor);
    return np && np.type === 'np' && np.head < w - 2 && this.lex.anonymousHeads.has(lowers[wordNo[np.head]]) ? np : null;
  }

  /** The token after a short capitalized run starting at `a` that ends in a possessive ("Mr. Obama’s"), or `a`. */
  possessiveName(a: number, limit: number): number {
    for (let w = a; w < limit && w < a + 4 && isCapWord(this.tokens, w); w++) if (isPossessive(this.tokens.words.surface[this.tokens.wordNo[w]])) return w + 1;
    return a;
  }

  /** The noun phrase whose last token is u. */
  endingAt(u: number, floor: number): NP | null {
    const np = this.withinParagraph(this.endingAtPlain(u, floor), u, floor);
    // "Senator Felipe Arancibia Soto of the Independent Democratic Union called …": the person the body belongs to.
    if (np && np.type === 'name' && this.personAt && np.a - 2 >= floor && this.personAt[np.head] < 0) {
      const k = np.a - 1;
      const w = this.tokens.words.lower[this.tokens.wordNo[k]];
      const who = this.personAt[k - 1];
      if ((w === 'of' || w === 'from') && who >= 0) {
        let a = k - 1;
        while (a - 1 >= floor && this.personAt[a - 1] === who) a--;
        return { a, b: np.b, type: 'name', head: k - 1 };
      }
    }
    return np;
  }

  /**
   * `np`, the phrase `endingAtPlain(u, floor)` found, read again from the start of u's paragraph when it began in an
   * earlier one: "2:40 p.m.", a time-stamp paragraph, or a heading is no modifier of "Donald Trump’s campaign
   * manager" below it, nor "B.C." ending a paragraph part of "Wallnau" opening the next.
   */
  private withinParagraph(np: NP | null, u: number, floor: number): NP | null {
    if (np === null) return null;
    const paragraph = this.tokens.paragraph;
    if (paragraph[np.a] === paragraph[u]) return np;
    let a = Math.max(np.a, floor);
    while (a < u && paragraph[a] !== paragraph[u]) a++;
    return this.endingAtPlain(u, a);
  }

  private endingAtPlain(u: number, floor: number): NP | null {
    const { wordNo, words: { lower: lowers } } = this.tokens;
    if (!this.isWord(u)) return null;
    if (this.is(u, F.Pronoun)) return { a: u, b: u + 1, type: 'pronoun', head: u };
    // "Another said …": one more of a group, opening its sentence, is no surname.
    // So is "Both said …".
    if ((this.tokens.lowerId[u] === ANOTHER_ID || this.tokens.lowerId[u] === BOTH_ID) && this.tokens.sentenceStart[this.tokens.sentence[u]] === u) return { a: u, b: u + 1, type: 'np', head: u };
    if (isCapWord(this.tokens, u) && this.is(u, F.Function)) return this.surnameWord(u);
    // "on Tuesday", "hours later" end no subject; "the New York Times", capitalized inside its sentence, is a name.
    if (this.is(u, F.MonthOrDay) || (this.is(u, F.TimeWord) && !(isCapWord(this.tokens, u) && u > this.tokens.sentenceStart[this.tokens.sentence[u]]))) return null;
    if (isCapWord(this.tokens, u)) {
      let a = u;
      for (;;) {
        if (a - 1 >= floor && (isCapWord(this.tokens, a - 1) || (this.is(a - 1, F.NameParticle) && isCapWord(this.tokens, a - 2)))) a--;
        // "the Seoul Central District Prosecutors’ Office", "the Teachers’ Union": a plural possessive inside a name.
        else if (a - 2 >= floor && this.apostrophe(a - 1) && isCapWord(this.tokens, a - 2)) a -= 2;
        else break;
      }
      // "the Department of Health and Social Care": a known body's name runs on over "and" and "of".
      if (a - 2 >= floor && (this.tokens.lowerId[a - 1] === AND_ID || this.tokens.lowerId[a - 1] === OF_ID) && isCapWord(this.tokens, a - 2)) {
        const body = this.lex.organizations.longestEndingAt(this.tokens, u + 1, floor, u + 9 - a);
        if (body && body.length > u + 2 - a) a = u + 1 - body.length;
      }
      // "the White House", "the Foreign Ministry": keep the determiner with the name.
      if (a - 1 >= floor && (lowers[wordNo[a - 1]] === 'the' || lowers[wordNo[a - 1]] === 'a' || lowers[wordNo[a - 1]] === 'an')) return this.extendNP(a - 1, u, floor);
      if (a - 1 >= floor && this.isWord(a - 1) && !this.is(a - 1, F.ClauseBreaker) && !this.is(a - 1, F.VerbModifier) && !this.is(a - 1, F.Verb)) {
        // A lowercase word before a capitalized run: "campaign manager Kellyanne Conway" / "a White House official".
        const np = this.extendNP(a, u, floor);
        if (np && np.a < a) return np;
      }
      // A sentence-initial participle or preposition is not part of a name: "Holding signs", "Alongside BLM".
      // A known body's name stays whole ("Downing Street insisted"); so does a count before a plural ("Several MPs told").
      const skips = a < u && (this.is(a, F.Function) || (this.is(a, F.EndsIng) && a === this.tokens.sentenceStart[this.tokens.sentence[a]]));
      if (skips && !(COUNT_IDS[this.tokens.lowerId[a]] === 1) && !this.knownName(a, u + 1)) while (a < u && (this.is(a, F.Function) || (this.is(a, F.EndsIng) && a === this.tokens.sentenceStart[this.tokens.sentence[a]]))) a++;
      return { a, b: u + 1, type: 'name', head: u };
    }
    // A phrase never ends in a preposition or a function word ("… failed on Monday to agree").
    // An adverb ends no phrase either; a noun in -ly does ("a person in the family", "an ally").
    if (this.is(u, F.NpStop) || (this.is(u, F.EndsLy) && LY_NOUN_IDS[this.tokens.lowerId[u]] !== 1) || this.is(u, F.TruePreposition)) return null;
    return this.extendNP(u, u, floor);
  }

  /** True when token u is an adjective that follows its noun ("present", "close"). */
  private postAdjective(u: number): boolean {
    return POST_ADJECTIVE_IDS[this.tokens.lowerId[u]] === 1;
  }

  /** True when a lexicon knows tokens [a, b) as one place, organization, outlet or metonym ("Downing Street"). */
  private knownName(a: number, b: number): boolean {
    const { lex, tokens } = this;
    const n = b - a;
    return lex.metonyms.lengthAt(tokens, a, b) === n || lex.organizations.lengthAt(tokens, a, b) === n || lex.places.lengthAt(tokens, a, b) === n || lex.media.lengthAt(tokens, a, b) === n;
  }

  /** The first of the determiners that stand right before token `a` and it ("the same official", "the two aides"), or `a`. */
  private determinersBefore(a: number, floor: number): number {
    while (a - 1 >= floor && this.isWord(a - 1) && this.is(a - 1, F.Determiner) && !this.is(a - 1, F.Demonstrative)) a--;
    return a;
  }

  /** Grows a noun phrase leftwards from token `from` (whose last token is `last`) to its determiner. */
  private extendNP(from: number, last: number, floor: number): NP | null {
    const { wordNo, words: { lower: lowers } } = this.tokens;
    let a = from;
    let det = this.is(a, F.Determiner);
    for (let k = 0; k < 9 && !det; k++) {
      const w = a - 1;
      if (w < floor || !this.isWord(w)) break;
      if (this.is(w, F.NpStop) && !this.is(w, F.Determiner)) break;
      // A subject pronoun opening its sentence opens a clause of its own: "It means including people who have
      // responded" (after a noun it is a relative clause's: "all the experts I interviewed said").
      if (this.is(w, F.Pronoun) && (w === this.tokens.sentenceStart[this.tokens.sentence[w]] || !this.isWord(w - 1))) break;
      // A verb's participle after an article is an adjective: "An informed source", "a retired officer".
      if (this.is(w, F.Verb) && !this.is(w, F.Preposition) && !isCapWord(this.tokens, w) && !(w - 1 >= floor && this.is(w, F.EndsEd) && ARTICLE_IDS[this.tokens.lowerId[w - 1]] === 1)) break;
      a = w;
      if (this.is(w, F.Determiner)) det = true;
    }
    // "said that the president’s advisers": "that" here joins a clause; it is no determiner. Nor before a plural ("an
    // acknowledgment that advisers to Clinton trumpeted").
    if (det && (lowers[wordNo[a]] === 'that' || lowers[wordNo[a]] === 'which') && a < last && (this.is(a + 1, F.Determiner) || this.is(a + 1, F.PossessiveLower) || isCapWord(this.tokens, a + 1) || (lowers[wordNo[a]] === 'that' && isPeopleNoun(lowers[wordNo[a + 1]])))) {
      a++;
      det = this.is(a, F.Determiner);
    }
    if (det) {
      a = this.determinersBefore(a, floor);
      // "a source in the prime minister’s office": the phrase before the preposition owns it.
      if (a - 2 >= floor && this.is(a - 1, F.Attaching)) {
        // "allies of the president said", "Sources close to the home secretary said", "critics of the plan say": a bare
        // plural source (and an adjective after it) opening the clause owns the phrase.
        // Also a count before "of" ("two of the people said", "Three of the officials told").
        const h = this.postAdjective(a - 2) && a - 3 >= floor ? a - 3 : a - 2;
        const count = COUNT_IDS[this.tokens.lowerId[h]] === 1 && this.tokens.lowerId[h + 1] === OF_ID;
        if ((count || this.is(h, F.AnonymousHead | F.VagueGroupHead)) && !this.is(h, F.Determiner) && (h === floor || !this.isWord(h - 1) || this.is(h - 1, F.ClauseBreaker))) a = h;
        else {
          for (let w = a - 2; w >= Math.max(floor, a - 8); w--) {
            if (!this.isWord(w) || this.is(w, F.NpStop) || (this.is(w, F.Verb) && !isCapWord(this.tokens, w))) break;
            if (this.is(w, F.Determiner)) {
              a = this.determinersBefore(w, floor);
              break;
            }
          }
        }
      }
    }
    // Without a determiner, the phrase must start the clause: "Israeli officials said".
    if (!det) {
      const w = a - 1;
      const boundary = w < floor || !this.isWord(w) || this.is(w, F.ClauseBreaker);
      if (!boundary) return null;
    }
    let head = last;
    for (let u = a + 1; u <= last; u++) {
      // "a close ally of …": "close" and "familiar" are prepositions only before one ("close to", "familiar with").
      // "a Department of Health source": an "of" inside a capitalized name before a lowercase head is part of the name.
      if (this.is(u, F.Preposition) && u > a && !(this.postAdjective(u) && !this.is(u + 1, F.TruePreposition)) && !this.ofInsideName(u, last)) {
        head = u - 1;
        break;
      }
    }
    // A phrase never starts with a preposition: "on Tuesday" is no subject.
    while (a < head && this.is(a, F.Preposition)) a++;
    // "a diplomat based in Beijing", "an official travelling with him", "diplomats present at the talks": the noun
    // before the participle or adjective.
    while (head > a && !isCapWord(this.tokens, head) && (this.is(head, F.EndsEd | F.EndsIng) || this.postAdjective(head)) && !this.is(head - 1, F.Determiner)) head--;
    if (head < a || this.is(head, F.Preposition) || (this.is(head, F.TimeWord) && !(isCapWord(this.tokens, head) && head > a))) return null;
    // "Those close to the minister": a determiner capitalized at the sentence start is no name.
    return { a, b: last + 1, type: isCapWord(this.tokens, head) && !this.is(head, F.Determiner) ? 'name' : 'np', head };
  }

  /** Whether the "of" at u joins capitalized words that a lowercase head at `last` follows ("Department of Health source"). */
  private ofInsideName(u: number, last: number): boolean {
    if (this.tokens.lowerId[u] !== OF_ID || last <= u + 1 || isCapWord(this.tokens, last)) return false;
    if (!isCapWord(this.tokens, u - 1) || !isCapWord(this.tokens, u + 1)) return false;
    for (let w = u + 1; w < last; w++) if (!isCapWord(this.tokens, w)) return false;
    return true;
  }

  /** The subject after an inverted verb ("said Donna Brazile, the…", "said a senior official"). */
  after(u: number, limit: number): NP | null {
    if (u >= limit || !this.isWord(u)) return null;
    if (this.is(u, F.Pronoun)) return { a: u, b: u + 1, type: 'pronoun', head: u };
    // "said Sunday", "said last week": a time, not a subject.
    if (this.is(u, F.MonthOrDay) || this.is(u, F.TimeWord)) return null;
    let b = u;
    // A capitalized function word is no name, except as a given name before a surname ("said Will Doyle").
    if (isCapWord(this.tokens, u) && this.is(u, F.Function) && !this.is(u, F.Determiner) && !(isCapWord(this.tokens, u + 1) && !this.is(u + 1, F.Function))) return this.surnameWord(u);
    if (isCapWord(this.tokens, u) && !this.is(u, F.Determiner)) {
      while (b < limit && (isCapWord(this.tokens, b) || (this.is(b, F.NameParticle) && isCapWord(this.tokens, b + 1)))) b++;
      // "France’s minister for Europe…": a possessive opens a longer phrase.
      if (!this.is(b - 1, F.PossessiveLower) || b >= limit || !this.isWord(b)) return { a: u, b, type: 'name', head: b - 1 };
    }
    // "said pollster Frank Luntz", "said former campaign manager Corey Lewandowski": a bare title before a name.
    if (!isCapWord(this.tokens, u)) {
      let w = u;
      while (w < limit && w < u + 6 && this.isWord(w) && !isCapWord(this.tokens, w)) {
        // "said former secretary of state Hillary Clinton": a title of several words counts as one.
        const title = this.lex.titles.longestAt(this.tokens, w, Math.min(limit, w + 4));
        if (title) w += title.length;
        else if (this.is(w, F.TitleModifier) || this.is(w, F.RoleNoun)) w++;
        else break;
      }
      if (w > u && w < limit && isCapWord(this.tokens, w) && !this.is(w, F.Function)) {
        let e = w;
        while (e < limit && (isCapWord(this.tokens, e) || (this.is(e, F.NameParticle) && isCapWord(this.tokens, e + 1)))) e++;
        return { a: u, b: e, type: 'name', head: e - 1 };
      }
    }
    // A determiner phrase up to punctuation or a clause word.
    let head = -1;
    while (b < limit && b < u + 10 && this.isWord(b) && !(b > u && (this.is(b, F.ClauseBreaker) || this.is(b, F.Verb) || this.is(b, F.VerbLike) || ((this.is(b, F.EndsEd) || this.is(b, F.Participle)) && !this.is(b - 1, F.Determiner) && !isCapWord(this.tokens, b))))) {
      if (head < 0 && b > u && this.is(b, F.Preposition) && !(this.postAdjective(b) && !this.is(b + 1, F.TruePreposition))) head = b - 1;
      b++;
    }
    if (b === u) return null;
    if (head < 0) head = b - 1;
    while (head > u && !isCapWord(this.tokens, head) && (this.is(head, F.EndsEd | F.EndsIng) || this.postAdjective(head)) && !this.is(head - 1, F.Determiner)) head--;
    // "Rubio’s campaign sent out a release": a possessive name opens the phrase as a determiner does.
    const owned = isCapWord(this.tokens, u) && this.possessiveName(u, head) > u;
    if (!this.is(u, F.Determiner) && !owned && !this.is(head, F.AnonymousHead) && !this.is(head, F.VagueGroupHead)) return null;
    return { a: u, b, type: isCapWord(this.tokens, head) ? 'name' : 'np', head };
  }

  /** A subject that starts at token u and is followed by a reporting verb: returns [np, verbIndex]. */
  subjectThenVerb(u: number, limit: number, isCue: (t: number) => boolean): [NP, number] | null {
    const { wordNo, words: { lower: lowers } } = this.tokens;
    // Find the verb within a short window, then check the phrase before it is a subject starting at u.
    for (let v = u + 1; v < Math.min(limit, u + 18); v++) {
      if (this.tokens.kind[v] === TokenKind.Quote && !this.apostrophe(v)) return null;
      // "Harry M. Reid (D-Nev.) said": step over a short parenthesis.
      if (this.punct(v, '(')) {
        let c = v + 1;
        while (c < limit && c < v + 8 && !this.punct(c, ')') && !this.punct(c, '(')) c++;
        if (this.punct(c, ')')) {
          v = c;
          continue;
        }
      }
      if (this.isWord(v) && isCue(v)) {
        const np = this.before(v, u);
        if (!np) return null;
        // "the White House spokesman, Josh Earnest, said": a description, then the name in apposition.
        if (np.type === 'name' && np.a - 2 > u && this.punct(np.a - 1, ',') && this.punct(np.b, ',')) {
          const desc = this.endingAt(np.a - 2, u);
          if (desc && desc.a === u && desc.type === 'np' && this.is(u, F.Determiner)) return [np, v];
          // "Ms. Merkel’s spokesman, Steffen Seibert, wrote"
          const own = this.possessiveName(u, np.a - 1);
          if (own > u && own < np.a - 1 && !isCapWord(this.tokens, np.a - 2)) return [np, v];
        }
        // "the Florida senator and Republican presidential candidate said": two descriptions of one subject.
        if (np.type === 'np' && np.a - u <= 5 && this.is(u, F.Determiner) && lowers[wordNo[np.a - 1]] === 'and') {
          let plain = true;
          for (let w = u; w < np.a - 1; w++) if (!this.isWord(w) || this.is(w, F.ClauseBreaker) || this.is(w, F.Verb)) plain = false;
          if (plain) return [{ ...np, a: u }, v];
        }
        // "Edward-Isaac Dovere and Gabriel Debenedetti wrote": two names joined by "and" speak together.
        if (np.type === 'name' && np.a - u >= 2 && np.a - u <= 5 && lowers[wordNo[np.a - 1]] === 'and') {
          let names = true;
          for (let w = u; w < np.a - 1; w++) if (!isCapWord(this.tokens, w) || this.is(w, F.Function)) names = false;
          if (names) return [{ a: u, b: np.b, type: 'name', head: np.head }, v];
        }
        // Words between the start and the phrase may only be a title: "State spokesman Mark Toner said".
        for (let w = u; w < np.a; w++) if (!this.isWord(w) || this.is(w, F.ClauseBreaker)) return null;
        if (np.a - u > 4) return null;
        return [np.a === u ? np : { ...np, a: u }, v];
      }
      if ((this.punct(v, '.') && !this.abbreviationPeriod(v)) || this.punct(v, ':') || this.punct(v, ';') || this.punct(v, '?') || this.punct(v, '!')) return null;
      if (this.isWord(v) && (lowers[wordNo[v]] === 'that' || lowers[wordNo[v]] === 'which')) return null;
    }
    return null;
  }
}
