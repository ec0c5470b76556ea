/**
 * The workspace report as a file: Markdown (a table a person reads), JSON (the model, versioned)
 * or CSV (one row per article, for a spreadsheet). File names are data: escaped for Markdown,
 * quoted for CSV and kept from starting a spreadsheet formula. No `vscode` import (unit-tested).
 */
import { SEVERITIES } from './core/codes';
import { formatShare, reportHeadline, type WorkspaceReport } from './core/workspace-report';
import { escapeMarkdown } from './markdown-escape';

export type ExportFormat = 'markdown' | 'json' | 'csv';

export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string }> = {
  markdown: { label: 'Markdown', extension: 'md' },
  json: { label: 'JSON', extension: 'json' },
  csv: { label: 'CSV', extension: 'csv' },
};

export function isExportFormat(v: unknown): v is ExportFormat {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, v);
}

export function exportWorkspaceReport(report: WorkspaceReport, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify({ version: 1, ...report }, null, 2) + '\n';
  if (format === 'csv') return csv(report);
  return markdown(report);
}

const HEADERS = ['Article', 'Quotes', 'Named', 'Anonymous / vague', 'Anonymous share', 'Unattributed quotes', 'Errors', 'Warnings', 'Info', 'Hints'];

function markdown(report: WorkspaceReport): string {
  const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  const lines = ['# Workspace sourcing review', '', escapeMarkdown(reportHeadline(report)), ''];
  if (report.articles.length) {
    lines.push(row(HEADERS), row(HEADERS.map((_, i) => (i === 0 ? '---' : '---:'))));
    for (const r of report.articles) lines.push(row([escapeMarkdown(r.path), r.quotes, r.named, r.anonymous, formatShare(r.anonymousShare), r.unattributed, ...SEVERITIES.map((s) => r.problems[s])]));
    const t = report.totals;
    lines.push(row([`**Total (${t.articles})**`, t.quotes, t.named, t.anonymous, formatShare(t.anonymousShare), t.unattributed, ...SEVERITIES.map((s) => t.problems[s])]));
  } else lines.push('No article was reviewed.');
  if (report.houseRulesErrors.length) {
    lines.push('', '## Invalid house rules', '', 'The invalid parts use the defaults.', '');
    for (const e of report.houseRulesErrors) lines.push(`- ${escapeMarkdown(e.path)}: ${escapeMarkdown(e.message)}`);
  }
  if (report.skipped.length) {
    lines.push('', `## Skipped files (${report.skipped.length})`, '');
    for (const s of report.skipped) lines.push(`- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.reason)}`);
  }
  return lines.join('\n') + '\n';
}

/** A CSV field: quoted when needed (RFC 4180); a leading `=`, `+`, `-`, `@` is defused with `'`. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(report: WorkspaceReport): string {
  const lines = [HEADERS.map(csvField).join(',')];
  for (const r of report.articles) {
    lines.push([r.path, r.quotes, r.named, r.anonymous, Math.round(r.anonymousShare * 10000) / 10000, r.unattributed, ...SEVERITIES.map((s) => r.problems[s])].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
