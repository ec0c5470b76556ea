/**
 * The finding codes with their default severity and a one-line description: the single
 * table that reviews, the CLI's SARIF rules and the docs (docs/rules/<code>.md) follow.
 */
import type { FindingCode, Severity } from './types';

export interface CodeInfo {
  code: FindingCode;
  /** The severity the engine gives by default (unattributed-quote is `info` for a partial quote). */
  severity: Severity;
  description: string;
}

/** Keyed by `FindingCode` (types.ts, the single list), so a new code without an entry fails the type check. */
const TABLE: Record<FindingCode, Omit<CodeInfo, 'code'>> = {
  'unattributed-quote': { severity: 'warning', description: 'A quote that no reporting cue links to a speaker.' },
  'anonymous-source': { severity: 'info', description: 'A claim or quote that rests on an unnamed source.' },
  'vague-attribution': { severity: 'warning', description: 'Vague sourcing (“media reports”, “critics say”, “reportedly”).' },
  'unbalanced-quote': { severity: 'warning', description: 'A quotation mark that is never closed, or a closing mark with no opening one.' },
  'untitled-first-mention': { severity: 'info', description: 'An official or quoted person whose title is given only at a later mention.' },
  'title-changed': { severity: 'info', description: 'A person whose title differs between mentions.' },
};

export const FINDING_CODES: readonly CodeInfo[] = (Object.keys(TABLE) as FindingCode[]).map((code) => ({ code, ...TABLE[code] }));

const BY_CODE = new Map<string, CodeInfo>(FINDING_CODES.map((c) => [c.code, c]));

export function isFindingCode(s: string): s is FindingCode {
  return BY_CODE.has(s);
}

export function codeInfo(code: FindingCode): CodeInfo {
  return BY_CODE.get(code)!;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Severity settings in configuration: a severity, or `off` to drop the code's findings. */
export type SeveritySetting = Severity | 'off';

export function isSeveritySetting(s: unknown): s is SeveritySetting {
  return s === 'off' || (typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s));
}

/** Rank for comparisons: error 0 … hint 3. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
