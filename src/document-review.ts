/**
 * The review of an article as the Problems panel shows it: the engine's findings after the
 * article's markers, with the severities of its house rules (`.attributionlens.json`) overridden
 * by the `attributionLens.severity` setting (read for the document, so language-specific settings
 * apply; for a file that is not open, for its URI). Diagnostics, the sourcing report and the
 * workspace review all use it.
 */
import * as vscode from 'vscode';
import { reviewFindings, type Review } from './core/review';
import type { Analysis } from './core/types';
import type { HouseRulesService } from './house-rules';
import { severitySettings } from './severity-settings';

export function documentReview(scope: vscode.TextDocument | vscode.Uri, text: string, analysis: Analysis, houseRules: HouseRulesService): Review {
  const uri = scope instanceof vscode.Uri ? scope : scope.uri;
  const severity = { ...houseRules.reviewRulesFor({ uri }).severity, ...severitySettings(scope) };
  return reviewFindings(analysis, text, { severity });
}
