/**
 * The status bar summary in the real extension host, read through the API: its text for the
 * sample, after an edit, hidden for a document that is not an article.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../src/extension';
import { closeAllEditors, extensionApi, openSample, openArticle, SAMPLE, until } from './helpers';

const SAMPLE_TEXT = '$(quote) 10 quotes · 6 named · 2 anonymous · 3 vague';

/** Resolves after the analysis of `doc` at its current version (or later) was published. */
function nextUpdate(api: AttributionLensApi, doc: vscode.TextDocument, version: number): Promise<void> {
  return new Promise((resolve) => {
    const sub = api.analyses.onDidUpdate((e) => {
      if (e.document === doc && e.document.version >= version) {
        sub.dispose();
        resolve();
      }
    });
  });
}

describe('Status bar', () => {
  let api: AttributionLensApi;
  before(async function () {
    // The first run of a suite alone pays for activation and the Markdown extension's start.
    this.timeout(90_000);
    api = await extensionApi();
    await openSample();
  });
  afterEach(closeAllEditors);

  it('sums up the active article: quotes, named, anonymous and vague sources', async () => {
    await openSample();
    const text = await until('the status bar to show the sample', () => api.statusBar.text);
    assert.strictEqual(text, SAMPLE_TEXT);
    const tooltip = api.statusBar.tooltip ?? '';
    // The tooltip defines each count and breaks it down.
    assert.ok(tooltip.includes('**10 quotes**: 7 from people, 1 from organizations, 0 from media, 2 from anonymous sources, 0 unattributed'), tooltip);
    assert.ok(tooltip.includes('**6 named** = distinct people, organizations and media outlets'), tooltip);
    assert.ok(tooltip.includes('4 people (3 officials): Emine Dzhaparova, Michael Brodsky, Yair Lapid, Natalia Moroz'), tooltip);
    assert.ok(tooltip.includes('**2 anonymous** = distinct unnamed sources'), tooltip);
    assert.ok(tooltip.includes('A senior Israeli official, a diplomatic source'), tooltip);
    assert.ok(tooltip.includes('**3 vague**'), tooltip);
    assert.ok(tooltip.includes('Findings: 3 warnings, 3 info'), tooltip);
  });

  it('follows edits (after the analysis update)', async () => {
    const editor = await openArticle(fs.readFileSync(SAMPLE, 'utf8'), 'markdown');
    const doc = editor.document;
    await until('the status bar to show the article', () => api.statusBar.text === SAMPLE_TEXT || undefined);
    const updated = nextUpdate(api, doc, doc.version + 1);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n“Talks will resume,” another official said. “Nothing is agreed,” said Anna Keller.\n'));
    await updated;
    assert.strictEqual(api.statusBar.text, '$(quote) 12 quotes · 7 named · 3 anonymous · 3 vague');
  });

  it('is hidden for a document that is not an article, and shows again for an article', async () => {
    await openSample();
    await until('the status bar to show', () => api.statusBar.text);
    await openArticle('const quote = "“Fine,” she said";\n', 'javascript');
    assert.strictEqual(api.statusBar.text, undefined);
    // Closing it makes the sample the active editor again.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.strictEqual(await until('the status bar to show again', () => api.statusBar.text), SAMPLE_TEXT);
  });

  it('hides when the settings stop treating the active document as an article', async function () {
    this.timeout(60_000); // writing the user settings twice is slow on a loaded machine
    // The sample (a file): an untitled document could come back stale from a closed one's name.
    await openSample();
    assert.strictEqual(await until('the status bar to show', () => api.statusBar.text), SAMPLE_TEXT);
    const config = vscode.workspace.getConfiguration('attributionLens');
    try {
      await config.update('languages', ['plaintext', 'article'], vscode.ConfigurationTarget.Global);
      await until('the status bar to hide', () => api.statusBar.text === undefined);
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.strictEqual(await until('the status bar to show again', () => api.statusBar.text), SAMPLE_TEXT);
  });

  it('is hidden with no editor open', async () => {
    await openSample();
    await until('the status bar to show', () => api.statusBar.text);
    await closeAllEditors();
    assert.strictEqual(api.statusBar.text, undefined);
  });

  it('clicking opens the Sources view, or the analysis report when there is none', async () => {
    await openSample();
    const hasSources = (await vscode.commands.getCommands(true)).includes('workbench.view.extension.attributionLens');
    const opened = await vscode.commands.executeCommand<string>('attributionLens.focusSources');
    assert.strictEqual(opened, hasSources ? 'sources' : 'analysis');
  });
});
