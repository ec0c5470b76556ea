/**
 * The Sourcing view's tree built from real analyses (no VS Code): groups and counts, quotes by
 * speaker or in document order, people officials first or by mentions, problems, organizations,
 * the filter, and the item at an offset.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { ANONYMOUS_SPEAKERS, buildSourcingTree, nodeAt, problemSummary, UNATTRIBUTED, walk, type SourcingNode } from '../../src/sourcing-tree-model';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'samples', 'envoy-summoned.md'), 'utf8');

const labels = (nodes: readonly SourcingNode[]): string[] => nodes.map((n) => n.label);
const child = (n: SourcingNode, label: string): SourcingNode => {
  const found = n.children.find((c) => c.label === label);
  assert.ok(found, `${label} not under ${n.label}: ${labels(n.children).join(' | ')}`);
  return found;
};

describe('the Sourcing tree model', () => {
  const analysis = analyze(SAMPLE);
  const roots = buildSourcingTree(SAMPLE, analysis);
  const [quotes, people, problems, organizations] = roots;

  it('has four groups with their counts', () => {
    assert.deepStrictEqual(labels(roots), ['Quotes (10)', 'People (4)', 'Unattributed & anonymous (6)', 'Organizations & media (2)']);
  });

  it('groups quotes by speaker, anonymous speakers under one node after the named ones', () => {
    assert.deepStrictEqual(labels(quotes.children), ['Kyiv', 'Emine Dzhaparova', 'Michael Brodsky', 'Natalia Moroz', ANONYMOUS_SPEAKERS]);
    const emine = child(quotes, 'Emine Dzhaparova');
    assert.equal(emine.children.length, 3);
    assert.ok(emine.children.every((q) => q.kind === 'quote' && SAMPLE.slice(q.span!.start, q.span!.end) === q.label));
    const anonymous = child(quotes, ANONYMOUS_SPEAKERS);
    assert.equal(anonymous.tone, 'anonymous');
    assert.deepStrictEqual(
      anonymous.children.map((q) => q.description.split(' · ')[0]),
      ['A senior Israeli official', 'a diplomatic source'],
    );
  });

  it('puts unattributed quotes under their own node', () => {
    const text = 'The mayor spoke on Monday.\n\nThe plan was approved. “It will never work.”\n';
    const tree = buildSourcingTree(text, analyze(text));
    const unattributed = child(tree[0], UNATTRIBUTED);
    assert.deepStrictEqual(labels(unattributed.children), ['“It will never work.”']);
    assert.ok(tree[2].children.some((p) => p.description.startsWith('unattributed quote')));
  });

  it('lists quotes in document order when asked', () => {
    const flat = buildSourcingTree(SAMPLE, analysis, { quoteOrder: 'document', peopleOrder: 'officials', filter: '' })[0];
    assert.deepStrictEqual(labels(flat.children), analysis.quotes.map((q) => q.text));
    assert.ok(flat.children.every((n) => n.kind === 'quote'));
  });

  it('lists people officials first with title and affiliation, their mentions and quotes in order', () => {
    assert.deepStrictEqual(labels(people.children), ['Michael Brodsky', 'Emine Dzhaparova', 'Yair Lapid', 'Natalia Moroz']);
    assert.equal(child(people, 'Emine Dzhaparova').description, 'deputy foreign minister, Ukraine');
    assert.equal(child(people, 'Natalia Moroz').description, 'political scientist, Kyiv-Mohyla Academy');
    const emine = child(people, 'Emine Dzhaparova');
    assert.deepStrictEqual(emine.children.map((c) => c.kind), ['mention', 'quote', 'quote', 'mention', 'quote']);
    const starts = emine.children.map((c) => c.span!.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('sorts people by mentions when asked', () => {
    const byMentions = buildSourcingTree(SAMPLE, analysis, { quoteOrder: 'speaker', peopleOrder: 'mentions', filter: '' })[1];
    assert.equal(byMentions.children[0].label, 'Yair Lapid');
    assert.equal(byMentions.children.at(-1)!.label, 'Natalia Moroz');
  });

  it('lists every anonymous source, vague attribution and unattributed quote', () => {
    assert.deepStrictEqual(labels(problems.children), [
      'A senior Israeli official',
      'The official',
      'Israeli media reports',
      'It is understood that',
      'critics say',
      'a diplomatic source',
    ]);
    assert.deepStrictEqual(problems.children.map((p) => p.tone), ['info', 'info', 'warning', 'warning', 'warning', 'info']);
  });

  it('lists organizations and media with their mentions and quotes', () => {
    const kyiv = child(organizations, 'Kyiv');
    assert.deepStrictEqual(kyiv.children.map((c) => c.kind), ['mention', 'quote']);
  });

  it('gives every item a unique id and links parents', () => {
    const ids = [...walk(roots)].map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const n of walk(roots)) for (const c of n.children) assert.equal(c.parent, n);
    assert.ok(roots.every((g) => g.parent === undefined));
  });

  it('filters items by label or description, keeping their ancestors and counting what is shown', () => {
    const filtered = buildSourcingTree(SAMPLE, analysis, { quoteOrder: 'speaker', peopleOrder: 'officials', filter: 'dzhaparova' });
    assert.deepStrictEqual(labels(filtered), ['Quotes (3 of 10)', 'People (1 of 4)']);
    assert.deepStrictEqual(labels(filtered[0].children), ['Emine Dzhaparova']);
    assert.deepStrictEqual(filtered[1].children[0].highlights, [[6, 16]]);
    assert.deepStrictEqual(buildSourcingTree(SAMPLE, analysis, { quoteOrder: 'speaker', peopleOrder: 'officials', filter: 'no such text' }), []);
  });

  it('finds the item at an offset: a quote, a mention, a problem', () => {
    const at = (needle: string, delta = 1) => nodeAt(roots, SAMPLE.indexOf(needle) + delta);
    const quote = at('“We are not asking');
    assert.equal(quote?.kind, 'quote');
    assert.equal(quote?.parent?.label, 'Emine Dzhaparova');
    assert.equal(quote?.parent?.parent, quotes);
    const mention = at('Dzhaparova said');
    assert.equal(mention?.kind, 'mention');
    assert.equal(mention?.parent?.parent, people);
    assert.equal(at('critics say')?.kind, 'problem');
    assert.equal(at('KYIV —', 0), undefined);
  });

  it('summarizes the findings for the badge', () => {
    assert.deepStrictEqual(problemSummary(analysis), { count: 6, tooltip: '6 sourcing problems: 3 anonymous sources, 3 vague attributions' });
  });
});
