/**
 * Finds people: capitalized name runs with their titles and affiliations (before
 * the name, in an apposition, or after it), and joins later mentions (`Lapid`,
 * `Mr. Lapid`) to the person first named in full.
 */
import { TokenKind, isPossessive, isUpperCode, tokenAt, withoutPossessive, wordId, type Tokens } from './text';
import type { WordTable } from './word-table';
import type { Lexicon, TitleInfo } from './lexicon';
import { idTable, CLAUSE_BREAKERS, KIN_NOUNS, FUNCTION_WORDS, FUNCTION_WORD_IDS, endsLikePeopleNoun, isPeopleNoun, looksLikeAdverb, MONTHS_AND_DAYS, NAME_PARTICLE_IDS, NAME_PARTICLES, NAME_SUFFIXES, PARTY_MEMBERS, TITLE_MODIFIERS } from './words';
import { flagsPerLexicon, lowerIn, surfaceIn, type WordTest } from './word-flags';
import { sortInPlace } from './sort-in-place';
import { firstAtLeast } from './lower-bound';
import { sameTitle } from './title-findings';

/**
 * A mention of a person's name (without title or honorific), as the analysis reports it: the
 * objects made here are the output's, not copied into it.
 */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /**
   * The title given at this mention, where one was seen (for title-findings.ts). Set on every
   * mention so all share one shape; undefined (left out of JSON) where none was seen.
   */
  title: string | undefined;
}

export interface PersonRecord {
  name: string;
  title: string | null;
  affiliation: string | null;
  official: boolean;
  mentions: PersonMention[];
  titledAtFirstMention: boolean;
  /** Lowercase name tokens, for matching later mentions. */
  keys: string[];
}

export interface PeopleResult {
  people: PersonRecord[];
  /** For every token: the person whose name mention covers it, or -1. */
  personAt: Int32Array;
  /** Per paragraph: written in Title Case (a headline), where capitalization says little about names. */
  headline: boolean[];
}

/** What the caller knows about cue positions: is token t a reporting verb? */
export type CueTest = (t: number) => boolean;


/** A word that can be part of a name: capitalized, or a particle-prefixed surname. */
export function isCapWord(tokens: Tokens, t: number): boolean {
  return tokens.cap[t] === 1;
}

interface Affix {
  title: string | null;
  official: boolean;
  affiliation: string | null;
  /** Token where the title phrase starts (for the mention span). */
  from: number;
}

