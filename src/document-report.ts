/**
 * The sourcing report model of an open article (core/sourcing-report.ts) with the review the
 * Problems panel shows (house rules and settings) and the article named as the workspace does.
 */
import * as vscode from 'vscode';
import { buildSourcingReport, type SourcingReportModel } from './core/sourcing-report';
import type { Analysis } from './core/types';
import { documentReview } from './document-review';
import type { HouseRulesService } from './house-rules';
import { documentText } from './document-text';

/** The article's name in reports: its workspace-relative path, or its file name outside a workspace. */
export function reportPath(doc: vscode.TextDocument): string {
  return doc.uri.scheme === 'file' ? vscode.workspace.asRelativePath(doc.uri, false) : documentName(doc);
}

/** The last segment of the document's path (`Untitled-1` for an unsaved one). */
export function documentName(doc: vscode.TextDocument): string {
  return doc.uri.path.split('/').pop() || doc.uri.toString();
}

export function documentReport(doc: vscode.TextDocument, analysis: Analysis, houseRules: HouseRulesService): SourcingReportModel {
  const text = documentText(doc);
  return buildSourcingReport({ path: reportPath(doc), text, analysis, review: documentReview(doc, text, analysis, houseRules) });
}

/** The document of a command's URI argument, opened if need be; undefined for anything else or a file that cannot be opened. */
export async function documentOfArgument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (!(uri instanceof vscode.Uri)) return undefined;
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
}
