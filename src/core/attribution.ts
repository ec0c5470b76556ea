/**
 * Links quotes to their speakers and collects every attribution source: named
 * people, organizations, media outlets, anonymous sources and vague sourcing.
 */
import { isTerm } from './terms';
import { TokenKind, isPossessive, tokenAt, withoutPossessive, wordId, type Tokens } from './text';
import type { Lexicon } from './lexicon';
import { NounPhrases, type NP } from './phrase-np';
import { isAcronym, isCapWord, type PersonRecord } from './people';
import type { RawQuote } from './quotes';
import type { Cue, CueKind, Source, SourceKind, Speaker, SpeakerKind } from './types';
import { WordFlags, flagsPerLexicon, lowerIn } from './word-flags';
import { idTable, DETERMINERS, KIN_NOUNS, FUNCTION_WORD_IDS, MONTHS_AND_DAYS, OBJECT_PRONOUNS, PARTY_MEMBERS, PRONOUNS, isPeopleNoun, isPersonNoun, looksLikeAdverb, readyTo, TIME_WORDS } from './words';
import { sortInPlace } from './sort-in-place';
import { firstStartingAtLeast } from './lower-bound';
import { SourceContext, stateOwned } from './source-context';

const PLACE_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'to', 'via', 'of', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'when', 'while', 'as', 'with', 'without', 'by', 'for', 'again', 'afterward', 'afterwards', 'recently', 'then']);
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'reported', 'reports', 'wrote', 'writes', 'added', 'adds', 'stated', 'states', 'announced', 'tweeted', 'posted', 'according', 'explained', 'noted', 'declared', 'asked', 'insisted', 'argued', 'warned', 'replied', 'responded', 'spoke', 'speaks', 'recalled', 'recalls', 'remarked', 'commented', 'explains', 'notes']);
const AUXILIARIES = new Set(['was', 'is', 'are', 'were', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'wanted', 'needed', 'knew', 'thought']);

/**
 * Patterns tested in the passes below, made once: a regular expression literal inside a function makes a new
 * RegExp object every time it runs (some 560 KB per analysis of the 1 MB bench collection).
 */
const PUT_IT_END = /^[,:.;]$/;
const COLON_OR_PERIOD = /^[:.]$/;
const SOURCE_WORD = /^sources?$/;
const ENDS_S = /s$/;
const ENDS_ED = /ed$/;
const ENDS_ING = /ing$/;
/** Forms of "be" before a progressive reporting verb ("was telling", "are saying"). */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'am']);
/** Short adverbs that stand between "be" and the verb ("is now saying", "was also telling"), besides those in -ly. */
const PROGRESSIVE_ADVERBS = new Set(['now', 'also', 'still', 'already', 'even', 'again', 'not']);
const ENDS_LY = /ly$/;
const ENDS_ING_OR_ED = /(?:ing|ed)$/;
const VERB_ENDING = /(?:ed|s|e)$/;
const AGENT_NOUN_END = /(?:er|or|ist|ant|ent)s?$/;
const COMMA_QUESTION_EXCLAMATION = /[,!?]/;
const SENTENCE_END_CHAR = /[.?!]/;
const SENTENCE_END_MARK = /^[.!?]$/;
const CLAUSE_END_MARK = /^[.,;!?]$/;
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;
const ALL_CAPS = /^[A-Z][A-Z.]+$/;
const CAPS_ABBREVIATION = /^[A-Z.&-]+$/;
const YEAR = /^\d{4}$/;
const DIGIT_FIRST = /^\d/;
const WHITE_SPACE_RUN = /\s+/;
/** Words of non-white-space characters with one space between each two. */
const SINGLE_SPACED = /^\S+(?: \S+)*$/;

/** A day of the month in a dateline ("Dec. 8"). */
const DAY_NUMBER = /^\d{1,2}$/;
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Verb forms that are also common nouns: a cue only right after a subject. */
const NOUNLIKE = new Set([
  'report', 'reports', 'state', 'states', 'post', 'posts', 'note', 'notes', 'comment', 'comments', 'claim', 'claims', 'charge', 'charges',
  'answer', 'answers', 'reply', 'replies', 'joke', 'jokes', 'boast', 'boasts', 'promise', 'promises', 'vow', 'vows', 'pledge', 'pledges',
  'warning', 'demand', 'demands', 'plea', 'pleas', 'estimate', 'estimates', 'tweet', 'tweets', 'message', 'messages', 'text', 'texts',
  'email', 'emails', 'blog', 'blogs', 'counter', 'counters', 'concern', 'concerns', 'protest', 'protests', 'stress', 'quip', 'quips',
  'remark', 'remarks', 'observe', 'rebuke', 'response', 'retort', 'recount', 'recounts', 'address', 'cite', 'cites', 'deny', 'testimony',
  'request', 'requests', 'question', 'questions', 'call', 'calls', 'advice', 'suggest', 'warn', 'insist', 'argue', 'add', 'say', 'tell',
  'write', 'ask', 'explain', 'confirm', 'announce', 'declare', 'admit', 'blasts', 'slams', 'praises', 'rails', 'laments', 'labels', 'brands',
  'hints', 'cautions', 'echoes', 'touts',
]);

/** Prepositions before a modifier and a noun that could be a verb: "of Republican claims", "about campaign promises". */
const NOUN_PREPOSITIONS = new Set(['of', 'in', 'for', 'about', 'with', 'over', 'against', 'among', 'between', 'from', 'on', 'at', 'by', 'into', 'amid', 'despite']);

/** Words that may follow "state(s)" as a reporting verb ("the document states that", "the Saudis state in the white paper"). */
const STATE_NEXT = new Set(['that', 'in', 'on', 'at', 'the', 'clearly', 'plainly', 'simply', 'explicitly', 'flatly', 'bluntly']);

/** Verbs that name something rather than report speech: "an inflation formula called “chained CPI”". */
const NAMING = new Set(['called', 'labeled', 'labelled', 'known', 'dubbed', 'termed', 'named', 'nicknamed', 'branded', 'titled', 'entitled', 'described']);

/** Endings of adjectives, which cannot head a described speaker. */
const ADJECTIVE_END = /(?:ed|y|ive|al|ous|ful|ic|less|ish)$/;

/** Plain reporting verbs whose subject is the source of everything reported after them in the sentence. */
const OUTER = new Set(['said', 'says', 'told', 'tells', 'stated', 'states', 'wrote', 'writes', 'added', 'adds', 'noted', 'notes', 'argued', 'argues', 'explained', 'explains', 'insisted', 'insists', 'claimed', 'claims', 'contended', 'contends', 'maintained', 'maintains', 'declared', 'declares', 'announced', 'announces', 'asserted', 'asserts']);
/** A nearer cue that is itself a plain "said": it stays the cue ("X told reporters Y said “…”"). */
const OUTER_KEEP = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'stated', 'states']);

/** Reporting verbs that put the speaker after them: “…,” said X. */
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'explained', 'recalled', 'noted', 'insisted', 'argued', 'warned', 'replied', 'responded', 'answered', 'countered', 'concluded', 'observed', 'remarked', 'declared', 'tweeted', 'posted', 'joked', 'quipped', 'shouted', 'cautioned', 'conceded', 'acknowledged', 'stated', 'told', 'explains', 'notes', 'recalls', 'continues', 'cautions', 'complained', 'pointed', 'predicted', 'confirmed', 'announced', 'insists', 'argues', 'warns',
  'agreed', 'agrees', 'scoffed', 'mused', 'exclaimed', 'exhorted', 'gushed', 'boasted', 'sighed', 'interjected', 'suggested', 'emphasized',
  'stressed', 'urged', 'wondered', 'lamented', 'marveled', 'declares', 'asks', 'concludes', 'observes', 'replies', 'responds', 'answers', 'counters', 'tweets', 'complains', 'admits', 'admitted', 'concedes', 'acknowledges', 'predicts', 'jokes', 'quips', 'remarks', 'recounted', 'recounts', 'reads', 'read', 'states']);

/** Verbs that report speech with a particle: "shot back", "weighed in", "piped up". */
const PHRASAL = new Map<string, string>([
  ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'], ['pushed', 'back'], ['pushes', 'back'],
  ['weighed', 'in'], ['weighs', 'in'], ['piped', 'up'], ['pipes', 'up'], ['spoke', 'up'], ['speaks', 'up'],
  ['talked', 'up'], ['talks', 'up'], ['played', 'down'], ['plays', 'down'], ['spoke', 'out'], ['speaks', 'out'], ['lashed', 'out'], ['lashes', 'out'],
  ['referred', 'to'], ['refers', 'to'], ['referring', 'to'], ['went', 'on'], ['goes', 'on'],
]);

/** Participles naming a document's issuer after it: "a statement published by the ministry". */
const ISSUED = new Set(['published', 'issued', 'released', 'posted', 'sent', 'signed', 'distributed', 'circulated', 'filed']);

/** Documents that speak for whoever issued them: "the statement said". */
const DOCUMENTS = new Set(['statement', 'release', 'letter', 'memo', 'email', 'lawsuit', 'complaint', 'filing', 'ad', 'advertisement', 'transcript', 'indictment', 'ruling', 'order', 'decision', 'opinion', 'poll', 'survey', 'study', 'analysis', 'document', 'documents', 'memorandum', 'notice', 'post', 'tweet', 'video', 'message', 'petition', 'resolution', 'platform', 'website', 'bill', 'law', 'motion', 'brief', 'affidavit', 'testimony', 'book', 'article', 'editorial', 'column', 'op-ed', 'speech', 'script', 'text', 'note', 'announcement', 'communique', 'communiqué', 'guidance', 'warning']);

/** Speech nouns that report what their owner said: "her remark that", "Trump's claim that". */
const POSSESSED_CUES = new Set([
  'accusation', 'accusations', 'admission', 'allegation', 'allegations', 'announcement', 'answer', 'argument', 'assertion', 'assessment', 'assurance',
  'assurances', 'boast', 'charge', 'claim', 'claims', 'comment', 'comments', 'complaint', 'complaints', 'concession', 'confession', 'contention',
  'criticism', 'declaration', 'demand', 'denial', 'insinuation', 'insistence', 'jab', 'joke', 'lament', 'observation', 'plea', 'pledge', 'prediction',
  'promise', 'quip', 'remark', 'remarks', 'reply', 'response', 'retort', 'statement', 'statements', 'suggestion', 'testimony', 'threat', 'tweet', 'vow',
  'warning',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Conjunctions opening a subordinate clause before the main one ("When he returned he began …"). */
const SUBORDINATE_OPENERS = new Set(['when', 'while', 'if', 'once', 'as', 'since', 'because', 'although', 'though', 'until', 'unless', 'whenever', 'after', 'before']);
/** Prepositions opening a time before the subject ("On September 27 they …", "In 2008 he …"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'by', 'until', 'last', 'earlier', 'later', 'that', 'this']);
/** Words inside such a time: "on the same day", "in early March", "at that time". */
const TIME_MODIFIERS = new Set(['the', 'that', 'this', 'same', 'early', 'late', 'mid', 'next', 'last', 'first', 'following', 'previous', 'each', 'every', 'one']);
/** Nouns for someone's account of events: "in Smith's words", "in her telling", "in his recollection". */
const ACCOUNT_NOUNS = new Set(['words', 'telling', 'recollection', 'account', 'version', 'view', 'estimation', 'opinion', 'judgment', 'judgement']);
/** Words that, owned, introduce what their owner said after "was": "his dictum was, “…”", "her message was: “…”". */
const OWNED_WORDS = new Set(['dictum', 'motto', 'mantra', 'message', 'words', 'slogan', 'line', 'catchphrase', 'advice', 'question', 'verdict']);

/** Small words that stay lowercase in a title ("Guardians of the Galaxy"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'with', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'as', 'but', 'nor', 'vs', 'vs.']);

/** Words opening an adverbial clause that may stand before the main clause ("When Rubio said …, a man yelled"). */
const ADVERBIAL_OPENERS = new Set(['when', 'whenever', 'as', 'after', 'before', 'while', 'once', 'until', 'because', 'although', 'though', 'if', 'since']);
/** Words that open a subordinate clause, whose verbs report background, not a new speaker. */
const SUBORDINATORS = new Set(['after', 'before', 'as', 'when', 'while', 'since', 'because', 'although', 'though', 'until', 'whose', 'that', 'once', 'if', 'where']);
/** Words that can follow a quoted complement (“an “insult” to the volunteers”), unlike the noun a quoted modifier qualifies. */
const LINKS = new Set(['to', 'of', 'for', 'and', 'or', 'but', 'that', 'in', 'on', 'at', 'with', 'from', 'by', 'as', 'than', 'because', 'if', 'when', 'while', 'after', 'before', 'since', 'about', 'against', 'over', 'into', 'which', 'who']);
/** Nouns for what a quote says, set after it in apposition: "“…,” a figure the delegation declined to confirm". */
const QUOTE_DESCRIPTIONS = new Set(['figure', 'number', 'estimate', 'total', 'sum', 'claim', 'assertion', 'allegation', 'charge', 'description', 'characterization', 'characterisation', 'assessment', 'prediction', 'forecast']);
/** Words opening a subordinate clause before the main one ("Unless rivals quit, “…”", "If he wins, “…”"). */
const CLAUSE_OPENING = new Set(['if', 'unless', 'when', 'once', 'until', 'although', 'though', 'while', 'whether', 'because', 'since']);
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'now', 'then', 'also', 'instead', 'indeed', 'later', 'earlier', 'separately', 'finally', 'first', 'second', 'moreover', 'besides', 'even']);
const PREPOSITION_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'speaking', 'asked', 'when', 'while', 'as', 'for', 'with', 'from', 'under', 'despite', 'according', 'unlike', 'like', 'earlier', 'later', 'last', 'this', 'by', 'following', 'amid', 'if', 'although', 'though', 'because', 'once', 'until']);


/** Words that open an apposition after a name: "Katie Packer, who is …", "Nate Silver, the polling guru …". */
const APPOSITION_OPENERS = new Set(['who', 'a', 'an', 'the']);
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which', 'whom', 'whose']);
const PUT_IT = new Set(['put', 'puts']);
const DASHES = new Set(['-', '–', '—', '--', '―']);
/** An unnamed spokesperson ("a White House spokesman") is an anonymous source. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives']);

/** Determiners of someone not identified: "a minister", "another MP", "one senator". */
const UNIDENTIFIED = new Set(['a', 'an', 'another', 'one']);
/** Quantifiers that leave a group unnamed: "some commuters said", "many residents say". */
const VAGUE_QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'numerous', 'various']);
/** Prepositions placing a group by a name: "Residents of Saravena", "Residents in Gaza". */
const GROUP_PLACES = new Set(['of', 'in', 'from']);
/** Offices whose unnamed holders act rather than speak as sources ("a federal judge ruled"). */
const ACTING_OFFICES = new Set(['candidate', 'candidates', 'nominee', 'president', 'judge', 'justice', 'prosecutor']);
/** Words inside a title that no lexicon lists alone: "defence minister" = "defence" + a title. */
const TITLE_WORDS = new Set(['deputy', 'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'home', 'state', 'vice', 'chief', 'senior', 'acting', 'first', 'general']);
/** Offices in the plural whose unnamed holders, counted ("two ministers", "several MPs"), are unnamed sources. */
const PLURAL_OFFICES = new Set([
  'ministers', 'senators', 'mps', 'meps', 'mlas', 'congressmen', 'congresswomen', 'councillors', 'councilors', 'councilmembers', 'governors', 'mayors',
  'ambassadors', 'generals', 'admirals', 'colonels', 'detectives', 'regulators', 'deputies', 'secretaries', 'commissioners', 'legislators', 'lawmakers',
]);
/** Outlets at large, named by kind: "local newspapers reported", "television stations reported" (vague, as "media"). */
const OUTLETS_AT_LARGE = new Set(['newspapers', 'outlets', 'stations', 'broadcasters', 'channels', 'tabloids', 'dailies']);
/** Counting words before such a plural: "two", "several", "other". */
const PLURAL_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'other', 'multiple', 'numerous']);
/** Nouns of quantity before "of": "Dozens of staff", "A number of officials", "a handful of diplomats". */
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'number', 'handful', 'couple', 'pair']);
/** Ordinals that stand for one more unnamed source: "a second", "a third". */
const ORDINAL_ONES = new Set(['second', 'third', 'fourth', 'fifth']);
/** Heads of subjects that are part of a group or an unnamed someone: "most said", "both oppose", "someone called it". */
const QUANTITY_SUBJECTS = new Set(['most', 'both', 'someone', 'somebody', 'few', 'several']);
/** Heads of subjects that are a share of those polled: "21 percent said", "a majority say". */
const SHARE_SUBJECTS = new Set(['percent', '%', 'majority', 'minority', 'half']);
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Endings of names in "s" that no English plural has ("Harris", "Ross", "Marcus"). */
const NO_PLURAL_ENDING = /(?:ss|us|is)$/;
/** Participles of speaking to someone, and the prepositions after them: "a source speaking to Fox News said". */
const SPEAKING = new Set(['speaking', 'talking', 'writing', 'responding', 'replying', 'appearing']);
const SPOKEN_TO = new Set(['to', 'with', 'on']);
/** Prepositions whose object is never the subject of the verb right after it ("in his speech called …"). */
const OBJECT_OF = new Set(['in', 'on', 'at', 'during', 'from', 'for', 'into', 'through', 'under', 'over', 'within']);

/** "The poll found that “…”", "Pew finds that": a study reports its findings. */
const FINDING = new Set(['found', 'finds', 'showed', 'shows']);

/** Participles that make "by" introduce who said something: "a phrase used by officials", "claims made by sources". */
const SPOKEN_BY = new Set(['used', 'made', 'given', 'provided', 'offered', 'shared', 'expressed', 'voiced', 'raised', 'released', 'circulated', 'leaked', 'floated', 'suggested', 'proposed', 'seen']);

/** "declined to comment": a source is named even when it says nothing. */
const NON_COMMENT = new Set(['declined', 'refused', 'declines', 'refuses']);
/** "gave no details", "provided no further details": saying no more, a cue as "declined to comment" is. */
const GAVE_NO = new Set(['gave', 'gives', 'provided', 'provides', 'offered', 'offers']);
const NO_WHAT = new Set(['details', 'detail', 'explanation', 'timeline', 'figures', 'reason', 'comment', 'names', 'information']);
const COMMENT = new Set(['comment', 'say', 'discuss', 'confirm', 'elaborate', 'respond', 'speculate', 'name', 'identify', 'specify', 'disclose', 'answer']);

const VERB_MODIFIERS_REL = new Set(['has', 'had', 'have', 'also', 'later', 'once', 'previously', 'recently', 'repeatedly', 'often', 'publicly', 'frequently', 'never', 'famously', 'then']);

/** Nouns for an outlet that, after "the", point back to the one named last ("the newspaper", "the network"). */
const BACK_POINTING_MEDIA = new Set(['newspaper', 'daily', 'outlet', 'network', 'broadcaster', 'magazine', 'tabloid', 'weekly', 'publication']);
const BACK_POINTING_MEDIA_IDS = idTable(BACK_POINTING_MEDIA);
const MEDIA_HEADS = new Set(['newspaper', 'paper', 'daily', 'outlet', 'network', 'broadcaster', 'channel', 'magazine', 'website', 'site', 'tabloid', 'station', 'report', 'agency', 'weekly', 'journal', 'publication', 'news']);

export interface AttributionInput {
  tokens: Tokens;
  lex: Lexicon;
  quotes: RawQuote[];
  people: PersonRecord[];
  personAt: Int32Array;
  /** Per paragraph: written in Title Case (a headline), as the people pass read it. */
  headline: boolean[];
  isCue: (t: number) => boolean;
}

export interface AttributedQuote {
  quote: RawQuote;
  speaker: Speaker;
  cue: Cue | null;
}

interface Resolved {
  kind: SpeakerKind;
  sourceKind: SourceKind | null;
  name: string | null;
  person?: number;
  /** Head noun of an anonymous description ("official"), to link later definite mentions. */
  head?: string;
  /** Mention span in characters. */
  start: number;
  end: number;
}

/**
 * Unnamed sources whose stance an article may state for them: groups ("officials were irritated") and, after
 * "a"/"one", a single source ("A delegate from a non-Gulf producer was sceptical").
 */
const STANCE_GROUPS = new Set([
  'officials', 'sources', 'diplomats', 'aides', 'insiders', 'advisers', 'advisors', 'negotiators', 'mediators', 'delegates',
  'official', 'source', 'diplomat', 'aide', 'insider', 'adviser', 'advisor', 'negotiator', 'mediator', 'delegate',
]);

/**
 * Every word that can start a cue (reporting verbs, phrasal verbs, "put it", "according to",
 * "declined to comment"), per lexicon, as a word flag: one array read turns away the many
 * words that cannot. A second flag marks "according" and "by", which can start a source in
 * `collectSources` without being a cue; a third the unnamed sources whose stance may be stated
 * for them (`STANCE_GROUPS`).
 */
const cueWordFlags = flagsPerLexicon((lex: Lexicon) => [
  lowerIn(new Set([...lex.verbs.keys(), ...PHRASAL.keys(), ...NON_COMMENT, ...FINDING, ...GAVE_NO, 'put', 'according', 'state', 'states'])),
  lowerIn(new Set(['according', 'by'])),
  lowerIn(STANCE_GROUPS),
  (words, n) => lex.vaguePhrases.mayStartWith(words.keyId(n)) || lex.anonymityPhrases.mayStartWith(words.keyId(n)),
]);
const CUE_WORD = WordFlags.bit(0);
const ACCORDING_OR_BY = WordFlags.bit(1);
const STANCE_GROUP = WordFlags.bit(2);
/** The word starts a phrase of the vague or the anonymity list. */
const SOURCE_PHRASE_START = WordFlags.bit(3);

/** Builds the cue test for a token stream: a reporting verb in verb position. */
export function cueTester(tokens: Tokens, lex: Lexicon): (t: number) => boolean {
  const { count, wordNo, words: { lower: lowers } } = tokens;
  const candidates = cueWordFlags(lex);
  // Each token is decided once: 0 unknown, 1 cue, 2 not a cue.
  const memo = tokens.scratch.uint8('cueMemo', count).subarray(0, count).fill(0);
  const decide = (t: number): boolean => {
    if (!candidates.has(tokens, t, CUE_WORD)) return false;
    const w = lowers[wordNo[t]];
    // "As Professor Foner put it: “…”"
    if (w === 'put' && lowers[wordNo[t + 1]] === 'it' && PUT_IT_END.test(tokens.words.surface[tokens.wordNo[t + 2]] ?? '')) return true;
    // "Smith shot back", "the mayor weighed in": a verb and its particle.
    const particle = PHRASAL.get(w);
    if (particle !== undefined && lowers[wordNo[t + 1]] === particle) return true;
    // "the document states that", "the Saudis state in the white paper": not "the state director" or "many Asian states, and".
    if (w === 'state' || w === 'states') {
      if (isCapWord(tokens, t) || !(STATE_NEXT.has(lowers[wordNo[t + 1]]) || COLON_OR_PERIOD.test(tokens.words.surface[tokens.wordNo[t + 1]] ?? '.'))) return false;
      if (t === 0 || tokens.kind[t - 1] !== TokenKind.Word || DETERMINERS.has(lowers[wordNo[t - 1]]) || isPossessive(lowers[wordNo[t - 1]])) return false;
      // The subject opens with a determiner, a possessive or a name ("the document", "its platform", "the Saudis");
      // "among member states that" reaches a preposition first.
      for (let u = t - 1; u >= 0 && u > t - 6 && tokens.kind[u] === TokenKind.Word; u--) {
        const w = lowers[wordNo[u]];
        if (isCapWord(tokens, u) || DETERMINERS.has(w) || isPossessive(w) || POSSESSIVE_PRONOUNS.has(w)) return true;
        if (PLACE_WORDS.has(w) || w === 'among' || w === 'between' || w === 'that' || w === 'and' || w === 'or') return false;
      }
      return false;
    }
    // "The source gave no details", "the ministry provided no further details": saying nothing more, as "declined to comment".
    if (GAVE_NO.has(w)) return lowers[wordNo[t + 1]] === 'no' && (NO_WHAT.has(lowers[wordNo[t + 2]]) || (lowers[wordNo[t + 2]] === 'further' && NO_WHAT.has(lowers[wordNo[t + 3]])));
    if (!lex.verbs.has(w)) return (w === 'according' && lowers[wordNo[t + 1]] === 'to') || (FINDING.has(w) && lowers[wordNo[t + 1]] === 'that') || (NON_COMMENT.has(w) && lowers[wordNo[t + 1]] === 'to' && COMMENT.has(lowers[wordNo[t + 2]]));
    if (NOUNLIKE.has(w)) {
      if (t === 0 || (tokens.kind[t - 1] !== TokenKind.Word && tokens.words.surface[tokens.wordNo[t - 1]] !== ',')) return false;
      const p = lowers[wordNo[t - 1]];
      // "the two write", "the three say": a number after "the" is the subject, not a determiner of the noun.
      const counted = NUMBER_WORDS.has(p) && lowers[wordNo[t - 2]] === 'the';
      // "The strategist was careful to add": a verb after "to" that a copula and an adjective of readiness govern.
      if (!counted && (DETERMINERS.has(p) || (p === 'to' && !readyTo(tokens, t - 1)) || p === 'of' || p === 'in' || p === 'for' || isPossessive(p))) return false;
      // "32% of Republican claims as “false”", "about Iranian threats": a party or nationality word between a
      // preposition and the word modifies it as a noun ("Residents of Saravena say", "the mayor of Patna claims" stay);
      // a plural noun only: "the majority of Americans say" has a subject.
      if (t >= 2 && w.endsWith('s') && !p.endsWith('s') && NOUN_PREPOSITIONS.has(lowers[wordNo[t - 2]]) && (PARTY_MEMBERS.has(p) || p === 'democratic' || lex.nationalities.has(tokens.words.surface[tokens.wordNo[t - 1]]))) return false;
    } else if (w.endsWith('ed') || w.endsWith('en')) {
      // "a noted author", "the stated goal", "Rubio’s proposed credit", "his stated aim"
      const p = lowers[wordNo[t - 1]] ?? '';
      if (p === 'the' || p === 'a' || p === 'an' || p === 'be' || p === 'being' || POSSESSIVE_PRONOUNS.has(p) || p === 'my' || p === 'our' || p === 'your') return false;
      if (t > 0 && isPossessive(tokens.words.surface[tokens.wordNo[t - 1]]) && tokens.kind[t + 1] === TokenKind.Word && !isCapWord(tokens, t + 1)) return false;
    }
    return true;
  };
  return (t: number) => {
    if (t < 0 || t >= count || tokens.kind[t] !== TokenKind.Word) return false;
    let m = memo[t];
    if (m === 0) memo[t] = m = decide(t) ? 1 : 2;
    return m === 1;
  };
}

