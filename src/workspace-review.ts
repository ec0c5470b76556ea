/**
 * Review Workspace: every article file of the workspace (workspace-files.ts, then the house
 * rules' `include`/`exclude`) analysed with its house rules and reviewed with the severities of
 * the Problems panel (document-review.ts). An open document is reviewed from its live
 * text (ArticleAnalyses); a closed file is read from disk, skipped when binary or too large, and
 * its problems go to the Problems panel through the shared collection.
 *
 * The run shows a cancellable progress notification, yields to the event loop between files so
 * the editor stays responsive, and stops at the next file once cancelled (keeping what was done).
 * Afterwards the closed files' problems are kept true: a reviewed file that is closed, changed on
 * disk, deleted, or whose settings or house rules change is reviewed again (or cleared).
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import { displayPath as displayPointer, type ConfigProblem } from './core/config-file';
import { decodeText, looksBinary } from './core/file-content';
import { articleRow, workspaceReport, type ArticleRow, type HouseRulesError, type SkippedFile, type WorkspaceReport } from './core/workspace-report';
import { diagnosticsOf, type ArticleDiagnostics } from './diagnostics';
import { documentReview } from './document-review';
import { FileText } from './file-text';
import type { HouseRulesService } from './house-rules';
import { displayPath, findArticleFiles, reviewSettings, settingsExclusion } from './workspace-files';
import { AnalysisCancelled } from './worker/analysis-worker-client';

export interface WorkspaceReviewResult {
  report: WorkspaceReport;
  cancelled: boolean;
}

/** One file reviewed (or skipped) during a run: `index` of `total`, 0-based. */
export interface FileReviewed {
  uri: vscode.Uri;
  index: number;
  total: number;
}

type Outcome = { kind: 'article'; row: ArticleRow; closed: boolean } | { kind: 'skipped'; reason: string } | { kind: 'excluded' } | { kind: 'cancelled' };

