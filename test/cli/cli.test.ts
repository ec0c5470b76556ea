import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliIO } from '../../src/cli/main';

const root = path.resolve(__dirname, '../../..');
const cliJs = path.join(root, 'dist/cli.js');
const sample = path.join(root, 'samples/envoy-summoned.md');

function capture(argv: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin };
  const code = runCli(argv, io);
  return { code, out, err };
}

describe('cli', () => {
  it('prints the JSON contract for a file', () => {
    const { code, out, err } = capture(['analyze', sample, '--format', 'json']);
    assert.equal(code, 0, err);
    const doc = JSON.parse(out);
    assert.equal(doc.version, 1);
    assert.equal(doc.files.length, 1);
    const file = doc.files[0];
    assert.equal(file.path, sample);
    assert.deepEqual(Object.keys(file), ['path', 'quotes', 'people', 'sources', 'findings']);
    const text = fs.readFileSync(sample, 'utf8');
    for (const q of file.quotes) {
      assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'partial', 'speaker']);
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.deepEqual(Object.keys(q.speaker), ['kind', 'name', 'start', 'end']);
    }
    const lapid = file.people.find((p: { name: string }) => p.name === 'Yair Lapid');
    assert.ok(lapid, 'Yair Lapid is a person');
    assert.equal(lapid.official, true);
    assert.ok(lapid.mentions.length >= 3, 'Lapid’s later mentions join him');
    assert.ok(file.sources.some((s: { kind: string }) => s.kind === 'anonymous'));
    assert.ok(file.findings.some((f: { code: string }) => f.code === 'vague-attribution'));
  });

  it('prints a readable text report by default', () => {
    const { code, out } = capture(['analyze', sample]);
    assert.equal(code, 0);
    assert.match(out, /quotes · \d+ people/);
    assert.match(out, /Emine Dzhaparova — deputy foreign minister, Ukraine/);
    assert.match(out, /vague-attribution/);
  });

  it('reads standard input for "-"', () => {
    const { code, out } = capture(['analyze', '-', '--format=json'], '“We will win,” she said.');
    assert.equal(code, 0);
    const doc = JSON.parse(out);
    assert.equal(doc.files[0].path, '-');
    assert.equal(doc.files[0].quotes.length, 1);
  });

  it('reports a missing file on stderr, analyses the others and exits 1', () => {
    const { code, out, err } = capture(['analyze', '/no/such/article.txt', sample, '--format', 'json']);
    assert.equal(code, 1);
    assert.match(err, /\/no\/such\/article\.txt: no such file/);
    assert.equal(JSON.parse(out).files.length, 1);
  });

  it('skips a binary file with a clear message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-cli-'));
    try {
      const bin = path.join(dir, 'image.png');
      fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      const { code, err } = capture(['analyze', bin]);
      assert.equal(code, 1);
      assert.match(err, /binary/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad usage with exit code 2', () => {
    assert.equal(capture([]).code, 2);
    assert.equal(capture(['frobnicate']).code, 2);
    assert.equal(capture(['analyze']).code, 2);
    assert.equal(capture(['analyze', sample, '--format', 'xml']).code, 2);
    assert.equal(capture(['analyze', sample, '--bogus']).code, 2);
  });

  it('runs as a real process from dist/cli.js', () => {
    assert.ok(fs.existsSync(cliJs), 'run npm run build first');
    const r = spawnSync(process.execPath, [cliJs, 'analyze', '-', '--format', 'json'], { input: '“Hello,” Lapid said.', encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.files[0].quotes[0].speaker.kind, 'person');
    const missing = spawnSync(process.execPath, [cliJs, 'analyze', 'nope.txt'], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nope\.txt: no such file/);
  });
});
