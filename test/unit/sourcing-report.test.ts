import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { reviewFindings, reviewProblems } from '../../src/core/review';
import { buildSourcingReport, type SourcingReportModel } from '../../src/core/sourcing-report';
import { reportMessageHtml, sourcingReportHtml } from '../../src/core/report-html';
import { shareChart, speakerChart } from '../../src/core/report-charts';
import { sourcingReportMarkdown } from '../../src/core/report-markdown';
import { csvCell, quotesCsv, QUOTES_CSV_HEADER } from '../../src/core/report-csv';
import { parseCsv } from '../support/parse-csv';

// out/test/unit/ -> project root
const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'samples', 'envoy-summoned.md'), 'utf8');
const REASON = 'not authorised to speak to the press';

function report(text: string, file = 'article.md'): SourcingReportModel {
  const analysis = analyze(text);
  return buildSourcingReport({ path: file, text, analysis, review: reviewFindings(analysis, text) });
}


describe('sourcing report model', () => {
  const text = SAMPLE.replace('A senior Israeli official,', `A senior Israeli official, <!-- attribution-lens-anonymous: ${REASON} -->`);
  const analysis = analyze(text);
  const review = reviewFindings(analysis, text);
  const m = buildSourcingReport({ path: 'envoy-summoned.md', text, analysis, review });

  it('sums up quotes, named, anonymous and vague sourcing as the review does', () => {
    assert.equal(m.summary.quotes, analysis.quotes.length);
    assert.equal(m.summary.anonymousShare, review.summary.anonymousShare);
    assert.equal(m.summary.namedQuotes + m.summary.anonymousQuotes + m.summary.vagueQuotes + m.summary.unattributedQuotes, m.summary.quotes);
    // As the status bar counts them: 10 quotes · 6 named · 2 anonymous · 3 vague.
    assert.deepEqual([m.summary.quotes, m.summary.namedSources, m.summary.anonymousSources, m.summary.vagueSources], [10, 6, 2, 3]);
    assert.equal(m.summary.explainedAnonymousSources, 1);
  });

  it('lists speakers by quoted words with shares summing to 1', () => {
    assert.equal(m.speakers[0].name, 'Emine Dzhaparova');
    const total = m.speakers.reduce((n, s) => n + s.share, 0);
    assert.ok(Math.abs(total - 1) < 1e-9);
    assert.deepEqual(m.speakers, review.summary.speakers);
  });

  it('separates officials (with title and affiliation) from other people, placed at their first mention', () => {
    const dz = m.officials.find((p) => p.name === 'Emine Dzhaparova')!;
    assert.equal(dz.title, 'deputy foreign minister');
    assert.equal(dz.affiliation, 'Ukraine');
    assert.equal(dz.quotes, 3);
    assert.equal(text.slice(dz.start, dz.end), 'Emine Dzhaparova');
    assert.equal(text.split('\n')[dz.line - 1].slice(dz.column - 1, dz.column - 1 + dz.name.length), 'Emine Dzhaparova');
    assert.ok(m.people.every((p) => !p.official) && m.people.some((p) => p.name === 'Natalia Moroz'));
  });

  it('gives anonymous sources the reason their marker records, folding later mentions into the first', () => {
    const senior = m.anonymousSources.find((a) => a.text === 'A senior Israeli official')!;
    assert.equal(senior.reason, REASON);
    assert.equal(senior.mentions, 2); // “The official said …”
    assert.equal(m.anonymousSources.find((a) => a.text === 'a diplomatic source')!.reason, null);
    // The sample says no more than "who spoke on condition of anonymity": no stated reason.
    assert.equal(senior.statedReason, null);
  });

  it('gives anonymous sources the reason the article states, in the model, the HTML and the Markdown', () => {
    const stated = report('A senior official, who spoke on condition of anonymity because the talks are <private>, said the deal was close. The official said more.');
    const s = stated.anonymousSources[0];
    assert.equal(s.reason, null);
    assert.equal(s.statedReason, 'the talks are <private>');
    assert.equal(s.mentions, 2);
    assert.ok(sourcingReportHtml(stated).includes('No reason recorded; the article says: “the talks are &lt;private&gt;”'));
    assert.ok(sourcingReportMarkdown(stated).includes('**no reason recorded** (the article says: “the talks are &lt;private&gt;”)'));
  });

  it('lists the problems the Problems panel shows (reviewed, with marker problems), in text order', () => {
    const expected = reviewProblems(review).sort((a, b) => a.start - b.start);
    assert.deepEqual(m.problems.map((p) => [p.start, p.end, p.code, p.severity]), expected.map((p) => [p.start, p.end, p.code, p.severity]));
    // The explained anonymous source is no problem any more.
    assert.ok(!m.problems.some((p) => p.excerpt === 'A senior Israeli official'));
    const marker = buildSourcingReport({ path: 'x', text: 'A quote. <!-- attribution-lens-disable no-such-code -->', analysis: analyze('A quote.'), review: reviewFindings(analyze('A quote.'), 'A quote. <!-- attribution-lens-disable no-such-code -->') });
    assert.deepEqual(marker.problems.map((p) => [p.code, p.severity]), [['marker', 'warning']]);
  });

  it('applies severities set for the review', () => {
    const r = reviewFindings(analysis, text, { severity: { 'vague-attribution': 'off' } });
    const strict = buildSourcingReport({ path: 'x', text, analysis, review: r });
    assert.ok(!strict.problems.some((p) => p.code === 'vague-attribution'));
    assert.equal(strict.summary.problems.warning, 0);
  });

  it('reports an article without quotes or sources', () => {
    const empty = report('The council met on Tuesday.');
    assert.equal(empty.summary.quotes, 0);
    assert.equal(empty.summary.anonymousShare, 0);
    assert.deepEqual([empty.speakers, empty.officials, empty.anonymousSources, empty.problems], [[], [], [], []]);
  });
});

