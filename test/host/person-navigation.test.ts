/**
 * Person navigation in the real extension host: Go to Definition on a later mention goes to the
 * first full mention; Find All References lists every name mention; mentions highlight.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { mentionReferences } from '../../src/person-navigation';
import { closeAllEditors, extensionApi, offsetOf, openArticle, openSample } from './helpers';

type Target = { uri: vscode.Uri; range: vscode.Range };
const targetOf = (d: vscode.Location | vscode.LocationLink): Target => ('targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : d);

async function definitions(doc: vscode.TextDocument, offset: number): Promise<Array<vscode.Location | vscode.LocationLink>> {
  return (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(offset))) ?? [];
}

async function references(doc: vscode.TextDocument, offset: number): Promise<vscode.Location[]> {
  return (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(offset))) ?? [];
}

const texts = (doc: vscode.TextDocument, ranges: vscode.Range[]): string[] => ranges.map((r) => doc.getText(r));
const starts = (doc: vscode.TextDocument, ranges: vscode.Range[]): number[] => ranges.map((r) => doc.offsetAt(r.start)).sort((a, b) => a - b);

describe('Person navigation', () => {
  before(async function () {
    // The first run of a suite alone pays for activation and the Markdown extension's start.
    this.timeout(90_000);
    await extensionApi();
    // The first request also waits for the Markdown extension's language server to start.
    const doc = (await openSample()).document;
    await definitions(doc, 0);
    await references(doc, 0);
  });
  afterEach(closeAllEditors);

  it('Go to Definition on a later surname mention goes to the first full mention', async () => {
    const doc = (await openSample()).document;
    const first = offsetOf(doc, 'Yair Lapid', 0, 0);
    for (const nth of [1, 2]) {
      const defs = (await definitions(doc, offsetOf(doc, 'Lapid', nth))).map(targetOf);
      assert.strictEqual(defs.length, 1, `Lapid #${nth}: ${JSON.stringify(defs)}`);
      assert.strictEqual(defs[0].uri.toString(), doc.uri.toString());
      assert.strictEqual(doc.offsetAt(defs[0].range.start), first);
      assert.strictEqual(doc.getText(defs[0].range), 'Yair Lapid');
    }
    // The link underlines the whole mention it starts from.
    const [link] = await definitions(doc, offsetOf(doc, 'Lapid’s', 0, 2));
    assert.ok('originSelectionRange' in link && link.originSelectionRange, 'no origin range');
    assert.strictEqual(doc.getText(link.originSelectionRange), 'Lapid');
  });

  it('Go to Definition on “Mr. Lapid” goes to the first mention; nothing on a word that is no name', async () => {
    const doc = (await openArticle('Foreign Minister Yair Lapid declined to comment on Monday.\n\nOn Tuesday, Mr. Lapid said the talks were “useful.”\n')).document;
    const defs = (await definitions(doc, offsetOf(doc, 'Mr. Lapid', 0, 5))).map(targetOf);
    assert.deepStrictEqual(texts(doc, defs.map((d) => d.range)), ['Yair Lapid']);
    assert.deepStrictEqual(await definitions(doc, offsetOf(doc, 'talks')), []);
  });

  it('Find All References lists every name mention of the person, the first included', async () => {
    const doc = (await openSample()).document;
    const refs = await references(doc, offsetOf(doc, 'Lapid', 1));
    assert.ok(refs.every((r) => r.uri.toString() === doc.uri.toString()));
    assert.deepStrictEqual(texts(doc, refs.map((r) => r.range)).sort(), ['Lapid', 'Lapid', 'Yair Lapid']);
    assert.deepStrictEqual(starts(doc, refs.map((r) => r.range)), [offsetOf(doc, 'Yair Lapid', 0, 0), offsetOf(doc, 'Lapid', 1, 0), offsetOf(doc, 'Lapid', 2, 0)]);

    const surname = await references(doc, offsetOf(doc, 'Dzhaparova', 1));
    assert.deepStrictEqual(texts(doc, surname.map((r) => r.range)).sort(), ['Dzhaparova', 'Emine Dzhaparova']);
  });

  it('leaves the first mention out when the declaration is not wanted (includeDeclaration: false)', async () => {
    // executeReferenceProvider always asks with includeDeclaration: true; call the provider's function.
    const { analyses } = await extensionApi();
    const doc = (await openSample()).document;
    const at = doc.positionAt(offsetOf(doc, 'Lapid', 2));
    const without = mentionReferences(analyses, doc, at, { includeDeclaration: false }) ?? [];
    assert.deepStrictEqual(starts(doc, without.map((r) => r.range)), [offsetOf(doc, 'Lapid', 1, 0), offsetOf(doc, 'Lapid', 2, 0)]);
    const withFirst = mentionReferences(analyses, doc, at, { includeDeclaration: true }) ?? [];
    assert.strictEqual(withFirst.length, 3);
  });

  it('highlights every mention of the name under the cursor, the first as its introduction', async () => {
    const doc = (await openSample()).document;
    const highlights =
      (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, doc.positionAt(offsetOf(doc, 'Brodsky', 1)))) ?? [];
    const ours = highlights.filter((h) => doc.getText(h.range).includes('Brodsky'));
    assert.deepStrictEqual(
      ours.map((h) => [doc.getText(h.range), h.kind]),
      [
        ['Michael Brodsky', vscode.DocumentHighlightKind.Write],
        ['Brodsky', vscode.DocumentHighlightKind.Read],
      ],
    );
  });
});
