import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { analyze } from '../../src/core/analyze';
import { formatConfigProblem, lexiconOf, mergeLexicons, parseHouseRules, displayPath } from '../../src/core/config-file';

const schemaPath = path.resolve(__dirname, '../../../schemas/attributionlens.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));

/** Samples: valid ones first, then invalid ones (each with the paths the validator must name). */
const VALID: unknown[] = [
  {},
  { $schema: './schemas/attributionlens.schema.json' },
  {
    knownPeople: [{ name: 'Yair Lapid', title: 'foreign minister', affiliation: 'Israel', official: true }, { name: 'Jane Roe' }],
    titles: ['ombudsman', { text: 'party whip', official: false }, { text: 'chief rabbi' }],
    reportingVerbs: ['quipped'],
    anonymityPhrases: ['a person close to the board'],
    vaguePhrases: ['word on the street'],
    media: ['The Daily Planet'],
    organizations: ['Acme Holdings'],
    ignoredNames: ['Grand Slam'],
    nationalities: { Ruritanian: 'Ruritania' },
    severity: { 'unattributed-quote': 'error', 'anonymous-source': 'off', 'vague-attribution': 'hint', 'unbalanced-quote': 'info', 'untitled-first-mention': 'warning', 'title-changed': 'off' },
    include: ['articles/**'],
    exclude: ['drafts/**'],
    maxAnonymousShare: 0.3,
  },
  { maxAnonymousShare: 0 },
  { maxAnonymousShare: 1 },
];

const INVALID: Array<{ sample: unknown; paths: string[] }> = [
  { sample: [], paths: [''] },
  { sample: 'rules', paths: [''] },
  { sample: { knownPeple: [] }, paths: ['/knownPeple'] },
  { sample: { knownPeople: {} }, paths: ['/knownPeople'] },
  { sample: { knownPeople: [{}] }, paths: ['/knownPeople/0'] },
  { sample: { knownPeople: [{ name: 42 }] }, paths: ['/knownPeople/0/name'] },
  { sample: { knownPeople: [{ name: '  ' }] }, paths: ['/knownPeople/0/name'] },
  { sample: { knownPeople: [{ name: 'A B', official: 'yes' }] }, paths: ['/knownPeople/0/official'] },
  { sample: { knownPeople: [{ name: 'A B', role: 'x' }] }, paths: ['/knownPeople/0/role'] },
  { sample: { knownPeople: ['Yair Lapid'] }, paths: ['/knownPeople/0'] },
  { sample: { titles: [3] }, paths: ['/titles/0'] },
  { sample: { titles: [{ official: true }] }, paths: ['/titles/0'] },
  { sample: { titles: [{ text: '' }] }, paths: ['/titles/0/text'] },
  { sample: { reportingVerbs: 'quipped' }, paths: ['/reportingVerbs'] },
  { sample: { media: ['ok', ''] }, paths: ['/media/1'] },
  { sample: { exclude: [null] }, paths: ['/exclude/0'] },
  { sample: { nationalities: { Ruritanian: 1 } }, paths: ['/nationalities/Ruritanian'] },
  { sample: { nationalities: ['Ruritanian'] }, paths: ['/nationalities'] },
  { sample: { severity: { 'anonymous-source': 'loud' } }, paths: ['/severity/anonymous-source'] },
  { sample: { severity: { 'anonymous-sources': 'off' } }, paths: ['/severity/anonymous-sources'] },
  { sample: { severity: 'off' }, paths: ['/severity'] },
  { sample: { maxAnonymousShare: 1.5 }, paths: ['/maxAnonymousShare'] },
  { sample: { maxAnonymousShare: '0.3' }, paths: ['/maxAnonymousShare'] },
  { sample: { $schema: 7 }, paths: ['/$schema'] },
];

/** ajv's error locations as JSON pointers to the offending value (an unknown key: the key itself). */
function ajvPaths(errors: Array<{ instancePath: string; keyword: string; params: Record<string, unknown> }>): Set<string> {
  return new Set(errors.map((e) => (e.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}` : e.instancePath)));
}

describe('house rules file', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);

  it('the schema and the hand-written validator agree on valid samples', () => {
    for (const sample of VALID) {
      assert.equal(validate(sample), true, `schema rejects ${JSON.stringify(sample)}: ${JSON.stringify(validate.errors)}`);
      const { problems } = parseHouseRules(JSON.stringify(sample, null, 2), '.attributionlens.json');
      assert.deepEqual(problems, [], `validator rejects ${JSON.stringify(sample)}`);
    }
  });

  it('the schema and the hand-written validator agree on invalid samples, at the same JSON paths', () => {
    for (const { sample, paths } of INVALID) {
      assert.equal(validate(sample), false, `schema accepts ${JSON.stringify(sample)}`);
      const fromSchema = ajvPaths(validate.errors as never);
      const { problems } = parseHouseRules(JSON.stringify(sample, null, 2), '.attributionlens.json');
      assert.deepEqual(problems.map((p) => p.path), paths, `validator paths for ${JSON.stringify(sample)}: ${JSON.stringify(problems)}`);
      for (const p of paths) assert.ok(fromSchema.has(p), `schema errors for ${JSON.stringify(sample)} do not name ${p}: ${[...fromSchema].join(', ')}`);
    }
  });

  it('the schema describes every key and names every finding code', () => {
    const describe = (node: Record<string, unknown>) => assert.ok(typeof node.description === 'string' || typeof node.$ref === 'string', `no description: ${JSON.stringify(node).slice(0, 80)}`);
    for (const [key, node] of Object.entries(schema.properties as Record<string, Record<string, unknown>>)) {
      describe(node);
      assert.ok(node.description, `${key} has no description`);
    }
    const { FINDING_CODES } = require('../../src/core/codes') as typeof import('../../src/core/codes');
    assert.deepEqual(Object.keys(schema.properties.severity.properties).sort(), FINDING_CODES.map((c) => c.code).sort());
  });

  it('reports invalid JSON with line and column and falls back to the defaults', () => {
    const { rules, problems } = parseHouseRules('{\n  "media": ["A",]\n}', 'cfg/.attributionlens.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
    assert.equal(problems[0].column, 17);
    assert.deepEqual(rules.media, []);
    assert.match(formatConfigProblem(problems[0]), /^cfg\/\.attributionlens\.json:2:17: error: Invalid JSON: Expected a value, found “\]”/);
  });

  it('names file, line, column and JSON path; keeps the valid parts', () => {
    const text = '{\n  "knownPeople": [\n    { "name": "Yair Lapid", "title": "foreign minister" },\n    { "name": 42 }\n  ],\n  "severity": { "anonymous-source": "loud", "vague-attribution": "off" },\n  "colour": "red"\n}';
    const { rules, problems } = parseHouseRules(text, '.attributionlens.json');
    assert.deepEqual(
      problems.map((p) => formatConfigProblem(p)),
      [
        '.attributionlens.json:7:3: warning: colour: Unknown key “colour” ignored (known: knownPeople, titles, nationalities, severity, maxAnonymousShare, reportingVerbs, anonymityPhrases, vaguePhrases, media, organizations, ignoredNames, include, exclude).',
        '.attributionlens.json:4:7: error: knownPeople[1].name: “name” must be a non-empty string, not a number; person ignored.',
        '.attributionlens.json:6:17: error: severity.anonymous-source: Severity of “anonymous-source” must be "error", "warning", "info", "hint" or "off", not "loud"; the default is used.',
      ],
    );
    assert.deepEqual(rules.knownPeople, [{ name: 'Yair Lapid', title: 'foreign minister' }]);
    assert.deepEqual(rules.severity, { 'vague-attribution': 'off' });
    assert.equal(displayPath('/a~1b/0/c'), 'a/b[0].c');
  });

  it('maps every lexicon key to the engine, end to end', () => {
    const { rules, problems } = parseHouseRules(
      JSON.stringify({
        knownPeople: [{ name: 'Yair Lapid', title: 'foreign minister', affiliation: 'Israel' }],
        titles: ['ombudsman'],
        reportingVerbs: ['smirked'],
        anonymityPhrases: ['a person close to the board'],
        vaguePhrases: ['word on the street'],
        media: ['Daily Planet'],
        organizations: ['Acme Holdings'],
        ignoredNames: ['Grand Slam'],
        nationalities: { Ruritanian: 'Ruritania' },
      }),
      'x.json',
    );
    assert.deepEqual(problems, []);
    const lexicon = lexiconOf(rules);
    const run = (text: string) => analyze(text, { lexicon });
    const lapid = run('“We will respond,” Lapid smirked at reporters.');
    assert.equal(lapid.quotes[0].speaker.name, 'Yair Lapid');
    assert.deepEqual([lapid.people[0].title, lapid.people[0].affiliation, lapid.people[0].official], ['foreign minister', 'Israel', true]);
    assert.equal(analyze('“We will respond,” Lapid smirked at reporters.').quotes[0].speaker.kind, 'unknown', 'without the house rules "smirked" is no cue');
    assert.equal(run('Ombudsman Jane Roe spoke.').people[0]?.title, 'ombudsman');
    const sources = run('A person close to the board said the deal was off. Word on the street is that it fails.').sources.map((s) => [s.kind, s.text]);
    assert.deepEqual(sources, [
      ['anonymous', 'A person close to the board'],
      ['vague', 'Word on the street'],
    ]);
    const outlets = run('“No,” the Daily Planet reported. “Yes,” Acme Holdings said.').quotes.map((q) => q.speaker.kind);
    assert.deepEqual(outlets, ['media', 'organization']);
    const slam = run('“We will respond,” said Grand Slam.');
    assert.equal(slam.people.length, 0);
    assert.equal(slam.quotes[0].speaker.kind, 'organization');
    assert.equal(analyze('“We will respond,” said Grand Slam.').quotes[0].speaker.kind, 'person', 'without the house rules it is a person');
    assert.equal(run('The Ruritanian minister Karl Blom said “no.”').people[0].affiliation, 'Ruritania');
  });
});

describe('mergeLexicons', () => {
  it('joins lists, merges maps, and leaves out what neither has', () => {
    const merged = mergeLexicons(
      { reportingVerbs: ['smirked'], nationalities: { Ruritanian: 'Ruritania', Freedonian: 'Freedonia' } },
      { reportingVerbs: ['quipped'], media: ['Daily Planet'], nationalities: { Freedonian: 'Free Freedonia' } },
    );
    assert.deepEqual(merged.reportingVerbs, ['smirked', 'quipped']);
    assert.deepEqual(merged.media, ['Daily Planet']);
    assert.deepEqual(merged.nationalities, { Ruritanian: 'Ruritania', Freedonian: 'Free Freedonia' });
    assert.equal(merged.titles, undefined);
    const only = { titles: ['ombudsman'] };
    assert.equal(mergeLexicons(undefined, only), only);
  });
});
