/**
 * Attribution Lens: each feature lives in its own module and registers here. Every feature
 * reads the one shared, per-version analysis cache (`ArticleAnalyses`).
 */
import * as vscode from 'vscode';
import { ArticleAnalyses } from './article-analyses';
import { registerAnalysisReport } from './analysis-report';
import { registerDocumentSymbols } from './document-symbols';
import { registerHighlights, type Highlights } from './highlights';

/** What `activate` returns: the extension-host tests read the live state through it. */
export interface AttributionLensApi {
  analyses: ArticleAnalyses;
  /** The editor highlights: `rangesFor(editor)` is what was last drawn in an editor. */
  highlights: Highlights;
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const analyses = new ArticleAnalyses();
  const highlights = registerHighlights(analyses);
  context.subscriptions.push(analyses, registerAnalysisReport(analyses), registerDocumentSymbols(analyses), highlights);
  // Articles already open when the extension activates.
  for (const doc of vscode.workspace.textDocuments) analyses.refresh(doc);
  return { analyses, highlights };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
