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
import type { Finding, Person, Quote } from './types';

const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'acting', 'former', 'ex', 'interim', 'outgoing', 'incoming', 'retired', 'designate', 'elect', 'under', 'associate', 'co', 'junior', 'lieutenant']);

export function titleFindings(people: Person[], quotes: Quote[]): Finding[] {
  const quoted = new Set<number>();
  for (const q of quotes) if (q.speaker.person !== undefined) quoted.add(q.speaker.person);
  const inQuote = quoteTest(quotes);
  const findings: Finding[] = [];
  // A person's title repeats at many mentions: each distinct title is normalized once per call.
  const normalized = new Map<string, string>();
  const norm = (t: string) => {
    let n = normalized.get(t);
    if (n === undefined) normalized.set(t, (n = normalize(t)));
    return n;
  };
  people.forEach((p, i) => {
    // Most people carry no title at any mention: nothing to compare.
    if (!p.mentions.some((m) => m.title)) return;
    // A title inside a quotation is the speaker's word, not the article's (“President Clinton,
    // thank you”): only the reporter's mentions count.
    const mentions = p.mentions.filter((m) => !inQuote(m.start));
    const titled = mentions.filter((m) => m.title);
    if (titled.length === 0) return;
    // The first mention by full name: a surname alone (“Lapid” in a headline, or a misread
    // word) says little about how the article introduces the person.
    const at = mentions.findIndex((m) => /\s/.test(m.text.trim()));
    const later = at >= 0 ? mentions.slice(at + 1).find((m) => m.title) : undefined;
    if ((p.official || quoted.has(i)) && !p.titledAtFirstMention && later && !mentions.slice(0, at + 1).some((m) => m.title)) {
      const first = mentions[at];
      findings.push({
        code: 'untitled-first-mention',
        severity: 'info',
        start: first.start,
        end: first.end,
        message: `“${first.text}” is first mentioned without a title; a later mention calls ${p.name} “${later.title}”. Give the title at the first mention.`,
      });
    }
    const base = titled[0].title!;
    const normalBase = norm(base);
    const reported = new Set<string>();
    // Whether each distinct (normalized) title is the base title, decided once per person.
    const same = new Map<string, boolean>();
    for (const m of titled.slice(1)) {
      const t = m.title!;
      const normal = norm(t);
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
  });
  return findings;
}

/** Abbreviated titles (AP style) and their full forms, so “Gov. Pence” and “the governor” agree. */
const ABBREVIATIONS: Record<string, string> = {
  'gov.': 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  'reps.': 'representatives',
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
  const spans = quotes.map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Quotes do not overlap (nested ones are inside their parent), so the last one starting at or before the offset decides.
    return found >= 0 && offset < spans[found][1];
  };
}

function normalize(t: string): string {
  return t
    .toLowerCase()
    .replace(/[-‐‑–]/g, ' ')
    .replace(/^(the|a|an)\s+/, '')
    .split(/\s+/)
    .map((w) => ABBREVIATIONS[w] ?? w)
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