export function findPeople(tokens: Tokens, lex: Lexicon, isCue: CueTest): PeopleResult {
  const { count, text, lowerId, wordNo } = tokens;
  /** Lowercase forms and strings by word number: token u's is `lowers[wordNo[u]]`. */
  const { lower: lowers, surface: surfaces } = tokens.words;
  const flags = peopleFlags(lex);
  /** True when token u's word passes any of the tests in `mask` (bits of `W`). */
  const is = (u: number, mask: number) => (flags.at(tokens, u) & mask) !== 0;
  /** The country of the demonym at token u ("Israeli" → Israel), or undefined. */
  const nationalityAt = (u: number) => (lex.nationalityIds[lowerId[u]] === 1 ? lex.nationalities.get(surfaces[wordNo[u]]) : undefined);
  const people: PersonRecord[] = [];
  const byName = new Map<string, number>();
  const personAt = tokens.scratch.int32('personAt', count).subarray(0, count).fill(-1);
  /** Name word → the people whose name contains it, for resolving later mentions. */
  const byWord = new Map<string, number[]>();
  const indexWord = (k: string, id: number) => {
    const list = byWord.get(k);
    if (list) list.push(id);
    else byWord.set(k, [id]);
  };
  const indexWords = (keys: string[], id: number) => {
    // A word repeated in the name is indexed once.
    for (let i = 0; i < keys.length; i++) if (keys.indexOf(keys[i]) === i) indexWord(keys[i], id);
    // "el-Sherbiny" is later "Sherbiny": the surname also without its article.
    const last = keys.length >= 2 ? keys[keys.length - 1] : '';
    const bare = withoutArticle(last);
    if (bare !== last && keys.indexOf(bare) < 0) indexWord(bare, id);
  };
  /** Single-token mentions seen before any full name matched them: resolved at the end. */
  const pending: Array<{ a: number; b: number; key: string }> = [];
  const weak: Array<{ a: number; b: number; keys: string[]; name: string }> = [];
  /** People first met as one bare word beside a cue ("Ofgem said"): dropped at the end unless more is learnt of them. */
  const cueOnly: number[] = [];
  /** People named by a given name alone, as someone's relative ("her husband, Tom,"): see `namedRelative`. */
  const givenOnly: number[] = [];
  const headline = headlineParagraphs(tokens);
  /** Capitalized words outside headlines (see `capitalizedBodyWords`), made when many headlines need them. */
  let bodyWords: { all: number[]; byKey: Map<string, number[]> } | null = null;
  /** Tokens read by `scanAround` so far (see `headlineNameEnd`). */
  let headlineScanned = 0;
  /**
   * Per word number, whether the word alone looks like a name (0 not asked yet, 1 yes, 2 no): a
   * one-word run's answer depends on its word only, and "Trump" or "Tuesday" are asked hundreds of times.
   */
  const oneWordName = tokens.scratch.uint8('oneWordName', tokens.words.size + 1).fill(0, 0, tokens.words.size + 1);

  for (const k of lex.knownPeople) {
    const keys = nameKeys(k.name);
    byName.set(keys.join(' '), people.length);
    indexWords(keys, people.length);
    people.push({ name: k.name, title: k.title, affiliation: k.affiliation, official: k.official, mentions: [], titledAtFirstMention: false, keys });
  }

  const tok = (u: number) => (u >= 0 && u < count ? lowers[wordNo[u]] : '');
  const isPunct = (u: number, ch: string) => u >= 0 && u < count && tokens.kind[u] === TokenKind.Punct && surfaces[wordNo[u]] === ch;

  /** Token t is the apostrophe of a plural possessive: "Greens’ budget", "candidates' spokesman" (after an s, before a word). */
  const pluralPossessiveMark = (t: number): boolean => {
    if (t < 1 || t + 1 >= count || tokens.kind[t] !== TokenKind.Quote || tokens.kind[t - 1] !== TokenKind.Word || tokens.kind[t + 1] !== TokenKind.Word) return false;
    const c = text.charCodeAt(tokens.start[t]);
    return (c === 0x2019 || c === 39) && tokens.end[t] - tokens.start[t] === 1 && tokens.end[t - 1] === tokens.start[t] && tokens.start[t + 1] > tokens.end[t] && text.charCodeAt(tokens.end[t - 1] - 1) === 115;
  };

  /**
   * Reads tokens [s, e) as a role description: "the US ambassador in Manila", "France’s minister
   * for Europe and foreign affairs", "a spokesman for Ukraine's military intelligence agency".
   * With `exact`, the title must end at `e`.
   */
  const roleSpan = (s: number, e: number, exact: boolean): Affix | null => {
    let u = s;
    // "her chief of staff": a person's possessive opens the phrase ("its"/"their" stay: "its chief executive" points back to a body).
    if (u < e && (ARTICLES.has(tok(u)) || PERSONAL_POSSESSIVES.has(tok(u)))) u++;
    let affiliation: string | null = null;
    let commercialOwner = false;
    // Affiliation: "France’s", "Israeli", "the European Commission’s", "US".
    for (let guard = 0; u < e && guard < 3; guard++) {
      let v = u;
      while (v < e && isCapWord(tokens, v) && !isPossessive(surfaces[wordNo[v]])) v++;
      if (v < e && isCapWord(tokens, v) && isPossessive(surfaces[wordNo[v]])) {
        affiliation ??= withoutPossessive(text.slice(tokens.start[u], tokens.end[v]));
        u = v + 1;
        continue;
      }
      // "the Greens’ budget spokeswoman": a plural owner's apostrophe is a token of its own.
      if (v > u && v < e && pluralPossessiveMark(v)) {
        affiliation ??= text.slice(tokens.start[u], tokens.end[v - 1]);
        u = v + 1;
        continue;
      }
      if (v === u && u + 1 < e && tokens.kind[u] === TokenKind.Word && pluralPossessiveMark(u + 1)) {
        u += 2;
        continue;
      }
      // "the European Central Bank Executive Board member": a body's name opening with a nationality stays whole.
      const named = lex.organizations.lengthAt(tokens, u, e);
      if (named > 1 && u + named < e && isCapWord(tokens, u)) {
        affiliation ??= text.slice(tokens.start[u], tokens.end[u + named - 1]);
        u += named;
        continue;
      }
      const nat = nationalityAt(u);
      if (nat) {
        affiliation ??= nat;
        u++;
        continue;
      }
      // "the country’s border guard spokesman", "the city’s housing commissioner": a common noun's possessive.
      // "the company’s former general director": a commercial one makes the post no office.
      if (is(u, W.Possessive) && !isCapWord(tokens, u) && u + 1 < e) {
        commercialOwner ||= COMMERCIAL.has(withoutPossessive(lowers[wordNo[u]]));
        u++;
        continue;
      }
      const place = lex.places.lengthAt(tokens, u, e) || lex.organizations.lengthAt(tokens, u, e);
      if (place && isCapWord(tokens, u) && u + place < e && !lex.titles.lengthAt(tokens, u, e)) {
        affiliation ??= text.slice(tokens.start[u], tokens.end[u + place - 1]);
        u += place;
        continue;
      }
      break;
    }
    // "a member of the provincial assembly": a seat in a public body is an office; also after a party or a side ("an
    // opposition member of Ukraine’s parliament", "a Christian Democrat member of the Bundestag’s budget committee").
    let member = u;
    while (member < u + 2 && member + 1 < e && (SIDES.has(tok(member)) || PARTY_MEMBERS.has(tok(member)) || (tok(member) === 'christian' && PARTY_MEMBERS.has(tok(member + 1))))) member++;
    if (lowers[wordNo[member]] === 'member' && tok(member + 1) === 'of' && !exact) {
      for (let v = member + 2; v < e; v++) {
        if (tokens.kind[v] !== TokenKind.Word || isCue(v)) break;
        if (PUBLIC_BODY_IDS[lowerId[v]] === 1) return { title: text.slice(tokens.start[member], tokens.end[v]).toLowerCase(), official: true, affiliation, from: s };
      }
    }
    // Modifiers, then the title: "economy secretary", "executive vice-president".
    let k = u;
    let m = null as ReturnType<typeof lex.titles.longestAt>;
    // "a senior European Commission official": an organization's name may stand among the modifiers.
    let reach = u + 3;
    let nameOf = false;
    for (; k < e && k < reach; k++) {
      m = lex.titles.longestAt(tokens, k, e);
      if (m) break;
      if (!exact && reach < u + 6 && isCapWord(tokens, k) && !isCue(k)) {
        reach++;
        continue;
      }
      // "a Party of Progress and Socialism MP": "of", and then "and", inside a capitalized party's or body's name (not
      // "the Arjay and Frances Miller Chair").
      if (!exact && reach < u + 8 && k > u && (tokens.lowerId[k] === OF_ID || (tokens.lowerId[k] === AND_ID && nameOf)) && isCapWord(tokens, k - 1) && isCapWord(tokens, k + 1) && k + 2 < e && !is(k + 1, W.Possessive) && !is(k + 2, W.Possessive)) {
        nameOf = true;
        reach += 2;
        continue;
      }
      // "Turkey's environment and urbanisation minister": two plain modifiers joined by "and" (not two roles, "a friend and
      // adviser", nor "current and former").
      if (tokens.lowerId[k] === AND_ID && k > u && !exact && reach < u + 6 && k + 2 < e && tokens.kind[k + 1] === TokenKind.Word && !isCapWord(tokens, k - 1) && !isCapWord(tokens, k + 1) && !is(k + 1, W.TitleModifier) && !lex.titles.longestAt(tokens, k + 1, e) && !lex.titles.longestAt(tokens, k - 1, k)) {
        reach++;
        continue;
      }
      if (tokens.kind[k] !== TokenKind.Word || isCue(k) || (flags.at(tokens, k) & (W.Function | W.TitleModifier | W.Ordinal)) === W.Function) return null;
    }
    if (!m) return null;
    let titleEnd = k + m.length;
    // "chief strategist at Banco Galicia", "general manager of Kuzey Yapı": "chief" or "general" alone modifies the noun after
    // it, which the title runs to (what follows is the complement). "General" is an office only when that noun names one
    // ("general manager" no, "general director" yes); "chief" keeps its own (a campaign's chief strategist holds a post).
    let headOfficial = m.value.official;
    if (m.length === 1 && MODIFYING_TITLES.has(m.value.title) && titleEnd < e && tokens.kind[titleEnd] === TokenKind.Word && !PREPOSITIONS_AFTER_TITLE.has(lowers[wordNo[titleEnd]]) && !is(titleEnd, W.ClauseBreaker | W.Possessive) && !isCapWord(tokens, titleEnd)) {
      const head = lex.titles.longestAt(tokens, titleEnd, e);
      if (m.value.title === 'general') headOfficial = head?.value.official ?? false;
      titleEnd += head?.length ?? 1;
    }
    // "the Chief Minister's official residence", "an official statement": "official" as an adjective names no post.
    if (m.value.title === 'official' && titleEnd < e && tokens.kind[titleEnd] === TokenKind.Word && !PREPOSITIONS_AFTER_TITLE.has(lowers[wordNo[titleEnd]]) && !/(?:ing|ed)$/.test(lowers[wordNo[titleEnd]])) return null;
    // "the Republican presidential nominee’s eldest daughter": a relative of the title's holder holds no office.
    if (is(titleEnd - 1, W.Possessive)) {
      for (let j = titleEnd; j < e && j < titleEnd + 3; j++) if (KIN_NOUNS.has(lowers[wordNo[j]])) return null;
    }
    if (exact && titleEnd !== e) return null;
    let title = text.slice(tokens.start[u], tokens.end[titleEnd - 1]);
    // The rest: "for Ukraine's military intelligence agency" (affiliation) or "in Manila" (part of the title).
    if (titleEnd < e) {
      // Its words, not counting a plural possessive's apostrophe ("the Democrats’ event").
      let restWords = e - titleEnd;
      for (let v = titleEnd; v < e; v++) {
        if (tokens.kind[v] !== TokenKind.Word) {
          if (!pluralPossessiveMark(v)) return null;
          restWords--;
        } else if ((isCue(v) && !isCapWord(tokens, v)) || (is(v, W.ClauseBreaker) && lowers[wordNo[v]] !== 'and')) return null;
      }
      // A long complement only names a public body ("head of the U.N. Office for the Coordination of Humanitarian
      // Affairs in the Philippines"); else it is more likely a list or a clause.
      if (restWords > 9 && (restWords > 13 || !capitalizedPublicBody(titleEnd, e))) return null;
      const prep = lowers[wordNo[titleEnd]];
      let restStart = titleEnd + 1;
      if (tok(restStart) === 'the') restStart++;
      const rest = restStart < e ? text.slice(tokens.start[restStart], tokens.end[e - 1]) : '';
      // "with the Broadcasting Board of Governors": a named body, the affiliation ("with the agency" stays in the title).
      if ((prep === 'of' || prep === 'for' || prep === 'at' || (prep === 'with' && isCapWord(tokens, restStart))) && rest && !affiliation) affiliation = withoutPossessive(rest);
      else title = text.slice(tokens.start[u], tokens.end[e - 1]);
    }
    title = title.toLowerCase() === title ? title : title.replace(CAPITAL_BEFORE_LOWER, (c) => c.toLowerCase());
    // Official when any title word in the phrase is an office ("executive vice-president").
    let anyOfficial = headOfficial;
    for (let v = k + 1; v < Math.min(e, k + 6) && !anyOfficial; v++) anyOfficial = !!lex.titles.longestAt(tokens, v, e)?.value.official;
    // "a spokesman for the company": a company's post is no public office.
    // "Amnesty International's Nigeria director", "director of the university's law centre": no public office either.
    // (Only asked of an office: the affiliation's words are split only then.)
    // "the emergency coordinator in Uganda for Médecins Sans Frontières": the body may also stand in the title's complement.
    const commercial =
      anyOfficial &&
      (commercialOwner ||
        (!!affiliation && (COMMERCIAL.has(affiliation.toLowerCase().split(WHITE_SPACE).pop() ?? '') || nonGovernmental(affiliation) || firmAt(affiliation))) ||
        (titleEnd < e && nonGovernmental(text.slice(tokens.start[titleEnd], tokens.end[e - 1]))) ||
        companyNamed(u, k) ||
        companyNamed(titleEnd, e) ||
        nonGovernmentalAcronym(u, k));
    // "Lakeshore's chief executive", "chief executive of the missile-maker …": a corporate post is an office only
    // at a public body ("chief executive of NHS England"; "its chief executive" after "the agency").
    const corporate = anyOfficial && (corporateTitle(m.value.title) || corporateTitle(title.toLowerCase())) && !publicBody(affiliation, lowers[wordNo[u]] === 'its' || lowers[wordNo[u]] === 'their' ? u : -1);
    // "the European Central Bank Executive Board member": a board seat at a public body is an office.
    const board = !anyOfficial && BOARD_TITLES.has(m.value.title) && publicBody(affiliation, -1);
    const official = (anyOfficial || board) && !commercial && !corporate && !RETIRED.test(title);
    return { title, official, affiliation, from: s };
  };

  /**
   * True when the affiliation names a public body ("the National Health Service", "the city council"), or, with no
   * affiliation, when the pronoun owner at token `owner` ("its chief executive") points back to one named earlier in
   * its sentence or the sentence before ("The federal agency AUSTRAC … Its chief executive").
   */
  const publicBody = (affiliation: string | null, owner: number): boolean => {
    if (affiliation) {
      const words = affiliation.toLowerCase().split(WHITE_SPACE);
      // A bank is a public body only as a central, national or development bank ("European Central Bank", not "Nordhavn Bank").
      for (const w of words) if (PUBLIC_BODIES.has(w) && (w !== 'bank' || words.some((x) => PUBLIC_BANKS.has(x)))) return true;
      // A body named as a board ("the Ghana Cocoa Board", "the Residential Tenancies Board"); not "the USA TODAY Board of
      // Contributors", and a company's is "the company's board".
      return affiliation.endsWith(' Board');
    }
    if (owner < 0) return false;
    const sentence = tokens.sentence[owner];
    const from = tokens.sentenceStart[sentence > 0 ? sentence - 1 : 0];
    for (let v = owner - 1; v >= from; v--) if (PUBLIC_BODY_IDS[lowerId[v]] === 1) return true;
    return false;
  };

  /**
   * True when the affiliation's body, after "at" and before a place ("oil research at Harborview Energy Research in
   * London"), ends in a company's or research firm's head word and names no public body.
   */
  const firmAt = (affiliation: string): boolean => {
    // Read by index: asked of most offices with an affiliation, on every mention with an apposition.
    let end = affiliation.length;
    // " in London", " in the Philippines": a place closing the affiliation.
    const inAt = affiliation.lastIndexOf(' in ');
    if (inAt > 0 && affiliation.indexOf(',', inAt) < 0) {
      const p = affiliation.startsWith('the ', inAt + 4) ? inAt + 8 : inAt + 4;
      if (p < end && isUpperCode(affiliation.charCodeAt(p))) end = inAt;
    }
    const last = affiliation.slice(affiliation.lastIndexOf(' ', end - 1) + 1, end).toLowerCase();
    if (!COMMERCIAL.has(last) && !FIRMS.has(last)) return false;
    const at = affiliation.lastIndexOf(' at ', end);
    return !publicBody(affiliation.slice(at >= 0 ? at + 4 : 0, end), -1);
  };

  /** A capitalized public body's head word among tokens [s, e) ("Authority", "Office"). */
  const capitalizedPublicBody = (s: number, e: number): boolean => {
    for (let v = s; v < e; v++) if (NAMED_PUBLIC_BODY_IDS[lowerId[v]] === 1 && isCapWord(tokens, v)) return true;
    return false;
  };

  /**
   * Word numbers of capitalized words that open a company's name somewhere in the text ("Daeseong" in "South Korea's
   * Daeseong Group"), found by one pass over the tokens on first need (searching the text for each word instead made
   * the cost grow faster than the text).
   */
  let companyWords: Set<number> | null = null;
  /** A company's name, or a word the text uses to name one, among tokens [a, b): "Daeseong chairman", "of Daeseong Group". */
  const companyNamed = (a: number, b: number): boolean => {
    // A company's whole name in the range: "of Breitbart News LLC", "SITE Intelligence Group".
    for (let t = a + 1; t < b; t++) if (COMPANY_HEAD_IDS[lowerId[t]] === 1 && isCapWord(tokens, t) && isCapWord(tokens, t - 1)) return true;
    // Only a capitalized word no lexicon knows can name a company of the text's own ("Daeseong"; not "Russian").
    let unknown = false;
    for (let v = a; v < b && !unknown; v++) unknown = lowerId[v] === 0 && isCapWord(tokens, v);
    if (!unknown) return false;
    if (companyWords === null) {
      companyWords = new Set();
      // The first word of the name ("Asaase Cocoa Ltd": "Asaase", not the common "Cocoa"; "Daeseong Group": "Daeseong").
      for (let t = 1; t < count; t++) {
        if (COMPANY_HEAD_IDS[lowerId[t]] !== 1 || !isCapWord(tokens, t) || !isCapWord(tokens, t - 1) || FUNCTION_WORD_IDS[lowerId[t - 1]] === 1) continue;
        let v = t - 1;
        while (v - 1 >= 0 && v > t - 4 && isCapWord(tokens, v - 1) && FUNCTION_WORD_IDS[lowerId[v - 1]] !== 1 && !isPossessive(surfaces[wordNo[v - 1]]) && tokens.lineBreak[v] === 0) v--;
        companyWords.add(wordNo[v]);
      }
    }
    if (companyWords.size === 0) return false;
    for (let v = a; v < b; v++) if (lowerId[v] === 0 && isCapWord(tokens, v) && companyWords.has(wordNo[v])) return true;
    return false;
  };

  /**
   * Acronyms the text spells out in brackets after a body's name ("the Nigeria Labour Congress (NLC)"): word number of
   * the acronym → the name, found on first need.
   */
  let acronyms: Map<number, string> | null = null;
  /** An acronym among tokens [a, b) that the text spells out as a non-governmental body ("NLC President X"). */
  const nonGovernmentalAcronym = (a: number, b: number): boolean => {
    let caps = false;
    for (let v = a; v < b && !caps; v++) {
      // Two capitals first: asked of every official title in a run ("President Obama"), most of them not acronyms.
      caps = tokens.kind[v] === TokenKind.Word && tokens.end[v] - tokens.start[v] >= 2 && isUpperCode(text.charCodeAt(tokens.start[v] + 1)) && isUpperCode(text.charCodeAt(tokens.start[v])) && ALL_CAPS_WORD.test(surfaces[wordNo[v]]);
    }
    if (!caps) return false;
    if (acronyms === null) {
      acronyms = new Map();
      for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
        const t = tokenAt(tokens, at);
        if (t < 2 || t + 2 >= count || tokens.start[t] !== at || surfaces[wordNo[t + 2]] !== ')' || !ALL_CAPS_WORD.test(surfaces[wordNo[t + 1]])) continue;
        let n = t;
        while (n - 1 >= 0 && n > t - 7 && (isCapWord(tokens, n - 1) || (n - 2 >= 0 && isCapWord(tokens, n - 2) && (tok(n - 1) === 'of' || tok(n - 1) === 'and' || tok(n - 1) === 'for')))) n--;
        if (n < t && !acronyms.has(wordNo[t + 1])) acronyms.set(wordNo[t + 1], text.slice(tokens.start[n], tokens.end[t - 1]));
      }
    }
    if (acronyms.size === 0) return false;
    for (let v = a; v < b; v++) {
      const name = acronyms.get(wordNo[v]);
      if (name !== undefined && nonGovernmental(name)) return true;
    }
    return false;
  };

  /** True when the affiliation names a non-governmental body ("Amnesty International", "Harvard University"). */
  // Affiliations repeat through an article: each is looked up once.
  const nonGovernmentalSeen = new Map<string, boolean>();
  const nonGovernmental = (affiliation: string): boolean => {
    let known = nonGovernmentalSeen.get(affiliation);
    if (known === undefined) nonGovernmentalSeen.set(affiliation, (known = nonGovernmentalName(affiliation, lex)));
    return known;
  };

  /** Token k is for/of/at/in/to after a role noun or a title ("a spokeswoman | for", "the assistant director in charge | of"). */
  const complementAfterRole = (k: number): boolean => {
    const p = lowers[wordNo[k]];
    if (p !== 'for' && p !== 'of' && p !== 'at' && p !== 'in' && p !== 'to') return false;
    return lex.roleNouns.has(lowers[wordNo[k - 1]]) || lex.titles.lengthAt(tokens, k - 1, k) > 0 || (lowers[wordNo[k - 1]] === 'charge' && tok(k - 2) === 'in');
  };

  /** Where a role phrase that ends at `e` starts: back over words to a determiner, possessive or clause edge. */
  const roleStart = (e: number, floor: number): number => {
    let s = e;
    while (s - 1 >= floor && s > e - 16 && (tokens.kind[s - 1] === TokenKind.Word || pluralPossessiveMark(s - 1))) {
      // "the Greens’ budget spokeswoman", "the candidates’ spokesman": a plural possessive opens the phrase.
      if (pluralPossessiveMark(s - 1)) {
        s -= 2;
        if (isCapWord(tokens, s)) while (s - 1 >= floor && isCapWord(tokens, s - 1)) s--;
        if (s - 1 >= floor && lowers[wordNo[s - 1]] === 'the') s--;
        break;
      }
      const w = lowers[wordNo[s - 1]];
      // Coordination stays inside ("minister for Europe and foreign affairs"); clauses, verbs and pronouns end it.
      // A past participle ends the phrase, unless a determiner makes it an adjective ("the devolved government").
      // "President Volodymyr Zelensky and his deputy, X,": "and" after a person's name joins two people, not two offices.
      if ((is(s - 1, W.ClauseBreaker) && (w !== 'and' || (s - 2 >= floor && personAt[s - 2] >= 0))) || isCue(s - 1) || is(s - 1, W.PronounOrVerb) || (w.endsWith('ed') && !isCapWord(tokens, s - 1) && !(s - 2 >= floor && is(s - 2, W.Article)))) break;
      s--;
      // "a spokeswoman for the president’s re-election campaign, X,", "the justice secretary in the devolved
      // government, X,": a title's complement is part of the phrase.
      // "The assistant director in charge of the office, X,": "in charge of" is such a complement too.
      // "Norway’s special envoy to the talks, X,": "to" too.
      if (w === 'the' && s - 2 >= floor && complementAfterRole(s - 1)) continue;
      // A determiner or a possessive opens the phrase ("the European Commission’s …").
      if (ARTICLES.has(w)) break;
      if (isPossessive(w) && isCapWord(tokens, s)) {
        while (s - 1 >= floor && isCapWord(tokens, s - 1)) s--;
        if (s - 1 >= floor && lowers[wordNo[s - 1]] === 'the') s--;
        // "The Minister in the Prime Minister’s Department, X,": the owner stands in a title's complement.
        if (s - 2 >= floor && complementAfterRole(s - 1)) {
          s -= 2;
          continue;
        }
        break;
      }
    }
    return s;
  };

  /**
   * A portfolio listed with commas after a title: "Minister of Economy, Trade and Industry,". For the comma at token
   * `c` right after "<title> of|for <Caps>", the token of the comma that closes the list, or -1. The list's items are
   * capitalized words, its last one after "and".
   */
  const portfolioEnd = (c: number): number => {
    let i = c;
    while (i > c - 4 && i > 0 && isCapWord(tokens, i - 1)) i--;
    if (i === c || i < 2 || (tok(i - 1) !== 'of' && tok(i - 1) !== 'for') || !lex.titles.mayEndAt(tokens, i - 2)) return -1;
    let u = c + 1;
    for (let items = 0; items < 8; items++) {
      const last = tok(u) === 'and';
      if (last) u++;
      const from = u;
      // An item is a portfolio, not a person ("…, Ruth Abara, and Interior Minister Sam Osei,").
      while (u < count && u < from + 3 && isCapWord(tokens, u) && !is(u, W.Function | W.FirstName | W.Honorific)) u++;
      if (u === from) return -1;
      if (last) return isPunct(u, ',') ? u : -1;
      if (isPunct(u, ',')) u++;
      else if (tok(u) !== 'and') return -1;
    }
    return -1;
  };

  /** A title before the name: "deputy foreign minister Emine…", "Ukraine’s deputy foreign minister, Emine…". */
  const titleBefore = (a: number, floor: number): Affix | null => {
    if (isPunct(a - 1, ',')) {
      // "Minister of State for Petroleum Resources (Oil), X,": the phrase is read up to a bracket before the comma.
      const bracket = bracketBefore(a - 1, floor);
      const e = bracket >= 0 ? bracket : a - 1;
      // "Minister of Economy, Trade and Industry, X": the title runs over the list to the comma before the name;
      // "Trade" inside the list is none of its holder's names.
      for (let c = e; c > floor + 2 && c > e - 16; c--) {
        if (!isPunct(c, ',')) continue;
        const end = portfolioEnd(c);
        if (end === e) {
          const r = portfolioTitle(c, floor);
          if (r) return { ...r, title: r.title + text.slice(tokens.start[c], tokens.end[e - 1]) };
        }
        if (end > e) return null;
      }
      let s = roleStart(e, floor);
      if (s === e) return null;
      // Beyond nine words, a phrase names a public body ("the chief executive of the Nigerian Midstream and Downstream
      // Petroleum Regulatory Authority, X,"); else it is read from nine words before the comma at most.
      if (e - s > 9 && !capitalizedPublicBody(s, e)) {
        floor = Math.max(floor, e - 9);
        s = roleStart(e, floor);
      }
      // "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano,": a role
      // phrase in apposition to a person named before it is that person's; the name after it names its noun.
      // (Not a list going on: "such as Ryan, both former president Bushes and the party’s 2012 nominee, Mitt Romney".)
      let open = s - 1;
      while (open > floor && open > e - 20 && !isPunct(open, ',') && tok(open) !== 'and' && tokens.sentence[open] === tokens.sentence[e]) open--;
      if (open > floor && isPunct(open, ',') && personAt[open - 1] >= 0 && (open === s - 1 || ARTICLES.has(tok(open + 1))) && !personAt.subarray(open + 1, s).some((x) => x >= 0)) return null;
      // The apposition must open the clause or follow a determiner/possessive.
      const first = lowers[wordNo[s]];
      if (!(ARTICLES.has(first) || POSSESSIVE_DETERMINERS.has(first) || isPossessive(surfaces[wordNo[s]]) || s === floor || tokens.kind[s - 1] !== TokenKind.Word || is(s, W.Nationality))) return null;
      const r = roleSpan(s, e, false);
      // "Nigeria Labour Congress (NLC) President, Comrade X,": the body before a bracketed acronym is the affiliation.
      if (r && !r.affiliation && isPunct(s - 1, ')') && isPunct(s - 3, '(') && s - 4 >= floor && isCapWord(tokens, s - 4)) {
        let o = s - 4;
        while (o - 1 >= floor && o > s - 10 && isCapWord(tokens, o - 1)) o--;
        if (ARTICLES.has(tok(o)) && o < s - 4) o++;
        const body = text.slice(tokens.start[o], tokens.end[s - 4]);
        return { ...r, affiliation: body, official: r.official && !nonGovernmental(body) && !firmAt(body) };
      }
      return r && bracket >= 0 ? withBracket(r, bracket, a - 2) : r;
    }
    // "Additional Director General of Police (Law and Order) X": a portfolio in brackets after the title.
    if (isPunct(a - 1, ')')) {
      const o = bracketBefore(a, floor);
      if (o < 0 || !lex.titles.mayEndAt(tokens, o - 1)) return null;
      for (let s = Math.max(0, o - 8); s < o; s++) {
        const r = roleSpan(s, o, true);
        if (r) return { ...r, title: r.title + ' ' + text.slice(tokens.start[o], tokens.end[a - 1]) };
      }
      return null;
    }
    // A title right before the name must end at the word before it.
    if (!lex.titles.mayEndAt(tokens, a - 1)) return null;
    for (let s = Math.max(floor, a - 6); s < a; s++) {
      const r = roleSpan(s, a, true);
      if (r) return r;
    }
    return null;
  };

  /**
   * For token c, the token of the '(' of a bracket of one to six words closing right before it ("… Petroleum
   * Resources (Oil),", "Director General of Police (Law and Order) X") after a word that is no person's name, or -1.
   */
  const bracketBefore = (c: number, floor: number): number => {
    if (!isPunct(c - 1, ')')) return -1;
    let o = c - 2;
    while (o > c - 8 && o > floor && tokens.kind[o] === TokenKind.Word) o--;
    // Not a list of people with their states: "Sens. John McCain (Ariz.), Kelly Ayotte (N.H.)".
    return isPunct(o, '(') && o < c - 2 && o - 1 > floor && tokens.kind[o - 1] === TokenKind.Word && personAt[o - 1] < 0 ? o : -1;
  };

  /**
   * A role read up to the bracket [o, close] keeps the bracket on the part it qualifies: "Petroleum Resources (Oil)". An
   * acronym ("(NLC)") only repeats the name before it and is dropped.
   */
  const withBracket = (r: Affix, o: number, close: number): Affix => {
    if (close === o + 2 && ALL_CAPS_WORD.test(surfaces[wordNo[o + 1]])) return r;
    const inner = text.slice(tokens.start[o], tokens.end[close]);
    const last = lowers[wordNo[o - 1]];
    if (r.affiliation && r.affiliation.toLowerCase().endsWith(last)) return { ...r, affiliation: `${r.affiliation} ${inner}` };
    if (r.title && r.title.toLowerCase().endsWith(last)) return { ...r, title: `${r.title} ${inner}` };
    return r;
  };

  /** The title before a portfolio list's first comma at token c ("Japan’s Minister of Economy"), the portfolio kept in the title. */
  const portfolioTitle = (c: number, floor: number): Affix | null => {
    const s = roleStart(c, floor);
    if (s === c) return null;
    const r = roleSpan(s, c, false);
    if (!r?.title) return null;
    // "the Minister of Economy, …": the reader took the first item for the affiliation.
    let i = c;
    while (isCapWord(tokens, i - 1)) i--;
    const item = text.slice(tokens.start[i], tokens.end[c - 1]);
    if (r.affiliation === item && !r.title.endsWith(item)) return { ...r, title: `${r.title} ${tok(i - 1)} ${item}`, affiliation: null };
    return r;
  };

  /** Apposition after the name: ", Israel’s foreign minister," / ", the interim chairwoman of the DNC". */
  const titleAfter = (b: number): Affix | null => {
    if (!isPunct(b, ',')) return null;
    // "Maria Okonkwo, 54, a spokeswoman for the governor,": an age before the apposition.
    if (b + 2 < count && isDigitCode(text.charCodeAt(tokens.start[b + 1])) && isPunct(b + 2, ',')) return titleAfter(b + 2);
    // ", who heads the central bank,": the head of a public body.
    if (tok(b + 1) === 'who' && LEADS.has(tok(b + 2))) {
      let e = b + 3;
      while (e < count && e < b + 12 && tokens.kind[e] === TokenKind.Word && !isCue(e)) e++;
      for (let v = b + 3; v < e; v++) if (PUBLIC_BODIES.has(lowers[wordNo[v]])) return { title: 'head of ' + text.slice(tokens.start[tok(b + 3) === 'the' ? b + 4 : b + 3], tokens.end[e - 1]), official: true, affiliation: null, from: b + 1 };
      return null;
    }
    let e = b + 1;
    // A clause ends the apposition (", mayor of the inner-west council where …,").
    // A capitalized cue word is part of a name here, not a verb (", a senior official with the Broadcasting Board").
    // A second role joined by "and" and a possessive ends it (", the Sinn Féin TD for Dublin North-West and her party’s
    // housing spokeswoman,").
    while (e < count && e < b + 16 && (tokens.kind[e] === TokenKind.Word || pluralPossessiveMark(e)) && !(isCue(e) && !isCapWord(tokens, e)) && !(is(e, W.ClauseBreaker) && lowers[wordNo[e]] !== 'and') && !(tokens.lowerId[e] === AND_ID && e > b + 1 && PERSONAL_POSSESSIVES.has(tok(e + 1)))) e++;
    if (e === b + 1) return null;
    return roleSpan(b + 1, e, false);
  };

  /** Per person, where they were called by surname alone ("Cruz"), in text order: see `lastBareBefore`. */
  const bareStarts: number[][] = [];
  const addMention = (p: number, a: number, b: number) => {
    const last = surfaces[wordNo[b - 1]];
    const possessive = isPossessive(last);
    const end = possessive ? tokens.end[b - 1] - 2 : tokens.end[b - 1];
    const start = tokens.start[a];
    // A one-word mention without a possessive is its word exactly: the word table's string, not a new slice.
    const mentionText = b - a === 1 && !possessive ? last : text.slice(start, end);
    const mention: PersonMention = { start, end, text: mentionText, title: undefined };
    people[p].mentions.push(mention);
    const keys = people[p].keys;
    if (b - a === 1 && keys.length >= 2 && tokens.words.key[wordNo[a]] === keys[keys.length - 1]) (bareStarts[p] ??= []).push(start);
    for (let u = a; u < b; u++) personAt[u] = p;
  };

  const applyAffix = (p: number, affix: Affix | null, first: boolean) => {
    if (!affix) return;
    const person = people[p];
    // applyAffix always follows addMention for the same person: the title belongs to that mention.
    if (affix.title) person.mentions[person.mentions.length - 1].title = affix.title;
    if (affix.title && !person.title) {
      person.title = affix.title;
      person.official = affix.official;
      if (first) person.titledAtFirstMention = true;
    } else if (affix.title && affix.official) person.official = true;
    if (affix.affiliation && !person.affiliation) person.affiliation = affix.affiliation;
  };

  for (let t = 0; t < count; t++) {
    if (!isCapWord(tokens, t)) continue;
    // The capitalized run, with lowercase particles inside it.
    let b = capitalizedRunEnd(t + 1);
    // "Secretary of State Antony Blinken", "Leader of the Opposition X": a title running across "of"/"for"/"to" joins the run.
    // (Compared by registered id: one typed-array read for every capitalized run.)
    if (b + 1 < count && (lowerId[b] === OF_ID || lowerId[b] === FOR_ID || lowerId[b] === TO_ID) && sameLine(tokens, b)) b = titleAcrossLink(t, b);
    const runEnd = b;
    if (b === t + 1 && commonWordSurname(t)) continue;
    let a = t;
    while (a < b && FUNCTION_WORD_IDS[lowerId[a]] === 1) a++;
    // "Bethesda, Md. Kevin Smith said": a state after its town ends a sentence; it opens no name ("Md. Rubel Mia").
    if (a < b - 1 && lowerId[a] === MD_ID && isPunct(a - 1, ',')) a++;
    t = (a < b ? Math.max(runEnd, parseRun(a, b)) : runEnd) - 1;
  }

  /**
   * Where a capitalized run continuing at token u ends: capitalized words and lowercase particles inside a name,
   * on one line (the line test, which scans the gap between tokens, runs last: most tokens end the run by not
   * being capitalized).
   */
  function capitalizedRunEnd(u: number): number {
    // ("Dale I'd give him": the pronoun's contraction ends the run.)
    while (u < count && (isCapWord(tokens, u) || (NAME_PARTICLE_IDS[lowerId[u]] === 1 && particleInName(u)) || irishArticle(u)) && I_CONTRACTION_IDS[lowerId[u]] !== 1 && sameLine(tokens, u)) u++;
    return u;
  }

  /**
   * How many tokens of an honorific open the run [a, b) before a name, or 0: "Mr.", "Begum"; the Malaysian pairs "Tan
   * Sri", "Datuk Seri" ("Tan" alone is a surname); "Si" only before a given name or a name met before ("Si Brahim", not
   * "Si Vis Pacem"), "Bi" also before two words ("Bi Zawadi Omari"). An honorific alone in its run is a name ("Shamima
   * Begum … Begum said"), unless "the" makes it a title ("the Lord").
   */
  function honorificLength(a: number, b: number): number {
    if (b - a >= 3 && HONORIFIC_PAIR_FIRST_IDS[lowerId[a]] === 1 && HONORIFIC_PAIRS.has(tok(a) + ' ' + tok(a + 1))) return 2;
    if (NAME_BOUND_HONORIFIC_IDS[lowerId[a]] === 1) return b - a >= 2 && (is(a + 1, W.FirstName) || byWord.has(tokens.words.key[wordNo[a + 1]]) || (lowerId[a] === BI_ID && b - a === 3)) ? 1 : 0;
    return is(a, W.Honorific) && !(b - a === 1 && (a === 0 || tokens.lowerId[a - 1] !== THE_ID)) ? 1 : 0;
  }

  /** Token u is the article after an Irish patronymic, before the mutated surname: "Róisín Nic an tSaoir". */
  function irishArticle(u: number): boolean {
    return tokens.lowerId[u] === AN_ID && u > 0 && u + 1 < count && IRISH_PATRONYMICS.has(tok(u - 1)) && isCapWord(tokens, u - 1) && isCapWord(tokens, u + 1);
  }

  /** Particle u stands inside a name: a capital follows, or another particle and a capital ("von der Leyen"). */
  function particleInName(u: number): boolean {
    if (u + 1 >= count) return false;
    if (isCapWord(tokens, u + 1)) return true;
    return u + 2 < count && NAME_PARTICLE_IDS[lowerId[u + 1]] === 1 && isCapWord(tokens, u + 2);
  }

  /**
   * The end of the capitalized run [t, b) when a title in the lexicon starts inside it and runs past the
   * lowercase link word at `b` ("Chief of Staff", "Director of Public Prosecutions"), with the
   * capitalized words after that title; else `b`.
   */
  function titleAcrossLink(t: number, b: number): number {
    for (let k = Math.max(t, b - 3); k < b; k++) {
      const m = lex.titles.longestAt(tokens, k, Math.min(count, b + 6));
      if (!m || k + m.length <= b + 1 || !isCapWord(tokens, k + m.length - 1)) continue;
      return capitalizedRunEnd(k + m.length);
    }
    return b;
  }

  /**
   * A capitalized common word standing alone inside a sentence that is the surname of someone named
   * earlier ("Al From … From said", "George Will … Will wrote", "Ian Read … Read said") is that person;
   * elsewhere such a word (a function word or a verb) never starts a name.
   */
  function commonWordSurname(t: number): boolean {
    if (tokens.sentenceStart[tokens.sentence[t]] === t || headline[tokens.paragraph[t]] || !is(t, W.Function | W.PronounOrVerb | W.Verb)) return false;
    const target = resolveSurname(tokens.words.key[wordNo[t]], tokens.start[t]);
    if (target < 0 || people[target].keys.length < 2) return false;
    addMention(target, t, t + 1);
    return true;
  }

  /**
   * Reads the run [a, b) as titles, affiliations and honorifics, then a name, and hands the name to `handleName`.
   * Returns the end of what it read: past `b` when the name follows "of <body>" after the run.
   */
  function parseRun(a: number, b: number): number {
    const from = a;
    let title: TitleInfo | null = null;
    let affiliation: string | null = null;
    let honorific = false;
    let titleFrom = a;
    /** The lexicon's form of the last title read in the run ("chief executive"). */
    let lastTitle = '';
    // "Iowa State University’s Dianne Bystrom": an owner's possessive inside the run, then a given name.
    for (let u = a + 1; u < b - 2; u++) {
      if (is(u, W.Possessive) && is(u + 1, W.FirstName) && !headline[tokens.paragraph[u]]) {
        affiliation = withoutPossessive(text.slice(tokens.start[a], tokens.end[u]));
        a = u + 1;
        break;
      }
    }
    // "Former New York Gov. George Pataki": a modifier before the place or body of a title is the title's ("former gov.").
    let modifierAt = -1;
    // ("Assistant U.S. Attorney": the place opens a title of its own.)
    if (is(a, W.TitleModifier) && a + 3 < b && !lex.titles.lengthAt(tokens, a, b) && !lex.titles.lengthAt(tokens, a + 1, b)) {
      const place = nationalityAt(a + 1) ? 1 : lex.places.lengthAt(tokens, a + 1, b) || lex.organizations.lengthAt(tokens, a + 1, b);
      if (place && a + 1 + place < b - 1 && lex.titles.lengthAt(tokens, a + 1 + place, b)) modifierAt = a++;
    }
    for (let guard = 0; a < b && guard < 8; guard++) {
      // "European Central Bank Executive Board member X": a body's name opening with a nationality stays whole.
      const named = lex.organizations.lengthAt(tokens, a, b);
      if (named > 1 && a + named < b && lex.titles.lengthAt(tokens, a + named, b)) {
        affiliation ??= text.slice(tokens.start[a], tokens.end[a + named - 1]);
        a += named;
        continue;
      }
      const nat = nationalityAt(a);
      if (nat && a + 1 < b) {
        affiliation ??= nat;
        a++;
        continue;
      }
      // "Democrat Hillary Clinton", "Tory MP Jane Doe": the party, not part of the name.
      if (is(a, W.PartyMember) && a + 1 < b && isCapWord(tokens, a + 1)) {
        affiliation ??= surfaces[wordNo[a]];
        a++;
        continue;
      }
      if (is(a, W.Possessive) && a + 1 < b && lex.titles.lengthAt(tokens, a + 1, b)) {
        affiliation ??= withoutPossessive(surfaces[wordNo[a]]);
        a++;
        continue;
      }
      const org = lex.organizations.lengthAt(tokens, a, b) || lex.places.lengthAt(tokens, a, b);
      // "Montgomery County Executive X": the place's head word opens a longer title ("county executive").
      const over = org > 1 ? lex.titles.longestAt(tokens, a + org - 1, b) : null;
      if (over && over.length > 1 && a + org - 1 + over.length < b) {
        affiliation ??= text.slice(tokens.start[a], tokens.end[a + org - 2]);
        a += org - 1;
        continue;
      }
      if (org && a + org < b && lex.titles.lengthAt(tokens, a + org, b)) {
        affiliation ??= text.slice(tokens.start[a], tokens.end[a + org - 1]);
        a += org;
        continue;
      }
      const m = LOWERCASE_TITLE_IDS[lowerId[a]] === 1 ? null : lex.titles.longestAt(tokens, a, b);
      if (m) {
        lastTitle = m.value.title;
        let len = m.length;
        let official = m.value.official;
        // "Defense Chief of Staff": a title overlapping this one and ending later continues it.
        const over = len > 1 ? lex.titles.longestAt(tokens, a + 1, b) : null;
        if (over && over.length >= len) {
          len = over.length + 1;
          official ||= over.value.official;
        }
        const words = text.slice(tokens.start[a], tokens.end[a + len - 1]);
        const prior = title as TitleInfo | null;
        if (!prior) titleFrom = a;
        title = { title: prior ? prior.title + ' ' + words.toLowerCase() : words.toLowerCase(), official: (prior?.official ?? false) || official };
        a += len;
        if (is(a - 1, W.Honorific)) honorific = true;
        continue;
      }
      const h = honorificLength(a, b);
      if (h > 0) {
        honorific = true;
        a += h;
        continue;
      }
      // "Senators Mitch McConnell and Chuck Schumer": a plural title before the first of the names it titles.
      const plural = PLURAL_TITLES.get(tok(a));
      if (!title && plural !== undefined && b - a >= 3) {
        titleFrom = a;
        title = { title: plural, official: true };
        a++;
        continue;
      }
      // "Texas-based Matt Mackowiak": where someone is based is no part of their name.
      if (b - a >= 3 && tok(a).endsWith('-based')) {
        a++;
        continue;
      }
      // "SP Olamide Ogunbiyi", "DSP X": a police rank's abbreviation before a given name and surname (not "SP leader X",
      // the Samajwadi Party's).
      if (!title && is(a, W.Acronym) && POLICE_RANKS.has(surfaces[wordNo[a]]) && b - a >= 3 && !lex.titles.lengthAt(tokens, a + 1, b) && !is(a + 1, W.OrgHead | W.PlaceHead | W.Acronym)) {
        titleFrom = a;
        title = { title: surfaces[wordNo[a]], official: true };
        a++;
        continue;
      }
      // "Assistant U.S. Attorney", "Business Administrator", "Council President": words before a
      // title inside the run belong to the title.
      // "Milwaukee Public Schools Superintendent X": a body's name ending in its head word, then a title.
      const body = bodyThenTitle(a, b);
      if (body > a) {
        affiliation ??= text.slice(tokens.start[a], tokens.end[body - 1]);
        a = body;
        continue;
      }
      const k = titleAhead(a, b);
      if (k > a) {
        const m2 = lex.titles.longestAt(tokens, k, b)!;
        lastTitle = m2.value.title;
        const words = text.slice(tokens.start[a], tokens.end[k + m2.length - 1]).toLowerCase();
        const prior = title as TitleInfo | null;
        if (!prior) titleFrom = a;
        title = { title: prior ? prior.title + ' ' + words : words, official: (prior?.official ?? false) || m2.value.official };
        a = k + m2.length;
        continue;
      }
      break;
    }
    // "Israeli Ambassador to Ukraine Michael Brodsky": the name follows "to <place>"; "Mayor of Greater Manchester
    // Andy Burnham", "Director-General of the National Emergency Management Agency Zainab X": "of [the] <body>".
    // "Minister of Trade and Industry X": a portfolio the lexicon's title ends in, continued after "and".
    if (a === b && title && (tok(b) === 'to' || tok(b) === 'of' || tok(b) === 'for' || (tok(b) === 'and' && PORTFOLIO_ENDS.has(tok(b - 1)) && !is(b + 1, W.FirstName))) && (isCapWord(tokens, b + 1) || (tok(b) !== 'to' && tok(b) !== 'and' && tok(b + 1) === 'the' && isCapWord(tokens, b + 2)))) {
      const c = isCapWord(tokens, b + 1) ? b + 1 : b + 2;
      let e = c;
      // "Minister of Labour and Employment X": a portfolio word, "and" and another portfolio stay in the body.
      while (e < count && (isCapWord(tokens, e) || (is(e, W.NameParticle) && isCapWord(tokens, e + 1)) || (tokens.lowerId[e] === AND_ID && e > c && PORTFOLIO_ENDS.has(tok(e - 1)) && isCapWord(tokens, e + 1) && !is(e + 1, W.FirstName))) && sameLine(tokens, e)) e++;
      // A portfolio joined by "and" is looked for first ("Minister of Science and Technology Chen Liang Min").
      let joined = tok(b) === 'and';
      for (let k = c + 1; k < e && !joined; k++) joined = tokens.lowerId[k] === AND_ID;
      // ("Minister for Labour and Employment X": the portfolio, not the party called Labour.)
      const place = (joined ? portfolioBeforeName(c, e) : 0) || lex.places.lengthAt(tokens, c, e) || lex.organizations.lengthAt(tokens, c, e) || bodyBeforeName(c, e, joined);
      // The name keeps two words at least ("MP for Bristol West" names no one called "West").
      if (place && c + place < e - 1) {
        // "Minister of Labour and Employment": a portfolio continued after "and" is read as the lexicon's title is
        // (lowercase); a body or place after "to"/"of"/"for" keeps its capitals ("ambassador to Ukraine").
        const body = text.slice(tokens.start[b + 1], tokens.end[c + place - 1]);
        title = { title: title.title + ' ' + tok(b) + ' ' + (tok(b) === 'and' ? lowerWords(body) : body), official: title.official };
        a = c + place;
        b = e;
        // "Chief of Army Staff Lt. Gen. X": a rank after the body belongs to the title.
        for (let m = lex.titles.longestAt(tokens, a, b); m && a + m.length < b; m = lex.titles.longestAt(tokens, a, b)) {
          title = { title: title.title + ' ' + text.slice(tokens.start[a], tokens.end[a + m.length - 1]).toLowerCase(), official: title.official || m.value.official };
          a += m.length;
        }
        // "Minister for Labour and Employment Begum Nazmun Nahar Sultana": an honorific after the portfolio.
        for (let h = honorificLength(a, b); h > 0 && a + h < b; h = honorificLength(a, b)) {
          honorific = true;
          a += h;
        }
      }
    }
    if (modifierAt >= 0 && title) {
      title = { title: `${tok(modifierAt)} ${title.title}`, official: title.official };
      titleFrom = modifierAt;
    }
    if (a >= b) return b;
    // "The IDF Spokesperson's Unit", "the Prime Minister's Office": what a title's possessive owns is no name.
    if (title && a > titleFrom && is(a - 1, W.Possessive)) return b;
    // Trailing words after a generational suffix or possessive end the name.
    for (let u = a; u < b; u++) {
      if (is(u, W.NameSuffix | W.Possessive)) {
        b = u + 1;
        break;
      }
    }
    // In a Title Case headline the run goes on past the name ("Chief Justice John Roberts Did Not Give Rise To …",
    // "Anchor Expressed Fear About …"): after a title the name ends at a function word or a verb after its first word
    // (a given name may be one: "Sen. Will Hurd"), and a title followed by a verb names no one.
    // What follows the name is read no further (the whole run is returned).
    const readTo = b;
    if (title && headline[tokens.paragraph[a]]) {
      if ((is(a, W.Verb) && !is(a, W.FirstName)) || HEADLINE_NON_NAMES.has(tok(a))) return readTo;
      for (let u = a + 1; u < b; u++) {
        if (is(u, W.Function | W.Verb | W.PronounOrVerb)) {
          b = u;
          break;
        }
      }
      // The article below says where the name ends ("Sen. Ted Cruz Visits Iowa Farm" → "Ted Cruz"), and that
      // a run it never names is none ("Texas Gov. Hears From Parents", "Mayor Wants Girl Scout Leaders").
      const e = headlineNameEnd(a, b);
      if (e < 0) return readTo;
      b = e;
    }
    // "Chief Executive Jane Doe", "Lakeshore Chief Executive …": a corporate post, an office only at a public body.
    // "NLC President X" after "the Nigeria Labour Congress (NLC)", "Daeseong Chairman X": no office at a union or company.
    if (title && title.official && ((corporateTitle(lastTitle) && !publicBody(affiliation, -1)) || (affiliation !== null && nonGovernmental(affiliation)) || nonGovernmentalAcronym(from, a) || companyNamed(from, titleFrom))) title = { title: title.title, official: false };
    // "European Central Bank Executive Board member X": a board seat at a public body is an office.
    else if (title && !title.official && BOARD_TITLES.has(lastTitle) && publicBody(affiliation, -1)) title = { title: title.title, official: true };
    // "Chief Adewale Fakorede": a bare "Chief" with no body or post of its own is a chieftaincy honorific (Nigeria, Ghana,
    // First Nations), not an office; the police chief is written "Police Chief X" or "Tulsa police Chief X".
    else if (title && title.title === 'chief' && affiliation === null && (from === 0 || tokens.kind[from - 1] !== TokenKind.Word || is(from - 1, W.Function | W.Verb))) title = { title: title.title, official: false };
    const affix: Affix | null = title || affiliation ? { title: title?.title ?? null, official: title?.official ?? false, affiliation, from: titleFrom } : null;
    handleName(a, b, title || honorific ? from : a, affix, honorific);
    return readTo;
  }

  /**
   * The end of the name that opens the run [a, b) after a title in a headline, as the article around the headline
   * writes it (with a capital, within `HEADLINE_BODY_REACH` tokens either side): through the first of the run's words
   * the article writes, and each next word the article writes right after the one before ("Sen. Ted Cruz Visits
   * Iowa Farm" … "Ted Cruz toured": "Ted Cruz"; "Mayor Eric Adams New York Budget Plan" … "New York City", "Adams
   * said": "Eric Adams"). Only given names may come before that word ("Senator Mary Ann Van Der Berg" … "Van Der
   * Berg said"). `b` when no article text is within reach, or when the article confirms none of the words but the
   * run opens with a given name, a reporting verb follows it ("Reporter Jomana Karadsheh says:") or it ends its
   * line ("Chief International Correspondent Lyse Doucet"); otherwise -1: no one is named ("Texas Gov. Hears From
   * Parents").
   */
  function headlineNameEnd(a: number, b: number): number {
    const n = Math.min(b - a, 8);
    // Most texts have a few such headlines: their surroundings are read token by token. Past a budget (a text of
    // many titled headlines) an index of the article's capitalized words is made once and read instead.
    headlineScanned += 2 * HEADLINE_BODY_REACH;
    const confirmed = headlineScanned <= Math.max(HEADLINE_SCAN_BUDGET, count) ? scanAround(a, n) : lookUpAround(a, n);
    if (confirmed === null) return b;
    const { seen, follows } = confirmed;
    let first = 0;
    while (first < n && is(a + first, W.FirstName) && !seen[first]) first++;
    if (first === n || !seen[first]) {
      const endsLine = b >= count || tokens.lineBreak[b] === 1 || tokens.paragraph[b] !== tokens.paragraph[a];
      return is(a, W.FirstName) || isCue(b) || endsLine ? b : -1;
    }
    let e = first + 1;
    while (e < n && follows[e]) e++;
    return a + e;
  }

  /**
   * For the n words from `a`, which the article writes (capitalized, outside headlines, within reach of `a`):
   * `seen[k]`, and `follows[k]` when it writes word k right after word k - 1. Null when no article text is within
   * reach. Reads every token within reach.
   */
  function scanAround(a: number, n: number): { seen: Uint8Array; follows: Uint8Array } | null {
    const keys = tokens.words.key;
    const seen = new Uint8Array(n);
    const follows = new Uint8Array(n);
    let body = false;
    for (let t = Math.max(0, a - HEADLINE_BODY_REACH), stop = Math.min(count, a + HEADLINE_BODY_REACH); t < stop; t++) {
      if (!isCapWord(tokens, t) || headline[tokens.paragraph[t]]) continue;
      body = true;
      const key = keys[wordNo[t]];
      const next = t + 1 < count && tokens.paragraph[t + 1] === tokens.paragraph[t] && isCapWord(tokens, t + 1) ? keys[wordNo[t + 1]] : null;
      for (let k = 0; k < n; k++) {
        if (keys[wordNo[a + k]] !== key) continue;
        seen[k] = 1;
        if (k + 1 < n && next === keys[wordNo[a + k + 1]]) follows[k + 1] = 1;
      }
    }
    return body ? { seen, follows } : null;
  }

  /** As `scanAround`, read from the index of the article's capitalized words (`capitalizedBodyWords`). */
  function lookUpAround(a: number, n: number): { seen: Uint8Array; follows: Uint8Array } | null {
    const keys = tokens.words.key;
    const { all, byKey } = (bodyWords ??= capitalizedBodyWords());
    const from = a - HEADLINE_BODY_REACH;
    const to = a + HEADLINE_BODY_REACH;
    /** The index in `at` of its first position within reach, or -1. */
    const firstNear = (at: number[] | undefined): number => {
      if (at === undefined) return -1;
      const i = firstAtLeast(at, from);
      return i < at.length && at[i] < to ? i : -1;
    };
    if (firstNear(all) < 0) return null;
    const seen = new Uint8Array(n);
    const follows = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const at = byKey.get(keys[wordNo[a + k]]);
      const i = firstNear(at);
      if (i < 0) continue;
      seen[k] = 1;
      if (k + 1 >= n) continue;
      // Among the first `HEADLINE_PAIR_LOOKS` places of word k within reach.
      const key = keys[wordNo[a + k + 1]];
      for (let j = i; j < at!.length && j < i + HEADLINE_PAIR_LOOKS && at![j] < to; j++) {
        const t = at![j] + 1;
        if (t < count && tokens.paragraph[t] === tokens.paragraph[t - 1] && isCapWord(tokens, t) && keys[wordNo[t]] === key) {
          follows[k + 1] = 1;
          break;
        }
      }
    }
    return { seen, follows };
  }

  /** The capitalized words outside headlines, by key, in token order (`all`: every one of them); made on first use. */
  function capitalizedBodyWords(): { all: number[]; byKey: Map<string, number[]> } {
    const all: number[] = [];
    const byKey = new Map<string, number[]>();
    for (let t = 0; t < count; t++) {
      if (!isCapWord(tokens, t) || headline[tokens.paragraph[t]]) continue;
      all.push(t);
      const key = tokens.words.key[wordNo[t]];
      const at = byKey.get(key);
      if (at === undefined) byKey.set(key, [t]);
      else at.push(t);
    }
    return { all, byKey };
  }

  /**
   * The length of the body's name that opens the capitalized words [c, e) and leaves a name of two words or more
   * after it, when no lexicon knows the body: up to its last head word ("National Emergency Management Agency"),
   * else up to a known given name ("Greater Manchester | Andy Burnham"), else up to a portfolio; or 0. A portfolio
   * joined by "and" (`joined`) the caller looks for first: "Minister of Trade and Industry | Gan Kim Yong", "Minister
   * of Science and Technology | Chen Liang Min" ("Kim" and "Liang" are given names too).
   */
  function bodyBeforeName(c: number, e: number, joined: boolean): number {
    for (let k = e - 2; k > c; k--) if (is(k - 1, W.OrgHead | W.PlaceHead)) return k - c;
    for (let k = c + 1; k < e - 1; k++) if (is(k, W.FirstName)) return k - c;
    return joined ? 0 : portfolioBeforeName(c, e);
  }

  /**
   * "Minister for Home Affairs Kithure Kindiki", "Minister of Labour and Employment X": the length of a portfolio
   * that opens the capitalized words [c, e) and leaves a name of two to four words after it; or 0.
   */
  function portfolioBeforeName(c: number, e: number): number {
    for (let k = e - 3; k >= c && k >= e - 5; k--) {
      // No name holds "and" ("Minister of Environment and Climate Change, X": no name here).
      if (tokens.lowerId[k + 1] === AND_ID) return 0;
      if (PORTFOLIO_ENDS.has(tok(k))) return k + 1 - c;
    }
    return 0;
  }

  /**
   * Where a title starts after a body's name that opens the run [a, b) and ends in an organization's head word
   * ("Milwaukee Public Schools | Superintendent", "Lagos State Waste Management Authority | Chairman"), leaving a
   * name of two words after the title; or -1.
   */
  function bodyThenTitle(a: number, b: number): number {
    for (let k = a + 2; k <= a + 6 && k < b - 2; k++) {
      if (!is(k - 1, W.OrgHead | W.PlaceHead)) continue;
      const m = lex.titles.longestAt(tokens, k, b);
      if (!m || k + m.length > b - 2 || is(k, W.Honorific)) continue;
      // "Prince George's County Executive X": a title that starts at the head word ("county executive") wins.
      const longer = k - 1 > a ? lex.titles.longestAt(tokens, k - 1, b) : null;
      return longer && longer.length > m.length && k - 1 + longer.length <= b - 2 ? k - 1 : k;
    }
    return -1;
  }

  /** A title that starts within two words of `a` and still leaves a name after it; or -1. */
  function titleAhead(a: number, b: number): number {
    for (let k = a + 1; k <= a + 2 && k < b - 1; k++) {
      const m = lex.titles.longestAt(tokens, k, b);
      if (m && k + m.length < b && !is(k, W.Honorific)) {
        if ((flags.at(tokens, a) & (W.FirstName | W.TitleModifier)) === W.FirstName) return -1;
        return k;
      }
    }
    return -1;
  }

  /** The name at tokens [a, b) of a run whose mention starts at `from`, with the run's own title or affiliation (`runAffix`). */
  function handleName(a: number, b: number, from: number, runAffix: Affix | null, honorific: boolean): void {
    // "Sen. Wade Pruett, R-San Angelo,", "Rosli bin Harun (PN-Kuala Krai)": a legislator's party and seat, no name.
    if ((isPunct(a - 1, ',') || isPunct(a - 1, '(')) && personAt[a - 2] >= 0 && partyTagAt(a)) return;
    // Most runs are later mentions or no name at all: a one-word key is the word itself, the
    // keys of a longer run are gathered in `runKeys` and copied into an array of their own only
    // when the run may be a new name, and the name's text is sliced only when a person or
    // candidate is recorded.
    const one = b - a === 1 ? oneWordKeys(tokens, a) : null;
    const two = b - a === 2 ? pairKeys(tokens, a, twoWordKeys) : null;
    const n = one ? one.length : two ? two.keys.length : runKeysOf(a, b);
    if (n === 0) return;
    let key: string;
    if (one) key = one[0];
    else if (two) key = two.joined;
    else {
      key = runKeys[0];
      for (let i = 1; i < n; i++) key += ' ' + runKeys[i];
    }
    const existing = byName.get(key);
    if (existing !== undefined) {
      addMention(existing, a, b);
      applyAffix(existing, runAffix ?? titleAfter(b), false);
      return;
    }
    // "told the state broadcaster Al Iraqiya": an outlet's name after its common noun (not "told the newspaper Boris
    // Johnson had …").
    // (An Arabic article opens outlets' names: "Al Iraqiya", "El Watan"; "Al" is no given name there.)
    if (OUTLET_NOUN_IDS[lowerId[a - 1]] === 1 && !isCapWord(tokens, a - 1) && (!is(a, W.FirstName) || lowerId[a] === AL_ID || lowerId[a] === EL_ID)) return;
    // "Ali Hashim Jabr, a generator owner known in the neighbourhood as Abu Haidar,": the other name the person goes by,
    // which later mentions may use ("Abu Haidar said").
    const known = aliasOf(a);
    if (known >= 0) {
      addMention(known, a, b);
      byName.set(key, known);
      return;
    }
    // "Fiona Hill … Hill said", "Park Ji-hoon … Park struck a guarded tone": a place's head word alone is the surname of
    // someone named in full before (not "the Park", nor "Park officials"; nor a given name: "Bill" is not Bill Clinton).
    if (b - a === 1 && (flags.at(tokens, a) & (W.PlaceHead | W.FirstName)) === W.PlaceHead && !(a > 0 && tokens.lowerId[a - 1] === THE_ID) && !(b < count && isPeopleNoun(tok(b)))) {
      const target = resolveSurname(tokens.words.key[wordNo[a]], tokens.start[a], undefined, genderBefore(a));
      if (target >= 0 && people[target].keys.length >= 2) {
        addMention(target, a, b);
        applyAffix(target, runAffix ?? titleAfter(b), false);
        return;
      }
    }
    if (!looksLikeName(a, b, !!runAffix?.title) || stockMove(a, b) || (b - a === 1 && placeNamed(a))) {
      if (b - a === 1) demonymSurname(a, b, runAffix, honorific);
      return;
    }
    const keys = one ?? two?.keys ?? runKeys.slice(0, n);
    // "a Christian Democrat member", "Social Democrats", "Free Democrat": a party's member, no name.
    if (keys.length >= 2 && PARTY_MEMBERS.has(keys[keys.length - 1])) return;
    if (keys.length === 1) {
      // A later mention ("Lapid", "Mr. Lapid") of someone named in full before; "Mr. Obama" is not Michelle Obama.
      const target = resolveSurname(keys[0], tokens.start[a], undefined, genderBefore(a));
      if (target >= 0) {
        addMention(target, a, b);
        applyAffix(target, runAffix, false);
        return;
      }
    } else {
      // "President Obama" after "Barack Obama"; "Hillary Clinton" after "Hillary Rodham Clinton".
      const target = resolveSurname(keys[keys.length - 1], tokens.start[a], keys[0]);
      if (target >= 0 && (keys.length === 1 || people[target].keys[0] === keys[0])) {
        addMention(target, a, b);
        applyAffix(target, runAffix, false);
        return;
      }
      // "Andrade Moreira" after "Lúcia Andrade Moreira": a double surname without the given name.
      const full = resolveDoubleSurname(keys, tokens.start[a]);
      if (full >= 0) {
        addMention(full, a, b);
        applyAffix(full, runAffix, false);
        return;
      }
    }
    // A title before the name stays in its sentence ("7:19 p.m.\n\nPresidential candidate Marco Rubio").
    // An office in apposition before outranks a title of no office in the run ("The Care Quality Commission’s
    // chief inspector of hospitals, Professor X,": the chief inspector, not the professor).
    // A rank alone in the run yields to an office before it ("The command’s public relations officer, SP X,").
    const rank = !!runAffix?.title && RANK_TITLES.has(runAffix.title.toLowerCase());
    const before = runAffix?.official && !rank ? null : titleBefore(from, Math.max(0, from - 16, tokens.sentenceStart[tokens.sentence[from]]));
    const after = titleAfter(b);
    const affix = runAffix && !(before?.official && (!runAffix.official || rank)) ? runAffix : before ?? after;
    // In a Title Case headline every word is capitalized and verbs look like cues: no evidence there.
    // "in neighbouring Zamfara state": "state" after a name is a noun, no cue.
    // An apposition or relative clause of any shape before the cue also tells ("X, a 42-year-old farmer, said",
    // "X, whose son is missing, said").
    // Not after a preposition: "A resident of Kasuwan Magani, who asked not to be named, said" describes the resident.
    // "Mardiana, 41, who sells grilled fish, said": an age in commas describes a person too, and may come first.
    // "Rattana Srisuk (nicknamed Nok), 54, who grows rice, said": a bracket after the name is read past.
    const c = bracketEnd(b);
    const aged = agedAt(c);
    const opened = aged ? c + 2 : c;
    const described = after !== null || aged || (isPunct(c, ',') && APPOSITION_OPENERS.has(tok(c + 1)) && !(a > 0 && PREPOSITIONS_BEFORE.has(tok(a - 1))));
    const cue = !headline[tokens.paragraph[a]] && ((isCue(b) && tok(b) !== 'state') || isCue(a - 1) || (described && (appositionCue(c) || (aged && APPOSITION_OPENERS.has(tok(opened + 1)) && appositionCue(opened)))));
    const firstName = lex.firstNames.has(keys[0]);
    const relative = keys.length === 1 && !affix?.title && namedRelative(a);
    // "Fadma Aït Ouahmane, 61, whom neighbours call …": an age in commas after a name of two words or more.
    const evidence = !!affix?.title || honorific || cue || relative || (keys.length >= 2 && (firstName || aged) && !headline[tokens.paragraph[a]]);
    if (keys.length === 1 && !evidence) return;
    // "Significantly, the judge said", "Publicly, the GOP nominee feuds": an adverb opening the sentence before a
    // comma reads like a name with an apposition, but no new person is made of it.
    if (keys.length === 1 && !honorific && !firstName && isPunct(b, ',') && a === tokens.sentenceStart[tokens.sentence[a]] && looksLikeAdverb(tok(a))) return;
    // "Hwang's father, Samsung chairman Hwang Myung-soo": one word before a lowercase title modifies it, whatever
    // stands before it.
    if (keys.length === 1 && !honorific && b + 1 < count && tokens.kind[b] === TokenKind.Word && !isCapWord(tokens, b) && !isCue(b) && !is(b - 1, W.Possessive)) {
      const titleLength = lex.titles.lengthAt(tokens, b, Math.min(count, b + 4));
      if (titleLength > 0 && isCapWord(tokens, b + titleLength)) return;
    }
    if (keys.length === 1 && !affix?.title && !honorific) {
      // "A senior functionary in Guwahati said": a bare single word after a preposition of place is a place.
      if (a > 0 && PLACE_PREPOSITIONS.has(tok(a - 1))) return;
      // A bare single word next to a cue may still be an organization ("Microsoft said").
      if (lex.organizations.hasWord(keys[0]) || lex.media.hasWord(keys[0]) || lex.places.hasWord(keys[0])) return;
      pending.push({ a, b, key: keys[0] });
      // No new person from a word that modifies the noun after it ("said Democratic presidential candidate …",
      // "Western states", "Jewish leaders").
      if (b < count && tokens.kind[b] === TokenKind.Word && !isCapWord(tokens, b) && !is(b, W.Function) && !isCue(b) && !is(b - 1, W.Possessive)) return;
    }
    // Nor from the last word of an organization's name ("the Club for Growth, a free-market group").
    if (keys.length === 1 && !honorific && a >= 2 && (tok(a - 1) === 'of' || tok(a - 1) === 'for' || tok(a - 1) === 'and') && isCapWord(tokens, a - 2)) return;
    // Nor from the second portfolio of a body's name ("The Ministry of Supply and Internal Trade said"; not "the
    // University of Zurich and Gordon Hanson").
    if (!honorific && !runAffix?.title && !firstName && bodyPortfolioAfterAnd(a)) return;
    if (!evidence) {
      // Two to four capitalized words with no other sign of a person: a person only if the
      // text later quotes or cites them by surname ("Zeliff said"); decided at the end.
      if (keys.length >= 2 && keys.length <= 4 && !headline[tokens.paragraph[a]] && weakNameOk(a, b)) weak.push({ a, b, keys, name: withoutPossessive(text.slice(tokens.start[a], tokens.end[b - 1])) });
      return;
    }
    const id = people.length;
    if (keys.length === 1 && !affix?.title && !honorific && !relative) cueOnly.push(id);
    if (relative) givenOnly.push(id);
    const name = withoutPossessive(text.slice(tokens.start[a], tokens.end[b - 1]));
    people.push({ name, title: null, affiliation: null, official: false, mentions: [], titledAtFirstMention: false, keys });
    byName.set(key, id);
    indexWords(keys, id);
    addMention(id, a, b);
    applyAffix(id, affix, true);
    // "Dr. Amina Yusuf, the state's health commissioner,": an office after the name still makes an official.
    // A former office does not outweigh the honorific ("Dr. X, a former Israeli diplomat who now teaches …").
    // The office then names the person's post ("Dr. X, the WHO regional director for Africa,": not "dr."), as it does
    // after a plural title ("Senators Mitch McConnell, the majority leader, and …": not "senator").
    if (after && after !== affix && after.official && !(after.title && FORMER.test(after.title))) {
      const p = people[id];
      if (p.title !== null && ((!p.official && ACADEMIC_HONORIFICS.has(p.title)) || PLURAL_TITLES.has(tok(from)))) p.title = null;
      applyAffix(id, after, true);
    }
    // "Rosli bin Harun (PN-Kuala Krai)", "Marco Rubio (R-Fla.)": a party and seat in brackets after the name mark a
    // legislator.
    if (isPunct(b, '(') && partyTagAt(b + 1)) people[id].official = true;
  }

  /**
   * A demonym standing alone that is the surname of someone named in full before ("Lindiwe Zulu … Ms Zulu",
   * "Zulu said", "said Zulu."): that person, when an honorific or a reporting verb shows a person ("the Zulu king",
   * "said Zulu workers", "told Zulu chiefs" stay demonyms: a word after it makes it a modifier).
   */
  function demonymSurname(a: number, b: number, runAffix: Affix | null, honorific: boolean): void {
    if (!is(a, W.Nationality)) return;
    const nounAfter = b < count && tokens.kind[b] === TokenKind.Word;
    if (!(honorific || (isCue(b) && tok(b) !== 'state') || (isCue(a - 1) && !nounAfter))) return;
    const target = resolveSurname(tokens.words.key[wordNo[a]], tokens.start[a], undefined, genderBefore(a));
    if (target < 0 || people[target].keys.length < 2) return;
    addMention(target, a, b);
    applyAffix(target, runAffix, false);
  }

  /**
   * The one-word name at token a names someone's relative in apposition: "his wife, Miriam,", "Biden’s late son, Beau,"
   * (a person, though no title or cue stands beside the name). Not without the commas: "who lost her sister Victoria at
   * Sandy Hook" mentions the sister in passing, and pronouns after it still mean the speaker.
   */
  function namedRelative(a: number): boolean {
    if (!isPunct(a - 1, ',') || !(isPunct(a + 1, ',') || isPunct(a + 1, '.') || isPunct(a + 1, ';'))) return false;
    const k = a - 2;
    if (k < 1 || !KIN_NOUNS.has(tok(k))) return false;
    let d = k - 1;
    if (KIN_MODIFIERS.has(tok(d))) d--;
    return d >= 0 && (PERSONAL_POSSESSIVES.has(tok(d)) || tok(d) === 'their' || (is(d, W.Possessive) && isCapWord(tokens, d)));
  }

  /** The name at token a follows "the town of", "the province of", …: a place ("in the town of Bato, Mayor X said"). */
  function placeNamed(a: number): boolean {
    return a >= 2 && tokens.lowerId[a - 1] === OF_ID && PLACE_KIND_IDS[lowerId[a - 2]] === 1;
  }

  /** The name at [a, b) is a listed company's: "shares of X fell", "with X gaining 3.1%". */
  function stockMove(a: number, b: number): boolean {
    if ((tok(a - 1) === 'of' || tok(a - 1) === 'in') && (tok(a - 2) === 'shares' || tok(a - 2) === 'stock')) return true;
    return b < count && STOCK_MOVE_IDS[lowerId[b]] === 1 && PRICE_CHANGE.test(text.slice(tokens.end[b], tokens.end[b] + 30)) && marketSentence(a);
  }

  /** Whether the sentence of token `a` speaks of a market ("shares", "stocks", "index"): not a poll ("Warren gained 3 percent"). */
  function marketSentence(a: number): boolean {
    const s = tokens.sentence[a];
    const s1 = s + 1 < tokens.sentenceStart.length ? tokens.sentenceStart[s + 1] : count;
    for (let u = tokens.sentenceStart[s]; u < s1 && u < count; u++) if (MARKET_WORD_IDS[lowerId[u]] === 1) return true;
    return false;
  }

  /** After a bracket of up to eight tokens on one line opening at token b ("(nicknamed Nok)"), the token past it; else b. */
  function bracketEnd(b: number): number {
    if (!isPunct(b, '(')) return b;
    for (let u = b + 1; u < count && u < b + 9 && tokens.lineBreak[u] === 0; u++) if (isPunct(u, ')')) return u + 1;
    return b;
  }

  /**
   * A reporting verb right after the apposition opening at the comma o, or after a second one set in it ("Wanwisa
   * Chuenchom, who coordinates relief for the Mirror Foundation, a Bangkok-based charity, said").
   */
  function appositionCue(o: number): boolean {
    const w = afterAppositionEnd(o);
    if (isCue(w)) return true;
    return w > o + 1 && ARTICLES.has(tok(w)) && isCue(afterAppositionEnd(w - 1));
  }

  /** An age in commas at the comma b: ", 41,". */
  function agedAt(b: number): boolean {
    return isPunct(b, ',') && b + 2 < count && isPunct(b + 2, ',') && tokens.end[b + 1] - tokens.start[b + 1] <= 3 && isDigitCode(text.charCodeAt(tokens.start[b + 1]));
  }

  function afterAppositionEnd(b: number): number {
    for (let u = b + 1; u < Math.min(count, b + 16); u++) if (isPunct(u, ',')) return u + 1;
    return b;
  }

  function resolveSurname(key: string, pos: number, first?: string, gender?: 'm' | 'f'): number {
    const list = byWord.get(key);
    if (list === undefined) return -1;
    const best = lastNamedWith(list, key, pos, first, gender, -1);
    // "Ted Cruz … Cruz said … a photo of Heidi Cruz.¶ Cruz thanked": a bare surname keeps meaning the person it stood
    // for before a relative was named in full, while that relative has not been called by it, unless the relative was
    // named in the same paragraph ("Bill Clinton spoke with voters … Clinton said").
    if (best >= 0 && !first && list.length > 1 && lastBareBefore(best, pos) < 0 && !namedInParagraphOf(best, pos)) {
      const before = lastNamedWith(list, key, pos, first, gender, people[best].mentions[0]?.start ?? 0);
      if (before >= 0) return before;
    }
    return best;
  }

  /**
   * Among `list`, the person last mentioned before `pos` whose name holds `key` as a surname (and `first` as given
   * name; not of the gender opposite `gender`). With `bareBefore` ≥ 0: the person last called by surname alone before
   * that offset.
   */
  function lastNamedWith(list: number[], key: string, pos: number, first: string | undefined, gender: 'm' | 'f' | undefined, bareBefore: number): number {
    let best = -1;
    let bestPos = -1;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const keys = people[p].keys;
      if (keys.length < 2 && p >= lex.knownPeople.length) continue;
      const last = keys[keys.length - 1];
      const matches = last === key || (keys.length >= 2 && keys[0] === key && !first) || keys.indexOf(key, 1) >= 0 || (keys.length >= 2 && withoutArticle(last) === key);
      if (!matches) continue;
      if (first && keys[0] !== first) continue;
      if (gender !== undefined && keys.length >= 2 && lex.nameGender.get(keys[0]) === (gender === 'm' ? 'f' : 'm')) continue;
      const m = people[p].mentions;
      const at = bareBefore >= 0 ? lastBareBefore(p, bareBefore) : m.length ? m[m.length - 1].start : 0;
      if (at <= pos && at >= bestPos && (at >= 0 || bareBefore < 0)) {
        best = p;
        bestPos = at;
      }
    }
    return best;
  }

  /** Gives person `from`'s mentions, and the tokens they cover, to person `to`. */
  function moveMentions(from: number, to: number): void {
    for (const m of people[from].mentions) {
      people[to].mentions.push(m);
      for (let u = tokenAt(tokens, m.start); u < count && tokens.start[u] < m.end; u++) personAt[u] = to;
    }
    people[from].mentions.length = 0;
  }

  /** Person p's last mention before offset `pos` lies in the paragraph of `pos`. */
  function namedInParagraphOf(p: number, pos: number): boolean {
    const m = people[p].mentions;
    for (let i = m.length - 1; i >= 0; i--) {
      if (m[i].start < pos) return tokens.paragraph[tokenAt(tokens, m[i].start)] === tokens.paragraph[tokenAt(tokens, pos)];
    }
    return false;
  }

  /** Where person p was last called by surname alone ("Cruz"; not "Ted Cruz", nor "Ted") before offset `pos`; -1 if never. */
  function lastBareBefore(p: number, pos: number): number {
    const starts = bareStarts[p];
    if (starts === undefined) return -1;
    // Binary search: a person may be called so thousands of times in a long text.
    const i = firstAtLeast(starts, pos);
    return i > 0 ? starts[i - 1] : -1;
  }

  /** The person last named before `pos` whose name ends in all of `keys` and has more words before them (a double surname), or -1. */
  function resolveDoubleSurname(keys: string[], pos: number): number {
    const list = byWord.get(keys[keys.length - 1]);
    if (list === undefined) return -1;
    let best = -1;
    let bestPos = -1;
    for (const p of list) {
      const full = people[p].keys;
      const d = full.length - keys.length;
      // Up to four words in all ("María Fernanda López Ortega"): a longer run is no name one can shorten so.
      if (d < 1 || full.length > 4) continue;
      let same = true;
      for (let i = 0; i < keys.length && same; i++) same = full[d + i] === keys[i];
      const m = people[p].mentions;
      const at = m.length ? m[m.length - 1].start : -1;
      if (same && at >= 0 && at <= pos && at >= bestPos) {
        best = p;
        bestPos = at;
      }
    }
    return best;
  }

  /**
   * The lowercase key words of the name at tokens [a, b) (two or more tokens), as `nameKeys`
   * gives them, into `runKeys[0 … n)`; returns n. Each word's lowercase form, the last one's
   * without a possessive ’s (its key), unless a suffix, particle or initial.
   */
  function runKeysOf(a: number, b: number): number {
    let n = 0;
    for (let u = a; u < b - 1; u++) if (!is(u, W.NoNameKey)) runKeys[n++] = lowers[wordNo[u]];
    const last = oneWordKeys(tokens, b - 1);
    if (last.length) runKeys[n++] = last[0];
    return n;
  }

  /** The keys of the two-word run at tokens u and u + 1, in an array of their own (for `pairKeys`). */
  function twoWordKeys(u: number): string[] {
    return runKeys.slice(0, runKeysOf(u, u + 2));
  }

  /** Whether the run [a, b) can be a name; `titled`: a title opens the run ("Billionaire Mark Cuban"). */
  function looksLikeName(a: number, b: number, titled = false): boolean {
    // "the Department of Health and Social Care": the end of a known body's name after "and" or "of" is no name.
    if (a >= 2 && tokens.kind[a - 1] === TokenKind.Word && (tokens.lowerId[a - 1] === AND_ID || tokens.lowerId[a - 1] === OF_ID) && isCapWord(tokens, a - 2)) {
      const body = lex.organizations.longestEndingAt(tokens, b, Math.max(0, a - 8), b - a + 8);
      if (body && body.length > b - a + 1) return false;
    }
    if (b - a !== 1) return looksLikeRun(a, b, titled);
    let v = oneWordName[wordNo[a]];
    if (v === 0) oneWordName[wordNo[a]] = v = looksLikeRun(a, b) ? 1 : 2;
    return v === 1;
  }

  function looksLikeRun(a: number, b: number, titled = false): boolean {
    if (lex.ignoredNames.lengthAt(tokens, a, b) === b - a) return false;
    if (b - a === 1) {
      // "He’s", "That’s", "Wednesday’s": a function word or a day before ’s; "R-Ky.": a party and state.
      const key = tokens.words.key[wordNo[a]];
      if (FUNCTION_WORDS.has(key) || MONTHS_AND_DAYS.has(key) || PARTY_STATE.test(key) || TITLED_THINGS.has(key)) return false;
      const f = flags.at(tokens, a);
      if ((f & (W.VagueGroupHead | W.AnonymousHead | W.RoleNoun | W.Verb | W.MetonymWord | W.PartyMember)) !== 0) return false;
      // "Residents", "Farmers": a plural common noun for people opening a sentence.
      if ((f & (W.PluralPersonNoun | W.FirstName)) === W.PluralPersonNoun) return false;
    }
    for (let u = a; u < b; u++) {
      if (is(u, W.MonthOrDay | W.OrgHead)) return false;
      if (is(u, W.Acronym)) return false;
    }
    const n = b - a;
    // "…, Sources Say" in a Title Case headline: a source noun and its reporting verb are no name.
    if (n >= 2 && is(a, W.AnonymousHead | W.VagueGroupHead) && is(b - 1, W.Verb)) return false;
    // "Linda Park, spokeswoman for the Red Cross, said": a given name and a surname that is also a place's head word
    // ("Park", "Hill") is a name when an office follows in apposition.
    if (n >= 2 && is(b - 1, W.PlaceHead) && !(is(a, W.FirstName) && titleAfter(b) !== null)) return false;
    if (n >= 2 && (flags.at(tokens, a) & (W.PlaceFirst | W.FirstName)) === W.PlaceFirst) return false;
    if (n === 1 && is(a, W.PlaceHead | W.OrgHead)) return false;
    const pm = lex.places.lengthAt(tokens, a, b);
    const om = lex.organizations.lengthAt(tokens, a, b);
    const mm = lex.media.lengthAt(tokens, a, b);
    if (pm === n || om === n || mm === n || lex.metonyms.lengthAt(tokens, a, b) === n) return false;
    // ("Georgia Pappa, 68, a retired teacher": a place's name opening a run that an age follows is a given name.)
    if ((pm || om || mm) && !is(a, W.FirstName) && !(pm && !om && !mm && agedAt(b))) return false;
    // "Lindiwe Zulu, general secretary of the union, said", "Billionaire Mark Cuban": a surname that is also a demonym
    // ("Zulu", "English") is a name of two words when an office follows in apposition, or when a title comes before a
    // known given name ("President Macron French officials", "Chancellor Angela Merkel German officials": no name).
    if (is(a, W.Nationality) || (is(b - 1, W.Nationality) && !(n === 2 && ((titled && is(a, W.FirstName)) || titleAfter(b) !== null)))) return false;
    if (lex.titles.lengthAt(tokens, b - 1, b)) return false;
    return true;
  }

  /**
   * A legislator's party and seat starting at token u and closed by the mark after it within three words: "R-San Angelo,",
   * "(D-N.Y.)", "(PN-Kuala Krai)" (not "A-Rod", "K-Pop star", "T-Pain").
   */
  function partyTagAt(u: number): boolean {
    if (u >= count || !(PARTY_TAG.test(surfaces[wordNo[u]]) || PARTY_STATE.test(tok(u)))) return false;
    for (let v = u + 1; v < count && v <= u + 3; v++) {
      if (tokens.kind[v] !== TokenKind.Word) return isPunct(v, ',') || isPunct(v, ')') || isPunct(v, '.');
      if (!isCapWord(tokens, v)) return false;
    }
    return false;
  }

  /**
   * The person a name at token a is another name of: "X, … known (in the neighbourhood) as | Abu Haidar", "X, nicknamed |
   * Nok": the person whose name the apposition holding "known"/"nicknamed" follows, at most twelve words back; else -1
   * (not "the string of contests known as Super Tuesday").
   */
  function aliasOf(a: number): number {
    let k = a - 1;
    if (tokens.lowerId[k] === AS_ID) {
      while (k > a - 6 && k > 0 && tokens.kind[k - 1] === TokenKind.Word && tokens.lowerId[k - 1] !== KNOWN_ID) k--;
      k--;
      if (k < 0 || tokens.lowerId[k] !== KNOWN_ID) return -1;
    } else if (k < 0 || tokens.lowerId[k] !== NICKNAMED_ID) return -1;
    // The apposition opens with a comma right after the person's name, and "known" stands inside it.
    const s0 = tokens.sentenceStart[tokens.sentence[a]];
    for (let u = k - 1; u > s0 && u >= k - 12; u--) {
      // "who led the operation known as Desert Storm": "known" describes another noun than the apposition's head.
      if (tokens.kind[u] === TokenKind.Word && (CLAUSE_OPENER_IDS[lowerId[u]] === 1 || is(u, W.Verb | W.PronounOrVerb) || isCue(u))) return -1;
      if (tokens.kind[u] === TokenKind.Word) continue;
      return (isPunct(u, ',') || isPunct(u, '(') || isPunct(u, '-') || isPunct(u, '—') || isPunct(u, '–')) && personAt[u - 1] >= 0 && looksLikeName(a, capitalizedRunEnd(a)) ? personAt[u - 1] : -1;
    }
    return -1;
  }

  /**
   * True when the run at token a follows "and" after a capitalized portfolio that "of" joins to a body or an office:
   * "The Ministry of Supply and | Internal Trade", "Secretary of Health and | Human Services", "the director general of
   * the Fire Service and | Civil Defence".
   */
  function bodyPortfolioAfterAnd(a: number): boolean {
    if (a < 4 || tokens.lowerId[a - 1] !== AND_ID || !isCapWord(tokens, a - 2)) return false;
    let u = a - 2;
    while (u > a - 6 && u > 0 && isCapWord(tokens, u)) u--;
    // "the director general of the Fire Service and Civil Defence"
    if (tokens.lowerId[u] === THE_ID && u > 1) u--;
    if (tokens.lowerId[u] !== OF_ID || u < 1) return false;
    return lex.orgHeads.has(tok(u - 1)) || lex.titles.lengthAt(tokens, u - 1, u) > 0;
  }

  /** A weak name must not be a phrase of common words in Title Case. */
  function weakNameOk(a: number, b: number): boolean {
    for (let u = a; u < b; u++) {
      if (is(u, W.Function | W.Verb)) return false;
    }
    return true;
  }

  // Weak names that the text later cites by surname become that person's full name.
  for (const w of weak) {
    if (personAt[w.a] >= 0) continue;
    const surname = w.keys[w.keys.length - 1];
    const single = byName.get(surname);
    if (single === undefined || people[single].keys.length !== 1) continue;
    const later = people[single].mentions;
    if (!later.length || later[0].start < tokens.start[w.a]) continue;
    const person = people[single];
    person.name = w.name;
    person.keys = w.keys;
    byName.set(w.keys.join(' '), single);
    indexWords(w.keys, single);
    addMention(single, w.a, w.b);
  }

  // Resolve single-word mentions that came before the full name ("Lapid" in a headline).
  for (const m of pending) {
    if (personAt[m.a] >= 0) continue;
    const target = (byWord.get(m.key) ?? []).find((p) => people[p].keys.length > 1 && people[p].keys[people[p].keys.length - 1] === m.key) ?? -1;
    if (target >= 0) addMention(target, m.a, m.b);
  }

  // A surname that became a person of its own before the full name was given ("Ginsburg" in the headline,
  // then "Ruth Bader Ginsburg") joins the one full name with that surname, unless an honorific says
  // another gender ("Mr. Obama" and Michelle Obama).
  for (let s = lex.knownPeople.length; s < people.length; s++) {
    const single = people[s];
    if (single.keys.length !== 1 || single.mentions.length === 0) continue;
    let full = -1;
    for (const p of byWord.get(single.keys[0]) ?? []) {
      const keys = people[p].keys;
      if (keys.length < 2 || keys[keys.length - 1] !== single.keys[0] || people[p].mentions.length === 0) continue;
      if (full >= 0 && full !== p) {
        full = -2;
        break;
      }
      full = p;
    }
    if (full < 0) continue;
    const target = people[full];
    // Not across genders ("Mr. Obama" and Michelle Obama) or different offices ("former Secretary Clinton" and
    // "President Bill Clinton"). A pronoun after the surname tells too little ("Trump said she should go").
    const other = oppositeOf(lex.nameGender.get(target.keys[0]));
    if (other !== undefined && honorificGender(single) === other) continue;
    if (single.title && target.title && !sameTitle(single.title, target.title)) continue;
    moveMentions(s, full);
    if (!target.title && single.title) {
      target.title = single.title;
      target.official = single.official;
    }
    target.affiliation ??= single.affiliation;
  }

  // A relative first named by a given name ("Ebeling and her husband, Tom,") is the one person later named in full
  // with it ("Tom Ebeling said").
  for (const s of givenOnly) {
    const single = people[s];
    if (single.mentions.length === 0) continue;
    const full = (byWord.get(single.keys[0]) ?? []).filter((p) => p !== s && people[p].keys.length >= 2 && people[p].keys[0] === single.keys[0] && people[p].mentions.length > 0);
    if (full.length !== 1) continue;
    moveMentions(s, full[0]);
  }

  // One bare word that only ever stood beside a cue, never given a full name, title or honorific, is more likely
  // an organization or place no lexicon knows ("Ofgem said", "Shillong said") than a person.
  // A body whose chief executive the text names ("Eskom’s chief executive", "chief executive of Eskom") is no person either.
  const headed = new Set<string>();
  for (const p of people) if (p.affiliation !== null && p.title !== null && p.mentions.length > 0 && corporateTitle(p.title)) headed.add(p.affiliation.toLowerCase());
  for (const id of cueOnly) {
    const p = people[id];
    if (p.keys.length !== 1 || p.title !== null) continue;
    // Kept when an honorific stands before a mention, "he"/"she" follows it in its sentence ("Hollande said
    // Friday as he entered": a person whose full name the text garbled), or a quote ends right before it
    // ("“It was fine,” Keller said": a surname speaking).
    let kept = false;
    for (const m of p.mentions) {
      const u = tokenAt(tokens, m.start);
      if (is(u - 1, W.Honorific) || quoteEndsBefore(u)) kept = true;
      // Up to another person named in between ("Nordhavn's chief executive, Pieter van Aalst, has told investors he …").
      for (let v = u + 1; v < count && v < u + 12 && tokens.sentence[v] === tokens.sentence[u] && !kept && (personAt[v] < 0 || personAt[v] === id); v++) kept = GENDERED_PRONOUNS.has(lowers[wordNo[v]]);
      // Or right after an age or a relative clause in commas ("Mardiana, 41, who sells grilled fish near the gate, said her …").
      const o = agedAt(u + 1) ? u + 3 : u + 1;
      if (!kept && isPunct(o, ',') && (o > u + 1 || tok(o + 1) === 'who')) {
        const w = afterAppositionEnd(o);
        for (let v = w; v < count && v < w + 6 && tokens.sentence[v] === tokens.sentence[u] && !kept && personAt[v] < 0; v++) kept = GENDERED_PRONOUNS.has(lowers[wordNo[v]]);
      }
    }
    if (kept && !headed.has(p.keys[0])) continue;
    for (const m of p.mentions) for (let u = tokenAt(tokens, m.start); u < count && tokens.start[u] < m.end; u++) if (personAt[u] === id) personAt[u] = -1;
    p.mentions.length = 0;
  }
  return { ...compact(tokens, people, personAt), headline };

  /** A closing quote mark among the two tokens before token u (“…,” Keller said; “…” — Keller said). */
  function quoteEndsBefore(u: number): boolean {
    for (let v = u - 1; v >= 0 && v >= u - 2 && tokens.paragraph[v] === tokens.paragraph[u]; v--) if (tokens.kind[v] === TokenKind.Quote) return true;
    return false;
  }

  /** The gender an honorific before any of the person's mentions gives ("Mr. Obama"), if any. */
  function honorificGender(p: PersonRecord): 'm' | 'f' | undefined {
    for (const m of p.mentions) {
      const g = genderBefore(tokenAt(tokens, m.start));
      if (g) return g;
    }
    return undefined;
  }

  /** The gender the honorific right before token t gives ("Mr." → m), if any. */
  function genderBefore(t: number): 'm' | 'f' | undefined {
    return t > 0 ? HONORIFIC_GENDER.get(lowers[wordNo[t - 1]]) : undefined;
  }
}

