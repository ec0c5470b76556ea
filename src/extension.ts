/**
 * Attribution Lens: each feature lives in its own module and registers here. Every feature
 * reads the one shared, per-version analysis cache (`ArticleAnalyses`).
 */
import * as vscode from 'vscode';
import { ArticleAnalyses } from './article-analyses';
import { registerAnalysisReport } from './analysis-report';
import { registerDocumentSymbols } from './document-symbols';
import { type ActivationTiming, startActivationTiming } from './activation-timing';

/** What `activate` returns: the extension-host tests and the editor benchmark read the live state through it. */
export interface AttributionLensApi {
  analyses: ArticleAnalyses;
  activation: ActivationTiming;
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const timing = startActivationTiming();
  const analyses = new ArticleAnalyses();
  context.subscriptions.push(analyses, registerAnalysisReport(analyses), registerDocumentSymbols(analyses));
  // Articles already open when the extension activates are analysed right after activation,
  // so a restored editor does not make startup wait for the engine.
  const initial = setTimeout(() => vscode.workspace.textDocuments.forEach((doc) => analyses.refresh(doc)), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
  return { analyses, activation: timing() };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
