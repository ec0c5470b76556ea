// Start a throwaway code-server (real VS Code 1.100.x server + web workbench) for tests.
//
//   import { startCodeServer } from './scripts/vscode/server.mjs';
//   const srv = await startCodeServer({ extensionDirs: [dir], workspaceFolder: ws });
//   ... srv.url, srv.port, srv.process, srv.logsDir, srv.exited (promise) ...
//   await srv.stop();
//
// Requires `node scripts/vscode/install.mjs` to have run (code-server in <project>/.cache/code-server).
// Everything code-server writes (user data, extensions, its own config/data dirs) goes to a
// fresh temp folder, removed on stop() unless keepTempDir / VSCODE_HARNESS_KEEP=1.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_ENTRY } from './install.mjs';

export { CODE_SERVER_ENTRY };

/** A free TCP port on 127.0.0.1 (asks the OS; tiny race window until code-server binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Folder name VS Code expects for an installed extension: publisher.name-version (lower-case id). */
export function extensionFolderName(extDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
  if (!pkg.publisher || !pkg.name || !pkg.version) throw new Error(`${extDir}/package.json needs publisher, name and version`);
  return `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase();
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Quiet, deterministic workbench for tests (no walkthrough tab, no update/gallery chatter). */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {object} o
 * @param {string[]} [o.extensionDirs]  unpacked extension folders (each with package.json); linked (or copied) as publisher.name-version
 * @param {string[]} [o.vsixPaths]      .vsix files, installed with `code-server --install-extension` before start
 * @param {string}   o.workspaceFolder  folder opened by default
 * @param {number}   [o.port]           default: a free port
 * @param {'symlink'|'copy'} [o.linkMode='symlink']
 * @param {Record<string,string>} [o.env]  extra environment (inherited by the extension host)
 * @param {string[]} [o.extraArgs]
 * @param {boolean}  [o.keepTempDir]    keep user-data-dir etc. after stop() (also VSCODE_HARNESS_KEEP=1)
 * @param {boolean}  [o.verbose]        echo code-server output (also VSCODE_HARNESS_VERBOSE=1)
 * @param {number}   [o.startTimeoutMs=60000]
 * @param {Record<string, unknown>} [o.settings]  user settings merged over DEFAULT_SETTINGS (user-data-dir/User/settings.json)
 */
export async function startCodeServer(o) {
  const t0 = Date.now();
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server not installed (${CODE_SERVER_ENTRY} missing): run  node scripts/vscode/install.mjs`);
  }
  if (!o?.workspaceFolder || !fs.existsSync(o.workspaceFolder)) throw new Error(`workspaceFolder missing: ${o?.workspaceFolder}`);
  const workspaceFolder = path.resolve(o.workspaceFolder);
  const keep = o.keepTempDir ?? process.env.VSCODE_HARNESS_KEEP === '1';
  const verbose = o.verbose ?? process.env.VSCODE_HARNESS_VERBOSE === '1';

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-harness-'));
  const userDataDir = path.join(tempDir, 'user-data');
  const extensionsDir = path.join(tempDir, 'extensions');
  const xdg = path.join(tempDir, 'xdg'); // keeps code-server's config.yaml / coder-logs out of $HOME
  const tmp = path.join(tempDir, 'tmp'); // TMPDIR for code-server: its vscode-ipc-*.sock / vscode-git-*.sock go away with tempDir
  for (const d of [userDataDir, extensionsDir, tmp, path.join(xdg, 'config'), path.join(xdg, 'data')]) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...(o.settings ?? {}) }, null, 2));
  const configFile = path.join(tempDir, 'code-server-config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');

  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    TMPDIR: tmp,
    ...(o.env ?? {}),
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_IPC_HOOK_CLI; // do not talk to an outer VS Code when run from its terminal
  const baseArgs = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  for (const dir of o.extensionDirs ?? []) {
    const src = path.resolve(dir);
    const dest = path.join(extensionsDir, extensionFolderName(src));
    if ((o.linkMode ?? 'symlink') === 'copy') fs.cpSync(src, dest, { recursive: true, dereference: true });
    else fs.symlinkSync(src, dest, 'dir');
  }
  for (const vsix of o.vsixPaths ?? []) {
    const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...baseArgs, '--install-extension', path.resolve(vsix)], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    if (verbose) process.stdout.write(r.stdout);
  }

  const port = o.port ?? (await freePort());
  const args = [
    CODE_SERVER_ENTRY,
    ...baseArgs,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(o.extraArgs ?? []),
    workspaceFolder,
  ];
  const logFile = path.join(tempDir, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);
  // detached => own process group, so stop() can kill code-server + extension host + pty host together.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const s of [child.stdout, child.stderr]) {
    s.on('data', (b) => {
      logStream.write(b);
      if (verbose) process.stdout.write(`[code-server] ${b}`);
    });
  }
  let exitInfo = null;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
    child.on('error', (err) => {
      exitInfo = { code: null, signal: null, error: err };
      resolve(exitInfo);
    });
  });

  let stopped = false;
  async function stop() {
    if (!stopped) {
      stopped = true;
      const kill = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {
          /* already gone */
        }
      };
      if (!exitInfo) {
        kill('SIGTERM');
        const t = await Promise.race([exited.then(() => 'exited'), sleep(5000).then(() => 'timeout')]);
        if (t === 'timeout') kill('SIGKILL');
      }
      kill('SIGKILL'); // stragglers in the group (extension host, pty host, file watcher)
      await Promise.race([exited, sleep(2000)]);
      await new Promise((r) => logStream.end(r));
    }
    if (!keep) fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
  }

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (o.startTimeoutMs ?? 60_000);
  while (true) {
    if (exitInfo) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
      await stop();
      throw new Error(`code-server exited during start (${JSON.stringify(exitInfo)}):\n${log}`);
    }
    if (await httpOk(`${url}/healthz`)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${o.startTimeoutMs ?? 60_000} ms`);
    }
    await sleep(150);
  }

  return {
    url,
    port,
    process: child,
    /** resolves with {code, signal} when code-server exits */
    exited,
    stop,
    tempDir,
    userDataDir,
    extensionsDir,
    /** VS Code logs: <logsDir>/<timestamp>/exthost*, remoteagent.log, ... */
    logsDir: path.join(userDataDir, 'logs'),
    logFile,
    startMs: Date.now() - t0,
    spawnedAt: t0,
  };
}