export function attribute(input: AttributionInput): { quotes: AttributedQuote[]; sources: Source[] } {
  const { tokens, lex, quotes, people, personAt, headline, isCue } = input;
  const { count, text, wordNo, words: { lower: lowers } } = tokens;
  const np = new NounPhrases(tokens, lex, personAt);
  const sources: Source[] = [];
  /** Token → index in sources of the source that starts at it, or -1 (every source starts where a token does). */
  const sourceAt = tokens.scratch.int32('sourceAt', count).subarray(0, count).fill(-1);
  const heads = new Map<number, string>(); // anonymous source start → head noun
  /** Token → index of the quote whose span covers it (or -1). */
  const inQuote = tokens.scratch.int32('inQuote', count).subarray(0, count).fill(-1);
  /** Each quote's tokens: from quoteFirst[i] up to (not including) quoteEnd[i]. */
  const quoteFirst = new Int32Array(quotes.length);
  const quoteEnd = new Int32Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const a = tokenAt(tokens, quotes[i].start);
    const b = tokenAt(tokens, quotes[i].end);
    quoteFirst[i] = a;
    quoteEnd[i] = b;
    for (let u = a; u < b; u++) inQuote[u] = i;
  }

  const span = (a: number, b: number) => ({ start: tokens.start[a], end: tokens.end[b - 1] });
  /**
   * "in Smith's words", "in her telling", "in Mr. Lopez's recollection" at token u: whose account the quote gives, a
   * person named or meant by a possessive pronoun, or the person the article gave a title ("in the president's
   * words"; "the leader's" with no leader named resolves to nothing; "in Washington's view", "in Tuesday's account"
   * name no person). Returns the end of the phrase too.
   */
  const inAccountOf = (u: number, limit: number): [Resolved, Cue, number] | null => {
    if (tokens.lowerId[u] !== IN_ID || u + 2 >= limit) return null;
    for (let n = u + 2; n < limit && n <= u + 5; n++) {
      if (!ACCOUNT_NOUNS.has(lowers[wordNo[n]])) continue;
      const o = n - 1;
      const owner = tokens.words.surface[tokens.wordNo[o]];
      // "In the president’s words", "In the President’s words": the person the article gave that title, named before.
      if (o === u + 2 && tokens.lowerId[u + 1] === THE_ID && isPossessive(owner)) {
        const q = titled.get(tokens.words.key[wordNo[o]]);
        if (q !== undefined && people[q].mentions[0].start < tokens.start[u]) {
          const end = tokens.end[o] - (owner.length - withoutPossessive(owner).length);
          return [{ kind: 'person', sourceKind: 'person', name: people[q].name, person: q, start: tokens.start[u + 1], end }, cueOf('according-to', u, n + 1), n + 1];
        }
      }
      const p = accountOwner(u, n, false);
      const r = p && resolve(p);
      return r && r.person !== undefined ? [r, cueOf('according-to', u, n + 1), n + 1] : null;
    }
    return null;
  };
  /**
   * The owner of the account noun at token n in "in <owner> <noun>" opening at token u: a possessive pronoun ("in her
   * words") or a capitalized name ending in ’s ("in Smith’s words"); with `apart`, also a name in s whose apostrophe
   * stands apart ("in Forbes’ words"). Null when the phrase from u + 1 to n is no such owner.
   */
  const accountOwner = (u: number, n: number, apart: boolean): NP | null => {
    if (n === u + 2 && POSSESSIVE_PRONOUNS.has(lowers[wordNo[u + 1]])) return { a: u + 1, b: u + 2, type: 'pronoun', head: u + 1 };
    const mark = tokens.words.surface[tokens.wordNo[n - 1]];
    const o = apart && (mark === '’' || mark === "'") && ENDS_S.test(tokens.words.surface[tokens.wordNo[n - 2]]) ? n - 2 : n - 1;
    if ((o === n - 1 && !isPossessive(mark)) || !isCapWord(tokens, o)) return null;
    const p = np.endingAt(o, u + 1);
    return p && p.a === u + 1 ? p : null;
  };
  /**
   * "in the words of X" from token u (before `limit`): X resolved, with the phrase as an according-to cue; with
   * `comma`, only when a comma follows X. Else null.
   */
  const inTheWordsOf = (u: number, limit: number, comma: boolean): [Resolved, Cue] | null => {
    if (tokens.lowerId[u] !== IN_ID || tokens.lowerId[u + 1] !== THE_ID || lowers[wordNo[u + 2]] !== 'words' || lowers[wordNo[u + 3]] !== 'of') return null;
    const p = np.after(u + 4, limit);
    if (!p || (comma && !(p.b < limit && tokens.words.surface[tokens.wordNo[p.b]] === ','))) return null;
    const r = resolve(p);
    return r ? [r, cueOf('according-to', u, u + 4)] : null;
  };
  /**
   * "in the words of X" or "in X’s words" from token u (before `limit`), followed by a comma: X resolved, with the
   * phrase as an according-to cue; else null.
   */
  const inWordsOf = (u: number, limit: number): [Resolved, Cue] | null => {
    const words = inTheWordsOf(u, limit, true);
    if (words) return words;
    for (let n = u + 2; n < limit && n <= u + 5; n++) {
      if (lowers[wordNo[n]] !== 'words') continue;
      if (n + 1 >= limit || tokens.words.surface[tokens.wordNo[n + 1]] !== ',') return null;
      const p = accountOwner(u, n, true);
      const r = p && resolve(p);
      // A person the article names (also for "his words"), or an outlet named (not "Smith’s" read as a body because no
      // Smith was named).
      return p && r && (r.person !== undefined || (p.type !== 'pronoun' && r.kind === 'media')) ? [r, cueOf('according-to', u, n + 1)] : null;
    }
    return null;
  };
  const cueOf = (kind: CueKind, a: number, b: number): Cue => ({ kind, start: tokens.start[a], end: tokens.end[b - 1], text: text.slice(tokens.start[a], tokens.end[b - 1]) });
  let lastPerson = -1;
  let lastResolved: Resolved | null = null;
  /** Spokespeople met unnamed so far ("a ministry spokesman"): "the spokesman" later is the same unnamed source. */
  const unnamedSpokespeople = new Set<string>();

  const gender = genders(tokens, people, personAt, lex);
  /** Title word → the last person (by first mention) who holds a title with that word: "the president". */
  const titled = new Map<string, number>();
  // Only the title's head noun: "the campaign" is no "campaign manager", "the state" no "secretary of state".
  for (let i = 0; i < people.length; i++) {
    const title = people[i].title?.toLowerCase();
    if (!title) continue;
    // Split at white space; at single spaces when those are all there is (the same words, for a third of the allocation).
    const words = SINGLE_SPACED.test(title) ? title.split(' ') : title.split(WHITE_SPACE_RUN);
    const of = words.indexOf('of');
    const head = of > 0 ? words[of - 1] : words[words.length - 1];
    if (head) titled.set(head, i);
  }
  /**
   * The first token of a person's name set in commas from the comma at token c (", X,"), its closing comma before token
   * `end`; else -1. The apposition closes after the name (", X, said", ", X, acknowledged"), not a list going on.
   */
  const nameInCommas = (c: number, end: number): number => {
    if (c + 2 >= end || tokens.words.surface[tokens.wordNo[c]] !== ',' || personAt[c + 1] < 0) return -1;
    let e = c + 1;
    while (e < end && personAt[e] === personAt[c + 1]) e++;
    return e < end && tokens.words.surface[tokens.wordNo[e]] === ',' ? c + 1 : -1;
  };
  /** The first token of a person named in apposition right after token b - 1 (", X," or "(ACRONYM), X,"), or -1. */
  const holderAfter = (b: number): number => {
    let c = b;
    if (c < count && tokens.words.surface[tokens.wordNo[c]] === '(' && c + 2 < count && tokens.words.surface[tokens.wordNo[c + 2]] === ')') c += 3;
    // (Not a name ending the phrase: "… Mr. Smith, X," is a list.)
    return b > 0 && personAt[b - 1] >= 0 ? -1 : nameInCommas(c, count);
  };
  /** Whether the last unnamed source before `pos` has the head word `head` ("two economists … Both economists"). */
  const lastHeadIs = (head: string, pos: number): boolean => {
    for (let k = sources.length - 1; k >= 0 && k >= sources.length - 8; k--) {
      if (sources[k].start >= pos || sources[k].kind !== 'anonymous') continue;
      return heads.get(sources[k].start) === head;
    }
    return false;
  };
  /** People by their lowercase title, and by its last word when it has several (for `laterHolder`; made on first need). */
  let holders: { whole: Map<string, number[]>; last: Map<string, number[]> } | null = null;
  /** The one person first named after `pos` whose title is `title` (any case), or with `ending`, ends in it; else -1. */
  const laterHolder = (title: string, pos: number, ending = false): number => {
    if (holders === null) {
      holders = { whole: new Map(), last: new Map() };
      for (let i = 0; i < people.length; i++) {
        const own = people[i].title?.toLowerCase();
        if (own === undefined || people[i].mentions.length === 0) continue;
        const add = (map: Map<string, number[]>, key: string) => (map.get(key) ?? map.set(key, []).get(key)!).push(i);
        add(holders.whole, own);
        const space = own.lastIndexOf(' ');
        if (space > 0) add(holders.last, own.slice(space + 1));
      }
    }
    const wanted = title.toLowerCase();
    let found = -1;
    for (const list of [holders.whole.get(wanted), ending ? holders.last.get(wanted) : undefined]) {
      for (const i of list ?? []) {
        if (people[i].mentions[0].start < pos || i === found) continue;
        if (found >= 0) return -1;
        found = i;
      }
    }
    return found;
  };
  /**
   * For a role phrase [p.a, p.b) ending at offset `end` in the lede, the one person named below it under that title,
   * or -1:
   * - "The Interior Minister backed the ban …" in a standfirst, "Interior Minister Jean-Baptiste Carrère said" below:
   *   the title after the determiner, whole;
   * - a headline's bare title, "Supply minister says cut is “painful but unavoidable”", above "Supply Minister Mahmoud
   *   Abdel-Fattah el-Sherbiny": the phrase, whole;
   * - "The Maharashtra Kisan Sena … with its president accusing the BJP of offering it “crumbs”", "MKS president
   *   Anandrao Bhimrao Shelke" below: a title ending in the role.
   */
  const ledeHolder = (p: NP, headWord: string, end: number): number => {
    if (tokens.paragraph[p.a] > LAST_LEDE_PARAGRAPH || p.b - p.a < 2) return -1;
    const start = tokens.start[p.a];
    const first = lowers[wordNo[p.a]];
    if (first === 'the' || first === 'this') return laterHolder(text.slice(tokens.start[p.a + 1], end), start);
    if (first === 'its' || first === 'their') return p.b - p.a === 2 ? laterHolder(headWord, start, true) : -1;
    if (DETERMINERS.has(first) || isPossessive(tokens.words.surface[tokens.wordNo[p.a]])) return -1;
    return laterHolder(text.slice(start, end), start);
  };
  /** The mention of person `who` that covers token u (a run of tokens owned by them). */
  const mentionSpan = (u: number, who: number) => {
    let a = u;
    let b = u + 1;
    while (a > 0 && personAt[a - 1] === who && a > u - 8) a--;
    while (b < count && personAt[b] === who && b < u + 8) b++;
    const m = people[who].mentions;
    // Prefer the recorded span (it excludes a possessive ’s); found by binary search on start.
    const s0 = tokens.start[a];
    const i = firstStartingAtLeast(m, s0);
    if (i < m.length && m[i].start === s0) return m[i];
    return { start: s0, end: tokens.end[b - 1] };
  };
  /**
   * Where an opening "Asked whether Aguirre would stay," ends before token u (its comma), or -1: the one asked about
   * is not the one answering.
   */
  const askedClauseEnd = (u: number): number => {
    const opener = tokens.sentenceStart[tokens.sentence[u]];
    if (!ASKED_OPENERS.has(lowers[wordNo[opener]])) return -1;
    for (let c = opener + 1; c < u && c < opener + 40; c++) if (tokens.words.surface[tokens.wordNo[c]] === ',') return c;
    return -1;
  };
  /** The nearest person mentioned before token u whose known gender does not contradict the pronoun's. */
  const personBefore = (u: number, g: 'm' | 'f' | null): number => {
    const asked = askedClauseEnd(u);
    const opener = tokens.sentenceStart[tokens.sentence[u]];
    for (let w = u - 1; w >= 0 && w > u - 600; w--) {
      if (w === asked) w = opener - 1;
      if (w < 0) break;
      const who = personAt[w];
      if (who < 0) continue;
      if (g && gender[who] && gender[who] !== g) continue;
      return who;
    }
    return lastPerson;
  };

  /** The person a sentence is about: its subject when that is a named person (or -1). */
  const subjectPerson = (sentence: number, limit: number, from = tokens.sentenceStart[sentence]): number => {
    const floor = from;
    const lim = Math.min(limit, tokens.sentenceStart[sentence + 1] ?? count, floor + 40);
    if (lim <= floor) return -1;
    const p = sentenceSubject(floor, lim);
    // A sentence that opens with a quotation has no subject of its own there ("“He (Petraeus) stated …,” King said").
    if (!p || p.type === 'pronoun' || inQuote[p.a] >= 0) return -1;
    for (let u = p.a; u < p.b; u++) if (personAt[u] >= 0) return personAt[u];
    // "The Minority spokesperson on food and agriculture, Kwadwo Agyei-Badu, dismissed …": the name in apposition to
    // the subject (past the words of its complement that the subject left out).
    let c = p.b;
    while (c < lim && c < p.b + 6 && tokens.kind[c] === TokenKind.Word && personAt[c] < 0 && !isCue(c)) c++;
    const named = nameInCommas(c, lim);
    return named >= 0 ? personAt[named] : -1;
  };
  /** True when `who` is a person whose known gender does not contradict `g`. */
  const fitsGender = (who: number, g: 'm' | 'f' | null): boolean => who >= 0 && !(g && gender[who] && gender[who] !== g);
  /**
   * The most salient person before a pronoun at token u: the named subject of its own sentence
   * (when the pronoun is not that subject), else of the sentence before (same or previous paragraph).
   */
  const salientPerson = (u: number, g: 'm' | 'f' | null): number => {
    const s = tokens.sentence[u];
    // "Asked whether Aguirre would stay, he said": the subject after the question, not the one asked about.
    const asked = askedClauseEnd(u);
    let who = subjectPerson(s, u, asked >= 0 ? asked + 1 : tokens.sentenceStart[s]);
    if (fitsGender(who, g)) return who;
    if (who >= 0) return -1;
    if (s === 0 || tokens.paragraph[tokens.sentenceStart[s - 1]] < tokens.paragraph[u] - 1) return -1;
    who = subjectPerson(s - 1, u);
    return fitsGender(who, g) ? who : -1;
  };

  /**
   * The description of a person introduced unnamed ("a Ukrainian soldier", "one protester") as the subject of the
   * sentence before token u's (same or previous paragraph), when that sentence names nobody.
   */
  const unnamedSubject = (u: number): string | null => {
    const s = tokens.sentence[u];
    if (s === 0 || tokens.paragraph[tokens.sentenceStart[s - 1]] < tokens.paragraph[u] - 1) return null;
    const floor = tokens.sentenceStart[s - 1];
    const p = sentenceSubject(floor, Math.min(tokens.sentenceStart[s], floor + 40));
    if (!p || p.type !== 'np' || inQuote[p.a] >= 0) return null;
    const det = lowers[wordNo[p.a]];
    // "The minister, speaking after the meeting, was blunt. “…,” he said": a definite description too, when no one
    // named holds that role.
    const definiteRole = det === 'the' && !titled.has(lowers[wordNo[p.head]]);
    if ((det !== 'a' && det !== 'an' && det !== 'one' && !definiteRole) || !isPersonNoun(lowers[wordNo[p.head]])) return null;
    for (let w = floor; w < tokens.sentenceStart[s]; w++) if (personAt[w] >= 0) return null;
    return text.slice(tokens.start[p.a], tokens.end[p.b - 1]);
  };

  /** Decides who a noun phrase is. */
  /**
   * "another Labour MP", "one minister", "a Democratic senator", "a senior minister": an office holder left
   * unidentified, an unnamed source. "a" needs a modifier placing the holder; offices that act rather than
   * speak ("a federal judge ruled", "a candidate responds") are left out.
   */
  const unidentifiedOffice = (p: NP, roleName: boolean): boolean => {
    // The determiner stands before a capitalized role ("Another Labour MP") or opens the phrase ("a Labour MP").
    const det = roleName && p.a > 0 && !UNIDENTIFIED.has(lowers[wordNo[p.a]]) ? p.a - 1 : p.a;
    const d = lowers[wordNo[det]];
    if (!UNIDENTIFIED.has(d) || ACTING_OFFICES.has(lowers[wordNo[p.head]])) return false;
    if (!lex.titles.longestAt(tokens, p.head, p.head + 1)?.value.official) return false;
    if (d !== 'a' && d !== 'an') return true;
    for (let u = det + 1; u < p.head; u++) if (isCapWord(tokens, u) || lex.anonymousModifiers.has(lowers[wordNo[u]])) return true;
    return false;
  };

  /**
   * The index of the nearest unnamed source before offset `before` whose head noun is `head`, among the
   * 64 sources found last (the quote pass's, then the source scan's: roughly the nearest); -1 when none.
   * With `rest`, only a source whose words after the determiner open with it ("senior BJP leader").
   */
  const unnamedBefore = (head: string, before: number, rest?: string): number => {
    let best = -1;
    for (let i = sources.length - 1; i >= 0 && i >= sources.length - 64; i--) {
      const s = sources[i];
      if (s.start < before && s.kind === 'anonymous' && heads.get(s.start) === head && (best < 0 || s.start > sources[best].start) && (rest === undefined || sameDescription(s.text, rest))) best = i;
    }
    return best;
  };

  /** The start of person `q`'s last mention before offset `before`; -1 when none. */
  const lastMentionBefore = (q: number, before: number): number => lastMentionStartBefore(people[q].mentions, before);

  /** No person named between token `from` and the group word at `to`, in the same or the next paragraph. */
  const groupJustCited = (from: number, to: number): boolean => {
    if (tokens.paragraph[to] - tokens.paragraph[Math.min(from, to)] > 1) return false;
    for (let u = from; u < to; u++) if (personAt[u] >= 0) return false;
    return true;
  };

  /** The phrase's head names an organization or an outlet ("the church", "the ministry", "the newspaper"), not a person. */
  const namesBody = (p: NP, headWord: string): boolean =>
    lex.orgHeads.has(headWord) || BACK_POINTING_MEDIA.has(headWord) || !!lex.metonyms.longestEndingAt(tokens, p.head + 1, p.a, 4);

  /** "It was a …", "It is the …", "It was Mr. Obama's …", "It has not helped that …" at token u. */
  const dummyIt = (u: number): boolean => {
    const be = lowers[wordNo[u + 1]];
    if (be === 'was' || be === 'is') {
      const w = lowers[wordNo[u + 2]];
      return w === 'a' || w === 'an' || w === 'the' || (tokens.kind[u + 2] === TokenKind.Word && isPossessive(tokens.words.surface[tokens.wordNo[u + 2]])) || personAt[u + 2] >= 0;
    }
    // "It has not helped that", "It does not matter that": the clause after "that" is the subject.
    if (be === 'has' || be === 'does' || be === 'did') {
      for (let v = u + 2; v < u + 6 && v < count; v++) if (tokens.lowerId[v] === THAT_ID) return lowers[wordNo[v - 1]] !== 'said';
    }
    return false;
  };

  /** Ordinary people and a place after "in", "of" or "from": "Fishermen in Kayar", "villagers from Ighil". */
  const placeAfterHead = (p: NP): boolean => {
    if (p.type === 'pronoun' || p.b - p.a < 3 || p.b - p.a > 5 || !ORDINARY_PEOPLE.has(lowers[wordNo[p.a]])) return false;
    const w = lowers[wordNo[p.a + 1]];
    if (w !== 'in' && w !== 'of' && w !== 'from') return false;
    for (let u = p.a + 2; u < p.b; u++) if (!isCapWord(tokens, u) || isAcronym(tokens.words.surface[tokens.wordNo[u]]) || lex.orgHeads.has(lowers[wordNo[u]])) return false;
    // A place, not a body ("Engineers from Boeing", "Doctors from MSF" work there: unnamed sources).
    return !lex.organizations.lengthAt(tokens, p.a + 2, p.b) && !lex.media.lengthAt(tokens, p.a + 2, p.b);
  };

  const resolve = (p: NP): Resolved | null => {
    // Read straight from the token arrays: resolve runs for every candidate phrase, and an object per call adds up.
    const start = tokens.start[p.a];
    // A pronoun's key drops a contracted verb ("he’s" → "he"), which the mention leaves out too.
    const headWord = p.type === 'pronoun' ? tokens.words.key[wordNo[p.head]] : lowers[wordNo[p.head]];
    const end = p.type === 'pronoun' && p.b === p.a + 1 ? start + headWord.length : tokens.end[p.b - 1];
    // "His office said", "Her office said in a statement": the office speaks for its holder.
    if (p.type === 'np' && headWord === 'office' && p.b - p.a === 2 && (lowers[wordNo[p.a]] === 'his' || lowers[wordNo[p.a]] === 'her')) {
      const owner = resolve({ a: p.a, b: p.a + 1, type: 'pronoun', head: p.a });
      if (owner && owner.person !== undefined) return { kind: 'person', sourceKind: 'person', name: owner.name, person: owner.person, start, end: tokens.end[p.b - 1] };
    }
    if (p.type === 'pronoun') {
      // "It was a potent one-two punch …", "It was Mr. Obama's rejection of …", "It has not helped that …": an "it"
      // opening a sentence that only identifies or frames something is no one speaking.
      if (headWord === 'it' && p.b === p.a + 1 && p.a === tokens.sentenceStart[tokens.sentence[p.a]] && dummyIt(p.a)) return null;
      if (headWord === 'it' || headWord === 'its') {
        if (lastResolved && (lastResolved.kind === 'organization' || lastResolved.kind === 'media')) return { ...lastResolved, start, end };
        return { kind: 'organization', sourceKind: null, name: null, start, end };
      }
      if (headWord === 'they' || headWord === 'we' || headWord === 'their' || headWord === 'our') {
        if (lastResolved && lastResolved.kind !== 'person') return { ...lastResolved, start, end };
        return { kind: 'person', sourceKind: 'person', name: null, start, end };
      }
      const g = headWord === 'she' || headWord === 'her' ? 'f' : headWord === 'he' || headWord === 'his' ? 'm' : null;
      let who = salientPerson(p.a, g);
      if (who < 0) {
        // "A Ukrainian soldier serving with a drone unit … said his unit … “…,” he said": a person introduced
        // unnamed as the subject of the sentence before is nearer than any name further back.
        const unnamed = g ? unnamedSubject(p.a) : null;
        if (unnamed) return { kind: 'person', sourceKind: null, name: unnamed, start, end };
        who = personBefore(p.a, g);
      }
      return { kind: 'person', sourceKind: 'person', name: who >= 0 ? people[who].name : null, person: who >= 0 ? who : undefined, start, end };
    }
    // An apposition to a name ("Andriy Yusov-Kravets, a spokesman for …") is that person, unless the name
    // ends an opening adverbial ("In an interview with Mika Brzezinski, the candidate said") or the phrase names a
    // body, which describes no person ("to visit her daughter Esther, the church posted": the church speaks).
    if (p.a >= 2 && tokens.words.surface[tokens.wordNo[p.a - 1]] === ',' && personAt[p.a - 2] >= 0 && p.type === 'np' && !inOpener(p.a - 1) && !namesBody(p, headWord)) {
      const who = personAt[p.a - 2];
      const m = mentionSpan(p.a - 2, who);
      return { kind: 'person', sourceKind: 'person', name: people[who].name, person: who, start: m.start, end: m.end };
    }
    // "The Bundesbank published its monthly report, which warned …": the owner's document speaks for the owner, the
    // subject of its clause.
    if (p.type === 'np' && (DOCUMENTS.has(headWord) || headWord === 'report') && (tokens.lowerId[p.a] === ITS_ID || tokens.lowerId[p.a] === THEIR_ID)) {
      // The subject right before the verb: "the Bundesbank published its …".
      const s0 = tokens.sentenceStart[tokens.sentence[p.a]];
      const verb = p.a - 1;
      const subject = verb - 1 > s0 && tokens.kind[verb] === TokenKind.Word && !isCapWord(tokens, verb) ? np.endingAt(verb - 1, Math.max(s0, verb - 8)) : null;
      const owner = subject && subject.type !== 'pronoun' && !DOCUMENTS.has(lowers[wordNo[subject.head]]) ? resolve(subject) : null;
      if (owner && (owner.kind === 'organization' || owner.kind === 'media')) return { ...owner, start, end };
    }
    // "The chief executive of the Ghana Cocoa Board (COCOBOD), Kwabena Owusu-Ansah, … said": the holder the apposition
    // right after a role or title names.
    // (Not after a plural: "Aides to the Speaker of the House, Ron Whitaker, said" names the Speaker.)
    if (p.type === 'np' && !ENDS_S.test(headWord) && (lex.roleNouns.has(headWord) || lex.titles.longestAt(tokens, p.head, p.head + 1) || lex.anonymousHeads.has(headWord))) {
      const named = holderAfter(p.b);
      if (named >= 0) {
        const m = mentionSpan(named, personAt[named]);
        return { kind: 'person', sourceKind: 'person', name: people[personAt[named]].name, person: personAt[named], start: m.start, end: m.end };
      }
    }
    // "Edward-Isaac Dovere and Gabriel Debenedetti": two named people speaking together.
    if (p.type === 'name') {
      for (let u = p.a + 1; u < p.b - 1; u++) {
        if (lowers[wordNo[u]] === 'and' && isCapWord(tokens, u - 1) && personAt[p.b - 1] >= 0 && personAt[u - 1] !== personAt[p.b - 1]) return { kind: 'person', sourceKind: null, name: text.slice(start, end), start, end };
      }
    }
    // A named person anywhere in the phrase; not a bare name modifying the head noun ("a Cruz spokeswoman",
    // "the Trump campaign": the spokeswoman and the campaign speak, not Cruz or Trump).
    const personHead = isPersonNoun(headWord);
    const modifier = p.type === 'np' && !isCapWord(tokens, p.head) && (lex.roleNouns.has(headWord) || lex.orgHeads.has(headWord) || lex.anonymousHeads.has(headWord) || SPOKESPEOPLE.has(headWord) || personHead);
    // "Gary Johnson’s doctor", "Clinton’s aides", "Hillary Clinton’s right-hand woman": someone else than the owner speaks.
    const otherPerson = modifier && (personHead || SPOKESPEOPLE.has(headWord));
    for (let u = p.b - 1; u >= p.a; u--) {
      const who = personAt[u];
      // A possessive stays its owner's ("Lapid’s office did not respond": Lapid, through his office).
      // Nor a name in the complement after such a head ("a person close to Trump", "aides to the Speaker"): the head speaks.
      if (who >= 0 && !(modifier && u < p.head && (otherPerson || !isPossessive(tokens.words.surface[tokens.wordNo[u]]))) && !(modifier && u > p.head) && (p.type === 'name' || u === p.head || isCapWord(tokens, u))) {
        const m = mentionSpan(u, who);
        return { kind: 'person', sourceKind: 'person', name: people[who].name, person: who, start: m.start, end: m.end };
      }
    }
    // Counted party members ("Several House Democrats have warned", "two Republicans said") are unnamed sources, not the party.
    if (PARTY_MEMBERS.has(headWord) && ENDS_S.test(headWord) && PLURAL_COUNTS.has(lowers[wordNo[p.a]]) && !(p.a > 0 && (isCue(p.a - 1) || lowers[wordNo[p.a - 1]] === 'that'))) {
      return { kind: 'anonymous', sourceKind: 'anonymous', name: text.slice(start, end), start, end, head: headWord };
    }
    // Outlets and organizations by name.
    for (let u = p.a; u < p.b; u++) {
      if (!isCapWord(tokens, u)) continue;
      const media = lex.media.longestAt(tokens, u, p.b);
      // An outlet's name is capitalized to its end ("The Insider", not "The insider said").
      if (media && u <= p.head && u + media.length - 1 >= p.head && isCapWord(tokens, u + media.length - 1)) return { kind: 'media', sourceKind: 'media', name: text.slice(tokens.start[u], tokens.end[u + media.length - 1]), start, end };
      const org = lex.organizations.longestAt(tokens, u, p.b) ?? lex.places.longestAt(tokens, u, p.b);
      // Only when the organization is the phrase's head ("the White House"), not a modifier ("a White House official").
      if (org && u <= p.head && u + org.length - 1 >= p.head) {
        return { kind: 'organization', sourceKind: 'organization', name: withoutPossessive(text.slice(tokens.start[u], tokens.end[u + org.length - 1])), start, end };
      }
    }
    const phrase = text.slice(start, end);
    // "Indian media reported", "state media said": the media at large, no outlet named, is vague sourcing.
    // State media is an outlet of its own ("state news media claimed"), as in the vague phrase list.
    if (headWord === 'media' && p.b - p.a <= 3 && lowers[wordNo[p.a]] !== 'the') return { kind: 'media', sourceKind: stateOwned(tokens, p.a, p.head) ? 'media' : 'vague', name: phrase, start, end };
    if (OUTLETS_AT_LARGE.has(headWord) && p.b - p.a <= 3 && p.b - 1 === p.head && !DETERMINERS.has(lowers[wordNo[p.a]]) && !isCapWord(tokens, p.head)) return { kind: 'media', sourceKind: 'vague', name: phrase, start, end };
    // "Two ministers said", "several MPs told": unidentified holders of an office, counted, are unnamed sources.
    // Not the subject of a clause someone else reports ("A Labour figure said several MPs had complained").
    // Leaders only by number ("Two labour leaders present at the meeting"; "other leaders", "several GOP leaders" act
    // or stay vague).
    if (((PLURAL_OFFICES.has(headWord) && PLURAL_COUNTS.has(lowers[wordNo[p.a]])) || (headWord === 'leaders' && NUMBER_WORDS.has(lowers[wordNo[p.a]]))) && !(p.a > 0 && (isCue(p.a - 1) || lowers[wordNo[p.a - 1]] === 'that'))) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "Those close to the minister", "those familiar with the talks": unnamed people described by a complement.
    if (headWord === 'those' && p.b - p.head > 1) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "Those present said", "those involved say": unnamed people described by an adjective or participle.
    if (lowers[wordNo[p.a]] === 'those' && p.b - p.a === 2 && p.head === p.a + 1 && (ENDS_ED.test(headWord) || headWord === 'present')) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: 'those' };
    // "Two sources spoke … Both said", "The two said", "All three said", "The other said": the unnamed group just cited.
    const backToGroup = (headWord === 'both' && p.b - p.a === 1) || (p.b - p.a === 2 && p.head === p.a + 1 && (lowers[wordNo[p.a]] === 'the' || lowers[wordNo[p.a]] === 'all') && (PLURAL_COUNTS.has(headWord) || headWord === 'other'));
    const lastSource = backToGroup && sources.length > 0 ? sources[sources.length - 1] : undefined;
    if (lastSource !== undefined && lastSource.kind === 'anonymous' && lastSource.start < start && groupJustCited(tokenAt(tokens, lastSource.end), p.a)) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "Two officials said so. A third said": one more of a group already met, unnamed.
    if (p.b - p.a === 2 && p.head === p.a + 1 && UNIDENTIFIED.has(lowers[wordNo[p.a]]) && ORDINAL_ONES.has(headWord)) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "“…,” tweeted another." / "Another said": one more member of a group already quoted, unnamed.
    if (headWord === 'another' && p.b - p.a === 1) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "A senior Tory said", "one Democrat said": an unidentified party member is an unnamed source.
    if (PARTY_MEMBERS.has(headWord) && (UNIDENTIFIED.has(lowers[wordNo[p.a]]) || (p.a > 0 && UNIDENTIFIED.has(lowers[wordNo[p.a - 1]])))) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "Some staff say", "some members of the coalition said": an unnamed part of a group, vague sourcing.
    // Not the unnamed sources proper ("Some state officials praised" stays anonymous).
    if (lowers[wordNo[p.a]] === 'some' && p.head > p.a && lex.anonymousHeads.has(headWord) && !SOURCE_NOUNS.has(headWord)) return { kind: 'anonymous', sourceKind: 'vague', name: phrase, start, end };
    // "two of the people said", "Three of them told": a count of unnamed sources already met is unnamed too.
    if ((PLURAL_COUNTS.has(headWord) || QUANTITY_NOUNS.has(headWord)) && p.b - p.head >= 3 && lowers[wordNo[p.head + 1]] === 'of' && (lex.anonymousHeads.has(lowers[wordNo[p.b - 1]]) || lowers[wordNo[p.b - 1]] === 'them')) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: lowers[wordNo[p.b - 1]] };
    // "two economists who advise the government": a counted group is particular people, unnamed, not a vague crowd;
    // "Both economists said" after them is the same group.
    if (lex.vagueGroupHeads.has(headWord) && ENDS_S.test(headWord) && (NUMBER_WORDS.has(lowers[wordNo[p.a]]) || (lowers[wordNo[p.a]] === 'both' && p.b - p.a === 2 && lastHeadIs(headWord, start)))) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    if (lex.vagueGroupHeads.has(headWord) && !lex.anonymousHeads.has(headWord)) return { kind: 'anonymous', sourceKind: 'vague', name: phrase, start, end };
    // "villagers said", "drivers say": ordinary people at large, no determiner or count, are vague sourcing (counted or
    // described, "Two teachers who escaped", they are unnamed sources).
    // (Not in the first paragraph, a headline's place, where such a noun is what the story is about: "Nurses warned
    // hospital bosses …, staff say".)
    // ("Fishermen in Kayar say", "Residents of Saravena say": where they live adds no one.)
    if (((ORDINARY_PEOPLE.has(headWord) && p.b - p.a === 1) || placeAfterHead(p)) && tokens.paragraph[p.a] > 0) return { kind: 'anonymous', sourceKind: 'vague', name: phrase, start, end };
    // "Most said", "Someone called it": part of a group or an unnamed someone speaks, unnamed.
    if (QUANTITY_SUBJECTS.has(headWord)) return { kind: 'anonymous', sourceKind: null, name: phrase, start, end };
    // "In a September poll, 75 percent of Republicans said “…”": the poll reports the share; with no poll in the
    // sentence, the share of people speaks.
    if (SHARE_SUBJECTS.has(headWord)) return pollIn(tokens.sentence[p.a]) ?? { kind: 'anonymous', sourceKind: null, name: phrase, start, end };
    const definite = lowers[wordNo[p.a]] === 'the' || lowers[wordNo[p.a]] === 'this';
    // "A senior leader in the party said … The leader said", "A prosecutor familiar with the case … the prosecutor
    // said": the unnamed source met last under that noun, unless a person holding that title was mentioned since.
    if (definite && p.b - p.a === 2) {
      const k = unnamedBefore(headWord, start);
      const q = k >= 0 ? titled.get(headWord) : undefined;
      if (k >= 0 && (q === undefined || lastMentionBefore(q, start) < sources[k].start)) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    }
    // "A senior BJP leader who did not wish to be named said … The senior BJP leader said": the same words after the
    // article name the same unnamed source, whoever holds a title with that noun.
    if (definite && p.b - p.a > 2 && unnamedBefore(headWord, start, text.slice(tokens.end[p.a], end)) >= 0) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    // "the spokesman said" after "spokesman Oleg Nikolenko": the named holder of that role.
    if (definite && !SOURCE_WORD.test(headWord)) {
      const q = titled.get(headWord);
      if (q !== undefined && people[q].mentions[0].start < start) return { kind: 'person', sourceKind: 'person', name: people[q].name, person: q, start, end };
    }
    // "according to provincial figures", "according to the latest figures": numbers, not people ("according to senior
    // party figures" are people).
    if (headWord === 'figures' && p.a >= 2 && tokens.lowerId[p.a - 2] === ACCORDING_ID && lowers[wordNo[p.a - 1]] === 'to') {
      let ofPeople = false;
      for (let u = p.a; u < p.head && !ofPeople; u++) ofPeople = PEOPLE_FIGURES.has(lowers[wordNo[u]]) || PARTY_MEMBERS.has(lowers[wordNo[u]]);
      if (!ofPeople) return null;
    }
    if (SPOKESPEOPLE.has(headWord) && !definite) unnamedSpokespeople.add(headWord);
    if (lex.anonymousHeads.has(headWord) || SOURCE_WORD.test(headWord) || (SPOKESPEOPLE.has(headWord) && (!definite || unnamedSpokespeople.has(headWord)))) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
    if (MEDIA_HEADS.has(headWord)) {
      // "According to the newspaper", "the paper reported": the outlet the article named last before it.
      const outlet = definite && p.b - p.a === 2 && BACK_POINTING_MEDIA.has(headWord) ? outletBefore(p.a) : null;
      return { kind: 'media', sourceKind: 'media', name: outlet ?? phrase, start, end };
    }
    if (lex.metonyms.longestEndingAt(tokens, p.head + 1, p.a, 4) || lex.orgHeads.has(headWord)) return { kind: 'organization', sourceKind: 'organization', name: phrase, start, end };
    // "Residents of Saravena say", "Residents in Gaza said": a group opening the sentence, placed by a name.
    const opener = lowers[wordNo[p.a]];
    if (p.type === 'name' && p.b - p.a >= 3 && p.a === tokens.sentenceStart[tokens.sentence[p.a]] && ENDS_S.test(opener) && isPersonNoun(opener) && GROUP_PLACES.has(lowers[wordNo[p.a + 1]]) && !isCapWord(tokens, p.a + 1)) {
      return lex.anonymousHeads.has(opener) ? { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: opener } : { kind: 'anonymous', sourceKind: 'vague', name: phrase, start, end };
    }
    // "Residents say…": a common noun capitalized only because it opens the sentence.
    const commonNoun = p.b - p.a === 1 && p.a === tokens.sentenceStart[tokens.sentence[p.a]] && (isPersonNoun(headWord) || lex.vagueGroupHeads.has(headWord));
    // "Another Labour MP said": a capitalized role with no name in it is a role, not a person's name.
    const roleName = p.type === 'name' && p.b - p.a >= 2 && !!lex.titles.longestAt(tokens, p.head, p.head + 1);
    if (p.type === 'name' && !commonNoun && !roleName) {
      // "Article 33 affirms:", "Resolution 2334 says": one capitalized word numbered after it names a document or
      // a thing, not a person; not a speaker after its verb ("said Kane 90 minutes after the whistle") or a person,
      // unless the word names a document ("said Article 5 of the charter") and no given name.
      const document = DOCUMENTS.has(headWord) && !lex.firstNames.has(headWord);
      if (p.b - p.a === 1 && p.b < count && tokens.lineBreak[p.b] === 0 && DIGIT_FIRST.test(tokens.words.surface[tokens.wordNo[p.b]]) && personAt[p.a] < 0 && (document || !(p.a > 0 && isCue(p.a - 1)))) {
        return { kind: 'organization', sourceKind: 'organization', name: text.slice(start, tokens.end[p.b]), start, end: tokens.end[p.b] };
      }
      // "Any", "Every": a determiner capitalized because it opens the sentence is no name; nor an adverb
      // ("Hastily politicizing the tragedy …, Trump cast …") that no person or given name has.
      if (p.b - p.a === 1 && FUNCTION_WORD_IDS[tokens.lowerId[p.a]] === 1) return null;
      if (p.b - p.a === 1 && personAt[p.a] < 0 && p.a === tokens.sentenceStart[tokens.sentence[p.a]] && looksLikeAdverb(lowers[wordNo[p.a]]) && !lex.firstNames.has(lowers[wordNo[p.a]])) return null;
      // A name the house rules say is never a person (`ignoredNames`) speaks as an organization.
      const ignored = lex.ignoredNames.longestAt(tokens, p.a, p.b)?.length === p.b - p.a;
      // A name ending in "s" reads as a group ("Democrats", "Israelis"), unless a given name opens it ("Michelle
      // Marks") or it ends as no plural does ("Harris", "Ross", "Marcus"; but "Israelis", a demonym's plural).
      const surface = tokens.words.surface[tokens.wordNo[p.head]];
      const plural = ENDS_S.test(headWord) && !(p.b - p.a >= 2 && lex.firstNames.has(lowers[wordNo[p.a]])) && (!NO_PLURAL_ENDING.test(headWord) || lex.nationalities.has(surface.slice(0, -1)));
      // "the Census", "the AFL-CIO": a name after "the" is a body's, not a person's; not a party member ("the
      // Kentucky Republican") or a person an outlet's possessive introduces ("The Post's Dana Milbank").
      const definiteName = (tokens.lowerId[p.a] === THE_ID || (p.a > 0 && tokens.lowerId[p.a - 1] === THE_ID)) && !PARTY_MEMBERS.has(headWord) && !possessiveBefore(p.a, p.head);
      if (ignored || lex.nationalities.has(surface) || plural || definiteName) return { kind: 'organization', sourceKind: 'organization', name: phrase, start, end };
      return { kind: 'person', sourceKind: 'person', name: phrase, start, end };
    }
    if (DOCUMENTS.has(headWord)) {
      // "The mayor … issued a statement … “…,” the statement said": the statement speaks for whoever issued it.
      const issuer = definite ? issuerOf(p.a, headWord) : null;
      if (issuer) return issuer.person !== undefined ? { kind: issuer.kind, sourceKind: issuer.sourceKind, name: issuer.name, person: issuer.person, start, end } : { kind: issuer.kind, sourceKind: issuer.sourceKind, name: issuer.name, start, end };
      // "a statement published by the ministry": the issuer named right after it speaks, not the document.
      const named = issuedBy(p.b);
      if (named) return named;
      return { kind: 'organization', sourceKind: 'organization', name: phrase, start, end };
    }
    if (lex.roleNouns.has(headWord) || lex.titles.longestAt(tokens, p.head, p.head + 1)) {
      // "the president said": the person with that title, when the article named one.
      if (lowers[wordNo[p.a]] === 'the' || lowers[wordNo[p.a]] === 'this') {
        const q = titled.get(headWord);
        if (q !== undefined && people[q].mentions[0].start < start) return { kind: 'person', sourceKind: 'person', name: people[q].name, person: q, start, end };
      }
      const later = ledeHolder(p, headWord, end);
      if (later >= 0) return { kind: 'person', sourceKind: 'person', name: people[later].name, person: later, start, end };
      if (unidentifiedOffice(p, roleName)) return { kind: 'anonymous', sourceKind: 'anonymous', name: phrase, start, end, head: headWord };
      // An unnamed holder of a role: a person, not an anonymous source.
      return { kind: 'person', sourceKind: null, name: phrase, start, end };
    }
    // Any other description: "a young boy", "the gambling tycoon": an unnamed or described person.
    const det = lowers[wordNo[p.a]];
    // "some commuters said", "many residents say": an unnamed part of a group, vague sourcing.
    if (VAGUE_QUANTIFIERS.has(det) && ENDS_S.test(headWord) && isPersonNoun(headWord)) return { kind: 'anonymous', sourceKind: 'vague', name: phrase, start, end };
    // "the gambling tycoon", "Clinton’s right-hand woman", "Hillary Clinton’s top woman": a person described.
    if ((DETERMINERS.has(det) || possessiveBefore(p.a, p.head)) && isPersonNoun(headWord)) return { kind: 'person', sourceKind: null, name: phrase, start, end };
    // "Prosecutors said", "a case that prosecutors called …": a side in court speaking for itself, no vague source.
    if (COURT_SIDES.has(headWord)) return { kind: 'organization', sourceKind: null, name: phrase, start, end };
    // An unnamed group speaking ("residents say", "business leaders said"): vague sourcing.
    if (ENDS_S.test(headWord) && isPersonNoun(headWord)) return { kind: 'anonymous', sourceKind: 'vague', name: phrase, start, end };
    return null;
  };

  /** outletBefore's answers by token (most texts never ask). */
  const outletAt = new Map<number, string | null>();
  /**
   * The name of the outlet named last before token u, in u's paragraph or the two before it ("Haaretz reported …
   * According to the newspaper"): a name of the media list, or capitalized words before an outlet noun ("Family
   * Circle magazine"); null when there is none.
   */
  const outletBefore = (u: number): string | null => {
    let name = outletAt.get(u);
    if (name !== undefined) return name;
    name = null;
    const first = tokens.paragraph[u] - 2;
    for (let t = u - 1; t >= 0 && tokens.paragraph[t] >= first; t--) {
      if (isCapWord(tokens, t)) {
        const m = lex.media.longestAt(tokens, t, u);
        if (!m) continue;
        // Read backwards, "Washington Post" is met before "The Washington Post".
        const whole = t > 0 ? lex.media.longestAt(tokens, t - 1, u) : null;
        const [a, length] = whole && whole.length > m.length ? [t - 1, whole.length] : [t, m.length];
        name = withoutPossessive(text.slice(tokens.start[a], tokens.end[a + length - 1]));
        break;
      }
      // "Family Circle magazine": capitalized words before a lowercase outlet noun.
      if (BACK_POINTING_MEDIA_IDS[tokens.keyId[t]] === 1 && t > 0 && isCapWord(tokens, t - 1) && tokens.paragraph[t - 1] === tokens.paragraph[t]) {
        let a = t - 1;
        while (a > 0 && a > t - 5 && isCapWord(tokens, a - 1) && tokens.paragraph[a - 1] === tokens.paragraph[t]) a--;
        if (tokens.lowerId[a] === THE_ID) a++;
        if (a < t) {
          name = text.slice(tokens.start[a], tokens.end[t - 1]);
          break;
        }
      }
    }
    outletAt.set(u, name);
    return name;
  };

  /** True when a word from token a up to (not including) token h ends in a possessive ’s ("Hillary Clinton’s top …"). */
  const possessiveBefore = (a: number, h: number): boolean => {
    for (let u = a; u < h; u++) if (isPossessive(tokens.words.surface[tokens.wordNo[u]])) return true;
    return false;
  };

  /** The issuer after a document's noun phrase ending at token b: "… published by the ministry", "… issued by Kyiv". */
  const issuedBy = (b: number): Resolved | null => {
    if (b + 2 >= count || !ISSUED.has(lowers[wordNo[b]]) || lowers[wordNo[b + 1]] !== 'by' || inQuote[b] >= 0) return null;
    const q = np.after(b + 2, Math.min(count, b + 10));
    if (!q || q.a !== b + 2 || q.type === 'pronoun') return null;
    const r = resolve(q);
    return r && r.sourceKind !== null && r.sourceKind !== 'vague' ? r : null;
  };

  /** The poll or survey named in sentence `sentence` ("a September Washington Post-ABC News poll"), as its source. */
  const pollIn = (sentence: number): Resolved | null => {
    const s0 = tokens.sentenceStart[sentence];
    const s1 = tokens.sentenceStart[sentence + 1] ?? count;
    for (let u = s0; u < s1; u++) {
      if (inQuote[u] >= 0 || !POLL_NOUNS.has(lowers[wordNo[u]])) continue;
      const p = np.endingAt(u, s0);
      if (!p) continue;
      const { start, end } = span(p.a, p.b);
      return { kind: 'organization', sourceKind: 'organization', name: text.slice(start, end), start, end };
    }
    return null;
  };

  /**
   * Who issued the document named at token a ("the statement"): the subject of the sentence, in the same or one
   * of the three sentences before, that introduced it indefinitely ("The mayor issued a statement", "X said in a
   * statement"), when that subject is a named or titled person or an organization.
   */
  const issuerOf = (a: number, head: string): Resolved | null => {
    const s = tokens.sentence[a];
    const floor = tokens.sentenceStart[Math.max(0, s - 3)];
    for (let u = a - 1; u > floor; u--) {
      if (lowers[wordNo[u]] !== head || inQuote[u] >= 0) continue;
      const det = lowers[wordNo[u - 1]];
      if (det !== 'a' && det !== 'an') continue;
      const s0 = tokens.sentenceStart[tokens.sentence[u]];
      const subject = sentenceSubject(s0, u - 1);
      if (!subject || subject.b > u - 1 || DOCUMENTS.has(lowers[wordNo[subject.head]])) return null;
      const r = subject.type === 'pronoun' ? null : resolve(subject);
      return r && (r.person !== undefined || r.kind === 'organization' || r.kind === 'media') ? r : null;
    }
    return null;
  };

  /** True when the comma at token c is the first of its sentence and closes an opening adverbial ("In an interview with X,"). */
  const inOpener = (c: number): boolean => {
    const s0 = tokens.sentenceStart[tokens.sentence[c]];
    if (!PREPOSITION_OPENERS.has(lowers[wordNo[s0]])) return false;
    for (let u = s0; u < c; u++) if (tokens.words.surface[tokens.wordNo[u]] === ',') return false;
    return true;
  };

  // Objects written out in full (no spread of a temporary object); `person` last, only when known.
  const toSpeaker = (r: Resolved): Speaker =>
    r.person !== undefined ? { kind: r.kind, name: r.name, start: r.start, end: r.end, person: r.person } : { kind: r.kind, name: r.name, start: r.start, end: r.end };

  const remember = (r: Resolved) => {
    lastResolved = r;
    if (r.person !== undefined) lastPerson = r.person;
    const at = r.sourceKind ? tokenAt(tokens, r.start) : -1;
    if (r.sourceKind && sourceAt[at] < 0) {
      sourceAt[at] = sources.length;
      const srcText = text.slice(r.start, r.end);
      sources.push(
        r.person !== undefined
          ? { kind: r.sourceKind, text: srcText, name: r.name, start: r.start, end: r.end, person: r.person }
          : { kind: r.sourceKind, text: srcText, name: r.name, start: r.start, end: r.end },
      );
      if (r.head) heads.set(r.start, r.head);
    }
  };

  // First token after each paragraph (0: not asked yet), found once per paragraph asked about: only paragraphs
  // with quotes are, so no pass over every token.
  const paragraphEnd = new Int32Array(tokens.paragraphEnd.length);
  const paraEndTok = (u: number) => {
    const p = tokens.paragraph[u];
    if (paragraphEnd[p] === 0) {
      let v = u + 1;
      while (v < count && tokens.paragraph[v] === p) v++;
      paragraphEnd[p] = v;
    }
    return paragraphEnd[p];
  };

  /** “…,” X said / “…,” said X / “…,” according to X. */
  const after = (qi: number): [Resolved, Cue] | null => {
    const qe = quoteEnd[qi];
    let u = qe;
    if (u < count && tokens.paragraph[u] !== tokens.paragraph[qe - 1]) return dashLine(qi);
    if (u >= count || tokens.paragraph[u] !== tokens.paragraph[qe - 1]) return null;
    const signed = dashSigned(qi);
    if (signed) return signed;
    if (tokens.kind[u] === TokenKind.Punct && (tokens.words.surface[tokens.wordNo[u]] === ',' || tokens.words.surface[tokens.wordNo[u]] === '—' || tokens.words.surface[tokens.wordNo[u]] === '-')) u++;
    const limit = lineEnd(qe, Math.min(paraEndTok(qe - 1), u + 24));
    if (u >= limit) return null;
    // “…,” a figure the delegation declined to confirm / “…,” a claim the ministry denied: a phrase describing what
    // was said, whose clause attributes nothing.
    if ((lowers[wordNo[u]] === 'a' || lowers[wordNo[u]] === 'an') && QUOTE_DESCRIPTIONS.has(lowers[wordNo[u + 1]])) return null;
    if (lowers[wordNo[u]] === 'according' && lowers[wordNo[u + 1]] === 'to') {
      const p = np.after(u + 2, limit);
      const r = p && resolve(p);
      if (r) return [r, cueOf('according-to', u, u + 2)];
    }
    // “…,” in the words of X.
    const wordsOf = inTheWordsOf(u, limit, false);
    if (wordsOf) return wordsOf;
    // “…,” in Smith's words, “…” / “…,” in her telling. — only where nothing else follows the phrase but the quote's
    // next part or the sentence's end ("“…,” in his view, said Mary Jones": she says it).
    const account = inAccountOf(u, limit);
    if (account) {
      let e = account[2];
      if (e < count && tokens.words.surface[tokens.wordNo[e]] === ',') e++;
      if (e >= limit || tokens.kind[e] === TokenKind.Quote || SENTENCE_END_MARK.test(tokens.words.surface[tokens.wordNo[e]])) return [account[0], account[1]];
    }
    // “…,” as X put it / as X said.
    if (lowers[wordNo[u]] === 'as' && !isCue(u + 1)) {
      const sv = np.subjectThenVerb(u + 1, limit, isCue);
      const r = sv && resolve(sv[0]);
      if (sv && r) return [r, cueOf('verb-after', sv[1], sv[1] + 1)];
    }
    if (isCue(u) && INVERTING.has(lowers[wordNo[u]])) {
      const named = roleThenName(u + 1, limit);
      if (named) return [named, cueOf('verb-after', u, u + 1)];
      const p = np.after(u + 1, limit) ?? describedName(u + 1, limit);
      // The subject of an inverted verb ends its clause: “…,” said Smith, … / said a senior official.
      if (p && !(p.type === 'pronoun' && OBJECT_PRONOUNS.has(lowers[wordNo[p.a]])) && !(p.b < limit && tokens.kind[p.b] === TokenKind.Word && (AUXILIARIES.has(lowers[wordNo[p.b]]) || isCue(p.b)))) {
        const r = resolve(p);
        if (r) return [r, cueOf('verb-after', u, u + 1)];
      }
    }
    // “…,” opined Cleveland's Plain Dealer.: another past-tense reporting verb inverts too when its subject
    // closes the sentence.
    if (isCue(u) && !INVERTING.has(lowers[wordNo[u]]) && ENDS_ED.test(lowers[wordNo[u]]) && COMMA_QUESTION_EXCLAMATION.test(text.charAt(tokens.start[qe - 1] - 1))) {
      const p = np.after(u + 1, limit);
      const end = p && (p.b >= limit || tokens.words.surface[tokens.wordNo[p.b]] === '.');
      const r = end && p.type !== 'pronoun' ? resolve(p) : null;
      if (r) return [r, cueOf('verb-after', u, u + 1)];
    }
    // “This is fantastic!” beamed Donald Hartley: a past-tense verb the lexicon does not know, right before a
    // known person's name that ends the clause.
    if (tokens.kind[u] === TokenKind.Word && !isCapWord(tokens, u) && ENDS_ED.test(lowers[wordNo[u]]) && !lex.verbs.has(lowers[wordNo[u]]) && personAt[u + 1] >= 0 && COMMA_QUESTION_EXCLAMATION.test(text.charAt(tokens.start[qe - 1] - 1))) {
      const who = personAt[u + 1];
      let e = u + 2;
      while (e < limit && personAt[e] === who) e++;
      if (e >= limit || tokens.kind[e] !== TokenKind.Word) {
        const m = mentionSpan(u + 1, who);
        return [{ kind: 'person', sourceKind: 'person', name: people[who].name, person: who, start: m.start, end: m.end }, cueOf('verb-after', u, u + 1)];
      }
    }
    // “…,” Warren, who has not endorsed a candidate, told reporters: a relative clause between subject and verb.
    const rel = relativeThenVerb(u, limit);
    if (rel) return rel;
    const sv = np.subjectThenVerb(u, limit, isCue);
    // “…,” Will wrote / “…,” From said: a surname that is also a common word ("Will", "From", "Read"), which
    // the people pass tied to a person named earlier; the phrase reader takes it for an auxiliary or a verb.
    if ((!sv || sv[0].a !== u) && personAt[u] >= 0 && u + 1 < limit && personAt[u + 1] !== personAt[u] && isCue(u + 1) && !isCapWord(tokens, u + 1)) {
      const m = mentionSpan(u, personAt[u]);
      if (m.end === tokens.end[u]) return [{ kind: 'person', sourceKind: 'person', name: people[personAt[u]].name, person: personAt[u], start: m.start, end: m.end }, cueOf('verb-after', u + 1, u + 2)];
    }
    // “…,” Hannity pressed. / “…?” Hannity pressed. (a question or exclamation ends the quote, not the sentence)
    if (!sv && (endsInComma(qi) || endsInMark(qi, 63) || endsInMark(qi, 33))) {
      const r = anyVerbAfter(u, limit);
      if (r) return r;
    }
    // After a quote that closed its sentence (“….”), "Haaretz reported that…" starts a new statement,
    // and so does "Mr. Zahed said: “…”", whose colon introduces the next quote.
    // "“…,” Nate Silver, the polling guru who founded the site said": the name before the apposition speaks,
    // not the subject found later in the apposition.
    if (sv && sv[0].a > u && personAt[u] >= 0) {
      const app = appositionThenVerb(u);
      if (app) return app;
    }
    // “… continue.” He added, “…”: after a quote that closes its sentence (with . ? or !), a verb followed by a
    // comma and a quote introduces that quote, as one followed by a colon does.
    // So does one right before a quote ("“A.” John Roe said “B.”": Roe's cue is B's).
    const introducesNext = SENTENCE_END_CHAR.test(text.charAt(tokens.start[qe - 1] - 1)) && sv !== null && ((tokens.words.surface[tokens.wordNo[sv[1] + 1]] === ',' && tokens.kind[sv[1] + 2] === TokenKind.Quote) || (tokens.kind[sv[1] + 1] === TokenKind.Quote && inQuote[sv[1] + 1] >= 0 && inQuote[sv[1] + 1] !== qi));
    if (sv && !introducesNext && !(closedSentence(qe) && (opensClause(sv[1] + 1) || tokens.words.surface[tokens.wordNo[sv[1] + 1]] === ':'))) {
      const r = resolve(sv[0]) ?? described(sv[0], sv[1]);
      if (r) return [r, cueOf('verb-after', sv[1], sv[1] + 1)];
    }
    return sv ? null : appositionThenVerb(u) ?? describedThenName(u, limit);
  };

  /**
   * “…,” Fight for $15 organizing director Kendall Fells told Fox News: a longer description, then a known
   * person's name right before the reporting verb, with no comma or quote between the quote and the name.
   */
  const describedThenName = (u: number, limit: number): [Resolved, Cue] | null => {
    // A new clause ("while X suggested", "but Trump said", "And Trump decried") is no attribution.
    const first = lowers[wordNo[u]];
    if (u === 0 || tokens.sentence[u] !== tokens.sentence[u - 1] || SUBORDINATORS.has(first) || first === 'and' || first === 'but' || first === 'or' || first === 'while') return null;
    for (let v = u + 2; v < limit && v < u + 12; v++) {
      const w = tokens.words.surface[tokens.wordNo[v - 1]];
      if (w === ',' || w === '.' || w === ';' || w === ':' || tokens.kind[v - 1] === TokenKind.Quote) return null;
      const who = personAt[v - 1];
      if (who < 0 || !isCue(v) || isCapWord(tokens, v)) continue;
      const m = mentionSpan(v - 1, who);
      if (m.start <= tokens.start[u]) return null;
      return [{ kind: 'person', sourceKind: 'person', name: people[who].name, person: who, start: m.start, end: m.end }, cueOf('verb-after', v, v + 1)];
    }
    return null;
  };

  /** True when the name of the person at token u (read up to `limit`) ends in a possessive ("Rubio’s"). */
  const ownerAt = (u: number, limit: number): boolean => {
    let e = u;
    while (e < limit && personAt[e] === personAt[u]) e++;
    return isPossessive(lowers[wordNo[e - 1]]);
  };

  /**
   * "said Rubio’s deputy campaign manager, Rich Beeson, who …": a role (a title or role noun ends it) set off by a
   * comma before a known person's name, which a comma or the sentence's end closes. The name speaks.
   */
  const roleThenName = (from: number, limit: number): Resolved | null => {
    let c = from;
    let role = false;
    // A possessive name belongs to the role ("Rubio’s deputy campaign manager").
    while (c < limit && c < from + 8 && tokens.kind[c] === TokenKind.Word && (personAt[c] < 0 || ownerAt(c, limit)) && !isCue(c)) {
      if (lex.roleNouns.has(lowers[wordNo[c]]) || lex.titles.longestAt(tokens, c, c + 1)) role = true;
      c++;
    }
    if (!role || c === from || c + 1 >= limit || tokens.words.surface[tokens.wordNo[c]] !== ',' || !(lex.roleNouns.has(lowers[wordNo[c - 1]]) || lex.titles.longestAt(tokens, c - 1, c))) return null;
    const who = personAt[c + 1];
    if (who < 0) return null;
    let e = c + 2;
    while (e < count && personAt[e] === who) e++;
    const close = e < count ? tokens.words.surface[tokens.wordNo[e]] : '.';
    if (e < count && tokens.sentence[e] === tokens.sentence[c] && close !== ',' && close !== '.' && close !== ';') return null;
    const m = mentionSpan(c + 1, who);
    return { kind: 'person', sourceKind: 'person', name: people[who].name, person: who, start: m.start, end: m.end };
  };

  /**
   * A quote standing as its own paragraph, signed by the next one: "“…”\n\n- Bernie Sanders." (fact checks,
   * epigraphs, quote boxes). The signature paragraph is a dash and a name, nothing else.
   */
  const dashLine = (qi: number): [Resolved, Cue] | null => {
    const qs = quoteFirst[qi];
    const qe = quoteEnd[qi];
    if (qs > 0 && tokens.paragraph[qs - 1] === tokens.paragraph[qs]) return null;
    const d = qe;
    if (tokens.kind[d] !== TokenKind.Punct || !DASHES.has(tokens.words.surface[tokens.wordNo[d]])) return null;
    let e = paraEndTok(d);
    if (e - 1 > d && tokens.words.surface[tokens.wordNo[e - 1]] === '.') e--;
    // "- Michelle Marks, Philadelphia." / "-President Obama, tweeting after Clinton's speech.": a comma may set off
    // a place or a short note after the name.
    for (let c = d + 2; c < e && c < d + 7; c++) {
      if (tokens.words.surface[tokens.wordNo[c]] === ',') {
        if (e - c <= 10) e = c;
        break;
      }
    }
    return signature(d, e);
  };

  /** The name in tokens (d, e) after the signature's dash at d, as a cue: one to five tokens that are a name or phrase, no pronoun. */
  const signature = (d: number, e: number): [Resolved, Cue] | null => {
    if (e - d < 2 || e - d > 6) return null;
    const p = np.after(d + 1, e);
    if (!p || p.b !== e || p.type === 'pronoun') return null;
    const r = resolve(p);
    return r ? [r, cueOf('verb-after', d, d + 1)] : null;
  };

  /**
   * A quote opening its line and signed on it: "“He represents our greatest shame.” ― Sonya Herridge" (readers'
   * comments, vox pops, pull quotes). After the closing mark only a dash and a name, up to the line's end.
   */
  const dashSigned = (qi: number): [Resolved, Cue] | null => {
    const qs = quoteFirst[qi];
    const d = quoteEnd[qi];
    if (qs > 0 && tokens.lineBreak[qs] !== 1) return null;
    if (d >= count || tokens.kind[d] !== TokenKind.Punct || !DASHES.has(tokens.words.surface[tokens.wordNo[d]]) || tokens.paragraph[d] !== tokens.paragraph[qs]) return null;
    let e = lineEnd(d + 1, Math.min(count, d + 8));
    if (e < count && e === d + 8 && tokens.lineBreak[e] !== 1) return null;
    if (e - 1 > d && tokens.words.surface[tokens.wordNo[e - 1]] === '.') e--;
    return signature(d, e);
  };

  /** Person `who`, named at their mention that covers token u. */
  const namedPerson = (u: number, who: number): Resolved => {
    const m = mentionSpan(u, who);
    return { kind: 'person', sourceKind: 'person', name: people[who].name, person: who, start: m.start, end: m.end };
  };

  /**
   * “…,” Mr. Mahaney, of RBC Capital Markets, said / “…,” Texas delegate Bill Eastland, wearing a cowboy hat
   * and “Ted Cruz” pins, said: a named person (perhaps after a short description), an apposition or clause
   * of any shape in the same sentence, then a comma and the reporting verb.
   */
  const appositionThenVerb = (u: number): [Resolved, Cue] | null => {
    const limit = lineEnd(u, Math.min(paraEndTok(u), u + 50));
    let w = u;
    while (w < limit && w < u + 4 && tokens.kind[w] === TokenKind.Word && personAt[w] < 0 && !isCue(w) && !AUXILIARIES.has(lowers[wordNo[w]])) w++;
    const who = w < limit ? personAt[w] : -1;
    if (who < 0) return null;
    let e = w + 1;
    while (e < limit && personAt[e] === who) e++;
    // "…,” state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said": two named people.
    let pair: Resolved | null = null;
    if (e < limit && lowers[wordNo[e]] === 'and') {
      let x = e + 1;
      while (x < limit && x < e + 5 && tokens.kind[x] === TokenKind.Word && personAt[x] < 0) x++;
      const other = x < limit ? personAt[x] : -1;
      if (other >= 0 && other !== who) {
        let y = x + 1;
        while (y < limit && personAt[y] === other) y++;
        const a0 = mentionSpan(w, who).start;
        const b0 = mentionSpan(x, other).end;
        pair = { kind: 'person', sourceKind: null, name: text.slice(a0, b0), start: a0, end: b0 };
        e = y;
      }
    }
    if (e >= limit || tokens.words.surface[tokens.wordNo[e]] !== ',') return null;
    // "…,” Katie Packer, who is chairman of the PAC said in a statement: an apposition opening with "who" or
    // a determiner whose closing comma the writer left out; the verb then ends the sentence.
    const unclosed = e + 1 < limit && APPOSITION_OPENERS.has(lowers[wordNo[e + 1]]);
    for (let c = e + 1; c + 1 < limit && tokens.sentence[c] === tokens.sentence[e]; c++) {
      if (unclosed && c > e + 2 && tokens.kind[c - 1] === TokenKind.Word && !RELATIVE_PRONOUNS.has(lowers[wordNo[c - 1]]) && !AUXILIARIES.has(lowers[wordNo[c - 1]]) && !isCue(c - 1) && isCue(c) && SPEECH.has(lowers[wordNo[c]]) && endsSentenceSoon(c + 1, limit)) {
        return [pair ?? namedPerson(w, who), cueOf('verb-after', c, c + 1)];
      }
      if (tokens.words.surface[tokens.wordNo[c]] !== ',' || !isCue(c + 1) || ENDS_ING.test(lowers[wordNo[c + 1]])) continue;
      if (c + 2 < count && tokens.kind[c + 2] === TokenKind.Word && isCue(c + 2)) return null;
      return [pair ?? namedPerson(w, who), cueOf('verb-after', c + 1, c + 2)];
    }
    return null;
  };

  /** The verb ends its sentence within a few words ("… said in a statement provided to POLITICO."), quoting nothing more. */
  const endsSentenceSoon = (from: number, limit: number): boolean => {
    for (let c = from; c < from + 8; c++) {
      if (c >= count || tokens.sentence[c] !== tokens.sentence[from - 1]) return true;
      if (c >= limit || isCue(c) || inQuote[c] >= 0) return false;
    }
    return false;
  };

  /**
   * “…,” the real estate developer said / “…,” a voice-over in the ad states: a described subject
   * right before the reporting verb speaks, even when no lexicon knows its head noun.
   */
  const described = (p: NP, verb: number): Resolved | null => {
    // A participle ("a nod to the front-runner acknowledging …") or a naming verb ("a formula called “…”") has no speaker.
    if (p.type !== 'np' || p.head === p.a || ENDS_ING.test(lowers[wordNo[verb]]) || NAMING.has(lowers[wordNo[verb]])) return null;
    const det = lowers[wordNo[p.a]];
    if (!(DETERMINERS.has(det) && det !== 'most' && det !== 'more') && !isPossessive(det)) return null;
    const { start, end } = span(p.a, p.b);
    const head = lowers[wordNo[p.head]];
    // The head must be a noun: "a snappy", "the form of a convoluted" end in an adjective.
    if (ADJECTIVE_END.test(head)) return null;
    // An agent noun ("developer", "consultant") is a person; anything else that speaks ("the ad", "a voice-over") is not.
    const last = head.slice(head.lastIndexOf('-') + 1);
    const kind: SpeakerKind = isPersonNoun(head) || NUMBER_WORDS.has(head) || (last.length > 4 && AGENT_NOUN_END.test(last)) ? 'person' : 'organization';
    return { kind, sourceKind: null, name: text.slice(start, end), start, end };
  };

  /**
   * "said retired neurosurgeon Ben Carson", "mused Blaze co-host Stu Burguiere": a few words describing a
   * person, then their name.
   */
  const describedName = (a: number, limit: number): NP | null => {
    for (let w = a; w < limit && w < a + 6; w++) {
      if (tokens.kind[w] !== TokenKind.Word || isCue(w) || AUXILIARIES.has(lowers[wordNo[w]])) return null;
      const who = personAt[w];
      if (who < 0) {
        // "said retired neurosurgeon Ben Carson": a given name and a surname after the description, even where
        // the people pass found no other evidence for them.
        if (w > a && lex.firstNames.has(lowers[wordNo[w]]) && isCapWord(tokens, w) && isCapWord(tokens, w + 1) && w + 1 < limit) {
          let e = w + 1;
          while (e < limit && isCapWord(tokens, e) && personAt[e] < 0) e++;
          return { a: w, b: e, type: 'name', head: e - 1 };
        }
        continue;
      }
      let e = w + 1;
      while (e < limit && personAt[e] === who) e++;
      // "said Clinton’s top foreign policy aide Jake Sullivan": a possessive name is part of the description.
      if (isPossessive(lowers[wordNo[e - 1]]) || (tokens.kind[e] === TokenKind.Quote && np.apostrophe(e))) {
        w = tokens.kind[e] === TokenKind.Quote ? e : e - 1;
        continue;
      }
      if (w === a) return null;
      return { a: w, b: e, type: 'name', head: e - 1 };
    }
    return null;
  };

  /** A subject, then ", who …," or ", a …,", then a reporting verb: [subject, cue]. */
  const relativeThenVerb = (u: number, limit: number): [Resolved, Cue] | null => {
    const p = np.after(u, limit);
    // “…,” a school official who declined to give his name told AFP: an unnamed source, a relative clause with no
    // commas, and the clause's last reporting verb.
    if (p && p.type === 'np' && p.b < limit && lowers[wordNo[p.b]] === 'who' && lex.anonymousHeads.has(lowers[wordNo[p.head]])) {
      let last = -1;
      for (let c = p.b + 2; c < limit && c < p.b + 16 && tokens.kind[c] === TokenKind.Word; c++) if (isCue(c)) last = c;
      const r = last > 0 ? resolve(p) : null;
      if (r) return [r, cueOf('verb-after', last, last + 1)];
    }
    if (!p || p.type === 'pronoun' || tokens.words.surface[tokens.wordNo[p.b]] !== ',' || (lowers[wordNo[p.b + 1]] !== 'who' && lowers[wordNo[p.b + 1]] !== 'whose')) return null;
    let c = p.b + 2;
    while (c < limit && c < p.b + 20 && tokens.words.surface[tokens.wordNo[c]] !== ',' && inQuote[c] < 0) c++;
    if (c >= limit || tokens.words.surface[tokens.wordNo[c]] !== ',' || !isCue(c + 1) || (c + 2 < count && tokens.kind[c + 2] === TokenKind.Word && isCue(c + 2))) return null;
    const r = resolve(p);
    return r ? [r, cueOf('verb-after', c + 1, c + 2)] : null;
  };

  /**
   * “…,” Hannity pressed. / “…,” the two write.: after a quote ending in a comma, a subject and a verb
   * the lexicon does not know, closing the clause, still attribute the quote.
   */
  const anyVerbAfter = (u: number, limit: number): [Resolved, Cue] | null => {
    const p = np.after(u, limit);
    if (!p || p.type === 'pronoun' || p.b >= limit) return null;
    const v = p.b;
    if (tokens.kind[v] !== TokenKind.Word || isCapWord(tokens, v) || !VERB_ENDING.test(lowers[wordNo[v]]) || AUXILIARIES.has(lowers[wordNo[v]])) return null;
    const next = v + 1 < count ? tokens.words.surface[tokens.wordNo[v + 1]] : '.';
    if (!CLAUSE_END_MARK.test(next) && !(lowers[wordNo[v + 1]] === 'on' || lowers[wordNo[v + 1]] === 'in' || lowers[wordNo[v + 1]] === 'back' || lowers[wordNo[v + 1]] === 'up')) return null;
    const r = resolve(p);
    return r ? [r, cueOf('verb-after', v, v + 1)] : null;
  };

  /**
   * The first token from `from` (before `limit`) that opens a new line: in a text whose paragraphs are
   * blank-line separated, a single line break still ends the attribution ("…,” he said.\nZimmerman …").
   */
  const lineEnd = (from: number, limit: number): number => {
    for (let u = Math.max(from, 1); u < limit; u++) if (tokens.lineBreak[u] === 1) return u;
    return limit;
  };

  /**
   * “…,” read one. / “…,” the two write.: words after a quote that ends in a comma attribute it, even
   * when they were not understood; then neither the sentence before nor the quote before tells.
   */
  const unreadCue = (qi: number): boolean => {
    const qe = quoteEnd[qi];
    // "“…,” which votes next." / "“…,” because of shifts in the economy.": after a quote opening its sentence, a
    // relative, a subordinator or a conjunction opens the reporter's own clause, no attribution; the speaker goes on.
    return endsInComma(qi) && qe < count && tokens.kind[qe] === TokenKind.Word && tokens.sentence[qe] === tokens.sentence[qe - 1] && !(quoteFirst[qi] === tokens.sentenceStart[tokens.sentence[qe - 1]] && CLAUSE_LINKS.has(lowers[wordNo[qe]]));
  };

  /** True when the quote's last character inside its closing mark is the character with code `c`. */
  const endsInMark = (qi: number, c: number): boolean => text.charCodeAt(tokens.start[quoteEnd[qi] - 1] - 1) === c;

  /** True when the quote's last character inside its closing mark is a comma (“…,”). */
  const endsInComma = (qi: number): boolean => endsInMark(qi, 44);

  /** True when the quote ends in ? or ! inside its marks and a lowercase word right after it goes on with the sentence. */
  const askedOn = (qi: number): boolean => {
    const qe = quoteEnd[qi];
    return (endsInMark(qi, 63) || endsInMark(qi, 33)) && qe < count && tokens.kind[qe] === TokenKind.Word && !isCapWord(tokens, qe);
  };

  /** True when the quote ending before token qe closes with . inside the marks. */
  const closedSentence = (qe: number): boolean => {
    const c = text.charCodeAt(tokens.start[qe - 1] - 1);
    return c === 46;
  };
  /** True when the quote ends its sentence: a period, ? or ! inside its closing mark or right after it. */
  const endsSentence = (qi: number): boolean => {
    const qe = quoteEnd[qi];
    if (SENTENCE_END_CHAR.test(text.charAt(tokens.start[qe - 1] - 1))) return true;
    return qe >= count || (tokens.start[qe] === tokens.end[qe - 1] && SENTENCE_END_MARK.test(tokens.words.surface[tokens.wordNo[qe]]));
  };

  /** True when token u starts a clause of its own (an object or "that"), not the end of an attribution. */
  const opensClause = (u: number): boolean => {
    if (u >= count || tokens.kind[u] !== TokenKind.Word) return false;
    const w = lowers[wordNo[u]];
    return w === 'that' || w === 'the' || w === 'a' || w === 'an' || (!PLACE_WORDS.has(w) && !isCapWord(tokens, u) && !ENDS_LY.test(w));
  };

  /** X said: “…” / X said the plan was “…” / According to X, “…”. */
  const before = (qi: number): [Resolved, Cue] | null => {
    const qs = quoteFirst[qi];
    const sentence = tokens.sentence[qs];
    let floor = tokens.sentenceStart[sentence];
    // A quote that opens a paragraph after "X said:" takes the cue from the paragraph before.
    if (floor === qs && qs > 0 && tokens.words.surface[tokens.wordNo[qs - 1]] === ':' && tokens.paragraph[qs - 1] !== tokens.paragraph[qs]) {
      floor = tokens.sentenceStart[tokens.sentence[qs - 1]];
      const found = cueBackward(qs - 1, floor) ?? colonSubject(floor, qs - 1);
      return found && [found[0], { ...found[1], kind: 'colon-block' }];
    }
    const found = passiveAgent(qi, floor) ?? invertedCueBefore(qs, floor) ?? cueBackward(qs, floor) ?? cueAtSentenceEnd(qi) ?? possessiveNounCue(qs, floor) ?? asPutIt(qs, floor);
    if (found) return found;
    // "Cruz called them on it: “…”": the subject of the sentence the colon ends.
    if (qs > floor && tokens.words.surface[tokens.wordNo[qs - 1]] === ':') return colonSubject(floor, qs - 1);
    // "Clinton shared her anxiety with donors in the Hamptons, “I do not know …”": a whole sentence quoted
    // after a comma speaks for the clause's subject.
    if (qs > floor + 2 && tokens.words.surface[tokens.wordNo[qs - 1]] === ',' && !quotes[qi].partial && isCapWord(tokens, qs + 1) && !titleCase(qi)) {
      const p = sentenceSubject(floor, qs - 1);
      const r = p && p.type !== 'np' ? resolve(p) : null;
      if (r && (r.kind !== 'person' || r.person !== undefined)) return [r, cueOf('colon-block', qs - 1, qs)];
    }
    return null;
  };

  /**
   * "In the end, said Rosenberg, “…”", "Because of how the schedule was drawn, explained Rosenberg, “…”": a
   * reporting verb set off by a comma, its speaker after it, then a comma and the quote. Only verbs whose speaker
   * follows them when inverted: after "told" or "asked" the name is the one spoken to ("X, who …, told POLITICO, “…”").
   */
  const invertedCueBefore = (qs: number, floor: number): [Resolved, Cue] | null => {
    if (qs - 3 <= floor || tokens.words.surface[tokens.wordNo[qs - 1]] !== ',') return null;
    let p = np.endingAt(qs - 2, Math.max(floor, qs - 10));
    if (!p || p.type === 'pronoun' || p.a - 2 < floor) return null;
    // "…, explained Simon Rosenberg, a Democratic strategist, “…”": the name before an apposition.
    if (tokens.words.surface[tokens.wordNo[p.a - 1]] === ',' && p.type === 'np') {
      const named = np.endingAt(p.a - 2, Math.max(floor, p.a - 8));
      if (!named || named.type !== 'name' || named.a - 2 < floor) return null;
      p = named;
    }
    const v = p.a - 1;
    if (inQuote[v] >= 0 || !INVERTED_SPEECH.has(lowers[wordNo[v]]) || !isCue(v) || tokens.words.surface[tokens.wordNo[v - 1]] !== ',') return null;
    const r = resolve(p);
    return r ? [r, cueOf('verb-before', v, v + 1)] : null;
  };

  /**
   * "As The Post’s Dana Milbank puts it, “…”" / "That's because, as he puts it, “…”": "as", a subject and "put(s) it"
   * opening the sentence or set off by a comma, then a comma and the quote.
   */
  const asPutIt = (qs: number, floor: number): [Resolved, Cue] | null => {
    const v = qs - 3;
    if (v <= floor + 1 || !PUT_IT.has(lowers[wordNo[v]]) || lowers[wordNo[v + 1]] !== 'it' || tokens.words.surface[tokens.wordNo[v + 2]] !== ',') return null;
    let as = v - 1;
    // The subject may carry a long apposition ("As Akhil Amar, professor of constitutional law at Yale and author of
    // “America's Unwritten Constitution,” put it, “…”").
    while (as > floor && as > v - 30 && lowers[wordNo[as]] !== 'as') as--;
    if (lowers[wordNo[as]] !== 'as' || !(as === floor || tokens.words.surface[tokens.wordNo[as - 1]] === ',')) return null;
    const p = np.after(as + 1, v);
    const r = p && (p.b === v || (personAt[p.head] >= 0 && tokens.words.surface[tokens.wordNo[p.b]] === ',')) ? resolve(p) : null;
    return r ? [r, cueOf('verb-before', v, v + 1)] : null;
  };

  /** "… was described as “…” by X": a passive reporting verb before the quote, its agent after it. */
  const passiveAgent = (qi: number, floor: number): [Resolved, Cue] | null => {
    const qs = quoteFirst[qi];
    const qe = quoteEnd[qi];
    let v = qs - 1;
    if (lowers[wordNo[v]] === 'as') v--;
    if (v <= floor || !isCue(v) || !ENDS_ED.test(lowers[wordNo[v]])) return null;
    const aux = lowers[wordNo[v - 1]];
    if (aux !== 'was' && aux !== 'were' && aux !== 'been' && aux !== 'being' && aux !== 'is' && aux !== 'are') return null;
    let u = qe;
    if (tokens.words.surface[tokens.wordNo[u]] === ',') u++;
    if (lowers[wordNo[u]] !== 'by' || tokens.paragraph[u] !== tokens.paragraph[qs]) return null;
    const p = np.after(u + 1, Math.min(paraEndTok(u), u + 14));
    const r = p && resolve(p);
    return r ? [r, cueOf('verb-before', v, v + 1)] : null;
  };

  /**
   * "Trump's accusation that Clinton is playing the “woman's card”", "her remark that “…”": a speech
   * noun owned by someone, then "that" and the quote; the owner is the speaker.
   */
  const possessiveNounCue = (qs: number, floor: number): [Resolved, Cue] | null => {
    // "Clinton’s response was: “…”", "Barrett’s dictum to his interns was, “…”": the owner's words are the quote.
    let link = qs - 1;
    if (link > floor && (tokens.words.surface[tokens.wordNo[link]] === ':' || tokens.words.surface[tokens.wordNo[link]] === ',')) link--;
    if (link > floor && (lowers[wordNo[link]] === 'was' || lowers[wordNo[link]] === 'is')) {
      for (let n = link - 1; n > floor && n >= link - 10; n--) {
        if (inQuote[n] >= 0 || isCue(n)) break;
        if (!POSSESSED_CUES.has(lowers[wordNo[n]]) && !OWNED_WORDS.has(lowers[wordNo[n]])) continue;
        const o = n - 1;
        let p: NP | null = null;
        if (POSSESSIVE_PRONOUNS.has(lowers[wordNo[o]])) p = { a: o, b: o + 1, type: 'pronoun', head: o };
        else if (isPossessive(tokens.words.surface[tokens.wordNo[o]]) && isCapWord(tokens, o)) p = np.endingAt(o, floor);
        const r = p && resolve(p);
        if (r) return [r, cueOf('verb-before', n, n + 1)];
        break;
      }
    }
    for (let u = qs - 1; u > floor && u > qs - 30; u--) {
      if (inQuote[u] >= 0) continue;
      if (isCue(u)) return null;
      if (lowers[wordNo[u]] !== 'that') continue;
      for (let n = u - 1; n > floor && n >= u - 5; n--) {
        if (!POSSESSED_CUES.has(lowers[wordNo[n]])) continue;
        let o = n - 1;
        // One modifier between owner and noun: "her recent comment", "her March comment".
        if (o > floor && tokens.kind[o] === TokenKind.Word && !isPossessive(lowers[wordNo[o]]) && !POSSESSIVE_PRONOUNS.has(lowers[wordNo[o]]) && (!isCapWord(tokens, o) || MONTHS_AND_DAYS.has(lowers[wordNo[o]]))) o--;
        if (o < floor) return null;
        let p: NP | null = null;
        if (POSSESSIVE_PRONOUNS.has(lowers[wordNo[o]])) p = { a: o, b: o + 1, type: 'pronoun', head: o };
        else if (isPossessive(lowers[wordNo[o]])) p = np.endingAt(o, floor);
        const r = p && resolve(p);
        return r ? [r, cueOf('verb-before', n, n + 1)] : null;
      }
      return null;
    }
    return null;
  };

  /** True when x is a subject that ends its clause: at `end`, or before a token that is no word. */
  const closesClause = (x: NP | null, end: number): x is NP => !!x && x.type !== 'pronoun' && (x.b >= end || tokens.kind[x.b] !== TokenKind.Word);

  /** “…” has been “detained” by Britain, the rights group said. */
  const cueAtSentenceEnd = (qi: number): [Resolved, Cue] | null => {
    const qe = quoteEnd[qi];
    const sentence = tokens.sentence[qe - 1];
    const end = Math.min(tokens.sentenceStart[sentence + 1], qe + 60);
    for (let k = qe; k < end; k++) {
      // Past a later quote of the sentence ("“…” are “not out to bash gays,” he said."): its closing comma counts.
      if (inQuote[k] >= 0) continue;
      let u = k;
      const c = k > qe && inQuote[k - 1] >= 0 ? text.charCodeAt(tokens.start[k - 1] - 1) : -1;
      // Past two later quotes at most: a run of marks closes no sentence with a cue.
      if (c >= 0 && inQuote[k - 1] > qi + 2) return null;
      if (c === 44) u = k - 1;
      // A later quote that closes a sentence of its own takes the cue after it; a later term ("as donors waited
      // to see how a “turbulent election cycle” played out, he said.") does not.
      else if (c === 46 || c === 63 || c === 33) return null;
      else if (tokens.words.surface[tokens.wordNo[u]] !== ',') continue;
      // "“…” if she didn't win by more, said David Wasserman, an analyst at …": an inverted verb.
      if (isCue(u + 1) && INVERTING.has(lowers[wordNo[u + 1]]) && lowers[wordNo[u + 1]] !== 'told') {
        // "…, said Ohio State University professor Paul Beck.": a description before the name.
        let p = np.after(u + 2, end);
        if (!closesClause(p, end)) p = describedName(u + 2, end);
        if (closesClause(p, end)) {
          const r = resolve(p);
          if (r) return [r, cueOf('verb-after', u + 1, u + 2)];
        }
      }
      // "a “…” plan, as X put it." / "…, in the words of X."
      const wordsOf = inTheWordsOf(u + 1, end, false);
      if (wordsOf) return wordsOf;
      const asClause = lowers[wordNo[u + 1]] === 'as' && !isCue(u + 2);
      const sv = np.subjectThenVerb(asClause ? u + 2 : u + 1, end, isCue);
      if (!sv) continue;
      // The verb must close the sentence (allowing "on Monday" / "in a statement").
      const v = sv[1];
      let w = v + 1;
      while (w < end && tokens.kind[w] === TokenKind.Word) w++;
      // A longer tail is a prepositional phrase ("…, she said in a video message to the convention.").
      if (w - v > (PLACE_WORDS.has(lowers[wordNo[v + 1]]) ? 14 : 6) || (w < end && !SENTENCE_END_MARK.test(tokens.words.surface[tokens.wordNo[w]]))) continue;
      const r = resolve(sv[0]) ?? described(sv[0], v);
      if (r) return [r, cueOf('verb-after', v, v + 1)];
    }
    return null;
  };

  /**
   * A quote with no cue of its own that opens a paragraph: the person the paragraph before
   * ends on ("Sen. Marco Rubio responded first, ripping into Obama.\n\n“I have been…”").
   */
  const context = (qi: number): [Resolved, Cue] | null => {
    const qs = quoteFirst[qi];
    const para = tokens.paragraph[qs];
    let sentenceStart = tokens.sentenceStart[tokens.sentence[qs]];
    if (sentenceStart !== qs) return null;
    if (qs === 0 || tokens.paragraph[qs - 1] !== para) {
      if (qs === 0 || tokens.paragraph[qs - 1] !== para - 1) return null;
      sentenceStart = tokens.sentenceStart[tokens.sentence[qs - 1]];
    } else sentenceStart = tokens.sentenceStart[tokens.sentence[qs - 1]];
    if (inQuote[sentenceStart] >= 0) return null;
    if (unreadCue(qi)) return null;
    // "…, the Daily Caller reports.\n\n“…”": a cue ending the sentence before.
    const cued = cueBackward(qs, sentenceStart);
    if (cued && cued[1].start >= tokens.start[sentenceStart] && SPEECH.has(cued[1].text.toLowerCase())) return [cued[0], { ...cued[1], kind: 'context' }];
    const p = sentenceSubject(sentenceStart, qs - 1);
    if (!p || (p.type !== 'name' && p.type !== 'pronoun')) return null;
    const r = resolve(p);
    if (!r || r.kind === 'unknown' || r.name === null) return null;
    // A capitalized word that is no known person ("Likewise", "Polls", "Pause") is no speaker to carry over.
    if (r.kind === 'person' && r.person === undefined) return null;
    return [r, cueOf('context', p.a, p.b)];
  };

  /** Every word of the quote capitalized (small words aside): a title or a name ("The Nightly Show"). */
  const titleCase = (qi: number): boolean => {
    const qs = quoteFirst[qi];
    const qe = quoteEnd[qi];
    if (qe - qs > 14) return false;
    for (let u = qs; u < qe; u++) {
      if (tokens.kind[u] !== TokenKind.Word) continue;
      if (!CAPITAL_OR_DIGIT_FIRST.test(tokens.words.surface[tokens.wordNo[u]]) && !TITLE_SMALL.has(lowers[wordNo[u]])) return false;
    }
    return true;
  };

  /**
   * A partial quote in a sentence with no cue: the sentence's subject when it is a named person
   * or a he/she pronoun ("Ramos believes in journalism that “takes sides.”").
   */
  const fragmentSubject = (qi: number): [Resolved, Cue] | null => {
    const qs = quoteFirst[qi];
    const floor = tokens.sentenceStart[tokens.sentence[qs]];
    if (floor >= qs || qs - floor > 40) return null;
    // A single quoted word modifying the noun after it ("the “missing” emails") is a term, not a quotation.
    let words = 0;
    const qe = quoteEnd[qi];
    for (let u = qs; u < qe && words < 2; u++) if (tokens.kind[u] === TokenKind.Word) words++;
    if (words < 2 && qe < count && tokens.kind[qe] === TokenKind.Word && tokens.kind[qe - 2] === TokenKind.Word && !LINKS.has(lowers[wordNo[qe]]) && personAt[qe] < 0) return null;
    for (let u = floor; u < qs; u++) if (inQuote[u] >= 0) return null;
    if (titleCase(qi)) return null;
    const p = sentenceSubject(floor, qs);
    if (!p) return null;
    if (p.type === 'pronoun') {
      const w = tokens.words.key[wordNo[p.head]];
      if (w !== 'he' && w !== 'she' && w !== 'they' && w !== 'it' && w !== 'we') return null;
      // "The non-profit is seeking “…”": a described subject (determiner or possessive) speaks too; a capitalized
      // name must be a known person.
    } else if (p.type === 'name' && personAt[p.head] < 0) return null;
    // "X resigned, and his successor, Y, won on a promise to “…”": a new clause naming someone else is not X speaking.
    let clause = false;
    for (let u = p.b; u < qs; u++) {
      if (tokens.words.surface[tokens.wordNo[u]] === ';' || (tokens.words.surface[tokens.wordNo[u]] === ',' && (lowers[wordNo[u + 1]] === 'and' || lowers[wordNo[u + 1]] === 'but' || lowers[wordNo[u + 1]] === 'while'))) clause = true;
      if (clause && personAt[u] >= 0 && personAt[u] !== personAt[p.head]) return null;
    }
    const r = resolve(p);
    if (!r || (r.kind === 'person' && r.person === undefined && p.type === 'name')) return null;
    return [r, cueOf('context', p.a, p.b)];
  };

  const colonSubject = (floor: number, colon: number): [Resolved, Cue] | null => {
    // "But polls did predict the Democratic caucus - HuffPollster: “…”": in a digest, a short name set off by a
    // dash before the colon is the source quoted.
    let a = colon;
    while (a - 1 > floor && a > colon - 5 && isCapWord(tokens, a - 1)) a--;
    if (a < colon && a - 1 > floor && DASHES.has(tokens.words.surface[tokens.wordNo[a - 1]])) {
      const r = resolve({ a, b: colon, type: 'name', head: colon - 1 });
      if (r) return [r, cueOf('colon-block', colon, colon + 1)];
    }
    // "…surprise Republican pollster Daron Shaw: “…”": a name right before the colon speaks.
    const last = np.endingAt(colon - 1, floor);
    const p = last && last.type === 'name' && personAt[last.head] >= 0 ? last : sentenceSubject(floor, colon);
    const r = p && resolve(p);
    return r ? [r, cueOf('colon-block', colon, colon + 1)] : null;
  };

  const cueBackward = (from: number, floor: number): [Resolved, Cue] | null => {
    for (let v = from - 1; v >= floor && v > from - 45; v--) {
      if (inQuote[v] >= 0) continue;
      if (tokens.lowerId[v] === ACCORDING_ID && lowers[wordNo[v + 1]] === 'to') {
        const p = np.after(v + 2, from);
        const r = p && resolve(p);
        if (r) return [r, cueOf('according-to', v, v + 2)];
        continue;
      }
      // "In Smith's telling, “…”", "In her words, the plan was “…”": the phrase opens the sentence ("Mary Jones said
      // that, in Smith's view, …": she is the speaker).
      if (tokens.lowerId[v] === IN_ID) {
        const account = v === tokens.sentenceStart[tokens.sentence[v]] ? inAccountOf(v, from) : null;
        if (account) return [account[0], account[1]];
        // "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer”", "because, in Forbes’ words, “…”":
        // the words are that speaker's wherever the phrase stands.
        const words = inWordsOf(v, from);
        if (words) return words;
        continue;
      }
      if (!isCue(v)) continue;
      const participle = ENDS_ING.test(lowers[wordNo[v]]);
      // "was told" is passive; "was telling" is not ("being continuing" is no verb form either).
      if ((!participle || lowers[wordNo[v - 1]] === 'being') && (lowers[wordNo[v - 1]] === 'was' || lowers[wordNo[v - 1]] === 'were' || lowers[wordNo[v - 1]] === 'been' || lowers[wordNo[v - 1]] === 'being')) {
        // "Rubio was asked by moderator Gerard Baker whether …“…”": the one who asks speaks.
        if (QUESTIONED.has(lowers[wordNo[v]]) && lowers[wordNo[v + 1]] === 'by') {
          const p = np.after(v + 2, from);
          const r = p && p.type !== 'pronoun' ? resolve(p) : null;
          if (r) return [r, cueOf('verb-before', v, v + 1)];
        }
        if (lowers[wordNo[v]] !== 'quoted') continue; // passive: "was told"
      }
      // "Said Comey, “…”": a verb opening its sentence puts the speaker after it.
      if (v === tokens.sentenceStart[tokens.sentence[v]] && INVERTING.has(lowers[wordNo[v]])) {
        const p = np.after(v + 1, from);
        const r = p && p.type !== 'pronoun' ? resolve(p) : null;
        if (r) return [r, cueOf('verb-before', v, v + 1)];
      }
      // "Smith, who has called Trump “a danger”": the relative pronoun is the mention.
      const rel = relativeSubject(v, floor);
      if (rel) return [rel, cueOf('verb-before', v, v + 1)];
      // "went on to say", "saying": the subject of the sentence.
      // Otherwise ("X did this and said…", "X, in an attempt to…, wrote") the sentence's subject.
      const quotedAs = lowers[wordNo[v - 1]] === 'as' && lowers[wordNo[v - 2]] === 'quoted';
      let p = !quotedAs && (lowers[wordNo[v - 1]] === 'to' || participle) ? (participle ? (progressiveSubject(v, floor) ?? withSubject(v, floor)) : null) : np.before(v, floor);
      // "Trump in his announcement speech called them “…”": a phrase after a preposition is no subject; the
      // phrase before the preposition is.
      if (p && p.b === v && p.a > floor && p.type !== 'pronoun' && OBJECT_OF.has(lowers[wordNo[p.a - 1]]) && !namesPerson(p)) {
        const owner = p.a - 2 >= floor ? np.endingAt(p.a - 2, floor) : null;
        p = owner && !(owner.a > floor && OBJECT_OF.has(lowers[wordNo[owner.a - 1]])) ? owner : null;
      }
      // "Another intelligence source speaking to Fox News said": the outlet is spoken to; the phrase before the
      // participle speaks.
      if (p && p.b === v && p.a - 3 >= floor && p.type !== 'pronoun' && SPOKEN_TO.has(lowers[wordNo[p.a - 1]]) && SPEAKING.has(lowers[wordNo[p.a - 2]])) {
        const speaker = np.endingAt(p.a - 3, floor);
        if (speaker && speaker.b === p.a - 2 && speaker.type !== 'pronoun') p = speaker;
      }
      if (!p) p = sentenceSubject(floor, v);
      // “We will win,” said X, …: a subject inside a quote is no subject; the quote's own cue tells.
      if (p && inQuote[p.head] >= 0) continue;
      // "Aides to the Speaker of the House, Ron Whitaker, said": the name is in apposition to the complement; the
      // aides speak.
      if (p && nameSetInCommas(tokens, p)) {
        const owner = pluralOwner(tokens, lex, inQuote, p.a - 2);
        const aides = owner ? resolve(owner) : null;
        if (aides && aides.kind === 'anonymous') return [aides, cueOf('verb-before', v, v + 1)];
      }
      const adverbial = p !== null && adverbialClause(p.a);
      const r = p && (resolve(p) ?? (p.b === v && (adverbial || !PLACE_WORDS.has(lowers[wordNo[p.a - 1]])) ? described(p, v) : null));
      if (r) return (adverbial ? null : outerCue(v, floor)) ?? [r, cueOf('verb-before', v, v + 1)];
    }
    return null;
  };

  /** True when a known person is named inside the phrase. */
  const namesPerson = (p: NP): boolean => {
    for (let u = p.a; u < p.b; u++) if (personAt[u] >= 0) return true;
    return false;
  };

  /**
   * True when the subject at token a opens an adverbial clause ("Cruz said as the heckler yelled: “…”",
   * "at which point the crowd chanted “…”", "to which O'Malley interjected:"): its verb is no complement
   * of an earlier "said", so that verb's own subject speaks. Not after "that": in "Clinton said that when Warren
   * railed against Wall Street, “…”" the clause opens Clinton's reported sentence, which the quote ends.
   */
  const adverbialClause = (a: number): boolean => {
    const w = lowers[wordNo[a - 1]];
    if (lowers[wordNo[a - 2]] === 'that') return false;
    if (w === 'point') return lowers[wordNo[a - 2]] === 'which';
    return w === 'as' || w === 'when' || w === 'while' || w === 'until' || w === 'before' || w === 'after' || (w === 'which' && lowers[wordNo[a - 2]] === 'to');
  };

  /**
   * The subject of a reporting verb in a progressive form: "he’s calling it “…”", "Trump was telling reporters “…”",
   * "they are now saying". The phrase right before the form of "be" (one adverb may stand between), or the pronoun
   * of a contraction ("he’s"); else null.
   */
  const progressiveSubject = (v: number, floor: number): NP | null => {
    let w = v - 1;
    if (w > floor && (PROGRESSIVE_ADVERBS.has(lowers[wordNo[w]]) || looksLikeAdverb(lowers[wordNo[w]]))) w--;
    if (w < floor || inQuote[w] >= 0 || tokens.kind[w] !== TokenKind.Word) return null;
    const aux = lowers[wordNo[w]];
    if (PROGRESSIVE_BE.has(aux)) {
      if (w - 1 < floor) return null;
      const p = np.endingAt(w - 1, floor);
      return p && p.b === w && inQuote[p.head] < 0 ? p : null;
    }
    // "he’s", "she’s", "it’s": the key drops the contracted verb ("they’re" keeps it and is left alone).
    const key = tokens.words.key[wordNo[w]];
    return key !== aux && PRONOUNS.has(key) ? { a: w, b: w + 1, type: 'pronoun', head: w } : null;
  };

  /**
   * "…, with Sen. John McCain calling it a “…”", "with Trump reportedly yelling: “…”": in an absolute
   * clause ("with", a subject, a participle) the participle's own subject speaks, not the sentence's.
   */
  const withSubject = (v: number, floor: number): NP | null => {
    const p = np.before(v, floor);
    if (!p || p.a <= floor || p.type === 'pronoun') return null;
    if (lowers[wordNo[p.a - 1]] === 'with') return p;
    // "with many marchers and spectators chanting “…”": two subjects joined by "and" after "with".
    if (lowers[wordNo[p.a - 1]] === 'and' && p.a - 2 > floor) {
      const first = np.endingAt(p.a - 2, floor);
      if (first && first.type !== 'pronoun' && first.a > floor && lowers[wordNo[first.a - 1]] === 'with') return { a: first.a, b: p.b, type: p.type, head: p.head };
    }
    // "– Ryan saying he was “…” and Trump calling it a “…”": a named person after a dash or "and" (not a comma: ", Hillary Clinton, saying" is an apposition).
    const before = tokens.words.surface[tokens.wordNo[p.a - 1]];
    return p.type === 'name' && namesPerson(p) && (DASHES.has(before) || before === 'and') ? p : null;
  };

  /**
   * "Meeks said Clinton reassured them that Democrats “…”", "Kiedis said, mentioning the album
   * is “…”": a plain reporting verb earlier in the sentence governs the nearer cue, and its
   * subject is the quote's source.
   */
  const outerCue = (v: number, floor: number): [Resolved, Cue] | null => {
    if (OUTER_KEEP.has(lowers[wordNo[v]])) return null;
    for (let w = v - 1; w >= floor && w > v - 40; w--) {
      if (inQuote[w] >= 0 || !isCue(w) || !OUTER.has(lowers[wordNo[w]])) continue;
      // "That said, she also noted, “…”": the idiom opens the sentence; it reports nothing.
      const s0 = tokens.sentenceStart[tokens.sentence[w]];
      if (lowers[wordNo[w - 1]] === 'that' && (w - 1 === s0 || (w - 2 === s0 && tokens.words.surface[tokens.wordNo[s0]] === '(')) && tokens.words.surface[tokens.wordNo[w + 1]] === ',') continue;
      if (lowers[wordNo[w - 1]] === 'was' || lowers[wordNo[w - 1]] === 'were' || lowers[wordNo[w - 1]] === 'been' || lowers[wordNo[w - 1]] === 'being' || lowers[wordNo[w - 1]] === 'to') continue;
      // "when Rubio said it was great to be home, a man yelled “…”": a cue in an adverbial clause before v's own
      // clause reports nothing of v's.
      if (adverbialBefore(w, v, floor)) continue;
      const rel = relativeSubject(w, floor);
      if (rel) return [rel, cueOf('verb-before', w, w + 1)];
      const p = np.before(w, floor) ?? sentenceSubject(floor, w);
      const r = p && resolve(p);
      if (r) return [r, cueOf('verb-before', w, w + 1)];
    }
    return null;
  };

  /**
   * True when token w stands in an adverbial clause ("when …", "as …", "after …") that a comma closes before token v:
   * the clause opens the sentence or follows a comma, with or without "and"/"but" ("…, and when Rubio said …, a man
   * yelled").
   */
  const adverbialBefore = (w: number, v: number, floor: number): boolean => {
    let closed = false;
    for (let c = w + 1; c < v; c++) if (tokens.words.surface[tokens.wordNo[c]] === ',') closed = true;
    if (!closed) return false;
    const s0 = Math.max(floor, tokens.sentenceStart[tokens.sentence[w]]);
    for (let x = w - 1; x >= s0 && x > w - 25; x--) {
      const word = lowers[wordNo[x]];
      if (tokens.words.surface[tokens.wordNo[x]] === ',' || inQuote[x] >= 0) return false;
      if (!ADVERBIAL_OPENERS.has(word)) continue;
      const before = x - 1 >= s0 && (lowers[wordNo[x - 1]] === 'and' || lowers[wordNo[x - 1]] === 'but') ? x - 2 : x - 1;
      return before < s0 || tokens.words.surface[tokens.wordNo[before]] === ',';
    }
    return false;
  };

  /** The antecedent of "who" right before reporting verb v ("Smith, who said …"), with "who" as the mention. */
  const relativeSubject = (v: number, floor: number): Resolved | null => {
    let u = v - 1;
    for (let k = 0; k < 3 && u > floor && VERB_MODIFIERS_REL.has(lowers[wordNo[u]]); k++) u--;
    if (u <= floor || lowers[wordNo[u]] !== 'who') return null;
    const antecedent = tokens.words.surface[tokens.wordNo[u - 1]] === ',' ? np.endingAt(u - 2, floor) : np.endingAt(u - 1, floor);
    const r = antecedent && resolve(antecedent);
    if (!r) return null;
    const { start, end } = span(u, u + 1);
    return { ...r, start, end };
  };

  /**
   * The subject pronoun of the main clause after an opener at token u that no comma closes, when the opener's shape
   * shows where it ends: a time after a preposition ("On September 27 they published", "In 2008 he said"), or a
   * subordinate clause with a pronoun subject and a verb or two ("When he returned he began by saying"). -1 otherwise
   * ("While not all of the e-mails she submitted …": a relative clause, no main clause yet).
   */
  const pronounAfterOpener = (u: number, limit: number): number => {
    const opener = lowers[wordNo[u]];
    if (SUBORDINATE_OPENERS.has(opener)) {
      if (!PRONOUNS.has(lowers[wordNo[u + 1]])) return -1;
      for (let c = u + 3; c < limit && c <= u + 5; c++) {
        if (tokens.kind[c] !== TokenKind.Word || isCue(c - 1)) return -1;
        if (PRONOUNS.has(lowers[wordNo[c]]) && lowers[wordNo[c]] !== 'it' && lowers[wordNo[c]] !== 'you') return tokens.kind[c + 1] === TokenKind.Word ? c : -1;
        if (FUNCTION_WORD_IDS[tokens.lowerId[c]] === 1) return -1;
      }
      return -1;
    }
    if (!TIME_PREPOSITIONS.has(opener)) return -1;
    for (let c = u + 1; c < limit && c <= u + 5; c++) {
      const w = lowers[wordNo[c]];
      if (c > u + 1 && PRONOUNS.has(w) && w !== 'it' && w !== 'you') return tokens.kind[c + 1] === TokenKind.Word ? c : -1;
      if (!(MONTHS_AND_DAYS.has(w) || TIME_WORDS.has(w) || DAY_NUMBER.test(w) || YEAR.test(w) || TIME_MODIFIERS.has(w))) return -1;
    }
    return -1;
  };

  /** The first noun phrase of a sentence, past opening adverbials ("On Monday, Trump…"). */
  const sentenceSubject = (floor: number, limit: number): NP | null => {
    let u = floor;
    // A dateline opening the paragraph: "NEW YORK —", "Washington (AFP) –", "BEIRUT, Lebanon -".
    if (floor === 0 || tokens.paragraph[floor - 1] !== tokens.paragraph[floor]) {
      let c = floor;
      let paren = false;
      let agency = false;
      let person = false;
      // "WASHINGTON, Dec. 8 (UPI) —": a date may stand in the dateline.
      while (c < limit && c < floor + 12 && (isCapWord(tokens, c) || tokens.words.surface[tokens.wordNo[c]] === ',' || tokens.words.surface[tokens.wordNo[c]] === '(' || tokens.words.surface[tokens.wordNo[c]] === ')' || (paren && tokens.kind[c] === TokenKind.Word) || DAY_NUMBER.test(tokens.words.surface[tokens.wordNo[c]]))) {
        if (tokens.words.surface[tokens.wordNo[c]] === '(') paren = agency = true;
        if (tokens.words.surface[tokens.wordNo[c]] === ')') paren = false;
        if (personAt[c] >= 0) person = true;
        c++;
      }
      // The place is set in capitals ("NEW YORK") or followed by an agency ("Washington (AFP)").
      const caps = ALL_CAPS.test(tokens.words.surface[tokens.wordNo[floor]]);
      if (c > floor && c < limit && (caps || agency) && !person && (tokens.words.surface[tokens.wordNo[c]] === '—' || tokens.words.surface[tokens.wordNo[c]] === '–' || tokens.words.surface[tokens.wordNo[c]] === '-')) u = c + 1;
    }
    // Past sentence-initial conjunctions and adverbials: "But", "On Monday,", "In a statement,".
    for (let k = 0; k < 3 && u < limit; k++) {
      while (u < limit && tokens.kind[u] === TokenKind.Word && OPENERS.has(lowers[wordNo[u]])) u++;
      // "That’s why he wanted to “…”", "This is why Democrats can’t …": the clause after "why" or "because" has the subject.
      const that = tokens.words.key[wordNo[u]];
      if ((that === 'that' || that === 'this') && u + 2 < limit) {
        const w = lowers[wordNo[u + 1]] === 'is' || lowers[wordNo[u + 1]] === 'was' ? u + 2 : tokens.words.key[wordNo[u]] !== lowers[wordNo[u]] ? u + 1 : -1;
        if (w > 0 && (lowers[wordNo[w]] === 'why' || lowers[wordNo[w]] === 'because')) u = w + 1;
      }
      if (u < limit && tokens.kind[u] !== TokenKind.Word) u++;
      // "Nevertheless, the board…", "Likewise, …": one capitalized word before a comma that names nobody (a
      // pronoun is the subject: "She, too, is …, cautioning that …").
      if (u + 1 < limit && tokens.words.surface[tokens.wordNo[u + 1]] === ',' && isCapWord(tokens, u) && personAt[u] < 0 && !PRONOUNS.has(lowers[wordNo[u]]) && !lex.organizations.longestAt(tokens, u, u + 1) && !lex.places.longestAt(tokens, u, u + 1) && !lex.media.longestAt(tokens, u, u + 1) && !CAPS_ABBREVIATION.test(tokens.words.surface[tokens.wordNo[u]])) {
        u += 2;
        continue;
      }
      // "Eight years ago,", "Two days later,", "Here in Columbia,": a time or place before the subject.
      if (u < limit && personAt[u] < 0) {
        let c = u;
        while (c < limit && c < u + 6 && tokens.kind[c] === TokenKind.Word) c++;
        const last = lowers[wordNo[c - 1]];
        // A subject pronoun opens a clause, not a time ("She escalated her criticism on Tuesday, telling …").
        if (c > u && c < limit && tokens.words.surface[tokens.wordNo[c]] === ',' && !PRONOUNS.has(lowers[wordNo[u]]) && (last === 'ago' || TIME_WORDS.has(last) || MONTHS_AND_DAYS.has(last) || YEAR.test(last) || lowers[wordNo[u]] === 'here' || lowers[wordNo[u]] === 'there')) {
          u = c + 1;
          continue;
        }
      }
      // An adverb in -ly, not a name that ends so ("Carly Fiorina won, saying …", "Kelly …").
      if (u < limit && (PREPOSITION_OPENERS.has(lowers[wordNo[u]]) || (ENDS_LY.test(lowers[wordNo[u]]) && personAt[u] < 0))) {
        // No comma closes the opener: "On September 27 they published …", "When he returned he began by saying,".
        const pronoun = pronounAfterOpener(u, limit);
        if (pronoun >= 0) {
          u = pronoun;
          break;
        }
        let c = u;
        // A clause or phrase may be long ("As the race has turned to primary contests in states with more diverse
        // electorates,", "On the eve of his historic election to a fourth term as prime minister in March,").
        const reach = 22;
        while (c < limit && c < u + reach && tokens.words.surface[tokens.wordNo[c]] !== ',') c++;
        if (c < limit && tokens.words.surface[tokens.wordNo[c]] === ',') {
          u = c + 1;
          // "In Ames, Iowa, on Sunday, Mrs. Clinton …": the state or country after the place, then more adverbials.
          const place = lex.places.longestAt(tokens, u, limit);
          if (place && tokens.words.surface[tokens.wordNo[u + place.length]] === ',' && personAt[u] < 0) u += place.length + 1;
          continue;
        }
      }
      break;
    }
    // A participle clause opens the sentence: "Holding signs calling …, the protesters chanted".
    if (u < limit && isCapWord(tokens, u) && ENDS_ING_OR_ED.test(lowers[wordNo[u]]) && personAt[u] < 0) {
      let c = u;
      while (c < limit && c < u + 22 && tokens.words.surface[tokens.wordNo[c]] !== ',') c++;
      if (c < limit && tokens.words.surface[tokens.wordNo[c]] === ',') u = c + 1;
    }
    if (u >= limit) return null;
    const p = np.after(u, limit);
    if (!p) return null;
    // A name, or a phrase with a determiner, an owner first ("Clinton’s campaign"), an unnamed source's head, or a
    // person after a named owner ("Hillary Clinton’s top woman"; not "Henry Clay's biographers" or "Donald Trump's
    // latest victories": no owner acts there).
    const first = lowers[wordNo[p.a]];
    if (!(p.type !== 'np' || DETERMINERS.has(first) || isPossessive(first) || lex.anonymousHeads.has(lowers[wordNo[p.head]]) || (isPersonNoun(lowers[wordNo[p.head]]) && possessiveBefore(p.a, p.head)))) return null;
    // "Washington Post columnist Michael Gerson …": an outlet or organization, a role, then the person.
    if (p.type === 'name' && personAt[p.head] < 0) {
      let v = p.b;
      while (v < limit && v < p.b + 3 && tokens.kind[v] === TokenKind.Word && !isCapWord(tokens, v) && (lex.titles.longestAt(tokens, v, v + 1) || lex.roleNouns.has(lowers[wordNo[v]]) || lex.anonymousHeads.has(lowers[wordNo[v]]))) v++;
      if (v > p.b && v < limit && personAt[v] >= 0) {
        let e = v;
        while (e < limit && personAt[e] === personAt[v]) e++;
        return { a: v, b: e, type: 'name', head: e - 1 };
      }
    }
    // "The governor of Belgorod region, Vyacheslav Gladkikh-Orlov, said": the name in apposition; also after a second
    // title ("Poland's deputy prime minister and defence minister, X,").
    let close = p.b;
    if (p.type === 'np' && close < limit && lowers[wordNo[close]] === 'and') {
      let v = close + 1;
      while (v < limit && v < close + 6 && tokens.kind[v] === TokenKind.Word && !isCapWord(tokens, v) && (lex.titles.longestAt(tokens, v, v + 1) || lex.roleNouns.has(lowers[wordNo[v]]) || TITLE_WORDS.has(lowers[wordNo[v]]))) v++;
      if (v > close + 1 && tokens.words.surface[tokens.wordNo[v]] === ',') close = v;
    }
    if (close < limit && tokens.words.surface[tokens.wordNo[close]] === ',') {
      let e = close + 1;
      while (e < limit && e < p.b + 7 && isCapWord(tokens, e)) e++;
      if (e > close + 1 && e < limit && tokens.words.surface[tokens.wordNo[e]] === ',' && personAt[e - 1] >= 0) return { a: close + 1, b: e, type: 'name', head: e - 1 };
    }
    return p;
  };

  /**
   * True when the sentence of token u opens with a subordinate clause ("After Scalia said that students might do
   * better at “…,” Trump said: …", "Although he says “…,” he also …"): a comma after a fragment there closes
   * that clause, and the words after it open the main clause, not an attribution.
   */
  const opensSubordinate = (u: number): boolean => {
    let s0 = tokens.sentenceStart[tokens.sentence[u]];
    while (s0 < u && OPENERS.has(lowers[wordNo[s0]])) s0++;
    return SUBORDINATORS.has(lowers[wordNo[s0]]);
  };

  /**
   * True when token u sits inside the subordinate clause that opens its sentence: one opens it, and no comma
   * has closed it before u ("While it's unclear how, they are asked …, and the group is less likely to be “…,”
   * Hoover said": the quote is in the main clause, so the cue after it attributes it).
   */
  const inOpeningClause = (u: number): boolean => {
    if (!opensSubordinate(u)) return false;
    const s0 = tokens.sentenceStart[tokens.sentence[u]];
    // A scan of bounded length: past 60 tokens the clause is taken as still open (linear on hostile input).
    if (u - s0 > 60) return true;
    for (let k = s0; k < u; k++) if (inQuote[k] < 0 && tokens.words.surface[tokens.wordNo[k]] === ',') return false;
    return true;
  };

  /**
   * For nearerPronoun: past the cue at token c, a pronoun at token u opening a clause of its own that reports
   * nothing the cue said: after a verb that is no plain reporting verb with no "that" between ("decided not to
   * recommend … even though he found “…”"), or after ", but" ("Reid said both are “…,” but he gave the Texan a
   * compliment: “…”").
   */
  const ownClause = (c: number, u: number): boolean => {
    if (lowers[wordNo[u - 1]] === 'but' && (tokens.words.surface[tokens.wordNo[u - 2]] === ',' || tokens.kind[u - 2] === TokenKind.Quote)) return true;
    // "When Trump announced his candidacy, he referred to immigrants as “…”": the main clause after an opening subordinate one.
    if (tokens.words.surface[tokens.wordNo[u - 1]] === ',' && u - c <= 40 && opensSubordinate(c)) {
      let commas = 0;
      for (let k = c + 1; k < u; k++) if (tokens.words.surface[tokens.wordNo[k]] === ',') commas++;
      if (commas === 1) return true;
    }
    if (OUTER.has(lowers[wordNo[c]]) || u - c > 40) return false;
    for (let k = c + 1; k < u; k++) if (lowers[wordNo[k]] === 'that') return false;
    return true;
  };

  /**
   * "Clinton endorsed the deal, although she made it clear that she has “serious concerns”" / "Ferrero said groups
   * …, whom he described as “peaceful,”": a named speaker before the cue whose clause has a he/she of its own that
   * stands for the same person nearer the cue speaks through that pronoun (the mention of the cue's own clause).
   */
  const nearerPronoun = (r: Resolved, cue: Cue, qs: number): Resolved | null => {
    if (r.kind !== 'person' || r.person === undefined || cue.kind === 'continuation' || r.end > tokens.start[qs]) return null;
    const from = tokenAt(tokens, r.end - 1) + 1;
    if (tokens.sentence[from - 1] !== tokens.sentence[qs] || PRONOUN_SUBJECTS.has(lowers[wordNo[from - 1]])) return null;
    // Up to the cue when it stands between the name and the quote; a context cue is the name itself.
    const limit = cue.kind === 'context' ? qs : cue.start >= r.end && cue.end <= tokens.start[qs] ? tokenAt(tokens, cue.start) : -1;
    let best: Resolved | null = null;
    // Past an earlier "said" that governs the quote, only a pronoun right before a reporting verb of its own
    // ("DeSantis said he has supported bodies, which he called “…”").
    const end = limit < 0 ? -1 : qs;
    for (let u = from; u < end; u++) {
      // Only a clause's own subject: not the subject of a reported clause ("said he found", "that she was").
      if (inQuote[u] >= 0 || !PRONOUN_SUBJECTS.has(lowers[wordNo[u]]) || !CLAUSE_OPENERS.has(tokens.kind[u - 1] === TokenKind.Word ? lowers[wordNo[u - 1]] : tokens.words.surface[tokens.wordNo[u - 1]]) || lowers[wordNo[u + 1]] === 'and') continue;
      if (u > limit && !isCue(u + 1) && !ownClause(limit, u)) continue;
      const p = resolve({ a: u, b: u + 1, type: 'pronoun', head: u });
      if (p && p.person === r.person) best = p;
    }
    return best;
  };

  /**
   * "Beck, who has in the past described Trump as “…”", "Donald Trump - who previously said he would “…”": a
   * quote inside a relative clause on the named speaker is spoken through "who", the relative clause's subject.
   */
  const relativeMention = (r: Resolved, qs: number): Resolved | null => {
    if (r.kind !== 'person' || r.end > tokens.start[qs]) return null;
    let u = tokenAt(tokens, r.end - 1) + 1;
    if (u < qs && tokens.kind[u] === TokenKind.Punct && CLAUSE_MARKS.has(tokens.words.surface[tokens.wordNo[u]])) u++;
    if (u >= qs || lowers[wordNo[u]] !== 'who' || tokens.sentence[u] !== tokens.sentence[qs]) return null;
    // Words only up to the quote, or earlier quotes in the clause ("described Trump as “…” and “…”").
    for (let k = u + 1; k < qs; k++) if (tokens.kind[k] !== TokenKind.Word && tokens.kind[k] !== TokenKind.Quote && inQuote[k] < 0) return null;
    const { start, end } = span(u, u + 1);
    return { ...r, start, end };
  };

  /**
   * "…, her campaign and Democrats across the country, who highlighted comments … saying he “…”", "the
   * Associated Press report, which notes, “…”": a quote inside a relative clause set off by a comma is spoken by
   * the clause's subject, "who" or "which", standing for the phrase before the comma. Returns that speaker and the
   * relative's token, or null. The clause reaches the quote with no comma of its own, except around a
   * parenthetical right after the relative ("who, on a press call Friday, criticized …").
   */
  const relativeClause = (qi: number, qs: number): [Resolved, number] | null => {
    const floor = tokens.sentenceStart[tokens.sentence[qs]];
    let commas = 0;
    for (let k = qs - 1; k > floor + 1 && k > qs - 30; k--) {
      // Past at most two earlier quotes ("who would be “…” and “…”"): a run of marks is no clause.
      if (inQuote[k] >= 0) {
        if (inQuote[k] < qi - 2) return null;
        continue;
      }
      // Marks are tested as marks only (a word is never one).
      if (tokens.kind[k] !== TokenKind.Word) {
        const w = tokens.words.surface[tokens.wordNo[k]];
        if (w === ';' || w === ':' || DASHES.has(w)) return null;
        // The comma that introduces the quote ("which notes, “…”") is none of the clause's.
        if (w === ',' && !(k === qs - 1 && isCue(k - 1))) commas++;
        continue;
      }
      const lw = lowers[wordNo[k]];
      // A restrictive relative ("an executive who would be “…”") is passed over.
      if ((lw !== 'who' && lw !== 'which') || tokens.words.surface[tokens.wordNo[k - 1]] !== ',') continue;
      // "which he called “…”": an object relative; the clause's own subject speaks.
      if (isCapWord(tokens, k + 1) || PRONOUNS.has(lowers[wordNo[k + 1]]) || DETERMINERS.has(lowers[wordNo[k + 1]])) return null;
      const parenthetical = tokens.words.surface[tokens.wordNo[k + 1]] === ',';
      if (!(commas === 0 || (parenthetical && commas === 2)) || k + 2 >= qs) return null;
      // "which means Kasich “…”": a "which" clause that names a new subject before the quote is a comment on it.
      if (lw === 'which') for (let u = k + 2; u < qs; u++) if (inQuote[u] < 0 && (isCapWord(tokens, u) || PRONOUNS.has(lowers[wordNo[u]]))) return null;
      const antecedent = np.endingAt(k - 2, floor);
      const r = antecedent && antecedent.type !== 'pronoun' ? resolve(antecedent) : null;
      if (!r) return null;
      const { start, end } = span(k, k + 1);
      return [{ ...r, start, end }, k];
    }
    return null;
  };

  /**
   * "“…,” Trump added. Texas Sen. Ted Cruz named “Criminal Minds,” …": a quote inside a sentence whose subject is
   * another named person does not continue the previous speaker. Nor one that no person spoke ("Article 33 affirms:
   * “…” ¶ Filippo Grandi, the UN refugee chief, reacted skeptically, “…”").
   */
  const otherSubject = (qs: number, speaker: Resolved): boolean => {
    const floor = tokens.sentenceStart[tokens.sentence[qs]];
    if (floor >= qs || inQuote[floor] >= 0) return false;
    const who = namedSubject(tokens.sentence[qs], qs);
    return who >= 0 && who !== speaker.person;
  };

  /** The person a sentence's subject names by its head ("Sen. Ted Cruz", not "the oversized Trump face"), or -1. */
  const namedSubject = (sentence: number, limit: number): number => {
    const floor = tokens.sentenceStart[sentence];
    const p = sentenceSubject(floor, Math.min(limit, tokens.sentenceStart[sentence + 1] ?? count, floor + 40));
    return p && p.type !== 'pronoun' && inQuote[p.a] < 0 ? personAt[p.head] : -1;
  };

  /** A whole sentence between the previous quote (ending at pe) and the quote at qs has another named person as subject. */
  const otherSubjectBefore = (pe: number, qs: number, speaker: Resolved): boolean => {
    const s = tokens.sentence[qs];
    if (tokens.sentenceStart[s] !== qs || s === 0 || tokens.sentenceStart[s - 1] < pe) return false;
    const who = namedSubject(s - 1, qs);
    return who >= 0 && speaker.person !== undefined && who !== speaker.person;
  };

  const out: AttributedQuote[] = [];
  /** The last mention of the continuing speaker that noCueBetween passed over: the quote's speaker mention. */
  let restated: Resolved | null = null;
  // The last quote given a speaker: its index, that speaker, and its cue's token (-1 for a continuation).
  let prevQi = -1;
  let prevR: Resolved | null = null as Resolved | null;
  let prevCueTok = -1;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const qs = quoteFirst[qi];
    let found: [Resolved, Cue] | null = null;
    const introduced = qs > 0 && tokens.words.surface[tokens.wordNo[qs - 1]] === ':';
    // A quote after a colon still takes a cue that follows it when it ends in a comma:
    // "…, with a caveat: “…,” the source said."
    if (!q.partial && (!introduced || endsInComma(qi))) found = q.unbalanced ? null : after(qi);
    // A fragment that ends in a comma before a subject and verb closing the sentence is theirs ("Grayson said
    // Randolph “would have no chance to win,” the source recalled"; "he “grabbed ahold of …,” said Drew
    // Heiserman"): the clause after it attributes the sentence, whatever verb came before the fragment.
    // So does one ending in ? or ! when the sentence goes on in lowercase ("… Moscow denies — “why wouldn’t you …?”
    // asked Dunn"; not "“… the long run!” She replied").
    if (q.partial && !q.unbalanced && (endsInComma(qi) || askedOn(qi)) && !inOpeningClause(qs)) {
      const late = after(qi);
      if (late && late[1].kind === 'verb-after' && !NAMING.has(late[1].text.toLowerCase())) found = late;
    }
    found ??= before(qi);
    if (!found && q.partial) found = after(qi);
    if (!found && prevR && !q.partial) {
      // A following quote with no cue keeps the previous speaker (same or next paragraph).
      const pe = quoteEnd[prevQi];
      const gap = tokens.paragraph[qs] - tokens.paragraph[Math.max(0, pe - 1)];
      if (gap <= 1 && noCueBetween(pe, qs, prevCueTok, prevR) && !unreadCue(qi) && !otherSubject(qs, prevR) && !otherSubjectBefore(pe, qs, prevR)) found = [{ ...(restated ?? prevR) }, cueOf('continuation', qs, qs + 1)];
    }
    if (!found && q.partial && prevR && prevQi === qi - 1 && prevCueTok >= 0 && (out[prevQi].cue?.kind !== 'context' || quotes[prevQi].partial)) {
      // “…” and “…” in one sentence: a fragment with no cue of its own shares the speaker the quote before it
      // took from a cue, or from the sentence's subject when that quote was a fragment too
      // ("He rails against its “…” and pledges to stand firm against its “…”").
      const ps = quoteFirst[prevQi];
      const pe = quoteEnd[prevQi];
      if (tokens.sentence[ps] === tokens.sentence[qs] && noCueBetween(pe, qs, prevCueTok, prevR)) found = [{ ...(restated ?? prevR) }, cueOf('continuation', qs, qs + 1)];
    }
    if (!found && q.partial && prevR && prevCueTok >= 0) {
      // "“…,” Trump said. Instead, “he just acts like a defeated man.”": only an opening adverb and its comma
      // before the quote, right after the speaker's sentence. Or an opening clause and its comma before a quote that
      // ends the sentence ("“…,” said Steve Schmidt. Unless rivals quit the race, “it's very difficult to see …”").
      const s0 = tokens.sentenceStart[tokens.sentence[qs]];
      const pe = quoteEnd[prevQi];
      const opener = qs === s0 + 2 && OPENERS.has(lowers[wordNo[s0]]);
      const clause = qs > s0 + 2 && qs <= s0 + 16 && CLAUSE_OPENING.has(lowers[wordNo[s0]]) && endsSentence(qi);
      if ((opener || clause) && tokens.words.surface[tokens.wordNo[qs - 1]] === ',' && tokens.paragraph[pe - 1] === tokens.paragraph[qs] && tokens.sentence[prevCueTok] === tokens.sentence[s0 - 1] && noCueBetween(pe, qs, prevCueTok, prevR)) {
        found = [{ ...(restated ?? prevR) }, cueOf('continuation', qs, qs + 1)];
      }
    }
    if (!found && !q.partial) found = context(qi);
    // A quote inside the reporter's sentence that reads as whole ("She also referenced the “Charleston loophole,” a flaw …") is a fragment too.
    if (!found && (q.partial || tokens.sentenceStart[tokens.sentence[qs]] < qs)) found = fragmentSubject(qi);
    // A relative clause nearer the quote than the cue found (or with none found) speaks for its antecedent.
    if ((!found || ((found[1].kind === 'verb-before' || found[1].kind === 'context') && found[1].end <= tokens.start[qs]))) {
      const rel = relativeClause(qi, qs);
      // The speaker found stands outside the clause (before its antecedent's comma), whichever verb was taken for the cue.
      // Not inside what an earlier "said" reports ("Clinton said Smith, the mother of Sean Smith, who died there is “…”").
      const reported = rel !== null && found !== null && found[1].end <= tokens.start[rel[1]] && OUTER.has(found[1].text.toLowerCase());
      if (rel && !reported && (!found || found[0].end <= tokens.start[rel[1] - 1])) found = [rel[0], cueOf('verb-before', rel[1], rel[1] + 1)];
    }
    if (found) {
      const named = found[0];
      const cue = found[1];
      const r = nearerPronoun(named, cue, qs) ?? relativeMention(named, qs) ?? named;
      if (cue.kind !== 'continuation') remember(r);
      out.push({ quote: q, speaker: toSpeaker(r), cue });
      prevQi = qi;
      prevR = r;
      prevCueTok = cue.kind === 'continuation' ? -1 : tokenAt(tokens, cue.start);
    } else {
      out.push({ quote: q, speaker: { kind: 'unknown', name: null, start: null, end: null }, cue: null });
    }
  }

  // A quote standing in a title ("## “A necessary correction”", the headline's ‘New York values’) repeats words of a
  // quote below it: that quote's speaker said them. Only a quote with no speaker of its own, or one merely continued.
  for (let qi = 0; qi < out.length; qi++) {
    const o = out[qi];
    // Not a term the reader would drop ("Website Shows Bias When ‘Fact-Checking’ …").
    if ((o.speaker.kind !== 'unknown' && o.cue?.kind !== 'continuation') || !titleParagraph(tokens, quoteFirst[qi], headline) || isTerm(tokens, o)) continue;
    const words = echoWords(text.slice(o.quote.start, o.quote.end));
    if (words.indexOf(' ') < 0) continue;
    for (let k = qi + 1; k < out.length && k <= qi + 60; k++) {
      const later = out[k];
      // A speaker identified below: a known person, or a body, outlet or unnamed source (not a bare "the president").
      if (later.speaker.kind === 'unknown' || (later.speaker.kind === 'person' && later.speaker.person === undefined) || titleParagraph(tokens, quoteFirst[k], headline)) continue;
      if (!(' ' + echoWords(text.slice(later.quote.start, later.quote.end)) + ' ').includes(' ' + words + ' ')) continue;
      out[qi] = { quote: o.quote, speaker: { ...later.speaker }, cue: { kind: 'echo', start: later.quote.start, end: later.quote.end, text: text.slice(later.quote.start, later.quote.end) } };
      break;
    }
  }

  /** True when r names the same person as `speaker` ("…,” he said, adding that he hasn’t spoken to …). */
  function samePerson(r: Resolved | null, speaker: Resolved): boolean {
    if (!r || r.kind !== 'person' || speaker.kind !== 'person') return false;
    return r.person !== undefined ? r.person === speaker.person : r.name !== null && r.name === speaker.name;
  }

  // “…” and “…,” X said: a fragment with no speaker shares the one of the fragment right after it in the
  // sentence, when only "and", "or" or a comma stand between them (backwards, so a list of three links up).
  for (let qi = out.length - 2; qi >= 0; qi--) {
    const q = out[qi];
    const next = out[qi + 1];
    if (q.speaker.kind !== 'unknown' || next.speaker.kind === 'unknown' || !quotes[qi].partial || !next.cue) continue;
    const qe = quoteEnd[qi];
    const ns = quoteFirst[qi + 1];
    if (tokens.sentence[qe - 1] !== tokens.sentence[ns] || ns - qe > 3) continue;
    let joined = true;
    for (let u = qe; u < ns; u++) {
      const w = lowers[wordNo[u]];
      if (w !== 'and' && w !== 'or' && w !== ',') joined = false;
    }
    if (joined) out[qi] = { ...q, speaker: { ...next.speaker }, cue: cueOf('continuation', quoteFirst[qi], quoteFirst[qi] + 1) };
  }

  function noCueBetween(a: number, b: number, own: number, speaker?: Resolved): boolean {
    restated = null;
    for (let u = a; u < b; u++) {
      if (u === own) continue;
      // "the only senator to endorse Sanders", "a group, which expects …": no new speaker.
      if (lowers[wordNo[u - 1]] === 'to' || lowers[wordNo[u - 1]] === 'which') continue;
      // "…, who sent a letter criticizing the sales": a participle has no subject of its own.
      if (inQuote[u] < 0 && tokens.kind[u] === TokenKind.Word && isCue(u) && lowers[wordNo[u]] !== 'according' && !ENDS_ING.test(lowers[wordNo[u]])) {
        const p = np.before(u, Math.max(a, u - 10));
        // "a super PAC called Future45": a naming verb after a common noun names a thing; nobody speaks.
        if (p && NAMING.has(lowers[wordNo[u]]) && (lowers[wordNo[p.a]] === 'a' || lowers[wordNo[p.a]] === 'an') && personAt[p.head] < 0) continue;
        // "…,” Lieberman told the Journal, after de Blasio stated an interest.": a subordinate clause is background.
        if (p && !(p.a > a && SUBORDINATORS.has(lowers[wordNo[p.a - 1]]) && tokens.sentence[p.a] === tokens.sentence[a])) {
          // The speaker reporting more of their own words ("he said, adding that he hasn’t spoken to …") goes on speaking.
          const r = speaker && tokens.sentence[u] === tokens.sentence[a] ? resolve(p) : null;
          if (r && samePerson(r, speaker!)) {
            restated = r;
            continue;
          }
          // "…,” Clinton said, with a passion that almost suggested the question was out of line.": in the
          // speaker's own sentence, a verb whose subject is no possible speaker (a thing) starts no new quote.
          if (speaker && !r && tokens.sentence[u] === tokens.sentence[a] && p.type === 'np' && !isCapWord(tokens, p.head) && !isPersonNoun(lowers[wordNo[p.head]]) && !lex.anonymousHeads.has(lowers[wordNo[p.head]]) && !lex.vagueGroupHeads.has(lowers[wordNo[p.head]])) continue;
          return false;
        }
      }
    }
    return true;
  }

  // Whether the text opens with a short headline, asked by both passes below.
  const headlineAbove = shortHeadline(tokens, headline[0] === true);
  collectSources({ tokens, lex, np, inQuote, isCue, resolve, remember, sources, sourceAt, heads, personAt, headlineAbove });
  dropAppositions(tokens, sources, personAt, isCue, headlineAbove);
  sortInPlace(sources, (x, y) => x.start - y.start || y.end - x.end);
  const final = dedupe(sources);
  const relinked = unnamedRoleAnaphors(final, heads, people);
  linkAntecedents(tokens, final, heads, inQuote);
  // Speakers that are later definite mentions take the antecedent's description as their name.
  for (const q of out) {
    const src = q.speaker.start !== null ? sourceStartingAt(final, q.speaker.start) : undefined;
    // "“…,” the negotiator said" read as the titled person before the unnamed negotiator was found.
    if (src && relinked.has(src) && q.speaker.person !== undefined) {
      q.speaker = { kind: 'anonymous', name: src.name, start: q.speaker.start, end: q.speaker.end };
    }
    if (src && src.antecedent !== undefined) q.speaker.name = src.name;
    // A speaker marked anonymous after the fact ("who spoke on condition of anonymity").
    if (src && src.kind === 'anonymous' && q.speaker.kind === 'person' && q.speaker.person === undefined) q.speaker.kind = 'anonymous';
  }
  return { quotes: out, sources: final };
}

