/**
 * Navigating between the mentions of a person: Go to Definition on any name mention (`Lapid`,
 * `Mr. Lapid`) goes to the first, full mention (`Foreign Minister Yair Lapid`); Find All
 * References lists every name mention; the mentions of the name under the cursor highlight.
 * Pronouns are not mentions here (the hover says whom they refer to).
 */
import * as vscode from 'vscode';
import type { Mention } from './core/types';
import type { ArticleAnalyses } from './article-analyses';
import { registerForArticles } from './article-settings';
import { personMentionAt } from './analysis-at';
import { rangeOf } from './ranges';

/** The mentions of the person named at the position, and the mention under it. */
function mentionsAt(analyses: ArticleAnalyses, doc: vscode.TextDocument, position: vscode.Position): { mentions: Mention[]; at: Mention } | undefined {
  const a = analyses.get(doc);
  if (!a) return undefined;
  const found = personMentionAt(a, doc.offsetAt(position));
  return found && { mentions: a.people[found.person].mentions, at: found.mention };
}

/** Every name mention of the person named at the position (the first only with `includeDeclaration`). */
export function mentionReferences(analyses: ArticleAnalyses, doc: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] | undefined {
  const found = mentionsAt(analyses, doc, position);
  if (!found) return undefined;
  const mentions = context.includeDeclaration ? found.mentions : found.mentions.slice(1);
  return mentions.map((m) => new vscode.Location(doc.uri, rangeOf(doc, m)));
}

export function registerPersonNavigation(analyses: ArticleAnalyses): vscode.Disposable {
  return registerForArticles((selector) =>
    vscode.Disposable.from(
      vscode.languages.registerDefinitionProvider(selector, {
        provideDefinition: (doc, position) => {
          const found = mentionsAt(analyses, doc, position);
          if (!found) return undefined;
          const first = rangeOf(doc, found.mentions[0]);
          const link: vscode.LocationLink = { originSelectionRange: rangeOf(doc, found.at), targetUri: doc.uri, targetRange: first, targetSelectionRange: first };
          return [link];
        },
      }),
      vscode.languages.registerReferenceProvider(selector, {
        provideReferences: (doc, position, context) => mentionReferences(analyses, doc, position, context),
      }),
      vscode.languages.registerDocumentHighlightProvider(selector, {
        provideDocumentHighlights: (doc, position) => {
          const found = mentionsAt(analyses, doc, position);
          if (!found) return undefined;
          // The first, full mention is where the person is introduced ("written"); the rest read it.
          return found.mentions.map((m, i) => new vscode.DocumentHighlight(rangeOf(doc, m), i === 0 ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
        },
      }),
    ),
  );
}
