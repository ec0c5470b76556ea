/** Small closed-class word lists the engine's rules rely on (lowercase). */
import { idLimit, wordId, type Tokens } from './text';

/**
 * A word list as a table indexed by registered word id (`Tokens.lowerId`): membership of a
 * token is one array read, `table[tokens.lowerId[u]] === 1`.
 */
export function idTable(words: Iterable<string>): Uint8Array {
  const ids = [...words].map(wordId);
  const table = new Uint8Array(idLimit());
  for (const id of ids) table[id] = 1;
  return table;
}

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'most', 'few', 'other', 'both', 'each', 'every', 'no', 'any',
  'such', 'same', 'dozens', 'numerous', 'multiple', 'various', 'all',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * Family and partners, each with the gender its noun gives a name in apposition after it ("his wife, Miriam,"),
 * or none. "The nominee’s eldest daughter" is no office; "her husband, Tom," is a man.
 */
export const KIN_NOUNS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map<string, 'm' | 'f' | undefined>([
  ['wife', 'f'], ['husband', 'm'], ['daughter', 'f'], ['son', 'm'], ['mother', 'f'], ['father', 'm'], ['sister', 'f'], ['brother', 'm'],
  ['widow', 'f'], ['widower', 'm'], ['niece', 'f'], ['nephew', 'm'], ['aunt', 'f'], ['uncle', 'm'], ['granddaughter', 'f'], ['grandson', 'm'],
  ['grandmother', 'f'], ['grandfather', 'm'], ['girlfriend', 'f'], ['boyfriend', 'm'], ['stepdaughter', 'f'], ['stepson', 'm'],
  ['daughter-in-law', 'f'], ['son-in-law', 'm'], ['mother-in-law', 'f'], ['father-in-law', 'm'], ['sister-in-law', 'f'], ['brother-in-law', 'm'],
  ['ex-wife', 'f'], ['ex-husband', 'm'], ['fiancée', 'f'], ['fiancee', 'f'], ['fiancé', 'm'],
  ['fiance', undefined], ['cousin', undefined], ['partner', undefined], ['child', undefined], ['spouse', undefined], ['sibling', undefined], ['twin', undefined],
]);

/** Pronouns that can be a reporting verb's object: "told him". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Words that may sit between a subject and its reporting verb: "Lapid later said", "she has said". */
export const VERB_MODIFIERS = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'once', 'previously', 'recently', 'repeatedly', 'earlier', 'separately', 'further', 'simply',
  'quickly', 'flatly', 'bluntly', 'reportedly', 'would', 'will', 'could', 'may', 'might', 'never', 'often', 'frequently', 'publicly', 'privately',
  'again', 'still', 'even', 'only', 'just', 'already', 'subsequently', 'immediately', 'finally', 'openly', 'angrily', 'calmly', 'firmly', 'softly',
  'quietly', 'loudly', 'jokingly', 'sarcastically', 'emphatically', 'succinctly', 'tersely', 'curtly', 'proudly', 'candidly', 'frankly',
  'defiantly', 'explicitly', 'specifically', 'directly', 'famously', 'memorably', 'pointedly', 'shortly', 'first', 'last', 'told', 'did', 'does',
  'not', "didn't", 'didn’t', 'was', 'is', 'were', 'are', 'be', 'been', 'being', 'can', 'should', 'must', 'yesterday', 'today',
  'tonight', 'now', 'afterward', 'afterwards', 'continued',
  // Negated auxiliaries, with either apostrophe: "he hasn’t spoken", "she doesn't say".
  ...['has', 'have', 'had', 'does', 'do', 'was', 'is', 'were', 'are', 'could', 'would', 'should', 'wo', 'ca'].flatMap((w) => [`${w}n't`, `${w}n’t`]),
]);

/** Adjectives before "to" and a reporting verb: "was careful to add", "were quick to point out". */
const READY_TO = new Set(['careful', 'quick', 'keen', 'eager', 'anxious', 'happy', 'willing', 'ready', 'swift', 'unwilling', 'reluctant']);
const COPULAS = new Set(['was', 'were', 'is', 'are', 'seemed', 'appeared']);

/** Whether token `to` is the "to" of "was careful to", "were quick to": a copula, an adjective of readiness, "to". */
export function readyTo(tokens: Tokens, to: number): boolean {
  const lowers = tokens.words.lower;
  const w = tokens.wordNo;
  return to >= 2 && lowers[w[to]] === 'to' && READY_TO.has(lowers[w[to - 1]]) && COPULAS.has(lowers[w[to - 2]]);
}

