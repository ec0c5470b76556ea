/**
 * The command `attributionLens.revealRange`: selects a range of an article and scrolls it into
 * view. Hover links (`command:` URIs, whose arguments arrive as JSON) and views call it:
 *
 *   revealRange(uri, range [, { preserveFocus }])   a vscode.Range, or { start: {line, character}, end: {…} }
 *   revealRange(uri, start, end)                    UTF-16 offsets into the document (end exclusive)
 *
 * Hover links move the focus to the editor; tree items pass `{ preserveFocus: true }` so the
 * keyboard stays in the tree.
 *
 * `uri` is a vscode.Uri or its string form. Bad arguments do nothing (and return undefined).
 */
import * as vscode from 'vscode';

export const REVEAL_RANGE_COMMAND = 'attributionLens.revealRange';

/** The `command:` link that reveals the offsets `start`..`end` of the document (for trusted Markdown). */
export function revealRangeLink(uri: vscode.Uri, start: number, end: number): string {
  return `command:${REVEAL_RANGE_COMMAND}?${encodeURIComponent(JSON.stringify([uri.toString(), start, end]))}`;
}

interface PositionLike {
  line: number;
  character: number;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isPositionLike = (p: unknown): p is PositionLike =>
  typeof p === 'object' && p !== null && isCount((p as PositionLike).line) && isCount((p as PositionLike).character);

function toUri(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  if (typeof uri !== 'string' || !uri) return undefined;
  try {
    return vscode.Uri.parse(uri, true);
  } catch {
    return undefined;
  }
}

function toRange(doc: vscode.TextDocument, rangeOrStart: unknown, end: unknown): vscode.Range | undefined {
  if (isCount(rangeOrStart)) {
    const to = isCount(end) ? end : rangeOrStart;
    if (to < rangeOrStart) return undefined;
    return doc.validateRange(new vscode.Range(doc.positionAt(rangeOrStart), doc.positionAt(to)));
  }
  if (rangeOrStart instanceof vscode.Range) return doc.validateRange(rangeOrStart);
  const r = rangeOrStart as { start?: unknown; end?: unknown } | null;
  if (typeof r === 'object' && r !== null && isPositionLike(r.start) && isPositionLike(r.end)) {
    return doc.validateRange(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
  }
  return undefined;
}

/** Selects and reveals the range; resolves to the editor, or undefined when the arguments are unusable. */
export async function revealRange(uriArg: unknown, rangeOrStart: unknown, end?: unknown): Promise<vscode.TextEditor | undefined> {
  const preserveFocus = typeof end === 'object' && end !== null && (end as { preserveFocus?: unknown }).preserveFocus === true;
  const uri = toUri(uriArg);
  if (!uri) return undefined;
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
  const range = toRange(doc, rangeOrStart, end);
  if (!range) return undefined;
  // Reuse the editor already showing the document (keeps its column); else open one.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preserveFocus, preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerRevealRange(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_RANGE_COMMAND, async (uri: unknown, rangeOrStart: unknown, end?: unknown) => {
    // What was selected (the tests read it): the document and its offsets.
    const editor = await revealRange(uri, rangeOrStart, end);
    return editor ? { uri: editor.document.uri.toString(), start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) } : undefined;
  });
}
