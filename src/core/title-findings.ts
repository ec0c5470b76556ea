/**
 * Findings about people's titles across mentions:
 *
 * - `untitled-first-mention`: an official, or a person the article quotes, whose first mention
 *   carries no title while a later mention gives one (“Lapid said …” … “Foreign Minister Lapid”).
 * - `title-changed`: a later mention gives a title that differs from the first one the text gave
 *   (“Deputy Minister X” … “Minister X”). A shorter form of the same title (“the minister” for
 *   “foreign minister”, “foreign minister” for “foreign minister of Israel”) is not a change
 *   unless the words dropped change the rank (deputy, vice, acting, former, …).
 *
 * Both read the titles the engine saw at each mention (`Mention.title`): a title inside the
 * name's capitalized run (“Foreign Minister Lapid”), before a new name or in an apposition after
 * a full name. A lowercase title before a later surname-only mention (“foreign minister Lapid”)
 * is not recorded per mention, so such a mention counts as untitled. Titles from the house rules
 * (`knownPeople`) are not text and raise neither finding.
 */
import type { Finding, Person, Quote } from './types';

const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'acting', 'former', 'ex', 'interim', 'outgoing', 'incoming', 'retired', 'designate', 'elect', 'under', 'associate', 'co', 'junior', 'lieutenant']);

export function titleFindings(people: Person[], quotes: Quote[]): Finding[] {
  const quoted = new Set<number>();
  for (const q of quotes) if (q.speaker.person !== undefined) quoted.add(q.speaker.person);
  const findings: Finding[] = [];
  people.forEach((p, i) => {
    const titled = p.mentions.filter((m) => m.title);
    if (titled.length === 0) return;
    const first = p.mentions[0];
    if ((p.official || quoted.has(i)) && !p.titledAtFirstMention && !first.title) {
      findings.push({
        code: 'untitled-first-mention',
        severity: 'info',
        start: first.start,
        end: first.end,
        message: `“${first.text}” is first mentioned without a title; a later mention calls ${p.name} “${titled[0].title}”. Give the title at the first mention.`,
      });
    }
    const base = titled[0].title!;
    const reported = new Set<string>();
    for (const m of titled.slice(1)) {
      const t = m.title!;
      if (sameTitle(base, t) || reported.has(normalize(t))) continue;
      reported.add(normalize(t));
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

function normalize(t: string): string {
  return t
    .toLowerCase()
    .replace(/[-‐‑–]/g, ' ')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same title, or one is a contiguous part of the other and the words left out do not change the rank. */
export function sameTitle(a: string, b: string): boolean {
  const x = normalize(a).split(' ');
  const y = normalize(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) {
      const extra = [...long.slice(0, i), ...long.slice(i + short.length)];
      return !extra.some((w) => RANK_WORDS.has(w));
    }
  }
  return false;
}
