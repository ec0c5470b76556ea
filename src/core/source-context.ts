/**
 * Whether a vague or unnamed source candidate sources a claim in its context. The phrase lists and the
 * group nouns ("critics", "some", "voters") also match words that source nothing: "reports" as a
 * verb ("The New York Post reports that…") or a document ("new fundraising reports show"),
 * "foreign media" as a thing ("restrictions on foreign media ownership"), a group that is the
 * object of a verb ("offered some pointed advice") or that acts rather than claims ("when
 * veterans ask for help", "spectators chanting").
 */
import { TokenKind, type Tokens } from './text';
import { isCapWord } from './people';
import type { Lexicon } from './lexicon';

/** Words after which "reports" is unnamed reporting: "amid reports that", "denied reports of", "multiple reports". */
const BEFORE_REPORTS = new Set([
  'to', 'on', 'of', 'amid', 'amidst', 'following', 'after', 'despite', 'about', 'over', 'with',
  'deny', 'denied', 'denies', 'denying', 'dismissed', 'dismisses', 'rejected', 'rejects', 'confirmed', 'confirms',
  'cited', 'citing', 'noted', 'multiple', 'several', 'numerous', 'many', 'some', 'other', 'recent', 'earlier',
  'unconfirmed', 'unverified', 'published', 'conflicting', 'widespread', 'persistent', 'latest', 'initial',
  'early', 'separate', 'repeated', 'similar', 'new', 'various', 'further', 'press', 'before', 'by',
]);

/** Words before a group noun that leave it the subject of its clause ("but critics say", "how experts say"). */
const BEFORE_SUBJECT = new Set([
  'and', 'but', 'or', 'nor', 'while', 'whereas', 'as', 'that', 'because', 'although', 'though', 'since', 'if',
  'even', 'also', 'yet', 'so', 'when', 'where', 'which', 'who', 'how', 'what', 'why', 'whom', 'then', 'now',
  'still', 'indeed', 'meanwhile', 'however', 'instead', 'after', 'before', 'until', 'unless', 'once', 'here',
  'there', 'today', 'tonight', 'yesterday', 'some', 'many', 'most', 'few', 'other', 'others', 'both', 'all',
]);

/** Words that open a clause, so that the noun after them is its subject ("that critics called anti-gay"). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'when', 'where', 'as', 'because', 'while', 'although', 'though', 'if', 'how', 'whom']);

/** Reporting verbs a group uses to act rather than to claim: "veterans ask", "supporters chanted". */
const ACTING_VERBS = new Set([
  'ask', 'chant', 'cry', 'shout', 'yell', 'scream', 'roar', 'jeer', 'heckle', 'applaud', 'laugh', 'sob', 'sigh',
  'groan', 'read', 'post', 'text', 'email', 'message', 'request', 'inquire', 'enquire', 'beg', 'plead',
  'continue', 'detail', 'outline', 'answer', 'reply', 'prod', 'goad', 'demand', 'tweet',
  'retweet', 'livestream', 'broadcast', 'pen', 'write', 'jot', 'scribble', 'scrawl', 'wail', 'cheer',
  // Legal acts: "industry groups are challenging the rule", "the groups appealed the case".
  'appeal', 'challenge',
]);

const DEFINITE = new Set(['the', 'these', 'those']);

/** Verbs of promising, acts when "to" and a verb follow: "opponents vowed to keep fighting". */
const PROMISING = new Set(['vow', 'pledge', 'promise']);

/** Words before "to" that make the verb after it a duty or a plan, not a claim: "will have to notify", "are required to report". */
const OBLIGED = new Set(['have', 'has', 'had', 'need', 'needs', 'needed', 'ought', 'required', 'obliged', 'expected']);
/** Verbs of telling that a duty or a plan can bind ("must declare"; "had to admit" still claims). */
const DUTY_VERBS = new Set(['notify', 'report', 'inform', 'declare', 'disclose', 'register', 'file', 'submit', 'announce', 'testify', 'explain']);

/** Words after "reported to" that name whom it was reported to: "was reported to the board". */
const TO_WHOM = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'police', 'authorities', 'him', 'them', 'us', 'me']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Words between a subject or auxiliary and its verb: "are now openly questioning", "has always claimed". */
const BETWEEN = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'now', 'also', 'still', 'not', 'already', 'always', 'never', 'often']);

