/**
 * The engine's data model. Offsets are UTF-16 code units (JavaScript string
 * indices); `end` is exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export type SpeakerKind = 'person' | 'anonymous' | 'organization' | 'media' | 'unknown';
export type SourceKind = 'person' | 'anonymous' | 'organization' | 'media' | 'vague';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type FindingCode =
  | 'unattributed-quote'
  | 'anonymous-source'
  | 'vague-attribution'
  | 'unbalanced-quote'
  | 'untitled-first-mention'
  | 'title-changed';

export interface Speaker {
  kind: SpeakerKind;
  /** The resolved name: a person's full name, an outlet, an organization, or the anonymous phrase. */
  name: string | null;
  /** The mention the engine linked (`Lapid`, `she`, `the source`), or null when unknown. */
  start: number | null;
  end: number | null;
  /** Index into `Analysis.people` when the speaker is a known person. */
  person?: number;
}

/** How the engine linked a quote to its speaker. */
export type CueKind =
  | 'verb-after' // “…,” X said / said X
  | 'verb-before' // X said: “…” / X said the plan was “…”
  | 'according-to' // according to X
  | 'continuation' // a following quote with no cue keeps the previous speaker
  | 'colon-block' // a block quote after `X said:`
  | 'context' // a quote opening a paragraph, after a sentence about its speaker
  | 'echo' // a quote in a title repeating words of a quote below it (the cue is that quote)
  | 'none';

export interface Cue extends Span {
  kind: CueKind;
  text: string;
}

export interface Quote extends Span {
  text: string;
  /** A quoted fragment inside a sentence (`is “disappointed” that`), not a whole statement. */
  partial: boolean;
  speaker: Speaker;
  cue: Cue | null;
  /** Quotes nested inside this one (single quotes within double quotes). */
  nested: Span[];
  /** True when the closing mark is missing and the quote was ended at a bounded place. */
  unbalanced: boolean;
  /** Paragraph pieces for a quote that runs over several paragraphs. */
  pieces: Span[];
}

export interface Mention extends Span {
  text: string;
  /** The title the text gives at this mention (in the name's run or an apposition), where the engine saw one. */
  title?: string;
}

export interface Person {
  name: string;
  title: string | null;
  affiliation: string | null;
  official: boolean;
  mentions: Mention[];
  /** True when the title is given at (or right beside) the first mention. */
  titledAtFirstMention: boolean;
}

export interface Source extends Span {
  kind: SourceKind;
  text: string;
  name: string | null;
  /** Index into `Analysis.people` for a named person. */
  person?: number;
  /** For later definite mentions (`the official`) of an earlier anonymous source: its index in `sources`. */
  antecedent?: number;
}

export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  message: string;
}

export interface Analysis {
  /** In text order; top-level quotes never overlap (quotes inside a quote are its `nested` spans). */
  quotes: Quote[];
  people: Person[];
  sources: Source[];
  findings: Finding[];
}

/** Extra lexicon entries a user (or a newsroom configuration) adds to the built-in ones. */
export interface LexiconExtension {
  reportingVerbs?: string[];
  titles?: Array<string | { text: string; official?: boolean }>;
  anonymityPhrases?: string[];
  vaguePhrases?: string[];
  media?: string[];
  organizations?: string[];
  nationalities?: Record<string, string>;
  /** People known in advance (so `Lapid` resolves even when the article never gives the full name). */
  knownPeople?: Array<{ name: string; title?: string; affiliation?: string; official?: boolean }>;
  /** Capitalized words or phrases never to be taken for people. */
  ignoredNames?: string[];
}

export interface AnalyzeOptions {
  lexicon?: LexiconExtension;
  /** Longest run (in characters) an unclosed quote may extend before it is cut. */
  maxUnclosedQuoteLength?: number;
}
