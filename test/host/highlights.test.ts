/**
 * The editor highlights in the real extension host: what is drawn in an article editor (read
 * back through the API: the decorations last given to `setDecorations`), how it follows edits and
 * settings, and that other documents get nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../src/extension';
import type { ArticleHighlights, HighlightKind } from '../../src/highlight-ranges';
import { closeAllEditors, extensionApi, openSample, openUntitled, SAMPLE } from './helpers';

const SPEAKER_COLOURS: HighlightKind[] = ['speakerColor1', 'speakerColor2', 'speakerColor3', 'speakerColor4', 'speakerColor5', 'speakerColor6'];
const UNATTRIBUTED = '“Nobody will say this.”';
// A saved JavaScript file of the project (an unsaved one would leave a dirty editor behind).
const JAVASCRIPT_FILE = path.resolve(SAMPLE, '..', '..', 'test', 'harness', 'host.mjs');

async function openJavaScript(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(JAVASCRIPT_FILE));
  assert.strictEqual(doc.languageId, 'javascript');
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Resolves with the editor's highlights once they satisfy `ready` (checked now and after each redraw). */
function highlightsWhen(api: AttributionLensApi, editor: vscode.TextEditor, ready: (h: Readonly<ArticleHighlights>) => boolean, what: string): Promise<Readonly<ArticleHighlights>> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const h = api.highlights.rangesFor(editor);
      if (!h || !ready(h)) return false;
      resolve(h);
      return true;
    };
    if (check()) return;
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`highlights never showed ${what}; last drawn: ${JSON.stringify(summary(editor, api.highlights.rangesFor(editor)))}`));
    }, 10_000);
    const sub = api.highlights.onDidApply((e) => {
      if (e === editor && check()) {
        clearTimeout(timer);
        sub.dispose();
      }
    });
  });
}

/** The document text under each decoration of a kind, in document order. */
function texts(editor: vscode.TextEditor, h: Readonly<ArticleHighlights>, kind: HighlightKind): string[] {
  return [...h[kind]].sort((a, b) => a.range.start.compareTo(b.range.start)).map((d) => editor.document.getText(d.range));
}

function hints(editor: vscode.TextEditor, h: Readonly<ArticleHighlights>): Array<[string, string | undefined]> {
  return [...h.speakerHint]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => [editor.document.getText(d.range), d.renderOptions?.after?.contentText]);
}

function summary(editor: vscode.TextEditor, h: Readonly<ArticleHighlights> | undefined): unknown {
  return h && Object.fromEntries(Object.keys(h).map((k) => [k, texts(editor, h, k as HighlightKind)]));
}

/** The palette colour whose decorations include exactly this range. */
function colourAt(h: Readonly<ArticleHighlights>, range: vscode.Range): HighlightKind | undefined {
  return SPEAKER_COLOURS.find((k) => h[k].some((d) => d.range.isEqual(range)));
}

const hasHighlights = (h: Readonly<ArticleHighlights>) => h.official.length > 0;

/** The sample with an unattributed quote as its first paragraph (an unsaved Markdown document). */
function sampleWithUnattributedQuote(): string {
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const at = text.indexOf('KYIV');
  return `${text.slice(0, at)}${UNATTRIBUTED}\n\n${text.slice(at)}`;
}

