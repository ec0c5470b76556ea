/**
 * Problems in the real extension host: the review of an article as diagnostics (codes, ranges,
 * severities, source, documentation links), the `attributionLens.severity` setting, markers in
 * the text, and the house rules (`.attributionlens.json`) of the article's folder.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openSample, openUnsaved, until, writeUntil } from './helpers';
import { describe as describeDiagnostics, diagnosticsWhen, openTempFile, ourDiagnostics, removeTempFiles } from './diag-helpers';

const SAMPLE_PROBLEMS = [
  'anonymous-source Information “A senior Israeli official”',
  'anonymous-source Information “The official”',
  'vague-attribution Warning “Israeli media reports”',
  'vague-attribution Warning “It is understood that”',
  'vague-attribution Warning “critics say”',
  'anonymous-source Information “a diplomatic source”',
];

async function setSeverity(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('attributionLens').update('severity', value, vscode.ConfigurationTarget.Global);
}

describe('Problems (diagnostics)', () => {
  afterEach(async () => {
    await closeAllEditors();
    removeTempFiles();
  });

  it('reports the review of the sample with codes, exact ranges, severities, source and a documentation link', async () => {
    await extensionApi();
    const doc = (await openSample()).document;
    const lines = await diagnosticsWhen(doc, 'the sample’s problems', (l) => l.length === SAMPLE_PROBLEMS.length);
    assert.deepStrictEqual(lines, SAMPLE_PROBLEMS);
    for (const d of ourDiagnostics(doc.uri)) {
      assert.strictEqual(d.source, 'Attribution Lens');
      assert.ok(typeof d.code === 'object', 'the code carries a link');
      const target = (d.code as { value: string; target: vscode.Uri }).target;
      assert.ok(target.path.endsWith(`/docs/rules/${d.code.value}.md`), target.toString());
      assert.ok(fs.existsSync(target.fsPath), `${target.fsPath} ships with the extension`);
      assert.ok(d.message.length > 10);
    }
  });

  it('follows attributionLens.severity: a code raised to error, a code turned off, invalid values ignored', async function () {
    this.timeout(60_000);
    await extensionApi();
    const doc = (await openSample()).document;
    await diagnosticsWhen(doc, 'the sample’s problems', (l) => l.length === SAMPLE_PROBLEMS.length);
    try {
      await setSeverity({ 'vague-attribution': 'error', 'anonymous-source': 'off', 'title-changed': 'loud' });
      const lines = await diagnosticsWhen(doc, 'the new severities', (l) => l.length === 3);
      assert.deepStrictEqual(lines, ['vague-attribution Error “Israeli media reports”', 'vague-attribution Error “It is understood that”', 'vague-attribution Error “critics say”']);
      await setSeverity({ 'vague-attribution': 'hint', 'anonymous-source': 'bogus' });
      const hinted = await diagnosticsWhen(doc, 'hint and the invalid value ignored', (l) => l.length === 6 && l.some((x) => x.startsWith('vague-attribution Hint')));
      assert.deepStrictEqual(hinted.filter((x) => x.startsWith('anonymous-source')).map((x) => x.split(' ')[1]), ['Information', 'Information', 'Information']);
    } finally {
      await setSeverity(undefined);
    }
    await diagnosticsWhen(doc, 'the defaults back', (l) => l.join('\n') === SAMPLE_PROBLEMS.join('\n'));
  });

  it('drops a finding once a disable marker or an anonymity reason is typed, and reports a bad marker', async () => {
    await extensionApi();
    const editor = await openTempFile('Critics say the plan will fail.\nA senior official said it was over.\n', '.md');
    const doc = editor.document;
    await diagnosticsWhen(doc, 'two findings', (l) => l.length === 2);
    assert.deepStrictEqual(describeDiagnostics(doc), ['vague-attribution Warning “Critics say”', 'anonymous-source Information “A senior official”']);

    await editor.edit((b) => b.insert(doc.lineAt(0).range.end, ' <!-- attribution-lens-disable-line vague-attribution -->'));
    assert.deepStrictEqual(await diagnosticsWhen(doc, 'the vague attribution gone', (l) => l.length === 1), ['anonymous-source Information “A senior official”']);

    await editor.edit((b) => b.insert(doc.lineAt(1).range.end, ' <!-- attribution-lens-anonymous: feared for his job -->'));
    assert.deepStrictEqual(await diagnosticsWhen(doc, 'the anonymous source explained', (l) => l.length === 0), []);

    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '<!-- attribution-lens-disable loud-quotes -->\n'));
    const [bad] = await diagnosticsWhen(doc, 'the unknown code reported', (l) => l.length === 1);
    assert.strictEqual(bad, 'marker Warning “loud-quotes”');
  });

  it('keeps every problem on its text while typing: an edit on another line, on the problem’s line, and new lines above', async () => {
    const api = await extensionApi();
    const text = 'The council met on Tuesday.\n\nCritics say the plan will fail.\n\nA senior official said it was over.\n';
    const editor = await openTempFile(text, '.md');
    const doc = editor.document;
    const expected = ['vague-attribution Warning “Critics say”', 'anonymous-source Information “A senior official”'];
    await diagnosticsWhen(doc, 'two findings', (l) => l.length === 2);
    const lines = () => ourDiagnostics(doc.uri).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
    /** Applies an edit and resolves once the problems of the new version are set. */
    const edit = async (change: (b: vscode.TextEditorEdit) => void): Promise<void> => {
      const updated = new Promise<void>((resolve) => {
        const sub = api.analyses.onDidUpdate((e) => {
          if (e.document === doc && e.analysis === api.analyses.peek(doc) && api.analyses.get(doc)) {
            sub.dispose();
            resolve();
          }
        });
      });
      assert.ok(await editor.edit(change));
      await updated;
    };
    const before = lines();
    // Typing on a line without problems: they stay where they were.
    await edit((b) => b.insert(doc.lineAt(0).range.end, ' It was late'));
    assert.deepStrictEqual(describeDiagnostics(doc), expected);
    assert.deepStrictEqual(lines(), before);
    // Typing before a problem on its own line moves it along the line.
    await edit((b) => b.insert(new vscode.Position(2, 0), 'Yet '));
    assert.deepStrictEqual(describeDiagnostics(doc), ['vague-attribution Warning “Critics say”', 'anonymous-source Information “A senior official”']);
    assert.strictEqual(ourDiagnostics(doc.uri).find((d) => d.range.start.line === 2)?.range.start.character, 4);
    // New lines above move every problem down.
    await edit((b) => b.insert(new vscode.Position(0, 0), '# Headline\n\n'));
    assert.deepStrictEqual(describeDiagnostics(doc), expected);
    assert.deepStrictEqual(ourDiagnostics(doc.uri).map((d) => d.range.start.line).sort(), [4, 6]);
  });

  it('clears an article’s problems when it closes', async () => {
    await extensionApi();
    // An unsaved document closes with its editor (a file's document may stay open for a while).
    const doc = (await openUnsaved('Critics say the plan will fail.\n')).document;
    await diagnosticsWhen(doc, 'a finding', (l) => l.length === 1);
    const uri = doc.uri;
    await closeAllEditors();
    await until('the problems cleared', () => ourDiagnostics(uri).length === 0 || undefined);
  });

  describe('house rules (.attributionlens.json)', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-rules-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));

    it('applies the lexicon and severities of the nearest config, the user setting winning, and follows changes to the file', async function () {
      this.timeout(60_000);
      const config = path.join(dir, '.attributionlens.json');
      fs.writeFileSync(config, JSON.stringify({ vaguePhrases: ['word on the street'], severity: { 'anonymous-source': 'error' } }, null, 2));
      fs.mkdirSync(path.join(dir, 'desk'));
      const article = path.join(dir, 'desk', 'story.md');
      fs.writeFileSync(article, 'Word on the street is that the mayor will resign.\nA senior official said it was over.\n');
      await extensionApi();
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(article));
      await vscode.window.showTextDocument(doc);
      assert.deepStrictEqual(await diagnosticsWhen(doc, 'the house rules applied', (l) => l.length === 2), [
        'vague-attribution Warning “Word on the street”',
        'anonymous-source Error “A senior official”',
      ]);

      try {
        await setSeverity({ 'anonymous-source': 'hint' });
        await diagnosticsWhen(doc, 'the user setting over the house rule', (l) => l.includes('anonymous-source Hint “A senior official”'));
      } finally {
        await setSeverity(undefined);
      }
      await diagnosticsWhen(doc, 'the house rule again', (l) => l.includes('anonymous-source Error “A senior official”'));

      await writeUntil(config, JSON.stringify({ severity: { 'anonymous-source': 'warning' } }), 'the changed file applied', () => describeDiagnostics(doc).length === 1, 3_000);
      assert.deepStrictEqual(describeDiagnostics(doc), ['anonymous-source Warning “A senior official”']);

      fs.rmSync(config);
      assert.deepStrictEqual(await diagnosticsWhen(doc, 'the defaults after deleting the file', (l) => l.length === 1 && l[0].includes('Information')), ['anonymous-source Information “A senior official”']);
    });

    it('reports an invalid config on the file itself, at its line and column, and keeps analysing with the defaults', async function () {
      this.timeout(60_000);
      const config = path.join(dir, '.attributionlens.json');
      fs.writeFileSync(config, '{\n  "severity": { "anonymous-source": "loud" },\n  "knownPeople": [{ "name": 3 }]\n}\n');
      const article = path.join(dir, 'story.md');
      fs.writeFileSync(article, 'Critics say the plan will fail.\nA senior official said it was over.\n');
      await extensionApi();
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(article));
      await vscode.window.showTextDocument(doc);
      assert.deepStrictEqual(await diagnosticsWhen(doc, 'the defaults', (l) => l.length === 2), ['vague-attribution Warning “Critics say”', 'anonymous-source Information “A senior official”']);
      const configUri = vscode.Uri.file(config);
      const problems = await until('the config problems', () => {
        const list = ourDiagnostics(configUri);
        return list.length === 2 ? list : undefined;
      });
      const configDoc = await vscode.workspace.openTextDocument(configUri);
      const where = problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${configDoc.getText(p.range)} ${vscode.DiagnosticSeverity[p.severity]} ${p.message}`).sort();
      assert.match(where[0], /^2:17 "anonymous-source" Error severity\.anonymous-source: Severity of “anonymous-source” must be "error", "warning", "info", "hint" or "off", not "loud"/);
      assert.match(where[1], /^3:21 "name" Error knownPeople\[0\]\.name: “name” must be a non-empty string, not a number/);

      await writeUntil(config, '{ "severity": { "anonymous-source": "error" } }\n', 'the config problems gone', () => ourDiagnostics(configUri).length === 0, 3_000);
      await diagnosticsWhen(doc, 'the fixed config applied', (l) => l.includes('anonymous-source Error “A senior official”'));
    });
  });
});
