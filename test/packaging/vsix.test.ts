/**
 * What ships in the .vsix built by `npm run package` (attribution-lens.vsix at the project root):
 * the bundle, the manifest, README, CHANGELOG, LICENSE and grammars; no sources, tests,
 * dependencies, source maps or evaluation fixtures; under 2 MB.
 * Run with `npm run test:package` (builds the .vsix first).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const VSIX = process.env.VSIX ?? path.join(ROOT, 'attribution-lens.vsix');
const MAX_BYTES = 2 * 1024 * 1024;

interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
  method: number;
  localOffset: number;
}

/** The central directory of a zip file (no zip64: a .vsix this small never needs it). */
function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const nameLen = buf.readUInt16LE(e.localOffset + 26);
  const extraLen = buf.readUInt16LE(e.localOffset + 28);
  const start = e.localOffset + 30 + nameLen + extraLen;
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${e.name}: unsupported compression method ${e.method}`);
}

describe('the packaged .vsix', function () {
  let buf: Buffer;
  let entries: ZipEntry[];
  let names: string[];
  const has = (name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());

  before(function () {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} missing: run  npm run package  first`);
    buf = fs.readFileSync(VSIX);
    entries = readZip(buf);
    names = entries.map((e) => e.name);
  });

  it('is under 2 MB', () => {
    assert.ok(buf.length < MAX_BYTES, `${buf.length} bytes`);
  });

  it('holds the bundle, the manifest, README, CHANGELOG and LICENSE', () => {
    for (const name of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/engine.js',
      'extension/dist/analysis-worker.js',
      'extension/readme.md',
      'extension/changelog.md',
    ]) {
      assert.ok(has(name), `${name} missing; entries: ${names.join(', ')}`);
    }
    assert.ok(has('extension/LICENSE.txt') || has('extension/LICENSE'), `LICENSE missing; entries: ${names.join(', ')}`);
  });

  it('holds the grammars, schemas and media of the project, if it has any', () => {
    for (const dir of ['syntaxes', 'schemas', 'media', 'docs/rules']) {
      const abs = path.join(ROOT, dir);
      if (!fs.existsSync(abs)) continue;
      for (const f of fs.readdirSync(abs, { recursive: true, encoding: 'utf8' })) {
        if (!fs.statSync(path.join(abs, f)).isFile()) continue;
        const name = `extension/${dir}/${f.split(path.sep).join('/')}`;
        assert.ok(has(name), `${name} missing`);
      }
    }
  });

  it('ships no sources, tests, dependencies, source maps or fixtures', () => {
    const forbidden = [
      /^extension\/src\//,
      /^extension\/test\//,
      /^extension\/out\//,
      /(^|\/)node_modules\//,
      /\.map$/,
      /\.ts$/,
      /^extension\/eval\//,
      /^extension\/samples\//,
      /^extension\/scripts\//,
      /^extension\/docs\/(?!rules\/[A-Za-z-]+\.md$)/,
      /^extension\/test-results\//,
      /^extension\/\.cache\//,
      /\.vsix$/,
    ];
    const bad = names.filter((n) => forbidden.some((re) => re.test(n)));
    assert.deepStrictEqual(bad, []);
  });

  it('has a manifest that matches package.json and a production bundle', () => {
    const manifest = JSON.parse(readEntry(buf, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const key of ['name', 'publisher', 'version', 'main']) assert.strictEqual(manifest[key], pkg[key], key);
    assert.deepStrictEqual(manifest.contributes, pkg.contributes);
    const bundle = readEntry(buf, entries.find((e) => e.name === 'extension/dist/extension.js')!).toString('utf8');
    assert.ok(!bundle.includes('sourceMappingURL'), 'the bundle references a source map (not a --production build)');
    assert.ok(bundle.includes('attributionLens.showAnalysis'), 'the bundle does not register the command');
    assert.ok(/require\(["']vscode["']\)/.test(bundle), 'vscode must stay external to the bundle');
    // The engine is loaded on the first analysis (src/engine.ts), not with the bundle.
    assert.ok(bundle.includes('require("./engine.js")'), 'the extension does not load dist/engine.js');
    const engine = readEntry(buf, entries.find((e) => e.name === 'extension/dist/engine.js')!).toString('utf8');
    // A reporting verb of the lexicon: in the engine, as a JSON.parse string, and not in the extension.
    assert.ok(/JSON\.parse\('[^']*"beseeched"/.test(engine), 'the lexicons are not in dist/engine.js as JSON.parse strings');
    assert.ok(!bundle.includes('beseeched'), 'the lexicons are bundled into dist/extension.js');
  });
});
