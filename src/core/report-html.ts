/**
 * The body of the sourcing report webview, as HTML. Every piece of article text goes through
 * `escapeHtml`; links back to the text are `<a href="#" data-start data-end>` elements that
 * media/report.js turns into messages (no inline handlers, no URLs built from article text).
 * The page around it (CSP, nonce, styles, scripts) is webview-page.ts's job.
 */
import { escapeHtml as esc } from './html-escape';
import { shareChart, speakerChart } from './report-charts';
import { formatShare, speakerLabel, type ReportPlace, type SourcingReportModel } from './sourcing-report';
import { snippet } from './snippet';

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** A link that reveals `place` in the article; `text` is plain text (escaped here). */
function link(place: ReportPlace, text: string, cls = ''): string {
  return `<a href="#" class="reveal${cls ? ` ${cls}` : ''}" data-start="${place.start}" data-end="${place.end}" title="Line ${place.line}, column ${place.column}">${esc(text)}</a>`;
}

const where = (p: ReportPlace): string => link(p, `${p.line}:${p.column}`, 'where');

function section(id: string, heading: string, content: string, empty: string): string {
  return `<section id="${id}"><h2>${esc(heading)}</h2>${content || `<p class="empty">${esc(empty)}</p>`}</section>`;
}

function table(head: string[], rows: string[][], cls: string): string {
  if (!rows.length) return '';
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table class="${cls}"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function summarySection(m: SourcingReportModel): string {
  const s = m.summary;
  const p = s.problems;
  const item = (label: string, value: string, cls = '') => `<div class="stat${cls ? ` ${cls}` : ''}"><dt>${esc(label)}</dt><dd>${esc(value)}</dd></div>`;
  const stats = [
    item('Quotes', `${s.quotes}${s.partialQuotes ? ` (${s.partialQuotes} partial)` : ''}`),
    item('Unattributed quotes', String(s.unattributedQuotes), s.unattributedQuotes ? 'alert' : ''),
    item('Named sources', `${s.namedSources} (${plural(s.officials, 'official')})`),
    item('Anonymous sources', `${s.anonymousSources}${s.anonymousSources ? ` (${s.explainedAnonymousSources} with a reason)` : ''}`),
    item('Vague attributions', String(s.vagueSources)),
    item('Anonymous share', `${formatShare(s.anonymousShare)} of quotes`),
    item('Quoted words', String(s.quotedWords)),
    item('Problems', `${p.error} errors, ${p.warning} warnings, ${p.info} info, ${p.hint} hints`),
  ];
  return `<section id="summary"><h2>Summary</h2><dl class="stats">${stats.join('')}</dl>${shareChart(s)}</section>`;
}

function speakersSection(m: SourcingReportModel): string {
  const rows = m.speakers.map((s) => [`<span class="kind kind-${s.kind}">${esc(s.kind === 'unknown' ? 'unattributed' : s.kind)}</span> ${esc(speakerLabel(s))}`, String(s.quotes), String(s.words), esc(formatShare(s.share))]);
  const content = rows.length ? speakerChart(m.speakers) + table(['Speaker', 'Quotes', 'Words', 'Share'], rows, 'speakers') : '';
  return section('speakers', 'Quoted words by speaker', content, 'The article quotes no one.');
}

function quotesSection(m: SourcingReportModel): string {
  const rows = m.quotes.map((q) => [
    where(q),
    link(q, snippet(q.text, 140), 'quote') + (q.partial ? ' <span class="note">(partial)</span>' : ''),
    `<span class="kind kind-${q.speakerKind}">${esc(q.speakerKind === 'unknown' ? 'unattributed' : q.speakerKind)}</span> ${esc(speakerLabel({ kind: q.speakerKind, name: q.speakerName }))}`,
  ]);
  return section('quotes', `Quotes (${m.quotes.length})`, table(['Where', 'Quote', 'Speaker'], rows, 'quotes'), 'No quotes.');
}

function peopleSection(id: string, heading: string, people: SourcingReportModel['people'], empty: string): string {
  const rows = people.map((p) => [
    link(p, p.name, 'name'),
    esc(p.title ?? '—') + (p.title && !p.titledAtFirstMention ? ' <span class="note">(not at first mention)</span>' : ''),
    esc(p.affiliation ?? '—'),
    String(p.mentions),
    String(p.quotes),
  ]);
  return section(id, heading, table(['Name', 'Title', 'Affiliation', 'Mentions', 'Quotes'], rows, 'people'), empty);
}

function anonymousSection(m: SourcingReportModel): string {
  const items = m.anonymousSources.map((a) => {
    const stated = a.statedReason !== null ? `; the article says: “${esc(a.statedReason)}”` : '';
    const reason = a.reason !== null ? `<span class="reason">Reason: ${esc(a.reason)}</span>` : `<span class="reason missing">No reason recorded${stated} (add <code>attribution-lens-anonymous: REASON</code>)</span>`;
    const more = a.mentions > 1 ? ` <span class="note">(${plural(a.mentions, 'mention')})</span>` : '';
    return `<li>${where(a)} ${link(a, `“${snippet(a.text, 80)}”`, 'source')}${more}<br>${reason}</li>`;
  });
  return section('anonymous', 'Anonymous sources', items.length ? `<ul class="sources">${items.join('')}</ul>` : '', 'No anonymous sources.');
}

function vagueSection(m: SourcingReportModel): string {
  const items = m.vagueSources.map((v) => `<li>${where(v)} ${link(v, `“${snippet(v.text, 80)}”`, 'source')}</li>`);
  return section('vague', 'Vague attributions', items.length ? `<ul class="sources">${items.join('')}</ul>` : '', 'No vague attributions.');
}

function problemsSection(m: SourcingReportModel): string {
  const rows = m.problems.map((p) => [`<span class="severity severity-${p.severity}">${esc(p.severity)}</span>`, where(p), esc(p.message), `<code>${esc(p.code)}</code>`]);
  return section('problems', `Problems (${m.problems.length})`, table(['Severity', 'Where', 'Problem', 'Code'], rows, 'problems'), 'No problems.');
}

/** The report of one article. */
export function sourcingReportHtml(m: SourcingReportModel): string {
  return [
    `<header><h1>Sourcing report</h1><p class="path">${esc(m.path)}</p></header>`,
    '<main>',
    summarySection(m),
    speakersSection(m),
    quotesSection(m),
    peopleSection('officials', 'Officials', m.officials, 'No named officials.'),
    peopleSection('people', 'Other people', m.people, 'No other people named.'),
    anonymousSection(m),
    vagueSection(m),
    problemsSection(m),
    '</main>',
  ].join('\n');
}

/** A page that only says something (no article, or the article was closed). */
export function reportMessageHtml(heading: string, message: string): string {
  return `<header><h1>${esc(heading)}</h1></header><main><p class="message">${esc(message)}</p></main>`;
}
