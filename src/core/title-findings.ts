/**
 * Findings about people's titles across mentions:
 *
 * - `untitled-first-mention`: an official, or a person the article quotes, whose first mention
 *   (by full name) carries no title while a later mention gives one (“Yair Lapid said …” …
 *   “Foreign Minister Lapid”).
 * - `title-changed`: a later mention gives a title that differs from the first one the text gave
 *   (“Deputy Minister X” … “Minister X”). A shorter form of the same title (“the minister” for
 *   “foreign minister”, “foreign minister” for “foreign minister of Israel”) is not a change
 *   unless the words dropped change the rank (deputy, vice, acting, former, …); abbreviations
 *   (“Gov.”, “Sen.”) count as their full forms.
 *
 * Both read the titles the engine saw at each mention (`Mention.title`): a title inside the
 * name's capitalized run (“Foreign Minister Lapid”), before a new name or in an apposition after
 * a full name. A lowercase title before a later surname-only mention (“foreign minister Lapid”)
 * is not recorded per mention, so such a mention counts as untitled. Titles from the house rules
 * (`knownPeople`) are not text and raise neither finding. Mentions inside quotations are the
 * speaker's words, not the article's, and are left out.
 */
import type { Finding, Mention, Person, Quote } from './types';
import { firstStartingAtLeast } from './lower-bound';

const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'acting', 'former', 'ex', 'interim', 'outgoing', 'incoming', 'retired', 'designate', 'elect', 'under', 'associate', 'co', 'junior', 'lieutenant']);

export function titleFindings(people: Person[], quotes: Quote[]): Finding[] {
  // Which people the article quotes, by index.
  const quoted = new Uint8Array(people.length);
  for (const q of quotes) if (q.speaker.person !== undefined) quoted[q.speaker.person] = 1;
  const inQuote = quoteTest(quotes);
  const findings: Finding[] = [];
  // A person's title repeats at many mentions: each distinct title is normalized once per call.
  const normalized = new Map<string, string>();
  const norm = (t: string) => {
    let n = normalized.get(t);
    if (n === undefined) normalized.set(t, (n = normalize(t)));
    return n;
  };
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const mentions = p.mentions;
    // Most people carry no title at any mention: nothing to compare.
    if (!mentions.some(hasTitle)) continue;
    // A title inside a quotation is the speaker's word, not the article's (“President Clinton,
    // thank you”): only the reporter's mentions count, those outside the quotes.
    const first = firstTitled(mentions, 0, mentions.length, inQuote);
    if (first < 0) continue;
    // The first mention by full name: a surname alone (“Lapid” in a headline, or a misread
    // word) says little about how the article introduces the person.
    let at = -1;
    for (let k = 0; k < mentions.length && at < 0; k++) if (!inQuote(mentions[k].start) && isFullName(mentions[k])) at = k;
    const later = at >= 0 ? firstTitled(mentions, at + 1, mentions.length, inQuote) : -1;
    if ((p.official || quoted[i] === 1) && !p.titledAtFirstMention && later >= 0 && firstTitled(mentions, 0, at + 1, inQuote) < 0) {
      const m = mentions[at];
      findings.push({
        code: 'untitled-first-mention',
        severity: 'info',
        start: m.start,
        end: m.end,
        message: `“${m.text}” is first mentioned without a title; a later mention calls ${p.name} “${mentions[later].title}”. Give the title at the first mention.`,
      });
    }
    const base = mentions[first].title!;
    const normalBase = norm(base);
    // Made for a person with a second titled mention only: the titles reported, and whether each
    // distinct (normalized) title is the base title, decided once per person.
    let reported: Set<string> | undefined;
    let same: Map<string, boolean> | undefined;
    for (let k = first + 1; k < mentions.length; k++) {
      const m = mentions[k];
      if (!m.title || inQuote(m.start)) continue;
      const t = m.title;
      const normal = norm(t);
      same ??= new Map();
      reported ??= new Set();
      let isSame = same.get(normal);
      if (isSame === undefined) same.set(normal, (isSame = sameNormalizedTitle(normalBase, normal)));
      if (isSame || reported.has(normal)) continue;
      reported.add(normal);
      findings.push({
        code: 'title-changed',
        severity: 'info',
        start: m.start,
        end: m.end,
        message: `${p.name} is “${base}” at an earlier mention but “${t}” here: check which title is right.`,
      });
    }
  }
  return findings;
}

const WHITE_SPACE = /\s/;
const hasTitle = (m: Mention): boolean => !!m.title;
const isFullName = (m: Mention): boolean => WHITE_SPACE.test(m.text.trim());

/** The index of the first mention outside the quotes with a title among mentions[from..to), or -1. */
function firstTitled(mentions: Mention[], from: number, to: number, inQuote: (offset: number) => boolean): number {
  for (let k = from; k < to; k++) if (mentions[k].title && !inQuote(mentions[k].start)) return k;
  return -1;
}

/** Abbreviated titles (AP style) and their full forms, so “Gov. Pence” and “the governor” agree. */
const ABBREVIATIONS: Record<string, string> = {
  'gov.': 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  // A plural title names each of the people after it ("Sens. Ted Cruz and Marco Rubio").
  'sens.': 'senator',
  'reps.': 'representative',
  'govs.': 'governor',
  'gens.': 'general',
  'lt.': 'lieutenant',
  'gen.': 'general',
  'col.': 'colonel',
  'capt.': 'captain',
  'sgt.': 'sergeant',
  'cmdr.': 'commander',
  'adm.': 'admiral',
  'maj.': 'major',
  'pres.': 'president',
  'sec.': 'secretary',
  'atty.': 'attorney',
  'supt.': 'superintendent',
  'insp.': 'inspector',
  'det.': 'detective',
  'prof.': 'professor',
  'amb.': 'ambassador',
};

/** Whether an offset lies inside one of the quotes. */
function quoteTest(quotes: Quote[]): (offset: number) => boolean {
  // The engine lists quotes in text order already: a sorted copy only for a list that is not.
  let sorted = true;
  for (let i = 1; i < quotes.length && sorted; i++) sorted = quotes[i - 1].start <= quotes[i].start;
  const spans = sorted ? quotes : [...quotes].sort((a, b) => a.start - b.start);
  return (offset) => {
    // The last quote starting at the offset or before it (offsets are whole numbers).
    const found = firstStartingAtLeast(spans, offset + 1) - 1;
    // Quotes do not overlap (nested ones are inside their parent), so the last one starting at or before the offset decides.
    return found >= 0 && offset < spans[found].end;
  };
}

// The patterns and the mapping function are made once, not at every call.
const DASHES = /[-‐‑–]/g;
const LEADING_ARTICLE = /^(the|a|an)\s+/;
const WHITE_SPACE_RUN = /\s+/;
const fullForm = (w: string): string => ABBREVIATIONS[w] ?? w;

function normalize(t: string): string {
  return t
    .toLowerCase()
    .replace(DASHES, ' ')
    .replace(LEADING_ARTICLE, '')
    .split(WHITE_SPACE_RUN)
    .map(fullForm)
    .join(' ')
    .trim();
}

/** Same title, or one is a contiguous part of the other and the words left out do not change the rank. */
export function sameTitle(a: string, b: string): boolean {
  return sameNormalizedTitle(normalize(a), normalize(b));
}

/** `sameTitle` of two titles already normalized. */
function sameNormalizedTitle(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) {
      const extra = [...long.slice(0, i), ...long.slice(i + short.length)];
      return !extra.some((w) => RANK_WORDS.has(w));
    }
  }
  return false;
}
