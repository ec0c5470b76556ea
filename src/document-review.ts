/**
 * The review of an open article as the Problems panel shows it: the engine's findings after the
 * article's markers, with the severities of its house rules (`.attributionlens.json`) overridden
 * by the `attributionLens.severity` setting. Diagnostics and the sourcing report both use it.
 */
import type * as vscode from 'vscode';
import { reviewFindings, type Review } from './core/review';
import type { Analysis } from './core/types';
import type { HouseRulesService } from './house-rules';
import { severitySettings } from './severity-settings';

export function documentReview(doc: vscode.TextDocument, analysis: Analysis, houseRules: HouseRulesService): Review {
  const severity = { ...houseRules.reviewRulesFor(doc).severity, ...severitySettings(doc) };
  return reviewFindings(analysis, doc.getText(), { severity });
}