/**
 * Re-reads, in place, a definite role ("the negotiator") taken for a titled person ("the rebels' chief negotiator,
 * X,") as the unnamed source of that noun ("A government negotiator, who asked not to be named,") when that source
 * came after the person's last mention: the quotes' speakers are read before the anonymity markers are. Returns
 * the sources changed.
 */
function unnamedRoleAnaphors(sources: Source[], heads: Map<number, string>, people: PersonRecord[]): Set<Source> {
  const changed = new Set<Source>();
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (s.kind !== 'person' || s.person === undefined || !ROLE_ANAPHOR.test(s.text)) continue;
    const head = s.text.slice(s.text.indexOf(' ') + 1).toLowerCase();
    const last = lastMentionStartBefore(people[s.person].mentions, s.start);
    for (let j = i - 1; j >= 0 && j >= i - 64 && sources[j].start > last; j--) {
      const u = sources[j];
      if (u.kind !== 'anonymous' || heads.get(u.start) !== head) continue;
      s.kind = 'anonymous';
      s.name = u.text;
      delete s.person;
      heads.set(s.start, head);
      changed.add(s);
      break;
    }
  }
  return changed;
}

/** The start of the last of `mentions` (sorted by start) that starts before offset `before`; -1 when none. */
function lastMentionStartBefore(mentions: readonly { start: number }[], before: number): number {
  const i = firstStartingAtLeast(mentions, before);
  return i > 0 ? mentions[i - 1].start : -1;
}

