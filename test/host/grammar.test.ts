/**
 * The highlighting grammars in the real VS Code: contributed by the installed extension, and
 * article files (`*.news.md`, `*.article`) open in the `article` language that the grammar colours.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi } from './helpers';

interface Grammar {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

describe('grammar', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-grammar-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  afterEach(closeAllEditors);

  it('is contributed: the article and plain-text grammars and the plain-text and Markdown injections', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const grammars: Grammar[] = ext.packageJSON.contributes.grammars;
    const byScope = new Map(grammars.map((g) => [g.scopeName, g]));
    assert.equal(byScope.get('text.article')?.language, 'article');
    assert.equal(byScope.get('text.plain')?.language, 'plaintext');
    assert.deepEqual(byScope.get('text.attribution.plain')?.injectTo, ['text.plain']);
    assert.deepEqual(byScope.get('text.attribution.markdown')?.injectTo, ['text.html.markdown', 'text.article']);
    // the installed extension ships every grammar file it names
    for (const g of grammars) {
      const file = path.join(ext.extensionPath, g.path);
      assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).scopeName, g.scopeName, g.path);
    }
  });

  for (const name of ['envoy.news.md', 'envoy.news.txt', 'envoy.article']) {
    it(`opens ${name} in the article language, and analyses it`, async () => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, '“We will not accept this,” Foreign Minister Yair Lapid said, according to a senior official.\n');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc, { preview: false });
      assert.equal(doc.languageId, 'article');
      const { analyses } = await extensionApi();
      assert.equal(analyses.get(doc)?.quotes.length, 1);
    });
  }

  it('the article language is known to VS Code', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('article'));
  });

  it('articles wrap and do not flag curly quotes and apostrophes as ambiguous characters', async () => {
    const file = path.join(dir, 'defaults.news.md');
    fs.writeFileSync(file, 'It’s “frank,” he said.\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = vscode.workspace.getConfiguration('editor', doc);
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
  });
});
