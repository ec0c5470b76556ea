import { strict as assert } from 'assert';
import { AdaptiveDelay } from '../../src/adaptive-delay';

describe('adaptive delay after an edit', () => {
  it('waits the longest wait until an update of the document has been measured', () => {
    const d = new AdaptiveDelay();
    assert.equal(d.delay('a', 30), 30);
  });

  it('waits twice the average of the recent updates, so a cheap article updates almost at once', () => {
    const d = new AdaptiveDelay();
    d.record('a', 2);
    d.record('a', 4);
    assert.equal(d.delay('a', 30), 6);
    // Another document keeps its own measure.
    assert.equal(d.delay('b', 30), 30);
  });

  it('never waits longer than the setting, however slow the updates', () => {
    const d = new AdaptiveDelay();
    d.record('a', 400);
    assert.equal(d.delay('a', 30), 30);
    assert.equal(d.delay('a', 0), 0);
  });

  it('follows the last five updates: an article that became cheap again waits less', () => {
    const d = new AdaptiveDelay();
    d.record('a', 100);
    for (let i = 0; i < 5; i++) d.record('a', 1);
    assert.equal(d.delay('a', 30), 2);
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
