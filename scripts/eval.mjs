// Measures the engine's accuracy on real annotated articles.
//   npm run eval                       PolNeAR dev split + the project's hand-labelled articles
//   node scripts/eval.mjs --split train --errors out.txt
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { loadSplit, goldQuotes } from './lib/polnear.mjs';
import { evalHandLabelled } from './lib/handlabelled.mjs';

const require = createRequire(import.meta.url);
const { analyze } = require('../dist/core.js');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const split = opt('--split', 'dev');
const errorsFile = opt('--errors', null);
const dataRoot = opt('--data', path.resolve(import.meta.dirname, '../../shared/data/polnear'));

/** Characters of [s, e) covered by the union of spans (spans sorted by start). */
function covered(s, e, spans) {
  let n = 0;
  let at = s;
  for (const x of spans) {
    if (x.end <= at) continue;
    if (x.start >= e) break;
    const a = Math.max(at, x.start);
    const b = Math.min(e, x.end);
    if (b > a) {
      n += b - a;
      at = b;
    }
  }
  return n;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const prf = (tp, fp, fn) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
};
const fmt = (m) => `P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

function evalPolnear() {
  if (!fs.existsSync(path.join(dataRoot, split))) {
    console.log(`PolNeAR data not found at ${dataRoot}/${split}: skipped.`);
    return null;
  }
  const articles = loadSplit(dataRoot, split);
  const q = { tp: 0, fp: 0, fn: 0 };
  const sp = { tp: 0, fp: 0, fn: 0 };
  let e2eExtraFp = 0;
  const log = [];
  for (const a of articles) {
    const gold = goldQuotes(a.text, a.ann);
    const pred = analyze(a.text).quotes;
    const goldSorted = [...gold].sort((x, y) => x.start - y.start);
    for (const p of pred) {
      const ok = covered(p.start, p.end, goldSorted) * 2 >= p.end - p.start;
      if (ok) q.tp++;
      else {
        q.fp++;
        log.push(`FP quote  ${a.name}@${p.start}: ${ctx(a.text, p)}`);
      }
    }
    for (const g of gold) {
      const found = covered(g.start, g.end, pred) * 2 >= g.end - g.start;
      if (!found) {
        q.fn++;
        log.push(`FN quote  ${a.name}@${g.start}: ${ctx(a.text, g)}`);
      }
    }
    // Speakers: each gold quote with a source is judged by the predicted quote covering most of it.
    for (const p of pred) {
      if (p.speaker.kind === 'unknown' || p.speaker.start == null) continue;
      const g = bestGold(p, gold);
      if (!g || !g.sources.length) {
        // A speaker on a quote the annotators did not mark (or marked without a source) counts
        // against precision only end-to-end.
        e2eExtraFp++;
        if (!g) log.push(`FP speaker(no gold quote) ${a.name}@${p.start}: ${ctx(a.text, p)} → ${who(a.text, p)}`);
        continue;
      }
      const right = speakerRight(a.text, p, g);
      if (right) sp.tp++;
      else {
        sp.fp++;
        log.push(`WRONG speaker ${a.name}@${p.start}: ${ctx(a.text, p)} → ${who(a.text, p)} | gold: ${g.sources.map((s) => a.text.slice(s.start, s.end)).join(' / ')}`);
      }
    }
    for (const g of gold) {
      if (!g.sources.length) continue;
      const hit = pred.some((p) => overlaps(p, g) && p.speaker.start != null && bestGold(p, gold) === g && speakerRight(a.text, p, g));
      if (!hit) {
        sp.fn++;
        const p = pred.find((x) => overlaps(x, g));
        if (!p || p.speaker.start == null) log.push(`MISSED speaker ${a.name}@${g.start}: ${ctx(a.text, g)} | gold: ${g.sources.map((s) => a.text.slice(s.start, s.end)).join(' / ')}`);
      }
    }
  }
  if (errorsFile) fs.writeFileSync(errorsFile, log.join('\n') + '\n');
  return {
    vague: judged(articles, 'vague'),
    anonymous: judged(articles, 'anonymous'),
    articles: articles.length,
    quotes: prf(q.tp, q.fp, q.fn),
    speakers: prf(sp.tp, sp.fp, sp.fn),
    speakersEndToEnd: prf(sp.tp, sp.fp + e2eExtraFp, sp.fn),
  };
}

/**
 * PolNeAR marks no vague or anonymous sourcing: the engine's flags of that kind on dev were judged
 * by hand once (eval/polnear-KIND-dev.tsv, "Y"/"N" per article@offset). Precision over the judged
 * flags it still raises, how many of the right ones it keeps, and how many new flags wait for a judgement.
 */
function judged(articles, kind) {
  const file = path.resolve(import.meta.dirname, `../eval/polnear-${kind}-${split}.tsv`);
  if (!fs.existsSync(file)) return null;
  const marks = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [mark, id] = line.split('\t');
    if (id && (mark === 'Y' || mark === 'N')) marks.set(id, mark === 'Y');
  }
  let right = 0;
  let wrong = 0;
  let unjudged = 0;
  for (const a of articles) {
    for (const s of analyze(a.text).sources) {
      if (s.kind !== kind) continue;
      const j = marks.get(`${a.name}@${s.start}`);
      if (j === undefined) unjudged++;
      else if (j) right++;
      else wrong++;
    }
  }
  const allRight = [...marks.values()].filter(Boolean).length;
  return { right, wrong, unjudged, allRight };
}

function bestGold(p, gold) {
  let best = null;
  let bestN = 0;
  for (const g of gold) {
    if (!overlaps(p, g)) continue;
    const n = Math.min(p.end, g.end) - Math.max(p.start, g.start);
    if (n > bestN) {
      bestN = n;
      best = g;
    }
  }
  return best;
}

function speakerRight(text, p, g) {
  const m = { start: p.speaker.start, end: p.speaker.end };
  if (g.sources.some((s) => overlaps(s, m))) return true;
  // Or the resolved name appears in the gold source: the full name, or a person's surname
  // ("Elizabeth Warren" resolved from "she"; the gold marks "Ms. Warren").
  const name = p.speaker.name;
  if (!name) return false;
  const words = name.split(/\s+/);
  const surname = p.speaker.kind === 'person' && words.length > 1 ? words[words.length - 1].replace(/['’]s$/, '') : null;
  return g.sources.some((s) => {
    const src = text.slice(s.start, s.end);
    return src.includes(name) || (!!surname && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(src));
  });
}

const ctx = (text, s) => JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 90)));
const who = (text, p) => `${p.speaker.kind}:${JSON.stringify(text.slice(p.speaker.start, p.speaker.end))}${p.speaker.name ? ' (' + p.speaker.name + ')' : ''}`;

const t0 = performance.now();
const polnear = evalPolnear();
const handLog = [];
const hand = evalHandLabelled(analyze, path.resolve(import.meta.dirname, '../eval/articles'), prf, handLog);
// The held-out set's errors are never written out: reading them would spend it (eval/heldout/README.md).
const held = evalHandLabelled(analyze, path.resolve(import.meta.dirname, '../eval/heldout'), prf);
if (errorsFile) fs.appendFileSync(errorsFile, handLog.map((l) => 'HAND ' + l).join('\n') + '\n');
const ms = performance.now() - t0;

console.log(`Attribution Lens accuracy (${new Date().toISOString().slice(0, 10)})`);
if (polnear) {
  console.log(`PolNeAR ${split}: ${polnear.articles} articles`);
  console.log(`  quotes    ${fmt(polnear.quotes)}`);
  console.log(`  speakers  ${fmt(polnear.speakers)}   (on gold quotes with a source)`);
  console.log(`  speakers* ${fmt(polnear.speakersEndToEnd)}   (* end-to-end: speakers on quotes the gold lacks count as wrong)`);
  for (const kind of ['vague', 'anonymous']) {
    const v = polnear[kind];
    if (!v) continue;
    const p = v.right + v.wrong ? v.right / (v.right + v.wrong) : 0;
    console.log(`  ${kind.padEnd(9)} P ${p.toFixed(3)} over the flags judged by hand (${v.right} right, ${v.wrong} wrong; ${v.right} of the ${v.allRight} right ones still raised; ${v.unjudged} new flags not judged yet)`);
  }
}
for (const [label, set] of [
  ['Hand-labelled (eval/articles, used while writing the rules)', hand],
  ['Held-out (eval/heldout, written blind to the engine, never tuned on)', held],
]) {
  if (!set) continue;
  console.log(`${label}: ${set.articles} articles`);
  for (const [k, m] of Object.entries(set.metrics)) console.log(`  ${k.padEnd(9)} ${fmt(m)}`);
}
console.log(`(${ms.toFixed(0)} ms)`);
