/**
 * Documents over the limits in the real extension host: too large (attributionLens.maxFileSize),
 * binary-looking or minified documents are not analysed; the status bar says why, nothing is
 * drawn and no problem is listed; "Attribution Lens: Analyze Anyway" analyses the document and
 * keeps it analysed through edits. Invalid settings fall back to their defaults.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../src/extension';
import { formatSize } from '../../src/document-limits';
import { closeAllEditors, extensionApi, openArticle, openSample, openUnsaved, SAMPLE, until } from './helpers';
import { ourDiagnostics } from './diag-helpers';

const ANALYZE_ANYWAY = 'attributionLens.analyzeAnyway';
const SAMPLE_TEXT = '$(quote) 10 quotes · 6 named · 2 anonymous · 3 vague';
const UNATTRIBUTED = '“Nobody will say who wrote this.”';

/** The tooltip's Markdown without its escapes. */
const unescaped = (markdown: string | undefined) => (markdown ?? '').replace(/\\(.)/g, '$1');

function nothingDrawn(api: AttributionLensApi, editor: vscode.TextEditor): boolean {
  const drawn = api.highlights.rangesFor(editor);
  return drawn === undefined || Object.values(drawn).every((ranges) => ranges.length === 0);
}

describe('Documents over the limits', function () {
  this.timeout(120_000);
  let api: AttributionLensApi;
  before(async function () {
    api = await extensionApi();
  });
  afterEach(closeAllEditors);

  it('a document over attributionLens.maxFileSize is not analysed until “Analyze Anyway”, then follows edits', async () => {
    // A 256 KB limit and a 300 KB article keep the test quick on a loaded machine (the default, 2 MB, is unit-tested).
    const config = vscode.workspace.getConfiguration('attributionLens');
    await config.update('maxFileSize', 256, vscode.ConfigurationTarget.Global);
    try {
      await bigDocument();
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function bigDocument(): Promise<void> {
    const sample = fs.readFileSync(SAMPLE, 'utf8');
    const parts: string[] = [UNATTRIBUTED];
    for (let size = 0; size <= 300 * 1024; size += Buffer.byteLength(sample) + 2) parts.push(sample);
    const text = parts.join('\n\n');
    const editor = await openArticle(text, 'markdown');
    const doc = editor.document;
    const expected = `$(warning) Attribution Lens: not analysed (${formatSize(Buffer.byteLength(text))} > 256 KB)`;
    assert.strictEqual(await until('the status bar to give the reason', () => api.statusBar.text === expected || undefined, 30_000), true);
    assert.ok(unescaped(api.statusBar.tooltip).includes('more than the limit of 256 KB (setting attributionLens.maxFileSize)'), api.statusBar.tooltip);
    assert.strictEqual(api.analyses.limitReason(doc)?.code, 'too-large');
    assert.deepStrictEqual(api.analyses.get(doc), { quotes: [], people: [], sources: [], findings: [] });
    assert.deepStrictEqual(ourDiagnostics(doc.uri), []);
    assert.ok(nothingDrawn(api, editor));

    // The extension host still answers: a hover on the big document, the Outline of the sample.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(text.indexOf('Nobody') + 2));
    assert.deepStrictEqual(hovers.filter((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Attribution'))), []);

    const runs = api.analyses.runs;
    const analysis = await vscode.commands.executeCommand<{ quotes: unknown[] } | undefined>(ANALYZE_ANYWAY);
    assert.ok(analysis && analysis.quotes.length > 50, 'the command returns the analysis');
    assert.strictEqual(api.analyses.runs, runs + 1, 'analysed once');
    assert.strictEqual(api.analyses.limitReason(doc), undefined);
    const status = await until('the status bar to sum up the analysis', () => api.statusBar.text?.startsWith('$(quote) ') && api.statusBar.text);
    assert.match(status, /^\$\(quote\) \d+ quotes/);
    await until('the unattributed quote in the Problems', () => ourDiagnostics(doc.uri).some((d) => doc.getText(d.range) === UNATTRIBUTED) || undefined, 30_000);
    await until('highlights drawn', () => !nothingDrawn(api, editor) || undefined, 30_000);

    // Edits keep it analysed (until it is closed).
    const updated = new Promise<void>((resolve) => {
      const sub = api.analyses.onDidUpdate((e) => {
        if (e.document === doc && e.analysis.quotes.length > 0) {
          sub.dispose();
          resolve();
        }
      });
    });
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '“One more,” said Anna Keller.\n\n'));
    await updated;
    assert.strictEqual(api.analyses.limitReason(doc), undefined);
    assert.strictEqual(api.analyses.get(doc)!.quotes[0].text, '“One more,”');
  }

  it('a binary-looking document is not analysed, and “Analyze Anyway” analyses it', async () => {
    const editor = await openUnsaved(`${UNATTRIBUTED}\n\u0000\u0001\u0002PK\u0003\u0004 data`);
    const doc = editor.document;
    assert.strictEqual(
      await until('the status bar to give the reason', () => api.statusBar.text === '$(warning) Attribution Lens: not analysed (binary content)' || undefined),
      true,
    );
    assert.ok(unescaped(api.statusBar.tooltip).includes('The document looks binary: it contains NUL characters.'), api.statusBar.tooltip);
    assert.deepStrictEqual(ourDiagnostics(doc.uri), []);
    assert.ok(nothingDrawn(api, editor));
    const analysis = await vscode.commands.executeCommand<{ quotes: Array<{ text: string }> } | undefined>(ANALYZE_ANYWAY);
    assert.deepStrictEqual(
      analysis?.quotes.map((q) => q.text),
      [UNATTRIBUTED],
    );
    await until('the unattributed quote in the Problems', () => ourDiagnostics(doc.uri).length > 0 || undefined);
  });

  it('a minified document is not analysed; the status bar names the long line', async () => {
    const line = 'if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};'.repeat(200);
    const editor = await openArticle(`${UNATTRIBUTED}\n${line}\n`);
    const expected = `$(warning) Attribution Lens: not analysed (minified: a line of ${line.length.toLocaleString('en-US')} characters)`;
    assert.strictEqual(await until('the status bar to give the reason', () => api.statusBar.text === expected || undefined), true);
    assert.deepStrictEqual(ourDiagnostics(editor.document.uri), []);
    assert.ok(nothingDrawn(api, editor));
  });

  it('follows attributionLens.maxFileSize; invalid values (negative, a string) and a string debounceMs fall back to the defaults', async () => {
    const config = vscode.workspace.getConfiguration('attributionLens');
    await openSample();
    assert.strictEqual(await until('the status bar to show the sample', () => api.statusBar.text === SAMPLE_TEXT || undefined), true);
    const size = formatSize(Buffer.byteLength(fs.readFileSync(SAMPLE, 'utf8')));
    try {
      await config.update('maxFileSize', 1, vscode.ConfigurationTarget.Global);
      const limited = `$(warning) Attribution Lens: not analysed (${size} > 1 KB)`;
      assert.strictEqual(await until('the 1 KB limit to apply', () => api.statusBar.text === limited || undefined), true);
      await config.update('maxFileSize', -5, vscode.ConfigurationTarget.Global);
      assert.strictEqual(await until('a negative limit to fall back to 2 MB', () => api.statusBar.text === SAMPLE_TEXT || undefined), true);
      await config.update('maxFileSize', 1, vscode.ConfigurationTarget.Global);
      await until('the 1 KB limit to apply again', () => api.statusBar.text === limited || undefined);
      await config.update('maxFileSize', 'big', vscode.ConfigurationTarget.Global);
      await config.update('debounceMs', 'fast', vscode.ConfigurationTarget.Global);
      assert.strictEqual(await until('a string limit to fall back to 2 MB', () => api.statusBar.text === SAMPLE_TEXT || undefined), true);
      // Edits are still analysed with the default debounce.
      const editor = await openArticle('Officials met on Monday.', 'markdown');
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), `${UNATTRIBUTED} `));
      await until('the edit analysed', () => api.analyses.peek(editor.document)?.quotes.length === 1 || undefined);
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
      await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