/** "and", "of": words inside a body's name ("Department of Health and Social Care"). */
const AND_ID = wordId('and');
/** "I'd", "I’m", "I'll", "I’ve": the pronoun I with a verb, never part of a name. */
const I_CONTRACTION_IDS = idTable(["i'd", 'i’d', "i'm", 'i’m', "i'll", 'i’ll', "i've", 'i’ve']);
const MD_ID = wordId('md.');
/** Honorifics only before a given name or a name met before ("Si Brahim"), "Bi" also before two words ("Bi Zawadi Omari"). */
const NAME_BOUND_HONORIFIC_IDS = idTable(['si', 'bi']);
const BI_ID = wordId('bi');
const AL_ID = wordId('al');
const EL_ID = wordId('el');
/** Titles read only in lowercase, as words that are also given names: "the wali of Marrakech-Safi" (not "Wali Khan"). */
const LOWERCASE_TITLE_IDS = idTable(['wali', 'caid', 'qaid']);
/** Words that open a clause inside an apposition. */
const CLAUSE_OPENER_IDS = idTable(['who', 'whose', 'which', 'that', 'whom']);
const AS_ID = wordId('as');
const KNOWN_ID = wordId('known');
const NICKNAMED_ID = wordId('nicknamed');
/** Common nouns for outlets, before an outlet's name: "the state broadcaster Al Iraqiya", "the daily Kommersant". */
const OUTLET_NOUN_IDS = idTable(['broadcaster', 'channel', 'newspaper', 'daily', 'weekly', 'tabloid', 'magazine', 'website', 'agency', 'network', 'station', 'outlet']);
/** Honorifics of two words whose first word may be a name of its own ("Tan" is a surname; "Tan Sri" a title). */
const HONORIFIC_PAIRS = new Set(['tan sri', 'puan sri', 'toh puan', 'datuk seri', 'datuk sri', 'dato seri', 'dato sri', "dato' seri", "dato' sri", 'dato’ seri', 'dato’ sri']);
const HONORIFIC_PAIR_FIRST_IDS = idTable([...HONORIFIC_PAIRS].map((p) => p.slice(0, p.indexOf(' '))));
const AN_ID = wordId('an');
const OF_ID = wordId('of');
const FOR_ID = wordId('for');
const TO_ID = wordId('to');
const THE_ID = wordId('the');
const oppositeOf = (g: 'm' | 'f' | undefined): 'm' | 'f' | undefined => (g === 'm' ? 'f' : g === 'f' ? 'm' : undefined);