/** "the negotiator", "The spokesman": a definite role of one word. */
const ROLE_ANAPHOR = /^(?:the|The) [a-z]+$/;

/**
 * Removes, in place, unnamed-source phrases that describe a person the text names: the named
 * person before them ("said Jeffrey N. Trimble, a senior official with the board", "Douglas
 * Brinkley, a historian who attended"; a capitalized word opening the sentence counts as a name:
 * "Dean, a medical doctor, then appeared"), unless their own verb follows ("…met Lapid, a source
 * said"); and one person described in a short headline above the article ("Lawmaker urges
 * retaliation on Russia"), who the article names below.
 */
function dropAppositions(tokens: Tokens, sources: Source[], personAt: Int32Array, isCue: (t: number) => boolean, headline: boolean): void {
  let n = 0;
  for (const s of sources) {
    const t = s.kind === 'anonymous' && s.person === undefined ? tokenAt(tokens, s.start) : -1;
    const after = t >= 0 ? tokenAt(tokens, s.end) : -1;
    const named = t >= 2 && (personAt[t - 2] >= 0 || (tokens.sentenceStart[tokens.sentence[t - 2]] === t - 2 && tokens.cap[t - 2] === 1 && FUNCTION_WORD_IDS[tokens.lowerId[t - 2]] !== 1));
    const apposition = named && tokens.words.surface[tokens.wordNo[t - 1]] === ',' && !(after < tokens.count && isCue(after));
    // Not one after an inverted verb ("…, says senior official"): the headline cites that source.
    const described = t >= 0 && headline && tokens.paragraph[t] === 0 && !s.text.endsWith('s') && !GROUP_NOUNS.has(tokens.words.lower[tokens.wordNo[after - 1]]) && !(t > 0 && isCue(t - 1));
    if (!apposition && !described) sources[n++] = s;
  }
  sources.length = n;
}

