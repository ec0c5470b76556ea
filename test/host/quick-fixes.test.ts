/**
 * Quick fixes in the real extension host: each fix is taken from the code actions VS Code
 * collects for a diagnostic (`vscode.executeCodeActionProvider`), applied to a real document,
 * and the resulting text and problems are checked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi } from './helpers';
import { codeOf, diagnosticsWhen, openTempFile, ourDiagnostics, removeTempFiles } from './diag-helpers';

/** The code actions VS Code collects at the first `code` problem of the document. */
async function actionsFor(doc: vscode.TextDocument, code: string): Promise<vscode.CodeAction[]> {
  const diagnostic = ourDiagnostics(doc.uri).find((d) => codeOf(d) === code);
  assert.ok(diagnostic, `no ${code} diagnostic`);
  // The first request of a session may be cancelled while extensions activate (an error, or
  // an empty answer): ask again. A provider that really answers nothing still fails the test.
  let all: vscode.CodeAction[] = [];
  for (let attempt = 1; attempt <= 5 && all.length === 0; attempt++) {
    try {
      all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    } catch (err) {
      if (attempt >= 5 || !String(err).includes('Canceled')) throw err;
    }
  }
  // The actions come back without their diagnostics: the range selects them.
  return all;
}

async function apply(doc: vscode.TextDocument, code: string, title: string): Promise<void> {
  const action = (await actionsFor(doc, code)).find((a) => a.title === title);
  assert.ok(action, `no “${title}” action`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit did not apply');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('Quick fixes', () => {
  afterEach(async () => {
    await closeAllEditors();
    removeTempFiles();
  });

  it('offers, for each problem, its fixes, the markers and the documentation', async () => {
    await extensionApi();
    const doc = (await openTempFile('A senior official said it was over.\n', '.md')).document;
    await diagnosticsWhen(doc, 'the finding', (l) => l.length === 1);
    const titles = (await actionsFor(doc, 'anonymous-source')).map((a) => a.title);
    assert.deepStrictEqual(titles, ['Mark as intentionally anonymous…', 'Ignore anonymous-source on this line', 'Ignore anonymous-source in this file', 'Show documentation for anonymous-source']);
  });

  it('adds a speaker placeholder after an unattributed quote, punctuated as the sentence reads', async () => {
    await extensionApi();
    const editor = await openTempFile('The crowd gathered.\n\n“Get out.” The sign was red.\n', '.txt');
    const doc = editor.document;
    await diagnosticsWhen(doc, 'the unattributed quote', (l) => l.length === 1);
    await apply(doc, 'unattributed-quote', 'Add who said it ([WHO] said)');
    assert.strictEqual(doc.getText(), 'The crowd gathered.\n\n“Get out,” [WHO] said. The sign was red.\n');
    // The placeholder is no speaker: the quote stays unattributed until a name replaces it.
    await diagnosticsWhen(doc, 'the quote still unattributed', (l) => l.length === 1 && l[0].includes('“Get out,”'));
    const who = doc.getText().indexOf('[WHO]');
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(who), doc.positionAt(who + 5)), 'Mayor Anna Keller'));
    await diagnosticsWhen(doc, 'the quote attributed', (l) => l.length === 0);

    const exclaim = (await openTempFile('“Leave now!”\n', '.txt')).document;
    await diagnosticsWhen(exclaim, 'the unattributed quote', (l) => l.length === 1);
    await apply(exclaim, 'unattributed-quote', 'Add who said it ([WHO] said)');
    assert.strictEqual(exclaim.getText(), '“Leave now!” [WHO] said.\n');
  });

  it('marks an anonymous source as intentional with the reason given, which removes the problem', async () => {
    await extensionApi();
    const doc = (await openTempFile('Critics say the plan will fail.\nA senior official said it was over.\n', '.md')).document;
    await diagnosticsWhen(doc, 'two findings', (l) => l.length === 2);
    const action = (await actionsFor(doc, 'anonymous-source')).find((a) => a.title === 'Mark as intentionally anonymous…');
    assert.ok(action?.command);
    // The article gives no reason to offer.
    assert.strictEqual(action.command.arguments?.[2], null);
    // The command asks for the reason; tests pass it as the last argument instead.
    const applied = await vscode.commands.executeCommand<boolean>(action.command.command, ...(action.command.arguments ?? []), 'not authorized to speak');
    assert.strictEqual(applied, true);
    assert.strictEqual(doc.getText(), 'Critics say the plan will fail.\nA senior official said it was over. <!-- attribution-lens-anonymous: not authorized to speak -->\n');
    assert.deepStrictEqual(await diagnosticsWhen(doc, 'the anonymous source explained', (l) => l.length === 1), ['vague-attribution Warning “Critics say”']);
  });

  it('offers the reason the article gives for an anonymous source as the marker\'s reason', async () => {
    await extensionApi();
    const doc = (await openTempFile('An aide, who asked not to be named because she feared losing her job, said the minister shouted.\n', '.md')).document;
    await diagnosticsWhen(doc, 'the anonymous source', (l) => l.length === 1);
    const action = (await actionsFor(doc, 'anonymous-source')).find((a) => a.title === 'Mark as intentionally anonymous…');
    assert.strictEqual(action?.command?.arguments?.[2], 'she feared losing her job');
    const applied = await vscode.commands.executeCommand<boolean>(action.command.command, ...(action.command.arguments ?? []), 'she feared losing her job');
    assert.strictEqual(applied, true);
    assert.ok(doc.getText().includes('<!-- attribution-lens-anonymous: she feared losing her job -->'), doc.getText());
    await diagnosticsWhen(doc, 'the anonymous source explained', (l) => l.length === 0);
  });

  it('turns a code off on one line (bracket form in plain text)', async () => {
    await extensionApi();
    const doc = (await openTempFile('Critics say the plan will fail.\nThe mayor disagreed.\n', '.txt')).document;
    await diagnosticsWhen(doc, 'the finding', (l) => l.length === 1);
    await apply(doc, 'vague-attribution', 'Ignore vague-attribution on this line');
    assert.strictEqual(doc.getText(), 'Critics say the plan will fail. [attribution-lens-disable-line vague-attribution]\nThe mayor disagreed.\n');
    await diagnosticsWhen(doc, 'no problem left', (l) => l.length === 0);
  });

  it('turns a code off in the whole file, after Markdown front matter', async () => {
    await extensionApi();
    const doc = (await openTempFile('---\ntitle: Talks\n---\nA senior official said it was over.\nA diplomatic source agreed.\n', '.md')).document;
    await diagnosticsWhen(doc, 'two anonymous sources', (l) => l.length === 2);
    await apply(doc, 'anonymous-source', 'Ignore anonymous-source in this file');
    assert.strictEqual(doc.getText(), '---\ntitle: Talks\n---\n<!-- attribution-lens-disable-file anonymous-source -->\nA senior official said it was over.\nA diplomatic source agreed.\n');
    await diagnosticsWhen(doc, 'no problem left', (l) => l.length === 0);
  });

  it('opens the documentation of a code', async () => {
    await extensionApi();
    const doc = (await openTempFile('Critics say the plan will fail.\n', '.txt')).document;
    await diagnosticsWhen(doc, 'the finding', (l) => l.length === 1);
    const action = (await actionsFor(doc, 'vague-attribution')).find((a) => a.title === 'Show documentation for vague-attribution');
    assert.ok(action?.command);
    const uri = await vscode.commands.executeCommand<vscode.Uri>(action.command.command, ...(action.command.arguments ?? []));
    assert.ok(uri.path.endsWith('/docs/rules/vague-attribution.md'));
    assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /vague-attribution/);
  });
});