describe('sourcing report HTML', () => {
  const m = report(SAMPLE, 'envoy-summoned.md');
  const html = sourcingReportHtml(m);

  it('has a section for each part, with links that carry the offsets of the text', () => {
    for (const id of ['summary', 'speakers', 'quotes', 'officials', 'people', 'anonymous', 'vague', 'problems']) assert.ok(html.includes(`<section id="${id}">`), id);
    for (const p of m.problems) assert.ok(html.includes(`data-start="${p.start}" data-end="${p.end}"`));
    assert.ok(html.includes('>deputy foreign minister<'));
    assert.ok(!/ on[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!/style=/i.test(html), 'no inline styles');
  });

  it('draws the charts with geometry in attributes and theme classes', () => {
    const chart = speakerChart(m.speakers);
    assert.equal((chart.match(/<rect /g) ?? []).length, m.speakers.length);
    assert.match(chart, /class="bar kind-person"/);
    const widths = [...chart.matchAll(/<rect x="\d+" y="\d+" width="([\d.]+)"/g)].map((x) => Number(x[1]));
    assert.deepEqual(widths, [...widths].sort((a, b) => b - a), 'longest bar first');
    assert.match(shareChart(m.summary), /class="segment kind-named"/);
    assert.equal(shareChart(report('No quotes.').summary), '');
  });

  it('escapes hostile article text everywhere (names, quotes, sources, path)', () => {
    const hostile = [
      'Minister <script>alert(1)</script> Smith said: “<img src=x onerror=alert(1)> [x](javascript:alert(1))”.',
      '“<script>alert(2)</script>,” said Jane <b>Doe</b>.',
      '“<svg onload=alert(3)>,” a senior <i>official</i> said.',
    ].join('\n\n');
    const out = sourcingReportHtml(report(hostile, '<script>alert("path")</script>.md'));
    assert.ok(!out.includes('<script'), out);
    assert.ok(!out.includes('<img'));
    assert.ok(!out.includes('<svg onload'));
    assert.ok(!out.includes('<b>') && !out.includes('<i>'));
    assert.ok(!/href="javascript:/i.test(out));
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('shows a message page with escaped text', () => {
    assert.equal(reportMessageHtml('Closed', 'a <b> & c'), '<header><h1>Closed</h1></header><main><p class="message">a &lt;b&gt; &amp; c</p></main>');
  });
});

describe('sourcing report Markdown', () => {
  it('has the summary, the speakers table, the officials, the anonymous sources with reasons and the problems at line:col', () => {
    const text = SAMPLE.replace('A senior Israeli official,', `A senior Israeli official, <!-- attribution-lens-anonymous: ${REASON} -->`);
    const m = report(text, 'envoy-summoned.md');
    const md = sourcingReportMarkdown(m);
    assert.match(md, /^# Sourcing report: envoy\\-summoned\\\.md$/m);
    assert.match(md, /^- Anonymous share: 20% of quotes$/m);
    assert.match(md, /^\| Emine Dzhaparova \| person \| 3 \| 26 \| 43\.3% \|$/m);
    assert.match(md, /^\| Emine Dzhaparova \| deputy foreign minister \| Ukraine \| 2 \| 3 \| 7:36 \|$/m);
    assert.match(md, new RegExp(`“A senior Israeli official” \\(2 mentions\\): reason: not authorised to speak to the press`));
    assert.match(md, /“a diplomatic source”: \*\*no reason recorded\*\*/);
    for (const p of m.problems) assert.ok(md.includes(`| ${p.line}:${p.column} | ${p.severity} | \`${p.code}\` |`));
  });

  it('escapes article text so it cannot become links, HTML or table cells', () => {
    const md = sourcingReportMarkdown(report('“[x](javascript:alert(1)) <img src=x onerror=alert(1)> a|b,” said Jane Doe, a spokeswoman for <b>Acme</b>.'));
    assert.ok(!md.includes('](javascript:'));
    assert.ok(!md.includes('<img') && !md.includes('<b>'));
  });
});

describe('sourcing report CSV', () => {
  it('quotes fields per RFC 4180 and guards against formula injection', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    for (const c of ['+1', '-1', '@SUM(A1)', '\tx']) assert.equal(csvCell(c).replace(/^"/, '')[0], "'");
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(12), '12');
    assert.equal(csvCell(false), 'false');
  });

  it('has one row per quote that parses back to the quote', () => {
    const text = SAMPLE + '\n\n“=cmd|\' /C calc\'!A0, and “more”,” said Jane Doe, a spokeswoman.\n';
    const m = report(text);
    const rows = parseCsv(quotesCsv(m));
    assert.deepEqual(rows[0], QUOTES_CSV_HEADER);
    assert.equal(rows.length - 1, m.quotes.length);
    rows.slice(1).forEach((r, i) => {
      const q = m.quotes[i];
      assert.deepEqual(r.slice(0, 3).map(Number), [q.start, q.end, q.line]);
      assert.equal(r[3].replace(/^'(?=[=+\-@\t\r])/, ''), q.text);
      assert.equal(r[6], String(q.partial));
      assert.equal(text.slice(q.start, q.end), q.text);
    });
    assert.ok(rows.slice(1).every((r) => r.every((cell) => !/^[=+\-@]/.test(cell))));
  });
});
