import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Span } from '../../src/core/types';
import { personNamed, quoteWith } from './helpers';

const ARTICLE = [
  'Israel rebuffs Kyiv’s request for air defense',
  'Russian Deputy Foreign Minister Mikhail Bogdanov met Israeli Ambassador to Russia Simona Halperin in Moscow on Thursday, the Russian Foreign Ministry said.',
  '“We value the dialogue with Jerusalem,” Bogdanov said. “But we expect restraint.”',
  'Ukraine’s deputy foreign minister, Emine Dzhaparova, said Kyiv was “deeply disappointed” by the decision. She added: “We asked for ‘defensive’ systems, nothing more.”',
  'A senior Israeli official, who spoke on condition of anonymity, said the issue was “closed for now.” The official said Jerusalem feared for the Jewish community in Russia.',
  'According to Israeli media reports, Foreign Minister Yair Lapid raised the matter with his Ukrainian counterpart. Mr. Lapid reportedly promised more humanitarian aid, and critics say that is not enough.',
  '“Words will not stop missiles,” said one Ukrainian diplomat.',
  '“This is a moral failure.”',
  '“The vote is on Monday, a source told Walla.',
].join('\n\n');

function assertSpan(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.end <= text.length, `${what}: [${s.start}, ${s.end}) within the text (${text.length})`);
  assert.ok(s.start < s.end, `${what}: start < end`);
}

function assertAllSpans(text: string, a: Analysis): void {
  a.quotes.forEach((q, i) => {
    assertSpan(text, q, `quote ${i}`);
    assert.equal(text.slice(q.start, q.end), q.text, `quote ${i} text`);
    for (const n of q.nested) {
      assertSpan(text, n, `quote ${i} nested`);
      assert.ok(n.start >= q.start && n.end <= q.end, `quote ${i}: nested span inside the quote`);
    }
    assert.ok(q.pieces.length >= 1, `quote ${i}: at least one piece`);
    for (const p of q.pieces) {
      assertSpan(text, p, `quote ${i} piece`);
      assert.ok(p.start >= q.start && p.end <= q.end, `quote ${i}: piece inside the quote`);
    }
    assert.equal(q.pieces[0].start, q.start, `quote ${i}: first piece starts the quote`);
    assert.equal(q.pieces[q.pieces.length - 1].end, q.end, `quote ${i}: last piece ends the quote`);
    if (q.speaker.start !== null || q.speaker.end !== null) {
      assertSpan(text, { start: q.speaker.start!, end: q.speaker.end! }, `quote ${i} speaker`);
    }
    if (q.cue) {
      assertSpan(text, q.cue, `quote ${i} cue`);
      assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text, `quote ${i} cue text`);
    }
  });
  a.people.forEach((p, i) => {
    assert.ok(p.mentions.length >= 1, `person ${i} has mentions`);
    for (const m of p.mentions) {
      assertSpan(text, m, `person ${p.name} mention`);
      assert.equal(text.slice(m.start, m.end), m.text, `person ${p.name} mention text`);
    }
  });
  a.sources.forEach((s, i) => {
    assertSpan(text, s, `source ${i}`);
    assert.equal(text.slice(s.start, s.end), s.text, `source ${i} text`);
    if (s.person !== undefined) assert.ok(s.person >= 0 && s.person < a.people.length);
    if (s.antecedent !== undefined) assert.ok(s.antecedent >= 0 && s.antecedent < i, `source ${i}: antecedent precedes it`);
  });
  a.findings.forEach((f, i) => assertSpan(text, f, `finding ${i} (${f.code})`));
}