/** Settings that change the review of a file (not the display settings). */
const REVIEW_SETTINGS = ['attributionLens.severity', 'attributionLens.exclude', 'attributionLens.review.exclude', 'attributionLens.review.maxFileSizeKB'];

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const key = (uri: vscode.Uri) => uri.toString();

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const k = key(uri);
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && key(d.uri) === k);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export class WorkspaceReview implements vscode.Disposable {
  private readonly reviewedFile = new vscode.EventEmitter<FileReviewed>();
  private readonly subscriptions: vscode.Disposable[] = [this.reviewedFile];
  /** Articles of the last review (open or not): reviewed again when closed or changed on disk. */
  private readonly articles = new Map<string, vscode.Uri>();
  /** Closed files whose problems this review put in the Problems panel. */
  private readonly closedProblems = new Set<string>();
  private current: Promise<WorkspaceReviewResult> | undefined;
  /** Bumped by `clear` and by each refresh of every file, so an older refresh stops. */
  private generation = 0;
  private last: WorkspaceReport | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;

  /** A file was reviewed or skipped during a run. */
  readonly onDidReviewFile = this.reviewedFile.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyses: ArticleAnalyses,
    private readonly houseRules: HouseRulesService,
    private readonly diagnostics: ArticleDiagnostics,
  ) {
    this.subscriptions.push(
      // Closing a reviewed article clears its live problems: show the saved file's instead.
      vscode.workspace.onDidCloseTextDocument((doc) => this.articles.has(key(doc.uri)) && void this.refresh(doc.uri, this.generation)),
      // Severities, exclusions or house rules changed: review the closed files again.
      houseRules.onDidChange(() => void this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => REVIEW_SETTINGS.some((s) => e.affectsConfiguration(s)) && void this.refreshAll()),
    );
  }

  /** The report of the last run (cancelled runs included). */
  get lastReport(): WorkspaceReport | undefined {
    return this.last;
  }

  get running(): boolean {
    return this.current !== undefined;
  }

  /**
   * Watches the workspace's files once there is a review to keep true (not from activation):
   * a reviewed file changed on disk is reviewed again, a deleted one loses its problems.
   */
  private watchFiles(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*', true, false, false);
    this.subscriptions.push(
      this.watcher,
      this.watcher.onDidChange((uri) => this.articles.has(key(uri)) && void this.refresh(uri, this.generation)),
      this.watcher.onDidDelete((uri) => this.forgetUnder(uri)),
    );
  }

  /** Reviews the workspace with a progress notification; a second call while one runs joins it. */
  run(token?: vscode.CancellationToken): Promise<WorkspaceReviewResult> {
    if (this.current) return this.current;
    this.watchFiles();
    const running = Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Attribution Lens', cancellable: true }, (progress, shown) => {
        const source = new vscode.CancellationTokenSource();
        const links = [shown.onCancellationRequested(() => source.cancel()), token?.onCancellationRequested(() => source.cancel())];
        if (token?.isCancellationRequested) source.cancel();
        return this.review(progress, source.token).finally(() => {
          links.forEach((l) => l?.dispose());
          source.dispose();
        });
      }),
    ).finally(() => {
      this.current = undefined;
    });
    this.current = running;
    return running;
  }

  private async review(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<WorkspaceReviewResult> {
    this.generation++; // a refresh of every file still under way stops
    progress.report({ message: 'Finding articles…' });
    let found: vscode.Uri[] = [];
    try {
      if (!token.isCancellationRequested) found = await findArticleFiles(token);
    } catch (err) {
      if (!token.isCancellationRequested) throw err;
    }
    let stopped = token.isCancellationRequested;
    // The house rules' include/exclude, as for open articles (cached per folder: cheap).
    const files = found.filter((uri) => !this.houseRules.excludes({ uri }));
    const rows: ArticleRow[] = [];
    const skipped: SkippedFile[] = [];
    const errors = new Map<string, HouseRulesError[]>();
    const closedNow = new Set<string>();
    const reviewedNow = new Map<string, vscode.Uri>();
    let done = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) {
        stopped = true;
        break;
      }
      const path = displayPath(uri);
      progress.report({ message: `Reviewing ${done + 1} of ${files.length}: ${path}`, increment: files.length ? 100 / files.length : 0 });
      this.collectErrors(uri, errors);
      const outcome = await this.reviewFile(uri, path, token);
      if (outcome.kind === 'cancelled') {
        stopped = true;
        break;
      }
      if (outcome.kind === 'article') {
        rows.push(outcome.row);
        reviewedNow.set(key(uri), uri);
        if (outcome.closed) closedNow.add(key(uri));
      } else if (outcome.kind === 'skipped') skipped.push({ path, uri: key(uri), reason: outcome.reason });
      this.reviewedFile.fire({ uri, index: done, total: files.length });
      done++;
      await yieldToEventLoop();
    }
    const cancelled = stopped;
    if (!cancelled) {
      // Files the last complete review showed but this one did not (now excluded, gone): clear them.
      for (const k of this.closedProblems) if (!closedNow.has(k)) this.diagnostics.deleteForClosedFile(vscode.Uri.parse(k));
      this.closedProblems.clear();
      this.articles.clear();
    }
    for (const k of closedNow) this.closedProblems.add(k);
    for (const [k, uri] of reviewedNow) this.articles.set(k, uri);
    const report = workspaceReport({ articles: rows, skipped, houseRulesErrors: [...errors.values()].flat(), found: files.length, cancelled });
    this.last = report;
    return { report, cancelled };
  }

  /** The errors of the house rules that apply to a file, once per config file. */
  private collectErrors(uri: vscode.Uri, into: Map<string, HouseRulesError[]>): void {
    const loaded = this.houseRules.rulesFor({ uri });
    if (!loaded.file || into.has(key(loaded.file))) return;
    const path = displayPath(loaded.file);
    into.set(
      key(loaded.file),
      loaded.problems.filter((p) => p.severity === 'error').map((p) => ({ path, message: describeProblem(p) })),
    );
  }

  /**
   * Reviews one file: an open article from its live text, a closed one from disk (setting its
   * problems). The engine runs in the analysis worker when there is one (cancellable).
   */
  private async reviewFile(uri: vscode.Uri, path: string, token?: vscode.CancellationToken): Promise<Outcome> {
    try {
      const doc = openDocument(uri);
      if (doc) {
        if (!this.analyses.isArticle(doc)) return this.houseRules.excludes(doc) ? { kind: 'excluded' } : { kind: 'skipped', reason: `open as ${doc.languageId}, which is not an article language (attributionLens.languages)` };
        const text = doc.getText();
        // A long article's current version may still be in the worker: analyse this text now.
        const analysis = this.analyses.get(doc) ?? (await this.analyses.analyzeText(text, this.houseRules.optionsFor(doc), token));
        const review = documentReview(doc, text, analysis, this.houseRules);
        return { kind: 'article', row: articleRow(path, key(uri), review.summary, true), closed: false };
      }
      if (this.houseRules.excludes({ uri })) return { kind: 'excluded' };
      const limitKB = reviewSettings(uri).maxFileSizeKB;
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > limitKB * 1024) return { kind: 'skipped', reason: `too large (${sizeText(stat.size)}; the limit is ${limitKB} KB, attributionLens.review.maxFileSizeKB)` };
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (looksBinary(bytes)) return { kind: 'skipped', reason: 'a binary file (it contains NUL bytes)' };
      if (openDocument(uri)) return this.reviewFile(uri, path, token); // opened while it was read
      const text = decodeText(bytes);
      const analysis = await this.analyses.analyzeText(text, this.houseRules.optionsFor({ uri }), token);
      if (openDocument(uri)) return this.reviewFile(uri, path, token); // opened while it was analysed
      const review = documentReview(uri, text, analysis, this.houseRules);
      this.diagnostics.setForClosedFile(uri, diagnosticsOf(this.extensionUri, new FileText(text), review));
      return { kind: 'article', row: articleRow(path, key(uri), review.summary, false), closed: true };
    } catch (err) {
      if (err instanceof AnalysisCancelled) return { kind: 'cancelled' };
      return { kind: 'skipped', reason: `cannot be read (${err instanceof Error ? err.message : String(err)})` };
    }
  }

  /** Reviews a reviewed article again from disk when it is not open; clears its problems when it no longer counts. */
  private async refresh(uri: vscode.Uri, generation: number): Promise<void> {
    if (generation !== this.generation || this.current || openDocument(uri)) return;
    const outcome = settingsExclusion()(uri) ? ({ kind: 'excluded' } as const) : await this.reviewFile(uri, displayPath(uri));
    if (outcome.kind === 'article' && outcome.closed) this.closedProblems.add(key(uri));
    else if (outcome.kind === 'skipped' || outcome.kind === 'excluded') {
      this.diagnostics.deleteForClosedFile(uri);
      this.closedProblems.delete(key(uri));
    }
  }

  private async refreshAll(): Promise<void> {
    if (!this.articles.size) return;
    const generation = ++this.generation;
    for (const uri of [...this.articles.values()]) {
      if (generation !== this.generation) return;
      await this.refresh(uri, generation);
      await yieldToEventLoop();
    }
  }

  /** A deleted file (or folder): its reviewed articles and their problems go. */
  private forgetUnder(deleted: vscode.Uri): void {
    const prefix = key(deleted).replace(/\/?$/, '/');
    for (const [k, uri] of [...this.articles]) {
      if (k !== key(deleted) && !k.startsWith(prefix)) continue;
      this.articles.delete(k);
      if (this.closedProblems.delete(k)) this.diagnostics.deleteForClosedFile(uri);
    }
  }

  /** Clears the closed files' problems and forgets the last review. */
  clear(): void {
    this.generation++;
    for (const k of this.closedProblems) this.diagnostics.deleteForClosedFile(vscode.Uri.parse(k));
    this.closedProblems.clear();
    this.articles.clear();
    this.last = undefined;
  }

  dispose(): void {
    this.generation++;
    for (const d of this.subscriptions) d.dispose();
  }
}

/** `line 1, column 2: severity.foo: Unknown finding code …` */
function describeProblem(p: ConfigProblem): string {
  const at = p.line !== undefined ? `line ${p.line}, column ${p.column}: ` : '';
  const where = p.path ? `${displayPointer(p.path)}: ` : '';
  return `${at}${where}${p.message}`;
}
