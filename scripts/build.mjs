// Bundles the extension and the CLI with esbuild into dist/.
import fs from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The lexicons (src/core/lexicon/*.json) go into the bundles as `JSON.parse('…')` rather than as
// object literals: V8 scans a string much faster than it parses the same data as JavaScript, and
// the lexicons are half of the engine's code (measured when the extension bundle still held the
// engine: compiling it took 39–80 ms with literals and 25–57 ms with JSON.parse, same runs).
const lexiconAsJsonParse = {
  name: 'lexicon-json-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]lexicon[\\/][^\\/]+\.json$/ }, async (args) => {
      const json = JSON.stringify(JSON.parse(await fs.promises.readFile(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

// The extension loads the engine when it first analyses an article (src/engine.ts), from
// dist/engine.js beside it, not at activation: its `require('./core/analyze')` stays a require.
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\/analyze$/ }, (args) =>
      /[\\/]src[\\/]engine\.ts$/.test(args.importer) ? { path: './engine.js', external: true } : undefined,
    );
  },
};

const common = {
  bundle: true,
  plugins: [lexiconAsJsonParse],
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// Each `import * as vscode from 'vscode'` in a bundle would copy the whole API namespace onto a
// new object when the bundle loads (esbuild's CommonJS interop), once per importing file: 30
// copies of some 400 properties, about a third of running the extension's bundle. One shared
// module re-exports the API once, and the features import that.
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const builds = [
  // The banner and the footer stamp when the bundle's code starts and ends running, so
  // activate() can report how long that took (src/activation-timing.ts).
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    banner: { js: 'globalThis.__attributionLensLoadStart = performance.now();' },
    footer: { js: 'globalThis.__attributionLensLoadEnd = performance.now();' },
    // The sample article ships inside the bundle as text (the "Open Sample Article" command).
    loader: { '.md': 'text' },
    plugins: [engineApart, vscodeOnce, ...common.plugins],
  },
  // The engine the extension host loads on its first analysis (src/engine.ts).
  { ...common, entryPoints: ['src/core/analyze.ts'], outfile: 'dist/engine.js' },
  // The engine in a worker thread, for long documents and the workspace review (src/worker/).
  { ...common, entryPoints: ['src/worker/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The engine alone, as a library for the evaluation and benchmark scripts.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching src/ for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