/**
 * Whether token u stands in a title: the text's first paragraph, a Markdown heading (`## …`) or a paragraph in Title
 * Case, of 20 tokens at most.
 */
function titleParagraph(tokens: Tokens, u: number, headline: boolean[]): boolean {
  const p = tokens.paragraph[u];
  let first = u;
  while (first > 0 && tokens.paragraph[first - 1] === p && u - first <= 20) first--;
  const last = tokenAt(tokens, tokens.paragraphEnd[p]);
  if (last - first > 20) return false;
  return p === 0 || headline[p] || tokens.heading[p] === 1;
}

/** A quote's words, lowercased, one space apart, without its marks and punctuation ("‘New York values.’" → "new york values"). */
function echoWords(quote: string): string {
  return quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Plural nouns for people not ending in "s": a headline's "…, staff say" is a group, not one person named below;
 * "Two people familiar with the talks" is a group "one of them" belongs to.
 */
const GROUP_NOUNS = new Set(['staff', 'people', 'personnel', 'police', 'crew', 'faculty', 'men', 'women']);

/**
 * Whether the text opens with a short headline: a first paragraph of one sentence, at most 20 words
 * and no quotation, written as a headline (in Title Case, `titleCase`, as the people pass read it, or
 * with no final stop), above two paragraphs or more.
 */
function shortHeadline(tokens: Tokens, titleCase: boolean): boolean {
  if (tokens.paragraphEnd.length < 3) return false;
  let words = 0;
  let last = -1;
  for (let u = 0; u < tokens.count && tokens.paragraph[u] === 0; u++) {
    if (tokens.sentence[u] !== 0 || tokens.kind[u] === TokenKind.Quote) return false;
    if (tokens.kind[u] === TokenKind.Word && ++words > 20) return false;
    last = u;
  }
  if (last < 0) return false;
  const end = tokens.text.charCodeAt(tokens.start[last]);
  return titleCase || !(end === 46 || end === 33 || end === 63);
}

/** Passive verbs whose agent ("was asked by X") speaks the quote that follows. */
const QUESTIONED = new Set(['asked', 'questioned', 'pressed', 'quizzed', 'told']);

/** Marks that set off a relative clause after a name: a comma or a dash. */
const CLAUSE_MARKS = new Set([',', '-', '–', '—']);

/** Words after a quote's closing comma that open the reporter's own clause rather than an attribution. */
const CLAUSE_LINKS = new Set(['which', 'who', 'because', 'and', 'but', 'while', 'although', 'though', 'since', 'if', 'unless', 'when', 'where']);
/** He or she as a clause's subject. */
const PRONOUN_SUBJECTS = new Set(['he', 'she']);
/** Words and marks after which a new clause, with its own subject, begins. */
const CLAUSE_OPENERS = new Set([',', ';', 'and', 'but', 'as', 'when', 'while', 'although', 'though', 'which', 'whom', 'where', 'because', 'after', 'before', 'since', 'until', 'once', 'if', 'then']);

const DEFINITE = /^(?:the|this|that|these|those)\b/i;

/**
 * "the official" / "the same diplomatic source" point back to an earlier "an official" / "a source": the last one
 * whose words include the anaphor's modifiers ("a senior Israeli defence official … a security official … the senior
 * defence official": the first), else the last one of the same number ("A Whitehall source … Downing Street sources
 * … the source said": the Whitehall source), else the last one of either ("Officials said … the official added").
 */
function linkAntecedents(tokens: Tokens, sources: Source[], heads: Map<number, string>, inQuote: Int32Array): void {
  /** By the head's singular form: the sources that can be pointed back to, in the order they were last met. */
  const byHead = new Map<string, number[]>();
  /** Each source's lowercase words, once asked for (see `antecedentOf`). */
  const wordsOf = new Map<number, Set<string>>();
  /** The last unnamed group ("Two auditors", "Several traders"), for "one of them". */
  let lastGroup = -1;
  /** The last unnamed source of one person ("a longtime adviser"), for "the person". */
  let lastSingle = -1;
  /** Whether a source has been called a person ("a person familiar with …"): then "the person" points back to it. */
  let personSeen = false;
  sources.forEach((s, i) => {
    if (s.kind !== 'anonymous') return;
    const head = heads.get(s.start);
    if (!head) return;
    // "Two auditors … one of the auditors said", "Several traders … One of them said": a member of the group met last.
    const member = head === 'one' ? MEMBER_OF.exec(s.text) : null;
    if (member) {
      const group = member[1] ? lastPlural(byHead.get(singularKey(member[1].toLowerCase())), sources, heads) : lastGroup;
      if (group >= 0 && paragraphsApart(tokens, sources[group].start, s.start) <= 2 && (member[1] !== undefined || !otherGroupBetween(tokens, inQuote, sources[group].end, s.start, heads.get(sources[group].start)!))) {
        s.antecedent = group;
        s.name = sources[group].name;
      }
      return;
    }
    const plural = pluralHead(head);
    // "said a longtime adviser to both Clintons … the person added": "the person" is whoever was met last, of any noun,
    // when no one was called a person before and that one came after the people it could also be one of, within two
    // paragraphs.
    if (head === 'person' && !personSeen && DEFINITE.test(s.text) && lastSingle >= 0 && paragraphsApart(tokens, sources[lastSingle].start, s.start) <= 2) {
      const people = byHead.get('person');
      if (people === undefined || lastSingle > people[people.length - 1]) {
        s.antecedent = lastSingle;
        s.name = sources[lastSingle].name;
        return;
      }
    }
    if (plural) lastGroup = i;
    else lastSingle = i;
    if (head === 'person') personSeen = true;
    // "Another member of parliament … the MP said": one head under two names.
    // "Two people present … the person said": an irregular plural under its singular.
    const key = head === 'member' && memberOfParliament(tokens, s.end) ? 'mp' : singularKey(head);
    const earlier = byHead.get(key);
    if (DEFINITE.test(s.text) && earlier !== undefined) {
      const prior = antecedentOf(s.text, head, plural, earlier, sources, heads, wordsOf);
      s.antecedent = prior;
      s.name = sources[prior].name;
      // The source just pointed back to is the one met last ("… the senior defence official said. The same official").
      earlier.push(prior);
      return;
    }
    if (earlier) earlier.push(i);
    else byHead.set(key, [i]);
  });
}

/** Plural source nouns whose singular is not the plural without its "s". */
const IRREGULAR_SINGULARS = new Map([['people', 'person'], ['men', 'man'], ['women', 'woman']]);

/** A source noun's singular, the key its later mentions are found by ("officials" → "official", "people" → "person"). */
function singularKey(head: string): string {
  return IRREGULAR_SINGULARS.get(head) ?? head.replace(ENDS_S, '');
}

/** "one of them", "one of the auditors": a member of an unnamed group (the group's plural noun in group 1). */
const MEMBER_OF = /^one of (?:them|(?:the|those) (?:\S+ )*?(\S+s|people|men|women|staff))$/i;

/** Whether an unnamed source's head word is plural ("officials", "people"). */
function pluralHead(head: string): boolean {
  return ENDS_S.test(head) || GROUP_NOUNS.has(head);
}

/** The last of the `earlier` sources (indices, in the order last met) whose head is plural; -1 when none. */
function lastPlural(earlier: number[] | undefined, sources: Source[], heads: Map<number, string>): number {
  if (earlier === undefined) return -1;
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - 64; k--) if (pluralHead(heads.get(sources[earlier[k]].start)!)) return earlier[k];
  return -1;
}

