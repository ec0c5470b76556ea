import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { sameTitle, titleFindings } from '../../src/core/title-findings';
import type { Person } from '../../src/core/types';

const codes = (text: string, lexicon?: Parameters<typeof analyze>[1]) =>
  analyze(text, lexicon ?? {}).findings.filter((f) => f.code === 'untitled-first-mention' || f.code === 'title-changed').map((f) => `${f.code} ${text.slice(f.start, f.end)}`);

describe('title findings', () => {
  it('untitled-first-mention: a quoted person titled only later', () => {
    const text = 'Yair Lapid said the move was “a grave mistake.”\n\nYair Lapid, the foreign minister, said “we will respond.”';
    assert.deepEqual(codes(text), ['untitled-first-mention Yair Lapid']);
    const f = analyze(text).findings.find((x) => x.code === 'untitled-first-mention')!;
    assert.equal(f.start, 0);
    assert.match(f.message, /“foreign minister”/);
  });

  it('no finding when the title comes with the first mention', () => {
    assert.deepEqual(codes('Foreign Minister Yair Lapid said “we will respond.” Later Lapid said “no.”'), []);
  });

  it('counts the first mention by full name, not a surname alone (a headline, a misread word)', () => {
    const text = 'Yair Lapid said the move was “a grave mistake.” Later, Foreign Minister Lapid said “we will respond.”';
    assert.deepEqual(codes(text), ['untitled-first-mention Yair Lapid']);
    // The rule itself, on people as the engine gives them: a headline “Lapid” before the full name.
    const person = (mentions: Array<[string, string?]>): Person => ({
      name: 'Yair Lapid',
      title: 'foreign minister',
      affiliation: null,
      official: true,
      titledAtFirstMention: false,
      mentions: mentions.map(([t, title], k) => ({ start: k * 100, end: k * 100 + t.length, text: t, ...(title ? { title } : {}) })),
    });
    const headline = titleFindings([person([['Lapid'], ['Yair Lapid'], ['Lapid', 'foreign minister']])], []);
    assert.deepEqual(headline.map((f) => [f.code, f.start]), [['untitled-first-mention', 100]]);
    assert.deepEqual(titleFindings([person([['Chelsea'], ['Chelsea', 'mayor']])], []), [], 'no full-name mention at all');
    assert.deepEqual(titleFindings([person([['Lapid', 'foreign minister'], ['Yair Lapid'], ['Lapid', 'foreign minister']])], []), [], 'titled before the full name');
  });

  it('ignores titles inside quotations (the speaker’s words)', () => {
    const text = 'Hillary Clinton spoke on Tuesday. “I hope America says, ‘President Clinton, thank you,’” Jane Roe said.';
    assert.deepEqual(codes(text), []);
  });

  it('no finding for titles from the house rules (knownPeople)', () => {
    assert.deepEqual(codes('“We will respond,” Lapid said.', { lexicon: { knownPeople: [{ name: 'Yair Lapid', title: 'foreign minister' }] } }), []);
  });

  it('title-changed: a later mention with a different rank', () => {
    const text = 'Deputy Foreign Minister Emine Dzhaparova arrived. Foreign Minister Dzhaparova said “nothing.”';
    assert.deepEqual(codes(text), ['title-changed Dzhaparova']);
  });

  it('a plural title ("Sens. Ted Cruz and Marco Rubio") is the same as the singular', () => {
    assert.equal(sameTitle('sens.', 'sen.'), true);
    assert.deepEqual(codes('Sens. Ted Cruz and Marco Rubio attacked the plan. Sen. Ted Cruz said “no.”'), []);
  });

  it('takes no title from the paragraph before ("7:19 p.m." + "Presidential candidate Marco Rubio")', () => {
    const p = analyze('Update at 7:19 p.m.\n\nPresidential candidate Marco Rubio said he would stay in the race.').people[0];
    assert.equal(p.title, 'presidential candidate');
  });

  it('a shorter form of the same title is not a change', () => {
    assert.equal(sameTitle('foreign minister', 'minister'), true);
    assert.equal(sameTitle('foreign minister of Israel', 'foreign minister'), true);
    assert.equal(sameTitle('the Foreign-Minister', 'foreign minister'), true);
    assert.equal(sameTitle('deputy foreign minister', 'foreign minister'), false);
    assert.equal(sameTitle('former president', 'president'), false);
    assert.equal(sameTitle('president', 'governor'), false);
    assert.equal(sameTitle('gov.', 'governor'), true);
    assert.equal(sameTitle('Sen.', 'senator'), true);
  });
});
