/**
 * `attributionLens.lexicon`: extra lexicon entries from settings (user, workspace or folder),
 * added to the house rules' (`.attributionlens.json`) and the built-in lexicons. Validated
 * like the house rules file (core/config-file.ts); invalid entries are left out and reported
 * once per distinct value, so a bad setting never breaks analysis.
 */
import * as vscode from 'vscode';
import { formatConfigProblem, lexiconOf, mergeLexicons, parseHouseRules } from './core/config-file';
import type { AnalyzeOptions, LexiconExtension } from './core/types';
import { SETTINGS_SECTION } from './article-settings';

const SETTING = 'lexicon';
/** Shown in problems instead of a file name. */
const SOURCE = `settings: ${SETTINGS_SECTION}.${SETTING}`;

/** The setting's value for a document, as JSON ('' when unset or empty). */
function settingJson(uri: vscode.Uri): string {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri).get<unknown>(SETTING);
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return '';
  return JSON.stringify(value);
}

/**
 * Adds the setting's entries to engine options. The result is cached per (options, setting
 * value): the engine caches its compiled lexicon by the object's identity.
 */
export class LexiconSettings {
  private readonly merged = new WeakMap<AnalyzeOptions, Map<string, AnalyzeOptions>>();
  private readonly reported = new Set<string>();

  withSettings(options: AnalyzeOptions, uri: vscode.Uri): AnalyzeOptions {
    const json = settingJson(uri);
    if (!json) return options;
    let byValue = this.merged.get(options);
    if (!byValue) this.merged.set(options, (byValue = new Map()));
    let result = byValue.get(json);
    if (!result) {
      result = { ...options, lexicon: mergeLexicons(options.lexicon, this.parse(json)) };
      byValue.set(json, result);
    }
    return result;
  }

  private parse(json: string): LexiconExtension {
    const loaded = parseHouseRules(json, SOURCE);
    if (loaded.problems.length && !this.reported.has(json)) {
      this.reported.add(json);
      void vscode.window.showWarningMessage(`Attribution Lens: ${loaded.problems.map(formatConfigProblem).join('; ')} — those entries are ignored.`);
    }
    return lexiconOf(loaded.rules);
  }
}
