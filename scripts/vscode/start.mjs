#!/usr/bin/env node
// `npm start` (after `npm run package`): opens the extension on the sample articles.
//  - desktop VS Code when `code` is on the PATH: code --extensionDevelopmentPath=<root> samples/
//  - otherwise the offline VS Code (code-server 4.100.3, installed on first use into
//    .cache/code-server) on 127.0.0.1 with attribution-lens.vsix installed and samples/ open;
//    prints the URL to open in a browser and runs until Ctrl+C.
//
//   node scripts/vscode/start.mjs [--port N] [--browser]     (PORT=N works too; default 8080, or a free port)
//   --browser  use code-server even when `code` is on the PATH

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, killAll, PROJECT_ROOT, startSession, VSIX } from './session.mjs';
import { freePort } from './server.mjs';

const argv = process.argv.slice(2);
const samples = path.join(PROJECT_ROOT, 'samples');

function onPath(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function portFree(port) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

const code = argv.includes('--browser') ? null : onPath('code');
if (code) {
  console.log(`Opening ${samples} in desktop VS Code (${code}) with the extension under development from ${PROJECT_ROOT}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${PROJECT_ROOT}`, samples, path.join(samples, 'envoy-summoned.md')], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

if (!fs.existsSync(VSIX)) {
  console.error(`${VSIX} missing: run  npm run package  first (npm start does)`);
  process.exit(1);
}
ensureCodeServer();
const wanted = Number(argv.includes('--port') ? argv[argv.indexOf('--port') + 1] : process.env.PORT ?? 8080);
const port = (await portFree(wanted)) ? wanted : await freePort();

let session = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.log('\nstopping VS Code (code-server)...');
    setTimeout(() => {
      killAll(); // code-server runs in its own process group
      process.exit(0);
    }, 8000).unref();
    (session ? session.stop() : Promise.resolve()).finally(() => process.exit(0));
  });
}
session = await startSession({
  label: 'start',
  vsix: VSIX,
  workspaceFolder: samples,
  port,
  openBrowser: false,
  onFatal: (reason) => {
    console.error(`code-server stopped: ${reason}`);
    process.exit(1);
  },
});
const url = `${session.srv.url}/?folder=${encodeURIComponent(samples)}`;
console.log('');
console.log('  Attribution Lens in VS Code 1.100.3 (code-server 4.100.3), in your browser:');
console.log(`    ${url}`);
console.log('  Open envoy-summoned.md, then F1 → "Attribution Lens: Show Analysis".');
console.log('  Listening on 127.0.0.1 only; Ctrl+C stops it.');
console.log('');
// Keep running until the server dies or a signal arrives (handled above).
await session.srv.exited;
