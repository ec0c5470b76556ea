/**
 * The text of an open document and its offset → position index, computed once per document
 * version and shared by every feature. `TextDocument.getText()` joins every line on each call,
 * and `positionAt` goes through the extension host's line model per offset: on a long article,
 * whose every update asks for thousands of positions (highlights, problems, Outline), both add up.
 */
import type * as vscode from 'vscode';
import { FileText } from './file-text';

interface VersionText {
  version: number;
  text: FileText;
}

const texts = new WeakMap<vscode.TextDocument, VersionText>();

function current(doc: vscode.TextDocument): FileText {
  const cached = texts.get(doc);
  if (cached?.version === doc.version) return cached.text;
  const text = new FileText(doc.getText());
  texts.set(doc, { version: doc.version, text });
  return text;
}

/** The document's text as it is now (one `getText()` per version). */
export function documentText(doc: vscode.TextDocument): string {
  return current(doc).text;
}

/** Positions in the document as it is now, as `doc.positionAt` gives them (one line index per version). */
export function documentPositions(doc: vscode.TextDocument): Pick<vscode.TextDocument, 'positionAt'> {
  return current(doc);
}
