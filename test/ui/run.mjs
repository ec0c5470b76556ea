#!/usr/bin/env node
// UI tests (`npm run test:ui`): Playwright drives the workbench of the offline VS Code
// (code-server 4.100.3 = VS Code 1.100.3, the extension installed from attribution-lens.vsix)
// in Debian's headless chromium, the way a person would: Quick Open, the command palette, the
// Output panel, notifications. Every step asserts on what is on screen and leaves a screenshot
// in test-results/ui/NN-step.png (also when it fails).
//
// Steps run in order (each builds on the previous one); a failing step does not stop the
// others. The run fails fast when code-server or the browser dies, and on the hard timeout.
// The last line is always `N passed, M failed`.
//
//   node test/ui/run.mjs [--vsix FILE]      env: VSCODE_UI_TIMEOUT_MS (default 420000)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer, handleSignals, killAll, runMain, PROJECT_ROOT, saveLogs, startSession, VSIX } from '../../scripts/vscode/session.mjs';

const argv = process.argv.slice(2);
const vsix = path.resolve(argv.includes('--vsix') ? argv[argv.indexOf('--vsix') + 1] : VSIX);
const TIMEOUT_MS = Number(process.env.VSCODE_UI_TIMEOUT_MS ?? 420_000);
const STEP_TIMEOUT_MS = 45_000;
const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'ui');
const ARTICLE = 'envoy-summoned.md';

const T0 = Date.now();
const results = [];
let session;
let page;
let current = null;
let finished = false;

// ---- what the steps look for -------------------------------------------------------------

const sel = {
  explorerRow: (name) => `.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`,
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget input.input',
  quickPick: (text) => `.quick-input-widget .monaco-list-row:has-text("${text}")`,
  activeTab: (name) => `.tabs-container .tab.active:has-text("${name}")`,
  editorText: (text) => `.editor-instance .view-lines:has-text("${text}")`,
  panel: '.part.panel',
  outputLines: '.part.panel .view-lines',
  notification: (text) => `.notifications-toasts .notification-toast:has-text("${text}")`,
  activityIcon: (title) => `.part.activitybar .action-item:has(.action-label[aria-label^="${title}"])`,
  activityBadge: (title) => `.part.activitybar .action-item:has(.action-label[aria-label^="${title}"]) .badge-content`,
  sidebarRow: (text) => `.part.sidebar .monaco-list-row:has-text("${text}")`,
  statusItem: (text) => `.part.statusbar .statusbar-item:has-text("${text}")`,
  hover: (text) => `.monaco-hover:visible:has-text("${text}")`,
};

/** Moves the cursor with Go to Line (`line:column`). */
async function goToLine(where) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
  await page.keyboard.type(where);
  await page.keyboard.press('Enter');
  await page.waitForSelector(sel.quickInput, { state: 'hidden' });
}

async function palette(command) {
  await page.keyboard.press('F1');
  await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
  await page.keyboard.type(command);
  await page.waitForSelector(sel.quickPick(command), { state: 'visible' });
}

/** The text of the Output panel's editor, as rendered (only its visible lines are in the DOM). */
async function outputText() {
  // Monaco reuses line elements: put them in screen order by their top offset.
  return page
    .locator(sel.outputLines)
    .first()
    .evaluate((el) =>
      [...el.querySelectorAll('.view-line')]
        .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text)
        .join('\n'),
    );
}

async function waitForOutput(pattern, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await outputText().catch(() => '');
    if (pattern.test(text.replace(/\u00a0/g, ' '))) return text;
    await page.waitForTimeout(200);
  }
  throw new Error(`the Output panel does not show ${pattern}; it shows:\n${text.slice(0, 1500)}`);
}

/** Dialogs (alert, confirm, prompt) opened by any frame: a hostile article must open none. */
const dialogs = [];

/**
 * The frame of the sourcing report's webview (VS Code nests the page in two iframes), once its
 * page holds `probe`'s text.
 */
