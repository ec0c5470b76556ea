import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { FindingCode } from '../../src/core/types';
import { quoteWith, spanOf } from './helpers';

describe('findings', () => {
  const byCode = (text: string, code: FindingCode) => analyze(text).findings.filter((f) => f.code === code);

  describe('unattributed-quote', () => {
    it('flags a full quote with no speaker as a warning over the quote span', () => {
      const text = ['The shelling of the city continued overnight.', '“This cannot go on.”'].join('\n\n');
      const a = analyze(text);
      const q = quoteWith(a, 'This cannot go on');
      assert.equal(q.speaker.kind, 'unknown');
      assert.equal(q.speaker.name, null);
      const f = a.findings.filter((x) => x.code === 'unattributed-quote');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].start, q.start);
      assert.equal(f[0].end, q.end);
      assert.ok(f[0].message.length > 0);
    });

    it('flags an unattributed partial quote with a lower severity (info) than a full one', () => {
      const text = 'The overnight strike on Dnipro marked “a grave escalation” in the war.';
      const a = analyze(text);
      const q = quoteWith(a, 'grave escalation');
      assert.equal(q.partial, true);
      const f = a.findings.filter((x) => x.code === 'unattributed-quote');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'info');
      assert.deepEqual([f[0].start, f[0].end], [q.start, q.end]);
    });

    it('does not flag a quote that has a speaker', () => {
      const text = '“We will rebuild,” said Ihor Terekhov, the mayor of Kharkiv.';
      assert.deepEqual(byCode(text, 'unattributed-quote'), []);
    });

    it('does not flag a quote linked to an anonymous source as unattributed', () => {
      const text = '“The decision was political,” a senior official said.';
      assert.deepEqual(byCode(text, 'unattributed-quote'), []);
    });
  });

  describe('anonymous-source', () => {
    it('flags an anonymous source as info over the source span', () => {
      const text = 'The embassy will reopen next month, a senior Israeli official said.';
      const f = byCode(text, 'anonymous-source');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'info');
      assert.equal(text.slice(f[0].start, f[0].end), 'a senior Israeli official');
    });

    it('does not flag a named person as an anonymous source', () => {
      const text = 'The embassy will reopen next month, Michael Brodsky, the Israeli ambassador, said.';
      assert.deepEqual(byCode(text, 'anonymous-source'), []);
    });
  });

  describe('vague-attribution', () => {
    it('flags a vague attribution as a warning over the phrase', () => {
      const text = 'The minister will resign next week, according to media reports.';
      const f = byCode(text, 'vague-attribution');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      const s = spanOf(text, 'media reports');
      assert.ok(f[0].start <= s.start && f[0].end >= s.end, `range: ${JSON.stringify(text.slice(f[0].start, f[0].end))}`);
      assert.ok(f[0].end <= text.indexOf('.', s.start) + 1);
    });

    it('flags "critics say" as a warning', () => {
      const text = 'Critics say the plan does little to protect civilians.';
      const f = byCode(text, 'vague-attribution');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].start, 0);
    });
  });

  describe('unbalanced-quote', () => {
    it('flags an unclosed opening mark as a warning on the mark itself', () => {
      const text = ['Mayor Ihor Terekhov said: “We will rebuild every school before winter.', 'The council approved the budget on Friday.'].join('\n\n');
      const f = byCode(text, 'unbalanced-quote');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].start, text.indexOf('“'));
      assert.equal(f[0].end, text.indexOf('“') + 1);
    });

    it('flags a closing mark with no opening mark', () => {
      const text = 'We will rebuild every school before winter,” Mayor Ihor Terekhov said.';
      const f = byCode(text, 'unbalanced-quote');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].start, text.indexOf('”'));
      assert.equal(f[0].end, text.indexOf('”') + 1);
    });

    it('raises no unbalanced-quote finding for balanced quotes', () => {
      const text = '“We will rebuild,” said Ihor Terekhov. “Every school, every hospital.”';
      assert.deepEqual(byCode(text, 'unbalanced-quote'), []);
    });
  });

  it('returns findings sorted by position', () => {
    const text = [
      '“This cannot go on.”',
      'Officials said the talks had stalled, according to media reports.',
      '“We will rebuild every school, said Mayor Ihor Terekhov.',
    ].join('\n\n');
    const f = analyze(text).findings;
    assert.ok(f.length >= 4, JSON.stringify(f.map((x) => x.code)));
    for (let i = 1; i < f.length; i++) assert.ok(f[i - 1].start <= f[i].start);
    const codes = new Set(f.map((x) => x.code));
    for (const c of ['anonymous-source', 'vague-attribution', 'unattributed-quote', 'unbalanced-quote']) assert.ok(codes.has(c as FindingCode), `missing ${c}`);
  });
});
