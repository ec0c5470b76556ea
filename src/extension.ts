/**
 * Attribution Lens: each feature lives in its own module and registers here. Every feature
 * reads the one shared, per-version analysis cache (`ArticleAnalyses`).
 */
import * as vscode from 'vscode';
import { ArticleAnalyses } from './article-analyses';
import { registerAnalysisReport } from './analysis-report';
import { registerDocumentSymbols } from './document-symbols';
import { registerSourcingView, type SourcingView } from './sourcing-view';

/** What `activate` returns: the extension-host tests read the live state through it. */
export interface AttributionLensApi {
  analyses: ArticleAnalyses;
  /** The Sourcing view: its tree (`tree.getChildren()`) and the TreeView (`view.selection`). */
  tree: SourcingView;
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const analyses = new ArticleAnalyses();
  const tree = registerSourcingView(analyses);
  context.subscriptions.push(analyses, registerAnalysisReport(analyses), registerDocumentSymbols(analyses), tree);
  // Articles already open when the extension activates.
  for (const doc of vscode.workspace.textDocuments) analyses.refresh(doc);
  return { analyses, tree };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
