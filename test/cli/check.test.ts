import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, type CliIO } from '../../src/cli/main';

const root = path.resolve(__dirname, '../../..');
const cliJs = path.join(root, 'dist/cli.js');

const CLEAN = 'Mayor Ana Ruiz said the budget was “balanced and fair.”\n';
const VAGUE = 'Critics say the plan will fail.\n';
const ANON = '“It is over,” a senior official said.\n';

const workspaces: string[] = [];
after(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary workspace with the given files (path → content), removed after the suite. */
function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-check-'));
  workspaces.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function check(cwd: string, args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin, cwd };
  const code = runCli(['check', ...args], io);
  return { code, out, err };
}

describe('cli check', () => {
  it('prints path:line:col: severity code message per finding and a summary; exits 0 below --fail-on', () => {
    const dir = workspace({ 'a.md': `# Title\n\n${VAGUE}` });
    const { code, out, err } = check(dir, ['a.md']);
    assert.equal(code, 0, err);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'a.md:3:1: warning vague-attribution Vague attribution “Critics say”: name the report, outlet or people behind the claim.');
    assert.match(out, /^a\.md: 0 quotes, 1 vague, 1 finding$/m);
    assert.equal(lines[lines.length - 1], '1 finding (1 warning) in 1 file');
  });

  it('exits 1 when a finding is at or above --fail-on', () => {
    const dir = workspace({ 'a.md': VAGUE });
    assert.equal(check(dir, ['a.md', '--fail-on', 'warning']).code, 1);
    assert.equal(check(dir, ['a.md', '--fail-on=info']).code, 1);
    assert.equal(check(dir, ['a.md', '--fail-on', 'error']).code, 0);
    const clean = workspace({ 'a.md': CLEAN });
    assert.equal(check(clean, ['a.md', '--fail-on', 'hint']).code, 0);
  });

  it('applies markers: a disabled finding does not fail the check and is counted as suppressed', () => {
    const dir = workspace({ 'a.md': `<!-- attribution-lens-disable-next-line vague-attribution -->\n${VAGUE}${ANON.trimEnd()} [attribution-lens-anonymous: not authorized to speak]\n` });
    const { code, out } = check(dir, ['a.md', '--fail-on', 'hint']);
    assert.equal(code, 0, out);
    assert.match(out, /1 anonymous source \(1 explained\)/);
    assert.match(out, /0 findings in 1 file; 2 suppressed$/m);
  });

  it('finds .attributionlens.json from the file’s folder upwards and applies its severities and lexicon', () => {
    const dir = workspace({
      '.attributionlens.json': JSON.stringify({ severity: { 'vague-attribution': 'error', 'anonymous-source': 'off' }, reportingVerbs: ['smirked'] }),
      'desk/politics/a.md': `${VAGUE}${ANON}“Fine,” Ruiz smirked.\n`,
    });
    const { code, out, err } = check(dir, ['desk/politics/a.md']);
    assert.equal(code, 1, 'vague-attribution is an error under these house rules');
    assert.equal(err, '');
    assert.match(out, /desk\/politics\/a\.md:1:1: error vague-attribution/);
    assert.doesNotMatch(out, /anonymous-source/);
    assert.doesNotMatch(out, /unattributed-quote/, '"smirked" is a reporting verb under these house rules');
  });

  it('uses --config for every file, and exits 2 when it cannot be read', () => {
    const dir = workspace({ 'rules.json': JSON.stringify({ severity: { 'vague-attribution': 'off' } }), 'a.md': VAGUE });
    const r = check(dir, ['a.md', '--config', 'rules.json', '--fail-on', 'hint']);
    assert.equal(r.code, 0, r.out);
    const missing = check(dir, ['a.md', '--config', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json: cannot read the config \(no such file\)/);
  });

  it('reports config problems with file:line:col on stderr, still checks with the valid parts, and exits 1', () => {
    const dir = workspace({ '.attributionlens.json': '{\n  "severity": { "vague-attribution": "loud", "anonymous-source": "off" }\n}', 'a.md': `${VAGUE}${ANON}` });
    const { code, out, err } = check(dir, ['a.md']);
    assert.equal(code, 1);
    assert.match(err, /\.attributionlens\.json:2:17: error: severity\.vague-attribution: Severity of “vague-attribution” must be .*not "loud"/);
    assert.match(out, /warning vague-attribution/);
    assert.doesNotMatch(out, /anonymous-source/);
    const broken = workspace({ '.attributionlens.json': '{ "media": [', 'a.md': VAGUE });
    const b = check(broken, ['a.md']);
    assert.equal(b.code, 1);
    assert.match(b.err, /\.attributionlens\.json:1:13: error: Invalid JSON/);
    assert.match(b.out, /vague-attribution/, 'the file is still checked with the default rules');
  });

  it('fails when the anonymous share is over --max-anonymous-share or the house rules’ maxAnonymousShare', () => {
    const dir = workspace({ 'a.md': `${ANON}\n“Fine,” Ruiz said.\n` });
    const over = check(dir, ['a.md', '--max-anonymous-share', '0.3']);
    assert.equal(over.code, 1);
    assert.match(over.out, /a\.md: anonymous share 50% is over the limit of 30%/);
    assert.equal(check(dir, ['a.md', '--max-anonymous-share', '0.5']).code, 0, 'at the limit passes');
    const json = check(dir, ['a.md', '--max-anonymous-share=0.3', '--format', 'json']);
    assert.equal(json.code, 1);
    assert.match(json.err, /anonymous share 50% is over the limit of 30%/);
    const house = workspace({ '.attributionlens.json': '{"maxAnonymousShare": 0.25}', 'a.md': `${ANON}\n“Fine,” Ruiz said.\n` });
    assert.equal(check(house, ['a.md']).code, 1);
    assert.equal(check(house, ['a.md', '--max-anonymous-share', '1']).code, 0, 'the option overrides the house rules');
  });

  it('reports missing, unreadable and binary files on stderr, checks the others and exits 1', () => {
    const dir = workspace({ 'a.md': CLEAN, 'photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'folder.md/x.txt': 'x' });
    const { code, out, err } = check(dir, ['missing.md', 'photo.md', 'a.md', '--format', 'json']);
    assert.equal(code, 1);
    assert.match(err, /missing\.md: no such file/);
    assert.match(err, /photo\.md: looks like a binary file, skipped/);
    assert.deepEqual(
      JSON.parse(out).files.map((f: { path: string }) => f.path),
      ['a.md'],
    );
  });

  it('expands quoted globs and folders itself, skips node_modules, and honours exclude/include', () => {
    const dir = workspace({
      'articles/one.md': CLEAN,
      'articles/world/two.md': VAGUE,
      'articles/world/notes.txt': CLEAN,
      'articles/drafts/three.md': VAGUE,
      'articles/node_modules/pkg/readme.md': VAGUE,
      '.attributionlens.json': JSON.stringify({ exclude: ['articles/drafts/**'] }),
    });
    const paths = (args: string[]) => JSON.parse(check(dir, [...args, '--format', 'json']).out).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths(['articles/**/*.md']), ['articles/one.md', 'articles/world/two.md']);
    assert.deepEqual(paths(['articles']), ['articles/one.md', 'articles/world/notes.txt', 'articles/world/two.md']);
    assert.deepEqual(paths(['articles/*/two.md', 'articles/world/two.md']), ['articles/world/two.md'], 'each file once');
    const named = check(dir, ['articles/drafts/three.md']);
    assert.match(named.err, /articles\/drafts\/three\.md: excluded by .*\.attributionlens\.json, skipped/);
    const none = check(dir, ['nothing/**/*.md']);
    assert.equal(none.code, 1);
    assert.match(none.err, /nothing\/\*\*\/\*\.md: no files match/);
    fs.writeFileSync(path.join(dir, '.attributionlens.json'), JSON.stringify({ include: ['**/world/**'] }));
    assert.deepEqual(paths(['articles/**/*.md']), ['articles/world/two.md']);
    assert.deepEqual(paths(['articles/one.md']), ['articles/one.md'], 'a file named explicitly is checked');
  });

  it('json: the contract v1 with findings after review, then suppressed, anonymityReasons and summary', () => {
    const dir = workspace({ 'a.md': `${VAGUE}${ANON.trimEnd()} <!-- attribution-lens-anonymous: retaliation -->\n` });
    const { code, out } = check(dir, ['a.md', '--format', 'json']);
    assert.equal(code, 0);
    const doc = JSON.parse(out);
    assert.equal(doc.version, 1);
    const f = doc.files[0];
    assert.deepEqual(Object.keys(f), ['path', 'quotes', 'people', 'sources', 'findings', 'suppressed', 'anonymityReasons', 'summary']);
    assert.deepEqual(
      f.findings.map((x: { code: string }) => x.code),
      ['vague-attribution'],
    );
    assert.equal(f.suppressed[0].code, 'anonymous-source');
    assert.equal(f.suppressed[0].by, 'anonymity-reason');
    assert.deepEqual(f.anonymityReasons, [{ start: f.suppressed[0].start, end: f.suppressed[0].end, text: 'a senior official', reason: 'retaliation' }]);
    assert.equal(f.summary.anonymousShare, 1);
    assert.equal(f.summary.maxAnonymousShare, null);
    assert.equal(f.summary.overLimit, false);
  });

  it('sarif: valid SARIF 2.1.0 with rules, levels, relative URIs and UTF-16 columns', () => {
    const dir = workspace({
      'desk/a.md': `🙂 ${VAGUE}${ANON}\nThe council met on Tuesday.\n\n“Orphan quote here.”\n\n${VAGUE.trimEnd()} <!-- attribution-lens-disable-line -->\n`,
      '.attributionlens.json': JSON.stringify({ severity: { 'unattributed-quote': 'error' } }),
    });
    const { code, out } = check(dir, ['desk/a.md', '--format', 'sarif']);
    assert.equal(code, 1, 'unattributed-quote is an error here');
    const log = JSON.parse(out);
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // unicodeRegExp: false, because the schema's `language` pattern has a stray `]` that only
    // non-Unicode regular expressions accept.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    // The validator does reject what SARIF forbids (an `info` level, a column of 0).
    const bad = JSON.parse(out);
    bad.runs[0].results[0].level = 'info';
    assert.equal(validate(bad), false);
    const bad2 = JSON.parse(out);
    bad2.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    assert.equal(validate(bad2), false);
    const run = log.runs[0];
    assert.equal(log.version, '2.1.0');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const rules = run.tool.driver.rules;
    assert.deepEqual(
      rules.map((r: { id: string }) => r.id),
      ['unattributed-quote', 'anonymous-source', 'vague-attribution', 'unbalanced-quote', 'untitled-first-mention', 'title-changed'],
    );
    for (const r of rules) {
      assert.ok(r.shortDescription.text);
      assert.match(r.helpUri, new RegExp(`^file://.*/docs/rules/${r.id}\\.md$`));
      assert.ok(fs.existsSync(new URL(r.helpUri)), `${r.helpUri} exists`);
    }
    const live = run.results.filter((r: { suppressions?: unknown }) => !r.suppressions);
    assert.deepEqual(
      live.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`),
      ['vague-attribution warning', 'anonymous-source note', 'unattributed-quote error'],
    );
    const vague = live[0].locations[0].physicalLocation;
    assert.deepEqual(vague.artifactLocation, { uri: 'desk/a.md', uriBaseId: '%SRCROOT%' });
    // “🙂 ” is three UTF-16 code units: "Critics say" starts at column 4 and ends before column 15.
    assert.deepEqual(vague.region, { startLine: 1, startColumn: 4, endLine: 1, endColumn: 15 });
    assert.equal(live[1].ruleIndex, 1);
    const suppressed = run.results.filter((r: { suppressions?: unknown }) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0].suppressions[0].kind, 'inSource');
    assert.equal(suppressed[0].locations[0].physicalLocation.region.startLine, 8);
  });

  it('rejects bad usage with exit code 2', () => {
    const dir = workspace({ 'a.md': CLEAN });
    for (const args of [[], ['a.md', '--format', 'xml'], ['a.md', '--fail-on', 'fatal'], ['a.md', '--max-anonymous-share', '2'], ['a.md', '--max-anonymous-share', 'x'], ['a.md', '--bogus'], ['a.md', '--config']]) {
      const r = check(dir, args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /Usage: attribution-lens check/);
    }
    assert.equal(check(dir, ['--help']).code, 0);
  });

  it('runs as a real process from dist/cli.js with a quoted glob', () => {
    assert.ok(fs.existsSync(cliJs), 'run npm run build first');
    const dir = workspace({ 'articles/a.md': VAGUE, 'articles/b/c.md': CLEAN });
    const r = spawnSync(process.execPath, [cliJs, 'check', 'articles/**/*.md', '--fail-on', 'warning'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^articles\/a\.md:1:1: warning vague-attribution/m);
    assert.match(r.stdout, /1 finding \(1 warning\) in 2 files/);
    const sarif = spawnSync(process.execPath, [cliJs, 'check', 'articles', '--format', 'sarif'], { cwd: dir, encoding: 'utf8' });
    assert.equal(sarif.status, 0, sarif.stderr);
    assert.match(JSON.parse(sarif.stdout).runs[0].tool.driver.rules[0].helpUri, /docs\/rules\/unattributed-quote\.md$/);
  });
});
