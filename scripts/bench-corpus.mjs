// The news text the engine benchmarks time: PolNeAR's training articles (beside the project,
// when present) and the project's own hand-labelled articles, joined until the size asked for.
// Shared by scripts/bench.mjs and scripts/bench-ab.mjs, so both time the same text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Article texts to build the corpora from: PolNeAR (beside the project) or the project's own articles. */
function articleTexts() {
  const polnear = path.resolve(here, '../../shared/data/polnear/train/text');
  const own = path.resolve(here, '../eval/articles');
  const texts = [];
  if (fs.existsSync(polnear)) for (const f of fs.readdirSync(polnear).sort()) texts.push(fs.readFileSync(path.join(polnear, f), 'utf8'));
  for (const f of fs.readdirSync(own).sort()) if (/\.(txt|md)$/.test(f) && f !== 'README.md') texts.push(fs.readFileSync(path.join(own, f), 'utf8'));
  return texts;
}

/** Articles joined by blank lines until the text holds at least `bytes` bytes of UTF-8. */
export function corpus(bytes) {
  const texts = articleTexts();
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}
