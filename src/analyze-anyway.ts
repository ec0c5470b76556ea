/**
 * The command "Attribution Lens: Analyze Anyway": analyses a document that is over the limits
 * (too large, binary-looking or minified; see document-limits.ts) and keeps analysing it as it is
 * edited until it is closed. The status bar offers it for such a document.
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import type { Analysis } from './core/types';

export const ANALYZE_ANYWAY_COMMAND = 'attributionLens.analyzeAnyway';

export function registerAnalyzeAnyway(analyses: ArticleAnalyses): vscode.Disposable {
  // Resolves to the analysis, or undefined when there is no article to analyse.
  return vscode.commands.registerCommand(ANALYZE_ANYWAY_COMMAND, async (uri?: unknown): Promise<Analysis | undefined> => {
    const doc =
      uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
    if (!doc || !analyses.isArticle(doc)) {
      void vscode.window.showInformationMessage('Attribution Lens: open an article (plain text or Markdown) to analyse it.');
      return undefined;
    }
    return analyses.analyzeAnyway(doc);
  });
}
