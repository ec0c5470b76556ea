#!/usr/bin/env node
// Idempotent offline installer for the real-VS-Code test harness.
//
// Installs code-server (which bundles the VS Code server + web workbench) into
// <project>/.cache/code-server/ (git-ignored, NOT the project's node_modules).
// Works with only the npm registry and Debian apt reachable:
//   - checks Debian packages chromium, ripgrep, libkrb5-dev (apt-get command printed if missing)
//   - installs code-server with --ignore-scripts, then seeds @vscode/ripgrep's download
//     cache with Debian's /usr/bin/rg (the postinstall would otherwise fetch from GitHub),
//   - runs code-server's postinstall (`npm rebuild`) with --unsafe-perm and npm_config_yes=true.
//
// Usage: node scripts/vscode/install.mjs [--force]
// Exit code 0 = ready; non-zero = failure with a message on stderr.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const REQUIRED_NODE_MAJOR = 20; // code-server 4.100.x requires Node 20
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev'];

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, '..', '..');
export const CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'code-server');
export const CODE_SERVER_PKG = path.join(CACHE_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');
const MARKER = path.join(CACHE_DIR, '.install-complete.json');

const log = (msg) => console.log(`[vscode-install] ${msg}`);

class InstallError extends Error {}
function fail(msg) {
  throw new InstallError(msg);
}

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? 'pipe' : 'inherit', encoding: 'utf8', ...opts });
  if (r.error) fail(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    if (opts.capture) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
  return r;
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== REQUIRED_NODE_MAJOR) {
    fail(`code-server ${CODE_SERVER_VERSION} needs Node ${REQUIRED_NODE_MAJOR}.x, this is Node ${process.versions.node}.`);
  }
  log(`node ${process.versions.node} OK`);
}

