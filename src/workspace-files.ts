/**
 * The files a workspace review covers: those matching `attributionLens.review.include`, minus
 * VS Code's `files.exclude` (findFiles applies it when given no exclude of its own), minus the
 * globs of `attributionLens.review.exclude` and `attributionLens.exclude` (matched against the
 * path relative to the file's workspace folder). The house rules' `include`/`exclude` are applied
 * per file by the review (HouseRulesService.excludes), as for open articles.
 */
import * as vscode from 'vscode';
import { SETTINGS_SECTION, articleSettings } from './article-settings';
import { globMatcher } from './core/file-scope';

export const DEFAULT_REVIEW_INCLUDE = '**/*.{md,markdown,txt,article}';
export const DEFAULT_REVIEW_EXCLUDE = ['**/node_modules/**'];
export const DEFAULT_MAX_FILE_SIZE_KB = 1024;

export interface ReviewSettings {
  include: string;
  exclude: string[];
  /** Larger files are skipped (with a note in the report). */
  maxFileSizeKB: number;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function reviewSettings(scope?: vscode.ConfigurationScope): ReviewSettings {
  const config = vscode.workspace.getConfiguration(`${SETTINGS_SECTION}.review`, scope);
  const include = config.get<unknown>('include');
  const exclude = config.get<unknown>('exclude');
  const size = config.get<unknown>('maxFileSizeKB');
  return {
    include: typeof include === 'string' && include.trim() !== '' ? include : DEFAULT_REVIEW_INCLUDE,
    exclude: strings(exclude) ? exclude : DEFAULT_REVIEW_EXCLUDE,
    maxFileSizeKB: typeof size === 'number' && size > 0 ? size : DEFAULT_MAX_FILE_SIZE_KB,
  };
}

/** The path as shown and matched: relative to its workspace folder (prefixed by the folder's name in a multi-root workspace). */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/**
 * A test of whether the review and article exclusion settings of a file's folder leave it out
 * (the globs are compiled once per folder).
 */
export function settingsExclusion(): (uri: vscode.Uri) => boolean {
  const byFolder = new Map<string, (rel: string) => boolean>();
  return (uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const key = folder.uri.toString();
    let matches = byFolder.get(key);
    if (!matches) {
      matches = globMatcher([...reviewSettings(folder.uri).exclude, ...articleSettings(folder.uri).exclude]);
      byFolder.set(key, matches);
    }
    return matches(vscode.workspace.asRelativePath(uri, false));
  };
}

/** The workspace's article files, sorted by their displayed path. */
export async function findArticleFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  // `undefined` as the exclude: VS Code applies `files.exclude` (a pattern given here would replace it).
  const found = await vscode.workspace.findFiles(reviewSettings().include, undefined, undefined, token);
  const excluded = settingsExclusion();
  return found
    .filter((uri) => !excluded(uri))
    .map((uri) => ({ uri, path: displayPath(uri) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => f.uri);
}
