/**
 * Shared helpers of the extension-host suites: opening the sample, waiting for state, closing
 * editors, and the extension's API (what `activate` returns).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../src/extension';

export const EXTENSION_ID = 'attribution-lens.attribution-lens';
// out/test/host/ -> project root; the sample is read, never written.
export const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'samples', 'envoy-summoned.md');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Writes a file until `probe` holds, waiting `attemptMs` after each write: a file watcher (the
 * extension's, for a folder outside the workspace or a file just created) may go live, or
 * report, a moment after the write on a loaded machine.
 */
export async function writeUntil(file: string, text: string, what: string, probe: () => boolean, attemptMs: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    fs.writeFileSync(file, text);
    try {
      await until(what, () => probe() || undefined, attemptMs);
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
    }
  }
}

// Waits allow 30 s: in a fresh-clone CI run on 2 cores one workbench round trip took seconds.
export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export async function openSample(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(SAMPLE));
  return vscode.window.showTextDocument(doc, { preview: false });
}

const TEMP = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-host-'));
const EXTENSIONS: Record<string, string> = { plaintext: '.txt', markdown: '.md', article: '.article', javascript: '.js' };
let temps = 0;

/**
 * Opens a new file with the given text (plain text unless told) in an editor. A file, not an
 * untitled document: a new Untitled-N can come up with the content of the edited Untitled-N
 * closed just before, restored from VS Code's backup.
 */
export async function openArticle(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const file = path.join(TEMP, `article-${++temps}${EXTENSIONS[language] ?? '.txt'}`);
  fs.writeFileSync(file, content);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.getText() !== content) throw new Error(`${file} opened with other text than written`);
  const shown = doc.languageId === language ? doc : await vscode.languages.setTextDocumentLanguage(doc, language);
  return vscode.window.showTextDocument(shown, { preview: false });
}

/**
 * Opens an unsaved document with the given text under a fresh untitled name (a reused
 * Untitled-N can come back with a closed document's text).
 */
export async function openUnsaved(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(`untitled:unsaved-${Date.now()}-${++temps}${EXTENSIONS[language] ?? '.txt'}`);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  if (doc.languageId !== language) await vscode.languages.setTextDocumentLanguage(doc, language);
  if (doc.getText() !== content) throw new Error(`${uri} holds other text than inserted`);
  return vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : vscode.window.showTextDocument(doc);
}

/** The offset inside the n-th (0-based) occurrence of `needle` in the document, `into` characters in. */
export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 0, into = 1): number {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`test setup: ${JSON.stringify(needle)} #${nth} not in the document`);
  }
  return i + into;
}

export async function closeAllEditors(): Promise<void> {
  // Unsaved (untitled) documents would open a "Save?" dialog: revert them first.
  while (vscode.window.activeTextEditor?.document.isDirty) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await until('all editors closed', () => vscode.window.activeTextEditor === undefined || undefined);
}

/** The activated extension's API. */
export async function extensionApi(): Promise<AttributionLensApi> {
  const ext = vscode.extensions.getExtension<AttributionLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  return ext.activate();
}