async function setHighlight(key: string, value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('attributionLens.highlight').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Highlights (editor decorations)', () => {
  afterEach(closeAllEditors);

  it('highlights officials, speakers, anonymous sources and vague attributions in the sample', async () => {
    const api = await extensionApi();
    const editor = await openSample();
    const h = await highlightsWhen(api, editor, hasHighlights, 'the sample’s officials');

    assert.deepStrictEqual(texts(editor, h, 'official'), ['Michael Brodsky', 'Emine Dzhaparova', 'Dzhaparova', 'Brodsky', 'Yair Lapid', 'Lapid', 'Lapid']);
    assert.deepStrictEqual(texts(editor, h, 'speaker'), ['Kyiv', 'Emine Dzhaparova', 'Dzhaparova', 'Brodsky', 'He', 'A senior Israeli official', 'Natalia Moroz', 'a diplomatic source']);
    assert.deepStrictEqual(texts(editor, h, 'anonymousSource'), ['A senior Israeli official', 'The official', 'a diplomatic source']);
    assert.deepStrictEqual(texts(editor, h, 'vagueAttribution'), ['Israeli media reports', 'It is understood that', 'critics say']);
    assert.deepStrictEqual(texts(editor, h, 'unattributedQuote'), []);
  });

  it('names the speaker after a quote whose own sentence does not', async () => {
    const api = await extensionApi();
    const editor = await openSample();
    const h = await highlightsWhen(api, editor, hasHighlights, 'the sample’s hints');
    // A pronoun and continued quotes get a hint; `“…,” Dzhaparova said` and the like do not.
    assert.deepStrictEqual(hints(editor, h), [
      ['“Israel knows better than anyone what it means to be attacked.”', '— Emine Dzhaparova'],
      ['“Our position has not changed.”', '— Michael Brodsky'],
      ['“But storms in teacups can break the cup.”', '— Natalia Moroz'],
    ]);
  });

  it('gives each speaker one colour, on the marks of their quotes and on their mentions', async () => {
    const api = await extensionApi();
    const editor = await openSample();
    const doc = editor.document;
    const h = await highlightsWhen(api, editor, hasHighlights, 'the sample’s speaker colours');
    const a = api.analyses.get(doc)!;
    const mark = (quote: string, closing: boolean) => {
      const q = a.quotes.find((x) => x.text.includes(quote))!;
      const at = closing ? q.end - 1 : q.start;
      return new vscode.Range(doc.positionAt(at), doc.positionAt(at + 1));
    };
    const mention = (text: string) => h.speaker.find((d) => doc.getText(d.range) === text)!.range;

    const brodsky = colourAt(h, mention('Brodsky'));
    assert.ok(brodsky, 'the mention Brodsky has no speaker colour');
    assert.strictEqual(colourAt(h, mention('He')), brodsky, '“He” (Brodsky) has another colour');
    assert.strictEqual(colourAt(h, mark('Our position', false)), brodsky);
    assert.strictEqual(colourAt(h, mark('Our position', true)), brodsky);
    const dzhaparova = colourAt(h, mention('Dzhaparova'));
    assert.ok(dzhaparova);
    assert.strictEqual(colourAt(h, mark('Israel knows better', true)), dzhaparova);
    assert.notStrictEqual(dzhaparova, brodsky);
    // In order of first quote: Kyiv, Dzhaparova, Brodsky.
    assert.deepStrictEqual([colourAt(h, mention('Kyiv')), dzhaparova, brodsky], ['speakerColor1', 'speakerColor2', 'speakerColor3']);
  });

  it('highlights an unattributed quote and says so in its hint', async () => {
    const api = await extensionApi();
    const editor = await openUntitled(sampleWithUnattributedQuote(), 'markdown');
    const h = await highlightsWhen(api, editor, (x) => x.unattributedQuote.length > 0, 'the unattributed quote');
    assert.deepStrictEqual(texts(editor, h, 'unattributedQuote'), [UNATTRIBUTED]);
    assert.deepStrictEqual(hints(editor, h)[0], [UNATTRIBUTED, '— unattributed']);
    assert.ok(!SPEAKER_COLOURS.some((k) => h[k].some((d) => d.range.intersection(h.unattributedQuote[0].range))), 'an unattributed quote got a speaker colour');
  });

  it('follows an edit: a new quote by a new anonymous source', async () => {
    const api = await extensionApi();
    const editor = await openSample();
    const doc = editor.document;
    await highlightsWhen(api, editor, hasHighlights, 'the sample');
    const analysed = new Promise<void>((resolve) => {
      const sub = api.analyses.onDidUpdate((e) => {
        if (e.document === doc && e.analysis.quotes.some((q) => q.text.includes('New text'))) {
          sub.dispose();
          resolve();
        }
      });
    });
    // Inserted before the first paragraph, so every later range moves.
    const at = doc.getText().indexOf('KYIV');
    await editor.edit((b) => b.insert(doc.positionAt(at), '“New text,” a source said. “More text.”\n\n'));
    await analysed;
    const h = await highlightsWhen(api, editor, (x) => x.anonymousSource.length === 4, 'the new anonymous source');

    assert.deepStrictEqual(texts(editor, h, 'anonymousSource'), ['a source', 'A senior Israeli official', 'The official', 'a diplomatic source']);
    assert.deepStrictEqual(texts(editor, h, 'speaker').slice(0, 2), ['a source', 'Kyiv']);
    assert.deepStrictEqual(hints(editor, h)[0], ['“More text.”', '— a source (anonymous)']);
    assert.deepStrictEqual(texts(editor, h, 'official'), ['Michael Brodsky', 'Emine Dzhaparova', 'Dzhaparova', 'Brodsky', 'Yair Lapid', 'Lapid', 'Lapid']);
    assert.strictEqual(colourAt(h, h.speaker.find((d) => doc.getText(d.range) === 'a source')!.range), 'speakerColor1');
  });

  it('turns each kind of highlight off and on with its setting', async function () {
    this.timeout(90_000); // twelve settings changes, each re-analysing the open articles
    const api = await extensionApi();
    const editor = await openUntitled(sampleWithUnattributedQuote(), 'markdown');
    const all = await highlightsWhen(api, editor, (x) => x.unattributedQuote.length > 0, 'every kind');
    const settings: Array<[string, HighlightKind[]]> = [
      ['officials', ['official']],
      ['speakers', ['speaker', ...SPEAKER_COLOURS.slice(0, 3)]],
      ['speakerHints', ['speakerHint']],
      ['unattributedQuotes', ['unattributedQuote']],
      ['anonymousSources', ['anonymousSource']],
      ['vagueAttributions', ['vagueAttribution']],
    ];
    for (const [key, kinds] of settings) {
      for (const kind of kinds) assert.ok(all[kind].length > 0, `${kind} is empty before ${key} is turned off`);
      try {
        await setHighlight(key, false);
        const off = await highlightsWhen(api, editor, (x) => kinds.every((k) => x[k].length === 0), `${key} off`);
        // The other kinds stay.
        for (const [other, otherKinds] of settings) {
          if (other !== key) for (const k of otherKinds) assert.ok(off[k].length > 0, `turning ${key} off also cleared ${k}`);
        }
      } finally {
        await setHighlight(key, undefined);
      }
      await highlightsWhen(api, editor, (x) => kinds.every((k) => x[k].length > 0), `${key} back on`);
    }
  });

  it('clears the highlights of a document that stops being an article', async function () {
    this.timeout(60_000); // two settings changes, each re-analysing the open articles
    const api = await extensionApi();
    const editor = await openSample();
    await highlightsWhen(api, editor, hasHighlights, 'the sample');
    const config = vscode.workspace.getConfiguration('attributionLens');
    const empty = (h: Readonly<ArticleHighlights>) => Object.values(h).every((list) => list.length === 0);
    try {
      await config.update('languages', ['plaintext'], vscode.ConfigurationTarget.Global);
      await highlightsWhen(api, editor, empty, 'nothing once Markdown is no longer an article language');
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
    await highlightsWhen(api, editor, hasHighlights, 'the highlights back with Markdown an article language again');
  });

  it('draws the highlights again when an article’s editor comes back', async () => {
    const api = await extensionApi();
    const first = await openSample();
    await highlightsWhen(api, first, hasHighlights, 'the sample');
    await openJavaScript();
    const again = await vscode.window.showTextDocument(first.document, { preview: false });
    const h = await highlightsWhen(api, again, hasHighlights, 'the sample again');
    assert.deepStrictEqual(texts(again, h, 'official'), ['Michael Brodsky', 'Emine Dzhaparova', 'Dzhaparova', 'Brodsky', 'Yair Lapid', 'Lapid', 'Lapid']);
  });

  it('draws nothing in a document that is not an article', async () => {
    const api = await extensionApi();
    const js = await openUntitled('// “We will rebuild,” Foreign Minister Yair Lapid said.\nconst s = "a quote";\n', 'javascript');
    // An article opened beside it afterwards: once it is highlighted, the JavaScript editor was seen.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(SAMPLE));
    const article = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await highlightsWhen(api, article, hasHighlights, 'the article beside');
    assert.ok(vscode.window.visibleTextEditors.includes(js), 'the JavaScript editor is no longer visible');
    assert.strictEqual(api.highlights.rangesFor(js), undefined);
    // Focus the unsaved JavaScript editor so that closeAllEditors reverts it.
    await vscode.window.showTextDocument(js.document, js.viewColumn);
  });
});