/** Prepositions that make the phrase after them an object: "for some", "like others". */
const PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'by', 'from', 'among', 'about', 'on', 'in', 'at', 'like', 'than']);

/** Last words of media phrases that name a kind of outlet rather than report: "foreign media", "state television". */
const MEDIA_WORDS = new Set(['media', 'television', 'tv']);

/** Rumours as a thing said: "Residents say rumours that … have spread" (the residents are the source). */
/** Object pronouns after "I hear" / "we hear" that make it listening, not hearsay ("I hear you"). */
const HEARD_PEOPLE = new Set(['you', 'him', 'them', 'us', 'me', 'ya']);
const RUMOURS = new Set(['rumours', 'rumors']);
const SAY_VERBS = new Set(['say', 'says', 'said', 'tell', 'tells', 'told']);

/** What a group thinks or feels, stated for it: "officials believe", "officials were irritated by the remarks". */
const STANCE_VERBS = new Set([
  'believe', 'believed', 'think', 'thought', 'fear', 'feared', 'suspect', 'suspected', 'expect', 'expected',
  'doubt', 'doubted', 'worry', 'worried', 'hope', 'hoped', 'feel', 'felt', 'assume', 'assumed',
]);
const STANCE_STATES = new Set([
  'irritated', 'annoyed', 'angered', 'angry', 'alarmed', 'concerned', 'worried', 'frustrated', 'furious', 'incensed',
  'livid', 'upset', 'unhappy', 'dismayed', 'disappointed', 'surprised', 'stunned', 'shocked', 'pleased', 'relieved',
  'delighted', 'confident', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'wary', 'convinced', 'divided',
  'uneasy', 'nervous', 'anxious', 'puzzled', 'baffled', 'bemused', 'satisfied', 'encouraged', 'hopeful', 'adamant',
]);
/** Adverbs between a group and its stance: "officials were privately irritated", "officials also believe". */
const STANCE_ADVERBS = new Set(['also', 'still', 'now', 'privately', 'reportedly', 'increasingly', 'visibly', 'deeply', 'quietly', 'clearly', 'openly', 'already', 'particularly', 'especially', 'less', 'more', 'far', 'much', 'even', 'equally']);
/** Verbs linking a group to how it feels, like "were": "officials seemed irritated". */
const LINKING = new Set(['seem', 'seemed', 'seems', 'appear', 'appeared', 'appears', 'grew', 'remain', 'remained', 'remains']);
/** Words joining clauses, which no complement of a group holds. */
const COORDINATORS = new Set(['and', 'or', 'but']);
/** Pronouns that open a clause of their own inside a group's complement: "Officials in Kyiv said they …". */
const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'i', 'you']);
/** States after a participle that describe a group rather than state its stance: "officials feared dead". */
const PARTICIPLE_STATES = new Set(['dead', 'missing', 'killed', 'lost', 'drowned']);
/** Modals before what a group will do: "officials will meet". */
const MODALS = new Set(['will', 'would', 'shall', 'must']);
/** Prepositions that place a group of officials: "officials in Jerusalem", "diplomats at the UN". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'within', 'inside', 'from']);

/** Whether a word among tokens [a, b) opens with "state" ("state media", "state-run television"): an outlet of its own. */
export function stateOwned(tokens: Tokens, a: number, b: number): boolean {
  const lowers = tokens.words.lower;
  for (let u = a; u < b; u++) if (lowers[tokens.wordNo[u]].startsWith('state')) return true;
  return false;
}

export class SourceContext {
  private readonly lowers: string[];

  constructor(
    private readonly tokens: Tokens,
    private readonly lex: Lexicon,
    private readonly isCue: (t: number) => boolean,
  ) {
    this.lowers = tokens.words.lower;
  }

  private lower(t: number): string {
    return t >= 0 && t < this.tokens.count ? this.lowers[this.tokens.wordNo[t]] : '';
  }

  private isWord(t: number): boolean {
    return t >= 0 && t < this.tokens.count && this.tokens.kind[t] === TokenKind.Word;
  }

  private sentenceStarts(t: number): boolean {
    return this.tokens.sentenceStart[this.tokens.sentence[t]] === t;
  }

