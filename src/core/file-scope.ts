/**
 * Which files a review covers: glob lists matched against `/`-separated relative paths, and the
 * house rules' `include`/`exclude` (relative to the folder of their `.attributionlens.json`).
 * One implementation for the CLI's `check`, the editor's live features and the workspace review.
 */
import picomatch from 'picomatch';
import type { HouseRules } from './config-file';

/** A test of a relative path (`/`-separated) against glob patterns; never matches when there are none. */
export function globMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const valid = patterns.filter((p) => typeof p === 'string' && p.trim() !== '');
  if (!valid.length) return () => false;
  const match = picomatch(valid, { dot: true });
  return (rel) => match(rel);
}

/**
 * Whether the house rules keep a file out: its path (relative to the config file's folder) is
 * matched by `exclude`, or `include` is given and does not match it. `named` is a file the user
 * named explicitly (`check article.md`): it is checked even when `include` does not list it.
 */
export type HouseRulesScope = (rel: string, named?: boolean) => boolean;

export function houseRulesScope(rules: Pick<HouseRules, 'include' | 'exclude'>): HouseRulesScope {
  const excluded = globMatcher(rules.exclude);
  const included = rules.include.length ? globMatcher(rules.include) : null;
  return (rel, named = false) => {
    if (excluded(rel)) return true;
    return !named && included !== null && !included(rel);
  };
}

/** A relative path with the platform's separator (`path.sep`) as `/`-separated. */
export function toPosix(rel: string, sep: string): string {
  return sep === '/' ? rel : rel.split(sep).join('/');
}
