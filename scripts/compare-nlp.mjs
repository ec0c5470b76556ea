// Compare the engine's own rules with off-the-shelf JS NLP libraries: speed and PERSON accuracy.
// Run: `node scripts/compare-nlp.mjs` (after `npm run build` and installing the libraries into
// the git-ignored cache: `npm install --prefix .cache/nlp compromise wink-nlp wink-eng-lite-web-model`).
// Nothing here is part of the build; the libraries are never a dependency of the project.
// Results and discussion: docs/nlp-comparison.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const cache = path.join(root, '.cache/nlp');
const require = createRequire(path.join(cache, 'index.js'));
const INSTALL = 'npm install --prefix .cache/nlp compromise wink-nlp wink-eng-lite-web-model';

// ---------------------------------------------------------------- set-up checks
const missing = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'].filter(
  (p) => !fs.existsSync(path.join(cache, 'node_modules', p, 'package.json')),
);
if (missing.length) {
  console.error(`compare-nlp: missing ${missing.join(', ')} in .cache/nlp/.\nInstall them (from ${root}) with:\n  ${INSTALL}`);
  process.exit(2);
}
const core = path.join(root, 'dist/core.js');
if (!fs.existsSync(core)) {
  console.error('compare-nlp: dist/core.js not found; run `npm run build` first.');
  process.exit(2);
}
const polnearDir = path.resolve(root, '../shared/data/polnear/train/text');
if (!fs.existsSync(polnearDir)) {
  console.error(`compare-nlp: PolNeAR texts not found at ${polnearDir}`);
  process.exit(2);
}

