/**
 * Hovers over an article: on a person's name (who they are, how often they appear, what they
 * said, whether the first mention gives their title); on a quote (who said it and how the engine
 * knows, or why nobody is credited); on an anonymous or vague source (why it is flagged, what
 * a careful editor asks and, for an anonymous one, the reason the article gives). Article text
 * is always escaped; the only command a hover may run is `attributionLens.revealRange` (its
 * quote links).
 */
import * as vscode from 'vscode';
import type { Analysis, Finding, Quote, Source } from './core/types';
import { snippet } from './core/snippet';
import { statedAnonymityReason } from './core/stated-anonymity-reason';
import type { ArticleAnalyses } from './article-analyses';
import { registerForArticles } from './article-settings';
import { findingsAt, personMentionAt, quoteAt, quotesOf, sourceAt } from './analysis-at';
import { CUE_KIND_WORDS, cueTextShown, EXPLANATIONS, type Explanation, sourceExplanation, SOURCE_KIND_WORDS, SPEAKER_KIND_WORDS } from './explanations';
import { escapeMarkdown as esc } from './markdown-escape';
import { rangeOf } from './ranges';
import { REVEAL_RANGE_COMMAND, revealRangeLink } from './reveal-range';

/** How many of a person's quotes a hover lists. */
const LISTED_QUOTES = 3;
const SNIPPET_LENGTH = 60;

function markdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = { enabledCommands: [REVEAL_RANGE_COMMAND] };
  return md;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const lineOf = (doc: vscode.TextDocument, offset: number): number => doc.positionAt(offset).line + 1;

function appendExplanation(md: vscode.MarkdownString, e: Explanation): void {
  md.appendMarkdown(`${esc(e.why)}\n\n`);
  md.appendMarkdown('A careful editor asks:\n\n');
  for (const ask of e.asks) md.appendMarkdown(`- ${esc(ask)}\n`);
  md.appendMarkdown('\n');
}

/** The first quotes, each a snippet with a link that reveals it. */
function appendQuoteLinks(md: vscode.MarkdownString, doc: vscode.TextDocument, quotes: Quote[]): void {
  if (!quotes.length) return;
  for (const q of quotes.slice(0, LISTED_QUOTES)) {
    md.appendMarkdown(`- ${esc(snippet(q.text, SNIPPET_LENGTH))} ([line ${lineOf(doc, q.start)}](${revealRangeLink(doc.uri, q.start, q.end)}))\n`);
  }
  if (quotes.length > LISTED_QUOTES) md.appendMarkdown(`- … and ${quotes.length - LISTED_QUOTES} more\n`);
  md.appendMarkdown('\n');
}

/** A person: name, title, affiliation, official or not, mentions, quotes (linked), title at first mention. */
export function personHover(doc: vscode.TextDocument, a: Analysis, index: number, md = markdown()): vscode.MarkdownString {
  const p = a.people[index];
  const role = [p.title, p.affiliation].filter((s): s is string => !!s).map(esc).join(', ');
  md.appendMarkdown(`**${esc(p.name)}**${role ? ` — ${role}` : ''}\n\n`);
  const quotes = quotesOf(a, index);
  md.appendMarkdown(`${p.official ? 'Official' : 'Not an official'} · ${plural(p.mentions.length, 'mention')} · ${plural(quotes.length, 'quote')}\n\n`);
  appendQuoteLinks(md, doc, quotes);
  md.appendMarkdown(p.titledAtFirstMention ? 'Title given at first mention' : '⚠ First mention has no title');
  return md;
}

/** A quote: who said it and through which cue, or why nobody is credited. */
export function quoteHover(doc: vscode.TextDocument, q: Quote): vscode.MarkdownString {
  const md = markdown();
  const what = q.partial ? 'Quoted phrase' : 'Quote';
  const s = q.speaker;
  if (s.kind === 'unknown') {
    md.appendMarkdown(`**${what}: unattributed**\n\n`);
    appendExplanation(md, EXPLANATIONS['unattributed-quote']);
  } else {
    const mention = s.start !== null && s.end !== null ? doc.getText(rangeOf(doc, { start: s.start, end: s.end })) : '';
    const name = s.name ?? mention;
    md.appendMarkdown(`**${what}** said by **${esc(name)}** (${SPEAKER_KIND_WORDS[s.kind]})\n\n`);
    if (mention && mention !== name) md.appendMarkdown(`Speaker mentioned here as “${esc(mention)}” (line ${lineOf(doc, s.start!)})\n\n`);
    const cue = q.cue ?? { kind: 'none' as const, text: '' };
    const words = esc(CUE_KIND_WORDS[cue.kind]);
    const shown = cueTextShown(cue);
    // An echoed quote below says where it is.
    const where = cue.kind === 'echo' && q.cue ? ` (line ${lineOf(doc, q.cue.start)})` : '';
    const how = shown === null ? words : `“${esc(shown)}”${where} — ${words}`;
    md.appendMarkdown(`How Attribution Lens knows: ${how}\n\n`);
  }
  if (q.unbalanced) md.appendMarkdown(`⚠ ${esc(EXPLANATIONS['unbalanced-quote'].why)}\n\n`);
  return md;
}