/** Scratch for the keys of a run of several words (see `runKeysOf`): reused, only its first n entries count. */
const runKeys: string[] = [];

/** Keys of one-word names by word number, for the word table they were made for (see `oneWordKeys`). */
let keysTable: WordTable | null = null;
let keysByWord: Array<string[] | undefined> = [];
const NO_KEYS: string[] = [];

/**
 * The keys of the one-word name at token `u` (as `runKeysOf` gives a longer run's: its lookup key, unless a
 * suffix, particle or initial), made once per word: the arrays are shared and never changed.
 */
function oneWordKeys(tokens: Tokens, u: number): string[] {
  const { words } = tokens;
  const n = tokens.wordNo[u];
  if (words !== keysTable) {
    keysTable = words;
    keysByWord = new Array<string[] | undefined>(1024).fill(undefined);
  }
  if (n >= keysByWord.length) {
    const grown = new Array<string[] | undefined>(Math.max(n + 1, 2 * keysByWord.length)).fill(undefined);
    for (let i = 0; i < keysByWord.length; i++) grown[i] = keysByWord[i];
    keysByWord = grown;
  }
  let keys = keysByWord[n];
  if (keys === undefined) {
    const w = words.key[n];
    keys = isNoNameKey(w) ? NO_KEYS : [w];
    keysByWord[n] = keys;
  }
  return keys;
}

