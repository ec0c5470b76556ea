/**
 * Attribution Lens: each feature lives in its own module and registers here. Every feature
 * reads the one shared, per-version analysis cache (`ArticleAnalyses`).
 */
import * as vscode from 'vscode';
import { ArticleAnalyses } from './article-analyses';
import { registerAnalysisReport } from './analysis-report';
import { registerDocumentSymbols } from './document-symbols';
import { registerHovers } from './hovers';
import { registerPersonNavigation } from './person-navigation';
import { registerRevealRange } from './reveal-range';
import { registerStatusBar } from './status-bar';

/** What `activate` returns: the extension-host tests read the live state through it. */
export interface AttributionLensApi {
  analyses: ArticleAnalyses;
  /** The status bar summary of the active article: its text, undefined while hidden. */
  statusBar: { readonly text: string | undefined; readonly tooltip: string | undefined };
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const analyses = new ArticleAnalyses();
  const statusBar = registerStatusBar(analyses);
  context.subscriptions.push(analyses, registerAnalysisReport(analyses), registerDocumentSymbols(analyses));
  context.subscriptions.push(registerHovers(analyses), registerPersonNavigation(analyses), registerRevealRange(), statusBar);
  // Articles already open when the extension activates.
  for (const doc of vscode.workspace.textDocuments) analyses.refresh(doc);
  return { analyses, statusBar };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
