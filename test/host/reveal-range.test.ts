/**
 * attributionLens.revealRange in the real extension host: selects and reveals a range given as
 * offsets, a vscode.Range or its JSON form; unusable arguments do nothing.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openSample, until } from './helpers';

const COMMAND = 'attributionLens.revealRange';

describe('attributionLens.revealRange', () => {
  before(async function () {
    this.timeout(90_000);
    await extensionApi();
  });
  afterEach(closeAllEditors);

  const selected = (): string => {
    const editor = vscode.window.activeTextEditor!;
    return editor.document.getText(editor.selection);
  };

  it('selects offsets given with the URI as a string (what a command link passes)', async () => {
    const doc = (await openSample()).document;
    const start = doc.getText().indexOf('Emine Dzhaparova');
    const result = await vscode.commands.executeCommand<{ uri: string; start: number; end: number }>(COMMAND, doc.uri.toString(), start, start + 16);
    assert.deepStrictEqual(result, { uri: doc.uri.toString(), start, end: start + 16 });
    assert.strictEqual(selected(), 'Emine Dzhaparova');
  });

  it('selects a vscode.Range, and a range in its JSON form', async () => {
    const doc = (await openSample()).document;
    const start = doc.positionAt(doc.getText().indexOf('Natalia Moroz'));
    const range = new vscode.Range(start, start.translate(0, 13));
    await vscode.commands.executeCommand(COMMAND, doc.uri, range);
    assert.strictEqual(selected(), 'Natalia Moroz');
    await vscode.commands.executeCommand(COMMAND, doc.uri, { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } });
    assert.strictEqual(selected(), 'Kyiv');
    // The viewport follows the reveal as the editor renders it.
    const editor = vscode.window.activeTextEditor!;
    await until('the selection to come into view', () => editor.visibleRanges.some((r) => r.contains(editor.selection)));
  });

  it('opens the document when no editor shows it', async () => {
    const doc = (await openSample()).document;
    await closeAllEditors();
    await vscode.commands.executeCommand(COMMAND, doc.uri.toString(), 2, 6);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(selected(), 'Kyiv');
  });

  it('does nothing with unusable arguments', async () => {
    const doc = (await openSample()).document;
    for (const args of [[], [42, 1, 2], ['not a uri at all', 0, 1], [doc.uri, 'x'], [doc.uri, 9, 3], [doc.uri, { start: 1 }], ['file:///no/such/file.md', 0, 1]]) {
      assert.strictEqual(await vscode.commands.executeCommand(COMMAND, ...args), undefined, JSON.stringify(args));
    }
  });
});