/** An anonymous or vague source: why it is flagged and what to ask. */
export function flaggedSourceHover(doc: vscode.TextDocument, a: Analysis, s: Source, e: Explanation): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown(`**${esc(e.title)}**: “${esc(s.text)}”\n\n`);
  const first = s.antecedent !== undefined ? a.sources[s.antecedent] : undefined;
  if (first) md.appendMarkdown(`Refers back to “${esc(first.text)}” ([line ${lineOf(doc, first.start)}](${revealRangeLink(doc.uri, first.start, first.end)}))\n\n`);
  if (s.kind === 'anonymous') {
    // The reason the article gives, here or where the source was first met ("…, speaking on condition of anonymity because …").
    const text = doc.getText();
    const here = statedAnonymityReason(text, s.start, s.end);
    const there = here === null && first ? statedAnonymityReason(text, first.start, first.end) : null;
    if (here !== null) md.appendMarkdown(`The article says why: “${esc(here)}”. The Quick Fix *Mark as intentionally anonymous…* offers it as the marker's reason.\n\n`);
    else if (there !== null) md.appendMarkdown(`Where the article first cites this source, it says why: “${esc(there)}”.\n\n`);
  }
  appendExplanation(md, e);
  return md;
}

/** An organization or media outlet credited as a source: what it is and the quotes credited to it. */
export function namedSourceHover(doc: vscode.TextDocument, a: Analysis, s: Source): vscode.MarkdownString {
  const md = markdown();
  const name = s.name ?? s.text;
  const quotes = a.quotes.filter((q) => q.speaker.kind === s.kind && q.speaker.name?.toLowerCase() === name.toLowerCase());
  md.appendMarkdown(`**${esc(name)}** — ${SOURCE_KIND_WORDS[s.kind]} · ${plural(quotes.length, 'quote')}\n\n`);
  appendQuoteLinks(md, doc, quotes);
  return md;
}

/** A finding with no source behind it (the engine's message and the explanation of its code). */
function findingHover(f: Finding): vscode.MarkdownString {
  const md = markdown();
  const e = EXPLANATIONS[f.code];
  md.appendMarkdown(`**${esc(e.title)}**: ${esc(f.message)}\n\n`);
  appendExplanation(md, e);
  return md;
}

export function provideArticleHover(doc: vscode.TextDocument, position: vscode.Position, analyses: ArticleAnalyses): vscode.Hover | undefined {
  const a = analyses.get(doc);
  if (!a) return undefined;
  const offset = doc.offsetAt(position);
  const at = personMentionAt(a, offset);
  if (at) return new vscode.Hover(personHover(doc, a, at.person), rangeOf(doc, at.mention));
  const source = sourceAt(a, offset);
  if (source?.person !== undefined && a.people[source.person]) {
    // A pronoun or other non-name mention the engine resolved to a person.
    const md = markdown();
    md.appendMarkdown(`“${esc(source.text)}” refers to\n\n`);
    return new vscode.Hover(personHover(doc, a, source.person, md), rangeOf(doc, source));
  }
  if (source && (source.kind === 'organization' || source.kind === 'media')) return new vscode.Hover(namedSourceHover(doc, a, source), rangeOf(doc, source));
  const explanation = source && sourceExplanation(source.kind);
  if (source && explanation) return new vscode.Hover(flaggedSourceHover(doc, a, source, explanation), rangeOf(doc, source));
  const finding = findingsAt(a, offset).find((f) => f.code === 'anonymous-source' || f.code === 'vague-attribution');
  if (finding) return new vscode.Hover(findingHover(finding), rangeOf(doc, finding));
  const quote = quoteAt(a, offset);
  if (quote) return new vscode.Hover(quoteHover(doc, quote), rangeOf(doc, quote));
  return undefined;
}

export function registerHovers(analyses: ArticleAnalyses): vscode.Disposable {
  return registerForArticles((selector) =>
    vscode.languages.registerHoverProvider(selector, {
      provideHover: (doc, position) => {
        try {
          return provideArticleHover(doc, position, analyses);
        } catch {
          return undefined; // a hover never breaks the editor
        }
      },
    }),
  );
}
