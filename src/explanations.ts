/**
 * The words Attribution Lens uses to explain what it found: why a finding is flagged, what a
 * careful editor asks about it, and how the engine linked a quote to its speaker. Plain data
 * (no `vscode` import), shared by the hovers and the diagnostics.
 */
import type { CueKind, FindingCode, SourceKind, SpeakerKind } from './core/types';
import { snippet } from './core/snippet';
import { isQuoteMark } from './quote-marks';

export interface Explanation {
  /** A short label: "Anonymous source". */
  title: string;
  /** Why the engine flags it, in one or two sentences. */
  why: string;
  /** What a careful editor asks the reporter. */
  asks: string[];
}

export const EXPLANATIONS: Record<FindingCode, Explanation> = {
  'anonymous-source': {
    title: 'Anonymous source',
    why: 'The claim rests on a source the reader cannot identify, so the reader cannot judge how far to trust it.',
    asks: [
      'Why was anonymity granted (what would the source risk if named)?',
      'How does the source know: were they present, did they see the document?',
      'How many sources say this, and did anyone confirm it on the record?',
    ],
  },
  'vague-attribution': {
    title: 'Vague attribution',
    why: 'The claim is attributed to no one in particular: the reader cannot check who says it or on what basis.',
    asks: [
      'Which reports exactly: which outlet, on what date?',
      'Who exactly says this? Name them, or say how many and who they are.',
      'Can the newsroom confirm the claim itself, or should it be cut?',
    ],
  },
  'unattributed-quote': {
    title: 'Unattributed quote',
    why: 'No speaker cue found in the sentence or the paragraph before (“said”, “told”, “according to”): the reader cannot tell whose words these are.',
    asks: ['Who said this, and when?', 'Was it said to the reporter, in a statement, or quoted from elsewhere?'],
  },
  'unbalanced-quote': {
    title: 'Unbalanced quotation mark',
    why: 'A quotation mark has no partner, so it is unclear where the quoted words start or end.',
    asks: ['Where does the quotation end?'],
  },
  'untitled-first-mention': {
    title: 'Title given only at a later mention',
    why: 'The person is introduced by name alone and only a later mention says who they are, so the reader meets their words before knowing why they matter.',
    asks: ['Can the first mention carry the title or role (“Foreign Minister Yair Lapid”)?'],
  },
  'title-changed': {
    title: 'Title changes between mentions',
    why: 'The person is given different titles in the same article; at most one of them can be right.',
    asks: ['Which title is current and correct?', 'Is a former title meant (“former minister”)?'],
  },
};

/** The explanation of a source's kind, for the kinds that are flagged (anonymous, vague). */
export function sourceExplanation(kind: SourceKind): Explanation | undefined {
  if (kind === 'anonymous') return EXPLANATIONS['anonymous-source'];
  if (kind === 'vague') return EXPLANATIONS['vague-attribution'];
  return undefined;
}

/** How the engine linked a quote to its speaker, in words. */
export const CUE_KIND_WORDS: Record<CueKind, string> = {
  'verb-after': 'said after the quote',
  'verb-before': 'reporting verb before the quote',
  'according-to': 'attribution phrase',
  continuation: 'continues the previous speaker',
  'colon-block': 'block quote introduced by “… said:”',
  context: 'the speaker is the subject of the sentence around the quote (or the one before)',
  echo: 'a title repeating words of a quote below it',
  none: 'no cue',
};

/** Cue kinds whose text says nothing by itself (the opening mark of a continued quote): shown in words only. */
const CUE_TEXT_HIDDEN: ReadonlySet<CueKind> = new Set<CueKind>(['continuation', 'none']);

/** How long a quote an `echo` cue repeats may run in a hover before it is cut. */
const ECHO_TEXT_LENGTH = 60;

/**
 * The cue's own text as a hover quotes it, or null when it says nothing by itself (a continued
 * quote's opening mark, punctuation): an `echo` cue's text is a whole later quote, shown without its
 * marks as a one-line snippet of its start.
 */
export function cueTextShown(cue: { kind: CueKind; text: string }): string | null {
  if (CUE_TEXT_HIDDEN.has(cue.kind) || !/\p{L}/u.test(cue.text)) return null;
  if (cue.kind !== 'echo') return cue.text;
  // The quote without its own marks: the hover sets it in marks of its own.
  let a = 0;
  let b = cue.text.length;
  while (a < b && isQuoteMark(cue.text, a)) a++;
  while (b > a && isQuoteMark(cue.text, b - 1)) b--;
  return snippet(cue.text.slice(a, b), ECHO_TEXT_LENGTH);
}

/** A speaker's kind in words. */
export const SPEAKER_KIND_WORDS: Record<SpeakerKind, string> = {
  person: 'person',
  anonymous: 'anonymous source',
  organization: 'organization',
  media: 'media outlet',
  unknown: 'unknown',
};

/** A source's kind in words. */
export const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
  person: 'person',
  anonymous: 'anonymous source',
  organization: 'organization',
  media: 'media outlet',
  vague: 'vague attribution',
};