async function reportFrame(text, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      const found = await frame
        .evaluate((t) => {
          const root = document.getElementById('report');
          return !!root && (root.textContent ?? '').includes(t);
        }, text)
        .catch(() => false);
      if (found) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no sourcing report webview shows "${text}"`);
    await page.waitForTimeout(200);
  }
}

/**
 * Runs `fn` in the report webview that shows `text`. The report re-renders its frame when a newer analysis of the
 * article arrives (a fresh untitled article may be analysed twice as it settles), which detaches a frame found a moment
 * before: then the frame is found again and `fn` runs in it, three times at most.
 */
async function evaluateInReport(text, fn) {
  for (let attempt = 1; ; attempt++) {
    const frame = await reportFrame(text);
    try {
      return await frame.evaluate(fn);
    } catch (e) {
      if (attempt >= 3 || !/detached/i.test(String(e))) throw e;
    }
  }
}

const HOSTILE_ARTICLE = [
  'Minister Smith said: “<img src=x onerror=alert(1)> [x](javascript:alert(1))”.',
  '',
  '“<script>alert(2)</script> is what we found,” said Jane Doe, a spokeswoman.',
  '',
].join('\n');

// ---- the steps -----------------------------------------------------------------------------

const steps = [
  {
    name: 'the workbench opens the samples folder and lists the article in the Explorer',
    shot: '01-workbench',
    async run() {
      await page.waitForSelector(sel.explorerRow(ARTICLE), { state: 'visible' });
    },
  },
  {
    name: 'Quick Open (Ctrl+P) finds the sample article',
    shot: '02-quick-open',
    async run() {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
      await page.keyboard.type('envoy-summoned');
      await page.waitForSelector(sel.quickPick(ARTICLE), { state: 'visible' });
    },
  },
  {
    name: 'the article opens in an editor',
    shot: '03-article-open',
    async run() {
      await page.keyboard.press('Enter');
      await page.waitForSelector(sel.activeTab(ARTICLE), { state: 'visible' });
      await page.waitForSelector(sel.editorText('Dzhaparova'), { state: 'visible' });
    },
  },
  {
    name: 'the status bar sums up the article’s sourcing',
    shot: '03b-status-bar',
    async run() {
      await page.waitForSelector(sel.statusItem('10 quotes · 6 named · 2 anonymous · 3 vague'), { state: 'visible' });
    },
  },
  {
    name: 'hovering a name shows the person: title, official, quotes with links, title at first mention',
    shot: '03c-hover-person',
    async run() {
      // Line 7: “Ukraine’s deputy foreign minister, Emine Dzhaparova, told …”
      await goToLine('7:40');
      await palette('Show or Focus Hover');
      await page.keyboard.press('Enter');
      const hover = page.locator(sel.hover('Emine Dzhaparova'));
      await hover.waitFor({ state: 'visible' });
      await hover.locator('strong:has-text("Emine Dzhaparova")').waitFor({ state: 'visible' });
      await hover.locator(':text("Title given at first mention")').waitFor({ state: 'visible' });
      const links = await hover.locator('a[data-href^="command:attributionLens.revealRange"]').count();
      if (links !== 3) throw new Error(`the hover shows ${links} quote links, not 3`);
    },
  },
  {
    name: 'a quote link in the hover selects the quote',
    shot: '03d-hover-link',
    async run() {
      const hover = page.locator(sel.hover('Emine Dzhaparova'));
      await hover.locator('a[data-href^="command:attributionLens.revealRange"]').first().click();
      // “a clear public correction,” is 28 characters.
      await page.waitForSelector('.statusbar-item:has-text("(28 selected)")', { state: 'visible' });
    },
  },
  {
    name: 'hovering an anonymous source says why it is flagged and what an editor asks',
    shot: '03e-hover-anonymous',
    async run() {
      await page.keyboard.press('Escape');
      // Line 13: “… declined to comment directly. A senior Israeli official, who spoke …”
      await goToLine('13:80');
      await palette('Show or Focus Hover');
      await page.keyboard.press('Enter');
      const hover = page.locator(sel.hover('Anonymous source'));
      await hover.waitFor({ state: 'visible' });
      await hover.locator('strong:has-text("Anonymous source")').waitFor({ state: 'visible' });
      // Escaped punctuation renders as typed: “(what would the source risk if named)?”
      await hover.locator('li:has-text("Why was anonymity granted (what would the source risk if named)?")').waitFor({ state: 'visible' });
      const asks = await hover.locator('li').count();
      if (asks !== 3) throw new Error(`the hover lists ${asks} questions, not 3`);
    },
  },
  {
    name: 'the Outline view lists the article’s people and quotes with their speakers',
    shot: '04-outline',
    async run() {
      await palette('Explorer: Focus on Outline View');
      await page.keyboard.press('Enter');
      const row = (text) => `.pane-body .monaco-list-row:has-text("${text}")`;
      await page.waitForSelector(row('People ('), { state: 'visible' });
      await page.waitForSelector(row('Emine Dzhaparova'), { state: 'visible' });
      // The pane is short: collapse the people to bring the quotes into view.
      await page.locator(row('People (')).first().click();
      await page.keyboard.press('ArrowLeft');
      await page.waitForSelector(row('Quotes ('), { state: 'visible' });
      // Back to the editor for the next steps.
      await page.locator(sel.editorText('Dzhaparova')).first().click();
    },
  },
  {
    name: 'the Sourcing view (activity bar) lists the article’s quotes by speaker, people and problems, with a badge',
    shot: '04b-sourcing-view',
    async run() {
      await page.locator(sel.activityIcon('Attribution Lens')).click();
      await page.waitForSelector(sel.sidebarRow('Quotes ('), { state: 'visible' });
      for (const text of ['Emine Dzhaparova', 'Anonymous sources', 'People (', 'Unattributed & anonymous (']) {
        await page.waitForSelector(sel.sidebarRow(text), { state: 'visible' });
      }
      const badge = (await page.locator(sel.activityBadge('Attribution Lens')).first().textContent())?.trim();
      if (!badge || !/^\d+$/.test(badge) || Number(badge) < 1) throw new Error(`the activity-bar badge shows "${badge}"`);
    },
  },
  {
    name: 'choosing a quote in the Sourcing view selects it in the editor',
    shot: '04c-sourcing-select',
    async run() {
      await page.locator(sel.sidebarRow('Emine Dzhaparova')).first().click();
      await page.waitForSelector(sel.sidebarRow('We are not asking for favours'), { state: 'visible' });
      await page.locator(sel.sidebarRow('We are not asking for favours')).first().click();
      // The status bar counts the selected characters: the whole quote.
      const quote = '“We are not asking for favours. We are asking for honesty,”';
      await page.waitForSelector(`.statusbar-item:has-text("(${quote.length} selected)")`, { state: 'visible' });
    },
  },
  {
    name: 'Reveal in Sourcing View (editor context menu) selects the mention at the cursor',
    shot: '04d-sourcing-reveal',
    async run() {
      // Put the cursor inside the second "Lapid" (Go to Line/Column), then open the context menu.
      const lines = fs.readFileSync(path.join(PROJECT_ROOT, 'samples', ARTICLE), 'utf8').split('\n');
      const lineIndex = lines.findIndex((l) => l.includes('Lapid had spoken'));
      const column = lines[lineIndex].indexOf('Lapid had spoken') + 3;
      await page.locator(sel.editorText('Dzhaparova')).first().click();
      await page.keyboard.press('Control+G');
      await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
      await page.keyboard.type(`${lineIndex + 1}:${column}`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.statusbar-item:has-text("Ln ${lineIndex + 1}, Col ${column}")`, { state: 'visible' });
      await page.keyboard.press('Shift+F10');
      const item = page.locator('.context-view .action-label:has-text("Reveal in Sourcing View"), .monaco-menu .action-label:has-text("Reveal in Sourcing View")');
      await item.first().waitFor({ state: 'visible' });
      await item.first().click();
      const selected = '.part.sidebar .monaco-list-row.selected:has-text("Lapid")';
      // A click that lands while the menu is still settling only highlights the item (seen on a
      // fresh machine): choose it with Enter then.
      const shown = await page.waitForSelector(selected, { state: 'visible', timeout: 5_000 }).catch(() => null);
      if (!shown) {
        if (await item.first().isVisible().catch(() => false)) await page.keyboard.press('Enter');
        await page.waitForSelector(selected, { state: 'visible' });
      }
      // Back to the editor for the next steps.
      await page.locator(sel.editorText('Dzhaparova')).first().click();
    },
  },
  {
    name: 'the command palette (F1) lists "Attribution Lens: Show Analysis"',
    shot: '05-command-palette',
    async run() {
      await palette('Attribution Lens: Show Analysis');
    },
  },
  {
    name: 'running it shows the report in the Attribution Lens output channel',
    shot: '06-output-report',
    async run() {
      await page.keyboard.press('Enter');
      await page.waitForSelector(sel.panel, { state: 'visible' });
      // The view follows the end of the channel: the findings (or the last quotes) show.
      await waitForOutput(/Findings|anonymous-source|vague-attribution|Quotes|People/);
      // The channel picker of the Output view names the channel.
      const picker = page.locator('.part.panel select.monaco-select-box, .part.panel .monaco-select-box');
      const label = await picker.first().evaluate((e) => (e instanceof HTMLSelectElement ? e.options[e.selectedIndex]?.text : e.textContent) ?? '');
      if (!/Attribution Lens/.test(label)) throw new Error(`the Output view shows the channel "${label}"`);
    },
  },
  {
    name: 'the maximized Output panel shows quotes with speakers, people and findings',
    shot: '07-output-maximized',
    async run() {
      await palette('View: Toggle Maximized Panel');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.querySelector('.part.panel')?.getBoundingClientRect().height ?? 0) > 500);
      await page.locator(sel.outputLines).first().click();
      await page.keyboard.press('Control+Home');
      await waitForOutput(/^envoy-summoned\.md\n\s*\d+ quotes · \d+ people/);
      await waitForOutput(/Quotes[\s\S]*— Emine Dzhaparova \[person\]/);
      await waitForOutput(/People[\s\S]*Emine Dzhaparova — deputy foreign minister/);
    },
  },
  {
    name: 'with no editor open, the command says to open an article first',
    shot: '08-no-editor-message',
    async run() {
      await palette('View: Toggle Maximized Panel');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.querySelector('.part.panel')?.getBoundingClientRect().height ?? 1e9) < 500);
      await palette('View: Close All Editors');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.tabs-container .tab', { state: 'detached' });
      // Focus in the Output panel makes its channel the active text editor; the command must
      // still not analyse it.
      await page.locator(sel.outputLines).first().click();
      await palette('Attribution Lens: Show Analysis');
      await page.keyboard.press('Enter');
      await page.waitForSelector(sel.notification('open an article'), { state: 'visible' });
      await page.waitForTimeout(600); // let the toast finish sliding in before the screenshot
    },
  },
  {
    name: 'with no article open, the Sourcing view offers to open a file or the sample',
    shot: '08b-sourcing-welcome',
    async run() {
      await palette('Attribution Lens: Focus on Sourcing View');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.part.sidebar .welcome-view-content:has-text("Open a plain text or Markdown article")', { state: 'visible' });
      await page.waitForSelector('.part.sidebar .welcome-view-content .monaco-button:has-text("Open Sample Article")', { state: 'visible' });
    },
  },
  {
    name: 'its Open Sample Article button opens the sample and the view lists its sourcing',
    shot: '08c-sourcing-sample',
    async run() {
      await page.locator('.part.sidebar .welcome-view-content a.monaco-button:has-text("Open Sample Article"), .part.sidebar .welcome-view-content .monaco-button:has-text("Open Sample Article")').first().click();
      await page.waitForSelector(sel.editorText('Dzhaparova'), { state: 'visible' });
      await page.waitForSelector(sel.sidebarRow('Emine Dzhaparova'), { state: 'visible' });
    },
  },
  {
    name: 'the article shows its highlights: a speaker’s mention in bold, a hint naming the speaker of a continued quote',
    shot: '09-highlights',
    async run() {
      await page.keyboard.press('Escape');
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
      await page.keyboard.type('envoy-summoned');
      await page.waitForSelector(sel.quickPick(ARTICLE), { state: 'visible' });
      // Click the file's row: Enter may take the list's first row before the filter has applied
      // (the unsaved copy of the sample, on a fast machine).
      await page.locator(sel.quickPick(ARTICLE)).first().click();
      await page.waitForSelector(sel.editorText('Dzhaparova'), { state: 'visible' });
      // As the browser renders them: the hint after a continued quote (CSS generated content)
      // and the speaker's mention in bold.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.editor-instance .view-lines span')].some((el) => getComputedStyle(el, '::after').content.includes('— Emine Dzhaparova')),
      );
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.editor-instance .view-lines span')].some((el) => el.textContent === 'Dzhaparova' && Number(getComputedStyle(el).fontWeight) >= 600),
      );
      // The Sourcing view has followed the switch to the saved sample (it is drawn again, not left loading).
      await page.waitForSelector(sel.sidebarRow('Emine Dzhaparova'), { state: 'visible' });
    },
  },
  {
    name: 'Show Sourcing Report (command palette) opens the sample’s report beside it: summary, chart, speakers, officials, problems',
    shot: '10-sourcing-report',
    async run() {
      await palette('View: Hide Panel');
      await page.keyboard.press('Enter');
      // The sample file (not the unsaved copy Open Sample Article made) in the active editor.
      await page.keyboard.press('Control+P');
      await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
      await page.keyboard.type('envoy-summoned');
      await page.waitForSelector(sel.quickPick(ARTICLE), { state: 'visible' });
      // Click the file's row: Enter may take the list's first row before the filter has applied
      // (the unsaved copy of the sample, on a fast machine).
      await page.locator(sel.quickPick(ARTICLE)).first().click();
      await page.waitForSelector(sel.activeTab(ARTICLE), { state: 'visible' });
      await palette('Attribution Lens: Show Sourcing Report');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.tabs-container .tab:has-text("Sourcing: envoy-summoned.md")', { state: 'visible' });
      const frame = await reportFrame('deputy foreign minister');
      for (const text of ['Summary', 'Quoted words by speaker', 'Officials', 'Anonymous sources', 'Problems (6)']) {
        await frame.locator(`h2:has-text("${text}")`).waitFor({ state: 'visible' });
      }
      const bars = await frame.locator('svg.speakers-chart rect').count();
      if (bars < 3) throw new Error(`the speakers chart has ${bars} bars`);
      // The bars take a theme colour from report.css (not the SVG default black).
      const fill = await frame.locator('svg.speakers-chart .kind-person rect').first().evaluate((el) => getComputedStyle(el).fill);
      if (!fill || fill === 'rgb(0, 0, 0)' || fill === 'none') throw new Error(`a speaker bar is filled with ${fill}`);
      // The editor title's report button belongs to the article's group, not to the report's.
      const button = (group) => page.locator(`.editor-group-container:has(${group}) .editor-actions .action-label[aria-label*="Show Sourcing Report"]`);
      await button(`.tab.active[data-resource-name="${ARTICLE}"]`).first().waitFor({ state: 'visible' });
      const onReport = await button('.tab.active:has-text("Sourcing: ")').count();
      if (onReport) throw new Error('the report’s own editor group shows the Show Sourcing Report button');
    },
  },
  {
    name: 'a link in the report selects its text in the article',
    shot: '10b-sourcing-report-link',
    async run() {
      const frame = await reportFrame('critics say');
      await frame.locator('#vague a.source:has-text("critics say")').click();
      // The article's editor draws the selection…
      await page.waitForSelector('.monaco-editor .view-overlays .selected-text', { state: 'attached' });
      // …and, once it is the active editor, the status bar gives its length: “critics say” is 11
      // characters. On a loaded machine the webview's own focus event can come after the
      // editor took the focus and make the report the active editor again: then focus the
      // article's group (the first) as a user would, and read it.
      const selected = page.locator('.statusbar-item:has-text("(11 selected)")');
      try {
        await selected.waitFor({ state: 'visible', timeout: 5000 });
      } catch {
        await palette('View: Focus First Editor Group');
        await page.keyboard.press('Enter');
        await selected.waitFor({ state: 'visible' });
      }
    },
  },
  {
    name: 'the Problems panel lists the same problems',
    shot: '11-problems-panel',
    async run() {
      await palette('View: Focus Problems');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.part.panel .monaco-list-row:has-text("Vague attribution")', { state: 'visible' });
      await page.waitForSelector('.part.panel .monaco-list-row:has-text("critics say")', { state: 'visible' });
    },
  },
  {
    name: 'a hostile article shows only as text in the report: no script of its own runs, no dialog opens',
    shot: '12-sourcing-report-hostile',
    async run() {
      page.on('dialog', (d) => {
        // A reload may ask to leave the page: not a dialog from an article.
        if (d.type() === 'beforeunload') return void d.accept().catch(() => {});
        dialogs.push(`${d.type()}: ${d.message()}`);
        d.dismiss().catch(() => {});
      });
      // Not “File: Compare New Untitled Text Files”, which the palette may list first.
      await palette('File: New Untitled Text File');
      await page.locator('.quick-input-widget .monaco-list-row[aria-label^="File: New Untitled Text File"]').first().click();
      await page.waitForSelector('.tabs-container .tab.active:has-text("Untitled")', { state: 'visible' });
      await page.keyboard.insertText(HOSTILE_ARTICLE);
      await palette('Attribution Lens: Show Sourcing Report');
      await page.keyboard.press('Enter');
      const dom = await evaluateInReport('<script>alert(2)</script>', () => ({
        // VS Code adds an inline script of its own to every webview; the report's is report.js.
        scripts: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
        articleScripts: [...document.querySelectorAll('script')].filter((s) => /alert\(/.test(s.textContent ?? '') || !!s.closest('#report')).length,
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
        text: document.getElementById('report')?.textContent ?? '',
      }));
      if (dom.scripts.length !== 1 || !dom.scripts[0].endsWith('/media/report.js')) throw new Error(`scripts in the report: ${JSON.stringify(dom.scripts)}`);
      if (dom.articleScripts || dom.images || dom.handlers || dom.jsLinks) throw new Error(`article markup became elements: ${JSON.stringify(dom)}`);
      for (const t of ['<img src=x onerror=alert(1)>', '[x](javascript:alert(1))']) if (!dom.text.includes(t)) throw new Error(`the report does not show ${t} as text`);
      await page.waitForTimeout(500);
      if (dialogs.length) throw new Error(`dialogs opened: ${JSON.stringify(dialogs)}`);
    },
  },
  {
    name: 'after a window reload the report comes back with its article',
    shot: '13-sourcing-report-restored',
    // The workbench loads again.
    timeoutMs: 150_000,
    async run() {
      // Reload with a saved article's report: VS Code may not have backed up the unsaved hostile
      // article yet when the page reloads, and then it does not come back (hot exit is not ours).
      // An untitled editor's tab is named after its first line.
      await page.locator('.tabs-container .tab:has-text("Minister Smith said")').first().click();
      await palette('View: Revert and Close Editor');
      await page.locator('.quick-input-widget .monaco-list-row[aria-label^="View: Revert and Close Editor"]').first().click();
      await page.keyboard.press('Control+P');
      await page.waitForSelector(sel.quickInputBox, { state: 'visible' });
      await page.keyboard.type('envoy-summoned');
      await page.waitForSelector(sel.quickPick(ARTICLE), { state: 'visible' });
      await page.locator(sel.quickPick(ARTICLE)).first().click();
      const title = 'Sourcing: envoy-summoned.md';
      const tab = page.locator(`.tabs-container .tab:has-text("${title}")`).first();
      await tab.waitFor({ state: 'visible' });
      await reportFrame('deputy foreign minister');
      // Reload as a user does (Developer: Reload Window): the workbench saves its editors and
      // backups before it goes; a bare page reload can restore an older layout.
      const loaded = page.waitForEvent('load', { timeout: 60_000 });
      await palette('Developer: Reload Window');
      await page.locator('.quick-input-widget .monaco-list-row[aria-label^="Developer: Reload Window"]').first().click();
      await loaded;
      await page.waitForSelector(`.tabs-container .tab:has-text("${title}")`, { state: 'visible', timeout: 90_000 });
      await reportFrame('deputy foreign minister', 40_000);
    },
  },
  {
    name: 'Review Workspace shows the workspace report (styled by its media/ stylesheet); clicking an article opens it',
    shot: '14-workspace-review',
    async run() {
      await palette('Attribution Lens: Review Workspace');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.tabs-container .tab:has-text("Workspace Sourcing Review")', { state: 'visible' });
      // The page is in the webview's inner frame.
      let report;
      const deadline = Date.now() + 30_000;
      while (!report) {
        for (const frame of page.frames()) {
          if (await frame.$('table.articles').catch(() => null)) report = frame;
        }
        if (!report && Date.now() > deadline) throw new Error('no webview frame shows the report table');
        if (!report) await page.waitForTimeout(250);
      }
      const link = report.locator('a.article:has-text("envoy-summoned.md")');
      await link.waitFor({ state: 'visible' });
      // The stylesheet loads after the page's first paint: wait for it.
      const styled = await report
        .waitForFunction(() => getComputedStyle(document.querySelector('td.num')).textAlign === 'right', undefined, { timeout: 10_000 })
        .then(() => true, () => false);
      if (!styled) throw new Error(`the report's stylesheet did not apply (numbers aligned ${await report.locator('td.num').first().evaluate((el) => getComputedStyle(el).textAlign)})`);
      await page.screenshot({ path: path.join(SHOTS, '14-workspace-review-report.png') });
      // The report opened beside the article; the click brings the article's group back into focus.
      await link.click();
      await page.waitForSelector('.editor-group-container.active .tab.active[data-resource-name="envoy-summoned.md"]', { state: 'visible' });
      await page.waitForSelector(sel.editorText('Dzhaparova'), { state: 'visible' });
    },
  },
  {
    name: 'Export Sourcing Report… asks for a format, then a file in the save dialog, and writes the CSV there',
    shot: '15-export-report',
    async run() {
      // Not into samples/ (the workspace is the project's own folder): a temp file typed into the dialog.
      const target = path.join(os.tmpdir(), `attribution-lens-ui-export-${process.pid}.csv`);
      fs.rmSync(target, { force: true });
      await palette('Attribution Lens: Export Sourcing Report');
      await page.locator('.quick-input-widget .monaco-list-row[aria-label^="Attribution Lens: Export Sourcing Report"]').first().click();
      await page.waitForSelector(sel.quickPick('One row per quote'), { state: 'visible' });
      await page.screenshot({ path: path.join(SHOTS, '15-export-report-format.png') });
      await page.locator(sel.quickPick('One row per quote')).first().click();
      // The save dialog in the browser is VS Code's simple file dialog: a path in the quick input,
      // proposed beside the article.
      await page.waitForFunction(() => /envoy-summoned\.sourcing\.csv$/.test(document.querySelector('.quick-input-widget input.input')?.value ?? ''), undefined, { timeout: 20_000 });
      await page.locator(sel.quickInputBox).fill(target);
      // Its OK button: Enter may act on the folder listing's highlighted row instead.
      await page.waitForTimeout(500);
      await page.locator('.quick-input-widget .monaco-button:has-text("OK")').first().click();
      // The notification comes once the file is written.
      await page.waitForSelector('.notifications-toasts .notification-toast:has-text("exported the sourcing report")', { state: 'visible' });
      if (!fs.existsSync(target)) throw new Error(`nothing was written to ${target}`);
      const csv = fs.readFileSync(target, 'utf8');
      fs.rmSync(target, { force: true });
      if (!csv.startsWith('start,end,line,text,speaker kind,speaker name,partial\r\n')) throw new Error(`the CSV starts with ${JSON.stringify(csv.slice(0, 80))}`);
      if (!/Emine Dzhaparova/.test(csv)) throw new Error('the CSV names no speaker of the sample');
    },
  },
];

