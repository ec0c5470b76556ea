/**
 * Attribution Lens: each feature lives in its own module and registers here. Every feature
 * reads the one shared, per-version analysis cache (`ArticleAnalyses`).
 */
import * as vscode from 'vscode';
import { ArticleAnalyses } from './article-analyses';
import { registerAnalysisReport } from './analysis-report';
import { registerArticleSettingsCache } from './article-settings';
import { registerDocumentSymbols } from './document-symbols';
import { registerHighlights, type Highlights } from './highlights';
import { type ActivationTiming, startActivationTiming } from './activation-timing';
import { registerSourcingView, type SourcingView } from './sourcing-view';
import { registerHovers } from './hovers';
import { registerPersonNavigation } from './person-navigation';
import { registerRevealRange } from './reveal-range';
import { registerStatusBar } from './status-bar';
import { registerAnalyzeAnyway } from './analyze-anyway';
import { HouseRulesService } from './house-rules';
import { registerDiagnostics } from './diagnostics';
import { registerQuickFixes } from './quick-fixes';
import { registerSourcingReport, type SourcingReport } from './sourcing-report';
import { registerSourcingReportExport } from './sourcing-report-export';
import { registerWorkspaceReview, type WorkspaceReviewApi } from './workspace-report-view';

/** What `activate` returns: the extension-host tests and the editor benchmark read the live state through it. */
export interface AttributionLensApi {
  analyses: ArticleAnalyses;
  activation: ActivationTiming;
  /** The editor highlights: `rangesFor(editor)` is what was last drawn in an editor. */
  highlights: Highlights;
  /** The Sourcing view: its tree (`tree.getChildren()`) and the TreeView (`view.selection`). */
  tree: SourcingView;
  /** The status bar summary of the active article: its text, undefined while hidden. */
  statusBar: { readonly text: string | undefined; readonly tooltip: string | undefined };
  /** The sourcing report panel: its `html` and `model` (undefined while closed), `receive(message)` as from its webview. */
  report: SourcingReport;
  /** Review Workspace: `run(token)` reviews every article file and shows the report (`lastReport`, `html`). */
  workspaceReview: WorkspaceReviewApi;
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const timing = startActivationTiming();
  // First, so every configuration listener below reads the new settings.
  context.subscriptions.push(registerArticleSettingsCache());
  const houseRules = new HouseRulesService();
  // Long articles are analysed in a worker thread (src/worker/), bundled beside the extension.
  const analyses = new ArticleAnalyses(houseRules, vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysis-worker.js').fsPath);
  const highlights = registerHighlights(analyses);
  const tree = registerSourcingView(analyses);
  const statusBar = registerStatusBar(analyses);
  context.subscriptions.push(analyses, registerAnalysisReport(analyses), registerDocumentSymbols(analyses), highlights, tree);
  context.subscriptions.push(registerHovers(analyses), registerPersonNavigation(analyses), registerRevealRange(), statusBar);
  context.subscriptions.push(registerAnalyzeAnyway(analyses));
  const diagnostics = registerDiagnostics(context, analyses, houseRules);
  const workspaceReview = registerWorkspaceReview(context, analyses, houseRules, diagnostics);
  context.subscriptions.push(houseRules, diagnostics, registerQuickFixes(context), workspaceReview);
  const report = registerSourcingReport(context.extensionUri, analyses, houseRules);
  context.subscriptions.push(report, registerSourcingReportExport(analyses, houseRules, report));
  // Articles already open when the extension activates are analysed right after activation,
  // so a restored editor does not make startup wait for the engine.
  const initial = setTimeout(() => vscode.workspace.textDocuments.forEach((doc) => analyses.refresh(doc)), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
  return { analyses, activation: timing(), highlights, tree, statusBar, report, workspaceReview };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