  /**
   * Whether the vague phrase of `length` tokens at `from` sources a claim; `afterAccording` when
   * it follows "according to".
   */
  phrase(from: number, length: number, afterAccording: boolean): boolean {
    const last = from + length - 1;
    const lastWord = this.lower(last);
    if (length === 1 && (lastWord === 'reports' || lastWord === 'report')) return this.bareReports(from, afterAccording);
    if (MEDIA_WORDS.has(lastWord)) return this.mediaAsSource(from, last, afterAccording);
    if (length === 1 && RUMOURS.has(lastWord) && SAY_VERBS.has(this.lower(from - 1))) return false;
    // "I hear you", "we hear them": hearing someone speak, not hearsay ("I hear the deal is off").
    if (lastWord === 'hear' && (HEARD_PEOPLE.has(this.lower(last + 1)) || (this.lower(last + 1) === 'her' && !this.isWord(last + 2)))) return false;
    // "The shortage was reported to the board": reported to someone, not "was reported to have fled".
    if (lastWord === 'to' && this.lower(last - 1) === 'reported' && (TO_WHOM.has(this.lower(last + 1)) || isCapWord(this.tokens, last + 1))) return false;
    // "some analysts", "many experts": a group as the object of a verb sources nothing ("that frustrates many analysts").
    if (length === 2 && this.lex.vagueGroupHeads.has(lastWord) && !afterAccording) return !PREPOSITIONS.has(this.lower(from - 1));
    return true;
  }

  /** "reports" alone: unnamed reporting after "amid", "denied", "multiple"…, not a verb or a named document. */
  private bareReports(t: number, afterAccording: boolean): boolean {
    // "reports in Politico", "reports by Reuters": credited to a named outlet.
    const next = this.lower(t + 1);
    if ((next === 'in' || next === 'by' || next === 'from') && isCapWord(this.tokens, t + 2)) return false;
    if (afterAccording || !this.isWord(t - 1) || this.sentenceStarts(t)) return true;
    // "The Post reports", "fundraising reports", "the reports": a verb, a kind of document, a known report.
    return !isCapWord(this.tokens, t - 1) && BEFORE_REPORTS.has(this.lower(t - 1));
  }

  /** "Israeli media": vague when it reports ("Israeli media said", "according to local media"), not as a thing. */
  private mediaAsSource(from: number, last: number, afterAccording: boolean): boolean {
    // State media is an outlet of its own ("Iranian state television quoted…").
    if (stateOwned(this.tokens, from, last)) return false;
    if (afterAccording) return true;
    let t = last + 1;
    while (t < last + 4 && BETWEEN.has(this.lower(t))) t++;
    const next = this.lower(t);
    return next === 'reports' || next === 'report' || this.isCue(t);
  }

  /**
   * The end (exclusive) of an unnamed group whose head noun is at `h` when what follows states what
   * it thinks or feels: "Officials in Jerusalem were irritated by the remarks", "diplomats believe".
   * The group may be placed ("in Jerusalem", "at the UN"); -1 when no stance follows.
   */
  stanceEnd(h: number): number {
    let end = h + 1;
    let t = end;
    // "in Jerusalem", "at the foreign ministry", "from one of the guarantor countries": a short complement, up to
    // the verb.
    if (PLACE_PREPOSITIONS.has(this.lower(t))) {
      let k = t + 1;
      while (k < t + 8 && this.isWord(k) && !BE.has(this.lower(k)) && !LINKING.has(this.lower(k)) && !STANCE_VERBS.has(this.lower(k))) {
        // "Officials in Riga met on Monday and were pleased", "Officials in Kyiv said they were worried": a clause of
        // its own or a reporting verb, no complement.
        if (CLAUSE_OPENERS.has(this.lower(k)) || COORDINATORS.has(this.lower(k)) || SUBJECT_PRONOUNS.has(this.lower(k)) || this.isCue(k)) return -1;
        k++;
      }
      if (k === t + 1 || !this.isWord(k)) return -1;
      end = t = k;
    }
    for (let k = 0; k < 2 && STANCE_ADVERBS.has(this.lower(t)); k++) t++;
    const be = BE.has(this.lower(t)) || LINKING.has(this.lower(t));
    if (be) t++;
    for (let k = 0; k < 2 && STANCE_ADVERBS.has(this.lower(t)); k++) t++;
    if (!this.isWord(t)) return -1;
    // "Officials expected to attend", "officials thought to be involved", "feared dead": a participle describing them.
    if (!be && (this.lower(t + 1) === 'to' || PARTICIPLE_STATES.has(this.lower(t + 1)))) return -1;
    return (be ? STANCE_STATES : STANCE_VERBS).has(this.lower(t)) ? end : -1;
  }

