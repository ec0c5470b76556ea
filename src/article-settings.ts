/**
 * Which documents are articles, and the settings every feature reads. Invalid values fall
 * back to the defaults (a bad settings.json never breaks the extension).
 */
import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_SIZE_KB } from './document-limits';

export const SETTINGS_SECTION = 'attributionLens';

/** The article language contributed by this extension (`.article`, `*.news.md`, `*.news.txt`). */
export const ARTICLE_LANGUAGE = 'article';

const DEFAULT_LANGUAGES = ['plaintext', 'markdown', ARTICLE_LANGUAGE];
const DEFAULT_DEBOUNCE_MS = 30;
const DEFAULT_BACKGROUND_KB = 512;
/** Schemes of documents a user writes: files on disk, unsaved buffers, remote files. */
export const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export interface ArticleSettings {
  languages: string[];
  /** Glob patterns of files never analysed, whatever their language. */
  exclude: string[];
  debounceMs: number;
  /** Articles of at least this many characters are analysed in the worker thread. */
  backgroundMinChars: number;
  /** Documents larger than this (KB of UTF-8; 0 = no limit) are not analysed on every edit. */
  maxFileSizeKB: number;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Settings are read on every update by several features; while `registerArticleSettingsCache`
 * listens, they are kept until any configuration changes. activate() registers it first, so
 * every other feature's configuration listener already reads the new values. The generation is
 * NaN (never equal, so nothing is reused) while nothing listens.
 */
let generation = NaN;

export function registerArticleSettingsCache(): vscode.Disposable {
  generation = 0;
  const listener = vscode.workspace.onDidChangeConfiguration(() => generation++);
  return new vscode.Disposable(() => {
    generation = NaN;
    listener.dispose();
  });
}

interface Cached<T> {
  generation: number;
  languageId: string | undefined;
  value: T;
}

/** The value cached for `key` in this generation and language, else `compute()` cached. */
function cached<K extends object, T>(cache: WeakMap<K, Cached<T>>, key: K, languageId: string | undefined, compute: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.generation === generation && hit.languageId === languageId) return hit.value;
  const value = compute();
  cache.set(key, { generation, languageId, value });
  return value;
}

const settingsCache = new WeakMap<object, Cached<ArticleSettings>>();
const articleCache = new WeakMap<vscode.TextDocument, Cached<boolean>>();
/** The cache key of `articleSettings()` without a scope. */
const UNSCOPED = {};

export function articleSettings(scope?: vscode.ConfigurationScope): ArticleSettings {
  const languageId = scope && 'languageId' in scope ? scope.languageId : undefined;
  return cached(settingsCache, scope ?? UNSCOPED, languageId, () => readArticleSettings(scope));
}

function readArticleSettings(scope?: vscode.ConfigurationScope): ArticleSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const languages = config.get<unknown>('languages');
  const exclude = config.get<unknown>('exclude');
  const debounce = config.get<unknown>('debounceMs');
  const backgroundKb = config.get<unknown>('backgroundAnalysisMinKB');
  const maxFileSize = config.get<unknown>('maxFileSize');
  return {
    languages: strings(languages) ? languages : DEFAULT_LANGUAGES,
    exclude: strings(exclude) ? exclude : [],
    debounceMs: typeof debounce === 'number' && Number.isFinite(debounce) ? Math.min(Math.max(debounce, 0), 5000) : DEFAULT_DEBOUNCE_MS,
    backgroundMinChars: 1024 * (typeof backgroundKb === 'number' && backgroundKb >= 0 ? backgroundKb : DEFAULT_BACKGROUND_KB),
    maxFileSizeKB: typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize >= 0 ? maxFileSize : DEFAULT_MAX_FILE_SIZE_KB,
  };
}

/** Whether the document is an article Attribution Lens analyses. */
export function isArticle(doc: vscode.TextDocument): boolean {
  if (!ARTICLE_SCHEMES.has(doc.uri.scheme)) return false;
  return cached(articleCache, doc, doc.languageId, () => {
    const settings = articleSettings(doc);
    return settings.languages.includes(doc.languageId) && !settings.exclude.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  });
}

/** A document selector for the configured article languages (providers re-register when it changes). */
export function articleSelector(): vscode.DocumentFilter[] {
  return articleSettings().languages.flatMap((language) => [...ARTICLE_SCHEMES].map((scheme) => ({ language, scheme })));
}

/**
 * Registers a language feature for the article languages, and registers it again with the new
 * selector when `attributionLens.languages` changes.
 */
export function registerForArticles(register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): vscode.Disposable {
  let current = register(articleSelector());
  const watcher = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) return;
    current.dispose();
    current = register(articleSelector());
  });
  return new vscode.Disposable(() => {
    watcher.dispose();
    current.dispose();
  });
}
