/**
 * Property-based tests (fast-check) of the engine's guarantees on ANY input: analyze() returns
 * without throwing, every span lies inside the text on code-unit boundaries that never split a
 * surrogate pair, reported `text` fields are the slices they claim, top-level quotes come in text
 * order without overlapping, and a second run gives a deep-equal result. The review path
 * (reviewFindings with markers) and the house-rules parser never throw either.
 *
 * Run counts are modest (the whole file takes a few seconds); the huge inputs (5 MB on one line,
 * thousands of quote marks) are fixed examples, not generated runs.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { maskMarkers, mayHaveMarkers, rawMarkers } from '../../src/core/markers';
import { reviewFindings } from '../../src/core/review';
import { parseHouseRules } from '../../src/core/config-file';
import type { Analysis, Span } from '../../src/core/types';

const RUNS = 150;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` is a valid cut of `text`: inside it, and not between the halves of a surrogate pair. */
function onBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  return !(offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function checkSpan(text: string, s: Span, what: string): void {
  assert.ok(onBoundary(text, s.start), `${what}: start ${s.start} on a code-unit boundary inside the text (${text.length})`);
  assert.ok(onBoundary(text, s.end), `${what}: end ${s.end} on a code-unit boundary inside the text (${text.length})`);
  assert.ok(s.start < s.end, `${what}: start ${s.start} < end ${s.end}`);
}

/** Every guarantee of the data model (src/core/types.ts) that holds for any input. */
export function checkAnalysis(input: string, a: Analysis): void {
  // Control markers are blanked out (offsets kept) before analysis; `text` fields are slices of that text.
  const text = mayHaveMarkers(input) ? maskMarkers(input) : input;
  assert.equal(text.length, input.length);
  let previousEnd = 0;
  a.quotes.forEach((q, i) => {
    checkSpan(input, q, `quote ${i}`);
    assert.equal(q.text, text.slice(q.start, q.end), `quote ${i} text`);
    assert.ok(q.start >= previousEnd, `quote ${i} starts at ${q.start}, after the previous quote's end ${previousEnd} (text order, no overlap)`);
    previousEnd = q.end;
    for (const n of q.nested) {
      checkSpan(input, n, `quote ${i} nested`);
      assert.ok(n.start >= q.start && n.end <= q.end, `quote ${i}: nested span inside the quote`);
    }
    assert.ok(q.pieces.length >= 1, `quote ${i}: at least one piece`);
    q.pieces.forEach((p, k) => {
      checkSpan(input, p, `quote ${i} piece ${k}`);
      assert.ok(p.start >= q.start && p.end <= q.end, `quote ${i}: piece inside the quote`);
      if (k > 0) assert.ok(p.start >= q.pieces[k - 1].end, `quote ${i}: pieces in order`);
    });
    assert.equal(q.pieces[0].start, q.start);
    assert.equal(q.pieces[q.pieces.length - 1].end, q.end);
    const sp = q.speaker;
    assert.equal(sp.start === null, sp.end === null, `quote ${i}: speaker start and end both set or both null`);
    if (sp.start !== null && sp.end !== null) checkSpan(input, { start: sp.start, end: sp.end }, `quote ${i} speaker`);
    if (sp.person !== undefined) assert.ok(sp.person >= 0 && sp.person < a.people.length, `quote ${i}: speaker person index`);
    if (q.cue) {
      checkSpan(input, q.cue, `quote ${i} cue`);
      assert.equal(q.cue.text, text.slice(q.cue.start, q.cue.end), `quote ${i} cue text`);
    }
  });
  a.people.forEach((p, i) => {
    assert.ok(p.mentions.length >= 1, `person ${i} has a mention`);
    for (const m of p.mentions) {
      checkSpan(input, m, `person ${i} mention`);
      assert.equal(m.text, text.slice(m.start, m.end), `person ${i} mention text`);
    }
  });
  a.sources.forEach((s, i) => {
    checkSpan(input, s, `source ${i}`);
    assert.equal(s.text, text.slice(s.start, s.end), `source ${i} text`);
    if (s.person !== undefined) assert.ok(s.person >= 0 && s.person < a.people.length, `source ${i}: person index`);
    if (s.antecedent !== undefined) assert.ok(s.antecedent >= 0 && s.antecedent < i, `source ${i}: antecedent precedes it`);
  });
  a.findings.forEach((f, i) => checkSpan(input, f, `finding ${i} (${f.code})`));
}

function checkAll(input: string): void {
  const a = analyze(input);
  checkAnalysis(input, a);
  assert.deepEqual(analyze(input), a, 'a second run gives a deep-equal result');
  const review = reviewFindings(a, input);
  for (const f of review.findings) checkSpan(input, f, `reviewed finding (${f.code})`);
}

// Pieces that make article-like text: quote marks of every style, apostrophes, cues, names,
// titles, anonymity and vague phrases, markers, paragraph breaks, HTML, astral characters.
const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', "''", '``', '‹', '›',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '.', ',', ':', ';', '!', '?', '—', '-', '(', ')',
  'said', 'says', 'told', 'added', 'according to', 'he', 'she', 'they', 'It’s', 'the', 'a', 'that',
  'Yair Lapid', 'Lapid', 'Mr.', 'Foreign Minister', 'Emine Dzhaparova', 'Abdel Rahman el-Shazly', 'U.S.',
  'a senior official', 'the official', 'people familiar with the matter', 'critics say', 'reportedly',
  'media reports', 'who spoke on condition of anonymity', 'so-called', 'Reuters', 'the ministry',
  '<!-- attribution-lens-disable-next-line -->', '<!-- attribution-lens-anonymous: protect the source -->',
  '[attribution-lens-disable unattributed-quote]', '<!-- attribution-lens-', '-->', '<b title="x">', '</b>',
  '# ', '> ', '😀', '𝐁𝐑𝐄𝐀𝐊', '\ud800', '\udc00', '\u0000', '\u200b', 'é', 'A', 'Z', '’90s',
];

const articleLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
/** Any code point, astral ones as surrogate pairs. */
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 300 });
const controls = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 200 });

describe('properties of analyze() on any input (fast-check)', () => {
  it('article-like text: no throw, spans inside the text and on boundaries, slices, order, determinism', () => {
    fc.assert(fc.property(articleLike, checkAll), { numRuns: RUNS * 2 });
  });

  it('any UTF-16 code units (lone surrogates, controls): same guarantees', () => {
    fc.assert(fc.property(anyCodeUnits, checkAll), { numRuns: RUNS });
  });

  it('any code points (astral characters): same guarantees', () => {
    fc.assert(fc.property(anyCodePoints, checkAll), { numRuns: RUNS });
  });

  it('control characters only: same guarantees', () => {
    fc.assert(fc.property(controls, checkAll), { numRuns: 50 });
  });

  it('a random mix of article text and any code points: same guarantees', () => {
    fc.assert(fc.property(fc.array(fc.oneof(articleLike, anyCodePoints), { maxLength: 4 }).map((xs) => xs.join('')), checkAll), { numRuns: RUNS });
  });

  describe('fixed huge inputs', () => {
    const fixed: Array<[string, () => string]> = [
      ['5 MB on a single line with no spaces', () => 'Abc'.repeat((5 * 1024 * 1024) / 3)],
      ['5,000 straight quote marks', () => '"'.repeat(5000)],
      ['5,000 alternating curly quote marks between words', () => 'a “b” '.repeat(5000)],
      ['10,000 opening curly quotes, no closing one', () => '“x '.repeat(10000)],
      ['nested single quotes 2,000 deep', () => '“' + '‘a '.repeat(2000) + '’'.repeat(2000) + '”'],
      ['3,000 “said” cues with quotes', () => '“Yes,” said Yair Lapid. '.repeat(3000)],
      ['50,000 capitalized words in a row', () => 'A '.repeat(50000)],
      ['a hyphenated name of 10,000 parts', () => 'Said ' + 'Abu-'.repeat(10000) + 'Bakr said “x.”'],
      ['1 MB of lone surrogates and astral characters', () => '\ud800😀\udc00'.repeat(1024 * 1024 / 4)],
      ['2,000 unclosed markers on one line', () => '<!-- attribution-lens-disable '.repeat(2000)],
    ];
    for (const [name, make] of fixed) {
      it(name, function () {
        this.timeout(60000);
        const text = make();
        const a = analyze(text);
        checkAnalysis(text, a);
        reviewFindings(a, text);
      });
    }
  });
});

