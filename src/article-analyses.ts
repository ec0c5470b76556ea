/**
 * One analysis per open article, cached per document version and shared by every feature
 * (Outline, tree, hovers, highlights, status bar, diagnostics).
 *
 * - `get(doc)` answers from the cache, or analyses now when the cached result is stale;
 * - edits re-analyse and fire `onDidUpdate`, so views follow the user's typing: an edit at
 *   typing pace at once, an edit in a burst after as long as the document's recent updates took
 *   (median), at most `attributionLens.debounceMs` (adaptive-delay.ts); an article analysed in
 *   the worker hands it the text at once;
 * - closing a document frees its state; documents that are not articles are never analysed;
 * - long articles (`attributionLens.backgroundAnalysisMinKB`) are analysed in a worker thread
 *   (src/worker/): `get` answers only when the cached analysis is of the current version and
 *   otherwise starts the background job, whose result arrives through `onDidUpdate`. Edits made
 *   while a job runs are picked up by one more job when it ends, never by a queue of them.
 * - a document over the limits (document-limits.ts: too large, binary, minified) gets an empty
 *   analysis, so no feature draws anything, and `limitReason(doc)` says why; `analyzeAnyway(doc)`
 *   lifts the limits for that document until it is closed (edits then re-analyse it as usual).
 */
import * as vscode from 'vscode';
import { analyze } from './engine';
import type { Analysis, AnalyzeOptions } from './core/types';
import { articleSettings, isArticle, SETTINGS_SECTION } from './article-settings';
import { AnalysisCancelled, AnalysisWorkerClient } from './worker/analysis-worker-client';
import { limitReason, type LimitReason } from './document-limits';
import { AdaptiveDelay } from './adaptive-delay';
import { documentText } from './document-text';

/** Settings whose change invalidates every cached analysis. */
const ANALYSIS_SETTINGS = ['languages', 'exclude', 'maxFileSize', 'lexicon'];

/** What a document over the limits gets: nothing found, so nothing is drawn. */
const emptyAnalysis = (): Analysis => ({ quotes: [], people: [], sources: [], findings: [] });

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis;
}

/**
 * Where the engine options of a document come from (the house rules), and which documents they
 * keep out (`include`/`exclude`); a change re-analyses every article.
 */
export interface AnalysisOptionsSource {
  optionsFor(doc: { readonly uri: vscode.Uri }): AnalyzeOptions;
  excludes?(doc: { readonly uri: vscode.Uri }): boolean;
  readonly onDidChange: vscode.Event<void>;
}

interface Entry {
  /** The document object: an untitled URI is reused by the next new document, with version 1 again. */
  document: vscode.TextDocument;
  version: number;
  analysis: Analysis;
  /** Set when the document was not analysed (over the limits). */
  skipped?: LimitReason;
}

/** A background analysis of one document that has not answered yet. */
interface BackgroundJob {
  document: vscode.TextDocument;
  cancellation: vscode.CancellationTokenSource;
}

