/**
 * The engine's lexicons: built from the JSON data files in `lexicon/` and extended
 * by the caller's options. Built once and cached.
 */
import reportingVerbs from './lexicon/reporting-verbs.json';
import titlesData from './lexicon/titles.json';
import nationalitiesData from './lexicon/nationalities.json';
import placesData from './lexicon/places.json';
import organizationsData from './lexicon/organizations.json';
import firstNamesData from './lexicon/first-names.json';
import anonymityData from './lexicon/anonymity.json';
import { PhraseTrie, phraseKeys } from './phrases';
import { idTable } from './words';
import type { LexiconExtension } from './types';

export interface TitleInfo {
  title: string;
  official: boolean;
}

export interface KnownPerson {
  name: string;
  title: string | null;
  affiliation: string | null;
  official: boolean;
}

export interface Lexicon {
  /** Inflected reporting verb (lowercase) → base form. */
  verbs: Map<string, string>;
  titles: PhraseTrie<TitleInfo>;
  honorifics: Set<string>;
  roleNouns: Set<string>;
  /** Demonym as written (`Israeli`) → country (`Israel`). */
  nationalities: Map<string, string>;
  /** The demonyms' lowercase forms by id: a token whose `lowerId` is not here is no demonym. */
  nationalityIds: Uint8Array;
  places: PhraseTrie<string>;
  /** Last words that make a capitalized phrase a place or thing ("Passaic River", "Mutual Defense Treaty"). */
  placeHeads: Set<string>;
  /** First words that open place names ("Santa Catarina", "Second World War"). */
  placeFirsts: Set<string>;
  media: PhraseTrie<string>;
  organizations: PhraseTrie<string>;
  orgHeads: Set<string>;
  /** Non-governmental bodies (lowercase names, and head words such as "university"): their posts are no public office. */
  nonGovernmental: Set<string>;
  metonyms: PhraseTrie<string>;
  firstNames: GivenNames;
  /** Lowercase given name → 'f' or 'm', where the name is overwhelmingly used for one gender. */
  nameGender: GivenNameGenders;
  anonymousHeads: Set<string>;
  anonymousModifiers: Set<string>;
  anonymityPhrases: PhraseTrie<string>;
  vaguePhrases: PhraseTrie<string>;
  vagueGroupHeads: Set<string>;
  knownPeople: KnownPerson[];
  ignoredNames: PhraseTrie<string>;
}

function trie(list: Iterable<string>): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  for (const p of list) t.add(p, p);
  return t;
}

const lowerSet = (list: Iterable<string>) => new Set([...list].map((s) => s.toLowerCase()));

/** Combining marks, which folding drops after NFD ("antônio" → "antonio"). */
const MARKS = /[\u0300-\u036f]/g;

/**
 * True when `s` has a Latin letter with a diacritic (À to ɏ), which folding may match: asked of every word a name
 * lookup misses, so a plain loop (a curly apostrophe, "Trump’s", is no such letter).
 */
function hasLatinDiacritic(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x24f) return true;
  }
  return false;
}

/** Given names: `has` also knows a name written with diacritics the list spells without ("Antônio", "Luíza"). */
export interface GivenNames {
  has(name: string): boolean;
}
/** Given names' genders, found for a name written with diacritics too. */
export interface GivenNameGenders {
  get(name: string): 'f' | 'm' | undefined;
}

/** `name` folded when it has a Latin letter with a diacritic, else null (folded forms kept: few words have them). */
const foldedNames = new Map<string, string>();
function foldedName(name: string): string | null {
  if (!hasLatinDiacritic(name)) return null;
  let f = foldedNames.get(name);
  if (f === undefined) {
    f = name.normalize('NFD').replace(MARKS, '');
    if (foldedNames.size < 4096) foldedNames.set(name, f);
  }
  return f;
}

function givenNames(names: Set<string>): GivenNames {
  return {
    has(name: string): boolean {
      if (names.has(name)) return true;
      const f = foldedName(name);
      return f !== null && names.has(f);
    },
  };
}

