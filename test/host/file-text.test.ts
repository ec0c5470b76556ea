/**
 * FileText (src/file-text.ts) gives the positions VS Code gives: at every offset of articles with
 * `\n` and with `\r\n` line ends (its two ways of indexing lines), a quote mark and an emoji included.
 */
import * as assert from 'assert';
import { FileText } from '../../src/file-text';
import { closeAllEditors, openArticle } from './helpers';

describe('FileText (positions of a text as VS Code computes them)', () => {
  afterEach(closeAllEditors);

  for (const [name, eol] of [
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ]) {
    it(`matches TextDocument.positionAt at every offset with ${name} line ends`, async () => {
      const content = ['“We will rebuild,” Mayor Anna Keller said. 🗞️', '', 'She added: “Soon.”', '', ''].join(eol);
      const doc = (await openArticle(content)).document;
      const text = new FileText(doc.getText());
      for (let offset = -1; offset <= content.length + 1; offset++) {
        assert.deepStrictEqual(text.positionAt(offset), doc.positionAt(offset), `offset ${offset}`);
      }
    });
  }
});
