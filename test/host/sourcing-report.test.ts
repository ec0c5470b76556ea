/**
 * The sourcing report in the real extension host: the webview panel of Show Sourcing Report
 * (its model and HTML through the API), the links back to the text, following the active
 * article and its edits, a closed article, hostile article text, the page's CSP, and the three
 * formats of Export Sourcing Report read back (JSON against the CLI's own output).
 */
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, openArticle, openSample, SAMPLE, until } from './helpers';
import { ourDiagnostics } from './diag-helpers';
import type { AttributionLensApi } from '../../src/extension';
import { parseCsv } from '../support/parse-csv';

const SHOW = 'attributionLens.showSourcingReport';
const EXPORT = 'attributionLens.exportSourcingReport';
const HOSTILE = [
  'Minister <script>alert(1)</script> Smith said: “<img src=x onerror=alert(1)> [x](javascript:alert(1))”.',
  '',
  '“<script>alert(2)</script> is what we found,” said Jane <img src=x onerror=alert(3)> Doe, a spokeswoman for [Acme](javascript:alert(4)).',
  '',
  '“No comment <b>at all</b>,” a senior <script>official</script> said.',
  '',
].join('\n');

const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-report-'));


async function showReport(api: AttributionLensApi, doc: vscode.TextDocument): Promise<string> {
  await vscode.commands.executeCommand(SHOW);
  return until(`the report of ${path.basename(doc.uri.fsPath)}`, () => (api.report.document === doc && api.report.model && api.report.html) || undefined);
}

