#!/usr/bin/env node
// Self-test of the offline host runner: when code-server or the browser dies mid-run, the run
// must fail at once (non-zero exit, a `failed` count), not hang. Starts `test/harness/host.mjs`,
// waits until the workbench has loaded, kills the server (then, in a second run, the browser)
// with SIGKILL, and checks how the runner ends. Last line: `N passed, M failed`.
import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = path.join(ROOT, 'test/harness/host.mjs');
const LIMIT_MS = 20_000; // how long the runner may take to notice and exit

/** The browser's main process among `root`'s descendants (chromium without --type=). */
function browserPids(root) {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l);
      return m ? { pid: Number(m[1]), ppid: Number(m[2]), args: m[3] } : null;
    })
    .filter(Boolean);
  const mine = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) if (mine.has(p.ppid) && !mine.has(p.pid)) mine.add(p.pid), (grew = true);
  }
  return table.filter((p) => mine.has(p.pid) && /chromium/.test(p.args) && !/--type=/.test(p.args) && !/crashpad/.test(p.args)).map((p) => p.pid);
}

function pidsMatching(pattern) {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number).filter((p) => p !== process.pid);
  } catch {
    return [];
  }
}

function scenario(victim) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HOST], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let killedAt = 0;
    let serverPid = 0;
    const overall = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, why: `the runner did not finish within ${LIMIT_MS} ms of the kill (or never loaded)` });
    }, 150_000);
    const onData = (d) => {
      out += d;
      const m = /code-server \S+ up in \d+ ms \(pid (\d+)/.exec(out);
      if (m) serverPid = Number(m[1]);
      if (!killedAt && /workbench loaded/.test(out)) {
        killedAt = Date.now();
        if (victim === 'server' && serverPid) process.kill(serverPid, 'SIGKILL');
        if (victim === 'browser') {
          const pids = browserPids(child.pid);
          if (!pids.length) {
            child.kill('SIGTERM');
            return resolve({ ok: false, why: 'no browser process found to kill' });
          }
          for (const p of pids) process.kill(p, 'SIGKILL');
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(overall);
      const took = Date.now() - killedAt;
      if (!killedAt) return resolve({ ok: false, why: `the runner ended (code ${code}) before the workbench loaded:\n${out.slice(-800)}` });
      if (code === 0) return resolve({ ok: false, why: 'the runner exited 0 although its ' + victim + ' was killed' });
      if (took > LIMIT_MS) return resolve({ ok: false, why: `the runner took ${took} ms to notice` });
      if (!/\d+ passed, [1-9]\d* failed/.test(out)) return resolve({ ok: false, why: 'no failed count in the output' });
      const left = pidsMatching('vscode-harness-');
      resolve({ ok: true, why: `exit ${code} ${took} ms after the kill${left.length ? `; ${left.length} processes still ending` : ''}` });
    });
  });
}

let passed = 0;
let failed = 0;
for (const victim of ['server', 'browser']) {
  const r = await scenario(victim);
  console.log(`    ${r.ok ? '✔' : '✗'} killing the ${victim} mid-run fails the host run: ${r.why}`);
  if (r.ok) passed++;
  else failed++;
  // Let the killed session's processes finish before the next one starts.
  await new Promise((res) => setTimeout(res, 1500));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
