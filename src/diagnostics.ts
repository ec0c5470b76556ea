/**
 * Problems: the review of every open article (`reviewFindings`: the engine's findings after the
 * article's markers and the severities of the house rules and settings) as diagnostics with
 * source `Attribution Lens`, each code linking to its page in docs/rules/. Marker problems
 * (unknown codes, missing reasons) are reported too, under code `marker`.
 */
import * as vscode from 'vscode';
import { MARKER_CODE, reviewProblems } from './core/review';
import type { Analysis, Severity } from './core/types';
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

export function registerDiagnostics(context: vscode.ExtensionContext, analyses: ArticleAnalyses, houseRules: HouseRulesService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);

  const diagnosticsOf = (doc: vscode.TextDocument, analysis: Analysis): vscode.Diagnostic[] => {
    return reviewProblems(documentReview(doc, analysis, houseRules)).map((p) => {
      const d = new vscode.Diagnostic(rangeOf(doc, p), p.message, SEVERITY[p.severity]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = { value: p.code, target: ruleDocUri(context.extensionUri, p.code) };
      return d;
    });
  };

  const update = (doc: vscode.TextDocument, analysis = analyses.get(doc)) => {
    if (doc.isClosed || !analysis) {
      collection.delete(doc.uri);
      return;
    }
    try {
      collection.set(doc.uri, diagnosticsOf(doc, analysis));
    } catch {
      collection.delete(doc.uri);
    }
  };
  // An untitled URI is reused by the next new document: its close may arrive after that open.
  const forget = (uri: vscode.Uri) => {
    if (!vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === uri.toString())) collection.delete(uri);
  };
  const updateAll = () => vscode.workspace.textDocuments.forEach((doc) => update(doc));

  return vscode.Disposable.from(
    collection,
    analyses.onDidUpdate(({ document, analysis }) => update(document, analysis)),
    analyses.onDidClose(forget),
    vscode.workspace.onDidCloseTextDocument((doc) => forget(doc.uri)),
    // Severities, languages and exclusions (which documents are articles).
    analyses.onDidChangeSettings(updateAll),
  );
}
