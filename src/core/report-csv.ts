/**
 * The quotes of a sourcing report as CSV (RFC 4180): one row per quote with the columns
 * `start,end,line,text,speaker kind,speaker name,partial`, CRLF line ends, a field quoted when it
 * holds a comma, a double quote or a line break (double quotes doubled). A cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading `'`, so an article cannot inject a formula.
 */
import type { SourcingReportModel } from './sourcing-report';

export const QUOTES_CSV_HEADER = ['start', 'end', 'line', 'text', 'speaker kind', 'speaker name', 'partial'];

/** One field: formula guard first, then RFC 4180 quoting. */
export function csvCell(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Array<string | number | boolean | null>): string {
  return cells.map(csvCell).join(',');
}

export function quotesCsv(m: SourcingReportModel): string {
  const rows = m.quotes.map((q) => csvRow([q.start, q.end, q.line, q.text, q.speakerKind === 'unknown' ? 'unattributed' : q.speakerKind, q.speakerName, q.partial]));
  return [csvRow(QUOTES_CSV_HEADER), ...rows].map((r) => `${r}\r\n`).join('');
}
