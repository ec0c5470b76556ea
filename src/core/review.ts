/**
 * The review of an analysis: the engine's findings after the article's control markers
 * (markers.ts) and the house rules' severity overrides, the anonymous sources the article
 * marks as intentional (with their reasons), and the summary metrics (summary.ts).
 * Pure: the same call serves the CLI, diagnostics and reports.
 */
import type { Analysis, Finding, FindingCode, Severity, Span } from './types';
import type { SeveritySetting } from './codes';
import { MarkerIndex, parseMarkers, type Directive, type MarkerSet } from './markers';
import { summarize, type ReviewSummary } from './summary';

export interface ReviewRules {
  /** Per-code severity, or `off` to drop the code's findings. */
  severity?: Partial<Record<FindingCode, SeveritySetting>>;
}

/** An anonymous source the article marks as intentional with `attribution-lens-anonymous: REASON`. */
export interface AnonymityReason {
  /** Index into `Analysis.sources`. */
  source: number;
  reason: string;
  directive: Directive;
}

export type SuppressedBy = 'severity-off' | 'marker' | 'anonymity-reason';

export interface SuppressedFinding {
  finding: Finding;
  by: SuppressedBy;
  /** The marker responsible (for `marker` and `anonymity-reason`). */
  directive?: Directive;
}

export interface Review {
  /** The findings that remain, with their final severity, in text order. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  reasons: AnonymityReason[];
  markers: MarkerSet;
  summary: ReviewSummary;
}

export function reviewFindings(analysis: Analysis, text: string, rules: ReviewRules = {}): Review {
  const markers = parseMarkers(text);
  const index = new MarkerIndex(text, markers);
  const reasons = anonymityReasons(analysis, index);
  const reasonBySpan = new Map<string, AnonymityReason>();
  for (const r of reasons) {
    const s = analysis.sources[r.source];
    reasonBySpan.set(`${s.start}:${s.end}`, r);
  }
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of analysis.findings) {
    const setting = rules.severity?.[f.code];
    if (setting === 'off') {
      suppressed.push({ finding: f, by: 'severity-off' });
      continue;
    }
    const directive = index.suppressing(f.code, f.start);
    if (directive) {
      suppressed.push({ finding: f, by: 'marker', directive });
      continue;
    }
    const reason = f.code === 'anonymous-source' ? reasonBySpan.get(`${f.start}:${f.end}`) : undefined;
    if (reason) {
      suppressed.push({ finding: f, by: 'anonymity-reason', directive: reason.directive });
      continue;
    }
    findings.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return { findings, suppressed, reasons, markers, summary: summarize(analysis, findings, reasons) };
}

/**
 * Anonymous sources covered by an `anonymous: REASON` marker on their line (or alone on the
 * line before), plus later mentions (`the official`) whose antecedent is covered.
 */
function anonymityReasons(analysis: Analysis, index: MarkerIndex): AnonymityReason[] {
  const out: AnonymityReason[] = [];
  const bySource = new Map<number, AnonymityReason>();
  analysis.sources.forEach((s, i) => {
    if (s.kind !== 'anonymous') return;
    const d = index.reasonAt(s.start);
    const inherited = s.antecedent !== undefined ? bySource.get(s.antecedent) : undefined;
    const r = d ? { source: i, reason: d.reason!, directive: d } : inherited ? { source: i, reason: inherited.reason, directive: inherited.directive } : undefined;
    if (!r) return;
    bySource.set(i, r);
    out.push(r);
  });
  return out;
}

/** The code of marker problems (unknown codes, missing reasons) among a review's problems. */
export const MARKER_CODE = 'marker' as const;

/** One entry of the Problems panel: a remaining finding, or a marker problem (code `marker`). */
export interface ReviewProblem extends Span {
  code: FindingCode | typeof MARKER_CODE;
  severity: Severity;
  message: string;
}

/** What the Problems panel shows for a review: the findings with their final severity, then the marker problems as warnings. */
export function reviewProblems(review: Review): ReviewProblem[] {
  return [
    ...review.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message })),
    ...review.markers.problems.map((p) => ({ code: MARKER_CODE, severity: 'warning' as const, start: p.start, end: p.end, message: p.message })),
  ];
}
