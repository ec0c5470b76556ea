#!/usr/bin/env node
// Validates the hand-written gold annotations against the article texts, in the folders
// given as arguments (default: eval/articles and eval/heldout).
// For every NAME.gold.json: the article NAME.txt or NAME.md must exist, and every
// `text` (anonymous, vague, quotes) must occur at least `occurrence` times.
// Also checks schema basics and that named people/speakers appear in the article.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs = process.argv.length > 2 ? process.argv.slice(2) : [here, path.join(here, '../heldout')];
const errors = [];
const totals = { articles: 0, officials: 0, people: 0, anonymous: 0, vague: 0, quotes: 0 };

function countOf(hay, needle) {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

for (const dir of dirs) {
  const golds = fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  for (const g of golds) {
    const base = g.slice(0, -'.gold.json'.length);
    const art = ['.txt', '.md'].map((e) => base + e).find((f) => fs.existsSync(path.join(dir, f)));
    if (!art) { errors.push(`${g}: no article ${base}.txt/.md`); continue; }
    const text = fs.readFileSync(path.join(dir, art), 'utf8');
    let gold;
    try { gold = JSON.parse(fs.readFileSync(path.join(dir, g), 'utf8')); }
    catch (e) { errors.push(`${g}: invalid JSON: ${e.message}`); continue; }
    totals.articles++;
    for (const k of ['officials', 'people', 'anonymous', 'vague', 'quotes']) {
      if (!Array.isArray(gold[k])) { errors.push(`${g}: missing array "${k}"`); gold[k] = []; }
      totals[k] += gold[k].length;
    }
    const people = new Set(gold.people.map((p) => p.name));
    for (const o of gold.officials) {
      if (!o.name || !text.includes(o.name)) errors.push(`${g}: official name not in article: ${o.name}`);
      if (!people.has(o.name)) errors.push(`${g}: official not listed in people: ${o.name}`);
      else if (!gold.people.find((p) => p.name === o.name).official) errors.push(`${g}: official marked official:false in people: ${o.name}`);
    }
    for (const p of gold.people) {
      if (!text.includes(p.name)) errors.push(`${g}: person name not in article: ${p.name}`);
      if (typeof p.official !== 'boolean') errors.push(`${g}: people[].official must be boolean: ${p.name}`);
    }
    for (const k of ['anonymous', 'vague', 'quotes']) {
      for (const item of gold[k]) {
        const occ = item.occurrence ?? 1;
        if (typeof item.text !== 'string' || !item.text) { errors.push(`${g}: ${k}: empty text`); continue; }
        const n = countOf(text, item.text);
        if (!Number.isInteger(occ) || occ < 1 || n < occ) {
          errors.push(`${g}: ${k}: ${JSON.stringify(item.text)} occurrence ${occ} not found (found ${n})`);
        }
      }
    }
    for (const q of gold.quotes) {
      if (!('speaker' in q)) errors.push(`${g}: quote without speaker field: ${q.text}`);
      else if (q.speaker !== null && !people.has(q.speaker) && !text.includes(q.speaker)) {
        errors.push(`${g}: speaker neither a listed person nor a phrase in the article: ${q.speaker}`);
      }
    }
  }

}
for (const e of errors) console.error('ERROR', e);
console.log(Object.entries(totals).map(([k, v]) => `${k}: ${v}`).join('  '));
process.exit(errors.length ? 1 : 0);
