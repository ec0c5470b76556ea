/**
 * The shared analysis cache in the real extension host: one analysis per document version,
 * re-analysis after edits (debounced), nothing for documents that are not articles, and state
 * freed when a document closes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { closeAllEditors, extensionApi, openArticle, openSample, openUnsaved, SAMPLE, until } from './helpers';

describe('ArticleAnalyses (the per-version cache)', () => {
  afterEach(closeAllEditors);

  it('analyses an article once per version and follows edits', async () => {
    const { analyses } = await extensionApi();
    const editor = await openArticle('“We will rebuild,” Mayor Anna Keller said.\n');
    const doc = editor.document;
    const first = analyses.get(doc);
    assert.ok(first);
    const runs = analyses.runs;
    assert.strictEqual(analyses.get(doc), first, 'a second get() of the same version re-ran the engine');
    assert.strictEqual(analyses.runs, runs);

    const updated = new Promise<void>((resolve) => {
      const sub = analyses.onDidUpdate((e) => {
        if (e.document === doc && e.analysis.quotes.length === 2) {
          sub.dispose();
          resolve();
        }
      });
    });
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '“Soon,” the official said.\n'));
    await updated;
    const speakers = analyses.get(doc)!.quotes.map((q) => q.speaker.kind);
    assert.deepStrictEqual(speakers, ['person', 'anonymous']);
  });

  it('analyses an edit made at typing pace at once, ahead of work queued after the edit', async () => {
    const { analyses } = await extensionApi();
    const editor = await openArticle('“We will rebuild,” Mayor Anna Keller said.\n');
    const doc = editor.document;
    await until('the first analysis', () => analyses.peek(doc));
    // Typing pace: the host has been left alone for longer than the article's updates take.
    await new Promise((r) => setTimeout(r, 300));
    const quotesSeen = new Promise<number | undefined>((resolve) => {
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== doc) return;
        sub.dispose();
        // Work queued on the thread by the same edit (as another extension's parse request is):
        // the edit's analysis is already there when it runs.
        setImmediate(() => resolve(analyses.peek(doc)?.quotes.length));
      });
    });
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '“Soon,” the official said.\n'));
    assert.strictEqual(await quotesSeen, 2);
  });

  it('does not analyse documents that are not articles', async () => {
    const { analyses } = await extensionApi();
    const editor = await openArticle('const s = "a quote," she said;\n', 'javascript');
    assert.strictEqual(analyses.isArticle(editor.document), false);
    assert.strictEqual(analyses.get(editor.document), undefined);
  });

  it('skips files matched by attributionLens.exclude, and analyses them again when the pattern goes', async function () {
    this.timeout(60_000);
    const { analyses } = await extensionApi();
    const config = vscode.workspace.getConfiguration('attributionLens');
    const editor = await openSample();
    assert.ok(analyses.get(editor.document), 'the sample is an article');
    await config.update('exclude', ['**/envoy-*.md'], vscode.ConfigurationTarget.Global);
    try {
      await until('the exclude pattern to apply', () => analyses.get(editor.document) === undefined || undefined);
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('the pattern to be gone', () => analyses.get(editor.document));
  });

  it('frees a document’s state when it closes', async () => {
    const { analyses } = await extensionApi();
    const editor = await openUnsaved('“Closed,” she said.\n');
    assert.ok(analyses.get(editor.document));
    const held = analyses.size;
    const uri = editor.document.uri;
    const freed = new Promise<vscode.Uri>((resolve) => {
      const sub = analyses.onDidClose((closed) => {
        if (closed.toString() !== uri.toString()) return;
        sub.dispose();
        resolve(closed);
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // VS Code closes a document (onDidCloseTextDocument) some time after its editor.
    assert.strictEqual((await freed).toString(), uri.toString());
    await until('the cache to shrink', () => analyses.size < held || undefined);
  });

  it('analyses long articles in the worker thread, with the same result, following edits', async () => {
    const config = vscode.workspace.getConfiguration('attributionLens');
    // 1 KB makes the sample (1.5 KB) a long article.
    await config.update('backgroundAnalysisMinKB', 1, vscode.ConfigurationTarget.Global);
    try {
      const { analyses } = await extensionApi();
      const before = analyses.backgroundRuns;
      const editor = await openArticle(fs.readFileSync(SAMPLE, 'utf8'), 'markdown');
      const doc = editor.document;
      assert.ok(analyses.inBackground(doc));
      const first = await until('the background analysis', () => analyses.get(doc));
      assert.ok(analyses.backgroundRuns > before, 'the worker did not run');
      assert.deepStrictEqual(first, analyze(doc.getText()));

      // An edit: the next analysis also comes from the worker, for the new text.
      const runs = analyses.backgroundRuns;
      await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n“Soon,” the official said.\n'));
      const second = await until('the analysis of the edited text', () => analyses.get(doc));
      assert.ok(analyses.backgroundRuns > runs);
      assert.deepStrictEqual(second, analyze(doc.getText()));
      assert.strictEqual(second.quotes.at(-1)?.speaker.kind, 'anonymous');

      // A burst of edits: they do not wait for a debounce, none is lost, and they never queue
      // more than one job each (edits made while the worker runs are analysed together next).
      const beforeBurst = analyses.backgroundRuns;
      const EDITS = 6;
      for (let i = 0; i < EDITS; i++) await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), ` Word${i}.`));
      const last = await until('the analysis of the last edit', () => analyses.get(doc));
      assert.deepStrictEqual(last, analyze(doc.getText()));
      assert.ok(doc.getText().endsWith(' Word5.'));
      assert.ok(analyses.backgroundRuns - beforeBurst <= EDITS, `${analyses.backgroundRuns - beforeBurst} worker runs for ${EDITS} edits`);
    } finally {
      await config.update('backgroundAnalysisMinKB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
