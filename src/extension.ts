/**
 * Attribution Lens: each feature lives in its own module and registers here. Every feature
 * reads the one shared, per-version analysis cache (`ArticleAnalyses`).
 */
import * as vscode from 'vscode';
import { ArticleAnalyses } from './article-analyses';
import { registerAnalysisReport } from './analysis-report';
import { registerDocumentSymbols } from './document-symbols';

/** What `activate` returns: the extension-host tests read the live state through it. */
export interface AttributionLensApi {
  analyses: ArticleAnalyses;
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const analyses = new ArticleAnalyses();
  context.subscriptions.push(analyses, registerAnalysisReport(analyses), registerDocumentSymbols(analyses));
  // Articles already open when the extension activates.
  for (const doc of vscode.workspace.textDocuments) analyses.refresh(doc);
  return { analyses };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
