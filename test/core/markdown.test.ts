import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { personNamed, quoteWith } from './helpers';

describe('markdown articles', () => {
  const article = [
    '# Ministry Rejects Claims',
    '',
    '## Background',
    '',
    '**JERUSALEM** — The *Foreign Ministry* said on Monday that the talks would go on.',
    '',
    '> “We will not be drawn into this,” said Dana Levi, a ministry spokeswoman.',
    '>',
    '> “The door is open.”',
  ].join('\n');

  it('reads emphasis markers as markup: "The *Foreign Ministry* said" is the ministry speaking', () => {
    const a = analyze(article);
    assert.ok(a.sources.some((s) => s.kind === 'organization' && s.name === 'Foreign Ministry'), JSON.stringify(a.sources));
  });

  it('keeps a block quote split by an empty ">" line with its speaker', () => {
    const a = analyze(article);
    assert.equal(quoteWith(a, 'The door is open').speaker.name, 'Dana Levi');
  });

  it('never takes a heading for a person', () => {
    const a = analyze(article);
    assert.deepEqual(
      a.people.map((p) => p.name),
      ['Dana Levi'],
    );
    assert.equal(personNamed(a, 'Dana Levi').title, 'ministry spokeswoman');
  });

  it('keeps offsets exact through markup', () => {
    const a = analyze(article);
    for (const q of a.quotes) assert.equal(article.slice(q.start, q.end), q.text);
    const levi = personNamed(a, 'Dana Levi');
    for (const m of levi.mentions) assert.equal(article.slice(m.start, m.end), 'Dana Levi');
  });

  it('waits for a later citation before taking unknown capitalized words for a person', () => {
    const text = 'Zach Zeliff, a bearded veteran of the campaign, waved a sign. “We are not done,” Zeliff said.';
    const a = analyze(text);
    assert.equal(personNamed(a, 'Zach Zeliff').mentions.length, 2);
    const none = analyze('The Passaic River Trust and Green Valley Farms signed the deal on Monday.');
    assert.deepEqual(none.people, []);
  });
});
