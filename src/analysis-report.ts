/**
 * The "Show Analysis" command: runs the engine on the active article and prints the
 * CLI's readable report into the Attribution Lens output channel.
 */
import * as vscode from 'vscode';
import { analyze } from './engine';
import { textReport } from './cli/text-report';
import type { ArticleAnalyses } from './article-analyses';

export function registerAnalysisReport(analyses: ArticleAnalyses): vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Attribution Lens');
  const command = vscode.commands.registerCommand('attributionLens.showAnalysis', () => {
    // With the focus in the Output panel, its channel is the active "text editor": never
    // analyse an output channel (our own report included), use the article beside it.
    const isArticle = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => !!e && e.document.uri.scheme !== 'output';
    const active = vscode.window.activeTextEditor;
    const editor = isArticle(active) ? active : vscode.window.visibleTextEditors.find(isArticle);
    if (!editor) {
      void vscode.window.showInformationMessage('Attribution Lens: open an article (plain text or Markdown) first.');
      return undefined;
    }
    const doc = editor.document;
    // An explicit request analyses the active document even when its language is not an article's.
    const analysis = analyses.get(doc) ?? analyze(doc.getText());
    channel.clear();
    channel.appendLine(textReport(vscode.workspace.asRelativePath(doc.uri), doc.getText(), analysis));
    channel.show(true);
    return analysis;
  });
  return vscode.Disposable.from(channel, command);
}
