// Instructions per analysis of two engine builds, counted by valgrind, by function:
// `node scripts/bench-instructions.mjs OLD NEW [--kb K] [--top N]`, where OLD and NEW are dist
// folders or core.js files. Needs valgrind (Debian: `apt-get install valgrind`); not part of CI.
//
// Why: wall and CPU times on the shared 2-core machines move by 10-15% between processes minutes
// apart, more than most single changes are worth. Instruction counts barely move (two copies of one
// build: within 0.1%), so a change of 1-2% shows, and where it comes from. They do not see memory
// stalls or collections (the young generation is made big enough that none runs), so a change that
// allocates less counts as nothing here: judge those with scripts/bench-ab.mjs and the allocation
// figures. A function that runs few instructions per cycle (the tokenizer's loop) weighs more here
// than in wall time.
//
// How: each build analyses the same text W and W + 8 times, each in a process of its own under
// callgrind (`--single-threaded --predictable`: V8's compiler and collector run on the main thread,
// where they are counted the same way every run); the difference / 8 is the steady-state cost of one
// analysis without start-up and warm-up. V8 keeps compiling rarely-hot functions for dozens of runs
// (on a background thread in normal use), so the optimizing compiler's own functions are counted
// apart and left out of the total. JIT code is named from V8's perf map (`--perf-basic-prof`).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { corpus } from './bench-corpus.mjs';
import { engineFile, numberOption } from './lib/bench-args.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const kb = numberOption(args, '--kb', 256);
const warmup = numberOption(args, '--warmup', 8);
const top = numberOption(args, '--top', 15);

if (args[0] === '--child') {
  // node bench-instructions.mjs --child CORE RUNS --kb K
  const require = createRequire(import.meta.url);
  const { analyze } = require(path.resolve(args[1]));
  const text = corpus(kb * 1024);
  for (let i = 0; i < Number(args[2]); i++) analyze(text);
} else {
  if (args.length !== 2) {
    console.error('usage: node scripts/bench-instructions.mjs OLD NEW [--kb K] [--warmup W] [--top N]   (OLD, NEW: dist folders or core.js files)');
    process.exit(2);
  }
  const [oldCore, newCore] = args.map(engineFile);
  const self = fileURLToPath(import.meta.url);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'al-instructions-'));
  const missing = (tool) => (e) => {
    if (e.code === 'ENOENT') {
      console.error(`${tool} was not found: install valgrind (Debian: apt-get install valgrind)`);
      process.exit(2);
    }
    throw e;
  };

  /** Instructions by function name for one process that analyses the text `runs` times. */
  const profile = async (file, runs, tag) => {
    const out = path.join(work, `${tag}.callgrind`);
    await run(
      'valgrind',
      ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--predictable', '--min-semi-space-size=128', '--max-semi-space-size=128', '--perf-basic-prof', self, '--child', file, String(runs), '--kb', String(kb)],
      // V8 writes a code log (isolate-*.log) beside the perf map: in the scratch folder.
      { maxBuffer: 1 << 26, cwd: work },
    ).catch(missing('valgrind'));
    const pid = /^pid:\s*(\d+)/m.exec(fs.readFileSync(out, 'utf8').slice(0, 4096))?.[1];
    const mapFile = `/tmp/perf-${pid}.map`;
    const jit = fs.existsSync(mapFile)
      ? fs
          .readFileSync(mapFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [a, size, ...name] = line.split(' ');
            return { start: parseInt(a, 16), end: parseInt(a, 16) + parseInt(size, 16), name: name.join(' ').replace(/:\d+:\d+$/, '').replace(file, 'engine') };
          })
          .sort((x, y) => x.start - y.start)
      : [];
    fs.rmSync(mapFile, { force: true });
    const named = (address) => {
      let lo = 0;
      let hi = jit.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (jit[mid].end <= address) lo = mid + 1;
        else if (jit[mid].start > address) hi = mid - 1;
        else return jit[mid].name;
      }
      return 'JIT code (unnamed)';
    };
    const { stdout } = await run('callgrind_annotate', ['--inclusive=no', '--threshold=100', out], { maxBuffer: 1 << 28 }).catch(missing('callgrind_annotate'));
    fs.rmSync(out, { force: true });
    const byName = new Map();
    for (const line of stdout.split('\n')) {
      const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
      if (!m || m[2].includes('PROGRAM TOTALS')) continue;
      const fn = m[2];
      const address = /\?\?\?:0x([0-9a-f]+) \[\?\?\?\]/.exec(fn);
      const name = address
        ? named(parseInt(address[1], 16))
        : /v8::internal::(compiler|maglev|wasm)|v8::internal::(Pipeline|Compiler)|OptimizedCompilationJob/.test(fn)
          ? '(optimizing compiler)'
          : fn.replace(/^\?\?\?:/, '').replace(/\s*\[[^\]]*\]\s*$/, '').slice(0, 90);
      byName.set(name, (byName.get(name) ?? 0) + Number(m[1].replace(/,/g, '')));
    }
    return byName;
  };
  /** Per-analysis instructions by function: (W + 8 runs) − (W runs), / 8. */
  const perAnalysis = async (file, tag) => {
    const [a, b] = await Promise.all([profile(file, warmup, `${tag}-a`), profile(file, warmup + 8, `${tag}-b`)]);
    const out = new Map();
    for (const name of new Set([...a.keys(), ...b.keys()])) out.set(name, ((b.get(name) ?? 0) - (a.get(name) ?? 0)) / 8);
    return out;
  };
  const o = await perAnalysis(oldCore, 'old');
  const n = await perAnalysis(newCore, 'new');
  fs.rmSync(work, { recursive: true, force: true });
  const COMPILER = '(optimizing compiler)';
  const total = (m) => [...m].reduce((s, [k, v]) => (k === COMPILER ? s : s + v), 0);
  const M = (x) => (x / 1e6).toFixed(2);
  console.log(`${kb} KB, instructions per analysis after ${warmup} warm-up runs (valgrind), without the optimizing compiler:`);
  console.log(`old ${M(total(o))} M, new ${M(total(n))} M, new / old ${(total(n) / total(o)).toFixed(4)}   (compiler: old ${M(o.get(COMPILER) ?? 0)} M, new ${M(n.get(COMPILER) ?? 0)} M)`);
  const names = [...new Set([...o.keys(), ...n.keys()])].filter((k) => k !== COMPILER);
  console.log(`\n${'old M'.padStart(8)} ${'new M'.padStart(8)} ${'change'.padStart(8)}  function (the ${top} largest in the new build, then the ${top} largest changes)`);
  const row = (k) => console.log(`${M(o.get(k) ?? 0).padStart(8)} ${M(n.get(k) ?? 0).padStart(8)} ${M((n.get(k) ?? 0) - (o.get(k) ?? 0)).padStart(8)}  ${k}`);
  const largest = [...names].sort((x, y) => (n.get(y) ?? 0) - (n.get(x) ?? 0)).slice(0, top);
  largest.forEach(row);
  console.log('');
  names
    .filter((k) => !largest.includes(k))
    .sort((x, y) => Math.abs((n.get(y) ?? 0) - (o.get(y) ?? 0)) - Math.abs((n.get(x) ?? 0) - (o.get(x) ?? 0)))
    .slice(0, top)
    .forEach(row);
}