// ---- runner --------------------------------------------------------------------------------

function summary(extraFailure) {
  const passed = results.filter((r) => r.ok).length;
  const failures = results.filter((r) => !r.ok);
  const failed = failures.length + (extraFailure ? 1 : 0) + (results.length === 0 && !extraFailure ? 1 : 0);
  console.log('');
  console.log(`  ${passed} passing (${((Date.now() - T0) / 1000).toFixed(1)}s)`);
  if (failed) console.log(`  ${failed} failing`);
  let i = 0;
  for (const f of failures) console.log(`\n  ${++i}) ${f.name}\n     ${String(f.error).split('\n').join('\n     ')}`);
  if (extraFailure) console.log(`\n  ${++i}) run: ${extraFailure}`);
  if (results.length === 0 && !extraFailure) console.log(`\n  ${++i}) run: no test ran`);
  console.log('');
  console.log(`  screenshots: ${path.relative(PROJECT_ROOT, SHOTS)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

function onFatal(reason) {
  if (finished) return;
  finished = true;
  console.error(`\n[ui] FAIL: ${reason}${current ? ` (during "${current}")` : ''}`);
  if (current) results.push({ name: current, ok: false, error: reason });
  try {
    if (session) saveLogs(session, path.join(SHOTS, 'logs'));
  } catch {
    /* best effort */
  }
  const code = summary(current ? undefined : reason);
  killAll();
  process.exit(code || 1);
}

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} missing: run  npm run package  first`);
  ensureCodeServer();
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  handleSignals((sig) => onFatal(`interrupted by ${sig}`));

  console.log(`\n  UI tests (${path.relative(PROJECT_ROOT, vsix)} in VS Code 1.100.3 / code-server, headless chromium)\n`);
  session = await startSession({
    label: 'ui',
    vsix,
    workspaceFolder: path.join(PROJECT_ROOT, 'samples'),
    timeoutMs: TIMEOUT_MS,
    onFatal,
  });
  page = session.page;
  page.setDefaultTimeout(20_000);

  for (const step of steps) {
    current = step.name;
    const t = Date.now();
    let error = null;
    try {
      let timer;
      const stepTimeout = new Promise((_, reject) => {
        const limit = step.timeoutMs ?? STEP_TIMEOUT_MS;
        timer = setTimeout(() => reject(new Error(`step timed out after ${limit / 1000} s`)), limit);
      });
      await session.race(Promise.race([step.run(), stepTimeout])).finally(() => clearTimeout(timer));
    } catch (e) {
      error = e?.message ?? String(e);
    }
    const file = path.join(SHOTS, `${step.shot}.png`);
    await session.race(page.screenshot({ path: file })).catch((e) => (error ??= `screenshot failed: ${e.message}`));
    const ms = Date.now() - t;
    results.push({ name: step.name, ok: !error, error, ms });
    console.log(`    ${error ? '✗' : '✔'} ${step.name} (${ms}ms)  ${path.relative(PROJECT_ROOT, file)}`);
    if (error) await page.keyboard.press('Escape').catch(() => {});
  }
  current = null;
  finished = true;
  const code = summary();
  if (code !== 0) saveLogs(session, path.join(SHOTS, 'logs'));
  await session.stop();
  return code;
}

runMain('ui', main, () => ({ passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length }), () => finished);