/** Capitalized words at the start of a sentence that are not part of a name. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'to', 'by', 'with',
  'from', 'after', 'before', 'since', 'until', 'because', 'although', 'though', 'however', 'meanwhile', 'still', 'this', 'that', 'these',
  'those', 'there', 'here', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'what', 'who',
  'whom', 'which', 'where', 'why', 'how', 'asked', 'speaking', 'according', 'also', 'then', 'now', 'even', 'just', 'not', 'no', 'yes', 'instead',
  'indeed', 'later', 'earlier', 'last', 'next', 'first', 'during', 'under', 'over', 'about', 'against', 'without', 'within', 'between', 'among',
  'into', 'onto', 'upon', 'through', 'across', 'despite', 'like', 'unlike', 'both', 'either', 'neither', 'each', 'every', 'all', 'some', 'many',
  'most', 'more', 'few', 'several', 'any', 'other', 'another', 'such', 'only', 'once', 'twice', 'dear', 'mr', 'thus', 'hence', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'has', 'have', 'had',
  'let', 'please', 'oh', 'well', 'okay', 'ok', 'so-called', 'via', 'per', 'towards', 'toward', 'beyond', 'amid', 'amidst', 'following', 'whether',
  'unless', 'whatever', 'whoever', 'wherever', 'whenever', 'sure', 'thanks', 'thank', 'hello', 'hi', 'watch', 'read', 'see', 'update', 'updated',
  'today', 'yesterday', 'tomorrow', 'tonight', 'alongside', "i've", 'i’ve', "i'm", 'i’m', "i'd", 'i’d', "i'll", 'i’ll', 'others', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'photo', 'video', 'image', 'credit', 'source', 'note', 'editor', 'related', 'advertisement', 'full', 'text', 'abstract', 'click', 'share',
  // Verbs that open a sentence before a titled name ("Enter President Trump.", "Meet Finance Minister X").
  'enter', 'meet', 'imagine', 'remember', 'welcome', 'consider', 'exit', 'cue', 'behold', 'having', 'additional',
  // Counts opening a sentence ("Two Republicans said").
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
  // Pronouns with a contracted verb opening a quote or sentence ("“You’ve called women …”", "They're saying"), and
  // a possessive pronoun standing alone ("Mine told me").
  ...['you', 'we', 'they'].flatMap((w) => ['re', 've', 'll', 'd'].flatMap((v) => [`${w}'${v}`, `${w}’${v}`])),
  'mine', 'yours', 'ours', 'theirs',
]);

/** FUNCTION_WORDS, also with a final period ("However."): by id. */
export const FUNCTION_WORD_IDS = idTable([...FUNCTION_WORDS, ...[...FUNCTION_WORDS].map((w) => w + '.')]);

export const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'christmas', 'easter', 'thanksgiving', 'ramadan', 'passover', 'hanukkah', 'yom', 'kippur', 'eid',
]);

/** Name particles that may stand in lowercase inside a name: "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set([
  'de', 'da', 'del', 'della', 'dela', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'ibn', 'al', 'el', 'abu', 'ben', 'bint', 'la', 'le',
  'y', 'dos', 'das', 'do', 'st.', 'mac', 'zu',
  // Maasai: "Lekishon ole Parsimei".
  'ole',
  // Catalan: "Jordi Puigvert i Soler".
  'i',
]);

export const NAME_PARTICLE_IDS = idTable(NAME_PARTICLES);

/** Generational suffixes that end a name: "Martin Luther King Jr." */
export const NAME_SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** Modifiers that may stand before a title without being part of the lexicon entry. */
export const TITLE_MODIFIERS = new Set([
  'former', 'acting', 'interim', 'then', 'then-', 'outgoing', 'incoming', 'newly', 'elected', 'new', 'longtime', 'long-time', 'veteran', 'top',
  'senior', 'chief', 'current', 'retired', 'late', 'ex', 'de', 'facto', 'deputy', 'assistant', 'associate', 'co', 'vice', 'principal', 'lead',
  'special', 'honorary', 'designated', 'provisional', 'caretaker',
]);

export const CLAUSE_BREAKERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'when', 'if', 'and', 'but', 'or', 'yet', 'nor', 'as', 'after', 'before', 'since', 'although', 'though', 'where']);

/** Nouns of time that end adverbial phrases ("on Tuesday", "hours later"), never a speaker. */
export const TIME_WORDS = new Set([
  'hours', 'hour', 'minutes', 'minute', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'past', 'moment', 'time', 'times',
  'night', 'morning', 'evening', 'afternoon', 'weekend', 'today', 'yesterday', 'tomorrow', 'tonight', 'later', 'earlier', 'ago', 'decade',
  'decades', 'century', 'era', 'season', 'noon', 'midnight',
]);

