/**
 * Problems: the review of every open article (`reviewFindings`: the engine's findings after the
 * article's markers and the severities of the house rules and settings) as diagnostics with
 * source `Attribution Lens`, each code linking to its page in docs/rules/. Marker problems
 * (unknown codes, missing reasons) are reported too, under code `marker`. The workspace review
 * shows files that are not open in the same collection (`setForClosedFile`); once such a file
 * opens, its live problems take over, and closing it clears them.
 */
import * as vscode from 'vscode';
import { MARKER_CODE, reviewProblems, type Review } from './core/review';
import type { Severity } from './core/types';
import type { ArticleAnalyses } from './article-analyses';
import type { HouseRulesService } from './house-rules';
import { documentReview } from './document-review';
import { rangeOf } from './ranges';

export const DIAGNOSTIC_SOURCE = 'Attribution Lens';
/** The code of marker problems; its documentation is the rules README. */
export { MARKER_CODE };

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

/** The diagnostics of a review: its findings, and its marker problems under code `marker`. */
export function diagnosticsOf(extensionUri: vscode.Uri, target: Pick<vscode.TextDocument, 'positionAt'>, review: Review): vscode.Diagnostic[] {
  return reviewProblems(review).map((p) => {
    const d = new vscode.Diagnostic(rangeOf(target, p), p.message, SEVERITY[p.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: p.code, target: ruleDocUri(extensionUri, p.code) };
    return d;
  });
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
      collection.set(doc.uri, diagnosticsOf(context.extensionUri, doc, documentReview(doc, doc.getText(), analysis, houseRules)));
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
