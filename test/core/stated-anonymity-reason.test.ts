import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { statedAnonymityReason } from '../../src/core/stated-anonymity-reason';

/** The reason stated for the first anonymous source the engine finds in `text`. */
function reasonFor(text: string): string | null {
  const s = analyze(text).sources.find((x) => x.kind === 'anonymous');
  assert.ok(s, `an anonymous source in ${text}`);
  return statedAnonymityReason(text, s.start, s.end);
}

describe('stated anonymity reason', () => {
  it('reads the clause after "on condition of anonymity because|as|since"', () => {
    assert.equal(reasonFor('“We are not there yet,” one of the diplomats told Reuters, speaking on condition of anonymity because the talks are private.'), 'the talks are private');
    assert.equal(reasonFor('A senior official, who spoke on the condition of anonymity as he was not cleared to brief reporters, said the deal was close.'), 'he was not cleared to brief reporters');
    assert.equal(reasonFor('Speaking on condition of anonymity since the inquiry is still open, a police source said two men were held.'), 'the inquiry is still open');
  });

  it('ends a reason with no comma after it at the sentence\'s reporting verb', () => {
    assert.equal(reasonFor('Two auditors who spoke on condition of anonymity because they were not authorized to discuss the findings said the names repeated.'), 'they were not authorized to discuss the findings');
  });

  it('keeps a reporting verb inside a reason that a comma ends, and ends a reason at a spaced hyphen', () => {
    assert.equal(reasonFor('A senior official, who was not authorized to discuss what was said at the meeting, described the mood as tense.'), 'not authorized to discuss what was said at the meeting');
    assert.equal(reasonFor('An aide spoke on condition of anonymity - because he was not authorised to speak - and said so.'), 'not authorised to speak');
  });

  it('reads "not authorized …" as the reason only after "who", beside the source or after words of anonymity', () => {
    assert.equal(reasonFor('A senior official said detainees were not allowed to speak with lawyers.'), null);
    assert.equal(reasonFor('A source close to the club said players were not allowed to comment on the transfer.'), null);
    assert.equal(reasonFor('A senior official, not authorized to speak publicly, said the plan was dead.'), 'not authorized to speak publicly');
  });

  it('reads fear or sensitivity only right after words of anonymity', () => {
    assert.equal(reasonFor('Officials, fearing a backlash, said the plan would wait, according to a source who asked not to be named.'), null);
    assert.equal(reasonFor('A source who declined to be named said officials acted out of fear of a lawsuit.'), null);
  });

  it('ends a sentence after a short all-capitals word or a name ("the BBC.", "Joe."), not after "Mr." or an initial', () => {
    assert.equal(reasonFor('A senior official told the BBC. Another official, who spoke on condition of anonymity because the talks are private, said they failed.'), null);
    assert.equal(reasonFor('A senior official met Mr. Lee, speaking on condition of anonymity because the talks are private.'), 'the talks are private');
  });

  it('reads a purpose after "anonymity to discuss …"', () => {
    assert.equal(reasonFor('Two officials, who requested anonymity to discuss internal deliberations, said the plan was shelved.'), 'to discuss internal deliberations');
  });

  it('reads "not authorized to speak publicly …" and "asked not to be named because …"', () => {
    assert.equal(reasonFor('A person familiar with the matter, who was not authorized to speak publicly about the merger, confirmed the talks.'), 'not authorized to speak publicly about the merger');
    assert.equal(reasonFor('An aide, who asked not to be named because she feared losing her job, said the minister shouted.'), 'she feared losing her job');
    assert.equal(reasonFor('A source said the talks failed. The source was not authorised to comment.') === null, true, 'another sentence is not read');
  });

  it('reads fear of reprisal and the sensitivity of the matter', () => {
    assert.equal(reasonFor('A resident, who did not want to be named for fear of reprisals by the militia, said the town was empty.'), 'for fear of reprisals by the militia');
    assert.equal(reasonFor('An official said, on condition of anonymity given the sensitivity of the negotiations, that a deal was near.'), 'given the sensitivity of the negotiations');
  });

  it('reads fear or sensitivity as a reason only where the sentence speaks of anonymity', () => {
    assert.equal(reasonFor('Senior officials, fearing a backlash from voters, said the plan would wait.'), null);
    assert.equal(reasonFor('Senior officials, who declined to be identified for fear of a backlash, said the plan would wait.'), 'for fear of a backlash');
  });

  it('reads past an abbreviation inside the sentence ("a U.S. official")', () => {
    assert.equal(reasonFor('A U.S. official, speaking on condition of anonymity because the decision was not yet public, said troops would stay.'), 'the decision was not yet public');
  });

  it('gives null when the article gives no reason, and reads no other paragraph', () => {
    assert.equal(reasonFor('A senior official said the talks had collapsed.'), null);
    assert.equal(reasonFor('A senior official said the talks had collapsed\n\nHe spoke on condition of anonymity because he was not authorized to speak'), null);
    assert.equal(statedAnonymityReason('', 0, 0), null);
  });

  it('reads no reason from a control marker in the sentence (the marker is no article text)', () => {
    assert.equal(reasonFor('A senior official, <!-- attribution-lens-anonymous: not authorized to speak --> who spoke on condition of anonymity, said so.'), null);
  });

  it('cuts a long reason with no space between code points, not inside a surrogate pair', () => {
    const r = reasonFor('A source, speaking on condition of anonymity because a' + '😀'.repeat(100) + ', said so.');
    assert.ok(r && r.endsWith('…'), String(r));
    const last = r.charCodeAt(r.length - 2);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'no lone high surrogate');
  });

  it('cuts a long reason at a word, collapsing white space', () => {
    const long = 'A source, speaking on condition of anonymity because ' + 'the matter is   sensitive and '.repeat(12) + 'nothing else, said so.';
    const r = reasonFor(long);
    assert.ok(r && r.length <= 161 && r.endsWith('…') && !r.includes('  '), String(r));
  });
});
