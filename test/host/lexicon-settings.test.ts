/**
 * `attributionLens.lexicon`: extra lexicon entries from settings reach the engine (on top of
 * the house rules), re-analyse open articles when they change, and an invalid entry is ignored
 * without breaking the analysis.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openArticle, until } from './helpers';

const TEXT = 'Word on the street is that the deal is off.\n';
const PHRASE = 'word on the street';

describe('the attributionLens.lexicon setting', () => {
  const config = () => vscode.workspace.getConfiguration('attributionLens');
  afterEach(async () => {
    await config().update('lexicon', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('adds a vague phrase: the article is re-analysed with it, and without it when the entry goes', async () => {
    const { analyses } = await extensionApi();
    const editor = await openArticle(TEXT);
    const doc = editor.document;
    const vague = () => analyses.get(doc)?.sources.filter((s) => s.kind === 'vague').map((s) => s.text);
    assert.deepStrictEqual(vague(), [], `“${PHRASE}” is not a built-in vague phrase`);

    await config().update('lexicon', { vaguePhrases: [PHRASE] }, vscode.ConfigurationTarget.Global);
    await until('the vague source from the setting', () => vague()?.length === 1 || undefined);
    assert.deepStrictEqual(vague(), ['Word on the street']);

    await config().update('lexicon', undefined, vscode.ConfigurationTarget.Global);
    await until('the vague source to go with the setting', () => vague()?.length === 0 || undefined);
  });

  it('ignores invalid entries and keeps the valid ones', async () => {
    const { analyses } = await extensionApi();
    const editor = await openArticle(TEXT);
    const doc = editor.document;
    await config().update('lexicon', { vaguePhrases: [PHRASE, 42], titles: 'not a list' }, vscode.ConfigurationTarget.Global);
    const found = await until('the analysis with the valid entry', () => analyses.get(doc)?.sources.find((s) => s.kind === 'vague'));
    assert.strictEqual(found.text, 'Word on the street');
  });
});
