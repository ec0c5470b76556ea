import { strict as assert } from 'assert';
import { cueTextShown } from '../../src/explanations';

describe('explanations: the cue text a hover shows', () => {
  it('shows a reporting verb as written and hides a continued quote’s opening mark and bare punctuation', () => {
    assert.equal(cueTextShown({ kind: 'verb-after', text: 'said' }), 'said');
    assert.equal(cueTextShown({ kind: 'continuation', text: '“' }), null);
    assert.equal(cueTextShown({ kind: 'colon-block', text: ':' }), null);
  });
  it('shows the later quote an echo cue repeats without its marks, cut to its start', () => {
    const long = '“This is a necessary correction, not a punishment, and every litre we subsidised was smuggled,”';
    const shown = cueTextShown({ kind: 'echo', text: long })!;
    assert.ok(shown.length <= 60 && shown.endsWith('…') && long.slice(1).startsWith(shown.slice(0, -1)), shown);
    assert.equal(cueTextShown({ kind: 'echo', text: '“A short one.”' }), 'A short one.');
    assert.equal(cueTextShown({ kind: 'echo', text: "''Coal isn't the villain.''" }), "Coal isn't the villain.");
  });
});
