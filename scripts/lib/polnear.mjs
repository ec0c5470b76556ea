// Reads the PolNeAR brat standoff annotations into gold quotes and their speakers.
// Gold quotes follow the data's README: Content segments that open with a quotation
// mark, plus quoted runs inside other Content segments (partial quotes).
import * as fs from 'node:fs';
import * as path from 'node:path';

const OPEN = new Set(['"', '\u201c', "'", '\u2018']);

/** Parses one .ann file into text-bound annotations and attribution relations. */
export function parseAnn(source) {
  const spans = new Map();
  const relations = [];
  for (const line of source.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta] = line.split('\t');
      if (!meta) continue;
      const sp = meta.indexOf(' ');
      const label = meta.slice(0, sp);
      const segments = meta.slice(sp + 1).split(';').map((s) => s.trim().split(' ').map(Number));
      spans.set(id, { id, label, segments: segments.map(([start, end]) => ({ start, end })) });
    } else if (line.startsWith('E')) {
      const parts = line.split('\t')[1]?.split(' ') ?? [];
      const rel = {};
      for (const p of parts) {
        const [role, ref] = p.split(':');
        rel[role.replace(/\d+$/, '')] = ref;
      }
      relations.push(rel);
    }
  }
  return { spans, relations };
}

const DOUBLE_RUN = /["\u201c]([^"\u201c\u201d]{1,3000})["\u201d]|''((?:(?!'')[^"\u201c\u201d]){1,3000})''/g;
const SINGLE_RUN = /(?<![\p{L}\p{N}])['\u2018]([^'\u2018\u2019"\u201c\u201d]{2,300}?[^\s'\u2018\u2019])['\u2019](?![\p{L}\p{N}])/gu;

/** Quoted runs inside [start, end) of text: double quotes, and single quotes at word edges. */
function quotedRuns(text, start, end, re) {
  const runs = [];
  const s = text.slice(start, end);
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(s))) runs.push({ start: start + m.index, end: start + m.index + m[0].length });
  return runs;
}

/**
 * Gold quotes of one article: [{start, end, sources: [{start,end}], sourceText}].
 * A Content segment that opens with a quotation mark is a quote; when the mark closes
 * inside the segment and unquoted words follow (`'No Idea' If I Would…`), the quote
 * ends at its closing mark. Quoted runs inside other Content segments are partial quotes.
 */
export function goldQuotes(text, ann) {
  const { spans, relations } = parseAnn(ann);
  const quotes = [];
  for (const rel of relations) {
    const content = spans.get(rel.Content);
    if (!content) continue;
    const source = rel.Source ? spans.get(rel.Source) : undefined;
    const sources = source ? source.segments : [];
    for (const seg of content.segments) {
      let start = seg.start;
      while (start < seg.end && /\s/.test(text[start])) start++;
      // Off-by-one annotations that start just after the opening mark take the mark in.
      if (!OPEN.has(text[start]) && start > 0 && OPEN.has(text[start - 1]) && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? ' ')) start--;
      const first = text[start];
      if (OPEN.has(first)) {
        const double = first === '"' || first === '\u201c';
        const runs = quotedRuns(text, start, seg.end, double ? DOUBLE_RUN : SINGLE_RUN).filter((r) => r.start === start);
        let end = seg.end;
        if (runs.length && seg.end - runs[0].end > 2 && /[\p{L}\p{N}]/u.test(text.slice(runs[0].end, seg.end))) end = runs[0].end;
        if (runs.length && /[\p{L}\p{N}]/u.test(text.slice(runs[0].end, seg.end))) {
          // Further quoted runs in the rest of the segment are quotes too.
          for (const r of quotedRuns(text, end, seg.end, DOUBLE_RUN)) quotes.push({ ...r, sources });
          for (const r of quotedRuns(text, end, seg.end, SINGLE_RUN)) quotes.push({ ...r, sources });
        }
        quotes.push({ start, end, sources });
      } else {
        for (const run of quotedRuns(text, seg.start, seg.end, DOUBLE_RUN)) quotes.push({ ...run, sources });
      }
    }
  }
  // The same quote can belong to two attributions (nested); keep one, merging sources.
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && prev.start === q.start && prev.end === q.end) prev.sources = prev.sources.concat(q.sources);
    else out.push(q);
  }
  return out;
}

/** Lists the articles of one split: [{name, text, ann}]. */
export function loadSplit(root, split) {
  const dir = path.join(root, split);
  return fs
    .readdirSync(path.join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return {
        name,
        text: fs.readFileSync(path.join(dir, 'text', f), 'utf8'),
        ann: fs.readFileSync(path.join(dir, 'attributions', name + '.ann'), 'utf8'),
      };
    });
}
