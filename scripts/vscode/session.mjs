// One offline VS Code session for a test run: code-server (with the extension's .vsix and any
// extra extension folders installed) + the workbench in headless chromium, watched so that the
// run fails fast instead of hanging.
//
//   const s = await startSession({ label: 'host', vsix, workspaceFolder, ... });
//   await s.race(somePromise);      // rejects as soon as code-server or the browser dies
//   await s.stop();
//
// Anything that kills the run (code-server exits, the browser disconnects, the page crashes,
// the hard timeout fires, SIGINT/SIGTERM) calls onFatal(reason) once; the default prints the
// reason and exits non-zero after killing code-server's process group (playwright's exit
// handler SIGKILLs the browser's group).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkbench } from './browser.mjs';
import { main as ensureInstalled } from './install.mjs';
import { startCodeServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, '..', '..');
export const VSIX = path.join(PROJECT_ROOT, 'attribution-lens.vsix');

const live = new Set(); // sessions whose code-server may still run

function killGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

/**
 * Synchronous last resort: SIGKILL every live code-server group and remove its temp folders
 * (safe inside 'exit' handlers; playwright's own exit handler SIGKILLs the browser's group).
 */
export function killAll() {
  const keep = process.env.VSCODE_HARNESS_KEEP === '1';
  for (const s of live) {
    killGroup(s.srv?.process.pid);
    for (const dir of [s.srv?.tempDir, s.wb?.tmpDir]) {
      if (dir && !keep) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    }
  }
  live.clear();
}
process.on('exit', killAll);

/**
 * Install signal handlers that kill code-server and exit. `onSignal` may print a summary first.
 * @param {(sig: string) => void} [onSignal]
 */
export function handleSignals(onSignal) {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      try {
        onSignal?.(sig);
      } finally {
        killAll();
        process.exit(sig === 'SIGINT' ? 130 : 143);
      }
    });
  }
}

/** Sets up code-server once (idempotent; prints the apt-get line for a missing Debian package). */
export function ensureCodeServer() {
  if (ensureInstalled([]) !== 0) throw new Error('code-server is not installed and could not be installed (see above)');
}

/**
 * @param {object} o
 * @param {string} o.label                       prefix for log lines
 * @param {string} [o.vsix]                      the extension's .vsix (installed with --install-extension)
 * @param {string[]} [o.extensionDirs]           unpacked extra extensions (the test-runner extension)
 * @param {string} o.workspaceFolder
 * @param {Record<string,string>} [o.env]        environment of code-server (inherited by the extension host)
 * @param {number} [o.timeoutMs]                 hard timeout of the whole session
 * @param {(reason: string) => void} [o.onFatal] called once when the session dies; default: print + exit(1)
 * @param {boolean} [o.openBrowser=true]
 * @param {number} [o.port]
 * @param {{width: number, height: number}} [o.viewport]
 */
export async function startSession(o) {
  const t0 = Date.now();
  const log = (m) => console.log(`[${o.label} ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${m}`);
  const consoleLines = [];
  const session = { srv: null, wb: null, page: null, log, consoleLines, t0 };
  live.add(session);

  let fatalCalled = false;
  let rejectDied;
  const died = new Promise((_, reject) => (rejectDied = reject));
  died.catch(() => {});
  const fatal = (reason) => {
    if (fatalCalled || session.stopping) return;
    fatalCalled = true;
    rejectDied(new Error(reason));
    if (o.onFatal) o.onFatal(reason);
    else {
      console.error(`[${o.label}] FATAL: ${reason}`);
      killAll();
      process.exit(1);
    }
  };
  session.fatal = fatal;
  session.died = died;
  /** Resolves like p, but rejects as soon as the session dies. */
  session.race = (p) => Promise.race([p, died]);

  let hard;
  if (o.timeoutMs) {
    hard = setTimeout(() => fatal(`timeout: the session ran longer than ${o.timeoutMs / 1000} s`), o.timeoutMs);
    hard.unref();
  }

  session.stop = async () => {
    session.stopping = true;
    if (hard) clearTimeout(hard);
    if (session.wb) await Promise.race([session.wb.close(), new Promise((r) => setTimeout(r, 5000))]);
    if (session.srv) await session.srv.stop();
    live.delete(session);
  };

  try {
    session.srv = await startCodeServer({
      vsixPaths: o.vsix ? [o.vsix] : [],
      extensionDirs: o.extensionDirs ?? [],
      workspaceFolder: o.workspaceFolder,
      env: o.env,
      port: o.port,
    });
    const srv = session.srv;
    log(`code-server ${srv.url} up in ${srv.startMs} ms (pid ${srv.process.pid}, VS Code server logs in ${srv.logsDir})`);
    srv.exited.then((e) => fatal(`code-server exited mid-run (${e.signal ?? `code ${e.code}`})`));

    if (o.openBrowser === false) return session;
    session.wb = await session.race(
      openWorkbench(srv.url, o.workspaceFolder, {
        onConsole: (l) => consoleLines.push(l),
        handleSignals: false,
        viewport: o.viewport,
      }),
    );
    session.page = session.wb.page;
    log('workbench loaded in chromium');
    session.wb.browser.on('disconnected', () => fatal('the browser disconnected mid-run (chromium died or was killed)'));
    session.page.on('crash', () => fatal('the workbench page crashed'));
    session.page.on('close', () => fatal('the workbench page closed (the browser died or was killed)'));
    return session;
  } catch (e) {
    await session.stop().catch(() => {});
    throw e;
  }
}

/** Copies code-server's and VS Code's logs plus the browser console into dir (for failed runs). */
export function saveLogs(session, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const srv = session.srv;
  if (srv) {
    if (fs.existsSync(srv.logsDir)) fs.cpSync(srv.logsDir, path.join(dir, 'vscode'), { recursive: true });
    if (fs.existsSync(srv.logFile)) fs.copyFileSync(srv.logFile, path.join(dir, 'code-server.log'));
  }
  fs.writeFileSync(path.join(dir, 'browser-console.log'), session.consoleLines.join('\n') + '\n');
}

/**
 * Runs a test runner's `main()` (which resolves to its exit code) and exits with it. If main
 * throws before it finished on its own, reports the crash with the `N passed, M failed` line
 * (`counts()` gives what had passed and failed so far) and kills everything it started.
 */
export function runMain(label, main, counts, isFinished) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      if (isFinished()) return;
      const { passed, failed } = counts();
      console.error(`[${label}] FAIL: ${e?.stack ?? e}`);
      console.log(`${passed} passed, ${failed + 1} failed`);
      killAll();
      process.exit(1);
    },
  );
}
