/**
 * `check --format json`: the JSON contract (version 1) with, per file, `findings` after the
 * review (markers and severities) and three more fields after them: `suppressed`,
 * `anonymityReasons` and `summary`. `analyze --format json` is unchanged.
 */
import { toContractFile, CONTRACT_VERSION, type ContractFile } from '../core/contract';
import type { ReviewSummary } from '../core/summary';
import type { CheckedFile } from './check';

export interface CheckJsonFile extends ContractFile {
  suppressed: Array<{ code: string; severity: string; start: number; end: number; message: string; by: string; directive: { start: number; end: number } | null }>;
  anonymityReasons: Array<{ start: number; end: number; text: string; reason: string }>;
  summary: ReviewSummary & { maxAnonymousShare: number | null; overLimit: boolean };
}

export function checkJson(files: CheckedFile[]): { version: number; files: CheckJsonFile[] } {
  return {
    version: CONTRACT_VERSION,
    files: files.map((f) => ({
      ...toContractFile(f.path, { ...f.analysis, findings: f.review.findings }),
      suppressed: f.review.suppressed.map((s) => ({
        code: s.finding.code,
        severity: s.finding.severity,
        start: s.finding.start,
        end: s.finding.end,
        message: s.finding.message,
        by: s.by,
        directive: s.directive ? { start: s.directive.start, end: s.directive.end } : null,
      })),
      anonymityReasons: f.review.reasons.map((r) => {
        const s = f.analysis.sources[r.source];
        return { start: s.start, end: s.end, text: s.text, reason: r.reason };
      }),
      summary: { ...f.review.summary, maxAnonymousShare: f.maxAnonymousShare, overLimit: f.overLimit },
    })),
  };
}
