import { strict as assert } from 'assert';
import { endsLikePeopleNoun, isPeopleNoun, isPersonNoun } from '../../src/core/words';

describe('words: nouns for people', () => {
  it('takes nouns for people and their compounds ("congresswoman", "co-host", "grandson", "journalist", "ally")', () => {
    for (const w of ['official', 'congresswoman', 'co-host', 'grandson', 'son', 'journalist', 'journalists', 'ally', 'head', 'parent', 'stepparent', 'source', 'sources', 'actor', 'contractor', 'rival', 'host', 'aunt', 'chief', 'women', 'member', 'person', 'christian']) {
      assert.equal(isPersonNoun(w), true, w);
    }
  });
  it('refuses common words that only end like one ("really", "ahead", "reason", "lists", "apparent", "factor", "resources", "remember")', () => {
    for (const w of ['really', 'finally', 'tally', 'ahead', 'overhead', 'reason', 'season', 'prison', 'comparison', 'lesson', 'list', 'lists', 'insists', 'exist', 'christ', 'apparent', 'transparent', 'factor', 'resources', 'remember', 'ghost', 'arrival', 'taunt', 'mischief', 'yemen', 'omen']) {
      assert.equal(isPersonNoun(w), false, w);
    }
    assert.equal(isPeopleNoun('lists'), false);
    assert.equal(isPeopleNoun('voters'), true);
  });
  it('still reads every plural ending like one as a common noun, never a one-word name ("Residents", "the Billionaire Lists")', () => {
    for (const w of ['residents', 'journalists', 'lists', 'reasons']) assert.equal(endsLikePeopleNoun(w), true, w);
    assert.equal(endsLikePeopleNoun('carson'), false);
  });
});
