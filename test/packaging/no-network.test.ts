/**
 * No network access and no telemetry: the bundles built by `npm run package` load no network
 * module and call no network API. The only URL in them is the SARIF schema's identifier, which
 * the CLI writes into its SARIF output (never fetched).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const DIST = path.resolve(__dirname, '..', '..', '..', 'dist');
const NETWORK = /\brequire\(["'](?:node:)?(?:https?|http2|net|tls|dgram|dns)["']\)|\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\b|\bnavigator\.sendBeacon\b/g;

describe('no network access', () => {
  for (const bundle of ['extension.js', 'engine.js', 'analysis-worker.js', 'cli.js', 'core.js']) {
    it(`dist/${bundle} loads no network module and calls no network API`, () => {
      const code = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.deepEqual(code.match(NETWORK) ?? [], []);
      const urls = [...new Set(code.match(/https?:\/\/[^\s"'`)]+/g) ?? [])];
      assert.deepEqual(urls.filter((u) => u !== 'https://json.schemastore.org/sarif-2.1.0.json'), []);
    });
  }
});
