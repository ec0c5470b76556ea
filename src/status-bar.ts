/**
 * The status bar item of the active article: `$(quote) 10 quotes · 6 named · 2 anonymous · 3 vague`,
 * with a tooltip that defines the counts and breaks them down. Hidden when the active editor is
 * not an article. Clicking it opens the Sources view (or, without one, the analysis report).
 * For an article over the limits it says why it was not analysed (`$(warning) Attribution Lens:
 * not analysed (4.2 MB > 2 MB)`), and clicking it runs "Analyze Anyway".
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import { type AttributionSummary, summarize } from './attribution-summary';
import { escapeMarkdown as esc } from './markdown-escape';
import { ANALYZE_ANYWAY_COMMAND } from './analyze-anyway';
import type { LimitReason } from './document-limits';

export const FOCUS_SOURCES_COMMAND = 'attributionLens.focusSources';
/** The view container of the Sources view (contributed with the sidebar). */
const SOURCES_CONTAINER_COMMAND = 'workbench.view.extension.attributionLens';
const SHOW_ANALYSIS_COMMAND = 'attributionLens.showAnalysis';
/** How many names a tooltip line lists. */
const LISTED_NAMES = 8;

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

export function statusText(s: AttributionSummary): string {
  return `$(quote) ${plural(s.quotes, 'quote')} · ${s.named.length} named · ${s.anonymous.length} anonymous · ${s.vague.length} vague`;
}

/** `label: name, name, …` (names escaped), or just the label for an empty list. */
function listed(label: string, list: string[]): string {
  if (!list.length) return label;
  const shown = list.slice(0, LISTED_NAMES).map(esc).join(', ');
  return `${label}: ${shown}${list.length > LISTED_NAMES ? `, … (${list.length - LISTED_NAMES} more)` : ''}`;
}

export function statusTooltip(s: AttributionSummary): vscode.MarkdownString {
  const by = s.quotesBy;
  const named = (k: 'person' | 'organization' | 'media') => s.named.filter((n) => n.kind === k).map((n) => n.name);
  const people = named('person');
  const organizations = named('organization');
  const media = named('media');
  const lines = [
    '**Attribution Lens**',
    '',
    `- **${plural(s.quotes, 'quote')}**: ${by.person} from people, ${by.organization} from organizations, ${by.media} from media, ${by.anonymous} from anonymous sources, ${by.unknown} unattributed (${s.partialQuotes} partial)`,
    `- **${s.named.length} named** = distinct people, organizations and media outlets credited with a quote or claim: ` +
      [listed(`${plural(people.length, 'person', 'people')} (${plural(s.officials, 'official')})`, people), listed(plural(organizations.length, 'organization'), organizations), listed(`${media.length} media`, media)].join('; '),
    `- ${listed(`**${s.anonymous.length} anonymous** = distinct unnamed sources (a later “the official” counts once)`, s.anonymous)}`,
    `- ${listed(`**${s.vague.length} vague** = attributions to no one in particular (“media reports”, “critics say”)`, s.vague)}`,
    `- Findings: ${plural(s.warnings, 'warning')}, ${s.infos} info`,
    '',
    'Click to open the Sources view.',
  ];
  return new vscode.MarkdownString(lines.join('\n'));
}

export function limitText(reason: LimitReason): string {
  return `$(warning) Attribution Lens: not analysed (${reason.short})`;
}

export function limitTooltip(reason: LimitReason): vscode.MarkdownString {
  return new vscode.MarkdownString(
    ['**Attribution Lens: not analysed**', '', esc(reason.detail), '', 'Such documents are not analysed as you type. Click to analyse this one anyway (until it is closed).'].join('\n'),
  );
}

/** The status bar item; `text` is what it shows, undefined while hidden. */
export interface ArticleStatusBar extends vscode.Disposable {
  readonly text: string | undefined;
  readonly tooltip: string | undefined;
}

export function registerStatusBar(analyses: ArticleAnalyses): ArticleStatusBar {
  const item = vscode.window.createStatusBarItem('attributionLens.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Attribution Lens';
  item.command = FOCUS_SOURCES_COMMAND;
  let shown = false;

  /** `analyse: false` shows only what is cached (during activation the engine does not run). */
  const update = (analyse = true): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const analysis = doc && (analyse ? analyses.get(doc) : analyses.peek(doc));
    if (!analysis) {
      item.hide();
      shown = false;
      return;
    }
    const limited = analyses.limitReason(doc);
    if (limited) {
      item.text = limitText(limited);
      item.tooltip = limitTooltip(limited);
      item.command = ANALYZE_ANYWAY_COMMAND;
    } else {
      const summary = summarize(analysis);
      item.text = statusText(summary);
      item.tooltip = statusTooltip(summary);
      item.command = FOCUS_SOURCES_COMMAND;
    }
    item.show();
    shown = true;
  };

  // Resolves to what it opened: 'sources' (the Sources view) or 'analysis' (the report).
  const focus = vscode.commands.registerCommand(FOCUS_SOURCES_COMMAND, async (): Promise<'sources' | 'analysis'> => {
    try {
      await vscode.commands.executeCommand(SOURCES_CONTAINER_COMMAND);
      return 'sources';
    } catch {
      // No Sources view (yet): the analysis report says the same in full.
      await vscode.commands.executeCommand(SHOW_ANALYSIS_COMMAND);
      return 'analysis';
    }
  });

  const subscriptions = [
    item,
    focus,
    vscode.window.onDidChangeActiveTextEditor(() => update()),
    analyses.onDidUpdate((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) update();
    }),
    analyses.onDidChangeSettings(() => update()),
    analyses.onDidClose(() => update()),
  ];
  // Open articles are analysed just after activation; their update shows the item.
  update(false);

  return {
    get text() {
      return shown ? item.text : undefined;
    },
    get tooltip() {
      if (!shown) return undefined;
      const t = item.tooltip;
      return typeof t === 'string' ? t : t?.value;
    },
    dispose: () => {
      for (const d of subscriptions) d.dispose();
    },
  };
}
