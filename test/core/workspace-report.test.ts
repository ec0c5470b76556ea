import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { reviewFindings } from '../../src/core/review';
import type { ReviewSummary } from '../../src/core/summary';
import { articleRow, formatShare, rankArticles, reportHeadline, totalsOf, workspaceReport, workspaceReportBody, type ArticleRow } from '../../src/core/workspace-report';

function summary(over: Partial<ReviewSummary>): ReviewSummary {
  const base = reviewFindings(analyze(''), '').summary;
  return { ...base, ...over };
}

function row(path: string, over: Partial<ReviewSummary>): ArticleRow {
  return articleRow(path, `file:///ws/${path}`, summary(over));
}

describe('workspace report', () => {
  it('counts an article’s quotes by kind of speaker and its problems by severity', () => {
    const text = [
      '“We will not resign,” said Maria Lopez, the mayor.',
      '“She is hiding the real numbers,” a senior official said.',
      '“Nothing works,” critics said.',
      'The council met on Tuesday.',
      '“Unclear.”',
    ].join('\n\n');
    const review = reviewFindings(analyze(text), text);
    const r = articleRow('news/city.md', 'file:///ws/news/city.md', review.summary);
    assert.equal(r.quotes, 4);
    assert.equal(r.named, 1);
    assert.equal(r.anonymous, 2);
    assert.equal(r.unattributed, 1);
    assert.equal(r.anonymousShare, 0.5);
    assert.deepEqual(r.problems, review.summary.findings);
    assert.ok(r.problems.warning >= 2, JSON.stringify(r.problems));
    assert.equal(r.live, false);
  });

  it('ranks by anonymous share, then unattributed quotes, then path', () => {
    const rows = [
      row('b.md', { quotes: 4, anonymousQuotes: 1, anonymousShare: 0.25, unattributedQuotes: 0 }),
      row('a.md', { quotes: 4, anonymousQuotes: 1, anonymousShare: 0.25, unattributedQuotes: 0 }),
      row('c.md', { quotes: 4, anonymousQuotes: 1, anonymousShare: 0.25, unattributedQuotes: 2 }),
      row('d.md', { quotes: 2, vagueQuotes: 2, anonymousShare: 1 }),
      row('e.md', { quotes: 0 }),
    ];
    assert.deepEqual(rankArticles(rows).map((r) => r.path), ['d.md', 'c.md', 'a.md', 'b.md', 'e.md']);
    assert.deepEqual(rows.map((r) => r.path), ['b.md', 'a.md', 'c.md', 'd.md', 'e.md'], 'the input is not reordered');
  });

  it('totals the rows, with the anonymous share of all quotes', () => {
    const t = totalsOf([
      row('a.md', { quotes: 4, anonymousQuotes: 1, vagueQuotes: 1, unattributedQuotes: 1, findings: { error: 1, warning: 2, info: 0, hint: 0 } }),
      row('b.md', { quotes: 6, unattributedQuotes: 0, findings: { error: 0, warning: 1, info: 3, hint: 1 } }),
    ]);
    assert.deepEqual(t, { articles: 2, quotes: 10, named: 7, anonymous: 2, anonymousShare: 0.2, unattributed: 1, problems: { error: 1, warning: 3, info: 3, hint: 1 } });
    assert.equal(totalsOf([]).anonymousShare, 0);
    assert.equal(formatShare(2 / 3), '66.7%');
  });

  it('says what the review covered, and that it was cancelled', () => {
    const rows = [row('a.md', {})];
    const done = workspaceReport({ articles: rows, skipped: [{ path: 'big.md', uri: 'file:///ws/big.md', reason: 'too large' }], found: 2, cancelled: false });
    assert.equal(reportHeadline(done), '1 article reviewed, 1 skipped.');
    const cancelled = workspaceReport({ articles: rows, skipped: [], found: 5, cancelled: true });
    assert.equal(reportHeadline(cancelled), '1 article reviewed — cancelled after 1 of 5 files.');
  });

  it('renders the table in rank order with totals, skipped files and house-rules errors, links carrying only the row index', () => {
    const report = workspaceReport({
      articles: [row('low.md', { quotes: 2, anonymousShare: 0 }), row('high.md', { quotes: 2, anonymousQuotes: 1, anonymousShare: 0.5 })],
      skipped: [{ path: 'photo.md', uri: 'file:///ws/photo.md', reason: 'a binary file (it contains NUL bytes)' }],
      houseRulesErrors: [{ path: '.attributionlens.json', message: 'line 1, column 1: Invalid JSON' }],
      found: 3,
      cancelled: false,
    });
    const html = workspaceReportBody(report);
    assert.ok(html.indexOf('high.md') < html.indexOf('low.md'), 'ranked');
    assert.match(html, /<a href="#" class="article" data-article="0" title="high\.md">high\.md<\/a>/);
    assert.match(html, /<a href="#" class="article" data-article="1" title="low\.md">low\.md<\/a>/);
    assert.ok(!html.includes('file:///'), 'no URI in the page');
    assert.match(html, /<tfoot><tr><th scope="row">Total \(2\)<\/th><td class="num">4<\/td>/);
    assert.match(html, /<td class="num share">25%<\/td>/);
    assert.match(html, /<li><span class="path">photo\.md<\/span>: a binary file \(it contains NUL bytes\)<\/li>/);
    assert.match(html, /Invalid house rules[\s\S]*<span class="path">\.attributionlens\.json<\/span>: line 1, column 1: Invalid JSON/);
    assert.match(html, /<button type="button" data-export="csv">Export CSV<\/button>/);
    assert.match(html, /<button type="button" data-action="review"[^>]*>Review Again<\/button>/);
  });

  it('escapes hostile file names and reasons', () => {
    const evil = `<img src=x onerror="alert('x')">&.md`;
    const report = workspaceReport({
      articles: [row(evil, {})],
      skipped: [{ path: `<script>alert(1)</script>.md`, uri: 'file:///ws/s.md', reason: 'cannot be read (<b>"denied"</b>)' }],
      houseRulesErrors: [{ path: '<svg onload=alert(1)>/.attributionlens.json', message: 'Unknown key “<iframe>”' }],
      found: 2,
      cancelled: false,
    });
    const html = workspaceReportBody(report);
    for (const bad of ['<img', '<script', '<svg', '<iframe', '<b>', `onerror="`]) assert.ok(!html.includes(bad), `${bad} escaped`);
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;.md'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;.md'));
    assert.ok(html.includes('cannot be read (&lt;b&gt;&quot;denied&quot;&lt;/b&gt;)'));
  });

  it('says so when no article was reviewed', () => {
    const html = workspaceReportBody(workspaceReport({ articles: [], skipped: [], found: 0, cancelled: false }));
    assert.match(html, /No article was reviewed\./);
    assert.ok(!html.includes('<table'));
  });
});
