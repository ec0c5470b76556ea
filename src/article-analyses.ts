/**
 * One analysis per open article, cached per document version and shared by every feature
 * (Outline, tree, hovers, highlights, status bar, diagnostics).
 *
 * - `get(doc)` answers from the cache, or analyses now when the cached result is stale;
 * - edits re-analyse after a short debounce (`attributionLens.debounceMs`) and fire
 *   `onDidUpdate`, so views follow the user's typing without running on every keystroke;
 * - closing a document frees its state; documents that are not articles are never analysed;
 * - a document over the limits (document-limits.ts: too large, binary, minified) gets an empty
 *   analysis, so no feature draws anything, and `limitReason(doc)` says why; `analyzeAnyway(doc)`
 *   lifts the limits for that document until it is closed (edits then re-analyse it as usual).
 */
import * as vscode from 'vscode';
import { analyze } from './core/analyze';
import type { Analysis, AnalyzeOptions } from './core/types';
import { articleSettings, isArticle, SETTINGS_SECTION } from './article-settings';
import { limitReason, type LimitReason } from './document-limits';

/** Settings whose change invalidates every cached analysis. */
const ANALYSIS_SETTINGS = ['languages', 'exclude', 'maxFileSize'];

/** What a document over the limits gets: nothing found, so nothing is drawn. */
const emptyAnalysis = (): Analysis => ({ quotes: [], people: [], sources: [], findings: [] });

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis;
}

/** Where the engine options of a document come from (the house rules); a change re-analyses every article. */
export interface AnalysisOptionsSource {
  optionsFor(doc: vscode.TextDocument): AnalyzeOptions;
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

export class ArticleAnalyses implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly closed = new vscode.EventEmitter<vscode.Uri>();
  private readonly settingsChanged = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Documents whose limits "Analyze Anyway" lifted, until they close. */
  private readonly unlimited = new Set<string>();
  /** How many times the engine ran (for tests and the benchmark). */
  runs = 0;

  /** An article's analysis changed (after an edit, on open, or after a settings change). */
  readonly onDidUpdate = this.updated.event;
  /** An article was closed and its state freed. */
  readonly onDidClose = this.closed.event;
  /** Attribution Lens settings changed (features re-read them and refresh). */
  readonly onDidChangeSettings = this.settingsChanged.event;

  constructor(private readonly options?: AnalysisOptionsSource) {
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
        if (stale) this.cache.clear();
        this.settingsChanged.fire();
        if (stale) for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
      }),
    );
    if (options) {
      this.subscriptions.push(
        options.onDidChange(() => {
          this.cache.clear();
          for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
        }),
      );
    }
  }

  /** Whether Attribution Lens analyses this document (its language and scheme). */
  isArticle(doc: vscode.TextDocument): boolean {
    return isArticle(doc);
  }

  /** The analysis of the document as it is now, or undefined for a document that is not an article. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    if (!isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.document === doc && cached.version === doc.version) return cached.analysis;
    const text = doc.getText();
    const skipped = this.unlimited.has(key) ? undefined : limitReason(text, articleSettings(doc).maxFileSizeKB * 1024);
    const analysis = skipped ? emptyAnalysis() : this.run(doc, text);
    this.cache.set(key, { document: doc, version: doc.version, analysis, skipped });
    return analysis;
  }

  /** Why the document (as cached, without analysing) was not analysed, or undefined when it was. */
  limitReason(doc: vscode.TextDocument): LimitReason | undefined {
    const cached = this.cache.get(doc.uri.toString());
    return cached?.document === doc ? cached.skipped : undefined;
  }

  /** Lifts the limits for the document until it is closed, analyses it now and tells every listener. */
  analyzeAnyway(doc: vscode.TextDocument): Analysis | undefined {
    if (!isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    this.unlimited.add(key);
    if (this.cache.get(key)?.skipped) this.cache.delete(key);
    this.refresh(doc);
    return this.peek(doc);
  }

  /** The cached analysis without running the engine (it may be for an older version). */
  peek(doc: vscode.TextDocument): Analysis | undefined {
    const cached = this.cache.get(doc.uri.toString());
    return cached?.document === doc ? cached.analysis : undefined;
  }

  /** Analyse now (if stale) and tell every listener. */
  refresh(doc: vscode.TextDocument): void {
    this.cancel(doc.uri);
    const analysis = this.get(doc);
    if (analysis) this.updated.fire({ document: doc, analysis });
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!isArticle(doc)) return;
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // The document may have been closed meanwhile; only analyse it while it is open.
        if (!doc.isClosed) this.refresh(doc);
      }, articleSettings().debounceMs),
    );
  }

  private run(doc: vscode.TextDocument, text: string): Analysis {
    this.runs++;
    return analyze(text, this.options?.optionsFor(doc));
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.unlimited.delete(uri.toString());
    if (this.cache.delete(uri.toString())) this.closed.fire(uri);
  }

  /** Number of documents whose analysis is held (for tests: closing frees state). */
  get size(): number {
    return this.cache.size;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.cache.clear();
    this.unlimited.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
