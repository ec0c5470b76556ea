// A/B timing of two engine builds: `node scripts/bench-ab.mjs OLD NEW [--runs N] [--kb K]`, where OLD and
// NEW are dist folders (or core.js files), e.g. a copy of dist/ made before a change.
//
// Absolute times on the shared 2-core machines move with the load by 2-10x, so a change is judged by
// the two builds timed alternately in one process on the same text (the order swapped every round),
// after a warm-up. Both builds must give the same JSON for the text, or the script stops; with
// `--different-output` it times builds whose output differs on purpose (a change of rules).
// The same comparison with the builds loaded in the other order moved by up to 5% at load 5-10, so
// two processes run, one per loading order, and NEW / OLD is the geometric mean of the two.
// Per process: the median wall time and the mean on-CPU time of the main thread (Linux; its clock
// ticks every 4 ms on these machines, so only the mean over many runs of ≥100 ms means anything).
// Two copies of one build differ by about 5% (wall median) and 1% (CPU mean) in one process over
// 101 runs at load 3–4; rerun when the load average (printed) is high.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { corpus } from './bench-corpus.mjs';
import { engineFile, numberOption } from './lib/bench-args.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const runs = numberOption(args, '--runs', 61);
const kb = numberOption(args, '--kb', 1024);
const child = args[0] === '--child' ? args.shift() : null;
const flag = args.indexOf('--different-output');
const differentOutput = flag >= 0 && args.splice(flag, 1).length === 1;
if (args.length !== 2) {
  console.error('usage: node scripts/bench-ab.mjs OLD NEW [--runs N] [--kb K] [--different-output]   (OLD, NEW: dist folders or core.js files)');
  process.exit(2);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

if (child) {
  const load = (p) => require(engineFile(p)).analyze;
  const first = load(args[0]);
  const second = load(args[1]);
  const text = corpus(kb * 1024);
  if (!differentOutput && JSON.stringify(first(text)) !== JSON.stringify(second(text))) {
    console.error('The two builds give different results for the text.');
    process.exit(1);
  }
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  /** On-CPU time of the main thread in ms, or NaN where /proc has no schedstat. */
  const cpuNow = () => (fs.existsSync(schedstat) ? Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : NaN);
  const builds = [first, second];
  for (let i = 0; i < 5; i++) for (const f of builds) f(text);
  const wall = [[], []];
  const cpu = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const b of i % 2 ? [0, 1] : [1, 0]) {
      const c0 = cpuNow();
      const t0 = performance.now();
      builds[b](text);
      wall[b].push(performance.now() - t0);
      cpu[b].push(cpuNow() - c0);
    }
  }
  process.stdout.write(JSON.stringify({ kb: Buffer.byteLength(text) / 1024, wall: wall.map(median), cpu: cpu.map(mean) }));
} else {
  const self = fileURLToPath(import.meta.url);
  const order = (a, b) => JSON.parse(execFileSync(process.execPath, [self, '--child', a, b, '--runs', String(runs), '--kb', String(kb), ...(differentOutput ? ['--different-output'] : [])], { encoding: 'utf8' }));
  const oldFirst = order(args[0], args[1]);
  const newFirst = order(args[1], args[0]);
  console.log(`${oldFirst.kb.toFixed(0)} KB, ${runs} runs of each build in each of two processes, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`old loaded first: old wall median ${ms(oldFirst.wall[0])}, CPU mean ${ms(oldFirst.cpu[0])}; new ${ms(oldFirst.wall[1])}, ${ms(oldFirst.cpu[1])}`);
  console.log(`new loaded first: old wall median ${ms(newFirst.wall[1])}, CPU mean ${ms(newFirst.cpu[1])}; new ${ms(newFirst.wall[0])}, ${ms(newFirst.cpu[0])}`);
  const ratio = (field) => Math.sqrt((oldFirst[field][1] / oldFirst[field][0]) * (newFirst[field][0] / newFirst[field][1]));
  console.log(`new / old (geometric mean of the two orders): wall median ${ratio('wall').toFixed(3)}, CPU mean ${ratio('cpu').toFixed(3)}`);
}
