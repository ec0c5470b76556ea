/**
 * Review Workspace in the real extension host: the workspace folder is samples/; the suite adds
 * a fixture folder of articles inside it for its own tests (removed afterwards, and ignored by
 * git) and runs the review through the extension API (the command's code path): the articles
 * and their counts, the exclusions (review.exclude, files.exclude, the house rules' own),
 * binary and oversized files skipped, Problems of closed files, an open document's live text,
 * cancellation, invalid house rules, the report page and its export; and the house rules'
 * include/exclude in the editor.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../src/extension';
import { escapeHtml } from '../../src/core/html-escape';
import { closeAllEditors, extensionApi, until, writeUntil } from './helpers';
import { codeOf, ourDiagnostics } from './diag-helpers';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');
const NAMED = '“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.\n\n“The money is there,” said Tom Bell, the city treasurer.\n';
const SOURCED = '“The plan is dead,” a senior official said.\n\n“Nobody wants it,” critics said.\n\nThe council met on Tuesday.\n\n“It will never be built.”\n';
const ODD_NAME = '<i>odd & "name".md';

async function setSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Review Workspace', function () {
  this.timeout(60_000);
  let api: AttributionLensApi;
  let dir: string;
  let rel: string;
  const file = (name: string) => path.join(dir, name);
  const uri = (name: string) => vscode.Uri.file(file(name));
  const write = (name: string, content: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(file(name)), { recursive: true });
    fs.writeFileSync(file(name), content);
  };
  const row = (report: NonNullable<AttributionLensApi['workspaceReview']['lastReport']>, name: string) => report.articles.find((r) => r.path === `${rel}/${name}`);

  before(async () => {
    api = await extensionApi();
    dir = fs.mkdtempSync(path.join(SAMPLES, 'review-test-'));
    rel = path.basename(dir);
    write('a.md', NAMED);
    write('b.txt', SOURCED);
    write(ODD_NAME, NAMED);
    write('drafts/c.md', SOURCED);
    write('hidden/d.md', SOURCED);
    write('rules/.attributionlens.json', JSON.stringify({ exclude: ['skip/**'] }));
    write('rules/skip/e.md', SOURCED);
    write('rules/f.md', NAMED);
    write('broken/.attributionlens.json', '{ "exclude": [');
    write('broken/g.md', SOURCED);
    write('photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    write('big.md', `${SOURCED}\n`.repeat(60));
    await setSetting('attributionLens.review', 'exclude', ['**/drafts/**']);
    await setSetting('attributionLens.review', 'maxFileSizeKB', 4);
    await setSetting('files', 'exclude', { '**/hidden': true });
  });

  after(async () => {
    await closeAllEditors();
    await setSetting('attributionLens.review', 'exclude', undefined);
    await setSetting('attributionLens.review', 'maxFileSizeKB', undefined);
    await setSetting('files', 'exclude', undefined);
    api.workspaceReview.clear();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  afterEach(() => closeAllEditors());

  it('lists the workspace’s articles with their counts, ranked, leaving out what the settings and house rules exclude and skipping binary and large files', async () => {
    const { report, cancelled } = await api.workspaceReview.run();
    assert.strictEqual(cancelled, false);
    const paths = report.articles.map((r) => r.path);
    for (const name of ['a.md', 'b.txt', ODD_NAME, 'rules/f.md', 'broken/g.md']) assert.ok(paths.includes(`${rel}/${name}`), `${name} in ${JSON.stringify(paths)}`);
    assert.ok(paths.includes('envoy-summoned.md'), 'the sample is reviewed too');
    for (const name of ['drafts/c.md', 'hidden/d.md', 'rules/skip/e.md']) assert.ok(!paths.some((p) => p.endsWith(name)), `${name} excluded`);
    assert.strictEqual(paths.length, 6, JSON.stringify(paths));

    const a = row(report, 'a.md')!;
    assert.deepStrictEqual([a.quotes, a.named, a.anonymous, a.unattributed, a.anonymousShare, a.live], [2, 2, 0, 0, 0, false]);
    assert.deepStrictEqual(a.problems, { error: 0, warning: 0, info: 0, hint: 0 });
    const b = row(report, 'b.txt')!;
    assert.deepStrictEqual([b.quotes, b.named, b.anonymous, b.unattributed], [3, 0, 2, 1]);
    assert.ok(Math.abs(b.anonymousShare - 2 / 3) < 1e-9);
    assert.deepStrictEqual(b.problems, { error: 0, warning: 2, info: 1, hint: 0 });
    assert.ok(paths.indexOf(`${rel}/b.txt`) < paths.indexOf(`${rel}/a.md`), 'the more anonymous article ranks first');

    const skipped = new Map(report.skipped.map((s) => [s.path, s.reason]));
    assert.match(skipped.get(`${rel}/photo.md`) ?? '', /binary/);
    assert.match(skipped.get(`${rel}/big.md`) ?? '', /too large .*4 KB/);
    assert.strictEqual(report.skipped.length, 2, JSON.stringify(report.skipped));
    assert.strictEqual(report.found, 8);
    assert.strictEqual(report.totals.articles, 6);
  });

  it('puts the problems of closed articles in the Problems panel, lets an opened one’s live problems take over, and follows changes on disk', async () => {
    write('later/h.md', NAMED);
    try {
      await api.workspaceReview.run();
      const b = uri('b.txt');
      const codes = (u: vscode.Uri) => ourDiagnostics(u).map(codeOf).sort().join(',');
      await until('the closed file’s problems', () => codes(b) === 'anonymous-source,unattributed-quote,vague-attribution' || undefined);
      assert.strictEqual(ourDiagnostics(uri('a.md')).length, 0);
      assert.deepStrictEqual(ourDiagnostics(uri('drafts/c.md')), [], 'an excluded file gets none');

      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(b), { preview: false });
      const added = 'Sources say the plan is dead.\n\n';
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), added));
      await until('the live problems', () => ourDiagnostics(b).length === 4 || undefined);
      await editor.edit((e) => e.delete(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(added.length))));
      await until('the live problems of the text as saved', () => (ourDiagnostics(b).length === 3 && codes(b) === 'anonymous-source,unattributed-quote,vague-attribution') || undefined);
      await closeAllEditors();

      // A reviewed file that is not open: changed on disk, then deleted.
      const h = uri('later/h.md');
      assert.deepStrictEqual(ourDiagnostics(h), []);
      await writeUntil(file('later/h.md'), SOURCED, 'the changed file reviewed again', () => ourDiagnostics(h).length === 3, 4_000);
      fs.rmSync(file('later'), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      await until('the deleted file’s problems gone', () => ourDiagnostics(h).length === 0 || undefined, 20_000);
    } finally {
      fs.rmSync(file('later'), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  });

  it('reviews an open article from its live text', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri('a.md')), { preview: false });
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '“It is a trap,” a senior official said.\n\n'));
    const { report } = await api.workspaceReview.run();
    const a = row(report, 'a.md')!;
    assert.deepStrictEqual([a.quotes, a.named, a.anonymous, a.live], [3, 2, 1, true]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('stops at the next file when cancelled, and reports what was done', async () => {
    const source = new vscode.CancellationTokenSource();
    const seen: number[] = [];
    const sub = api.workspaceReview.onDidReviewFile((e) => {
      seen.push(e.index);
      source.cancel();
    });
    try {
      const { report, cancelled } = await api.workspaceReview.run(source.token);
      assert.strictEqual(cancelled, true);
      assert.strictEqual(report.cancelled, true);
      assert.deepStrictEqual(seen, [0]);
      assert.strictEqual(report.articles.length + report.skipped.length, 1);
      assert.strictEqual(report.found, 8);
      assert.match(api.workspaceReview.html ?? '', /cancelled after 1 of 8 files/);
    } finally {
      sub.dispose();
      source.dispose();
    }
  });

  it('reports invalid house rules clearly and reviews their folder with the defaults', async () => {
    const { report } = await api.workspaceReview.run();
    const errors = report.houseRulesErrors.filter((e) => e.path === `${rel}/broken/.attributionlens.json`);
    assert.strictEqual(errors.length, 1, JSON.stringify(report.houseRulesErrors));
    assert.match(errors[0].message, /Invalid JSON/);
    const g = row(report, 'broken/g.md')!;
    assert.deepStrictEqual([g.quotes, g.anonymous, g.unattributed], [3, 2, 1]);
    assert.match(api.workspaceReview.html ?? '', /Invalid house rules/);
    const config = ourDiagnostics(uri('broken/.attributionlens.json'));
    assert.ok(config.some((d) => /Invalid JSON/.test(d.message)), 'the config file shows its problem');
  });

  it('shows the report page with escaped names and exports it', async () => {
    const { report } = await api.workspaceReview.run();
    const html = api.workspaceReview.html ?? '';
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /workspace-report\.css/);
    assert.match(html, /<script nonce="[^"]+" src="[^"]+workspace-report\.js"><\/script>/);
    assert.ok(html.includes(escapeHtml(`${rel}/${ODD_NAME}`)), 'the odd name shows as text');
    assert.ok(!html.includes('<i>odd'), 'never as markup');
    assert.match(html, /6 articles reviewed, 2 skipped\./);

    const out = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-export-')), 'report.csv'));
    const written = await api.workspaceReview.export('csv', out);
    assert.strictEqual(written?.fsPath, out.fsPath);
    const lines = fs.readFileSync(out.fsPath, 'utf8').split('\r\n');
    assert.strictEqual(lines[0], 'Article,Quotes,Named,Anonymous / vague,Anonymous share,Unattributed quotes,Errors,Warnings,Info,Hints');
    assert.strictEqual(lines.length, report.articles.length + 2);
    const md = vscode.Uri.file(path.join(path.dirname(out.fsPath), 'report.md'));
    await vscode.commands.executeCommand('attributionLens.exportWorkspaceReport', 'markdown', md);
    assert.match(fs.readFileSync(md.fsPath, 'utf8'), /^# Workspace sourcing review\n/);
    fs.rmSync(path.dirname(out.fsPath), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  it('Review Again on the report page reviews the files as they are now', async () => {
    await api.workspaceReview.run();
    assert.ok(!row(api.workspaceReview.lastReport!, 'later/i.md'), 'not there yet');
    assert.match(api.workspaceReview.html ?? '', /data-action="review"/);
    write('later/i.md', NAMED);
    try {
      const before = api.workspaceReview.lastReport;
      api.workspaceReview.receive({ type: 'review' });
      const again = await until('the new review', () => (api.workspaceReview.lastReport !== before && api.workspaceReview.lastReport) || undefined);
      assert.ok(row(again, 'later/i.md'), 'the file written since is in the new report');
      assert.match(api.workspaceReview.html ?? '', /later\/i\.md/);
      // Anything else the page could send is ignored.
      api.workspaceReview.receive({ type: 'review-everything', path: '/etc/passwd' });
      api.workspaceReview.receive('review');
    } finally {
      fs.rmSync(file('later'), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  });

  it('house rules include/exclude in the editor: an excluded article is not analysed until the rules, edited and saved, include it', async () => {
    const doc = await vscode.workspace.openTextDocument(uri('rules/skip/e.md'));
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(api.analyses.isArticle(doc), false);
    assert.strictEqual(api.analyses.get(doc), undefined);
    assert.deepStrictEqual(ourDiagnostics(doc.uri), []);

    const config = await vscode.workspace.openTextDocument(uri('rules/.attributionlens.json'));
    const setRules = async (rules: object) => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(config.uri, new vscode.Range(config.positionAt(0), config.positionAt(config.getText().length)), JSON.stringify(rules));
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await config.save());
    };
    await setRules({ include: ['skip/**'] });
    await until('the article analysed once the rules include it', () => api.analyses.isArticle(doc) || undefined);
    await until('its problems', () => ourDiagnostics(doc.uri).length === 3 || undefined);
    const f = await vscode.workspace.openTextDocument(uri('rules/f.md'));
    assert.strictEqual(api.analyses.isArticle(f), false, 'include leaves out what it does not list');
    await setRules({ exclude: ['skip/**'] });
    await until('excluded again', () => !api.analyses.isArticle(doc) || undefined);
    await until('its problems cleared', () => ourDiagnostics(doc.uri).length === 0 || undefined);
  });
});
