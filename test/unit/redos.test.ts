/**
 * No regular expression of the extension can be made to backtrack super-linearly (ReDoS).
 *
 * - Every regular expression LITERAL in src/ (found by a source scan with the TypeScript parser;
 *   `new RegExp(…)` / `RegExp(…)` is not allowed, so every pattern is a literal the scan sees)
 *   goes through the `recheck` analyser (checkSync: its native build when installed, else the
 *   pure-JavaScript one; never the network). Each must be `safe`. The only exceptions are listed
 *   below with the reason they cannot hurt (applied to a bounded slice of text).
 * - The generated grammars (syntaxes/*.json, run by VS Code's Oniguruma on each line): the quote
 *   patterns go through recheck too. The word patterns (tries of hundreds of phrases, up to
 *   36,000 characters) exceed recheck's time limit, so a structural rule checks them instead:
 *   their only unbounded quantifier is `\s+` between words, nothing else in them matches white
 *   space, and everything else is bounded (`?`, `{1,3}`); a match therefore spans a bounded
 *   number of words, and each run of white space is read by a bounded number of attempts.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { checkSync, type Diagnostics } from 'recheck';

const ROOT = path.resolve(__dirname, '../../..');

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every regular expression literal in the file, and every dynamic `RegExp` construction (reported as an error). */
function scan(file: string): { literals: Found[]; dynamic: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  const dynamic: string[] = [];
  const rel = path.relative(ROOT, file);
  const visit = (node: ts.Node): void => {
    const line = src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = (node as ts.RegularExpressionLiteral).text;
      const slash = t.lastIndexOf('/');
      literals.push({ file: rel, line, source: t.slice(1, slash), flags: t.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(src) === 'RegExp') {
      dynamic.push(`${rel}:${line}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return { literals, dynamic };
}

/** Patterns the analyser cannot decide within its time limit, and why they are harmless anyway. */
const BOUNDED: Record<string, string> = {
  // terms.ts WORK_CUES: tested on the 40 characters before a quote.
  '(?:show|program|programme|film|movie|documentary|book|memoir|novel|song|album|series|column|titled|entitled|called|dubbed|named|headlined|newspaper|magazine|episode|play|musical|anthem|hashtag|slogan|ad|campaign|on|of|in|at|from|to|by|for)\\s*,?\\s*$|[\'’]s\\s*$':
    'terms.ts: applied to the 40 characters before a quote',
  // terms.ts TERM_CUES: tested on the 30 characters before a quote.
  '(?:so[- ]called|the (?:term|word|words|phrase|slogan|hashtag|nickname|label|motto|banner|sign)|chants? of|read|reading|known as|dubbed|nicknamed|branded|labell?ed)\\s*[,:]?\\s*$':
    'terms.ts: applied to the 30 characters before a quote',
  // terms.ts NAME_CUES: tested on the 40 characters before a quote.
  '(?:so[- ]called|the (?:nickname|moniker)|nicknamed|known(?: (?:inside|within|in|to|among|the|his|her|its|their|group|party|movement|followers|fighters|comrades|ranks|as)){0,4} as)\\s*[,:]?\\s*$':
    'terms.ts: applied to the 40 characters before a quote',
  // terms.ts WORK_AFTER: tested on the 30 characters after a quote.
  '^\\s*(?:movie|film|show|theme|song|series|program|programme|book|documentary|novel|memoir|slogan|hashtag|feature|campaign|movement|ad|album|tour|brand|app|event|agenda|label|platform|wave|podcast|broadcast|segment|column|newsletter|bill|act|plan|initiative|rule|doctrine|policy)\\b':
    'terms.ts: anchored, applied to the 30 characters after a quote',
};

const TIMEOUT_MS = 3000;
/** A second try for a pattern the analyser ran out of time on (a loaded machine, or its slower pure-JavaScript build). */
const RETRY_TIMEOUT_MS = 20000;

function analyse(source: string, flags: string): Diagnostics {
  // Flags that do not change what a pattern matches (g, d, y) are not the analyser's concern.
  const f = flags.replace(/[gdy]/g, '');
  const d = checkSync(source, f, { timeout: TIMEOUT_MS });
  return d.status === 'unknown' && d.error.kind === 'timeout' ? checkSync(source, f, { timeout: RETRY_TIMEOUT_MS }) : d;
}

function describeResult(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `vulnerable (${d.complexity.summary}); attack: ${d.attack.pattern}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind})`;
  return d.status;
}

describe('ReDoS: regular expressions of the source (recheck)', function () {
  this.timeout(120000);
  const scans = sourceFiles(path.join(ROOT, 'src')).map(scan);
  const literals = scans.flatMap((s) => s.literals);

  it('builds no regular expression at run time (every pattern is a literal the analyser sees)', () => {
    assert.deepEqual(scans.flatMap((s) => s.dynamic), []);
  });

  it('finds the literals (the scan works)', () => {
    assert.ok(literals.length >= 50, `only ${literals.length} literals found`);
    for (const source of Object.keys(BOUNDED)) assert.ok(literals.some((l) => l.source === source), `listed exception no longer in the source: /${source}/`);
  });

  it('every literal is safe (or listed as applied to bounded text)', () => {
    const unique = new Map<string, Found>();
    for (const l of literals) if (!(l.source in BOUNDED)) unique.set(`/${l.source}/${l.flags.replace(/[gdy]/g, '')}`, l);
    const bad = [...unique.values()].flatMap((l) => {
      const d = analyse(l.source, l.flags);
      return d.status === 'safe' ? [] : [`${l.file}:${l.line} /${l.source}/${l.flags}: ${describeResult(d)}`];
    });
    assert.deepEqual(bad, []);
  });
});

/** Every `match`, `begin`, `end` and `while` pattern of a grammar, with its JSON path. */
function grammarPatterns(file: string): Array<{ where: string; pattern: string }> {
  const out: Array<{ where: string; pattern: string }> = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}/${i}`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') out.push({ where: `${where}/${k}`, pattern: v });
        else walk(v, `${where}/${k}`);
      }
    }
  };
  walk(JSON.parse(fs.readFileSync(file, 'utf8')), path.basename(file));
  return out;
}