/**
 * Whether a plural noun for people other than the group's `head` stands outside quotes between offsets `from` and
 * `to`, past the group's own sentence ("Two auditors … Several opposition lawmakers were angry. “…,” one of them
 * said": them are the lawmakers), or more than 300 tokens do.
 */
function otherGroupBetween(tokens: Tokens, inQuote: Int32Array, from: number, to: number, head: string): boolean {
  const end = tokenAt(tokens, to);
  let u = tokenAt(tokens, from);
  // Further than this, "them" is read as someone else (and a paragraph of thousands of them stays linear).
  if (end - u > 300) return true;
  // The rest of the group's own sentence tells what it did ("… said payments were late, forcing them to lay off workers").
  const own = tokens.sentence[u];
  for (; u < end; u++) {
    const w = tokens.words.lower[tokens.wordNo[u]];
    if (inQuote[u] < 0 && w !== head && tokens.sentence[u] !== own && isPeopleNoun(w)) return true;
  }
  return false;
}

/** How many paragraph breaks lie between the tokens at offsets `a` and `b` (a before b). */
function paragraphsApart(tokens: Tokens, a: number, b: number): number {
  return tokens.paragraph[tokenAt(tokens, b)] - tokens.paragraph[tokenAt(tokens, a)];
}

/** Words of an anaphor that say nothing of which source it is ("the same official"). */
const ANAPHOR_FILLER = new Set(['the', 'this', 'that', 'these', 'those', 'same']);

