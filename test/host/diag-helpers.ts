/** Helpers of the Problems suites: the Attribution Lens diagnostics of a document, waited for. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { until } from './helpers';

export const SOURCE = 'Attribution Lens';

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** `code severity “text”` per diagnostic, in document order. */
export function describe(doc: vscode.TextDocument, list = ourDiagnostics(doc.uri)): string[] {
  return [...list]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} “${doc.getText(d.range)}”`);
}

/** Waits until the document's diagnostics satisfy `probe`, and returns them. */
export async function diagnosticsWhen(doc: vscode.TextDocument, what: string, probe: (lines: string[]) => boolean, timeoutMs = 30_000): Promise<string[]> {
  let last: string[] = [];
  try {
    return await until(what, () => {
      last = describe(doc);
      return probe(last) ? last : undefined;
    }, timeoutMs);
  } catch (err) {
    throw new Error(`${(err as Error).message}; the problems of ${doc.uri.toString()} (v${doc.version}, closed: ${doc.isClosed}): ${JSON.stringify(last)}`);
  }
}

const tempDirs: string[] = [];

/** Deletes the folders of `openTempFile` (after their editors are closed). */
/** Removes the temp folders; retried, since VS Code may still be writing into one as it closes (ENOTEMPTY). */
export function removeTempFiles(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/**
 * Opens a new file with the given text in a temp folder (`.md` is Markdown, `.txt` plain text).
 * Unsaved documents reuse `Untitled-1` for the next one, so suites that edit documents and
 * wait for their problems use files with their own names.
 */
export async function openTempFile(content: string, ext: '.md' | '.txt'): Promise<vscode.TextEditor> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-fix-'));
  tempDirs.push(dir);
  const file = path.join(dir, `article${ext}`);
  fs.writeFileSync(file, content);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}
