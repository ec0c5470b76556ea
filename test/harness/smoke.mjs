#!/usr/bin/env node
// Smoke test of the offline real-VS-Code harness:
//   code-server 4.100.3 (VS Code 1.100.3) + headless Debian chromium via playwright-core.
// A throwaway extension (activationEvents: onStartupFinished) uses the real vscode API and writes
// a JSON result; this script waits for it, takes test-results/smoke.png and exits 0 only if
// every check passed. Fails fast if code-server or the browser dies; overall timeout 90 s.
//
//   node scripts/vscode/install.mjs      # once (idempotent)
//   node test/harness/smoke.mjs [--vsix | --copy] [--keep]
//     --vsix  install the probe extension as a .vsix through --install-extension (default: symlinked folder)
//     --copy  copy the unpacked folder instead of symlinking it
//     --keep  keep the temp folder (user-data-dir with logs, extensions dir) and print its path

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkbench } from '../../scripts/vscode/browser.mjs';
import { main as ensureInstalled } from '../../scripts/vscode/install.mjs';
import { startCodeServer } from '../../scripts/vscode/server.mjs';
import { packVsix } from '../../scripts/vscode/vsix.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(here, '..', '..');
const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');
const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_MS ?? 90_000);
const argv = process.argv.slice(2);
const mode = argv.includes('--vsix') ? 'vsix' : argv.includes('--copy') ? 'copy' : 'symlink';
const keep = argv.includes('--keep');

const T0 = Date.now();
const current = { srv: null };
const ts = () => `${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s`;
const log = (m) => console.log(`[smoke ${ts()}] ${m}`);

const EXT_ID = 'harness-test.smoke-probe';
const PROBE_PACKAGE = {
  name: 'smoke-probe',
  displayName: 'Harness smoke probe',
  description: 'Throwaway extension used by test/harness/smoke.mjs',
  publisher: 'harness-test',
  version: '0.0.1',
  engines: { vscode: '^1.90.0' },
  main: './extension.js',
  activationEvents: ['onStartupFinished'],
  contributes: { commands: [{ command: 'smokeProbe.hello', title: 'Smoke Probe: Hello' }] },
};

// Runs inside the VS Code extension host (Node, CommonJS).
const PROBE_SOURCE = String.raw`
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');

function resultPath() {
  // Channel 1: a JSON file in the workspace folder. Channel 2: env var inherited from code-server.
  const ws = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (ws) {
    const cfg = path.join(ws.uri.fsPath, '.vscode-harness', 'config.json');
    if (fs.existsSync(cfg)) return { file: JSON.parse(fs.readFileSync(cfg, 'utf8')).resultFile, via: 'workspace-file' };
  }
  if (process.env.VSCODE_HARNESS_RESULT_FILE) return { file: process.env.VSCODE_HARNESS_RESULT_FILE, via: 'env' };
  return { file: null, via: 'none' };
}

function write(file, obj) {
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(obj, null, 2));
  fs.renameSync(tmp, file); // atomic: the harness never reads a half-written file
}

async function activate(context) {
  const activatedAt = Date.now();
  console.log('[smoke-probe] activate() called'); // -> browser console as "[Extension Host] ..."
  const out = vscode.window.createOutputChannel('Smoke Probe', { log: true }); // -> a file under logs/<ts>/exthost1/
  context.subscriptions.push(out);
  out.info('activate() called');
  const { file, via } = resultPath();
  const checks = {};
  const info = {
    activatedAt,
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    appHost: vscode.env.appHost,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop',
    remoteName: vscode.env.remoteName,
    node: process.versions.node,
    resultChannel: via,
    envVarSeen: process.env.VSCODE_HARNESS_RESULT_FILE || null,
    extensionPath: context.extensionPath,
    logUri: context.logUri && context.logUri.fsPath,
    extensionMode: context.extensionMode,
  };
  try {
    const ws = vscode.workspace.workspaceFolders;
    checks.workspaceFolder = !!(ws && ws.length === 1);
    const uri = vscode.Uri.joinPath(ws[0].uri, 'sample.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    checks.openTextDocument = doc.getText().includes('said the mayor');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    checks.showTextDocument = editor.document.uri.toString() === uri.toString() &&
      vscode.window.activeTextEditor !== undefined &&
      vscode.window.activeTextEditor.document.uri.toString() === uri.toString();
    // A contributed command is only listed by getCommands once it is registered.
    context.subscriptions.push(vscode.commands.registerCommand('smokeProbe.hello', () => 'hello'));
    const commands = await vscode.commands.getCommands(true);
    info.commandCount = commands.length;
    checks.getCommands = commands.includes('smokeProbe.hello') && commands.includes('workbench.action.files.save');
    const dc = vscode.languages.createDiagnosticCollection('smoke-probe');
    context.subscriptions.push(dc);
    dc.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 4), 'smoke diagnostic', vscode.DiagnosticSeverity.Warning)]);
    const diags = vscode.languages.getDiagnostics(uri);
    checks.getDiagnostics = diags.some((d) => d.message === 'smoke diagnostic');
    const self = vscode.extensions.getExtension('${EXT_ID}');
    checks.getExtensionSelf = !!self && self.isActive !== undefined;
    info.getExtensionSelfPath = self ? self.extensionPath : null;
    info.allExtensionsCount = vscode.extensions.all.length;
    info.nonBuiltinExtensions = vscode.extensions.all.filter((e) => !e.packageJSON.isBuiltin).map((e) => e.id);
    checks.executeCommand = (await vscode.commands.executeCommand('smokeProbe.hello')) === 'hello';
  } catch (e) {
    info.error = String(e && e.stack || e);
  }
  const ok = !info.error && Object.values(checks).length > 0 && Object.values(checks).every(Boolean);
  console.log('[smoke-probe] done ok=' + ok + ' ' + JSON.stringify(checks));
  out.info('done ok=' + ok);
  if (file) write(file, { ok, checks, info, finishedAt: Date.now() });
}
module.exports = { activate, deactivate() {} };
`;

