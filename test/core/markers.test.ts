import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { maskMarkers, parseMarkers } from '../../src/core/markers';
import { reviewFindings } from '../../src/core/review';
import type { FindingCode } from '../../src/core/types';

/** The codes of the findings left after review, with the 1-based line each starts on. */
function remaining(text: string): string[] {
  const review = reviewFindings(analyze(text), text);
  return review.findings.map((f) => `${text.slice(0, f.start).split('\n').length}:${f.code}`);
}

const VAGUE = 'Critics say the plan failed.';
const ANON = 'A senior official said the plan failed.';

describe('control markers', () => {
  it('parses the comment form with codes, kinds, lines and argument spans', () => {
    const text = `Intro.\n<!-- attribution-lens-disable vague-attribution, anonymous-source -->\n${VAGUE}`;
    const { directives, problems } = parseMarkers(text);
    assert.deepEqual(problems, []);
    assert.equal(directives.length, 1);
    const d = directives[0];
    assert.equal(d.kind, 'disable');
    assert.equal(d.form, 'comment');
    assert.equal(d.line, 1);
    assert.equal(d.ownLine, true);
    assert.deepEqual(d.codes, ['vague-attribution', 'anonymous-source']);
    assert.equal(d.all, false);
    assert.equal(text.slice(d.start, d.end), '<!-- attribution-lens-disable vague-attribution, anonymous-source -->');
    assert.equal(text.slice(d.args.start, d.args.end), 'vague-attribution, anonymous-source');
  });

  it('gives an empty argument span at the insertion point when no code is written', () => {
    const text = 'x <!-- attribution-lens-disable-line -->';
    const d = parseMarkers(text).directives[0];
    assert.equal(d.all, true);
    assert.equal(d.args.start, d.args.end);
    assert.equal(text.slice(0, d.args.start), 'x <!-- attribution-lens-disable-line');
  });

  it('accepts the bracket form on its own line or at a line end, and ignores it inside a line', () => {
    const text = `[attribution-lens-disable-file vague-attribution]\n${ANON} [attribution-lens-disable-line anonymous-source]\nSee [attribution-lens-disable unbalanced-quote] here.`;
    const { directives, problems } = parseMarkers(text);
    assert.deepEqual(
      directives.map((d) => [d.kind, d.form, d.line, d.ownLine]),
      [
        ['disable-file', 'bracket', 0, true],
        ['disable-line', 'bracket', 1, false],
      ],
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /must end its line/);
    assert.equal(text.slice(problems[0].start, problems[0].end), '[attribution-lens-disable unbalanced-quote]');
  });

  it('accepts two markers at the end of one line', () => {
    const text = `${ANON} [attribution-lens-anonymous: feared for his job] [attribution-lens-disable-line vague-attribution]`;
    assert.deepEqual(
      parseMarkers(text).directives.map((d) => d.kind),
      ['anonymous', 'disable-line'],
    );
  });

  it('reports unknown codes and kinds, and a directive with only unknown codes disables nothing', () => {
    const text = `<!-- attribution-lens-disable vague-atribution -->\n${VAGUE}\n<!-- attribution-lens-silence -->`;
    const { directives, problems } = parseMarkers(text);
    assert.equal(directives.length, 1);
    assert.deepEqual(directives[0].codes, []);
    assert.equal(directives[0].all, false);
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /Unknown finding code “vague-atribution”/);
    assert.equal(text.slice(problems[0].start, problems[0].end), 'vague-atribution');
    assert.match(problems[1].message, /Unknown marker “attribution-lens-silence”/);
    assert.deepEqual(remaining(text), ['2:vague-attribution']);
  });

  it('disable … enable is a block; enable with codes re-enables only those', () => {
    const text = [
      VAGUE,
      '<!-- attribution-lens-disable -->',
      VAGUE,
      ANON,
      '<!-- attribution-lens-enable anonymous-source -->',
      VAGUE,
      ANON,
      '<!-- attribution-lens-enable -->',
      VAGUE,
    ].join('\n');
    assert.deepEqual(remaining(text), ['1:vague-attribution', '7:anonymous-source', '9:vague-attribution']);
  });

  it('a block with no enable runs to the end of the file', () => {
    const text = [VAGUE, '[attribution-lens-disable vague-attribution]', VAGUE, '', VAGUE].join('\n');
    assert.deepEqual(remaining(text), ['1:vague-attribution']);
  });

  it('disable-line covers its own line only', () => {
    const text = [`${VAGUE} <!-- attribution-lens-disable-line vague-attribution -->`, VAGUE].join('\n');
    assert.deepEqual(remaining(text), ['2:vague-attribution']);
  });

  it('disable-next-line covers the next line only', () => {
    const text = ['<!-- attribution-lens-disable-next-line vague-attribution -->', VAGUE, VAGUE].join('\n');
    assert.deepEqual(remaining(text), ['3:vague-attribution']);
  });

  it('disable-file covers the whole file, also above the marker', () => {
    const text = [VAGUE, ANON, '[attribution-lens-disable-file vague-attribution]', VAGUE].join('\n');
    assert.deepEqual(remaining(text), ['2:anonymous-source']);
  });

  it('a marker only turns off the codes it names', () => {
    const text = `${VAGUE} ${ANON} <!-- attribution-lens-disable-line anonymous-source -->`;
    assert.deepEqual(remaining(text), ['1:vague-attribution']);
  });

  it('records the directive responsible for each suppressed finding', () => {
    const text = `${VAGUE} <!-- attribution-lens-disable-line -->`;
    const review = reviewFindings(analyze(text), text);
    assert.equal(review.findings.length, 0);
    assert.equal(review.suppressed.length, 1);
    assert.equal(review.suppressed[0].by, 'marker');
    assert.equal(review.suppressed[0].directive, review.markers.directives[0]);
  });

  it('works with CRLF line ends', () => {
    const text = ['<!-- attribution-lens-disable-next-line vague-attribution -->', VAGUE, `${ANON} [attribution-lens-anonymous: protected]`, VAGUE].join('\r\n');
    const { directives, problems } = parseMarkers(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(directives[0].codes, ['vague-attribution']);
    assert.equal(directives[1].reason, 'protected');
    assert.deepEqual(remaining(text), ['4:vague-attribution']);
  });

  it('a second disable of a code already off does not extend past the first enable', () => {
    const text = ['<!-- attribution-lens-disable vague-attribution -->', '<!-- attribution-lens-disable -->', VAGUE, '<!-- attribution-lens-enable -->', VAGUE].join('\n');
    assert.deepEqual(remaining(text), ['5:vague-attribution']);
  });

  it('a comment split over lines is not a marker', () => {
    const text = `<!--\nattribution-lens-disable\n-->\n${VAGUE}`;
    assert.deepEqual(parseMarkers(text).directives, []);
    assert.deepEqual(remaining(text), ['4:vague-attribution']);
  });

  it('markers are not article text: masked before analysis with offsets kept', () => {
    const text = 'He said “yes.” <!-- attribution-lens-anonymous: “a source” said so -->\nNext.';
    const masked = maskMarkers(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('\n').length, 2);
    const a = analyze(text);
    assert.deepEqual(
      a.quotes.map((q) => q.text),
      ['“yes.”'],
    );
    assert.equal(a.sources.filter((s) => s.kind === 'anonymous').length, 0);
  });
});

