// Bundles the extension and the CLI with esbuild into dist/.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  // The banner stamps the moment the bundle starts loading, so activate() can report how long
  // loading the code took (src/activation-timing.ts).
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    banner: { js: 'globalThis.__attributionLensLoadStart = performance.now();' },
    // The sample article ships inside the bundle as text (the "Open Sample Article" command).
    loader: { '.md': 'text' },
  },
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
