import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { Scratch } from '../../src/core/scratch';
import { tokenize } from '../../src/core/text';
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

  it('marks the paragraphs that are heading lines, as the tokenizer reads them (not a hashtag, not the line after a heading)', () => {
    const text = '# Talks collapse\n\nBody text here.\n\n## Background\nThe line after it.\n\n#hashtag trending\n\n  ### Indented heading';
    const scratch = new Scratch();
    assert.deepEqual(Array.from(tokenize(text, scratch).heading), [1, 0, 1, 0, 0, 1]);
    // The same scratch arrays, reused for a shorter text, keep no stale flags.
    assert.deepEqual(Array.from(tokenize('Plain.\n\nText.', scratch).heading), [0, 0]);
  });
});