/** The keys of a two-word name and the key it is looked up by (the keys joined by a space). */
interface PairKeys {
  keys: string[];
  joined: string;
}

/** Keys of two-word names by their word numbers, first then second, for the word table they were made for (see `pairKeys`). */
let pairsTable: WordTable | null = null;
let keysByPair = new Map<number, Map<number, PairKeys>>();
let pairsKept = 0;
/** Pairs kept at most (then the cache starts again), so that a long session's vocabulary does not pile up. */
const MAX_PAIRS = 100_000;

/**
 * The keys of the two-word name at tokens u and u + 1, made by `make` (as `runKeysOf` gives them) once per
 * pair of words: "Donald Trump" is met hundreds of times in a long text, and building and hashing its key
 * string each time was a fifth of the people pass's allocation. The objects are shared and never changed.
 */
function pairKeys(tokens: Tokens, u: number, make: (u: number) => string[]): PairKeys {
  const { words, wordNo } = tokens;
  if (words !== pairsTable || pairsKept >= MAX_PAIRS) {
    pairsTable = words;
    keysByPair = new Map();
    pairsKept = 0;
  }
  let seconds = keysByPair.get(wordNo[u]);
  if (seconds === undefined) keysByPair.set(wordNo[u], (seconds = new Map()));
  let pair = seconds.get(wordNo[u + 1]);
  if (pair === undefined) {
    const keys = make(u);
    pair = { keys, joined: keys.join(' ') };
    seconds.set(wordNo[u + 1], pair);
    pairsKept++;
  }
  return pair;
}