/** Oniguruma → JavaScript (u flag) for the constructs the grammars use: `\-` outside a class is `-`. */
function toJavaScript(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      out += !inClass && next === '-' ? '-' : c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * The structural rule for the word patterns: with every `\s+` taken out, no unbounded quantifier
 * (`+`, `*`, `{n,}`) is left, and nothing else can match white space (no `\s` outside a negated
 * look-behind class, no literal space, tab or line break). Returns what breaks the rule.
 */
function wordPatternProblems(pattern: string): string[] {
  const problems: string[] = [];
  const rest = pattern.split('\\s+').join('\u0000');
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') {
      const next = rest[i + 1];
      if (!inClass && (next === 's' || next === 'n' || next === 't')) problems.push(`\\${next} outside a \\s+ at ${i}`);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === ' ' || c === '\t') problems.push(`white space in a class at ${i}`);
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '+' || c === '*') problems.push(`unbounded ${c} at ${i}: …${rest.slice(Math.max(0, i - 30), i + 1)}`);
    else if (c === '{' && /^\{\d+,\}/.test(rest.slice(i))) problems.push(`unbounded {n,} at ${i}`);
    else if (c === ' ' || c === '\t' || c === '\n') problems.push(`literal white space at ${i}`);
  }
  // Two white-space runs in a row (`\s+\s+`, `\s+)?\s+`) would split one run in many ways.
  if (/\u0000\)*\??\(?(?:\?:)?\u0000/.test(rest)) problems.push('two \\s+ in a row');
  return problems;
}

describe('ReDoS: patterns of the generated grammars', function () {
  this.timeout(120000);
  const files = fs.readdirSync(path.join(ROOT, 'syntaxes')).filter((f) => f.endsWith('.json')).map((f) => path.join(ROOT, 'syntaxes', f));
  const all = files.flatMap(grammarPatterns);
  const unique = new Map(all.map((p) => [p.pattern, p.where]));
  /** The word tries (cues, anonymity phrases, titles): too large for the analyser's time limit. */
  const isWordPattern = (p: string) => p.length > 1000;

  it('the grammars have patterns, all valid JavaScript regular expressions with the u flag', () => {
    assert.ok(unique.size >= 10);
    for (const p of unique.keys()) assert.doesNotThrow(() => new RegExp(toJavaScript(p), 'u'), p.slice(0, 80));
  });

  it('the quote patterns are safe (recheck)', () => {
    const bad = [...unique].filter(([p]) => !isWordPattern(p)).flatMap(([p, where]) => {
      const d = analyse(toJavaScript(p), 'u');
      return d.status === 'safe' ? [] : [`${where} /${p}/: ${describeResult(d)}`];
    });
    assert.deepEqual(bad, []);
  });

  it('the word patterns follow the structural rule (only \\s+ between words is unbounded)', () => {
    const words = [...unique].filter(([p]) => isWordPattern(p));
    assert.ok(words.length >= 6, `expected the cue, anonymity and title patterns, found ${words.length}`);
    for (const [p, where] of words) assert.deepEqual(wordPatternProblems(p), [], where);
  });

  it('the structural rule catches the classic mistakes', () => {
    assert.notDeepEqual(wordPatternProblems('(?:a\\s+)+b'), []);
    assert.notDeepEqual(wordPatternProblems('a\\s*b'), []);
    assert.notDeepEqual(wordPatternProblems('a\\s+\\s+b'), []);
    assert.notDeepEqual(wordPatternProblems('a(?:\\s+)?\\s+b'), []);
    assert.notDeepEqual(wordPatternProblems('a[ x]+b'), []);
    assert.notDeepEqual(wordPatternProblems('a b'), []);
    assert.deepEqual(wordPatternProblems('\\b(?<![\\p{L}_\\-])(?:a(?:n)?\\s+(?:b|c\\s+d)\\s+){1,3}e(?![\\p{L}])'), []);
  });
});