const { analyze } = require(core);
const nlpMod = require('compromise');
const nlp = nlpMod.default ?? nlpMod;
const winkNLP = require('wink-nlp');
const wink = winkNLP(require('wink-eng-lite-web-model'));
const version = (p) => JSON.parse(fs.readFileSync(path.join(cache, 'node_modules', p, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------- corpora
const TARGET = 1024 * 1024;
const parts = [];
let bytes = 0;
for (const f of fs.readdirSync(polnearDir).filter((f) => f.endsWith('.txt')).sort()) {
  if (bytes >= TARGET) break;
  const t = fs.readFileSync(path.join(polnearDir, f), 'utf8');
  parts.push(t);
  bytes += Buffer.byteLength(t) + 2;
}
const big = parts.join('\n\n');
let small = '';
for (const t of parts) {
  if (Buffer.byteLength(small) >= 30 * 1024) break;
  small += (small ? '\n\n' : '') + t;
}
const kb = (s) => Buffer.byteLength(s) / 1024;

// ---------------------------------------------------------------- timing
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time(fn, text, runs) {
  const ts = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = fn(text);
    ts.push(performance.now() - t0);
  }
  return { ms: median(ts), runs, out };
}
const regexScan = (text) => {
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};
const systems = [
  ['engine analyze()', (t) => analyze(t).people.length],
  ['compromise people()', (t) => nlp(t).people().out('array').length],
  ['wink-nlp readDoc+entities', (t) => wink.readDoc(t).entities().out(wink.its.detail)],
  ['regex scan (ceiling)', regexScan],
];

console.log(`Node ${process.version}; compromise ${version('compromise')}, wink-nlp ${version('wink-nlp')}, wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`);
console.log(`Corpus: ${parts.length} PolNeAR train articles, ${kb(big).toFixed(0)} KB; slice: ${kb(small).toFixed(1)} KB\n`);
console.log('| system | 30 KB (ms) | 1 MB (ms) | MB/s (1 MB) | runs 30 KB / 1 MB |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const speed = {};
let winkTypes = null;
for (const [name, fn] of systems) {
  const slow = name.startsWith('compromise');
  for (let i = 0; i < (slow ? 1 : 5); i++) fn(small); // warm-up (JIT, lazy tables)
  const s = time(fn, small, slow ? 3 : 9);
  const first = time(fn, big, 1);
  const b = first.ms > 15000 ? first : time(fn, big, 3); // one run is enough for slow ones
  if (name.startsWith('wink')) {
    winkTypes = {};
    for (const e of b.out) winkTypes[e.type] = (winkTypes[e.type] || 0) + 1;
  }
  speed[name] = { small: s.ms, big: b.ms };
  const mbs = kb(big) / 1024 / (b.ms / 1000);
  console.log(`| ${name} | ${s.ms.toFixed(1)} | ${b.ms.toFixed(0)} | ${mbs.toFixed(2)} | ${s.runs} / ${b.runs} |`);
}
console.log(`\nwink-nlp entity types on 1 MB (lite model has no PERSON): ${JSON.stringify(winkTypes)}\n`);

// ---------------------------------------------------------------- PERSON accuracy
// Leading titles/honorifics that compromise keeps inside a person span ("Minister María José ...").
const TITLE = /^(mr|mrs|ms|miss|dr|prof|professor|sen|senator|rep|gen|general|gov|governor|col|colonel|lt|maj|capt|cmdr|commodore|adm|admiral|sgt|president|judge|justice|attorney|minister|secretary|ambassador|mayor|councilman|councilwoman|councillor|chief|commissioner|director-general|director|deputy|spokesman|spokeswoman|sir|lord|lady)\.?\s+/i;
/** Same light clean-up for every system: trim punctuation, possessive 's, leading titles. */
function clean(name) {
  let n = name.replace(/\s+/g, ' ').trim();
  n = n.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  n = n.replace(/['’]s$/u, '').replace(/[.,;:-]+$/, '');
  while (TITLE.test(n)) n = n.replace(TITLE, '');
  return n.trim();
}
const words = (n) => n.toLowerCase().split(/\s+/).filter(Boolean);
const hyphenParts = (w) => w.split('-').filter(Boolean);
/**
 * Names match (case-insensitively) if equal, or if both first and last words are equal, or if one
 * is a single word equal to the other's last word. `lenient` also accepts a last word that is one
 * part of the other's hyphenated surname ("Castillo" for "Castillo-Bravo": a truncated span).
 */
function sameName(a, b, lenient) {
  const x = words(a), y = words(b);
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const lx = x.at(-1), ly = y.at(-1);
  const lastEq = lx === ly || (lenient && (hyphenParts(ly).includes(lx) || hyphenParts(lx).includes(ly)));
  if (x.length === 1 || y.length === 1) return lastEq;
  return lastEq && x[0] === y[0];
}
/** Dedupe case-insensitively; drop a one-word name when a longer name contains it (as a word or hyphen part). */
function mergeNames(names) {
  const uniq = [];
  for (const n of names.map(clean).filter(Boolean)) if (!uniq.some((u) => u.toLowerCase() === n.toLowerCase())) uniq.push(n);
  const contains = (m, w) => words(m).some((x) => x === w || hyphenParts(x).includes(w));
  return uniq.filter((n) => words(n).length > 1 || !uniq.some((m) => m !== n && words(m).length > 1 && contains(m, words(n)[0])));
}
/** One-to-one matching: each gold person can be claimed by one prediction. */
function score(pred, gold, lenient) {
  const used = new Set();
  const fp = [];
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used.has(k) && sameName(p, g, lenient));
    if (i < 0) fp.push(p);
    else used.add(i);
  }
  return { tp: used.size, fp, fn: gold.filter((_, k) => !used.has(k)) };
}

const artDir = path.join(root, 'eval/articles');
const predictors = {
  engine: (t) => mergeNames(analyze(t).people.map((p) => p.name)),
  compromise: (t) => mergeNames(nlp(t).people().out('array')),
};
const rows = Object.keys(predictors).flatMap((k) => [[k, false], [k, true]]);
const tot = Object.fromEntries(rows.map(([k, l]) => [`${k}${l ? ' (lenient)' : ''}`, { tp: 0, fp: 0, fn: 0, fps: [], fns: [] }]));
let nGold = 0, nArticles = 0;
for (const g of fs.readdirSync(artDir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const base = g.replace(/\.gold\.json$/, '');
  const file = ['.txt', '.md'].map((e) => path.join(artDir, base + e)).find((f) => fs.existsSync(f));
  if (!file) continue;
  const text = fs.readFileSync(file, 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(artDir, g), 'utf8')).people.map((p) => p.name);
  nGold += gold.length;
  nArticles++;
  const pred = Object.fromEntries(Object.entries(predictors).map(([k, f]) => [k, f(text)]));
  for (const [k, lenient] of rows) {
    const r = score(pred[k], gold, lenient);
    const t = tot[`${k}${lenient ? ' (lenient)' : ''}`];
    t.tp += r.tp;
    t.fp += r.fp.length;
    t.fn += r.fn.length;
    t.fps.push(...r.fp.map((x) => `${x} (${base})`));
    t.fns.push(...r.fn.map((x) => `${x} (${base})`));
  }
}
console.log(`PERSON recognition on ${nArticles} hand-labelled articles (${nGold} gold people):\n`);
console.log('| system | TP | FP | FN | precision | recall | F1 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [k, t] of Object.entries(tot)) {
  const p = t.tp / (t.tp + t.fp || 1), r = t.tp / (t.tp + t.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`| ${k} | ${t.tp} | ${t.fp} | ${t.fn} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} |`);
}
for (const [k, t] of Object.entries(tot)) {
  if (k.endsWith('(lenient)')) continue;
  console.log(`\n${k} false positives (${t.fp}): ${t.fps.join('; ') || '-'}`);
  console.log(`${k} missed (${t.fn}): ${t.fns.join('; ') || '-'}`);
}