function makeFixture(root) {
  const extDir = path.join(root, 'probe-extension');
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(extDir, { recursive: true });
  fs.mkdirSync(path.join(ws, '.vscode-harness'), { recursive: true });
  fs.writeFileSync(path.join(extDir, 'package.json'), JSON.stringify(PROBE_PACKAGE, null, 2));
  fs.writeFileSync(path.join(extDir, 'extension.js'), PROBE_SOURCE);
  fs.writeFileSync(
    path.join(ws, 'sample.txt'),
    '"We will rebuild the bridge by spring," said the mayor on Tuesday.\nA senior official, who asked not to be named, disputed that timeline.\n',
  );
  const resultFile = path.join(root, 'result.json');
  fs.writeFileSync(path.join(ws, '.vscode-harness', 'config.json'), JSON.stringify({ resultFile }, null, 2));
  return { extDir, ws, resultFile };
}

async function run() {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  if (ensureInstalled([]) !== 0) throw new Error('code-server install check failed (see above)');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-smoke-'));
  const { extDir, ws, resultFile } = makeFixture(root);
  let srv;
  let wb;
  const browserConsole = [];
  try {
    const tStart = Date.now();
    const vsixPaths = mode === 'vsix' ? [packVsix(extDir, path.join(root, 'smoke-probe-0.0.1.vsix'))] : [];
    srv = current.srv = await startCodeServer({
      extensionDirs: mode === 'vsix' ? [] : [extDir],
      vsixPaths,
      linkMode: mode === 'copy' ? 'copy' : 'symlink',
      workspaceFolder: ws,
      env: { VSCODE_HARNESS_RESULT_FILE: resultFile },
      keepTempDir: keep,
    });
    log(`code-server ${srv.url} up in ${srv.startMs} ms (pid ${srv.process.pid}, mode ${mode}, temp ${srv.tempDir})`);
    if (mode === 'vsix') log(`extensions dir after --install-extension: ${fs.readdirSync(srv.extensionsDir).join(', ')}`);

    // Anything dying mid-run rejects this promise, so we never hang.
    let failFast;
    const died = new Promise((_, reject) => (failFast = reject));
    died.catch(() => {});
    const deadline = T0 + TIMEOUT_MS;
    const overall = setTimeout(() => failFast(new Error(`timeout: no result from the probe extension after ${TIMEOUT_MS / 1000} s`)), deadline - Date.now());
    overall.unref();
    srv.exited.then((e) => failFast(new Error(`code-server exited mid-run: ${JSON.stringify(e)}`)));

    wb = await Promise.race([
      openWorkbench(srv.url, ws, { onConsole: (l) => browserConsole.push(l) }),
      died,
    ]);
    log('workbench loaded (.monaco-workbench present)');
    wb.browser.on('disconnected', () => failFast(new Error('browser disconnected mid-run')));
    wb.page.on('crash', () => failFast(new Error('page crashed')));
    wb.page.on('close', () => failFast(new Error('page closed')));

    const waitResult = (async () => {
      while (!fs.existsSync(resultFile)) {
        if (Date.now() > deadline) throw new Error(`timeout: no result from the probe extension after ${TIMEOUT_MS / 1000} s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      clearTimeout(overall);
      return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    })();
    const result = await Promise.race([waitResult, died]);
    const activationMs = result.info.activatedAt - srv.spawnedAt;
    log(`probe result arrived: ok=${result.ok}; activate() ran ${activationMs} ms after code-server was spawned`);

    // Let the editor paint the document, then screenshot.
    await Promise.race([
      wb.page.waitForSelector('.editor-instance .view-line >> text=said the mayor', { timeout: 10_000 }).catch(() => log('editor text not seen in DOM before screenshot')),
      died,
    ]);
    const shot = path.join(RESULTS_DIR, 'smoke.png');
    await Promise.race([wb.page.screenshot({ path: shot }), died]);
    log(`screenshot: ${shot}`);

    // Collect logs before the temp dir goes away.
    const logsOut = path.join(RESULTS_DIR, 'smoke-logs');
    fs.rmSync(logsOut, { recursive: true, force: true });
    if (fs.existsSync(srv.logsDir)) fs.cpSync(srv.logsDir, logsOut, { recursive: true });
    fs.copyFileSync(srv.logFile, path.join(RESULTS_DIR, 'smoke-logs-code-server.log'));
    fs.writeFileSync(path.join(RESULTS_DIR, 'smoke-browser-console.log'), browserConsole.join('\n') + '\n');
    fs.writeFileSync(path.join(RESULTS_DIR, 'smoke-result.json'), JSON.stringify(result, null, 2));
    const extJson = path.join(srv.extensionsDir, 'extensions.json');
    log(`extensions.json in extensions dir: ${fs.existsSync(extJson) ? fs.readFileSync(extJson, 'utf8').slice(0, 300) : 'absent'}`);
    log(`vscode.version=${result.info.vscodeVersion} appName=${result.info.appName} uiKind=${result.info.uiKind} ` +
      `channel=${result.info.resultChannel} envVarSeen=${!!result.info.envVarSeen} getExtension(self)=${result.checks.getExtensionSelf}`);
    log(`checks: ${JSON.stringify(result.checks)}${result.info.error ? `\nerror: ${result.info.error}` : ''}`);
    return result.ok;
  } finally {
    if (wb) await wb.close();
    if (srv) await srv.stop();
    if (keep) log(`kept: ${root} and ${srv?.tempDir}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }
}

// Last resort (a hung close/stop): kill code-server's whole process group synchronously, then exit.
function killServerGroup() {
  if (current.srv?.process.pid) {
    try {
      process.kill(-current.srv.process.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}
const hardStop = setTimeout(() => {
  console.error(`[smoke] FAIL: hard timeout ${TIMEOUT_MS + 30_000} ms`);
  killServerGroup();
  process.exit(3);
}, TIMEOUT_MS + 30_000);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    console.error(`[smoke] interrupted (${sig})`);
    killServerGroup();
    process.exit(130);
  });
}
hardStop.unref();

run().then(
  (ok) => {
    log(ok ? 'PASS' : 'FAIL: probe checks failed');
    process.exit(ok ? 0 : 1);
  },
  (e) => {
    console.error(`[smoke ${ts()}] FAIL: ${e.stack ?? e}`);
    process.exit(2);
  },
);
