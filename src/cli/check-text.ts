/** `check --format text`: one line per finding (`path:line:col: severity code message`), then a summary. */
import { LineIndex } from '../core/position';
import type { Severity } from '../core/types';
import { percent, type CheckedFile } from './check';

export function checkTextReport(files: CheckedFile[], run: { failOn: Severity; failingFindings: number }): string {
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let suppressed = 0;
  for (const f of files) {
    const lines = new LineIndex(f.text);
    for (const x of f.review.findings) {
      const p = lines.at(x.start);
      out.push(`${f.path}:${p.line}:${p.column}: ${x.severity} ${x.code} ${x.message}`);
      totals[x.severity]++;
    }
    suppressed += f.review.suppressed.length;
  }
  if (out.length) out.push('');
  for (const f of files) {
    const s = f.review.summary;
    const parts = [`${s.quotes} quote${s.quotes === 1 ? '' : 's'}`];
    if (s.quotes) parts.push(`${s.anonymousQuotes + s.vagueQuotes} from anonymous or vague speakers (${percent(s.anonymousShare)})`);
    if (s.anonymousSources) parts.push(`${s.anonymousSources} anonymous source${s.anonymousSources === 1 ? '' : 's'} (${s.explainedAnonymousSources} explained)`);
    if (s.vagueSources) parts.push(`${s.vagueSources} vague`);
    parts.push(`${f.review.findings.length} finding${f.review.findings.length === 1 ? '' : 's'}`);
    out.push(`${f.path}: ${parts.join(', ')}`);
    if (f.overLimit) out.push(`${f.path}: anonymous share ${percent(s.anonymousShare)} is over the limit of ${percent(f.maxAnonymousShare!)}`);
  }
  const count = Object.values(totals).reduce((a, b) => a + b, 0);
  const bySeverity = (['error', 'warning', 'info', 'hint'] as const)
    .filter((k) => totals[k])
    .map((k) => `${totals[k]} ${k}${totals[k] === 1 || k === 'info' ? '' : 's'}`)
    .join(', ');
  const overLimit = files.filter((f) => f.overLimit).length;
  let last = `${count} finding${count === 1 ? '' : 's'}${count ? ` (${bySeverity})` : ''} in ${files.length} file${files.length === 1 ? '' : 's'}`;
  if (suppressed) last += `; ${suppressed} suppressed`;
  if (run.failingFindings) last += `; ${run.failingFindings} at or above --fail-on ${run.failOn}`;
  if (overLimit) last += `; ${overLimit} file${overLimit === 1 ? '' : 's'} over the anonymous-share limit`;
  out.push(last);
  return out.join('\n') + '\n';
}
