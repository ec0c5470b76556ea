/** Converting the engine's UTF-16 offsets into VS Code ranges. */
import * as vscode from 'vscode';

/** The range of an engine span (`start`, `end` exclusive) in the document (or a file's text, `FileText`). */
export function rangeOf(doc: Pick<vscode.TextDocument, 'positionAt'>, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}
