import { strict as assert } from 'assert';
import { EditRegion } from '../../src/edit-region';

const range = (startLine: number, endLine = startLine) => ({ start: { line: startLine }, end: { line: endLine } });

describe('edit region (what edits moved since a view drew)', () => {
  it('touches nothing before any edit', () => {
    const r = new EditRegion();
    assert.equal(r.empty, true);
    assert.equal(r.touches(range(0, 100)), false);
  });

  it('typing on a line touches only ranges on that line', () => {
    const r = new EditRegion();
    r.add({ range: range(10), text: 'x' });
    assert.equal(r.empty, false);
    assert.equal(r.touches(range(10)), true);
    assert.equal(r.touches(range(8, 12)), true, 'a quote over several lines, one of them edited');
    assert.equal(r.touches(range(9)), false);
    assert.equal(r.touches(range(11)), false);
  });

  it('a new line moves everything from the edited line on', () => {
    const r = new EditRegion();
    r.add({ range: range(10), text: '\n' });
    assert.equal(r.touches(range(9)), false);
    assert.equal(r.touches(range(10)), true);
    assert.equal(r.touches(range(500)), true);
  });

  it('deleting across lines, or pasting lines, moves everything after', () => {
    const joined = new EditRegion();
    joined.add({ range: range(4, 5), text: '' });
    assert.equal(joined.touches(range(3)), false);
    assert.equal(joined.touches(range(7)), true);
    const pasted = new EditRegion();
    pasted.add({ range: range(4), text: 'a\r\nb' });
    assert.equal(pasted.touches(range(9)), true);
  });

  it('tells whether any of a view’s ranges was touched', () => {
    const r = new EditRegion();
    r.add({ range: range(10), text: 'x' });
    assert.equal(r.touchesAny([{ range: range(3) }, { range: range(12) }]), false);
    assert.equal(r.touchesAny([{ range: range(3) }, { range: range(10) }]), true);
    assert.equal(r.touchesAny([]), false);
  });

  it('later edits before an earlier shift count too', () => {
    const r = new EditRegion();
    r.add({ range: range(10), text: '\n' });
    r.add({ range: range(2), text: 'x' });
    assert.equal(r.touches(range(2)), true);
    assert.equal(r.touches(range(1)), false);
  });
});
