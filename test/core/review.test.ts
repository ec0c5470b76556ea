import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { reviewFindings } from '../../src/core/review';
import { countWords } from '../../src/core/summary';
import { FINDING_CODES } from '../../src/core/codes';
import { personNamed } from './helpers';

describe('review: severities and summary', () => {
  const text = [
    '“We will not resign,” said Maria Lopez, the mayor. “The budget is balanced and the audit is clean.”',
    '“She is hiding the real numbers,” a senior official said.',
    '“Nothing works,” critics said.',
    'The council met on Tuesday.',
    '“Unclear.”',
  ].join('\n\n');
  const a = analyze(text);

  it('applies severity overrides and drops codes set to off', () => {
    const base = reviewFindings(a, text);
    assert.deepEqual(
      [...new Set(base.findings.map((f) => f.code))].sort(),
      ['anonymous-source', 'unattributed-quote', 'vague-attribution'],
    );
    const r = reviewFindings(a, text, { severity: { 'anonymous-source': 'error', 'vague-attribution': 'off', 'unattributed-quote': 'hint' } });
    assert.ok(r.findings.every((f) => f.code !== 'vague-attribution'));
    assert.ok(r.findings.filter((f) => f.code === 'anonymous-source').every((f) => f.severity === 'error'));
    assert.ok(r.findings.filter((f) => f.code === 'unattributed-quote').every((f) => f.severity === 'hint'));
    assert.ok(r.suppressed.length > 0 && r.suppressed.every((s) => s.by === 'severity-off' && s.finding.code === 'vague-attribution'));
    assert.equal(r.summary.findings.error, r.findings.filter((f) => f.code === 'anonymous-source').length);
    // The analysis itself is not changed.
    assert.ok(a.findings.some((f) => f.code === 'vague-attribution'));
  });

  it('counts the anonymous share over all quotes and quoted words per speaker', () => {
    const s = reviewFindings(a, text).summary;
    assert.equal(s.quotes, 5);
    assert.equal(s.anonymousQuotes, 1);
    assert.equal(s.vagueQuotes, 1);
    assert.equal(s.unattributedQuotes, 1);
    assert.equal(s.anonymousShare, 2 / 5);
    const words = a.quotes.map((q) => countWords(q.text));
    assert.deepEqual(words, [4, 9, 6, 2, 1]);
    assert.equal(s.quotedWords, 22);
    assert.equal(s.anonymousWordShare, 8 / 22);
    const lopez = personNamed(a, 'Maria Lopez');
    assert.ok(lopez);
    assert.deepEqual(
      s.speakers.map((x) => [x.kind, x.name, x.quotes, x.words]),
      [
        ['person', 'Maria Lopez', 2, 13],
        ['anonymous', 'a senior official', 1, 6],
        ['vague', 'critics', 1, 2],
        ['unknown', null, 1, 1],
      ],
    );
    assert.equal(s.speakers[0].share, 13 / 22);
  });

  it('counts words as runs of letters and digits, joined by an inner apostrophe', () => {
    assert.equal(countWords('“It’s over, isn\'t it?”'), 4);
    assert.equal(countWords('Привет мир 42 — élan'), 4);
    assert.equal(countWords('’90s rock ’n’ roll'), 4);
  });

  it('an article with no quotes has a share of 0', () => {
    const t = 'The council met on Tuesday.';
    const s = reviewFindings(analyze(t), t).summary;
    assert.equal(s.quotes, 0);
    assert.equal(s.anonymousShare, 0);
    assert.equal(s.anonymousWordShare, 0);
  });

  it('every finding code has a doc page', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    for (const c of FINDING_CODES) {
      const page = path.resolve(__dirname, '../../../docs/rules', `${c.code}.md`);
      assert.ok(fs.existsSync(page), `missing ${page}`);
      const body = fs.readFileSync(page, 'utf8');
      for (const heading of ['## What it flags', '## Why', '## Examples', '## How to fix', '## How to disable']) assert.ok(body.includes(heading), `${c.code}.md lacks “${heading}”`);
    }
  });
});
