/** Helpers of the Problems suites: the Attribution Lens diagnostics of a document, waited for. */
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
export function diagnosticsWhen(doc: vscode.TextDocument, what: string, probe: (lines: string[]) => boolean, timeoutMs = 10_000): Promise<string[]> {
  return until(what, () => {
    const lines = describe(doc);
    return probe(lines) ? lines : undefined;
  }, timeoutMs);
}
