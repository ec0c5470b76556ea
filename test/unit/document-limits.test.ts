import { strict as assert } from 'assert';
import { formatSize, limitReason } from '../../src/document-limits';

const MB = 1024 * 1024;

describe('document limits', () => {
  const article = '“We will not resign,” said Maria Lopez, the mayor. The council met on Tuesday.\n\n';

  it('lets an ordinary article through, also one long paragraph on a single line', () => {
    assert.equal(limitReason(article.repeat(100), 2 * MB), undefined);
    assert.equal(limitReason(article.replace(/\n/g, ' ').repeat(2000), 2 * MB), undefined);
    assert.equal(limitReason('', 2 * MB), undefined);
  });

  it('stops a text over the size limit, measured in bytes of UTF-8, and says by how much', () => {
    const r = limitReason('a'.repeat(4.2 * MB), 2 * MB);
    assert.equal(r?.code, 'too-large');
    assert.equal(r?.short, '4.2 MB > 2 MB');
    // 700,000 characters of two bytes each are over 1 MB.
    assert.equal(limitReason('é'.repeat(700_000), MB)?.code, 'too-large');
    assert.equal(limitReason('e '.repeat(350_000), MB), undefined);
  });

  it('has no size limit at 0', () => {
    assert.equal(limitReason('a '.repeat(3 * MB), 0), undefined);
  });

  it('stops a text with NUL characters or many control characters as binary', () => {
    assert.equal(limitReason(article + '\u0000' + article, 2 * MB)?.code, 'binary');
    assert.equal(limitReason('\u0001\u0002\u0003 abc def ghi'.repeat(100), 2 * MB)?.code, 'binary');
    assert.equal(limitReason('\ufffd\ufffdPNG IHDR '.repeat(100), 2 * MB)?.code, 'binary');
    // Tabs, form feeds and CRLF line ends are text.
    assert.equal(limitReason('a\tb\r\n\f'.repeat(1000), 2 * MB), undefined);
  });

  it('stops a text with a very long line without white space as minified', () => {
    // Minified code has a space every 30 characters or so (`return t[r].exports`).
    const minified = 'if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};'.repeat(300);
    const r = limitReason(article + minified + '\n' + article, 2 * MB);
    assert.equal(r?.code, 'minified');
    assert.match(r!.detail, new RegExp(`^Line 3 has ${minified.length.toLocaleString('en-US')} characters`));
    assert.equal(limitReason(article + 'QUJD'.repeat(5000), 2 * MB)?.code, 'minified');
  });

  it('names the first minified line: line numbers past long spaced lines, a last line without newline, 5,000 characters', () => {
    const spaced = 'The minister said “no” to the plan. '.repeat(200);
    const dense = (n: number) => 'x=1;'.repeat(n / 4);
    assert.equal(limitReason(`${spaced}\n\n${dense(4996)}\n${spaced}`, 0), undefined, '4,996 characters are not a minified line');
    assert.match(limitReason(`${spaced}\n\n${dense(5000)}`, 0)!.detail, /^Line 3 has 5,000 characters/);
    assert.match(limitReason(`${spaced}\r\n${dense(8000)}\r\n${dense(9000)}\n`, 0)!.detail, /^Line 2 has 8,001 characters/);
    assert.equal(limitReason('\n\n\n', 0), undefined);
  });

  it('lets a long paragraph in a script written without spaces through (Chinese, Japanese, Thai)', () => {
    const chinese = '外交部发言人表示，“我们对此深表关切”，一位不愿透露姓名的官员说。'.repeat(300);
    const japanese = '政府関係者によると、首相は「検討を続ける」と述べた。'.repeat(300);
    const thai = 'นายกรัฐมนตรีกล่าวว่ารัฐบาลจะพิจารณาเรื่องนี้อีกครั้ง'.repeat(300);
    for (const line of [chinese, japanese, thai]) {
      assert.ok(line.length >= 5000);
      assert.equal(limitReason(article + line + '\n' + article, 2 * MB), undefined, line.slice(0, 10));
    }
    // Minified code with a few CJK strings in it is still minified.
    assert.equal(limitReason(article + 'a="中文";if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};'.repeat(300), 2 * MB)?.code, 'minified');
  });

  it('formats sizes', () => {
    assert.equal(formatSize(512), '512 bytes');
    assert.equal(formatSize(2048), '2 KB');
    assert.equal(formatSize(1536), '1.5 KB');
    assert.equal(formatSize(2 * MB), '2 MB');
  });
});
