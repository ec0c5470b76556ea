/**
 * The sourcing report's charts as inline SVG: quoted words per speaker (horizontal bars) and the
 * share of quotes from named, anonymous, vague and unattributed speakers (one stacked bar).
 * Geometry is in attributes (the webview's CSP forbids inline styles); colours come from the
 * classes (`kind-person`, …), which media/report.css maps to the theme's chart colours. Every
 * label is escaped article text.
 */
import { escapeHtml } from './html-escape';
import type { ReportSummary } from './sourcing-report';
import { formatShare, speakerLabel } from './sourcing-report';
import { snippet } from './snippet';
import type { SpeakerShare } from './summary';

const WIDTH = 480;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 70;
const BAR_HEIGHT = 16;
const ROW_HEIGHT = 24;
/** Bars shown; the rest are summed into one "others" row. */
const MAX_BARS = 12;

const round = (n: number): number => Math.round(n * 10) / 10;

/** Quoted words per speaker, one bar per speaker (longest first), scaled to the largest. */
export function speakerChart(speakers: SpeakerShare[]): string {
  if (!speakers.length) return '';
  const rows = speakers.slice(0, MAX_BARS).map((s) => ({ kind: s.kind as string, label: speakerLabel(s), words: s.words, share: s.share }));
  const rest = speakers.slice(MAX_BARS);
  if (rest.length) rows.push({ kind: 'other', label: `${rest.length} more speakers`, words: rest.reduce((n, s) => n + s.words, 0), share: rest.reduce((n, s) => n + s.share, 0) });
  const max = Math.max(1, ...rows.map((r) => r.words));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = rows.length * ROW_HEIGHT;
  const bars = rows.map((r, i) => {
    const y = i * ROW_HEIGHT;
    const w = round((r.words / max) * barSpace);
    const label = escapeHtml(snippet(r.label, 26));
    return [
      `<g class="bar kind-${r.kind}">`,
      `<title>${escapeHtml(r.label)}: ${r.words} words (${formatShare(r.share)})</title>`,
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT - 4}" text-anchor="end">${label}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${Math.max(w, 1)}" height="${BAR_HEIGHT}" rx="2"></rect>`,
      `<text class="value" x="${LABEL_WIDTH + Math.max(w, 1) + 6}" y="${y + BAR_HEIGHT - 4}">${r.words} (${formatShare(r.share)})</text>`,
      '</g>',
    ].join('');
  });
  return `<svg class="chart speakers-chart" role="img" aria-label="Quoted words per speaker" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${bars.join('')}</svg>`;
}

/** The quotes by who spoke them, as one bar split into named, anonymous, vague and unattributed. */
export function shareChart(s: ReportSummary): string {
  if (!s.quotes) return '';
  const parts = [
    { kind: 'named', label: 'Named', n: s.namedQuotes },
    { kind: 'anonymous', label: 'Anonymous', n: s.anonymousQuotes },
    { kind: 'vague', label: 'Vague', n: s.vagueQuotes },
    { kind: 'unknown', label: 'Unattributed', n: s.unattributedQuotes },
  ];
  let x = 0;
  const segments = parts
    .filter((p) => p.n > 0)
    .map((p) => {
      const w = round((p.n / s.quotes) * WIDTH);
      const seg = `<rect class="segment kind-${p.kind}" x="${round(x)}" y="0" width="${w}" height="${BAR_HEIGHT + 4}"><title>${p.label}: ${p.n} of ${s.quotes} quotes (${formatShare(p.n / s.quotes)})</title></rect>`;
      x += w;
      return seg;
    });
  // The legend in two columns of two rows.
  const legend = parts.map((p, i) => {
    const lx = (i % 2) * (WIDTH / 2);
    const ly = 30 + Math.floor(i / 2) * 18;
    return `<g class="legend kind-${p.kind}"><rect x="${lx}" y="${ly}" width="10" height="10"></rect><text x="${lx + 14}" y="${ly + 9}">${p.label}: ${p.n} of ${s.quotes} (${formatShare(p.n / s.quotes)})</text></g>`;
  });
  return `<svg class="chart share-chart" role="img" aria-label="Quotes by named, anonymous, vague and unattributed speakers" viewBox="0 0 ${WIDTH} 66" width="${WIDTH}" height="66">${segments.join('')}${legend.join('')}</svg>`;
}
