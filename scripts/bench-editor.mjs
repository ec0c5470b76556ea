// The editor benchmark (`npm run bench:editor`, part of `npm run bench`): runs
// test/host-bench/ in the real extension host (code-server, offline) and prints activation time,
// keystroke-to-update latency (p50/p95) for 5 KB, 30 KB and 300 KB Markdown articles (and the
// two larger as plain text, without the Markdown extension's parsing on each keystroke), the bundle size, and
// the extension host's heap per open article.
// Needs `npm run compile-tests && npm run package` first (the npm script does both).
//   node scripts/bench-editor.mjs [--vsix OTHER.vsix] [--profile DIR]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-bench-')), 'editor.json');
// `--vsix FILE` times another build (an A/B against an older .vsix, in the same conditions).
const args = process.argv.slice(2);
const vsix = args.includes('--vsix') ? ['--vsix', path.resolve(args[args.indexOf('--vsix') + 1])] : [];
// `--profile DIR` writes a CPU profile of the extension host per latency case (DIR/markdown-300KB.cpuprofile, …).
const profile = args.includes('--profile') ? { ATTRIBUTION_LENS_BENCH_PROFILE: path.resolve(args[args.indexOf('--profile') + 1]) } : {};
const run = spawnSync(process.execPath, [path.join(root, 'test/harness/host.mjs'), '--suite', 'out/test/host-bench', ...vsix], {
  cwd: root,
  env: { VSCODE_HOST_TIMEOUT_MS: '900000', VSCODE_HOST_IDLE_TIMEOUT_MS: '300000', ...process.env, ...profile, ATTRIBUTION_LENS_BENCH_OUT: out },
  encoding: 'utf8',
});
if (run.status !== 0 || !fs.existsSync(out)) {
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  console.error('bench-editor: the extension-host benchmark failed');
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(out, 'utf8'));
fs.rmSync(path.dirname(out), { recursive: true, force: true });
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const bundle = fs.statSync(path.join(root, 'dist', 'extension.js')).size;

console.log('\nEditor (real extension host: code-server 4.100.3 = VS Code 1.100.3)');
if (r.activation) {
  const a = r.activation;
  console.log(`  activation: compiling dist/extension.js ${ms(a.compileMs)} + running it ${ms(a.loadMs)} + activate() ${ms(a.activateMs)} = ${ms(a.compileMs + a.loadMs + a.activateMs)}`);
  console.log(`  (VS Code preparing the extension's context between loading it and calling activate(): ${ms(a.hostMs)})`);
  console.log(`  engine, loaded on the first analysis after activation: compiling dist/engine.js ${ms(a.engineCompileMs)}, loading it all ${ms(a.engineLoadMs)}`);
}
if (!vsix.length) console.log(`  dist/extension.js: ${(bundle / 1024).toFixed(0)} KB, dist/engine.js ${(fs.statSync(path.join(root, 'dist', 'engine.js')).size / 1024).toFixed(0)} KB (production build)`);
console.log('  keystroke → every view told of the new analysis (debounce included):');
console.log('  (total = VS Code applying the keystroke + ours: debounce, analysis, every view updated;');
console.log('   one analysis: the installed engine bundle alone on the article, warmed up, median of 15;');
console.log('   open → first: opening the article until its first analysis is told, the engine loaded on the first)');
console.log('    article               total p50  total p95   VS Code p50  ours p50   ours p95   one analysis  open → first');
for (const l of r.latency) {
  const kb = `${(l.bytes / 1000).toFixed(0)} KB ${l.language ?? 'markdown'}`.padEnd(20);
  const cols = [l.p50, l.p95, l.editP50, l.oursP50, l.oursP95, l.analysisMs, l.openMs].map((x) => ms(x).padStart(10));
  console.log(`    ${kb}${cols.join(' ')}   (${l.keystrokes} keystrokes)`);
}
console.log('  extension-host heap Attribution Lens holds per open article (analysis and views; after a full GC, 10 open):');
for (const m of r.memory ?? []) console.log(`    ${`${(m.bytes / 1000).toFixed(0)} KB`.padEnd(10)}${m.oursPerArticleMB.toFixed(2).padStart(6)} MB`);
