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
import { EditRegion } from './edit-region';
import { documentPositions, documentText } from './document-text';

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
  // One page URI per code, not per problem (a long article has thousands).
  const pages = new Map<string, vscode.Uri>();
  const page = (code: string) => pages.get(code) ?? pages.set(code, ruleDocUri(extensionUri, code)).get(code)!;
  return reviewProblems(review).map((p) => {
    const d = new vscode.Diagnostic(rangeOf(target, p), p.message, SEVERITY[p.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: p.code, target: page(p.code) };
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

/** Whether two lists of our diagnostics say the same (the fields diagnosticsOf sets). */
function sameDiagnostics(a: readonly vscode.Diagnostic[], b: readonly vscode.Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? `${d.code.value}|${d.code.target.toString()}` : String(d.code));
  return a.every((x, i) => {
    const y = b[i];
    return x.range.isEqual(y.range) && x.message === y.message && x.severity === y.severity && x.source === y.source && code(x) === code(y);
  });
}

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === uri.toString());

export function registerDiagnostics(context: vscode.ExtensionContext, analyses: ArticleAnalyses, houseRules: HouseRulesService): ArticleDiagnostics {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);

  /**
   * What was last set for each open article, and its edits since: while typing, problems that
   * did not change and that VS Code kept in place (an edit on other lines) are not sent again.
   */
  const shown = new Map<string, { diagnostics: vscode.Diagnostic[]; edits: EditRegion }>();
  const clear = (uri: vscode.Uri) => {
    shown.delete(uri.toString());
    collection.delete(uri);
  };
  const update = (doc: vscode.TextDocument, analysis = analyses.get(doc)) => {
    if (doc.isClosed || !analysis) {
      clear(doc.uri);
      return;
    }
    try {
      const diagnostics = diagnosticsOf(context.extensionUri, documentPositions(doc), documentReview(doc, documentText(doc), analysis, houseRules));
      const key = doc.uri.toString();
      const before = shown.get(key);
      shown.set(key, { diagnostics, edits: new EditRegion() });
      if (before && !before.edits.touchesAny(before.diagnostics) && sameDiagnostics(before.diagnostics, diagnostics)) return;
      collection.set(doc.uri, diagnostics);
    } catch {
      clear(doc.uri);
    }
  };
  // An untitled URI is reused by the next new document: its close may arrive after that open.
  const forget = (uri: vscode.Uri) => {
    if (!isOpen(uri)) clear(uri);
  };
  const updateAll = () => vscode.workspace.textDocuments.forEach((doc) => update(doc));

  const disposable = vscode.Disposable.from(
    collection,
    analyses.onDidUpdate(({ document, analysis }) => update(document, analysis)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const edits = shown.get(e.document.uri.toString())?.edits;
      if (edits) for (const change of e.contentChanges) edits.add(change);
    }),
    // An opened file that is not an article loses the workspace review's problems (an article's are replaced on open).
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!analyses.isArticle(doc)) clear(doc.uri);
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
