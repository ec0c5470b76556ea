// Speed and memory of the engine: `npm run bench`.
// For a ~30 KB article and ~1 MB and ~4 MB collections of articles, prints the median
// analysis time, throughput, peak memory, and the same for a plain regex scan of the
// same text (the ceiling). Each size runs in fresh child processes so peak RSS is its own; the
// linearity check times 1 MB and 4 MB by turns in more processes.
//
// Every measurement that a target judges runs in PROCESSES separate processes, and the target is
// judged on the middle one: on the shared 2-core machines one process's ratio of the analysis to
// the scan moved between 1.4× and 3.7× for one build within minutes (the machine's speed changes
// between the analysis's runs and the scan's), so a single process decides a 3× target by chance.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { corpus } from './bench-corpus.mjs';

const require = createRequire(import.meta.url);

/** Processes per measured size: the targets are judged on the middle one. */
const PROCESSES = 3;

/** Hostile inputs of about `bytes`: they must cost no more per byte than news text. */
function adversarial(kind, bytes) {
  if (kind === 'quotes') return '"“”\''.repeat(bytes / 4);
  if (kind === 'one-paragraph') return ('“Quote,” said Smith, ' + 'and “another” '.repeat(3)).repeat(bytes / 62);
  const fill = (unit) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
  if (kind === 'nested') return fill('“a ‘b “c ‘d ” e “ f’ g');
  if (kind === 'unclosed') return fill('“He said no. ');
  if (kind === 'capitals') return fill('A ');
  if (kind === 'hyphenated') return fill('Abu-Bakr-al-Sayed-ibn-') + ' said.';
  if (kind === 'no-spaces') return fill('Abc“d”E.f,G-h');
  if (kind === 'said') return fill('said Lapid said she said ');
  if (kind === 'markers') return fill('<!-- attribution-lens-disable [attribution-lens-anonymous ');
  // Unnamed sources by the thousand, each "the senior official" looking back for the one it names.
  if (kind === 'unnamed') return fill('An official said no. The senior official said so. Officials said yes. The source said it.\n\n');
  // Title Case lines with a title, each a headline whose name the people pass checks against the article.
  if (kind === 'headlines') return fill('Sen. Ted Cruz Visits Iowa Farm\n\nGov. Hears From Parents\n\nHe said “yes.”\n\n');
  let seed = 7;
  const chars = '“”"\'‘’ abcdefghij ABCDE.,:;\n—-’s said told Mr. the official';
  let out = '';
  for (let i = 0; i < bytes; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += chars[seed % chars.length];
  }
  return out;
}

/** The ceiling: one regex pass that visits every word and punctuation mark. */
function regexScan(text) {
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

function child(size, kind) {
  const { analyze } = require('../dist/core.js');
  const text = kind ? adversarial(kind, size) : corpus(size);
  // Steady state, as while typing: the JIT has compiled the engine before timing starts. On the
  // 1 MB collection V8 still threw compiled code out ("wrong map") in runs 3 to 6 of a process
  // (node --trace-deopt), and from run 7 on never: 10 warm-up runs.
  // Hostile inputs: fewer runs (a pathological case may take seconds; the point is the trend).
  const runs = kind ? 3 : size <= 64 * 1024 ? 200 : size <= 2 * 1024 * 1024 ? 15 : 7;
  const warmup = kind ? 1 : size <= 64 * 1024 ? 100 : 10;
  for (let i = 0; i < warmup; i++) analyze(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(text);
    times.push(performance.now() - t0);
  }
  // The scan is timed after the analyses, not by turns with them: taking turns made each set off
  // collections in the other's time (the scan's match arrays are garbage too), which sped the
  // analyses up and slowed the scan down.
  const scan = [];
  for (let i = 0; i < warmup; i++) regexScan(text);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    regexScan(text);
    scan.push(performance.now() - t0);
  }
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = analyze(text);
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const mb = Buffer.byteLength(text) / 1e6;
  const out = {
    bytes: Buffer.byteLength(text),
    chars: text.length,
    quotes: kept.quotes.length,
    ms: median(times),
    mbps: mb / (median(times) / 1000),
    scanMs: median(scan),
    scanMbps: mb / (median(scan) / 1000),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    retainedMb: retained / 1e6,
  };
  process.stdout.write(JSON.stringify(out));
}

/**
 * Linearity in one process: the 1 MB and the 4 MB collections analysed by turns (after warm-up),
 * so both sizes are timed on the same machine state; separate processes minutes apart compared
 * different speeds of the virtual machine as much as the two sizes.
 */
function linearityChild() {
  const { analyze } = require('../dist/core.js');
  const [one, four] = [1024 * 1024, 4 * 1024 * 1024].map((size) => corpus(size));
  for (let i = 0; i < 10; i++) {
    analyze(one);
    analyze(four);
  }
  const t1 = [];
  const t4 = [];
  for (let i = 0; i < 9; i++) {
    let t0 = performance.now();
    analyze(one);
    t1.push(performance.now() - t0);
    t0 = performance.now();
    analyze(four);
    t4.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ oneMs: median(t1), fourMs: median(t4), oneBytes: Buffer.byteLength(one), fourBytes: Buffer.byteLength(four) }));
}

