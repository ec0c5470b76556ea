/**
 * `check --format sarif`: SARIF 2.1.0 for code-scanning tools. One run; rules from the finding
 * codes (help at docs/rules/<code>.md); results with 1-based lines and columns in UTF-16 code
 * units (`columnKind`), paths relative to the working directory (`%SRCROOT%`). Findings a
 * marker turned off are kept as results with an in-source suppression; codes set to `off` are
 * left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FINDING_CODES } from '../core/codes';
import { LineIndex } from '../core/position';
import type { Finding, Severity } from '../core/types';
import type { CheckedFile } from './check';
import { version } from '../../package.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

/** The absolute URI of docs/rules/<code>.md: the project's docs beside the CLI (dist/ or out/…), else under `cwd`. */
export function rulesDocsBase(cwd: string): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'docs', 'rules'))) return pathToFileURL(path.join(dir, 'docs', 'rules')).href + '/';
    if (path.dirname(dir) === dir) break;
  }
  return pathToFileURL(path.join(cwd, 'docs', 'rules')).href + '/';
}

export function toSarif(files: CheckedFile[], cwd: string): object {
  const docs = rulesDocsBase(cwd);
  const ruleIndex = new Map(FINDING_CODES.map((c, i) => [c.code, i]));
  const results: object[] = [];
  for (const f of files) {
    const lines = new LineIndex(f.text);
    const uri = f.abs === '-' ? 'stdin' : path.relative(cwd, f.abs).split(path.sep).map(encodeURIComponent).join('/');
    const result = (x: Finding, extra: object = {}) => {
      const s = lines.at(x.start);
      const e = lines.at(x.end);
      return {
        ruleId: x.code,
        ruleIndex: ruleIndex.get(x.code),
        level: LEVEL[x.severity],
        message: { text: x.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: f.abs === '-' ? { uri } : { uri, uriBaseId: SRCROOT },
              region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
            },
          },
        ],
        ...extra,
      };
    };
    for (const x of f.review.findings) results.push(result(x));
    for (const s of f.review.suppressed) {
      if (s.by === 'severity-off') continue;
      const justification = s.by === 'anonymity-reason' ? `Anonymity explained: ${s.directive?.reason}` : `Disabled by ${f.text.slice(s.directive!.start, s.directive!.end)}`;
      results.push(result(s.finding, { suppressions: [{ kind: 'inSource', justification }] }));
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Attribution Lens',
            version,
            rules: FINDING_CODES.map((c) => ({
              id: c.code,
              name: c.code.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: c.description },
              helpUri: `${docs}${c.code}.md`,
              defaultConfiguration: { level: LEVEL[c.severity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href + '/' } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
