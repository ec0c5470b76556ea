/**
 * Finds and loads the house rules (`.attributionlens.json`) for each file: the nearest one in
 * the file's directory or above, or the one named by --config. Each config is read once;
 * its problems are reported once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultHouseRules, formatConfigProblem, lexiconOf, parseHouseRules, type HouseRules } from '../core/config-file';
import { houseRulesScope, toPosix } from '../core/file-scope';
import type { LexiconExtension } from '../core/types';

export interface ResolvedRules {
  /** The config file, or null when none applies (defaults). */
  file: string | null;
  rules: HouseRules;
  /** Built once per config: the engine caches its lexicon by this object's identity. */
  lexicon: LexiconExtension;
  /** Whether a file (absolute path) is excluded by the config's `exclude`, or not matched by its `include`. */
  excludes: (abs: string, origin: 'file' | 'glob' | 'directory' | 'stdin') => boolean;
}

export class HouseRulesResolver {
  private readonly byFile = new Map<string, ResolvedRules>();
  private readonly byDir = new Map<string, string | null>();
  private readonly none: ResolvedRules;
  /** True once a config had an error (not just a warning). */
  errors = false;

  constructor(
    private readonly stderr: (s: string) => void,
    private readonly explicit?: string,
  ) {
    const rules = defaultHouseRules();
    this.none = { file: null, rules, lexicon: lexiconOf(rules), excludes: () => false };
  }

  /** Loads --config up front; false (after a message) when it cannot be read. */
  loadExplicit(): boolean {
    if (!this.explicit) return true;
    return this.load(this.explicit) !== null;
  }

  /** The rules for a file (absolute path, or '-' for standard input, looked up from `cwd`). */
  forFile(abs: string, cwd: string): ResolvedRules {
    if (this.explicit) return this.load(this.explicit) ?? this.none;
    const file = this.find(abs === '-' ? cwd : path.dirname(abs));
    return file ? this.load(file) ?? this.none : this.none;
  }

  private find(dir: string): string | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let found: string | null;
    if (fs.existsSync(candidate)) found = candidate;
    else {
      const parent = path.dirname(dir);
      found = parent === dir ? null : this.find(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  private load(file: string): ResolvedRules | null {
    const abs = path.resolve(file);
    const cached = this.byFile.get(abs);
    if (cached) return cached;
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      this.stderr(`attribution-lens: ${file}: cannot read the config (${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message})\n`);
      this.errors = true;
      return null;
    }
    const { rules, problems } = parseHouseRules(text, file);
    for (const p of problems) this.stderr(formatConfigProblem(p) + '\n');
    if (problems.some((p) => p.severity === 'error')) this.errors = true;
    const base = path.dirname(abs);
    const scope = houseRulesScope(rules);
    const resolved: ResolvedRules = {
      file,
      rules,
      lexicon: lexiconOf(rules),
      // An explicitly named file is checked even when `include` does not list it.
      excludes: (fileAbs, origin) => origin !== 'stdin' && scope(toPosix(path.relative(base, fileAbs), path.sep), origin === 'file'),
    };
    this.byFile.set(abs, resolved);
    return resolved;
  }
}