export class ArticleAnalyses implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  /** Scheduled re-analyses after edits: how to call each off. */
  private readonly timers = new Map<string, () => void>();
  private readonly updated = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly closed = new vscode.EventEmitter<vscode.Uri>();
  private readonly settingsChanged = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly background = new Map<string, BackgroundJob>();
  private worker: AnalysisWorkerClient | undefined;
  /** Bumped whenever cached analyses become stale (settings, house rules): older jobs' results are dropped. */
  private generation = 0;
  /** Documents whose limits "Analyze Anyway" lifted, until they close. */
  private readonly unlimited = new Set<string>();
  /** The wait after an edit, adapted to what the document's updates cost. */
  private readonly delays = new AdaptiveDelay();
  /** How many times the engine ran (for tests and the benchmark), in the worker included. */
  runs = 0;
  /** How many of those runs were in the worker thread. */
  backgroundRuns = 0;

  /** An article's analysis changed (after an edit, on open, or after a settings change). */
  readonly onDidUpdate = this.updated.event;
  /** An article was closed and its state freed. */
  readonly onDidClose = this.closed.event;
  /** Attribution Lens settings or house rules changed (features re-read them and refresh). */
  readonly onDidChangeSettings = this.settingsChanged.event;

  /**
   * `workerScript`: dist/analysis-worker.js; without it (or when the worker fails) every article
   * is analysed on the calling thread.
   */
  constructor(
    private readonly options?: AnalysisOptionsSource,
    workerScript?: string,
  ) {
    if (workerScript) this.worker = new AnalysisWorkerClient(workerScript);
    this.subscriptions.push(
      this.updated,
      this.closed,
      this.settingsChanged,
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
        // Only settings that change which documents are articles (or what the engine finds)
        // make the cached analyses stale; display settings just make features redraw.
        const stale = ANALYSIS_SETTINGS.some((name) => e.affectsConfiguration(`${SETTINGS_SECTION}.${name}`));
        if (stale) this.invalidate();
        this.settingsChanged.fire();
        if (stale) for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
      }),
    );
    if (options) {
      this.subscriptions.push(
        options.onDidChange(() => {
          this.invalidate();
          // The house rules may have made documents articles or not: features recheck them.
          this.settingsChanged.fire();
          for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
        }),
      );
    }
  }

  /**
   * Whether Attribution Lens analyses this document: its language and scheme, the
   * `attributionLens.exclude` setting, and the `include`/`exclude` of its house rules.
   */
  isArticle(doc: vscode.TextDocument): boolean {
    return isArticle(doc) && !this.options?.excludes?.(doc);
  }

  /** The analysis of the document as it is now, or undefined for a document that is not an article. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    if (!this.isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.document === doc && cached.version === doc.version) return cached.analysis;
    // A background job for this document is running: it answers (or runs again) by itself.
    if (this.background.get(key)?.document === doc) return undefined;
    const text = documentText(doc);
    const skipped = this.unlimited.has(key) ? undefined : limitReason(text, articleSettings(doc).maxFileSizeKB * 1024);
    if (skipped) {
      const analysis = emptyAnalysis();
      this.cache.set(key, { document: doc, version: doc.version, analysis, skipped });
      return analysis;
    }
    if (this.inBackground(doc)) {
      this.startBackground(doc, text);
      return undefined;
    }
    const analysis = this.run(doc, text);
    this.cache.set(key, { document: doc, version: doc.version, analysis });
    return analysis;
  }

  /** Why the document (as cached, without analysing) was not analysed, or undefined when it was. */
  limitReason(doc: vscode.TextDocument): LimitReason | undefined {
    const cached = this.cache.get(doc.uri.toString());
    return cached?.document === doc ? cached.skipped : undefined;
  }

  /** Lifts the limits for the document until it is closed, analyses it now and tells every listener. */
  async analyzeAnyway(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    this.unlimited.add(key);
    if (this.cache.get(key)?.skipped) this.cache.delete(key);
    // A long document goes to the worker: its analysis arrives through onDidUpdate.
    const analysed = this.inBackground(doc) ? this.nextUpdate(doc) : undefined;
    this.refresh(doc);
    return analysed ? await analysed : this.peek(doc);
  }

  /** The next analysis of the document, or undefined if it closes first. */
  private nextUpdate(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    return new Promise((resolve) => {
      const subs = [
        this.updated.event((e) => e.document === doc && done(e.analysis)),
        this.closed.event((uri) => uri.toString() === doc.uri.toString() && done(undefined)),
      ];
      const done = (analysis: Analysis | undefined) => {
        subs.forEach((d) => d.dispose());
        resolve(analysis);
      };
    });
  }

  /** The cached analysis without running the engine (it may be for an older version). */
  peek(doc: vscode.TextDocument): Analysis | undefined {
    const cached = this.cache.get(doc.uri.toString());
    return cached?.document === doc ? cached.analysis : undefined;
  }

  /** Analyse now (if stale) and tell every listener. */
  refresh(doc: vscode.TextDocument): void {
    this.cancel(doc.uri);
    const start = performance.now();
    const analysis = this.get(doc);
    if (analysis) this.notify(doc, analysis, start);
  }

  /** Tells every listener, and records what the update cost on this thread since `start`. */
  private notify(doc: vscode.TextDocument, analysis: Analysis, start = performance.now()): void {
    this.updated.fire({ document: doc, analysis });
    this.delays.record(doc.uri.toString(), performance.now() - start);
  }

  /**
   * How long the next edit of the document waits before it is analysed (see adaptive-delay.ts).
   * A document analysed in the worker does not wait: the extension host only hands it the text,
   * and edits made while the worker runs are coalesced into the one next job (startBackground).
   */
  private delayFor(doc: vscode.TextDocument): number {
    if (this.inBackground(doc)) return 0;
    return this.delays.delay(doc.uri.toString(), articleSettings(doc).debounceMs);
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!this.isArticle(doc)) return;
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    this.timers.set(
      key,
      after(this.delayFor(doc), () => {
        this.timers.delete(key);
        // The document may have been closed meanwhile; only analyse it while it is open.
        if (!doc.isClosed) this.refresh(doc);
      }),
    );
  }

  /** Whether this document is analysed in the worker thread. */
  inBackground(doc: vscode.TextDocument): boolean {
    // The length without copying the text out (getText joins every line).
    return !!this.worker && doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end) >= articleSettings(doc).backgroundMinChars;
  }

  /** Analyses the document in the worker (`get` starts at most one job per document; it re-runs if the text changed). */
  private startBackground(doc: vscode.TextDocument, text: string): void {
    const key = doc.uri.toString();
    const worker = this.worker!;
    const version = doc.version;
    const generation = this.generation;
    const job: BackgroundJob = { document: doc, cancellation: new vscode.CancellationTokenSource() };
    this.background.set(key, job);
    this.runs++;
    this.backgroundRuns++;
    const done = () => {
      job.cancellation.dispose();
      if (this.background.get(key) === job) this.background.delete(key);
    };
    worker.analyze(text, this.options?.optionsFor(doc), job.cancellation.token).then(
      (analysis) => {
        done();
        if (doc.isClosed || !this.isArticle(doc)) return;
        if (doc.version !== version || generation !== this.generation) {
          // The text or the options changed meanwhile: the usual path (limits, then the worker or not).
          this.refresh(doc);
          return;
        }
        this.cache.set(key, { document: doc, version, analysis });
        this.notify(doc, analysis);
      },
      (err: unknown) => {
        done();
        if (err instanceof AnalysisCancelled || doc.isClosed) return;
        // The worker cannot run here: analyse on this thread from now on, and say so once.
        this.worker?.dispose();
        this.worker = undefined;
        void vscode.window.showWarningMessage(`${err instanceof Error ? err.message : String(err)} — analysing on the main thread instead.`);
        this.refresh(doc);
      },
    );
  }

  /**
   * Analyses text that is not (or not necessarily) an open document — the workspace review — in
   * the worker thread when there is one, cancellable; on the calling thread otherwise.
   */
  analyzeText(text: string, options: AnalyzeOptions | undefined, token?: vscode.CancellationToken): Promise<Analysis> {
    if (token?.isCancellationRequested) return Promise.reject(new AnalysisCancelled());
    if (!this.worker) return Promise.resolve(analyze(text, options));
    this.backgroundRuns++;
    return this.worker.analyze(text, options, token);
  }

  /** Every cached analysis is stale: drop them; running background jobs re-run when they answer. */
  private invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  private run(doc: vscode.TextDocument, text: string): Analysis {
    this.runs++;
    return analyze(text, this.options?.optionsFor(doc));
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    this.timers.get(key)?.();
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    const job = this.background.get(uri.toString());
    if (job) {
      this.background.delete(uri.toString());
      job.cancellation.cancel();
    }
    this.unlimited.delete(uri.toString());
    this.delays.forget(uri.toString());
    if (this.cache.delete(uri.toString())) this.closed.fire(uri);
  }

  /** Number of documents whose analysis is held (for tests: closing frees state). */
  get size(): number {
    return this.cache.size;
  }

  dispose(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
    for (const job of this.background.values()) job.cancellation.dispose();
    this.background.clear();
    this.worker?.dispose();
    this.cache.clear();
    this.unlimited.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}

/**
 * Runs `run` after `ms` milliseconds; with 0, as soon as the listeners of the current event are
 * done (a microtask), ahead of whatever else is queued on the extension host's thread — another
 * extension's work started by the same keystroke (the Markdown language server's parse requests)
 * would otherwise run first. Returns the function that calls it off.
 */
function after(ms: number, run: () => void): () => void {
  if (ms > 0) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  }
  let cancelled = false;
  queueMicrotask(() => {
    if (!cancelled) run();
  });
  return () => {
    cancelled = true;
  };
}
