/**
 * Shared helpers of the extension-host suites: opening the sample, waiting for state, closing
 * editors, and the extension's API (what `activate` returns).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../src/extension';

export const EXTENSION_ID = 'attribution-lens.attribution-lens';
// out/test/host/ -> project root; the sample is read, never written.
export const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'samples', 'envoy-summoned.md');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
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

/** Opens an unsaved document with the given text (plain text unless told) in an editor. */
export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc, { preview: false });
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
