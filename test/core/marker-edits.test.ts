import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { anonymityReasonEdit, disableFileEdit, disableLineEdit, type TextEdit } from '../../src/core/marker-edits';
import { reviewFindings } from '../../src/core/review';

const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.newText + text.slice(e.end);
const codesLeft = (text: string) => reviewFindings(analyze(text), text).findings.map((f) => f.code);

describe('marker edits', () => {
  const text = 'Critics say the plan will fail.  \nA senior official said it is over.\n';

  it('adds a disable-line marker at the end of the finding’s line, which then turns the finding off', () => {
    const e = disableLineEdit(text, 'vague-attribution', 3)!;
    const after = apply(text, e);
    assert.equal(after.split('\n')[0], 'Critics say the plan will fail. <!-- attribution-lens-disable-line vague-attribution -->  ');
    assert.deepEqual(codesLeft(after), ['anonymous-source']);
    const bracket = apply(text, disableLineEdit(text, 'vague-attribution', 3, 'bracket')!);
    assert.equal(bracket.split('\n')[0], 'Critics say the plan will fail. [attribution-lens-disable-line vague-attribution]  ');
    assert.deepEqual(codesLeft(bracket), ['anonymous-source']);
  });

  it('appends to the line’s existing disable-line marker, and does nothing when the code is already off', () => {
    const t = 'Critics say a senior official quit. <!-- attribution-lens-disable-line unbalanced-quote -->';
    const e = disableLineEdit(t, 'anonymous-source', 0)!;
    const after = apply(t, e);
    assert.equal(after, 'Critics say a senior official quit. <!-- attribution-lens-disable-line unbalanced-quote anonymous-source -->');
    assert.deepEqual(codesLeft(after), ['vague-attribution']);
    assert.equal(disableLineEdit(after, 'anonymous-source', 0), null);
    const comma = 'x [attribution-lens-disable-line unbalanced-quote, title-changed]';
    assert.equal(apply(comma, disableLineEdit(comma, 'anonymous-source', 0)!), 'x [attribution-lens-disable-line unbalanced-quote, title-changed, anonymous-source]');
  });

  it('records an anonymity reason, and updates an existing one', () => {
    const offset = text.indexOf('A senior');
    const after = apply(text, anonymityReasonEdit(text, offset, 'feared\nretaliation --> really'));
    assert.equal(after.split('\n')[1], 'A senior official said it is over. <!-- attribution-lens-anonymous: feared retaliation – really -->');
    const review = reviewFindings(analyze(after), after);
    assert.equal(review.reasons[0].reason, 'feared retaliation – really');
    const updated = apply(after, anonymityReasonEdit(after, offset, 'not authorized to speak'));
    assert.equal(updated.split('\n')[1], 'A senior official said it is over. <!-- attribution-lens-anonymous: not authorized to speak -->');
    const bracket = apply(text, anonymityReasonEdit(text, offset, 'see [note]', 'bracket'));
    assert.equal(bracket.split('\n')[1], 'A senior official said it is over. [attribution-lens-anonymous: see (note)]');
  });

  it('adds a disable-file marker at the top (after Markdown front matter), extends it, and does nothing when the code is already off', () => {
    const after = apply(text, disableFileEdit(text, 'vague-attribution')!);
    assert.equal(after, '<!-- attribution-lens-disable-file vague-attribution -->\n' + text);
    assert.deepEqual(codesLeft(after), ['anonymous-source']);
    const both = apply(after, disableFileEdit(after, 'anonymous-source')!);
    assert.equal(both.split('\n')[0], '<!-- attribution-lens-disable-file vague-attribution anonymous-source -->');
    assert.deepEqual(codesLeft(both), []);
    assert.equal(disableFileEdit(both, 'anonymous-source'), null);
    const front = '---\ntitle: Talks\n---\n' + text;
    assert.equal(apply(front, disableFileEdit(front, 'vague-attribution', 'bracket')!), '---\ntitle: Talks\n---\n[attribution-lens-disable-file vague-attribution]\n' + text);
    assert.equal(disableFileEdit('x <!-- attribution-lens-disable-file -->', 'title-changed'), null);
  });
});