/** Which of the `earlier` sources (indices, in the order last met; not empty) the definite phrase `text` with head `head` points to. */
function antecedentOf(text: string, head: string, plural: boolean, earlier: number[], sources: Source[], heads: Map<number, string>, wordsOf: Map<number, Set<string>>): number {
  const modifiers = text.toLowerCase().split(/\s+/).filter((w) => w !== head && !ANAPHOR_FILLER.has(w));
  // The last 64 only: a text of thousands of unnamed officials stays linear.
  const from = Math.max(0, earlier.length - 64);
  if (modifiers.length > 0) {
    for (let k = earlier.length - 1; k >= from; k--) {
      // Each source's words are split once, however many anaphors look back at it.
      let words = wordsOf.get(earlier[k]);
      if (words === undefined) wordsOf.set(earlier[k], (words = new Set(sources[earlier[k]].text.toLowerCase().split(/\s+/))));
      if (modifiers.every((w) => words.has(w))) return earlier[k];
    }
  }
  for (let k = earlier.length - 1; k >= from; k--) if (pluralHead(heads.get(sources[earlier[k]].start)!) === plural) return earlier[k];
  return earlier[earlier.length - 1];
}

/** Whether "of parliament" follows (or ends) the source phrase ending at offset `end`: "a member of parliament". */
function memberOfParliament(tokens: Tokens, end: number): boolean {
  const lowers = tokens.words.lower;
  const u = tokenAt(tokens, end);
  if (u >= 2 && lowers[tokens.wordNo[u - 1]] === 'parliament' && lowers[tokens.wordNo[u - 2]] === 'of') return true;
  return u + 1 < tokens.count && lowers[tokens.wordNo[u]] === 'of' && lowers[tokens.wordNo[u + 1]] === 'parliament';
}

/** Whether an unnamed source's words ("A senior BJP leader who …") open with `rest` after their determiner (" senior BJP leader"). */
function sameDescription(source: string, rest: string): boolean {
  const space = source.indexOf(' ');
  if (space < 0) return false;
  const words = source.slice(space).toLowerCase();
  const wanted = rest.toLowerCase();
  return words.startsWith(wanted) && (words.length === wanted.length || words.charCodeAt(wanted.length) === 32);
}

/** Gender of each person where the text says it ("Mr.", "Mrs.", "Ms.") or the given name does. */
function genders(tokens: Tokens, people: PersonRecord[], personAt: Int32Array, lex: Lexicon): Array<'m' | 'f' | undefined> {
  // From the given name first ("Emine" → f), then from a relative's noun in apposition ("Trump's wife, Melania,"),
  // then from honorifics, which win.
  const out: Array<'m' | 'f' | undefined> = people.map((p) => (p.keys.length > 1 ? lex.nameGender.get(p.keys[0]) : undefined));
  for (let u = 1; u < tokens.count; u++) {
    const who = personAt[u];
    if (who < 0 || personAt[u - 1] === who) continue;
    const h = tokens.words.lower[tokens.wordNo[u - 1]];
    if (h === 'mr.' || h === 'mr') out[who] = 'm';
    else if (h === 'mrs.' || h === 'ms.' || h === 'mrs' || h === 'ms' || h === 'miss') out[who] = 'f';
    else if (u >= 2 && out[who] === undefined && tokens.words.surface[tokens.wordNo[u - 1]] === ',') out[who] = KIN_NOUNS.get(tokens.words.lower[tokens.wordNo[u - 2]]);
  }
  return out;
}

interface SourceScan {
  tokens: Tokens;
  lex: Lexicon;
  np: NounPhrases;
  inQuote: Int32Array;
  isCue: (t: number) => boolean;
  resolve: (p: NP) => Resolved | null;
  remember: (r: Resolved) => void;
  sources: Source[];
  sourceAt: Int32Array;
  heads: Map<number, string>;
  personAt: Int32Array;
  /** The text opens with a short headline (`shortHeadline`). */
  headlineAbove: boolean;
}

const ACCORDING_ID = wordId('according');
const ITS_ID = wordId('its');
const THEIR_ID = wordId('their');
/** Unnamed-source nouns for ordinary people, vague when bare ("villagers said"), unnamed sources when counted. */
const ORDINARY_PEOPLE = new Set([
  'villagers', 'teachers', 'doctors', 'nurses', 'medics', 'paramedics', 'survivors', 'drivers', 'midwives', 'surgeons', 'carers', 'students',
  'parents', 'volunteers', 'patients', 'pilots', 'prisoners', 'detainees', 'engineers', 'contractors', 'subcontractors', 'technicians',
  'firefighters', 'firemen', 'rescuers', 'fishermen', 'farmers', 'herders',
]);
/** The parties of a court case and its bench, who speak in their office: "Prosecutors said", "judges wrote". */
const COURT_SIDES = new Set(['prosecutors', 'judges', 'jurors']);
/** Verbs (and a phrasal verb's particle) whose object a listed source phrase can be: "brought down senior officials". */
const OBJECT_OF_VERB = new Set([
  'down', 'out', 'fired', 'sacked', 'dismissed', 'arrested', 'detained', 'removed', 'ousted', 'purged', 'replaced', 'appointed', 'promoted',
  'demoted', 'charged', 'indicted', 'convicted', 'sentenced', 'punished', 'met', 'meet', 'meets', 'meeting', 'summoned', 'urged', 'briefed',
  'told', 'tells', 'telling', 'thanked', 'blamed', 'accused', 'criticized', 'criticised', 'investigated', 'questioned', 'interviewed',
]);
/** Openers of a sentence about a question put to its subject: "Asked whether X would stay, he said". */
const ASKED_OPENERS = new Set(['asked', 'questioned', 'pressed']);
/** The last paragraph (by index) that a headline, byline, standfirst and lede fill: where a title may name someone named below. */
const LAST_LEDE_PARAGRAPH = 3;
/** Modifiers that make "figures" people: "senior party figures", "leading opposition figures". */
const PEOPLE_FIGURES = new Set(['senior', 'top', 'leading', 'prominent', 'influential', 'key', 'opposition', 'political', 'party', 'public']);
const IN_ID = wordId('in');
const THE_ID = wordId('the');
const WHO_ID = wordId('who');
const THAT_ID = wordId('that');
const FAMILIAR_ID = wordId('familiar');
/** Verbs between "who" and an anonymity marker: "who was not authorised to speak". */
const WHO_BE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
/** Prepositions between an unnamed source and the one it serves: "aides to the Speaker", "advisers for the mayor". */
const COMPLEMENT_PREPS = new Set(['to', 'for', 'of']);
/** Prepositions that end some unnamed-source phrases before their object ("those briefed on", "people familiar with"). */
const OBJECT_PREPS = new Set(['on', 'with', 'to', 'of', 'in', 'about']);
/** Verbs of belief that close some unnamed-source phrases ("officials believe") and are no part of the source. */
const BELIEF_VERBS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'expect', 'expects', 'expected']);
/**
 * Reporting verbs whose speaker may follow them, set off by commas, before the quote: "…, explained Rosenberg, “…”".
 * A subset of INVERTING without the verbs whose following name is the one addressed ("told POLITICO", "asked").
 */
