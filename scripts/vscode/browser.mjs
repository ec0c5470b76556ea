// Open the code-server workbench in Debian's headless chromium through playwright-core.
//
//   const { browser, page } = await openWorkbench(srv.url, workspaceFolder);
//
// playwright-core is a devDependency of the project. No browser is downloaded:
// Debian's chromium (apt-get install -y chromium) is used.
// The extension host only starts once a browser has opened the workbench.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(here, '..', '..');
export const CHROMIUM = process.env.VSCODE_HARNESS_CHROMIUM || '/usr/bin/chromium';
export const VIEWPORT = { width: 1400, height: 900 };
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless',
];

async function loadPlaywright() {
  try {
    const resolved = createRequire(path.join(PROJECT_ROOT, 'package.json')).resolve('playwright-core');
    return (await import(resolved)).default ?? (await import(resolved));
  } catch {
    throw new Error('playwright-core not found: run  npm ci  (it is a devDependency of the project)');
  }
}

/**
 * @param {string} url     code-server base url (http://127.0.0.1:PORT)
 * @param {string} folder  workspace folder to open (?folder=)
 * @param {object} [o]
 * @param {number} [o.timeoutMs=60000]  wait for .monaco-workbench
 * @param {(msg: string) => void} [o.onConsole]  browser console lines (workbench side)
 * @param {boolean} [o.handleSignals=true]  let playwright handle SIGINT/SIGTERM/SIGHUP (false: the caller does)
 * @param {{width: number, height: number}} [o.viewport]
 * @returns {Promise<{browser: import('playwright-core').Browser, page: import('playwright-core').Page, close: () => Promise<void>, tmpDir: string}>}
 */
export async function openWorkbench(url, folder, o = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium`);
  const { chromium } = await loadPlaywright();
  // Own TMPDIR so chromium's org.chromium.Chromium.* scratch dirs are removed even if it is killed.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-harness-chromium-'));
  const rmTmp = () => fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
      env: { ...process.env, TMPDIR: tmp },
      // The harness handles signals itself (kills code-server's group, then exits; playwright's
      // own exit handler then SIGKILLs the browser's process group).
      handleSIGINT: o.handleSignals ?? true,
      handleSIGTERM: o.handleSignals ?? true,
      handleSIGHUP: o.handleSignals ?? true,
    });
  } catch (e) {
    rmTmp();
    throw e;
  }
  browser.on('disconnected', rmTmp);
  try {
    const context = await browser.newContext({ viewport: o.viewport ?? VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    if (o.onConsole) page.on('console', (m) => o.onConsole(`[${m.type()}] ${m.text()}`));
    const target = `${url.replace(/\/$/, '')}/?folder=${encodeURIComponent(path.resolve(folder))}`;
    await page.goto(target, { waitUntil: 'domcontentloaded', timeout: o.timeoutMs ?? 60_000 });
    await page.waitForSelector('.monaco-workbench', { state: 'attached', timeout: o.timeoutMs ?? 60_000 });
    const close = async () => {
      await browser.close().catch(() => {});
    };
    return { browser, page, close, tmpDir: tmp };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}
