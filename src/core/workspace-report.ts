/**
 * The workspace report: one row per reviewed article (its quotes, who they are from, and its
 * problems after review), ranked so the articles that lean most on anonymous or vague sources
 * come first, with totals and the files the review skipped (and why). Pure: the model and its
 * HTML body (every file name and reason escaped); the extension adds the page around it.
 */
import { SEVERITIES } from './codes';
import { escapeHtml } from './html-escape';
import type { ReviewSummary } from './summary';
import type { Severity } from './types';

export interface ArticleRow {
  /** As shown: relative to the workspace folder. */
  path: string;
  /** The file's URI (string form), to open it. */
  uri: string;
  quotes: number;
  /** Quotes from a named speaker (a person, an organization or an outlet). */
  named: number;
  /** Quotes from an anonymous source or vague sourcing (“critics said”). */
  anonymous: number;
  /** anonymous / quotes (0 without quotes). */
  anonymousShare: number;
  unattributed: number;
  /** Problems after review (markers, house rules and settings), by severity. */
  problems: Record<Severity, number>;
  /** Reviewed from an open editor's text (maybe unsaved) rather than from the file. */
  live: boolean;
}

export interface SkippedFile {
  path: string;
  uri: string;
  reason: string;
}

/** An error in a house-rules file: the files below it were reviewed with the defaults for the invalid parts. */
export interface HouseRulesError {
  /** The `.attributionlens.json`, as shown. */
  path: string;
  /** Where and what: `line 1, column 2: Invalid JSON: …`. */
  message: string;
}

/** The rows' counts summed; `anonymousShare` is all anonymous or vague quotes / all quotes. */
export interface ReportTotals extends Pick<ArticleRow, 'quotes' | 'named' | 'anonymous' | 'anonymousShare' | 'unattributed' | 'problems'> {
  articles: number;
}

export interface WorkspaceReport {
  /** Ranked: highest anonymous share first, then most unattributed quotes, then by path. */
  articles: ArticleRow[];
  skipped: SkippedFile[];
  houseRulesErrors: HouseRulesError[];
  totals: ReportTotals;
  /** Files the review found (articles + skipped + those not reached when cancelled). */
  found: number;
  /** True when the review was cancelled: the report holds what was done by then. */
  cancelled: boolean;
}

/** The row of a reviewed article. */
export function articleRow(path: string, uri: string, summary: ReviewSummary, live = false): ArticleRow {
  const anonymous = summary.anonymousQuotes + summary.vagueQuotes;
  return {
    path,
    uri,
    quotes: summary.quotes,
    named: summary.quotes - anonymous - summary.unattributedQuotes,
    anonymous,
    anonymousShare: summary.anonymousShare,
    unattributed: summary.unattributedQuotes,
    problems: { ...summary.findings },
    live,
  };
}

/** Highest anonymous share first, then most unattributed quotes, then by path. */
export function rankArticles(rows: readonly ArticleRow[]): ArticleRow[] {
  return [...rows].sort((a, b) => b.anonymousShare - a.anonymousShare || b.unattributed - a.unattributed || compare(a.path, b.path));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const noProblems = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0, hint: 0 });

export function totalsOf(rows: readonly ArticleRow[]): ReportTotals {
  const t: ReportTotals = { articles: rows.length, quotes: 0, named: 0, anonymous: 0, anonymousShare: 0, unattributed: 0, problems: noProblems() };
  for (const r of rows) {
    t.quotes += r.quotes;
    t.named += r.named;
    t.anonymous += r.anonymous;
    t.unattributed += r.unattributed;
    for (const s of SEVERITIES) t.problems[s] += r.problems[s];
  }
  t.anonymousShare = t.quotes ? t.anonymous / t.quotes : 0;
  return t;
}

export interface ReportParts {
  articles: readonly ArticleRow[];
  skipped: readonly SkippedFile[];
  houseRulesErrors?: readonly HouseRulesError[];
  found: number;
  cancelled: boolean;
}

export function workspaceReport(parts: ReportParts): WorkspaceReport {
  return {
    articles: rankArticles(parts.articles),
    skipped: [...parts.skipped].sort((a, b) => compare(a.path, b.path)),
    houseRulesErrors: [...(parts.houseRulesErrors ?? [])],
    totals: totalsOf(parts.articles),
    found: parts.found,
    cancelled: parts.cancelled,
  };
}

