/**
 * The sourcing report as Markdown, to attach to a story: summary, speakers, officials and other
 * people, anonymous sources with their recorded reasons, vague attributions and the problems
 * with `line:column`. Article text is escaped (`escapeMarkdown`), so a name or a quote can never
 * become a link, an image, HTML or a broken table row.
 */
import { escapeMarkdown as md } from './markdown-escape';
import { formatShare, speakerLabel, type ReportPerson, type SourcingReportModel } from './sourcing-report';

function table(head: string[], align: Array<'l' | 'r'>, rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function people(heading: string, list: ReportPerson[], empty: string): string[] {
  const rows = list.map((p) => [md(p.name), md(p.title ?? '—'), md(p.affiliation ?? '—'), String(p.mentions), String(p.quotes), `${p.line}:${p.column}`]);
  return [`## ${heading}`, '', ...(rows.length ? table(['Name', 'Title', 'Affiliation', 'Mentions', 'Quotes', 'First mention'], ['l', 'l', 'l', 'r', 'r', 'r'], rows) : [empty]), ''];
}

export function sourcingReportMarkdown(m: SourcingReportModel): string {
  const s = m.summary;
  const p = s.problems;
  const out: string[] = [`# Sourcing report: ${md(m.path)}`, ''];
  out.push(
    '## Summary',
    '',
    `- Quotes: ${s.quotes}${s.partialQuotes ? ` (${s.partialQuotes} partial)` : ''}`,
    `- Quotes by speaker: ${s.namedQuotes} named, ${s.anonymousQuotes} anonymous, ${s.vagueQuotes} vague, ${s.unattributedQuotes} unattributed`,
    `- Anonymous share: ${formatShare(s.anonymousShare)} of quotes`,
    `- Quoted words: ${s.quotedWords}`,
    `- Named sources: ${s.namedSources} (${s.officials} officials)`,
    `- Anonymous sources: ${s.anonymousSources} (${s.explainedAnonymousSources} with a reason)`,
    `- Vague attributions: ${s.vagueSources}`,
    `- Problems: ${p.error} errors, ${p.warning} warnings, ${p.info} info, ${p.hint} hints`,
    '',
  );
  out.push('## Quoted words by speaker', '');
  const speakers = m.speakers.map((sp) => [md(speakerLabel(sp)), sp.kind === 'unknown' ? 'unattributed' : sp.kind, String(sp.quotes), String(sp.words), formatShare(sp.share)]);
  out.push(...(speakers.length ? table(['Speaker', 'Kind', 'Quotes', 'Words', 'Share'], ['l', 'l', 'r', 'r', 'r'], speakers) : ['The article quotes no one.']), '');
  out.push(...people('Officials', m.officials, 'No named officials.'));
  out.push(...people('Other people', m.people, 'No other people named.'));
  out.push('## Anonymous sources', '');
  if (!m.anonymousSources.length) out.push('No anonymous sources.');
  for (const a of m.anonymousSources) {
    const mentions = a.mentions > 1 ? ` (${a.mentions} mentions)` : '';
    const stated = a.statedReason !== null ? ` (the article says: “${md(a.statedReason)}”)` : '';
    out.push(`- ${a.line}:${a.column} “${md(a.text)}”${mentions}: ${a.reason !== null ? `reason: ${md(a.reason)}` : `**no reason recorded**${stated}`}`);
  }
  out.push('', '## Vague attributions', '');
  if (!m.vagueSources.length) out.push('No vague attributions.');
  for (const v of m.vagueSources) out.push(`- ${v.line}:${v.column} “${md(v.text)}”`);
  out.push('', `## Problems (${m.problems.length})`, '');
  const problems = m.problems.map((x) => [`${x.line}:${x.column}`, x.severity, `\`${x.code}\``, md(x.message)]);
  out.push(...(problems.length ? table(['Where', 'Severity', 'Code', 'Problem'], ['r', 'l', 'l', 'l'], problems) : ['No problems.']), '');
  return out.join('\n');
}
