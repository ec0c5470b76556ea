// Evaluates the engine on the project's own hand-labelled articles (eval/articles/):
// officials, people, anonymous and vague sources, quotes and speakers.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Offset of the n-th (1-based) occurrence of `needle` in `text`, or -1. */
function nth(text, needle, n) {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const spanOf = (text, g) => {
  const start = nth(text, g.text, g.occurrence ?? 1);
  return start < 0 ? null : { start, end: start + g.text.length, text: g.text };
};

const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’'.]/g, '')
    .replace(/\b(mr|mrs|ms|dr)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A predicted name matches a gold name when they are equal, or one is the other's surname-complete form. */
function sameName(pred, gold) {
  const p = norm(pred);
  const g = norm(gold);
  if (p === g) return true;
  const pl = p.split(' ');
  const gl = g.split(' ');
  return pl[pl.length - 1] === gl[gl.length - 1] && (pl.length === 1 || gl.length === 1 || pl[0] === gl[0]);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function matchSets(pred, gold, same) {
  const used = new Set();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && same(p, g));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: pred.length - used.size, fn: gold.length - tp };
}

export function evalHandLabelled(analyze, dir, prf, log = []) {
  if (!fs.existsSync(dir)) return null;
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  const totals = {};
  const addTo = (k, m) => {
    const t = (totals[k] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += m.tp;
    t.fp += m.fp;
    t.fn += m.fn;
  };
  for (const gf of names) {
    const base = gf.replace(/\.gold\.json$/, '');
    const articleFile = ['.txt', '.md'].map((e) => path.join(dir, base + e)).find((f) => fs.existsSync(f));
    if (!articleFile) continue;
    const text = fs.readFileSync(articleFile, 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, gf), 'utf8'));
    const a = analyze(text);

    const officials = matchSets(a.people.filter((p) => p.official), gold.officials ?? [], (p, g) => sameName(p.name, g.name));
    addTo('officials', officials);
    for (const p of a.people.filter((p) => p.official)) if (!(gold.officials ?? []).some((g) => sameName(p.name, g.name))) log.push(`FP official ${base}: ${p.name} (${p.title})`);
    for (const g of gold.officials ?? []) if (!a.people.some((p) => p.official && sameName(p.name, g.name))) log.push(`FN official ${base}: ${g.name} (${g.title})`);
    addTo('people', matchSets(a.people, gold.people ?? [], (p, g) => sameName(p.name, g.name)));
    for (const p of a.people) if (!(gold.people ?? []).some((g) => sameName(p.name, g.name))) log.push(`FP person ${base}: ${p.name}`);
    for (const g of gold.people ?? []) if (!a.people.some((p) => sameName(p.name, g.name))) log.push(`FN person ${base}: ${g.name}`);

    for (const kind of ['anonymous', 'vague']) {
      const goldSpans = (gold[kind] ?? []).map((g) => spanOf(text, g)).filter(Boolean);
      const pred = a.sources.filter((s) => s.kind === kind);
      addTo(kind, matchSets(pred, goldSpans, overlaps));
      for (const p of pred) if (!goldSpans.some((g) => overlaps(p, g))) log.push(`FP ${kind} ${base}: ${p.text}`);
      for (const g of goldSpans) if (!pred.some((p) => overlaps(p, g))) log.push(`FN ${kind} ${base}: ${g.text}`);
    }

    const goldQuotes = (gold.quotes ?? []).map((g) => ({ ...spanOf(text, g), speaker: g.speaker })).filter((g) => g.start !== undefined);
    const coveredBy = (q, spans) => spans.reduce((n, s) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);
    let qtp = 0;
    for (const p of a.quotes) {
      if (coveredBy(p, goldQuotes) * 2 >= p.end - p.start) qtp++;
      else log.push(`FP quote ${base}: ${p.text.slice(0, 80)}`);
    }
    const qfn = goldQuotes.filter((g) => coveredBy(g, a.quotes) * 2 < g.end - g.start);
    for (const g of qfn) log.push(`FN quote ${base}: ${g.text.slice(0, 80)}`);
    addTo('quotes', { tp: qtp, fp: a.quotes.length - qtp, fn: qfn.length });

    // Speakers: the predicted quote that overlaps a gold quote names the gold speaker.
    let stp = 0;
    let sfp = 0;
    let sfn = 0;
    for (const g of goldQuotes) {
      const p = a.quotes.find((q) => overlaps(q, g));
      const said = p && p.speaker.kind !== 'unknown' ? p.speaker.name ?? text.slice(p.speaker.start, p.speaker.end) : null;
      if (!g.speaker) {
        if (said) sfp++;
        continue;
      }
      const right = said && (sameName(said, g.speaker) || norm(g.speaker).includes(norm(said)) || norm(said).includes(norm(g.speaker)));
      if (right) stp++;
      else {
        if (said) sfp++;
        sfn++;
        log.push(`${said ? 'WRONG' : 'MISSED'} speaker ${base}: ${g.text.slice(0, 60)} → ${said} | gold: ${g.speaker}`);
      }
    }
    addTo('speakers', { tp: stp, fp: sfp, fn: sfn });
  }
  const metrics = {};
  for (const [k, t] of Object.entries(totals)) metrics[k] = prf(t.tp, t.fp, t.fn);
  return { articles: names.length, metrics };
}
