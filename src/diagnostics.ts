/**
 * Problems: the review of every open article (`reviewFindings`: the engine's findings after the
 * article's markers and the severities of the house rules and settings) as diagnostics with
 * source `Attribution Lens`, each code linking to its page in docs/rules/. Marker problems
 * (unknown codes, missing reasons) are reported too, under code `marker`. The workspace review
 * shows files that are not open in the same collection (`setForClosedFile`); once such a file
 * opens, its live problems take over, and closing it clears them.
 */
import * as vscode from 'vscode';
import { reviewFindings, type Review } from './core/review';
import type { Analysis, Severity } from './core/types';
import type { ArticleAnalyses } from './article-analyses';
import type { HouseRulesService } from './house-rules';
import { rangeOf } from './ranges';
import { severitySettings } from './severity-settings';

export const DIAGNOSTIC_SOURCE = 'Attribution Lens';
/** The code of marker problems; its documentation is the rules README. */
export const MARKER_CODE = 'marker';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The documentation page of a code, shipped with the extension (docs/rules/). */
export function ruleDocUri(extensionUri: vscode.Uri, code: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', code === MARKER_CODE ? 'README.md' : `${code}.md`);
}

/**
 * The review of an article as the Problems panel shows it: the engine's findings after its
 * markers, the house rules' severities and then the `attributionLens.severity` setting (read for
 * the document, so language-specific settings apply; for a closed file, for its URI).
 */
export function reviewArticle(houseRules: HouseRulesService, scope: vscode.TextDocument | vscode.Uri, text: string, analysis: Analysis): Review {
  const uri = scope instanceof vscode.Uri ? scope : scope.uri;
  const severity = { ...houseRules.reviewRulesFor({ uri }).severity, ...severitySettings(scope) };
  return reviewFindings(analysis, text, { severity });
}

/** The diagnostics of a review: its findings, and its marker problems under code `marker`. */
export function diagnosticsOf(extensionUri: vscode.Uri, target: Pick<vscode.TextDocument, 'positionAt'>, review: Review): vscode.Diagnostic[] {
  const make = (span: { start: number; end: number }, message: string, level: vscode.DiagnosticSeverity, code: string) => {
    const d = new vscode.Diagnostic(rangeOf(target, span), message, level);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: code, target: ruleDocUri(extensionUri, code) };
    return d;
  };
  return [
    ...review.findings.map((f) => make(f, f.message, SEVERITY[f.severity], f.code)),
    ...review.markers.problems.map((p) => make(p, p.message, vscode.DiagnosticSeverity.Warning, MARKER_CODE)),
  ];
}

/** The Problems of open articles, and the workspace review's problems of files that are not open. */
export interface ArticleDiagnostics extends vscode.Disposable {
  /** Shows the problems of a file that is not open; ignored while it is open (its live problems count). */
  setForClosedFile(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void;
  /** Clears the problems of a file that is not open (nothing happens while it is open). */
  deleteForClosedFile(uri: vscode.Uri): void;
}

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === uri.toString());

export function registerDiagnostics(context: vscode.ExtensionContext, analyses: ArticleAnalyses, houseRules: HouseRulesService): ArticleDiagnostics {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);

  const update = (doc: vscode.TextDocument, analysis = analyses.get(doc)) => {
    if (doc.isClosed || !analysis) {
      collection.delete(doc.uri);
      return;
    }
    try {
      collection.set(doc.uri, diagnosticsOf(context.extensionUri, doc, reviewArticle(houseRules, doc, doc.getText(), analysis)));
    } catch {
      collection.delete(doc.uri);
    }
  };
  // An untitled URI is reused by the next new document: its close may arrive after that open.
  const forget = (uri: vscode.Uri) => {
    if (!isOpen(uri)) collection.delete(uri);
  };
  const updateAll = () => vscode.workspace.textDocuments.forEach((doc) => update(doc));

  const disposable = vscode.Disposable.from(
    collection,
    analyses.onDidUpdate(({ document, analysis }) => update(document, analysis)),
    // An opened file that is not an article loses the workspace review's problems (an article's are replaced on open).
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!analyses.isArticle(doc)) collection.delete(doc.uri);
    }),
    analyses.onDidClose(forget),
    vscode.workspace.onDidCloseTextDocument((doc) => forget(doc.uri)),
    // Severities, languages and exclusions (which documents are articles).
    analyses.onDidChangeSettings(updateAll),
  );
  return {
    setForClosedFile: (uri, diagnostics) => {
      if (!isOpen(uri)) collection.set(uri, diagnostics);
    },
    deleteForClosedFile: (uri) => forget(uri),
    dispose: () => disposable.dispose(),
  };
}
