/**
 * Expands `check`'s arguments into files: plain paths as given, globs (quoted so the shell
 * leaves them alone: "articles/**\/*.md") and directories (their *.md, *.markdown, *.txt and
 * *.article files; the house rules' `include` narrows that further). node_modules, .git and
 * dot-files are skipped by globs and directories.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
// `require` so that esbuild bundles tinyglobby's CommonJS build (its ES build needs import.meta).
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

export type InputOrigin = 'file' | 'glob' | 'directory' | 'stdin';

export interface InputFile {
  /** As shown in reports: as given, or relative to the working directory for expanded ones. */
  path: string;
  /** Absolute path ('-' for standard input). */
  abs: string;
  origin: InputOrigin;
}

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.txt', '**/*.article'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: InputFile[];
  /** Arguments that matched nothing: "no files match …". */
  unmatched: string[];
}

export function expandInputs(args: string[], cwd: string): Expanded {
  const files: InputFile[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (f: InputFile) => {
    if (seen.has(f.abs)) return;
    seen.add(f.abs);
    files.push(f);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ path: '-', abs: '-', origin: 'stdin' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      // Not there: a glob, or a missing file reported when it is read.
    }
    if (isDir) {
      const found = globSync(DEFAULT_INCLUDE, { cwd: abs, ignore: IGNORE, onlyFiles: true }).sort();
      if (found.length === 0) unmatched.push(arg);
      for (const f of found) add({ path: path.relative(cwd, path.join(abs, f)) || f, abs: path.join(abs, f), origin: 'directory' });
    } else if (!fs.existsSync(abs) && isDynamicPattern(arg)) {
      const found = globSync([arg.replace(/\\/g, '/')], { cwd, ignore: IGNORE, onlyFiles: true, expandDirectories: false }).sort();
      if (found.length === 0) unmatched.push(arg);
      for (const f of found) add({ path: f, abs: path.resolve(cwd, f), origin: 'glob' });
    } else add({ path: arg, abs, origin: 'file' });
  }
  return { files, unmatched };
}