describe('anonymity reasons', () => {
  const reasonsOf = (text: string) => {
    const a = analyze(text);
    const review = reviewFindings(a, text);
    return { a, review, codes: review.findings.map((f) => f.code as FindingCode) };
  };

  it('a reason on the source’s line marks it intentional: finding suppressed, reason attached', () => {
    const text = `${ANON} <!-- attribution-lens-anonymous: Source feared retaliation; identity known to editor -->`;
    const { a, review, codes } = reasonsOf(text);
    assert.deepEqual(codes, []);
    assert.equal(review.reasons.length, 1);
    assert.equal(a.sources[review.reasons[0].source].text, 'A senior official');
    assert.equal(review.reasons[0].reason, 'Source feared retaliation; identity known to editor');
    assert.equal(review.suppressed[0].by, 'anonymity-reason');
    assert.equal(review.summary.explainedAnonymousSources, 1);
  });

  it('the bracket form works the same, on its own line before the source', () => {
    const text = `[attribution-lens-anonymous: not authorized to speak]\n${ANON}`;
    const { review, codes } = reasonsOf(text);
    assert.deepEqual(codes, []);
    assert.equal(review.reasons[0].reason, 'not authorized to speak');
  });

  it('a reason at the end of a line does not reach the next line', () => {
    const text = `Intro. [attribution-lens-anonymous: protected]\n${ANON}`;
    const { review, codes } = reasonsOf(text);
    assert.deepEqual(codes, ['anonymous-source']);
    assert.equal(review.reasons.length, 0);
  });

  it('later mentions of an explained source (“the official”) carry its reason', () => {
    const text = `${ANON} <!-- attribution-lens-anonymous: retaliation -->\n\n“It is over,” the official added.`;
    const { a, review, codes } = reasonsOf(text);
    assert.deepEqual(codes, []);
    assert.deepEqual(
      review.reasons.map((r) => [a.sources[r.source].text, r.reason]),
      [
        ['A senior official', 'retaliation'],
        ['the official', 'retaliation'],
      ],
    );
  });

  it('a marker without a reason is reported and marks nothing', () => {
    const text = `${ANON} <!-- attribution-lens-anonymous: -->`;
    const { review, codes } = reasonsOf(text);
    assert.deepEqual(codes, ['anonymous-source']);
    assert.match(review.markers.problems[0].message, /needs a reason/);
  });

  it('only anonymous-source findings are explained by a reason', () => {
    const text = `${VAGUE} ${ANON} <!-- attribution-lens-anonymous: protected -->`;
    assert.deepEqual(reasonsOf(text).codes, ['vague-attribution']);
  });
});