function checkDebianPackages() {
  const missing = [];
  for (const pkg of DEBIAN_PACKAGES) {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    if (r.error) fail(`dpkg-query not available (${r.error.message}); this installer expects Debian.`);
    if (r.status !== 0 || !r.stdout.includes('install ok installed')) missing.push(pkg);
  }
  if (missing.length) {
    fail(
      `missing Debian package(s): ${missing.join(', ')}\n` +
        `  install them with:  apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
  for (const bin of ['/usr/bin/chromium', '/usr/bin/rg']) {
    if (!fs.existsSync(bin)) fail(`${bin} not found although its package is installed`);
  }
  log(`Debian packages present: ${DEBIAN_PACKAGES.join(', ')}`);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function isInstalled() {
  if (!fs.existsSync(MARKER) || !fs.existsSync(CODE_SERVER_ENTRY)) return false;
  try {
    const marker = readJson(MARKER);
    const pkg = readJson(path.join(CODE_SERVER_PKG, 'package.json'));
    if (marker.version !== CODE_SERVER_VERSION || pkg.version !== CODE_SERVER_VERSION) return false;
  } catch {
    return false;
  }
  return codeServerVersion() !== null;
}

/** Runs `code-server --version` without touching ~/.config or ~/.local; returns the version line or null. */
function codeServerVersion() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-version-'));
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data') };
    const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8', timeout: 60_000, env });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
      return null;
    }
    return r.stdout.split('\n').find((l) => l.startsWith(`${CODE_SERVER_VERSION} `)) ?? null;
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Finds which ripgrep archive @vscode/ripgrep's postinstall will look for, by reading
 * its source (lib/postinstall.js: VERSION + target; lib/download.js: cache dir + asset name).
 */
function ripgrepCacheTarget(ripgrepPkgDir) {
  const pkg = readJson(path.join(ripgrepPkgDir, 'package.json'));
  const post = fs.readFileSync(path.join(ripgrepPkgDir, 'lib', 'postinstall.js'), 'utf8');
  const dl = fs.readFileSync(path.join(ripgrepPkgDir, 'lib', 'download.js'), 'utf8');
  const version = post.match(/const VERSION = '([^']+)'/)?.[1];
  if (!version) fail(`cannot find VERSION in ${ripgrepPkgDir}/lib/postinstall.js`);
  if (!dl.includes('vscode-ripgrep-cache-${packageVersion}') || !dl.includes("['ripgrep', opts.version, opts.target]")) {
    fail(`@vscode/ripgrep ${pkg.version}: download.js no longer matches the expected cache layout; update install.mjs`);
  }
  if (os.platform() !== 'linux' || os.arch() !== 'x64') fail(`only linux x64 is supported (this is ${os.platform()} ${os.arch()})`);
  const target = 'x86_64-unknown-linux-musl';
  const dir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${pkg.version}`);
  return { pkgVersion: pkg.version, file: path.join(dir, `ripgrep-${version}-${target}.tar.gz`) };
}

function seedRipgrepCache(file) {
  if (fs.existsSync(file)) {
    log(`ripgrep cache already present: ${file}`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  try {
    fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    run('tar', ['czf', file, '-C', stage, 'rg']);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  log(`seeded ripgrep cache with /usr/bin/rg: ${file}`);
}

function install() {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const pkgJson = path.join(CACHE_DIR, 'package.json');
  if (!fs.existsSync(pkgJson)) {
    fs.writeFileSync(pkgJson, JSON.stringify({ name: 'attribution-lens-code-server-cache', private: true }, null, 2) + '\n');
  }
  fs.rmSync(MARKER, { force: true });
  const env = {
    ...process.env,
    npm_config_yes: 'true', // postinstall uses npx; machine npm config has yes=false
    npm_config_unsafe_perm: 'true', // checked by code-server's postinstall.sh when run as root
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    TMPDIR: os.tmpdir(), // the ripgrep postinstall must see the same os.tmpdir() as we do
  };

  // 1. Fetch code-server without running its postinstall.
  log(`step 1/3: fetching code-server@${CODE_SERVER_VERSION} into ${CACHE_DIR} (scripts disabled)`);
  run('npm', ['install', '--prefix', CACHE_DIR, '--ignore-scripts', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], { env });

  // 2. Find the @vscode/ripgrep version VS Code pins, read its postinstall source, seed its cache.
  const shrink = readJson(path.join(CODE_SERVER_PKG, 'lib', 'vscode', 'npm-shrinkwrap.json'));
  const rgVersion = shrink.packages?.['node_modules/@vscode/ripgrep']?.version;
  if (!rgVersion) fail('cannot find @vscode/ripgrep in code-server lib/vscode/npm-shrinkwrap.json');
  log(`step 2/3: VS Code pins @vscode/ripgrep@${rgVersion}; reading its postinstall source`);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-ripgrep-src-'));
  let target;
  try {
    const packed = run('npm', ['pack', `@vscode/ripgrep@${rgVersion}`, '--silent', '--pack-destination', stage], { env, capture: true })
      .stdout.trim().split('\n').pop();
    run('tar', ['xzf', path.join(stage, packed), '-C', stage]);
    target = ripgrepCacheTarget(path.join(stage, 'package'));
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  log(`@vscode/ripgrep ${target.pkgVersion} will look for ${target.file}`);
  seedRipgrepCache(target.file);

  // 3. Run code-server's postinstall (installs VS Code's deps and builds native modules).
  // `npm rebuild` (all packages) runs the install scripts skipped in step 1: argon2's
  // node-pre-gyp (falls back to a source build offline) and code-server's postinstall.sh
  // (npm install in lib/vscode + lib/vscode/extensions; builds kerberos, node-pty, ...).
  log('step 3/3: running install scripts (npm rebuild) - builds native modules');
  run('npm', ['rebuild', '--prefix', CACHE_DIR, '--foreground-scripts'], { env });

  // Verify.
  const installedRg = path.join(CODE_SERVER_PKG, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep');
  const rgAgain = ripgrepCacheTarget(installedRg);
  if (rgAgain.file !== target.file) log(`WARNING: installed @vscode/ripgrep expects ${rgAgain.file}`);
  if (!fs.existsSync(path.join(installedRg, 'bin', 'rg'))) fail(`ripgrep binary missing in ${installedRg}/bin (postinstall did not finish)`);
  for (const mod of ['kerberos', 'node-pty', '@vscode/spdlog']) {
    const dir = path.join(CODE_SERVER_PKG, 'lib', 'vscode', 'node_modules', mod, 'build', 'Release');
    if (!fs.existsSync(dir)) fail(`native module ${mod} was not built (${dir} missing)`);
  }
  const v = codeServerVersion();
  if (!v) fail(`code-server --version failed or did not print ${CODE_SERVER_VERSION}`);
  fs.writeFileSync(MARKER, JSON.stringify({ version: CODE_SERVER_VERSION, ripgrep: target.pkgVersion, versionOutput: v, installedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`code-server --version: ${v}`);
}

export function main(argv = process.argv.slice(2)) {
  const t0 = Date.now();
  const force = argv.includes('--force');
  try {
    checkNode();
    checkDebianPackages();
    if (!force && isInstalled()) {
      log(`code-server ${CODE_SERVER_VERSION} already installed in ${CACHE_DIR} (use --force to reinstall)`);
    } else {
      install();
      log(`installed code-server ${CODE_SERVER_VERSION} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    log(`ready: ${CODE_SERVER_ENTRY}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (e) {
    console.error(`[vscode-install] FAILED: ${e instanceof InstallError ? e.message : e.stack}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
