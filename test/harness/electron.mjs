#!/usr/bin/env node
// The standard runner (`npm run test:electron`): @vscode/test-electron starts a desktop VS Code
// with the project as the extension under development and runs the same suites as the offline
// runner (out/test/host/index.js's run()).
//
// VSCODE_EXECUTABLE=/path/to/code  uses an installed VS Code (the `code` binary of a desktop
// install, or the Electron executable of an extracted archive); otherwise test-electron
// downloads the latest stable VS Code into .vscode-test/, which needs internet (the offline
// machines of this project cannot: use `npm run test:host` there).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const extensionTestsPath = path.join(root, 'out', 'test', 'host', 'index.js');
if (!fs.existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} missing: run  npm run compile-tests  first`);
  process.exit(1);
}
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE || undefined;
if (vscodeExecutablePath && !fs.existsSync(vscodeExecutablePath)) {
  console.error(`VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  process.exit(1);
}
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-electron-'));

try {
  console.log(vscodeExecutablePath ? `VS Code: ${vscodeExecutablePath}` : 'VS Code: downloading the latest stable build into .vscode-test/ (needs internet)');
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath,
    vscodeExecutablePath,
    launchArgs: [path.join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userDataDir}`],
  });
  process.exitCode = 0;
} catch (e) {
  console.error(`test-electron failed: ${e?.message ?? e}`);
  if (!vscodeExecutablePath) console.error('offline? point VSCODE_EXECUTABLE at an installed VS Code, or run  npm run test:host  (code-server, offline)');
  process.exitCode = 1;
} finally {
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