function main() {
  const sizes = [
    ['30 KB article', 30 * 1024],
    ['1 MB collection', 1024 * 1024],
    ['4 MB collection', 4 * 1024 * 1024],
  ];
  const run = (size, kind) =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', String(size), ...(kind ? [kind] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  // Each size in PROCESSES processes, by turns (30 KB, 1 MB, 4 MB, then again), so that a slow
  // stretch of the machine does not fall on all processes of one size. A row is the process whose
  // ratio to the scan is the middle one (for 30 KB: whose median time is).
  const bySize = sizes.map(() => []);
  for (let p = 0; p < PROCESSES; p++) sizes.forEach(([, size], i) => bySize[i].push(run(size)));
  const middle = (results, of) => [...results].sort((a, b) => of(a) - of(b))[results.length >> 1];
  const ratioOf = (r) => r.ms / r.scanMs;
  const rows = sizes.map(([label], i) => ({ label, ...middle(bySize[i], i === 0 ? (r) => r.ms : ratioOf), all: bySize[i] }));
  const hostile = [
    ['1 MB of quote marks', 1024 * 1024, 'quotes'],
    ['1 MB, one paragraph', 1024 * 1024, 'one-paragraph'],
    ['1 MB random marks', 1024 * 1024, 'random'],
  ].map(([label, size, kind]) => ({ label, ...run(size, kind) }));
  console.log(`Attribution Lens engine benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
  console.log('input              size      median     MB/s   regex scan  scan MB/s  ratio  peak RSS  result heap');
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(17)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${r.ms.toFixed(2).padStart(8)} ms ${r.mbps.toFixed(1).padStart(7)} ${r.scanMs.toFixed(2).padStart(9)} ms ${r.scanMbps.toFixed(1).padStart(9)} ${(r.ms / r.scanMs).toFixed(2).padStart(6)}x ${r.peakRssMb.toFixed(0).padStart(6)} MB ${r.retainedMb.toFixed(1).padStart(8)} MB`,
    );
  }
  console.log(`(each row: the middle of ${PROCESSES} processes; every process, as analysis / scan ms = ratio:)`);
  for (const r of rows) console.log(`  ${r.label.padEnd(17)} ${r.all.map((x) => `${x.ms.toFixed(1)} / ${x.scanMs.toFixed(1)} = ${ratioOf(x).toFixed(2)}×`).join('   ')}`);
  console.log('\nhostile input       size      median     MB/s');
  for (const r of hostile) console.log(`${r.label.padEnd(19)} ${(r.bytes / 1024).toFixed(0).padStart(5)} KB ${r.ms.toFixed(1).padStart(9)} ms ${r.mbps.toFixed(1).padStart(7)}`);
  // Linearity: the time per MB at 256 KB and at 1 MB; a ratio near 1 is linear, near 4 quadratic.
  const kinds = [
    ['nested quotes', 'nested'],
    ['unclosed quotes', 'unclosed'],
    ['“A A A …”', 'capitals'],
    ['hyphenated name', 'hyphenated'],
    ['no spaces', 'no-spaces'],
    ['many “said”', 'said'],
    ['unclosed markers', 'markers'],
    ['titled headlines', 'headlines'],
    ['unnamed sources', 'unnamed'],
  ];
  console.log('\nlinearity           ms/MB @256 KB   ms/MB @1 MB   ratio');
  for (const [label, kind] of kinds) {
    const [a, b] = [256 * 1024, 1024 * 1024].map((size) => run(size, kind));
    const perMb = (r) => r.ms / (r.bytes / 1e6);
    console.log(`${label.padEnd(19)} ${perMb(a).toFixed(1).padStart(13)} ${perMb(b).toFixed(1).padStart(13)} ${(perMb(b) / perMb(a)).toFixed(2).padStart(7)}`);
  }
  const [small, one, four] = rows;
  const lins = [];
  for (let p = 0; p < PROCESSES; p++) lins.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--linearity'], { encoding: 'utf8', maxBuffer: 1 << 20 })));
  const lin = middle(lins, (l) => l.fourMs / l.oneMs);
  const ratio = lin.fourMs / lin.oneMs;
  const linear = ratio / (lin.fourBytes / lin.oneBytes);
  console.log(`\n4 MB / 1 MB: ${(four.ms / one.ms).toFixed(2)}× in the separate processes above; by turns in one process ${lin.fourMs.toFixed(1)} / ${lin.oneMs.toFixed(1)} ms (medians of 9; the middle of ${PROCESSES} processes: ${lins.map((l) => `${(l.fourMs / l.oneMs).toFixed(2)}×`).join(', ')})`);
  const checks = [
    [`30 KB article median ≤ 3 ms (middle process)`, small.ms <= 3, `${small.ms.toFixed(2)} ms`],
    [`full analysis ≤ 3× the regex scan (1 MB, middle process)`, one.ms <= 3 * one.scanMs, `${(one.ms / one.scanMs).toFixed(2)}×`],
    [`4 MB ≤ 4.5× the 1 MB time (by turns, middle process)`, ratio <= 4.5, `${ratio.toFixed(2)}× (per-byte ${linear.toFixed(2)})`],
  ];
  console.log('');
  for (const [what, ok, value] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${what}: ${value}`);
}

const i = process.argv.indexOf('--child');
if (i >= 0) child(Number(process.argv[i + 1]), process.argv[i + 2]);
else if (process.argv.includes('--linearity')) linearityChild();
else main();
