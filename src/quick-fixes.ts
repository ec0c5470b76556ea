/**
 * Quick fixes for the Attribution Lens problems (diagnostics.ts):
 * - unattributed-quote: add a speaker placeholder after the quote (`“…,” [WHO] said.`);
 * - anonymous-source: record why the source is anonymous (`attribution-lens-anonymous: REASON`), offering the
 *   reason the article itself gives (core/stated-anonymity-reason.ts);
 * - every code: turn it off on this line or in this file (markers), and show its documentation.
 * Markers use the HTML-comment form, except in plain text, where the bracket form reads better.
 */
import * as vscode from 'vscode';
import { isFindingCode } from './core/codes';
import { anonymityReasonEdit, disableFileEdit, disableLineEdit, type TextEdit } from './core/marker-edits';
import { statedAnonymityReason } from './core/stated-anonymity-reason';
import type { DirectiveForm } from './core/markers';
import type { FindingCode } from './core/types';
import { registerForArticles } from './article-settings';
import { DIAGNOSTIC_SOURCE, ruleDocUri } from './diagnostics';

export const MARK_ANONYMOUS_COMMAND = 'attributionLens.markAnonymous';
export const SHOW_RULE_DOCS_COMMAND = 'attributionLens.showRuleDocs';

const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '«', '“']);

function formFor(doc: vscode.TextDocument): DirectiveForm {
  return doc.languageId === 'plaintext' ? 'bracket' : 'comment';
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

function workspaceEdit(doc: vscode.TextDocument, e: TextEdit): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return edit;
}

/**
 * The speaker placeholder after a quote, punctuated as a sentence reads: a closing full stop
 * becomes a comma (`“Get out,” [WHO] said.`); `?` and `!` stay; the sentence gets its full stop
 * back when the quote ended it.
 */
export function attributionSnippet(doc: vscode.TextDocument, quote: vscode.Range): { range: vscode.Range; snippet: vscode.SnippetString } {
  const text = doc.getText(quote);
  const endOffset = doc.offsetAt(quote.end);
  const rest = doc.getText(new vscode.Range(quote.end, doc.lineAt(quote.end.line).range.end));
  const endsSentence = rest.trim() === '' || /^\s+[\p{Lu}“"‘'(\[]/u.test(rest);
  const closed = text.length > 1 && CLOSING_MARKS.has(text[text.length - 1]);
  const before = closed ? text[text.length - 2] : '';
  const snippet = new vscode.SnippetString();
  let start = endOffset;
  if (before === '.') {
    // Replace `.”` with `,”`.
    start = endOffset - 2;
    snippet.appendText(',' + text[text.length - 1]);
  }
  snippet.appendText(' ').appendPlaceholder('[WHO]').appendText(' said');
  if (endsSentence && before !== ',') snippet.appendText('.');
  return { range: new vscode.Range(doc.positionAt(start), quote.end), snippet };
}

class QuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] | undefined {
    try {
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        const code = codeOf(diagnostic);
        if (!code) continue;
        if (isFindingCode(code)) actions.push(...this.fixes(doc, diagnostic, code));
        actions.push(this.docs(diagnostic, code));
      }
      return actions;
    } catch {
      return undefined;
    }
  }

  private fixes(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, code: FindingCode): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const text = doc.getText();
    const offset = doc.offsetAt(diagnostic.range.start);
    const form = formFor(doc);
    const action = (title: string, preferred = false) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [diagnostic];
      a.isPreferred = preferred;
      actions.push(a);
      return a;
    };
    if (code === 'unattributed-quote') {
      const { range, snippet } = attributionSnippet(doc, diagnostic.range);
      const edit = new vscode.WorkspaceEdit();
      edit.set(doc.uri, [vscode.SnippetTextEdit.replace(range, snippet)]);
      action('Add who said it ([WHO] said)', true).edit = edit;
    }
    if (code === 'anonymous-source') {
      action('Mark as intentionally anonymous…').command = {
        title: 'Mark as intentionally anonymous…',
        command: MARK_ANONYMOUS_COMMAND,
        // The reason the article gives, if any, is offered as the marker's reason.
        arguments: [doc.uri, offset, statedAnonymityReason(text, offset, doc.offsetAt(diagnostic.range.end))],
      };
    }
    const line = disableLineEdit(text, code, offset, form);
    if (line) action(`Ignore ${code} on this line`).edit = workspaceEdit(doc, line);
    const file = disableFileEdit(text, code, form);
    if (file) action(`Ignore ${code} in this file`).edit = workspaceEdit(doc, file);
    return actions;
  }

  private docs(diagnostic: vscode.Diagnostic, code: string): vscode.CodeAction {
    const a = new vscode.CodeAction(`Show documentation for ${code}`, vscode.CodeActionKind.QuickFix);
    a.diagnostics = [diagnostic];
    a.command = { title: a.title, command: SHOW_RULE_DOCS_COMMAND, arguments: [code] };
    return a;
  }
}

/**
 * Records a reason for the anonymous sources on the line of `offset`. Without `reason` it asks
 * for one, offering `stated` (the reason the article gives) to accept or edit; true when the
 * marker was written.
 */
async function markAnonymous(uri: vscode.Uri | string, offset: number, stated?: string | null, reason?: string): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const given =
    reason ??
    (await vscode.window.showInputBox({
      title: 'Mark as intentionally anonymous',
      prompt: `Why was anonymity granted?${stated ? ' Offered: the reason the article gives.' : ''} The reason is kept in the article as a marker.`,
      value: stated ?? undefined,
      placeHolder: 'e.g. not authorized to speak publicly; identity known to the editor',
      validateInput: (v) => (v.trim() ? undefined : 'Give a reason.'),
    }));
  if (given === undefined || !given.trim()) return false;
  return vscode.workspace.applyEdit(workspaceEdit(doc, anonymityReasonEdit(doc.getText(), offset, given, formFor(doc))));
}

export function registerQuickFixes(context: vscode.ExtensionContext): vscode.Disposable {
  const provider = new QuickFixes();
  return vscode.Disposable.from(
    registerForArticles((selector) => vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: QuickFixes.kinds })),
    vscode.commands.registerCommand(MARK_ANONYMOUS_COMMAND, markAnonymous),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, async (code: unknown) => {
      if (typeof code !== 'string') return undefined;
      const uri = ruleDocUri(context.extensionUri, code);
      await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
      return uri;
    }),
  );
}
