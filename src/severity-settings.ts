/**
 * The `attributionLens.severity` setting: a severity (or `off`) per finding code. It overrides
 * the workspace's house rules (`.attributionlens.json`), which override the engine's defaults.
 * Unknown codes and invalid values are ignored (the next level applies).
 */
import * as vscode from 'vscode';
import { isFindingCode, isSeveritySetting, type SeveritySetting } from './core/codes';
import type { FindingCode } from './core/types';
import { SETTINGS_SECTION } from './article-settings';

export type SeverityOverrides = Partial<Record<FindingCode, SeveritySetting>>;

export function severitySettings(scope?: vscode.ConfigurationScope): SeverityOverrides {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>('severity');
  const out: SeverityOverrides = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [code, raw] of Object.entries(value)) {
    // VS Code's own name for the level is accepted too.
    const setting = raw === 'information' ? 'info' : raw;
    if (isFindingCode(code) && isSeveritySetting(setting)) out[code] = setting;
  }
  return out;
}