function givenNameGenders(genders: Map<string, 'f' | 'm'>): GivenNameGenders {
  return {
    get(name: string): 'f' | 'm' | undefined {
      const g = genders.get(name);
      if (g !== undefined) return g;
      const f = foldedName(name);
      return f === null ? undefined : genders.get(f);
    },
  };
}

function build(ext: LexiconExtension = {}): Lexicon {
  const verbs = new Map<string, string>(Object.entries(reportingVerbs.verbs as Record<string, string>));
  for (const v of ext.reportingVerbs ?? []) {
    const w = v.trim().toLowerCase();
    if (w) verbs.set(w, w);
  }
  const titles = new PhraseTrie<TitleInfo>();
  for (const text of titlesData.officialTitles) titles.add(text, { title: text, official: true });
  for (const text of titlesData.otherTitles) titles.add(text, { title: text, official: false });
  for (const t of ext.titles ?? []) {
    const text = typeof t === 'string' ? t : t.text;
    const official = typeof t === 'string' ? true : t.official ?? true;
    if (text.trim()) titles.add(text.toLowerCase(), { title: text.toLowerCase(), official });
  }
  const nationalities = new Map<string, string>(Object.entries(nationalitiesData as Record<string, string>));
  for (const [k, v] of Object.entries(ext.nationalities ?? {})) nationalities.set(k, v);
  const media = trie(organizationsData.media);
  for (const m of ext.media ?? []) media.add(m, m);
  const organizations = trie(organizationsData.organizations);
  for (const o of ext.organizations ?? []) organizations.add(o, o);
  const anonymityPhrases = trie(anonymityData.anonymousPhrases);
  for (const p of ext.anonymityPhrases ?? []) anonymityPhrases.add(p, p);
  const vaguePhrases = trie(anonymityData.vaguePhrases);
  for (const p of ext.vaguePhrases ?? []) vaguePhrases.add(p, p);
  const knownPeople: KnownPerson[] = (ext.knownPeople ?? [])
    .filter((p) => p && typeof p.name === 'string' && phraseKeys(p.name).length > 0)
    .map((p) => ({ name: p.name.trim(), title: p.title ?? null, affiliation: p.affiliation ?? null, official: p.official ?? !!p.title }));
  return {
    verbs,
    titles,
    honorifics: lowerSet(titlesData.honorifics),
    roleNouns: lowerSet(titlesData.roleNouns),
    nationalities,
    nationalityIds: idTable([...nationalities.keys()].map((k) => k.toLowerCase())),
    places: trie(placesData.places),
    placeHeads: lowerSet(placesData.placeHeadWords),
    placeFirsts: lowerSet(placesData.placeFirstWords),
    media,
    organizations,
    orgHeads: lowerSet(organizationsData.orgHeadWords),
    nonGovernmental: lowerSet(organizationsData.nonGovernmental),
    metonyms: trie(organizationsData.metonyms),
    firstNames: givenNames(lowerSet(firstNamesData.names)),
    nameGender: genderMap(firstNamesData as { female?: string[]; male?: string[] }),
    anonymousHeads: lowerSet(anonymityData.anonymousHeads),
    anonymousModifiers: lowerSet(anonymityData.anonymousModifiers),
    anonymityPhrases,
    vaguePhrases,
    vagueGroupHeads: lowerSet(anonymityData.vagueGroupHeads),
    knownPeople,
    ignoredNames: trie(ext.ignoredNames ?? []),
  };
}

function genderMap(data: { female?: string[]; male?: string[] }): GivenNameGenders {
  const m = new Map<string, 'f' | 'm'>();
  for (const n of data.female ?? []) m.set(n.toLowerCase(), 'f');
  for (const n of data.male ?? []) m.set(n.toLowerCase(), 'm');
  return givenNameGenders(m);
}

let defaultLexicon: Lexicon | undefined;
const extended = new WeakMap<LexiconExtension, Lexicon>();

/** The lexicon for these options: the built-in one, or the built-in one plus the extension. */
export function getLexicon(ext?: LexiconExtension): Lexicon {
  if (!ext) return (defaultLexicon ??= build());
  let lex = extended.get(ext);
  if (!lex) {
    lex = build(ext);
    extended.set(ext, lex);
  }
  return lex;
}
