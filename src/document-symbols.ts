/**
 * The Outline view (document symbols) of an article: the people it names, with their titles,
 * and its quotes, with who said them.
 */
import * as vscode from 'vscode';
import type { Analysis } from './core/types';
import { snippet } from './core/snippet';
import type { ArticleAnalyses } from './article-analyses';
import { registerForArticles } from './article-settings';
import { rangeOf } from './ranges';
import { documentPositions, documentText } from './document-text';

export function articleSymbols(doc: vscode.TextDocument, a: Analysis): vscode.DocumentSymbol[] {
  const positions = documentPositions(doc);
  const range = (start: number, end: number) => rangeOf(positions, { start, end });
  const whole = range(0, documentText(doc).length);
  const symbols: vscode.DocumentSymbol[] = [];
  if (a.people.length) {
    const people = new vscode.DocumentSymbol(`People (${a.people.length})`, '', vscode.SymbolKind.Namespace, whole, range(a.people[0].mentions[0].start, a.people[0].mentions[0].end));
    for (const p of a.people) {
      const first = p.mentions[0];
      const detail = [p.official ? 'official' : '', p.title, p.affiliation].filter(Boolean).join(' · ');
      people.children.push(new vscode.DocumentSymbol(p.name, detail, vscode.SymbolKind.Constant, range(first.start, first.end), range(first.start, first.end)));
    }
    symbols.push(people);
  }
  if (a.quotes.length) {
    const quotes = new vscode.DocumentSymbol(`Quotes (${a.quotes.length})`, '', vscode.SymbolKind.Namespace, whole, range(a.quotes[0].start, a.quotes[0].end));
    for (const q of a.quotes) {
      const who = q.speaker.kind === 'unknown' ? 'unattributed' : `${q.speaker.name ?? doc.getText(range(q.speaker.start!, q.speaker.end!))} (${q.speaker.kind})`;
      quotes.children.push(new vscode.DocumentSymbol(snippet(q.text, 60), who, vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end)));
    }
    symbols.push(quotes);
  }
  return symbols;
}

export function registerDocumentSymbols(analyses: ArticleAnalyses): vscode.Disposable {
  return registerForArticles((selector) =>
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        provideDocumentSymbols: (doc) => {
          const analysis = analyses.get(doc);
          return analysis ? articleSymbols(doc, analysis) : [];
        },
      },
      { label: 'Attribution Lens' },
    ),
  );
}