describe('offsets', () => {
  it('keeps every span of a full article within the text, with start < end and slices equal to the reported text', () => {
    const a = analyze(ARTICLE);
    assert.ok(a.quotes.length >= 6 && a.people.length >= 3 && a.sources.length >= 4 && a.findings.length >= 4);
    assertAllSpans(ARTICLE, a);
  });

  it('gives speaker spans that slice to a mention of the speaker in the article', () => {
    const a = analyze(ARTICLE);
    const q = quoteWith(a, 'value the dialogue');
    assert.equal(ARTICLE.slice(q.speaker.start!, q.speaker.end!), 'Bogdanov');
    assert.equal(q.speaker.name, 'Mikhail Bogdanov');
    const she = quoteWith(a, 'nothing more');
    assert.equal(ARTICLE.slice(she.speaker.start!, she.speaker.end!), 'She');
    assert.equal(she.speaker.name, 'Emine Dzhaparova');
  });

  it('keeps person-index links consistent between quotes, sources and people', () => {
    const a = analyze(ARTICLE);
    for (const q of a.quotes) {
      if (q.speaker.person !== undefined) assert.equal(a.people[q.speaker.person].name, q.speaker.name);
    }
    for (const s of a.sources) {
      if (s.person !== undefined) assert.equal(a.people[s.person].name, s.name);
    }
  });

  it('counts offsets in UTF-16 code units when emoji and astral characters come before a quote', () => {
    const text = '🇺🇦🔥 𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 — “We will hold the line,” said Olena Kovalenko, a volunteer in 𝒦harkiv.';
    const a = analyze(text);
    const q = quoteWith(a, 'hold the line');
    assert.equal(q.start, text.indexOf('“'));
    assert.equal(q.end, text.indexOf('”') + 1);
    assert.equal(q.text, '“We will hold the line,”');
    assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'Olena Kovalenko');
    const p = personNamed(a, 'Olena Kovalenko');
    assert.equal(p.mentions[0].start, text.indexOf('Olena'));
    assertAllSpans(text, a);
  });

  it('counts offsets in UTF-16 code units for an unbalanced quote after emoji', () => {
    const text = ['😡😡 “They left us alone, a resident of Sderot said.', 'The army did not comment.'].join('\n\n');
    const a = analyze(text);
    const f = a.findings.find((x) => x.code === 'unbalanced-quote');
    assert.ok(f);
    assert.equal(f!.start, text.indexOf('“'));
    assert.equal(text.slice(f!.start, f!.end), '“');
    assertAllSpans(text, a);
  });

  it('handles CRLF line endings without shifting offsets', () => {
    const text = 'Emine Dzhaparova spoke on Monday.\r\n\r\n“We expected more,” she said.\r\n\r\n“Much more.”';
    const a = analyze(text);
    assertAllSpans(text, a);
    assert.deepEqual(a.quotes.map((q) => q.text), ['“We expected more,”', '“Much more.”']);
  });

  it('returns deep-equal results for two runs on the same text', () => {
    const a = analyze(ARTICLE);
    const b = analyze(ARTICLE);
    assert.deepEqual(a, b);
  });

  it('returns the same result for a text analyzed before and after another text', () => {
    const first = analyze(ARTICLE);
    analyze('“Something else entirely,” said Wang Yi. Officials said nothing.', { lexicon: { ignoredNames: ['Bogdanov'] } });
    assert.deepEqual(analyze(ARTICLE), first);
  });

  it('handles an empty text', () => {
    assert.deepEqual(analyze(''), { quotes: [], people: [], sources: [], findings: [] });
  });

  describe('options.lexicon', () => {
    it('takes an extra reporting verb into account', () => {
      const text = 'Benny Gantz met the envoys on Monday. “We are not afraid of anyone,” Gantz harrumphed.';
      const a = analyze(text, { lexicon: { reportingVerbs: ['harrumphed'] } });
      const q = quoteWith(a, 'not afraid');
      assert.equal(q.speaker.name, 'Benny Gantz');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'Gantz');
      assert.equal(q.cue?.text, 'harrumphed');
    });

    it('resolves a bare surname to a known person given in the lexicon', () => {
      const text = 'Lapid said the decision was final. “We will not change course,” he added.';
      const a = analyze(text, { lexicon: { knownPeople: [{ name: 'Yair Lapid', title: 'foreign minister', affiliation: 'Israel' }] } });
      const p = personNamed(a, 'Yair Lapid');
      assert.equal(p.title, 'foreign minister');
      assert.equal(p.affiliation, 'Israel');
      assert.equal(p.official, true);
      assert.equal(p.mentions.length, 1);
      assert.equal(p.mentions[0].text, 'Lapid');
      assert.deepEqual(a.people.map((x) => x.name), ['Yair Lapid']);
      assert.equal(quoteWith(a, 'change course').speaker.name, 'Yair Lapid');
    });

    it('reads an extra title given in the lexicon', () => {
      const text = 'Avi Cohen, the ravshatz of Kfar Aza, said the gate had been breached at dawn.';
      const p = personNamed(analyze(text, { lexicon: { titles: ['ravshatz'] } }), 'Avi Cohen');
      assert.equal(p.title, 'ravshatz');
      assert.equal(p.official, true);
    });

    it('never takes an ignored name for a person', () => {
      const text = 'Iron Swords entered its fourth month on Sunday, and Herzi Halevi said the goals had not changed.';
      const a = analyze(text, { lexicon: { ignoredNames: ['Iron Swords'] } });
      assert.deepEqual(a.people.map((p) => p.name), ['Herzi Halevi']);
      assert.ok(!a.sources.some((s) => s.text.includes('Iron Swords')));
    });

    it('does not leak a lexicon extension into later calls without it', () => {
      const text = '“We are not afraid of anyone,” Benny Gantz harrumphed at the rally.';
      analyze(text, { lexicon: { reportingVerbs: ['harrumphed'] } });
      const q = quoteWith(analyze(text), 'not afraid');
      assert.equal(q.speaker.kind, 'unknown');
    });
  });
});