describe('Sourcing report', () => {
  let api: AttributionLensApi;

  before(async () => {
    api = await extensionApi();
  });

  afterEach(async () => {
    api.report.panel?.dispose();
    await closeAllEditors();
  });

  it('is contributed as a command and opens one panel beside the article', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands: Array<{ command: string; title: string }> = ext.packageJSON.contributes.commands;
    assert.ok(commands.some((c) => c.command === SHOW && c.title === 'Show Sourcing Report'));
    assert.ok(commands.some((c) => c.command === EXPORT));
    const editor = await openSample();
    await showReport(api, editor.document);
    const panel = api.report.panel!;
    assert.strictEqual(panel.viewType, 'attributionLens.sourcingReport');
    assert.notStrictEqual(panel.viewColumn, editor.viewColumn, 'the report opens beside the article');
    assert.strictEqual(panel.title, 'Sourcing: envoy-summoned.md');
    // Running it again reuses the panel.
    await vscode.commands.executeCommand(SHOW);
    assert.strictEqual(api.report.panel, panel);
  });

  it('reports the sample: counts, speakers, officials, anonymous sources and the problems the Problems panel shows', async () => {
    const doc = (await openSample()).document;
    const html = await showReport(api, doc);
    const m = api.report.model!;
    assert.strictEqual(m.path, 'envoy-summoned.md');
    // As the status bar sums it up: 10 quotes · 6 named · 2 anonymous · 3 vague.
    assert.deepStrictEqual([m.summary.quotes, m.summary.namedSources, m.summary.anonymousSources, m.summary.vagueSources], [10, 6, 2, 3]);
    assert.strictEqual(m.summary.anonymousShare, 0.2);
    assert.deepStrictEqual(m.speakers.slice(0, 3).map((s) => s.name), ['Emine Dzhaparova', 'Natalia Moroz', 'Michael Brodsky']);
    assert.deepStrictEqual(
      m.officials.map((p) => [p.name, p.title, p.affiliation]),
      [
        ['Michael Brodsky', 'ambassador to Ukraine', 'Israel'],
        ['Emine Dzhaparova', 'deputy foreign minister', 'Ukraine'],
        ['Yair Lapid', 'foreign minister', null],
      ],
    );
    assert.deepStrictEqual(m.anonymousSources.map((a) => [a.text, a.reason]), [['A senior Israeli official', null], ['a diplomatic source', null]]);
    // The problems are the diagnostics: same ranges, same severities.
    const diagnostics = await until('the sample’s diagnostics', () => {
      const list = ourDiagnostics(doc.uri);
      return list.length === m.problems.length ? list : undefined;
    });
    const severity = (s: vscode.DiagnosticSeverity) => ['error', 'warning', 'info', 'hint'][s];
    assert.deepStrictEqual(
      m.problems.map((p) => `${p.start}-${p.end} ${p.severity} ${p.code}`),
      [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start)).map((d) => `${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)} ${severity(d.severity)} ${typeof d.code === 'object' ? d.code.value : d.code}`),
    );
    for (const p of m.problems) {
      const pos = doc.positionAt(p.start);
      assert.deepStrictEqual([p.line, p.column], [pos.line + 1, pos.character + 1]);
      assert.ok(html.includes(`data-start="${p.start}" data-end="${p.end}"`), 'each problem links to its text');
    }
    for (const text of ['Emine Dzhaparova', 'deputy foreign minister', 'A senior Israeli official', 'critics say', 'class="chart speakers-chart"', 'class="chart share-chart"']) assert.ok(html.includes(text), text);
  });

  it('builds the page with a strict CSP: a nonce for its own scripts from media/, no inline script or style', async () => {
    const html = await showReport(api, (await openSample()).document);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta');
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), csp);
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9_-]{16,})'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((s) => s[0]);
    assert.strictEqual(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`) && /src="[^"]*\/media\/report\.js"/.test(scripts[0]), scripts[0]);
    assert.ok(!/\sstyle=/.test(html) && !/<style/.test(html), 'no inline style');
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline handler');
    const roots = api.report.panel!.webview.options.localResourceRoots ?? [];
    assert.deepStrictEqual(roots.map((r) => path.basename(r.fsPath)), ['media']);
  });

  it('selects the text a link points at (the message its script posts)', async () => {
    const doc = (await openSample()).document;
    await showReport(api, doc);
    const official = api.report.model!.officials.find((p) => p.name === 'Emine Dzhaparova')!;
    const result = (await api.report.receive({ type: 'reveal', start: official.start, end: official.end })) as { uri: string; start: number; end: number };
    assert.deepStrictEqual([result.uri, result.start, result.end], [doc.uri.toString(), official.start, official.end]);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, doc);
    assert.strictEqual(doc.getText(editor.selection), 'Emine Dzhaparova');
    // Anything else from the webview is ignored.
    for (const bad of [null, 'reveal', { type: 'reveal', start: -1, end: 3 }, { type: 'reveal', start: 9, end: 2 }, { type: 'run', start: 0, end: 1 }]) {
      assert.strictEqual(await api.report.receive(bad), undefined, JSON.stringify(bad));
    }
  });

  it('updates after an edit to the article', async () => {
    const editor = await openArticle(fs.readFileSync(SAMPLE, 'utf8'), 'markdown');
    await showReport(api, editor.document);
    assert.strictEqual(api.report.model!.summary.quotes, 10);
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((b) => b.insert(end, '\n“We will respond in kind,” said Olena Petrenko, a spokeswoman for the ministry.\n'));
    await until('the report of the edited article', () => api.report.model?.summary.quotes === 11 || undefined);
    assert.ok(api.report.html!.includes('Olena Petrenko'));
    assert.ok(api.report.model!.speakers.some((s) => s.name === 'Olena Petrenko'));
  });

  it('follows the active article editor, and says when its article was closed', async () => {
    const first = await openSample();
    await showReport(api, first.document);
    const panel = api.report.panel;
    const other = await openArticle('“We are ready,” said Maria Lopez, the mayor of Springfield.\n', 'plaintext');
    await until('the report of the other article', () => (api.report.document === other.document && api.report.html?.includes('Maria Lopez')) || undefined);
    assert.strictEqual(api.report.panel, panel, 'one panel');
    // Close the articles' tabs, not the report's.
    const articleTabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText);
    await vscode.window.tabGroups.close(articleTabs);
    await until('the closed message', () => (api.report.html?.includes('was closed') && !api.report.model) || undefined);
    assert.strictEqual(api.report.panel, panel, 'the panel stays open');
    // Opening an article again shows its report.
    const again = await openSample();
    await until('the report of the reopened sample', () => (api.report.document === again.document && api.report.model) || undefined);
  });

  it('shows hostile article text only escaped', async () => {
    // The file's name is article text too (the report's heading and the page title show it).
    const file = path.join(OUT, '<img src=x onerror=alert(7)>.md');
    fs.writeFileSync(file, HOSTILE);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc, { preview: false });
    const html = await showReport(api, doc);
    const m = api.report.model!;
    assert.ok(m.quotes.length >= 3, JSON.stringify(m.quotes));
    assert.ok(m.quotes.some((q) => q.text.includes('<script>')), 'a quote carries markup');
    assert.ok(html.includes('<title>Sourcing: &lt;img src=x onerror=alert(7)&gt;.md</title>'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(7)&gt;.md</p>'));
    const body = html.slice(html.indexOf('<body>'));
    const scripts = [...body.matchAll(/<script\b[^>]*>/g)];
    assert.strictEqual(scripts.length, 1, 'only the report’s own script');
    assert.ok(!/<img|<b>|<svg onload|alert\(\d\)<\/script>/i.test(body), 'no article markup');
    assert.ok(!/href="javascript:/i.test(body));
    assert.ok(body.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
    assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(body.includes('[x](javascript:alert(1))'), 'a Markdown link shows as typed');
  });

  it('exports Markdown, the CLI’s JSON contract and a CSV of the quotes', async () => {
    const doc = (await openSample()).document;
    const analysis = await until('the sample’s analysis', () => api.analyses.get(doc));
    const target = (name: string) => vscode.Uri.file(path.join(OUT, name));

    const md = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, doc.uri, { format: 'markdown', target: target('report.md') });
    assert.strictEqual(md?.fsPath, target('report.md').fsPath);
    const markdown = fs.readFileSync(md.fsPath, 'utf8');
    assert.match(markdown, /^# Sourcing report: envoy\\-summoned\\\.md$/m);
    assert.match(markdown, /^\| Emine Dzhaparova \| deputy foreign minister \| Ukraine \| 2 \| 3 \| 7:36 \|$/m);
    assert.match(markdown, /^- 19:85 “a diplomatic source”: \*\*no reason recorded\*\*$/m);
    assert.match(markdown, /^\| 15:148 \| warning \| `vague-attribution` \|/m);

    const json = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, doc.uri, { format: 'json', target: target('report.json') });
    const exported = JSON.parse(fs.readFileSync(json!.fsPath, 'utf8'));
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const stdout = childProcess.execFileSync(process.execPath, [cli, 'analyze', '--format', 'json', path.basename(SAMPLE)], {
      cwd: path.dirname(SAMPLE),
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.deepStrictEqual(exported, JSON.parse(stdout));
    assert.deepStrictEqual(Object.keys(exported), ['version', 'files']);

    const csvUri = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, doc.uri, { format: 'csv', target: target('quotes.csv') });
    const rows = parseCsv(fs.readFileSync(csvUri!.fsPath, 'utf8'));
    assert.deepStrictEqual(rows[0], ['start', 'end', 'line', 'text', 'speaker kind', 'speaker name', 'partial']);
    assert.strictEqual(rows.length - 1, analysis.quotes.length);
    rows.slice(1).forEach((r, i) => {
      const q = analysis.quotes[i];
      assert.deepStrictEqual([Number(r[0]), Number(r[1]), r[3], r[6]], [q.start, q.end, q.text, String(q.partial)]);
      assert.strictEqual(Number(r[2]), doc.positionAt(q.start).line + 1);
    });
    assert.deepStrictEqual(rows[3].slice(4, 6), ['person', 'Emine Dzhaparova']);
  });

  it('reports and exports a long article analysed in the worker thread, following its edits', async () => {
    const config = vscode.workspace.getConfiguration('attributionLens');
    // 1 KB makes the sample (1.5 KB) a long article.
    await config.update('backgroundAnalysisMinKB', 1, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openArticle(fs.readFileSync(SAMPLE, 'utf8'), 'markdown');
      const doc = editor.document;
      assert.ok(api.analyses.inBackground(doc));
      await vscode.commands.executeCommand(SHOW);
      await until('the report of the long article', () => (api.report.document === doc && api.report.model?.summary.quotes === 10) || undefined);
      await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n“Soon,” the official said.\n'));
      await until('the report of the edited long article', () => api.report.model?.summary.quotes === 11 || undefined);
      // The export waits for the analysis of the text as it is.
      await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n“Later,” the official said.\n'));
      const uri = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, doc.uri, { format: 'csv', target: vscode.Uri.file(path.join(OUT, 'long.csv')) });
      const rows = parseCsv(fs.readFileSync(uri!.fsPath, 'utf8'));
      assert.strictEqual(rows.length - 1, 12);
      assert.strictEqual(rows.at(-1)![3], '“Later,”');
    } finally {
      await config.update('backgroundAnalysisMinKB', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('without an article, says to open one and writes nothing', async () => {
    await closeAllEditors();
    assert.strictEqual(await vscode.commands.executeCommand(SHOW), undefined);
    assert.strictEqual(api.report.panel, undefined);
    const target = vscode.Uri.file(path.join(OUT, 'none.md'));
    assert.strictEqual(await vscode.commands.executeCommand(EXPORT, undefined, { format: 'markdown', target }), undefined);
    assert.ok(!fs.existsSync(target.fsPath));
  });
});
