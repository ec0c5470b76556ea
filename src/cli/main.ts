/**
 * attribution-lens command line: runs the same engine as the extension.
 *   node dist/cli.js analyze FILE... [--format json|text]   ("-" reads standard input)
 *   node dist/cli.js check FILE|GLOB|DIR... [options]       (review: see check.ts)
 */
import * as fs from 'node:fs';
import { analyze } from '../core/analyze';
import { toContractDocument } from '../core/contract';
import type { Analysis } from '../core/types';
import { textReport } from './text-report';
import { readInput } from './read-input';
import { runCheck, CHECK_USAGE } from './check';

const ANALYZE_USAGE = `Usage: attribution-lens analyze FILE... [--format json|text]
  FILE    an article (plain text or Markdown); "-" reads standard input
  --format  json (the stable contract, see README) or text (default: text)`;
const USAGE = `${ANALYZE_USAGE}\n\n${CHECK_USAGE}`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  /** The directory relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
}

/** Runs the CLI and returns its exit code: 0 success, 1 an input failed, 2 usage error. */
export function runCli(argv: string[], io: CliIO): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === 'check') return runCheck(rest, io);
  if (command !== 'analyze') {
    io.stderr(`attribution-lens: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i] ?? '';
      if (format !== 'json' && format !== 'text') {
        io.stderr(`attribution-lens: --format must be json or text, not "${format}"\n`);
        return 2;
      }
    } else if (arg.startsWith('--')) {
      io.stderr(`attribution-lens: unknown option ${arg}\n${ANALYZE_USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`attribution-lens: no input files\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  let failed = false;
  const results: Array<{ path: string; text: string; analysis: Analysis }> = [];
  for (const path of files) {
    const text = readInput(path, io);
    if (text === null) {
      failed = true;
      continue;
    }
    results.push({ path, text, analysis: analyze(text) });
  }
  if (format === 'json') io.stdout(JSON.stringify(toContractDocument(results), null, 2) + '\n');
  else io.stdout(results.map((r) => textReport(r.path, r.text, r.analysis)).join('\n\n') + (results.length ? '\n' : ''));
  return failed ? 1 : 0;
}

if (require.main === module) {
  const code = runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => fs.readFileSync(0, 'utf8'),
  });
  process.exitCode = code;
}
