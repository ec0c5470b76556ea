/**
 * `attribution-lens check`: reviews articles as an editor or CI would. Each file is analysed
 * with its house rules (the nearest .attributionlens.json, or --config), then its findings go
 * through the article's control markers and the severity overrides (core/review.ts).
 */
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { reviewFindings, type Review } from '../core/review';
import { reviewRulesOf } from '../core/config-file';
import { SEVERITIES, severityRank } from '../core/codes';
import type { Analysis, Severity } from '../core/types';
import type { CliIO } from './main';
import { expandInputs } from './inputs';
import { HouseRulesResolver } from './house-rules';
import { readInput } from './read-input';
import { checkTextReport } from './check-text';
import { checkJson } from './check-json';
import { toSarif } from './sarif';

export const CHECK_USAGE = `Usage: attribution-lens check FILE|GLOB|DIR... [options]
  Reviews articles: findings after the in-document markers and the house rules
  (the nearest .attributionlens.json). Quote globs: "articles/**/*.md". "-" reads standard input.
  --format text|json|sarif              output (default: text)
  --fail-on error|warning|info|hint     exit 1 when a finding is this severe or worse (default: error)
  --max-anonymous-share N               exit 1 when a file's share of quotes from anonymous or vague
                                        speakers is over N (0 to 1; default: the house rules' maxAnonymousShare)
  --config FILE                         use these house rules for every file
  Exit codes: 0 passed; 1 a failing finding, a share over the limit, an unreadable input or a
  config error; 2 bad usage.`;

export interface CheckedFile {
  /** As shown in reports. */
  path: string;
  abs: string;
  text: string;
  analysis: Analysis;
  review: Review;
  /** The house-rules file used, or null. */
  config: string | null;
  /** The anonymous-share limit this file was held to, or null. */
  maxAnonymousShare: number | null;
  /** True when the file's anonymous share is over its limit. */
  overLimit: boolean;
}

interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  failOn: Severity;
  maxAnonymousShare?: number;
  config?: string;
  inputs: string[];
}

function parseArgs(args: string[], io: CliIO): CheckOptions | null {
  const opts: CheckOptions = { format: 'text', failOn: 'error', inputs: [] };
  const usage = (msg: string) => {
    io.stderr(`attribution-lens: ${msg}\n${CHECK_USAGE}\n`);
    return null;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      opts.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!['--format', '--fail-on', '--max-anonymous-share', '--config'].includes(name)) return usage(`unknown option ${name}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return usage(`${name} needs a value`);
    if (name === '--format') {
      if (value !== 'text' && value !== 'json' && value !== 'sarif') return usage(`--format must be text, json or sarif, not "${value}"`);
      opts.format = value;
    } else if (name === '--fail-on') {
      if (!(SEVERITIES as readonly string[]).includes(value)) return usage(`--fail-on must be error, warning, info or hint, not "${value}"`);
      opts.failOn = value as Severity;
    } else if (name === '--max-anonymous-share') {
      const n = Number(value);
      if (!/^\s*(?:\d+(?:\.\d+)?|\.\d+)\s*$/.test(value) || !(n >= 0 && n <= 1)) return usage(`--max-anonymous-share must be a number from 0 to 1, not "${value}"`);
      opts.maxAnonymousShare = n;
    } else opts.config = value;
  }
  if (opts.inputs.length === 0) return usage('no input files');
  return opts;
}

/** Runs `check` and returns the exit code. */
export function runCheck(args: string[], io: CliIO): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(CHECK_USAGE + '\n');
    return 0;
  }
  const opts = parseArgs(args, io);
  if (!opts) return 2;
  const cwd = io.cwd ?? process.cwd();
  const resolver = new HouseRulesResolver(io.stderr, opts.config && path.resolve(cwd, opts.config));
  if (!resolver.loadExplicit()) return 2;
  const { files: inputs, unmatched } = expandInputs(opts.inputs, cwd);
  let inputFailed = unmatched.length > 0;
  for (const u of unmatched) io.stderr(`attribution-lens: ${u}: no files match\n`);
  const checked: CheckedFile[] = [];
  for (const input of inputs) {
    const house = resolver.forFile(input.abs, cwd);
    if (house.excludes(input.abs, input.origin)) {
      if (input.origin === 'file') io.stderr(`attribution-lens: ${input.path}: excluded by ${house.file}, skipped\n`);
      continue;
    }
    const text = readInput(input.abs === '-' ? '-' : input.abs, { stderr: (s) => io.stderr(s.replace(input.abs, input.path)), readStdin: io.readStdin });
    if (text === null) {
      inputFailed = true;
      continue;
    }
    const analysis = analyze(text, { lexicon: house.lexicon });
    const review = reviewFindings(analysis, text, reviewRulesOf(house.rules));
    const limit = opts.maxAnonymousShare ?? house.rules.maxAnonymousShare ?? null;
    checked.push({ path: input.path, abs: input.abs, text, analysis, review, config: house.file, maxAnonymousShare: limit, overLimit: limit !== null && review.summary.anonymousShare > limit });
  }
  const failRank = severityRank(opts.failOn);
  const failingFindings = checked.reduce((n, f) => n + f.review.findings.filter((x) => severityRank(x.severity) <= failRank).length, 0);
  const overLimit = checked.filter((f) => f.overLimit);
  if (opts.format === 'json') io.stdout(JSON.stringify(checkJson(checked), null, 2) + '\n');
  else if (opts.format === 'sarif') io.stdout(JSON.stringify(toSarif(checked, cwd), null, 2) + '\n');
  else io.stdout(checkTextReport(checked, { failOn: opts.failOn, failingFindings }));
  if (opts.format !== 'text') {
    for (const f of overLimit) io.stderr(`attribution-lens: ${f.path}: anonymous share ${percent(f.review.summary.anonymousShare)} is over the limit of ${percent(f.maxAnonymousShare!)}\n`);
  }
  return failingFindings > 0 || overLimit.length > 0 || inputFailed || resolver.errors ? 1 : 0;
}

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
