/**
 * `Attribution Lens: Export Sourcing Report`: writes the report of an article to a file in one
 * of three formats, chosen with a QuickPick, to a place chosen with the save dialog:
 *
 *   markdown  the readable report (core/report-markdown.ts), to attach to a story
 *   json      exactly the CLI's contract, version 1 (`analyze --format json`, core/contract.ts)
 *   csv       one row per quote (core/report-csv.ts)
 *
 * The article is the active one (or the one the sourcing report shows). Tests and keybindings
 * pass `(uri?, { format, target })` to skip the prompts (and the offer to open the file).
 * Resolves to the written file's URI, or undefined when nothing was written.
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import { toContractDocument } from './core/contract';
import { quotesCsv } from './core/report-csv';
import { sourcingReportMarkdown } from './core/report-markdown';
import type { Analysis } from './core/types';
import { documentName, documentOfArgument, documentReport, reportPath } from './document-report';
import type { HouseRulesService } from './house-rules';
import { activeArticle, type SourcingReport } from './sourcing-report';

export const EXPORT_SOURCING_REPORT_COMMAND = 'attributionLens.exportSourcingReport';

export type ExportFormat = 'markdown' | 'json' | 'csv';

export interface ExportOptions {
  format: ExportFormat;
  target: vscode.Uri;
}

const FORMATS: Record<ExportFormat, { label: string; extension: string; detail: string; filter: string }> = {
  markdown: { label: 'Markdown', extension: 'md', detail: 'A readable report to attach to a story: summary, speakers, officials, anonymous sources with reasons, problems', filter: 'Markdown' },
  json: { label: 'JSON', extension: 'json', detail: 'The command line’s JSON contract (version 1), as `attribution-lens analyze --format json` writes it', filter: 'JSON' },
  csv: { label: 'CSV', extension: 'csv', detail: 'One row per quote: offsets, line, text, speaker, partial', filter: 'CSV' },
};

const isFormat = (f: unknown): f is ExportFormat => typeof f === 'string' && Object.hasOwn(FORMATS, f);

/** The file's content in a format. */
export function exportContent(format: ExportFormat, doc: vscode.TextDocument, analysis: Analysis, houseRules: HouseRulesService): string {
  if (format === 'json') return JSON.stringify(toContractDocument([{ path: reportPath(doc), analysis }]), null, 2) + '\n';
  const model = documentReport(doc, analysis, houseRules);
  return format === 'csv' ? quotesCsv(model) : sourcingReportMarkdown(model);
}

/** The article's analysis now; a long article analysed in the background is waited for (up to two minutes). */
function analysisOf(analyses: ArticleAnalyses, doc: vscode.TextDocument): Promise<Analysis | undefined> {
  const now = analyses.get(doc);
  if (now || !analyses.isArticle(doc)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (analysis: Analysis | undefined) => {
      update.dispose();
      clearTimeout(timer);
      resolve(analysis);
    };
    const update = analyses.onDidUpdate((e) => {
      if (e.document === doc) done(e.analysis);
    });
    const timer = setTimeout(() => done(undefined), 120_000);
  });
}

/** `article.sourcing.md` beside a saved article, else in the first workspace folder. */
function defaultTarget(doc: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  const base = documentName(doc).replace(/\.[^.]*$/, '') || 'article';
  const file = `${base}.sourcing.${FORMATS[format].extension}`;
  if (doc.uri.scheme === 'file') return vscode.Uri.joinPath(doc.uri, '..', file);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, file) : undefined;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = (Object.keys(FORMATS) as ExportFormat[]).map((format) => ({ format, label: FORMATS[format].label, detail: FORMATS[format].detail }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Export Sourcing Report', placeHolder: 'Choose the format' });
  return picked?.format;
}

export function registerSourcingReportExport(analyses: ArticleAnalyses, houseRules: HouseRulesService, report: SourcingReport): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_SOURCING_REPORT_COMMAND, async (uri?: unknown, options?: unknown): Promise<vscode.Uri | undefined> => {
    const doc = uri instanceof vscode.Uri ? await documentOfArgument(uri) : activeArticle(analyses) ?? (report.document && !report.document.isClosed ? report.document : undefined);
    const analysis = doc && (await analysisOf(analyses, doc));
    if (!doc || !analysis) {
      void vscode.window.showInformationMessage('Attribution Lens: open an article (plain text or Markdown) to export its sourcing report.');
      return undefined;
    }
    const given = options as Partial<ExportOptions> | undefined;
    const prompted = !(given && isFormat(given.format) && given.target instanceof vscode.Uri);
    const format = prompted ? await pickFormat() : given!.format!;
    if (!format) return undefined;
    const target = prompted
      ? await vscode.window.showSaveDialog({ title: 'Export Sourcing Report', saveLabel: 'Export', defaultUri: defaultTarget(doc, format), filters: { [FORMATS[format].filter]: [FORMATS[format].extension] } })
      : given!.target!;
    if (!target) return undefined;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportContent(format, doc, analysis, houseRules)));
    } catch (err) {
      void vscode.window.showErrorMessage(`Attribution Lens: could not write ${target.fsPath || target.toString()}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (prompted) {
      void vscode.window.showInformationMessage(`Attribution Lens: exported the sourcing report to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then(async (choice) => {
        if (choice === 'Open') await vscode.window.showTextDocument(target, { preview: false });
      });
    }
    return target;
  });
}