/** Heads that describe a person: "the gambling tycoon", "a young boy", "the organizer". */
export const PERSON_NOUN = /(?:-year-old|spectator|marcher|onlooker|bystander|attendee|commenter|narrator|designer|user|blogger|introducer|ist|ian|man|woman|men|women|person|people|boy|girl|child|kid|son|daughter|father|mother|wife|husband|tycoon|billionaire|mogul|host|crowd|audience|candidate|nominee|voter|resident|student|veteran|friend|neighbor|neighbour|colleague|critic|expert|chief|head|leader|guy|lady|doctor|teacher|worker|farmer|owner|manager|buyer|seller|dealer|vendor|broker|grower|trader|exporter|importer|merchant|shopkeeper|member|speaker|organizer|organiser|founder|player|driver|writer|reporter|researcher|lawmaker|caller|viewer|reader|listener|customer|retiree|employer|employee|president|parent|participant|attendant|immigrant|migrant|protester|demonstrator|observer|commentator|moderator|negotiator|investigator|inspector|prosecutor|governor|senator|director|mayor|author|editor|actor|donor|nurse|judge|lawyer|aide|agent|commuter|passenger|shopper|motorist|official|source|spokesperson|activist|protestor|survivor|victim|witness|fan|supporter|rival|ally|partner|cousin|brother|sister|uncle|aunt|citizen|refugee|soldier|officer|pastor|priest|rabbi|imam|star|actress|celebrity|comedian|singer|novelist|economist|scientist|analyst|strategist|pollster|consultant|adviser|advisor|representative|delegate|envoy|diplomat|minister|secretary)s?$/;

/** Endings of adverbs that open a sentence ("Significantly,", "Hastily", "Collectively,"), … */
const ADVERB_ENDING = /(?:[^aeiou]ly|ily|ally|ely)$/;
/** … but not of surnames that end so ("Kelly", "Connolly", "Reilly", "Neely"). */
const SURNAME_ENDING_LY = /(?:elly|olly|illy|eely)$/;

/** Connective adverbs that open a sentence before a comma ("Rather, the nominee …", "Therefore, …"). */
const CONNECTIVE_ADVERBS = new Set([
  'rather', 'therefore', 'however', 'moreover', 'meanwhile', 'nevertheless', 'nonetheless', 'instead', 'indeed', 'thus', 'hence',
  'otherwise', 'likewise', 'furthermore', 'besides', 'overall', 'regardless', 'altogether', 'anyway', 'still',
]);

/**
 * Whether the lowercase word `w` is a connective adverb or has an adverb's ending (check given names apart:
 * "Emily", "Carly").
 */
export function looksLikeAdverb(w: string): boolean {
  return CONNECTIVE_ADVERBS.has(w) || (ADVERB_ENDING.test(w) && !SURNAME_ENDING_LY.test(w));
}

/**
 * Common words that end like a person noun and name none: PERSON_NOUN matches endings so that compounds count
 * ("congresswoman", "co-host", "grandson", "stepparent"), and these end alike: adverbs in "-ally" ("really",
 * "finally"; "ally" itself is a person), "ahead", "remember", "reason", "season", "list", "insist", "apparent",
 * "factor", "resources", "ghost", "arrival", "taunt", "mischief", "Yemen".
 */
const NOT_PERSON_NOUN =
  /^(?:.+ally|ahead|overhead|forehead|spearhead|remembers?|(?:rea|sea|pri|poi|compari|les|liai|ven|ble|cri|gar)sons?|(?:l|ex|ins|res|ass|pers|cons|subs|des|tw|f|wr|m|g)ists?|christ|(?:ap|trans)parent|factors?|resources?|ghosts?|arrivals?|(?:t|h|d|fl|j|v|g)aunts?|mischief|yemen|omens?|specimens?|regimens?|abdomens?)$/;

const personNounMemo = new Map<string, boolean>();
/** PERSON_NOUN.test, remembered per word (the pattern is long and words repeat). */
export function isPersonNoun(w: string): boolean {
  let v = personNounMemo.get(w);
  if (v === undefined) {
    v = PERSON_NOUN.test(w) && !NOT_PERSON_NOUN.test(w);
    if (personNounMemo.size < 50_000) personNounMemo.set(w, v);
  }
  return v;
}

/**
 * A plural that ends like a noun for people, whether it names people or not ("voters", "journalists", and also
 * "lists", "reasons"): a common noun, never a one-word name ("Residents said", "the Billionaire Lists").
 */
export function endsLikePeopleNoun(w: string): boolean {
  return w.endsWith('s') && PERSON_NOUN.test(w);
}

/** A plural noun for people ("lawmakers", "protesters", "journalists"; not "lists" or "insists"). */
export function isPeopleNoun(w: string): boolean {
  return w.endsWith('s') && isPersonNoun(w);
}

/** Members of a party named by the party ("a senior Tory", "one Democrat"): never a person's name alone. */
export const PARTY_MEMBERS = new Set([
  'democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories', 'conservative', 'conservatives', 'liberal', 'liberals',
  'unionist', 'unionists', 'nationalist', 'nationalists', 'socialist', 'socialists', 'labourite', 'labourites', 'blairite', 'blairites',
  'brexiteer', 'brexiteers', 'remainer', 'remainers', 'dem', 'dems',
]);
