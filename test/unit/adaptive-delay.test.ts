import { strict as assert } from 'assert';
import { AdaptiveDelay } from '../../src/adaptive-delay';

describe('adaptive delay after an edit', () => {
  it('waits the longest wait until an update of the document has been measured', () => {
    const d = new AdaptiveDelay();
    assert.equal(d.delay('a', 30), 30);
  });

  // Updates recorded as ending at time 1000; edits made at 1000 come right after them (a burst).
  it('in a burst, waits as long as the recent updates took (their median), so a cheap article updates almost at once', () => {
    const d = new AdaptiveDelay();
    d.record('a', 2, 1000);
    d.record('a', 4, 1000);
    assert.equal(d.delay('a', 30, 1000), 3);
    d.record('a', 5.2, 1000);
    assert.equal(d.delay('a', 30, 1000), 4);
    // Another document keeps its own measure.
    assert.equal(d.delay('b', 30, 1000), 30);
  });

  it('updates at once after an edit that comes when the last update ended longer ago than updates take', () => {
    const d = new AdaptiveDelay();
    for (let i = 0; i < 5; i++) d.record('a', 20, 1000);
    assert.equal(d.delay('a', 30, 1005), 20, 'a keystroke 5 ms after the last update waits');
    assert.equal(d.delay('a', 30, 1019), 20);
    assert.equal(d.delay('a', 30, 1020), 0, 'the host was left alone as long as an update takes');
    assert.equal(d.delay('a', 30, 1150), 0, 'typing at a usual pace: every keystroke updates at once');
    // A slow article: the wait and the idle time needed are both capped by the setting.
    d.record('b', 400, 1000);
    assert.equal(d.delay('b', 30, 1010), 30);
    assert.equal(d.delay('b', 30, 1030), 0);
  });

  it('is not held back by one slow update (the first run, a garbage collection)', () => {
    const d = new AdaptiveDelay();
    for (const ms of [900, 5, 6, 25, 4]) d.record('a', ms, 1000);
    assert.equal(d.delay('a', 30, 1000), 6);
  });

  it('never waits longer than the setting, however slow the updates', () => {
    const d = new AdaptiveDelay();
    d.record('a', 400, 1000);
    assert.equal(d.delay('a', 30, 1000), 30);
    assert.equal(d.delay('a', 0, 1000), 0);
  });

  it('follows the last five updates: an article that became cheap again waits less', () => {
    const d = new AdaptiveDelay();
    for (let i = 0; i < 5; i++) d.record('a', 100, 1000);
    for (let i = 0; i < 3; i++) d.record('a', 1, 1000);
    assert.equal(d.delay('a', 30, 1000), 1);
  });

  it('ignores measures that are not durations, and forgets a closed document', () => {
    const d = new AdaptiveDelay();
    d.record('a', NaN, 1000);
    d.record('a', -1, 1000);
    assert.equal(d.delay('a', 30, 1000), 30);
    d.record('a', 1, 1000);
    d.forget('a');
    assert.equal(d.delay('a', 30, 1000), 30);
  });
});
