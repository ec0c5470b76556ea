/**
 * House rules in the editor: the nearest `.attributionlens.json` in an article's folder or above
 * (inside its workspace folder when it has one; like `check`), validated by
 * `core/config-file.ts`. The engine gets its lexicon (`optionsFor`), reviews get its severities
 * (`reviewRulesFor`). Config files are watched: a change reloads them and fires `onDidChange`.
 * Problems are shown as diagnostics on the config file itself and in one warning message per
 * change; invalid parts fall back to the defaults, so the extension keeps working.
 *
 * The rules are read in untrusted workspaces too: they are data only (word lists and severities),
 * never code or paths to run.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, defaultHouseRules, displayPath, formatConfigProblem, lexiconOf, parseHouseRules, type ConfigProblem, type HouseRules } from './core/config-file';
import { LexiconSettings } from './lexicon-settings';
import { houseRulesScope, toPosix, type HouseRulesScope } from './core/file-scope';
import type { ReviewRules } from './core/review';
import type { AnalyzeOptions } from './core/types';

export interface LoadedRules {
  /** The config file, or undefined when none applies (defaults). */
  file?: vscode.Uri;
  rules: HouseRules;
  /** Built once per load: the engine caches its lexicon by the object's identity. */
  options: AnalyzeOptions;
  /** The rules' `include`/`exclude`, for paths relative to the config file's folder. */
  scope: HouseRulesScope;
  problems: ConfigProblem[];
  /** The file's lines, to underline the token a problem points at. */
  lines?: string[];
}

const NONE: LoadedRules = { rules: defaultHouseRules(), options: {}, scope: () => false, problems: [] };

/** A document, or a file that is not open: only its URI counts. */
export type RulesTarget = { readonly uri: vscode.Uri };

export class HouseRulesService implements vscode.Disposable {
  /** Config file path → its loaded rules. */
  private readonly byFile = new Map<string, LoadedRules>();
  /** Folder path → the config file that applies there (null: none). */
  private readonly byDir = new Map<string, string | null>();
  /** Folders outside the workspace whose config file is watched. */
  private readonly watchedDirs = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly problemsCollection = vscode.languages.createDiagnosticCollection('Attribution Lens house rules');
  private readonly subscriptions: vscode.Disposable[] = [];
  /** `attributionLens.lexicon`: entries added to every document's house lexicon. */
  private readonly lexiconSettings = new LexiconSettings();

  /** A config file was created, changed or deleted: cached rules were dropped. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.subscriptions.push(
      this.changed,
      this.problemsCollection,
      watcher,
      ...this.watch(watcher),
      // A config saved in the editor applies at once, even when the file watcher is late or drops the event.
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.uri.scheme === 'file' && path.basename(doc.uri.fsPath) === CONFIG_FILE_NAME) this.reload(doc.uri);
      }),
    );
  }

  private watch(watcher: vscode.FileSystemWatcher): vscode.Disposable[] {
    const onEvent = (uri: vscode.Uri) => this.reload(uri);
    return [watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent)];
  }

  /** The engine options (house lexicon) for a document. */
  optionsFor(doc: RulesTarget): AnalyzeOptions {
    return this.lexiconSettings.withSettings(this.rulesFor(doc).options, doc.uri);
  }

  /** The severity overrides of the document's house rules. */
  reviewRulesFor(doc: RulesTarget): ReviewRules {
    return { severity: this.rulesFor(doc).rules.severity };
  }

  /**
   * Whether the document's house rules keep it out of review: `exclude` matches its path, or
   * `include` is given and does not (paths relative to the config file's folder).
   */
  excludes(doc: RulesTarget): boolean {
    const loaded = this.rulesFor(doc);
    if (!loaded.file) return false;
    return loaded.scope(toPosix(path.relative(path.dirname(loaded.file.fsPath), doc.uri.fsPath), path.sep));
  }

  /** The house rules that apply to a document (defaults for unsaved and non-file documents). */
  rulesFor(doc: RulesTarget): LoadedRules {
    if (doc.uri.scheme !== 'file') return NONE;
    try {
      const file = this.find(path.dirname(doc.uri.fsPath), this.boundary(doc.uri));
      return file ? this.load(file) : NONE;
    } catch {
      return NONE;
    }
  }

  /** The workspace folder holding the document: the search for a config stops there. */
  private boundary(uri: vscode.Uri): string | undefined {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
  }

  private find(dir: string, stopAt: string | undefined): string | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    if (stopAt === undefined) this.watchOutside(dir);
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let found: string | null;
    if (fs.existsSync(candidate)) found = candidate;
    else {
      const parent = path.dirname(dir);
      found = parent === dir || (stopAt !== undefined && path.relative(stopAt, dir) === '') ? null : this.find(parent, stopAt);
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** The workspace watcher does not see folders outside the workspace: watch their config file. */
  private watchOutside(dir: string): void {
    if (this.watchedDirs.has(dir)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), CONFIG_FILE_NAME));
    const subs = this.watch(watcher);
    this.watchedDirs.set(dir, vscode.Disposable.from(watcher, ...subs));
  }

  private load(file: string): LoadedRules {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const uri = vscode.Uri.file(file);
    let loaded: LoadedRules;
    try {
      const text = fs.readFileSync(file, 'utf8');
      const { rules, problems } = parseHouseRules(text, file);
      loaded = { file: uri, rules, options: { lexicon: lexiconOf(rules) }, scope: houseRulesScope(rules), problems, lines: text.split('\n') };
    } catch (err) {
      const message = `Cannot read the house rules: ${err instanceof Error ? err.message : String(err)}. Using the default house rules.`;
      loaded = { ...NONE, file: uri, problems: [{ file, path: '', severity: 'error', message }] };
    }
    this.byFile.set(file, loaded);
    this.report(loaded);
    return loaded;
  }

  /** Diagnostics on the config file, and one message per load that found problems. */
  private report(loaded: LoadedRules): void {
    if (!loaded.file) return;
    this.problemsCollection.set(loaded.file, loaded.problems.map((p) => toDiagnostic(p, loaded.lines ?? [])));
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (!errors.length) return;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    void vscode.window.showWarningMessage(`Attribution Lens: invalid house rules in ${vscode.workspace.asRelativePath(loaded.file)}: ${formatConfigProblem(errors[0])}${more}. The invalid parts use the defaults.`);
  }

  /** Problems reported for a config file (for tests and the API). */
  problemsOf(file: vscode.Uri): ConfigProblem[] {
    return this.byFile.get(file.fsPath)?.problems ?? [];
  }

  private reload(uri: vscode.Uri): void {
    this.byFile.delete(uri.fsPath);
    this.byDir.clear();
    this.problemsCollection.delete(uri);
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.watchedDirs.values()) d.dispose();
    this.watchedDirs.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}

/** A problem at the JSON token (a string, or a bare value) it points at. */
function toDiagnostic(p: ConfigProblem, lines: string[]): vscode.Diagnostic {
  const line = Math.max((p.line ?? 1) - 1, 0);
  const col = Math.max((p.column ?? 1) - 1, 0);
  const token = /^"(?:[^"\\]|\\.)*"|^[^\s,:\]}]+/.exec((lines[line] ?? '').slice(col))?.[0] ?? '';
  const where = p.path ? `${displayPath(p.path)}: ` : '';
  const d = new vscode.Diagnostic(new vscode.Range(line, col, line, col + Math.max(token.length, 1)), `${where}${p.message}`, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'Attribution Lens';
  return d;
}