const byStart = (x: PersonMention, y: PersonMention) => x.start - y.start;

/** Drops people with no mention (known people never named) and sorts mentions. */
function compact(tokens: Tokens, people: PersonRecord[], personAt: Int32Array): Omit<PeopleResult, 'headline'> {
  const map = new Int32Array(people.length).fill(-1);
  const kept: PersonRecord[] = [];
  // Re-derive each mention's owner from personAt: a token claimed twice keeps its last owner.
  for (let p = 0; p < people.length; p++) {
    // In place: a filter per person made a new array, and V8 reserves room in each (about 0.45 MB per 1 MB of text).
    const mentions = people[p].mentions;
    let n = 0;
    for (let i = 0; i < mentions.length; i++) if (personAt[tokenAt(tokens, mentions[i].start)] === p) mentions[n++] = mentions[i];
    mentions.length = n;
    if (n === 0) continue;
    sortInPlace(mentions, byStart);
    map[p] = kept.length;
    kept.push(people[p]);
  }
  // Order people by first mention.
  const order = kept.map((_, i) => i).sort((x, y) => kept[x].mentions[0].start - kept[y].mentions[0].start);
  const rank = new Int32Array(kept.length);
  order.forEach((old, i) => (rank[old] = i));
  for (let u = 0; u < personAt.length; u++) if (personAt[u] >= 0) personAt[u] = map[personAt[u]] >= 0 ? rank[map[personAt[u]]] : -1;
  return { people: order.map((i) => kept[i]), personAt };
}

