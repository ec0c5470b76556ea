/** Converting the engine's UTF-16 offsets into VS Code ranges. */
import * as vscode from 'vscode';

/** The range of an engine span (`start`, `end` exclusive) in the document. */
export function rangeOf(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}