/** `42.9%` (one decimal). */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' };

/** One line saying what the review covered. */
export function reportHeadline(report: WorkspaceReport): string {
  const n = report.articles.length;
  const articles = `${n} article${n === 1 ? '' : 's'} reviewed`;
  const skipped = report.skipped.length ? `, ${report.skipped.length} skipped` : '';
  const cancelled = report.cancelled ? ` — cancelled after ${n + report.skipped.length} of ${report.found} files` : '';
  return `${articles}${skipped}${cancelled}.`;
}

/**
 * The report's HTML body. An article's link carries its row index (`data-article`), never its
 * path or URI: the page's script sends the index back and the extension opens that row's file.
 */
export function workspaceReportBody(report: WorkspaceReport): string {
  const num = (n: number) => `<td class="num">${n}</td>`;
  const problems = (p: Record<Severity, number>) => SEVERITIES.map((s) => `<td class="num severity-${s}">${p[s]}</td>`).join('');
  const head = [
    '<tr>',
    '<th scope="col">Article</th>',
    '<th scope="col" class="num">Quotes</th>',
    '<th scope="col" class="num">Named</th>',
    '<th scope="col" class="num">Anonymous / vague</th>',
    '<th scope="col" class="num">Anonymous share</th>',
    '<th scope="col" class="num">Unattributed quotes</th>',
    ...SEVERITIES.map((s) => `<th scope="col" class="num severity-${s}">${SEVERITY_LABEL[s]}</th>`),
    '</tr>',
  ].join('');
  const rows = report.articles.map((r, i) =>
    [
      '<tr>',
      `<th scope="row"><a href="#" class="article" data-article="${i}" title="${escapeHtml(r.path)}">${escapeHtml(r.path)}</a>${r.live ? ' <span class="live" title="Reviewed from the open editor">(open)</span>' : ''}</th>`,
      num(r.quotes),
      num(r.named),
      num(r.anonymous),
      `<td class="num share">${formatShare(r.anonymousShare)}</td>`,
      num(r.unattributed),
      problems(r.problems),
      '</tr>',
    ].join(''),
  );
  const t = report.totals;
  const totals = ['<tr>', `<th scope="row">Total (${t.articles})</th>`, num(t.quotes), num(t.named), num(t.anonymous), `<td class="num share">${formatShare(t.anonymousShare)}</td>`, num(t.unattributed), problems(t.problems), '</tr>'].join('');
  const table = report.articles.length
    ? `<table class="articles">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n<tfoot>${totals}</tfoot>\n</table>`
    : '<p class="empty">No article was reviewed.</p>';
  const errors = report.houseRulesErrors.length
    ? `<section class="house-rules-errors" role="alert">\n<h2>Invalid house rules</h2>\n<p>The invalid parts use the defaults.</p>\n<ul>\n${report.houseRulesErrors.map((e) => `<li><span class="path">${escapeHtml(e.path)}</span>: ${escapeHtml(e.message)}</li>`).join('\n')}\n</ul>\n</section>`
    : '';
  const skipped = report.skipped.length
    ? `<section class="skipped">\n<h2>Skipped files (${report.skipped.length})</h2>\n<ul>\n${report.skipped.map((s) => `<li><span class="path">${escapeHtml(s.path)}</span>: ${escapeHtml(s.reason)}</li>`).join('\n')}\n</ul>\n</section>`
    : '';
  return [
    '<header>',
    '<h1>Workspace sourcing review</h1>',
    `<p class="headline${report.cancelled ? ' cancelled' : ''}">${escapeHtml(reportHeadline(report))}</p>`,
    '<div class="actions">',
    '<button type="button" data-action="review" title="The report is what the files held when it was made: review them again">Review Again</button>',
    '<button type="button" data-export="markdown">Export Markdown</button>',
    '<button type="button" data-export="json">Export JSON</button>',
    '<button type="button" data-export="csv">Export CSV</button>',
    '</div>',
    '</header>',
    '<main>',
    errors,
    table,
    skipped,
    '</main>',
  ].join('\n');
}
