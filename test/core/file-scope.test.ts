import { strict as assert } from 'assert';
import { globMatcher, houseRulesScope, toPosix } from '../../src/core/file-scope';
import { decodeText, looksBinary } from '../../src/core/file-content';

describe('file scope: review globs and the house rules’ include/exclude', () => {
  it('matches relative paths against globs, dot folders included, and never without patterns', () => {
    const m = globMatcher(['**/drafts/**', 'archive/*.md']);
    assert.equal(m('drafts/a.md'), true);
    assert.equal(m('world/drafts/b.txt'), true);
    assert.equal(m('archive/old.md'), true);
    assert.equal(m('archive/2020/old.md'), false);
    assert.equal(m('world/a.md'), false);
    assert.equal(globMatcher(['**/.hidden/**'])('x/.hidden/a.md'), true);
    assert.equal(globMatcher([])('anything.md'), false);
    assert.equal(globMatcher(['', '  '])('anything.md'), false);
  });

  it('excludes what `exclude` matches, and what `include` (when given) does not, unless the file is named', () => {
    const scope = houseRulesScope({ include: ['world/**'], exclude: ['world/drafts/**'] });
    assert.equal(scope('world/a.md'), false);
    assert.equal(scope('world/drafts/a.md'), true);
    assert.equal(scope('sport/a.md'), true);
    assert.equal(scope('sport/a.md', true), false, 'a named file is checked though include does not list it');
    assert.equal(scope('world/drafts/a.md', true), true, 'exclude wins even for a named file');
    const none = houseRulesScope({ include: [], exclude: [] });
    assert.equal(none('any/where.md'), false);
  });

  it('turns platform separators into slashes', () => {
    assert.equal(toPosix('a\\b\\c.md', '\\'), 'a/b/c.md');
    assert.equal(toPosix('a/b\\c.md', '/'), 'a/b\\c.md');
  });
});

describe('file content: binary files and text', () => {
  it('calls a file with a NUL byte near its start binary', () => {
    assert.equal(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), true);
    assert.equal(looksBinary(new TextEncoder().encode('“Quoted,” she said.')), false);
    const late = new Uint8Array(9000).fill(0x41);
    late[8500] = 0;
    assert.equal(looksBinary(late), false, 'only the first 8000 bytes are probed');
  });

  it('decodes UTF-8 and drops a byte-order mark', () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9])), 'hé');
  });
});