/** Patterns of the role reader, made once (a regular expression literal makes a new object each time it runs). */
const WHITE_SPACE = /\s+/;
const RETIRED = /\bretired\b/i;
const FORMER = /^(?:a |an |the )?(?:former|ex-)/i;

/** A capital opening a capitalized word ("Deputy"); made once (the bundler turns a `\p{…}` literal into `new RegExp`). */
const CAPITAL_BEFORE_LOWER = /^\p{Lu}(?=\p{Ll})/u;

const ARTICLES = new Set(['the', 'a', 'an']);
/** Plural titles before names, by their singular ("Senators Mitch McConnell and Chuck Schumer"). */
const PLURAL_TITLES = new Map([
  ['senators', 'senator'], ['sens.', 'sen.'], ['reps.', 'rep.'], ['representatives', 'representative'], ['governors', 'governor'],
  ['govs.', 'gov.'], ['presidents', 'president'], ['ministers', 'minister'], ['justices', 'justice'], ['mayors', 'mayor'],
]);
/** How many tokens either side of a headline's name `headlineNameEnd` reads for the names the article writes. */
const HEADLINE_BODY_REACH = 2000;
/** How many of a word's places in the article `lookUpAround` reads for the word after it. */
const HEADLINE_PAIR_LOOKS = 64;
/** Tokens `headlineNameEnd` reads around headlines before it makes an index instead (or the text's tokens, if more). */
const HEADLINE_SCAN_BUDGET = 65536;
/**
 * Words after a title in a Title Case headline that open no name ("CNN President On Trump: …", "Federal Judge Just
 * Gave …"); other function words may be given names ("Sen. Will Hurd", "Do Kwon").
 */
const HEADLINE_NON_NAMES = new Set(['on', 'in', 'at', 'to', 'for', 'of', 'about', 'over', 'after', 'before', 'with', 'from', 'by', 'into', 'against', 'just', 'now', 'still', 'also', 'again', 'not', 'the', 'a']);
/** A person's possessive determiners: "her chief of staff, Thomas Bélanger,". */
const PERSONAL_POSSESSIVES = new Set(['her', 'his', 'our', 'my', 'your']);
/** Nouns that follow a title word in the name of a thing, never one-word names: "Executive Order", "Executive Session", "Head Start" (not "sessions": Jeff Sessions). */
const TITLED_THINGS = new Set(['order', 'orders', 'session', 'start']);
/** Words that may follow a title in its phrase: "official in charge of", "official with the agency". */
const PREPOSITIONS_AFTER_TITLE = new Set(['of', 'for', 'at', 'in', 'with', 'to', 'on', 'from', 'and', 'who', 'whose', 'responsible', 'familiar', 'close']);
/** Sides and standings before "member of": "an opposition member of parliament", "a senior member of the committee". */
const SIDES = new Set(['opposition', 'ruling', 'governing', 'senior', 'longtime', 'long-time', 'veteran', 'junior', 'independent', 'coalition', 'backbench']);
/** Possessive determiners, which open an apposition before a name ("its chief executive, X,"). */
const POSSESSIVE_DETERMINERS = new Set([...PERSONAL_POSSESSIVES, 'their', 'its']);
/** A party and state after a legislator's name: "R-Ky.", "D-Mass.", "I-Vt.". */
const PARTY_STATE = /^[rdi]-[a-z]/;
/** A party's initials and a seat as written after a legislator's name: "PN-Kuala", "SNP-Fife" (one letter: PARTY_STATE). */
const PARTY_TAG = /^[A-Z]{2,4}-[A-Z][a-z]/;
/** The gender an honorific before a surname gives ("Mr. Obama", "Mrs. Clinton"). */
const HONORIFIC_GENDER = new Map<string, 'm' | 'f'>([
  ['mr.', 'm'], ['mr', 'm'], ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'],
]);
/** Honorifics that give a run its title ("Dr. X") but yield it to an office in apposition ("Dr. X, the WHO regional director,"). */
const ACADEMIC_HONORIFICS = new Set(['dr.', 'dr', 'prof.', 'prof', 'professor', 'doctor']);
/** Words between a possessive and a relative: "his late wife", "her eldest daughter". */
const KIN_MODIFIERS = new Set(['late', 'eldest', 'oldest', 'youngest', 'elder', 'older', 'younger', 'own', 'only', 'former', 'new', 'adult', 'teenage', 'adopted']);
const PREPOSITIONS_BEFORE = new Set(['of', 'in', 'at', 'from', 'for', 'to', 'with', 'near', 'by']);
/** Words that open an apposition or a relative clause after a name. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose']);
const GENDERED_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
/** Prepositions of place: the single capitalized word after one is a place, not a person ("an aide in Guwahati said"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);
/** Kinds of place named after "of": "the town of Bato", "the province of Cotabato". */
const PLACE_KIND_IDS = idTable(new Set(['town', 'city', 'village', 'province', 'district', 'municipality', 'county', 'state', 'region', 'island', 'port', 'barangay', 'borough', 'township', 'parish', 'prefecture', 'governorate', 'emirate', 'kingdom', 'republic']));
/** Heads of an affiliation that make a post commercial, not official: "a spokesman for the company". */
const COMMERCIAL = new Set([
  'company', 'companies', 'firm', 'corporation', 'corp.', 'inc.', 'developer', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'airline',
  'insurer', 'lender', 'startup', 'start-up', 'conglomerate', 'brand', 'chain', 'supplier', 'producer', 'operator', 'publisher', 'studio',
  'motors', 'industries', 'holdings', 'inc', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'ag', 'systems', 'technologies', 'ventures', 'enterprises',
  'pharmaceuticals', 'airways', 'airlines', 'labs', 'studios', 'economics', 'electronics', 'chemical', 'chemicals', 'semiconductor',
  'semiconductors', 'automotive', 'aerospace', 'telecom', 'therapeutics', 'biotech', 'insurance', 'securities', 'bancorp',
]);

/** A word in capitals, as an acronym ("NLC", "TUC", "WHO"). */
const ALL_CAPS_WORD = /^[A-Z][A-Z0-9&-]{1,9}$/;
/** Capitalized words that end a company's name: "Daeseong Group", "Acme Corp.", "Nordhavn Holdings". */
const COMPANY_HEAD_IDS = idTable(['group', 'corp.', 'corp', 'corporation', 'inc.', 'inc', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'holdings', 'industries', 'motors', 'electronics', 'conglomerate']);

/** Head words of private research and advisory firms: "Harborview Energy Research", "Kestrel Capital Partners". */
const FIRMS = new Set([
  'research', 'consulting', 'consultancy', 'consultants', 'partners', 'capital', 'advisors', 'advisers', 'advisory', 'analytics', 'associates',
  'investments', 'strategies',
]);