const INVERTED_SPEECH = new Set(['said', 'says', 'explained', 'explains', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues', 'noted', 'notes', 'recalled', 'continued', 'insisted', 'warned', 'observed', 'replied', 'answered', 'acknowledged', 'conceded', 'declared', 'predicted', 'cautioned', 'countered', 'quipped', 'joked']);
/** Verbs after which an unnamed source may close the sentence: "…, said one official." */
const INVERTED_SOURCE_VERBS = new Set(['said', 'says', 'added', 'citing', 'quoting']);
/** The nouns of unnamed sources proper (not "participants", "members"). */
const SOURCE_NOUNS = new Set(['officials', 'official', 'sources', 'source', 'diplomats', 'diplomat', 'aides', 'aide', 'insiders', 'insider', 'advisers', 'advisors']);
/** Prepositions placing an unnamed source: "officials in the ministry", "sources within the force". */
const SOURCE_PLACE_PREPS = new Set(['in', 'at', 'within', 'inside', 'from', 'on']);
/** Words between an unnamed source and its verb: "officials had warned". */
const BEFORE_VERB = new Set(['had', 'have', 'has', 'would', 'could', 'also', 'reportedly', 'privately', 'previously']);
const BY_ID = wordId('by');

/** A name set in commas after what it describes: "Aides to the Speaker of the House, Ron Whitaker, said". */
function nameSetInCommas(tokens: Tokens, p: NP): boolean {
  return p.type === 'name' && p.a >= 2 && tokens.words.surface[tokens.wordNo[p.a - 1]] === ',' && tokens.words.surface[tokens.wordNo[p.b]] === ',';
}

/**
 * "Aides to the Speaker of the House" ending at token `e`: a plural unnamed-source head with its complement after
 * to/for/of, within eight words and no mark; else null.
 */
function pluralOwner(tokens: Tokens, lex: Lexicon, inQuote: Int32Array, e: number): NP | null {
  const { wordNo, words: { lower: lowers } } = tokens;
  for (let k = e - 2; k >= 0 && k >= e - 8; k--) {
    if (tokens.kind[k] !== TokenKind.Word || inQuote[k] >= 0) return null;
    const w = lowers[wordNo[k]];
    if (!ENDS_S.test(w) || !lex.anonymousHeads.has(w) || !COMPLEMENT_PREPS.has(lowers[wordNo[k + 1]])) continue;
    let a = k;
    while (a > 0 && a > k - 3 && (lex.anonymousModifiers.has(lowers[wordNo[a - 1]]) || isCapWord(tokens, a - 1)) && tokens.kind[a - 1] === TokenKind.Word) a--;
    return { a, b: e + 1, type: 'np', head: k };
  }
  return null;
}

/** Sources outside quotes: paraphrase cues, anonymous phrases and vague sourcing anywhere in the text. */
function collectSources(s: SourceScan): void {
  const { tokens, lex, np, inQuote, isCue, resolve, remember, sources, sourceAt, heads, personAt, headlineAbove } = s;
  const { count, text, wordNo, words: { lower: lowers } } = tokens;
  const personAtFree = (p: NP) => personAt[p.head] < 0;
  /** Token h is a role or title whose holder an apposition names ("A spokesman for the company, X,"). */
  const namesHolder = (h: number) => lex.roleNouns.has(lowers[wordNo[h]]) || lex.titles.lengthAt(tokens, h, h + 1) > 0;
  /**
   * The unnamed source that a relative clause ending at the cue `v` describes, when the phrase at `a` (the cue's
   * subject as first read) sits in a "who …" clause right after a source noun: "Two officers who responded to the
   * crash told investigators". Else null.
   */
  const relativeClauseOwner = (a: number, v: number): Resolved | null => {
    for (let w = a - 1; w > 0 && w > v - 14; w--) {
      if (inQuote[w] >= 0) return null;
      if (tokens.kind[w] !== TokenKind.Word) {
        if (tokens.words.surface[tokens.wordNo[w]] === ',') continue;
        return null;
      }
      if (lowers[wordNo[w]] !== 'who') continue;
      const h = tokens.words.surface[tokens.wordNo[w - 1]] === ',' ? w - 2 : w - 1;
      if (h < 0 || tokens.kind[h] !== TokenKind.Word || !lex.anonymousHeads.has(lowers[wordNo[h]]) || inQuote[h] >= 0) return null;
      const owner = np.endingAt(h, Math.max(0, h - 10));
      const r = owner && owner.type === 'np' && owner.head === h ? resolve(owner) : null;
      return r && r.sourceKind === 'anonymous' ? r : null;
    }
    return null;
  };
  const add = (kind: SourceKind, start: number, end: number, name: string | null) => {
    const t = tokenAt(tokens, start);
    const i = sourceAt[t];
    if (i >= 0) {
      const known = sources[i];
      if ((kind === 'vague' || kind === 'anonymous') && known.kind !== 'person') {
        const upgraded = known.kind !== kind;
        known.kind = kind;
        // "Israeli" (a nationality speaking) read again as "Israeli media reports": the whole phrase.
        if (upgraded && known.start === start && end > known.end) {
          known.end = end;
          known.text = text.slice(start, end);
        }
      }
      return;
    }
    sourceAt[t] = sources.length;
    sources.push({ kind, text: text.slice(start, end), name, start, end });
  };
  const flags = cueWordFlags(lex);
  const sourceContext = new SourceContext(tokens, lex, isCue);
  /**
   * The end of the object that starts right at token `at` after a phrase's closing preposition ("briefed on | the
   * talks", "familiar with | the investigation"), within eight words and outside quotes; `at` itself when none.
   */
  const objectEnd = (at: number): number => {
    const object = np.after(at, Math.min(count, at + 8));
    return object && object.a === at && inQuote[object.a] < 0 ? object.b : at;
  };
  /** The noun phrase right before "who" when the words from "who" to token `a` hold no mark or cue; else null. */
  const describedByClause = (a: number): NP | null => {
    // Most subjects follow no relative clause: look for "who" first, then check the words after it.
    let w = a - 1;
    while (w > 0 && w >= a - 10 && tokens.kind[w] === TokenKind.Word && tokens.lowerId[w] !== WHO_ID) w--;
    if (w <= 0 || w < a - 10 || tokens.lowerId[w] !== WHO_ID || inQuote[w] >= 0) return null;
    for (let v = w + 1; v < a; v++) if (isCue(v) || inQuote[v] >= 0) return null;
    const q = np.endingAt(w - 1, Math.max(0, w - 9));
    return q && q.type !== 'pronoun' && q.b === w ? q : null;
  };
  for (let u = 0; u < count; u++) {
    if (tokens.kind[u] !== TokenKind.Word || inQuote[u] >= 0) continue;
    // Most words start nothing below: not "according" or "by", no word that can be a cue or a stance group, no phrase
    // of the two lists.
    if (!flags.has(tokens, u, ACCORDING_OR_BY | CUE_WORD | STANCE_GROUP | SOURCE_PHRASE_START)) continue;
    const id = tokens.lowerId[u];
    // Vague sourcing phrases: "it is understood", "reportedly", "media reports".
    // "according to people familiar with the matter": the source is what follows "according to".
    const from = id === ACCORDING_ID && lowers[wordNo[u + 1]] === 'to' && (lex.anonymityPhrases.lengthAt(tokens, u + 2) > 0 || lex.vaguePhrases.lengthAt(tokens, u + 2) > 0) ? u + 2 : u;
    // Lengths in tokens of the longest phrase of each list starting there (0: none).
    const vagueLength = lex.vaguePhrases.lengthAt(tokens, from);
    const vague = vagueLength > 0 && sourceContext.phrase(from, vagueLength, from !== u) ? vagueLength : 0;
    let anon = lex.anonymityPhrases.lengthAt(tokens, from);
    // "A diplomat familiar with the file", "a prosecutor familiar with the investigation": the list names the
    // common objects; after a source noun or an office, any object marks the source.
    if (anon === 0 && id === FAMILIAR_ID && u > 0 && lowers[wordNo[u + 1]] === 'with' && inQuote[u - 1] < 0 && (lex.anonymousHeads.has(lowers[wordNo[u - 1]]) || lex.titles.longestAt(tokens, u - 1, u)?.value.official)) anon = 2;
    if (vague > 0 && anon <= vague) {
      let a = from;
      // "Israeli media reports": take the nationality with it.
      if (from > 0 && lex.nationalities.has(tokens.words.surface[tokens.wordNo[from - 1]]) && inQuote[from - 1] < 0) a = from - 1;
      // "City Hall insiders say": the whole noun phrase.
      if (lex.anonymousHeads.has(lowers[wordNo[from]])) {
        const whole = np.endingAt(from, Math.max(0, from - 6));
        if (whole && whole.head === from) a = whole.a;
      }
      let e = from + vague;
      // "insiders say": insiders are unnamed sources, not vague ones; the span is the noun phrase.
      if (lex.anonymousHeads.has(lowers[wordNo[from]])) {
        while (e > from + 1 && isCue(e - 1)) e--;
        add('anonymous', tokens.start[a], tokens.end[e - 1], text.slice(tokens.start[a], tokens.end[e - 1]));
        heads.set(tokens.start[a], lowers[wordNo[from]]);
      } else add('vague', tokens.start[a], tokens.end[e - 1], null);
      u = from + vague - 1;
      continue;
    }
    let anonymousCue = false;
    if (anon > 0) {
      u = from;
      let end = u + anon;
      // "a source said", "officials believe": the source is the noun phrase, without its verb.
      while (end > u + 1 && (isCue(end - 1) || BELIEF_VERBS.has(lowers[wordNo[end - 1]]))) end--;
      let owner: NP | null = null;
      for (let k = u; k < end; k++) if (lex.anonymousHeads.has(lowers[wordNo[k]]) || lowers[wordNo[k]] === 'source' || lowers[wordNo[k]] === 'sources' || (k === u && lowers[wordNo[k]] === 'those')) owner = { a: u, b: end, type: 'np', head: k };
      // "those briefed on the talks": a phrase ending in a preposition takes its object.
      if (owner && owner.b === end && OBJECT_PREPS.has(lowers[wordNo[end - 1]])) {
        if (OBJECT_PRONOUNS.has(lowers[wordNo[end]])) owner = { ...owner, b: end + 1 };
        else owner = { ...owner, b: objectEnd(end) };
      }
      // "US intelligence officials believe": a phrase opening with its head takes the modifiers before it.
      if (owner && owner.head === u && u > 0 && inQuote[u - 1] < 0) {
        const whole = np.endingAt(u, Math.max(0, u - 6));
        if (whole && whole.head === u && whole.a < u && whole.type === 'np') owner = { a: whole.a, b: owner.b, type: 'np', head: u };
      }
      if (!owner) {
        // "a senior official, who spoke on condition of anonymity": the phrase the marker belongs to.
        let c = u - 1;
        // "…, who was not authorised to speak, said": the clause's verb, then "who".
        if (c > 0 && WHO_BE.has(lowers[wordNo[c]]) && tokens.lowerId[c - 1] === WHO_ID) c--;
        if (lowers[wordNo[c]] === 'who' || lowers[wordNo[c]] === 'speaking' || lowers[wordNo[c]] === 'because') c--;
        if (tokens.words.surface[tokens.wordNo[c]] === ',') {
          // "A soldier serving with a unit near the front, who gave only his call sign": the source noun, not the last one.
          for (let k = c - 1; k >= 0 && k > c - 14 && !owner; k--) {
            if (!lex.anonymousHeads.has(lowers[wordNo[k]]) || inQuote[k] >= 0) continue;
            owner = np.endingAt(k, Math.max(0, k - 8));
            // "An official at the Electoral Commission in Harare, who …": its complement up to the comma.
            let w = k + 1;
            while (w < c && tokens.kind[w] === TokenKind.Word) w++;
            if (owner && w === c && c > k + 2 && SOURCE_PLACE_PREPS.has(lowers[wordNo[k + 1]])) owner = { ...owner, b: c };
          }
          // Not a place set off by commas ("… from Mrs. Clinton's house in Chappaqua, N.Y., speaking on the
          // condition of anonymity"): the marker's source is further back.
          if (!owner) {
            const before = np.endingAt(c - 1, Math.max(0, c - 12));
            if (before && lex.places.lengthAt(tokens, before.a, before.b) !== before.b - before.a) owner = before;
          }
        }
        // "said a reservist who spoke on condition of anonymity"
        else if (c >= 0 && tokens.kind[c] === TokenKind.Word && !isCue(c) && (lowers[wordNo[u]] === 'who' || lowers[wordNo[u - 1]] === 'who')) owner = np.endingAt(c, Math.max(0, c - 12));
        // "a Qatari official briefed on the talks": the phrase right after the source noun.
        else if (c >= 0 && lex.anonymousHeads.has(lowers[wordNo[c]]) && inQuote[c] < 0) owner = np.endingAt(c, Math.max(0, c - 12));
        // "A federal prosecutor familiar with the investigation": an unidentified office holder marked as a source.
        else if (c >= 0 && c === u - 1 && inQuote[c] < 0 && lex.titles.longestAt(tokens, c, c + 1)?.value.official) {
          const holder = np.endingAt(c, Math.max(0, c - 6));
          if (holder && holder.head === c && holder.type === 'np' && UNIDENTIFIED.has(lowers[wordNo[holder.a]])) owner = holder;
        }
        // "Speaking on condition of anonymity, a senior official said"
        if (!owner && tokens.words.surface[tokens.wordNo[end]] === ',') owner = np.after(end + 1, Math.min(count, end + 12));
      }
      // "A U.S. law enforcement official familiar with the investigation": the source's phrase keeps its complement.
      if (owner && owner.b === from && id === FAMILIAR_ID) {
        const b = anon > 2 ? from + anon : objectEnd(from + 2);
        if (b > from + 2) owner = { ...owner, b };
      }
      // "senior officials from the two ministries will meet in Seoul": a group from the list that only acts.
      // "has brought down senior officials", "the minister told senior officials": a listed phrase as a verb's object.
      const noSource = owner !== null && ((owner.b === end && end === from + anon && sourceContext.groupActsAfter(end)) || (owner.a >= 1 && inQuote[owner.a - 1] < 0 && OBJECT_OF_VERB.has(lowers[wordNo[owner.a - 1]])));
      if (owner && owner.type !== 'pronoun' && personAtFree(owner) && !noSource) {
        add('anonymous', tokens.start[owner.a], tokens.end[owner.b - 1], text.slice(tokens.start[owner.a], tokens.end[owner.b - 1]));
        heads.set(tokens.start[owner.a], lowers[wordNo[owner.head]]);
      } else if (isCue(u)) {
        // "Officials in the department said privately": a marker opening with the verb leaves its subject to the cue below.
        anonymousCue = true;
      }
      if (!anonymousCue) {
        u = from + anon - 1;
        continue;
      }
    }
    // "the location described by Ukrainian officials": unnamed officials as the agent of a passive verb.
    if (id === BY_ID && u > 1 && (isCue(u - 1) || SPOKEN_BY.has(lowers[wordNo[u - 1]]) || (ENDS_LY.test(lowers[wordNo[u - 1]]) && (isCue(u - 2) || SPOKEN_BY.has(lowers[wordNo[u - 2]]))))) {
      // Modifiers ("senior", "Ukrainian", "White House"), then a plural head ("officials", "sources").
      let h = u + 1;
      while (h < count && h < u + 5 && tokens.kind[h] === TokenKind.Word && personAt[h] < 0 && !lex.anonymousHeads.has(lowers[wordNo[h]]) && (lex.anonymousModifiers.has(lowers[wordNo[h]]) || isCapWord(tokens, h))) h++;
      if (h < count && ENDS_S.test(lowers[wordNo[h]]) && lex.anonymousHeads.has(lowers[wordNo[h]]) && inQuote[h] < 0) {
        add('anonymous', tokens.start[u + 1], tokens.end[h], text.slice(tokens.start[u + 1], tokens.end[h]));
        heads.set(tokens.start[u + 1], lowers[wordNo[h]]);
        u = h;
        continue;
      }
    }
    // "Officials in Jerusalem were irritated by the remarks", "Diplomats at the UN believe …": an unnamed group's
    // stance, stated for it.
    if (flags.has(tokens, u, STANCE_GROUP) && sourceAt[u] < 0 && personAt[u] < 0) {
      const e = sourceContext.stanceEnd(u);
      const whole = e > 0 ? np.endingAt(u, Math.max(0, u - 6)) : null;
      const a = whole && whole.head === u && whole.type === 'np' ? whole.a : u;
      // Not a count ("Another 24 delegates are divided among the districts").
      let counted = false;
      for (let k = a; k < u; k++) if (DIGIT_FIRST.test(lowers[wordNo[k]])) counted = true;
      const unnamed = !counted && (ENDS_S.test(lowers[wordNo[u]]) || UNIDENTIFIED.has(lowers[wordNo[a]]));
      if (e > 0 && unnamed && inQuote[a] < 0 && sourceContext.subjectPosition(a)) {
        add('anonymous', tokens.start[a], tokens.end[e - 1], text.slice(tokens.start[a], tokens.end[e - 1]));
        heads.set(tokens.start[a], lowers[wordNo[u]]);
        u = e - 1;
        continue;
      }
    }
    if (!isCue(u)) continue;
    if (id === ACCORDING_ID) {
      const p = np.after(u + 2, Math.min(count, u + 14));
      const r = p && resolve(p);
      if (r) remember(r);
      continue;
    }
    let p = np.before(u, Math.max(0, u - 14));
    // "A European diplomat who follows the file closely said", "A patient who waited 31 hours said": an adverb or a
    // time before the verb ends no phrase, so the subject is the one the relative clause describes.
    if (!p && u > 0) {
      const d = describedByClause(u);
      if (d && lex.anonymousHeads.has(lowers[wordNo[d.head]])) p = d;
    }
    // "An official at the Election Commission in New Delhi, who was not authorised to speak, said": the place ends
    // the unnamed source's phrase, which the anonymity marker has found; it is no source of its own.
    if (p && p.b + 1 < count && tokens.lowerId[p.b + 1] === WHO_ID && tokens.words.surface[tokens.wordNo[p.b]] === ',') {
      let k = p.a - 1;
      const s0 = tokens.sentenceStart[tokens.sentence[p.a]];
      while (k >= s0 && k > p.a - 10 && sourceAt[k] < 0) k--;
      const unnamed = k >= s0 && k > p.a - 10 ? sources[sourceAt[k]] : undefined;
      // Only when that source's phrase runs up to the place ("Officials in Kyiv said Smith, who …, said" is Smith's).
      if (unnamed !== undefined && unnamed.kind === 'anonymous' && unnamed.end >= tokens.end[p.b - 1] && personAt[p.head] < 0) continue;
    }
    // "Two officers who responded to the crash told investigators": the unnamed source a relative clause describes.
    if (p && p.type === 'np') {
      const r = relativeClauseOwner(p.a, u);
      if (r) {
        remember(r);
        continue;
      }
    }
    // "Officials in the department said", "Sources within the force said": the unnamed source the place belongs to.
    // Also any singular anonymous head placed so ("A senior BJP functionary in Guwahati said").
    if (p && p.a >= 2 && SOURCE_PLACE_PREPS.has(lowers[wordNo[p.a - 1]]) && (SOURCE_NOUNS.has(lowers[wordNo[p.a - 2]]) || (lex.anonymousHeads.has(lowers[wordNo[p.a - 2]]) && !ENDS_S.test(lowers[wordNo[p.a - 2]]))) && inQuote[p.a - 2] < 0) {
      const owner = np.endingAt(p.a - 2, Math.max(0, p.a - 10));
      const r = owner && owner.type !== 'pronoun' ? resolve({ a: owner.a, b: p.b, type: owner.type, head: owner.head }) : null;
      if (r && r.sourceKind === 'anonymous') {
        remember(r);
        continue;
      }
    }
    // "The deal is close, said one official.", "…, the Post reported, citing another anonymous source.": an
    // unnamed source closing the sentence after an inverted verb.
    if (u > 0 && u + 1 < count && INVERTED_SOURCE_VERBS.has(lowers[wordNo[u]]) && tokens.words.surface[tokens.wordNo[u - 1]] === ',') {
      // Within the paragraph: a headline's last words run on into no next paragraph.
      let within = u + 1;
      while (within < count && within < u + 12 && tokens.paragraph[within] === tokens.paragraph[u]) within++;
      const q = np.after(u + 1, within);
      const close = q && q.a === u + 1 && q.b < count ? tokens.words.surface[tokens.wordNo[q.b]] : '';
      // "…, said a Labour MP.": an unidentified holder of a capitalized role reads as a name.
      const unnamed = q !== null && (q.type === 'np' || (q.type === 'name' && UNIDENTIFIED.has(lowers[wordNo[q.a]])));
      // A headline has no final stop: "Israel to widen strikes, says senior official".
      const paragraphEnd = q !== null && (q.b >= count || tokens.paragraph[q.b] !== tokens.paragraph[q.a]);
      const r = q && unnamed && inQuote[q.a] < 0 && (close === '.' || paragraphEnd || (close === ',' && !isCapWord(tokens, q.b + 1))) ? resolve(q) : null;
      if (r && r.sourceKind === 'anonymous') {
        remember(r);
        continue;
      }
    }
    // "a memo suggested officials had warned": unnamed sources right before their verb, after another verb.
    if (!p) {
      let h = u - 1;
      while (h > 0 && h > u - 3 && BEFORE_VERB.has(lowers[wordNo[h]])) h--;
      if (h >= 0 && tokens.kind[h] === TokenKind.Word && inQuote[h] < 0 && ENDS_S.test(lowers[wordNo[h]]) && SOURCE_NOUNS.has(lowers[wordNo[h]])) {
        let a = h;
        while (a > 0 && a > h - 3 && lex.anonymousModifiers.has(lowers[wordNo[a - 1]])) a--;
        const r = resolve({ a, b: h + 1, type: 'np', head: h });
        if (r) remember(r);
        continue;
      }
    }
    if (p && p.type !== 'pronoun') {
      // "A spokeswoman for the presidential palace, La Moneda, declined": a place or body named in
      // apposition to an unnamed source is not the source.
      // So is a person named in apposition to the complement of an unnamed source ("Those close to the defence
      // secretary, Alistair Penhallow, said").
      if (nameSetInCommas(tokens, p)) {
        const desc = pluralOwner(tokens, lex, inQuote, p.a - 2) ?? np.endingAt(p.a - 2, Math.max(0, p.a - 14));
        // One person's name cannot be a plural head: it names the complement ("Aides to the Speaker of the House, Ron Whitaker,").
        const pluralHead = desc !== null && ENDS_S.test(lowers[wordNo[desc.head]]) && !isPossessive(tokens.words.surface[tokens.wordNo[desc.head]]);
        const d = desc && desc.type === 'np' && (personAt[p.head] < 0 || (desc.head < p.a - 2 && (!namesHolder(desc.head) || pluralHead) && lowers[wordNo[desc.head]] !== 'one')) ? resolve(desc) : null;
        if (d && d.kind === 'anonymous') {
          remember(d);
          continue;
        }
      }
      // "A former official who worked on the programme said": the subject is the one the relative clause describes.
      const described = describedByClause(p.a);
      if (described) p = described;
      const r = resolve(p);
      // "when veterans ask", "offered some advice", "her allies have been charged": a group that acts,
      // or is no subject, sources no claim.
      const claims = r !== null && (r.sourceKind === 'vague' ? sourceContext.groupClaims(p.a, u) : r.sourceKind !== 'anonymous' || r.person !== undefined || sourceContext.unnamedClaims(p.a, u));
      // "When a resident shouted that …": some unnamed people are sources only when they tell.
      if (r && claims && r.sourceKind === 'anonymous' && r.head !== undefined && SAY_ONLY_HEADS.has(r.head) && !PLAIN_SPEECH.has(lowers[wordNo[u]])) remember({ ...r, sourceKind: null });
      else if (r && claims) remember(r);
    }
  }
  // A wire headline's source after a dash or colon, or before a colon: "Israel weighs wider strikes - officials",
  // "Japan PM mulls snap election: sources", "Officials: Israel weighs wider strikes".
  if (headlineAbove) {
    let last = 0;
    while (last + 1 < count && tokens.paragraph[last + 1] === 0) last++;
    const mark = (t: number) => tokens.kind[t] === TokenKind.Punct && HEADLINE_MARKS.has(tokens.words.surface[tokens.wordNo[t]]);
    const unnamed = (a: number, b: number) => {
      for (let t = a; t < b; t++) if (tokens.kind[t] !== TokenKind.Word || inQuote[t] >= 0) return false;
      return b > a && b - a <= 4 && SOURCE_NOUNS.has(lowers[wordNo[b - 1]]);
    };
    for (let k = last - 1; k > 0 && k >= last - 4; k--) {
      if (!mark(k)) continue;
      if (unnamed(k + 1, last + 1)) add('anonymous', tokens.start[k + 1], tokens.end[last], text.slice(tokens.start[k + 1], tokens.end[last]));
      break;
    }
    for (let k = 1; k <= 4 && k < last; k++) {
      if (tokens.kind[k] !== TokenKind.Punct) continue;
      if (tokens.words.surface[tokens.wordNo[k]] === ':' && unnamed(0, k)) add('anonymous', tokens.start[0], tokens.end[k - 1], text.slice(tokens.start[0], tokens.end[k - 1]));
      break;
    }
  }
}

/** Marks before a wire headline's source: "… - sources", "…: officials". */
const HEADLINE_MARKS = new Set(['-', '–', '—', ':']);

/**
 * Anonymous heads that are sources only when telling something ("a resident told AFP", not "when a resident
 * shouted that …"): people met by chance rather than briefed.
 */
const SAY_ONLY_HEADS = new Set([
  'resident', 'villager', 'villagers', 'teacher', 'teachers', 'doctor', 'doctors', 'nurse', 'nurses', 'medic', 'medics', 'paramedic', 'paramedics',
  'shopkeeper', 'farmer', 'eyewitness', 'eyewitnesses', 'survivor', 'survivors', 'policeman', 'policemen', 'policewoman', 'worker',
  'elder', 'elders', 'journalist', 'journalists', 'fighter', 'fighters', 'militant', 'militants', 'student', 'students', 'parent', 'parents',
  'volunteer', 'volunteers', 'patient', 'patients', 'pilot', 'pilots', 'prisoner', 'prisoners', 'detainee', 'detainees', 'driver', 'drivers',
  'midwife', 'midwives', 'surgeon', 'surgeons', 'carer', 'carers', 'analyst', 'activist', 'economist', 'expert',
]);
/** Verbs by which a source tells the reporter something: "said", "told". */
const PLAIN_SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'explained', 'recalled', 'according']);

/** The last of the sources (in order of start, as dedupe leaves them) that starts at `start`, found by binary search. */
function sourceStartingAt(sources: Source[], start: number): Source | undefined {
  // Offsets are whole numbers: the sources starting after `start` are those starting at start + 1 or later.
  const i = firstStartingAtLeast(sources, start + 1);
  return i > 0 && sources[i - 1].start === start ? sources[i - 1] : undefined;
}

/** Removes sources nested inside a longer source at the same place, in place: the array kept, shortened. */
function dedupe(sources: Source[]): Source[] {
  let n = 0; // sources[0..n) are kept so far
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    const last = n > 0 ? sources[n - 1] : undefined;
    if (last && s.start < last.end) {
      // Overlap: keep the more specific kind (a named person over a marker phrase).
      if (s.end - s.start > last.end - last.start && last.kind === s.kind) sources[n - 1] = s;
      else if (last.kind !== s.kind && (s.kind === 'anonymous' || s.kind === 'vague') && last.kind !== 'person') sources[n - 1] = { ...last, kind: s.kind };
      continue;
    }
    sources[n++] = s;
  }
  sources.length = n;
  return sources;
}
