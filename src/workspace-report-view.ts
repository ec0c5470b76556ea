/**
 * The commands *Review Workspace* (run the workspace review, then show its report in a webview)
 * and *Export Workspace Report* (Markdown, JSON or CSV). The page comes from webview-page.ts
 * around core/workspace-report.ts's body, with media/workspace-report.css and .js; the page
 * sends back only a row index (open that article), an export format, or *Review Again* (the
 * report is a snapshot of the files as they were reviewed).
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import { workspaceReportBody, type WorkspaceReport } from './core/workspace-report';
import type { ArticleDiagnostics } from './diagnostics';
import type { HouseRulesService } from './house-rules';
import { webviewOptions, webviewPage } from './webview-page';
import { EXPORT_FORMATS, exportWorkspaceReport, isExportFormat, type ExportFormat } from './workspace-report-export';
import { WorkspaceReview, type FileReviewed, type WorkspaceReviewResult } from './workspace-review';

export const REVIEW_COMMAND = 'attributionLens.reviewWorkspace';
export const EXPORT_COMMAND = 'attributionLens.exportWorkspaceReport';
const VIEW_TYPE = 'attributionLens.workspaceReport';
const TITLE = 'Workspace Sourcing Review';

/** What the extension API offers the tests. */
export interface WorkspaceReviewApi {
  /** Runs *Review Workspace* (progress notification, Problems, then the report); cancellable by the token too. */
  run(token?: vscode.CancellationToken): Promise<WorkspaceReviewResult>;
  readonly lastReport: WorkspaceReport | undefined;
  /** The report page's HTML, undefined while no report is shown. */
  readonly html: string | undefined;
  readonly onDidReviewFile: vscode.Event<FileReviewed>;
  /** Writes the last report to a file (no dialog when `target` is given); undefined without a report. */
  export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** Handles a message as if the report page had sent it (`open`, `export`, `review`). */
  receive(message: unknown): void;
  /** Clears the Problems the review set for closed files and forgets the report. */
  clear(): void;
}

type PageMessage = { type: 'open'; article: number } | { type: 'export'; format: ExportFormat } | { type: 'review' };

function parseMessage(m: unknown): PageMessage | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const { type, article, format } = m as Record<string, unknown>;
  if (type === 'open' && typeof article === 'number' && Number.isInteger(article)) return { type, article };
  if (type === 'export' && isExportFormat(format)) return { type, format };
  if (type === 'review') return { type };
  return undefined;
}

export function registerWorkspaceReview(context: vscode.ExtensionContext, analyses: ArticleAnalyses, houseRules: HouseRulesService, diagnostics: ArticleDiagnostics): WorkspaceReviewApi & vscode.Disposable {
  const review = new WorkspaceReview(context.extensionUri, analyses, houseRules, diagnostics);
  let panel: vscode.WebviewPanel | undefined;
  let shown: WorkspaceReport | undefined;

  const open = async (index: number) => {
    const row = shown?.articles[index];
    if (!row) return;
    try {
      const reportColumn = panel?.viewColumn;
      const column = reportColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
      await vscode.window.showTextDocument(vscode.Uri.parse(row.uri), { preview: false, viewColumn: column });
    } catch (err) {
      void vscode.window.showErrorMessage(`Attribution Lens: cannot open ${row.path}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  /** A message from the report page (anything else is ignored). */
  const receive = (raw: unknown): void => {
    const m = parseMessage(raw);
    if (m?.type === 'open') void open(m.article);
    else if (m?.type === 'export') void vscode.commands.executeCommand(EXPORT_COMMAND, m.format);
    else if (m?.type === 'review') void vscode.commands.executeCommand(REVIEW_COMMAND);
  };

  const show = (report: WorkspaceReport) => {
    if (!panel) {
      // Beside the article being edited, so that opening an article from the report keeps it in view.
      const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, { viewColumn: column, preserveFocus: false }, webviewOptions(context.extensionUri));
      panel.onDidDispose(() => {
        panel = undefined;
        shown = undefined;
      });
      panel.webview.onDidReceiveMessage(receive);
    }
    shown = report;
    panel.webview.html = webviewPage({ webview: panel.webview, extensionUri: context.extensionUri, title: TITLE, body: workspaceReportBody(report), styles: ['workspace-report.css'], scripts: ['workspace-report.js'] });
    panel.reveal(undefined, false);
  };

  const run = async (token?: vscode.CancellationToken): Promise<WorkspaceReviewResult> => {
    const result = await review.run(token);
    if (result.cancelled) {
      const { articles, skipped } = result.report;
      void vscode.window.showInformationMessage(`Attribution Lens: workspace review cancelled after ${articles.length + skipped.length} of ${result.report.found} files; the report shows those.`);
    }
    show(result.report);
    return result;
  };

  const exportReport = async (format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> => {
    const report = review.lastReport;
    if (!report) {
      void vscode.window.showInformationMessage('Attribution Lens: run “Review Workspace” first; then its report can be exported.');
      return undefined;
    }
    let chosen: ExportFormat | undefined = isExportFormat(format) ? format : undefined;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => ({ label: EXPORT_FORMATS[f].label, format: f })),
        { placeHolder: 'Export the workspace report as' },
      );
      chosen = pick?.format;
    }
    if (!chosen) return undefined;
    const { label, extension } = EXPORT_FORMATS[chosen];
    let uri = target instanceof vscode.Uri ? target : undefined;
    if (!uri) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `workspace-sourcing-review.${extension}`;
      uri = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { [label]: [extension] }, saveLabel: 'Export' });
    }
    if (!uri) return undefined;
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportWorkspaceReport(report, chosen)));
    } catch (err) {
      void vscode.window.showErrorMessage(`Attribution Lens: cannot write ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    return uri;
  };

  const disposable = vscode.Disposable.from(
    review,
    vscode.commands.registerCommand(REVIEW_COMMAND, () => run()),
    vscode.commands.registerCommand(EXPORT_COMMAND, exportReport),
    { dispose: () => panel?.dispose() },
  );

  return {
    run,
    get lastReport() {
      return review.lastReport;
    },
    get html() {
      return panel?.webview.html;
    },
    onDidReviewFile: review.onDidReviewFile,
    export: (format, target) => exportReport(format, target),
    receive,
    clear: () => {
      review.clear();
      panel?.dispose();
    },
    dispose: () => disposable.dispose(),
  };
}
