/**
 * The extension inside a real VS Code, through the public API only. Runs in the extension
 * host (see test/host/index.ts for the two runners).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import { closeAllEditors, EXTENSION_ID, openArticle, openSample, openUnsaved, SAMPLE, until } from './helpers';

const COMMAND = 'attributionLens.showAnalysis';

describe('Attribution Lens in the extension host', () => {
  it('is installed with its command contributed', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed; extensions: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    const commands: Array<{ command: string; title: string }> = ext.packageJSON.contributes.commands;
    assert.ok(commands.some((c) => c.command === COMMAND && c.title === 'Show Analysis'));
  });

  it('activates when a Markdown article is opened (onLanguage:markdown)', async () => {
    const editor = await openSample();
    assert.strictEqual(editor.document.languageId, 'markdown');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await until('the extension to activate', () => ext.isActive, 15_000);
  });

  it('registers attributionLens.showAnalysis (getCommands)', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMMAND), `${COMMAND} not among ${commands.length} commands`);
  });

  it('Show Analysis returns the analysis of the active article', async () => {
    await openSample();
    const analysis = await vscode.commands.executeCommand<Analysis>(COMMAND);
    assert.ok(analysis, 'the command returned nothing');
    for (const key of ['quotes', 'people', 'sources', 'findings'] as const) assert.ok(Array.isArray(analysis[key]), `analysis.${key}`);
    const people = analysis.people.map((p) => p.name);
    for (const name of ['Emine Dzhaparova', 'Michael Brodsky', 'Yair Lapid']) assert.ok(people.includes(name), `${name} not in ${people.join(', ')}`);
    assert.ok(analysis.quotes.length >= 5, `only ${analysis.quotes.length} quotes`);
    const text = (await vscode.workspace.openTextDocument(vscode.Uri.file(SAMPLE))).getText();
    const honesty = analysis.quotes.find((q) => q.text.includes('We are not asking for favours'));
    assert.ok(honesty, 'the Dzhaparova quote was not found');
    assert.strictEqual(honesty.speaker.name, 'Emine Dzhaparova');
    // Offsets are into the document as VS Code holds it.
    assert.strictEqual(text.slice(honesty.start, honesty.end), honesty.text);
    assert.ok(analysis.findings.some((f) => f.code === 'anonymous-source'), 'no anonymous-source finding');
  });

  it('Show Analysis analyses an unsaved plain-text document too', async () => {
    await openUnsaved('“We will rebuild the bridge by spring,” Mayor Anna Keller said on Tuesday.\n');
    const analysis = await vscode.commands.executeCommand<Analysis>(COMMAND);
    assert.ok(analysis);
    assert.strictEqual(analysis.quotes.length, 1);
    assert.strictEqual(analysis.quotes[0].speaker.name, 'Anna Keller');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Show Analysis with no editor open returns nothing (and shows a message instead)', async () => {
    await closeAllEditors();
    const result = await vscode.commands.executeCommand(COMMAND);
    assert.strictEqual(result, undefined);
  });

  it('lists people and quotes in the Outline (document symbol provider)', async () => {
    const { document: doc } = await openArticle('Ukraine’s deputy foreign minister, Emine Dzhaparova, met the envoy.\n\n“We asked for honesty,” Dzhaparova said. “Nothing else.”\n');
    const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(Array.isArray(result), 'no symbols');
    const people = result.find((s) => s.name.startsWith('People'));
    const quotes = result.find((s) => s.name.startsWith('Quotes'));
    assert.ok(people && quotes, JSON.stringify(result.map((s) => s.name)));
    assert.deepStrictEqual(people.children.map((c) => [c.name, c.detail]), [['Emine Dzhaparova', 'official · deputy foreign minister · Ukraine']]);
    assert.deepStrictEqual(quotes.children.map((c) => c.detail), ['Emine Dzhaparova (person)', 'Emine Dzhaparova (person)']);
    const first = quotes.children[0];
    assert.strictEqual(doc.getText(first.range), '“We asked for honesty,”');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('answers through the diagnostics and hover APIs for an open article', async () => {
    const editor = await openSample();
    const uri = editor.document.uri;
    const diagnostics = vscode.languages.getDiagnostics(uri);
    assert.ok(Array.isArray(diagnostics));
    assert.ok(diagnostics.every((d) => d.severity !== vscode.DiagnosticSeverity.Error), JSON.stringify(diagnostics));
    const offset = editor.document.getText().indexOf('Dzhaparova');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(offset));
    assert.ok(Array.isArray(hovers));
  });
});