/** Verbs of a share price's move: "with Stella Chemifa gaining 3.1%" (a company, not a person). */
const STOCK_MOVES = new Set([
  'gaining', 'gained', 'gains', 'rising', 'rose', 'rises', 'falling', 'fell', 'falls', 'losing', 'lost', 'loses', 'jumped', 'jumping', 'jumps',
  'dropped', 'dropping', 'drops', 'slid', 'sliding', 'slides', 'climbed', 'climbing', 'climbs', 'surged', 'surging', 'surges', 'tumbled',
  'tumbling', 'tumbles', 'slumped', 'slumping', 'plunged', 'plunging', 'soared', 'soaring', 'sank', 'sinking', 'advanced', 'advancing',
  'declined', 'declining', 'added', 'adding', 'shed', 'shedding', 'slipped', 'slipping', 'rallied', 'rallying', 'eased', 'easing', 'dipped',
]);
const STOCK_MOVE_IDS = idTable(STOCK_MOVES);
/** Words that make a sentence about a market: "with X gaining 3.1%" there is a share price. */
const MARKET_WORD_IDS = idTable(['shares', 'share', 'stock', 'stocks', 'index', 'indices', 'exchange', 'market', 'markets', 'trading', 'traded', 'nikkei', 'kospi', 'nasdaq', 'dow', 'ftse', 'dax', 'bourse', 'equities', 'sector', 'chipmakers', 'investors']);
/** A share price's change after its verb: " 3.1%", " as much as 12 percent". */
const PRICE_CHANGE = /^\s+(?:as much as |nearly |almost |about |around |more than |over |some |by )?\$?\d[\d.,]*\s?(?:%|percent\b|per cent\b|pc\b)/;

/** Last words of a minister's portfolio ("Home Affairs", "Foreign Affairs", "Information", "Security"). */
const PORTFOLIO_ENDS = new Set([
  'food', 'supply', 'supplies', 'affairs', 'security', 'defence', 'defense', 'health', 'information', 'justice', 'finance', 'trade', 'industry',
  'interior', 'education', 'energy', 'transport', 'agriculture', 'environment', 'planning', 'development', 'housing',
  'labour', 'labor', 'police', 'works', 'communications', 'employment', 'tourism', 'culture', 'sport', 'sports',
  'youth', 'women', 'infrastructure', 'resources', 'technology', 'innovation', 'fisheries', 'forestry', 'mines',
  'mining', 'arts', 'science', 'heritage', 'welfare', 'aviation', 'petroleum', 'power', 'water', 'commerce',
  'investment', 'economy', 'lands', 'telecommunications', 'immigration', 'livestock', 'irrigation', 'transportation',
  'equality', 'integration', 'reconstruction', 'sanitation', 'cooperatives', 'manpower', 'migration',
]);

/** Board seats: an office at a public body ("European Central Bank Executive Board member"), not at a company. */
const BOARD_TITLES = new Set(['board member', 'executive board member', 'governing council member', 'board director', 'non-executive director']);
/** Words that make a bank a public one. */
const PUBLIC_BANKS = new Set(['central', 'national', 'reserve', 'federal', 'development', 'investment', 'world', 'people’s', "people's"]);
/** One word of capitals and digits: a party or body by its initials ("VVD", "D66"). */
const ACRONYM_ONLY = /^[A-Z][A-Z0-9-]+$/;
/** A group's own body, named after its members: "the farmers’ organisation", "the employers' association". */
const INTEREST_GROUP = /(?:^|\s)(?:\p{Ll}+s['’] (?:organi[sz]ation|association|federation|lobby|group|union)|\p{Lu}\p{Ll}*s['’] (?:Organi[sz]ation|Association|Federation|Union))\b/u;
/** A union written as a common noun inside an affiliation, after a possessive or an acronym: "the fishermen’s union in Joal". */
const UNION_INSIDE = /(?:['’]s|s['’]|\b[A-Z]{2,}) union\b/;
/** Words that describe a private body by its politics: "the conservative Heritage Foundation". */
const POLITICAL_LEANS = new Set(['progressive', 'conservative', 'liberal', 'libertarian', 'left-leaning', 'right-leaning', 'nonpartisan', 'non-partisan', 'free-market', 'centrist', 'left-wing', 'right-wing']);
/** An Arabic article joined to a surname: "el-Sherbiny", "al-Sabah", "ash-Shaibani". */
const ARABIC_ARTICLE = /^(?:al|el|ad|ed|as|ash|at|az|an|ar)[-\u2010\u2011'\u2019](?=\p{L})/u;

/** The surname key without its Arabic article ("el-sherbiny" → "sherbiny"), or the key. */
function withoutArticle(key: string): string {
  return key.length > 4 && ARABIC_ARTICLE.test(key) ? key.replace(ARABIC_ARTICLE, '') : key;
}

/** Irish patronymic particles, after which "an" stays in the name ("Nic an tSaoir", "Mac an Bhaird"). */
const IRISH_PATRONYMICS = new Set(['nic', 'ní', 'ni', 'mac', 'mhic', 'ó', 'o', 'uí', 'ui']);
/** Office words that, alone before a noun, only modify it: "chief strategist", "general manager". */
const MODIFYING_TITLES = new Set(['chief', 'general']);
/** Titles of corporate posts (as the title lexicon writes them): offices only at a public body. */
const CORPORATE_TITLES = new Set(['chief executive', 'chief executive officer', 'ceo', 'chief operating officer', 'coo', 'chief financial officer', 'cfo']);

/** A corporate post, also with a modifier before it ("deputy chief executive", "acting CEO"). */
function corporateTitle(title: string): boolean {
  if (CORPORATE_TITLES.has(title)) return true;
  const space = title.indexOf(' ');
  return space > 0 && CORPORATE_TITLES.has(title.slice(space + 1));
}

/** ", who heads the …": verbs of leading a body. */
const LEADS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'directs', 'directed', 'commands', 'commanded']);
/** Nouns that make the body led a public one ("who heads the central bank", not "who runs a bakery"). */
const PUBLIC_BODIES = new Set([
  'ministry', 'department', 'agency', 'bank', 'committee', 'commission', 'council', 'police', 'army', 'military', 'navy', 'brigade', 'battalion',
  'regiment', 'command', 'forces', 'party', 'parliament', 'senate', 'assembly', 'congress', 'government', 'administration',
  'authority', 'bureau', 'court', 'prosecutor', 'delegation', 'caucus', 'cabinet', 'municipality', 'province', 'region',
  'state', 'county', 'city', 'embassy', 'mission', 'directorate', 'inspectorate', 'regulator', 'secretariat', 'nhs', 'office', 'service',
  'u.n.', 'un', 'ombudsman', 'tribunal',
]);
const PUBLIC_BODY_IDS = idTable(PUBLIC_BODIES);

/** Police ranks abbreviated in capitals (South Asian and Nigerian style), before a given name and surname. */
const POLICE_RANKS = new Set(['SP', 'ASP', 'DSP', 'CSP', 'SSP', 'ACP', 'DCP', 'CP', 'AIG', 'DIG', 'IGP']);
/** Ranks that yield the title to an office in apposition before them. */
const RANK_TITLES = new Set([...[...POLICE_RANKS].map((r) => r.toLowerCase()), 'supt.', 'supt', 'insp.', 'insp', 'sgt.', 'sgt', 'det.', 'cmdr.']);

/** Head words of a public body's name (no places: "New York City", "Pennsylvania State University"). */
const NAMED_PUBLIC_BODY_IDS = idTable([
  'ministry', 'department', 'agency', 'commission', 'council', 'authority', 'bureau', 'office', 'administration', 'court', 'committee',
  'parliament', 'senate', 'assembly', 'congress', 'government', 'directorate', 'inspectorate', 'regulator', 'secretariat', 'service',
  'tribunal', 'embassy', 'police', 'army', 'navy', 'party', 'u.n.', 'un', 'nations',
]);

/** The word tests of the people pass, as bits of `peopleFlags`. */
const enum W {
  Honorific = 1 << 0,
  NameSuffix = 1 << 1,
  NameParticle = 1 << 2,
  Function = 1 << 3,
  TitleModifier = 1 << 4,
  Ordinal = 1 << 5,
  ClauseBreaker = 1 << 6,
  PronounOrVerb = 1 << 7,
  MonthOrDay = 1 << 8,
  OrgHead = 1 << 9,
  PlaceHead = 1 << 10,
  PlaceFirst = 1 << 11,
  FirstName = 1 << 12,
  VagueGroupHead = 1 << 13,
  AnonymousHead = 1 << 14,
  RoleNoun = 1 << 15,
  Verb = 1 << 16,
  /** A one-word metonym ("Kremlin"). */
  MetonymWord = 1 << 17,
  /** A plural common noun that ends like one for people ("Residents", "Lists"; see endsLikePeopleNoun). */
  PluralPersonNoun = 1 << 18,
  /** A demonym as written ("Israeli"). */
  Nationality = 1 << 19,
  Acronym = 1 << 20,
  Possessive = 1 << 21,
  /** Not a key of a name: a generational suffix, a particle or an initial ("jr.", "von", "j."). */
  NoNameKey = 1 << 22,
  /** "the", "a", "an". */
  Article = 1 << 23,
  /** "Tory", "Democrat": a party's member. */
  PartyMember = 1 << 24,
}

/** The people pass's word tests for `lex`, in the order of the bits of `W`. */
const peopleFlags = flagsPerLexicon((lex: Lexicon): WordTest[] => [
  lowerIn(lex.honorifics),
  lowerIn(NAME_SUFFIXES),
  lowerIn(NAME_PARTICLES),
  lowerIn(FUNCTION_WORDS),
  lowerIn(TITLE_MODIFIERS),
  lowerIn(ORDINALS),
  // "the WHO regional director": an organisation's acronym is no relative pronoun.
  (words, n) => CLAUSE_BREAKERS.has(words.lower[n]) && !isAcronym(words.surface[n]),
  lowerIn(PRONOUN_OR_VERB),
  lowerIn(MONTHS_AND_DAYS),
  lowerIn(lex.orgHeads),
  lowerIn(lex.placeHeads),
  lowerIn(lex.placeFirsts),
  lowerIn(lex.firstNames),
  lowerIn(lex.vagueGroupHeads),
  lowerIn(lex.anonymousHeads),
  lowerIn(lex.roleNouns),
  lowerIn(lex.verbs),
  (words, n) => lex.metonyms.hasWord(words.lower[n]),
  (words, n) => endsLikePeopleNoun(words.lower[n]),
  surfaceIn(lex.nationalities),
  (words, n) => isAcronym(words.surface[n]),
  (words, n) => isPossessive(words.surface[n]),
  (words, n) => isNoNameKey(words.lower[n]),
  lowerIn(ARTICLES),
  lowerIn(PARTY_MEMBERS),
]);

/** A word (lowercase) that is no key of a name: empty, a generational suffix, a particle or an initial. */
function isNoNameKey(w: string): boolean {
  return !w || NAME_SUFFIXES.has(w) || NAME_PARTICLES.has(w) || (w.length === 2 && w.charCodeAt(1) === 46);
}
const PRONOUN_OR_VERB = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'met', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'by']);

/** "NATO", "FBI": two or more capitals and no lowercase (Roman numerals and "U.S."-style abbreviations aside). */
export function isAcronym(w: string): boolean {
  if (w.length < 2 || w.charCodeAt(w.length - 1) === 46) return false;
  // A plural acronym: "MPs", "MEPs".
  const n = w.length >= 3 && w.charCodeAt(w.length - 1) === 115 ? w.length - 1 : w.length;
  let roman = true;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127 && w[i] !== w[i].toUpperCase()) return false;
    if (c !== 73 && c !== 86 && c !== 88) roman = false;
  }
  return !roman;
}

export function nameKeys(name: string): string[] {
  return withoutPossessive(name)
    .split(/\s+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w && !NAME_SUFFIXES.has(w) && !/^[a-z]\.$/.test(w) && !NAME_PARTICLES.has(w));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function sameLine(tokens: Tokens, u: number): boolean {
  return u <= 0 || u >= tokens.count || tokens.lineBreak[u] === 0;
}

/** `s` with its capitalized words lowercased and its acronyms kept ("Trade and EU Affairs" → "trade and EU affairs"). */
function lowerWords(s: string): string {
  return s.replace(/\S+/g, (w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
}

/** Paragraphs written in Title Case (headlines), where capitalization says little about names. */
function headlineParagraphs(tokens: Tokens): boolean[] {
  const n = tokens.paragraphEnd.length;
  const words = new Int32Array(n);
  const caps = new Int32Array(n);
  for (let u = 0; u < tokens.count; u++) {
    if (tokens.kind[u] !== TokenKind.Word) continue;
    const p = tokens.paragraph[u];
    words[p]++;
    if (isCapWord(tokens, u)) caps[p]++;
  }
  const out: boolean[] = new Array(n);
  let u = 0;
  for (let p = 0; p < n; p++) {
    out[p] = (words[p] >= 3 && caps[p] * 10 >= words[p] * 7) || (words[p] > 0 && words[p] <= 2 && caps[p] === words[p]);
    if (!out[p] || words[p] <= 2) continue;
    // Lowercase words that Title Case would have capitalized: "The senators are Joe Manchin, Bob Casey and Joe
    // Donnelly." is a sentence listing names, "Sen. Ted Cruz Visits Iowa Farm" a headline.
    while (u < tokens.count && tokens.paragraph[u] < p) u++;
    let major = 0;
    for (; u < tokens.count && tokens.paragraph[u] === p; u++) {
      if (tokens.kind[u] === TokenKind.Word && !isCapWord(tokens, u) && TITLE_CASE_MINOR_IDS[tokens.lowerId[u]] !== 1 && !isDigitCode(tokens.text.charCodeAt(tokens.start[u]))) major++;
    }
    out[p] = major * 10 < words[p];
  }
  return out;
}

/**
 * Words Title Case leaves in lowercase: articles, conjunctions, short prepositions, "to", "vs.", and the forms of "be"
 * that headline writers often leave so ("Maher Tells Guest Muslim Violence is Beyond Compare").
 */
const TITLE_CASE_MINOR_IDS = idTable([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs',
  'vs.', 'v.', 'with', 'from', 'into', 'onto', 'over', 'than', 'amid', 'after', 'out', 'near', 'upon', 'is', 'are', 'was', 'were', 'be',
]);

/** Multi-word names of non-governmental bodies, per lexicon ("kenya red cross"). */
const multiWordNgos = new WeakMap<Lexicon, string[]>();

/** Whether an affiliation names a non-governmental body: whole, by one of its words, or containing a known name. */
function nonGovernmentalName(affiliation: string, lex: Lexicon): boolean {
  // "the CGT union", "the teachers’ union", "the fishermen’s union in Joal": a union written as a common noun is a trade
  // union (not the European Union).
  if (affiliation.endsWith(' union') || UNION_INSIDE.test(affiliation)) return true;
  const l = affiliation.toLowerCase();
  // "the progressive Economic Policy Institute": a body described by its politics, in lowercase, is a think tank or an
  // advocacy group (not "Liberal Democrats" or "Conservative Party", nor a party by its initials: "the liberal VVD").
  const space = affiliation.indexOf(' ');
  if (space > 0 && POLITICAL_LEANS.has(affiliation.slice(0, space)) && !ACRONYM_ONLY.test(affiliation.slice(space + 1))) return true;
  // "the farmers’ organisation LTO Nederland", "the employers’ association": a group's body speaks for its members.
  if (INTEREST_GROUP.test(affiliation)) return true;
  if (lex.nonGovernmental.has(l)) return true;
  for (const w of l.split(WHITE_SPACE)) if (lex.nonGovernmental.has(w)) return true;
  let names = multiWordNgos.get(lex);
  if (names === undefined) multiWordNgos.set(lex, (names = [...lex.nonGovernmental].filter((n) => n.indexOf(' ') > 0)));
  // "the Kenya Red Cross": a known name inside the affiliation.
  for (const n of names) if (l.includes(n)) return true;
  return false;
}
