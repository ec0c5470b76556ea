/**
 * Attribution Lens: each feature lives in its own module and registers here.
 */
import * as vscode from 'vscode';
import { registerAnalysisReport } from './analysis-report';
import { registerDocumentSymbols } from './document-symbols';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(registerAnalysisReport(), registerDocumentSymbols());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
