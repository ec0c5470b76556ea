import { strict as assert } from 'assert';
import { AdaptiveDelay } from '../../src/adaptive-delay';

describe('adaptive delay after an edit', () => {
  it('waits the longest wait until an update of the document has been measured', () => {
    const d = new AdaptiveDelay();
    assert.equal(d.delay('a', 30), 30);
  });

  it('waits as long as the recent updates took (their median), so a cheap article updates almost at once', () => {
    const d = new AdaptiveDelay();
    d.record('a', 2);
    d.record('a', 4);
    assert.equal(d.delay('a', 30), 3);
    d.record('a', 5.2);
    assert.equal(d.delay('a', 30), 4);
    // Another document keeps its own measure.
    assert.equal(d.delay('b', 30), 30);
  });

  it('is not held back by one slow update (the first run, a garbage collection)', () => {
    const d = new AdaptiveDelay();
    for (const ms of [900, 5, 6, 25, 4]) d.record('a', ms);
    assert.equal(d.delay('a', 30), 6);
  });

  it('never waits longer than the setting, however slow the updates', () => {
    const d = new AdaptiveDelay();
    d.record('a', 400);
    assert.equal(d.delay('a', 30), 30);
    assert.equal(d.delay('a', 0), 0);
  });

  it('follows the last five updates: an article that became cheap again waits less', () => {
    const d = new AdaptiveDelay();
    for (let i = 0; i < 5; i++) d.record('a', 100);
    for (let i = 0; i < 3; i++) d.record('a', 1);
    assert.equal(d.delay('a', 30), 1);
  });

  it('ignores measures that are not durations, and forgets a closed document', () => {
    const d = new AdaptiveDelay();
    d.record('a', NaN);
    d.record('a', -1);
    assert.equal(d.delay('a', 30), 30);
    d.record('a', 1);
    d.forget('a');
    assert.equal(d.delay('a', 30), 30);
  });
});
