/** The CLI's readable report of one analysed file. */
import type { Analysis } from '../core/types';
import { LineIndex } from '../core/position';
import { snippet } from '../core/snippet';

export function textReport(path: string, text: string, a: Analysis): string {
  const lines = new LineIndex(text);
  const where = (o: number) => {
    const p = lines.at(o);
    return `${p.line}:${p.column}`;
  };
  const out: string[] = [];
  const anonymous = a.sources.filter((s) => s.kind === 'anonymous').length;
  const vague = a.sources.filter((s) => s.kind === 'vague').length;
  out.push(`${path}`);
  out.push(`  ${a.quotes.length} quotes · ${a.people.length} people (${a.people.filter((p) => p.official).length} officials) · ${anonymous} anonymous · ${vague} vague`);
  if (a.quotes.length) {
    out.push('  Quotes');
    for (const q of a.quotes) {
      const who = q.speaker.kind === 'unknown' ? 'UNATTRIBUTED' : `${q.speaker.name ?? text.slice(q.speaker.start!, q.speaker.end!)} [${q.speaker.kind}]`;
      out.push(`    ${where(q.start).padEnd(8)} ${snippet(q.text, 70)}  — ${who}${q.partial ? ' (partial)' : ''}`);
    }
  }
  if (a.people.length) {
    out.push('  People');
    for (const p of a.people) {
      const role = [p.title, p.affiliation].filter(Boolean).join(', ');
      out.push(`    ${p.official ? '★' : '·'} ${p.name}${role ? ` — ${role}` : ''} (${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'})`);
    }
  }
  if (a.findings.length) {
    out.push('  Findings');
    for (const f of a.findings) out.push(`    ${where(f.start).padEnd(8)} ${f.severity.padEnd(7)} ${f.code.padEnd(20)} ${snippet(f.message, 100)}`);
  }
  return out.join('\n');
}
