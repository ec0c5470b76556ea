import { strict as assert } from 'assert';
import { escapeMarkdown } from '../../src/markdown-escape';

describe('escapeMarkdown', () => {
  it('leaves letters, digits, spaces and typographic quotes alone', () => {
    assert.equal(escapeMarkdown('Natalia Moroz said “It’s a storm” 1990'), 'Natalia Moroz said “It’s a storm” 1990');
  });

  it('backslash-escapes emphasis, code, links and headings', () => {
    assert.equal(escapeMarkdown('*bold* _it_ `code` [x](y) # h'), '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\]\\(y\\) \\# h');
  });

  it('turns HTML into entities so it shows as typed', () => {
    assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert\\(1\\)&gt;');
    assert.equal(escapeMarkdown('AT&T'), 'AT&amp;T');
  });

  it('escapes a backslash before anything else it adds', () => {
    assert.equal(escapeMarkdown('a\\*b'), 'a\\\\\\*b');
  });

  it('stops list markers, autolinks and theme icons', () => {
    assert.equal(escapeMarkdown('- 1. + x'), '\\- 1\\. \\+ x');
    assert.equal(escapeMarkdown('http://a.b'), 'http\\://a\\.b');
    assert.equal(escapeMarkdown('$(alert)'), '\\$\\(alert\\)');
  });

  it('folds line breaks and runs of white space into one space', () => {
    assert.equal(escapeMarkdown('one\n\ntwo \t three'), 'one two three');
  });
});