  /**
   * Whether an unnamed group ending before token `b` acts in what follows, stating nothing: a modal and a
   * verb that neither reports nor states a stance, after an optional complement ("senior officials from the
   * two ministries will meet in Seoul").
   */
  groupActsAfter(b: number): boolean {
    let t = b;
    if (PLACE_PREPOSITIONS.has(this.lower(t))) {
      const limit = t + 7;
      t++;
      while (t < limit && this.isWord(t) && !MODALS.has(this.lower(t))) t++;
    }
    if (!MODALS.has(this.lower(t))) return false;
    t++;
    while (t < b + 10 && STANCE_ADVERBS.has(this.lower(t))) t++;
    const verb = this.lower(t);
    return this.isWord(t) && !this.isCue(t) && !STANCE_VERBS.has(verb) && !BE.has(verb) && this.lex.verbs.get(verb) === undefined;
  }

  /** Whether the phrase starting at `a` opens its clause: not the object of a verb or preposition ("offered some advice"). */
  subjectPosition(a: number): boolean {
    const b = a - 1;
    if (!this.isWord(b) || this.sentenceStarts(a)) return true;
    // "that critics called anti-gay": the phrase opens with its clause's first word.
    if (CLAUSE_OPENERS.has(this.lower(a))) return true;
    const w = this.lower(b);
    return BEFORE_SUBJECT.has(w) || isCapWord(this.tokens, b) || w.endsWith('ly');
  }

  /**
   * Whether a group noun phrase starting at `a`, subject of the reporting verb at `verb`, makes a
   * claim: it opens its clause, and the verb is a finite verb of claiming, not one of acting
   * ("veterans ask"), a participle ("spectators chanting") or a passive ("terrorists are revealed").
   */
  groupClaims(a: number, verb: number): boolean {
    // "the groups", "these activists": a group named before, not an unnamed one.
    if (!this.subjectPosition(a) || DEFINITE.has(this.lower(a))) return false;
    return this.claimingVerb(a, verb, false);
  }

  /**
   * Whether an unnamed source starting at `a` (“her allies”, “a source”), subject of the reporting
   * verb at `verb`, makes a claim: it opens its clause or follows a reporting verb (“Reuters reported
   * officials said”), and the verb is not one of acting or a passive (“her allies have been
   * charged”); a participle is a claim here (“quoted a source saying”).
   */
  unnamedClaims(a: number, verb: number): boolean {
    if (!this.subjectPosition(a) && !this.isCue(a - 1)) return false;
    return this.claimingVerb(a, verb, true);
  }

  private claimingVerb(a: number, verb: number, participles: boolean): boolean {
    const v = this.lower(verb);
    const lemma = this.lex.verbs.get(v);
    if (lemma === undefined) return true;
    // "critics called it a giveaway" claims; "leaders called for calm" acts.
    if (ACTING_VERBS.has(lemma) || (lemma === 'call' && (this.lower(verb + 1) === 'for' || this.lower(verb + 1) === 'on'))) return false;
    // "opponents vowed to keep fighting": a promise to act, not a claim.
    if (PROMISING.has(lemma) && this.lower(verb + 1) === 'to') return false;
    // "Senior engineers … will have to notify the government", "contractors must report": a duty, not a claim.
    if (DUTY_VERBS.has(v) && ((this.lower(verb - 1) === 'to' && OBLIGED.has(this.lower(verb - 2))) || this.lower(verb - 1) === 'must')) return false;
    let before = verb - 1;
    while (before > a && (BETWEEN.has(this.lower(before)) || this.lower(before).endsWith('ly'))) before--;
    const be = BE.has(this.lower(before));
    if (v.endsWith('ing')) return be || participles;
    return !be;
  }
}
