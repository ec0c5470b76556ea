import { strict as assert } from 'assert';
import { articleRow, workspaceReport } from '../../src/core/workspace-report';
import { analyze } from '../../src/core/analyze';
import { reviewFindings } from '../../src/core/review';
import { csvField, exportWorkspaceReport, isExportFormat } from '../../src/workspace-report-export';

const text = '“We will not resign,” said Maria Lopez, the mayor.\n\n“Nothing works,” critics said.\n';
const summary = reviewFindings(analyze(text), text).summary;
const report = workspaceReport({
  articles: [articleRow('world/city|hall_*notes*.md', 'file:///ws/a.md', summary), articleRow('=cmd|calc.md', 'file:///ws/b.md', reviewFindings(analyze(''), '').summary)],
  skipped: [{ path: 'big <file>.md', uri: 'file:///ws/big.md', reason: 'too large (2.0 MB; the limit is 1024 KB)' }],
  found: 3,
  cancelled: false,
});

describe('workspace report export', () => {
  it('writes Markdown: a table in rank order with totals, names escaped, skipped files listed', () => {
    const md = exportWorkspaceReport(report, 'markdown');
    const lines = md.split('\n');
    assert.equal(lines[0], '# Workspace sourcing review');
    assert.ok(lines.includes('| Article | Quotes | Named | Anonymous / vague | Anonymous share | Unattributed quotes | Errors | Warnings | Info | Hints |'));
    const row = lines.find((l) => l.includes('city'))!;
    assert.ok(row.startsWith('| world/city\\|hall\\_\\*notes\\*\\.md | 2 | 1 | 1 | 50% | 0 |'), row);
    assert.ok(lines.indexOf(row) < lines.findIndex((l) => l.includes('cmd')), 'ranked');
    assert.ok(lines.some((l) => l.startsWith('| **Total (2)** | 2 | 1 | 1 | 50% |')));
    assert.ok(lines.includes('## Skipped files (1)'));
    assert.ok(lines.includes('- big &lt;file&gt;\\.md: too large \\(2\\.0 MB; the limit is 1024 KB\\)'), md);
  });

  it('writes JSON: the report model with a version', () => {
    const json = JSON.parse(exportWorkspaceReport(report, 'json'));
    assert.equal(json.version, 1);
    assert.deepEqual(json.articles, JSON.parse(JSON.stringify(report.articles)));
    assert.equal(json.totals.quotes, 2);
    assert.equal(json.skipped[0].reason, report.skipped[0].reason);
  });

  it('writes CSV: quoted where needed, formulas defused', () => {
    const csv = exportWorkspaceReport(report, 'csv');
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'Article,Quotes,Named,Anonymous / vague,Anonymous share,Unattributed quotes,Errors,Warnings,Info,Hints');
    assert.ok(lines[1].startsWith('world/city|hall_*notes*.md,2,1,1,0.5,0,'), lines[1]);
    assert.ok(lines[2].startsWith("'=cmd|calc.md,0,0,0,0,0,"), lines[2]);
    assert.equal(csvField('say "hi", then'), '"say ""hi"", then"');
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField(-1), '-1');
    assert.equal(lines.at(-1), '');
  });

  it('knows its formats', () => {
    assert.ok(isExportFormat('csv') && isExportFormat('markdown') && isExportFormat('json'));
    assert.ok(!isExportFormat('html') && !isExportFormat('toString') && !isExportFormat(undefined));
  });
});