describe('properties of the review and the house rules on any input (fast-check)', () => {
  const markerish = fc
    .array(fc.oneof(fc.constantFrom(...PIECES, '<!--', 'attribution-lens-', 'enable', 'disable-line', 'disable-file', ':', ']', '['), fc.string({ maxLength: 8 })), { maxLength: 60 })
    .map((p) => p.join(''));

  it('reviewFindings with any markers never throws and keeps findings inside the text', () => {
    fc.assert(
      fc.property(markerish, fc.constantFrom<'off' | 'error' | 'hint' | undefined>('off', 'error', 'hint', undefined), (text, setting) => {
        const a = analyze(text);
        const r = reviewFindings(a, text, setting ? { severity: { 'unattributed-quote': setting, 'anonymous-source': setting } } : {});
        for (const f of r.findings) checkSpan(text, f, `finding ${f.code}`);
        for (const x of r.reasons) assert.ok(x.source >= 0 && x.source < a.sources.length);
      }),
      { numRuns: RUNS },
    );
  });

  const key = fc.constantFrom('knownPeople', 'titles', 'nationalities', 'severity', 'maxAnonymousShare', 'reportingVerbs', 'media', 'include', 'exclude', '$schema', 'name', 'official', 'unattributed-quote', 'x');
  const jsonValue = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
  })).value;
  /** JSON text, sometimes cut short or with a character replaced (broken JSON). */
  const jsonish = fc.tuple(jsonValue, fc.nat(), fc.nat(), fc.string({ maxLength: 3 })).map(([v, cut, at, s]) => {
    const json = JSON.stringify(v, null, cut % 3) ?? 'null';
    switch (cut % 4) {
      case 0: return json;
      case 1: return json.slice(0, at % (json.length + 1));
      case 2: return json.slice(0, at % (json.length + 1)) + s + json.slice((at % (json.length + 1)) + 1);
      default: return s + json;
    }
  });

  it('parseHouseRules on JSON-ish text never throws, and problems point into the file', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string({ maxLength: 80 })), (text) => {
        const { rules, problems } = parseHouseRules(text, 'x.json');
        assert.ok(Array.isArray(rules.knownPeople) && typeof rules.severity === 'object');
        for (const p of problems) {
          if (p.line !== undefined) assert.ok(p.line >= 1 && p.line <= text.split('\n').length + 1, `line ${p.line}`);
          assert.ok(typeof p.message === 'string' && p.message.length > 0);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('the marker scanner reads exactly what the former regular expression read', () => {
  // The expression markers.ts used before the linear scanner (quadratic on a long line of unclosed markers).
  const FORMER = /<!--[ \t]*attribution-lens-([a-z]+(?:-[a-z]+)*)([^\n]*?)[ \t]*-->|\[[ \t]*attribution-lens-([a-z]+(?:-[a-z]+)*)([^\]\n]*)\]/dg;
  const former = (text: string) =>
    [...text.matchAll(FORMER)].map((m) => {
      const comment = m[1] !== undefined;
      const rest = m.indices![comment ? 2 : 4]!;
      return { start: m.index!, end: m.index! + m[0].length, form: comment ? 'comment' : 'bracket', name: comment ? m[1] : m[3], rest: { start: rest[0], end: rest[1] } };
    });
  const part = fc.constantFrom('<!--', '-->', '--', '->', '[', ']', ' ', '\t', '\n', '\r\n', 'attribution-lens-', 'attribution-lens', 'disable', 'line', '-', 'x', 'A', ':', 'reason', '<', '!');

  it('on random marker fragments', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        assert.deepEqual(rawMarkers(text), former(text));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
