/**
 * Hovers in the real extension host (vscode.executeHoverProvider): on names, quotes, anonymous
 * and vague sources; article text escaped; quote links that reveal the quote.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, offsetOf, openArticle, openSample } from './helpers';

/** The Markdown of every hover at the offset (all providers), with the hovers themselves. */
async function hoversAt(doc: vscode.TextDocument, offset: number): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset))) ?? [];
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
  return { text, hovers };
}

/** The hover's range as text. */
const hoveredText = (doc: vscode.TextDocument, hovers: vscode.Hover[]): string[] => hovers.filter((h) => h.range).map((h) => doc.getText(h.range));

describe('Hovers', () => {
  before(async function () {
    // The first run of a suite alone pays for activation and the Markdown extension's start.
    this.timeout(90_000);
    await extensionApi();
    // The first hover request also waits for the Markdown extension's language server to start.
    const doc = (await openSample()).document;
    await hoversAt(doc, 0);
  });
  afterEach(closeAllEditors);

  it('on the first mention of a name: full name, title, affiliation, official, mentions, quotes, title at first mention', async () => {
    const doc = (await openSample()).document;
    const { text, hovers } = await hoversAt(doc, offsetOf(doc, 'Emine Dzhaparova', 0, 3));
    assert.ok(text.includes('**Emine Dzhaparova** — deputy foreign minister, Ukraine'), text);
    assert.ok(text.includes('Official · 2 mentions · 3 quotes'), text);
    assert.ok(text.includes('Title given at first mention'), text);
    // The three quotes, each a snippet with a link that reveals it.
    assert.ok(text.includes('“a clear public correction,”'), text);
    assert.ok(text.includes('“We are not asking for favours\\. We are asking for honesty,”'), text);
    assert.strictEqual((text.match(/\(command:attributionLens\.revealRange\?/g) ?? []).length, 3, text);
    assert.deepStrictEqual(hoveredText(doc, hovers), ['Emine Dzhaparova']);
  });

  it('on a later surname mention: the same person, and a non-official without a title says so', async () => {
    const doc = (await openSample()).document;
    const later = await hoversAt(doc, offsetOf(doc, 'Lapid', 2));
    assert.ok(later.text.includes('**Yair Lapid** — foreign minister'), later.text);
    assert.ok(later.text.includes('Official · 3 mentions · 0 quotes'), later.text);
    assert.deepStrictEqual(hoveredText(doc, later.hovers), ['Lapid']);

    const other = (await openArticle('“It was fine,” Keller said.\n')).document;
    const keller = await hoversAt(other, offsetOf(other, 'Keller'));
    assert.ok(keller.text.includes('**Keller**'), keller.text);
    assert.ok(keller.text.includes('Not an official · 1 mention · 1 quote'), keller.text);
    assert.ok(keller.text.includes('⚠ First mention has no title'), keller.text);
  });

  it('lists a person’s first three quotes and counts the rest', async () => {
    const doc = (
      await openArticle(['“One,” said Mayor Anna Keller.', '“Two,” Keller said.', '“Three,” Keller said.', '“Four,” Keller said.', '“Five,” Keller said.'].join('\n\n') + '\n')
    ).document;
    const { text } = await hoversAt(doc, offsetOf(doc, 'Keller', 3));
    assert.ok(text.includes('Official · 5 mentions · 5 quotes'), text);
    assert.strictEqual((text.match(/\(command:attributionLens\.revealRange\?/g) ?? []).length, 3, text);
    assert.ok(text.includes('“One,”') && text.includes('“Three,”') && !text.includes('“Four,”'), text);
    assert.ok(text.includes('… and 2 more'), text);
  });

  it('a quote link reveals the quote (attributionLens.revealRange with the link’s arguments)', async () => {
    const editor = await openSample();
    const doc = editor.document;
    const { text } = await hoversAt(doc, offsetOf(doc, 'Natalia Moroz'));
    const links = [...text.matchAll(/\(command:attributionLens\.revealRange\?([^)]+)\)/g)].map((m) => JSON.parse(decodeURIComponent(m[1])) as unknown[]);
    assert.strictEqual(links.length, 2, text);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 0, 0, 0) });
    await vscode.commands.executeCommand('attributionLens.revealRange', ...links[1]);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(doc.getText(active.selection), '“But storms in teacups can break the cup.”');
  });

  it('restricts the hover’s trusted commands to revealRange', async () => {
    const doc = (await openSample()).document;
    const { hovers } = await hoversAt(doc, offsetOf(doc, 'Brodsky', 1));
    const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('**Michael Brodsky**'));
    assert.ok(ours, 'no person hover');
    assert.deepStrictEqual(ours.isTrusted, { enabledCommands: ['attributionLens.revealRange'] });
  });

  it('on an attributed quote: who said it and the cue', async () => {
    const doc = (await openSample()).document;
    const after = await hoversAt(doc, offsetOf(doc, 'We are not asking', 0, 5));
    assert.ok(after.text.includes('**Quote** said by **Emine Dzhaparova** (person)'), after.text);
    assert.ok(after.text.includes('How Attribution Lens knows: “said” — said after the quote'), after.text);
    assert.deepStrictEqual(hoveredText(doc, after.hovers), ['“We are not asking for favours. We are asking for honesty,”']);

    const next = await hoversAt(doc, offsetOf(doc, 'Israel knows better', 0, 5));
    assert.ok(next.text.includes('said by **Emine Dzhaparova**'), next.text);
    assert.ok(next.text.includes('continues the previous speaker'), next.text);

    const pronoun = await hoversAt(doc, offsetOf(doc, 'Our position', 0, 5));
    assert.ok(pronoun.text.includes('said by **Michael Brodsky** (person)'), pronoun.text);
    assert.ok(pronoun.text.includes('Speaker mentioned here as “He”'), pronoun.text);
    assert.ok(pronoun.text.includes('“added” — reporting verb before the quote'), pronoun.text);

    const anonymous = await hoversAt(doc, offsetOf(doc, 'There will be no crisis', 0, 5));
    assert.ok(anonymous.text.includes('said by **a diplomatic source** (anonymous source)'), anonymous.text);
  });

  it('on quotes linked by “according to”, a block after “said:”, and the sentence before', async () => {
    const doc = (
      await openArticle(
        [
          'The plan is “dead on arrival,” according to Senator Jane Roe.',
          'Mayor Anna Keller spoke after the vote. She said:',
          '“We will rebuild the bridge by spring.”',
          'Tom Baker, the council leader, spoke for an hour on Monday.',
          '“We will not wait.”',
        ].join('\n\n') + '\n',
      )
    ).document;
    const according = await hoversAt(doc, offsetOf(doc, 'dead on'));
    assert.ok(according.text.includes('**Quoted phrase** said by **Jane Roe** (person)'), according.text);
    assert.ok(according.text.includes('How Attribution Lens knows: “according to” — attribution phrase'), according.text);
    const block = await hoversAt(doc, offsetOf(doc, 'rebuild'));
    assert.ok(block.text.includes('said by **Anna Keller**'), block.text);
    assert.ok(block.text.includes('“said” — block quote introduced by “… said\\:”'), block.text);
    const context = await hoversAt(doc, offsetOf(doc, 'not wait'));
    assert.ok(context.text.includes('said by **Tom Baker**'), context.text);
    assert.ok(context.text.includes('the speaker is the subject of the sentence around the quote'), context.text);
  });

  it('on an unattributed quote: why nobody is credited', async () => {
    const doc = (await openArticle('The shelling of the city continued overnight.\n\n“This cannot go on.”\n')).document;
    const { text } = await hoversAt(doc, offsetOf(doc, 'cannot'));
    assert.ok(text.includes('**Quote: unattributed**'), text);
    assert.ok(text.includes('No speaker cue found in the sentence or the paragraph before'), text);
    assert.ok(text.includes('Who said this, and when?'), text);
  });

  it('on an anonymous source: why it is flagged and what an editor asks', async () => {
    const doc = (await openSample()).document;
    const { text, hovers } = await hoversAt(doc, offsetOf(doc, 'senior Israeli official', 0, 3));
    assert.ok(text.includes('**Anonymous source**: “A senior Israeli official”'), text);
    assert.ok(text.includes('Why was anonymity granted'), text);
    assert.ok(text.includes('How does the source know'), text);
    assert.ok(text.includes('How many sources say this'), text);
    assert.deepStrictEqual(hoveredText(doc, hovers), ['A senior Israeli official']);

    const later = await hoversAt(doc, offsetOf(doc, 'The official', 0, 5));
    assert.ok(later.text.includes('**Anonymous source**: “The official”'), later.text);
    assert.ok(later.text.includes('Refers back to “A senior Israeli official”'), later.text);
  });

  it('on an anonymous source whose reason the article gives: that reason, here and on a later mention', async () => {
    const doc = (
      await openArticle('A senior official, who spoke on condition of anonymity because the talks are private, said the deal was close. The official said more.\n')
    ).document;
    const first = await hoversAt(doc, offsetOf(doc, 'senior official', 0, 3));
    assert.ok(first.text.includes('The article says why: “the talks are private”'), first.text);
    assert.ok(first.text.includes('*Mark as intentionally anonymous…* offers it'), first.text);
    const later = await hoversAt(doc, offsetOf(doc, 'The official', 0, 5));
    assert.ok(later.text.includes('Where the article first cites this source, it says why: “the talks are private”'), later.text);
  });

  it('on a vague attribution: why it is flagged and what an editor asks', async () => {
    const doc = (await openSample()).document;
    const media = await hoversAt(doc, offsetOf(doc, 'Israeli media reports', 0, 10));
    assert.ok(media.text.includes('**Vague attribution**: “Israeli media reports”'), media.text);
    assert.ok(media.text.includes('Which reports exactly'), media.text);
    assert.ok(media.text.includes('Who exactly says this?'), media.text);
    const critics = await hoversAt(doc, offsetOf(doc, 'critics say', 0, 2));
    assert.ok(critics.text.includes('**Vague attribution**: “critics say”'), critics.text);
  });

  it('on a pronoun resolved to a person: whom it refers to', async () => {
    const doc = (await openSample()).document;
    const { text } = await hoversAt(doc, offsetOf(doc, 'He added', 0, 0));
    assert.ok(text.includes('“He” refers to'), text);
    assert.ok(text.includes('**Michael Brodsky** — ambassador to Ukraine, Israel'), text);
  });

  it('on an organization credited as a source: what it is and its quotes', async () => {
    const doc = (await openSample()).document;
    const { text, hovers } = await hoversAt(doc, offsetOf(doc, 'Kyiv called'));
    assert.ok(text.includes('**Kyiv** — organization · 1 quote'), text);
    assert.ok(text.includes('“deeply offensive\\.”'), text);
    assert.deepStrictEqual(hoveredText(doc, hovers), ['Kyiv']);
  });

  it('escapes Markdown and HTML in article text', async () => {
    const doc = (await openArticle('“We *will* <img src=x> [win](command:x),” Mayor Anna Keller said.\n')).document;
    const quote = await hoversAt(doc, offsetOf(doc, 'will'));
    assert.ok(quote.text.includes('said by **Anna Keller**'), quote.text);
    const person = await hoversAt(doc, offsetOf(doc, 'Anna Keller'));
    assert.ok(person.text.includes('“We \\*will\\* &lt;img src=x&gt; \\[win\\]\\(command\\:x\\),”'), person.text);
    for (const { text } of [quote, person]) {
      assert.ok(!text.includes('<img'), text);
      assert.ok(!text.includes('*will*'), text);
      assert.ok(!text.includes('](command:x)'), text);
    }
  });

  it('escapes titles and affiliations too', async () => {
    const sample = (await openSample()).document;
    const moroz = await hoversAt(sample, offsetOf(sample, 'Natalia Moroz'));
    assert.ok(moroz.text.includes('**Natalia Moroz** — political scientist, Kyiv\\-Mohyla Academy'), moroz.text);
  });

  it('gives no hover on plain narrative text, nor in a document that is not an article', async () => {
    const doc = (await openSample()).document;
    const { text } = await hoversAt(doc, offsetOf(doc, 'declined to comment', 0, 3));
    assert.ok(!text.includes('Attribution') && !text.includes('**'), text);
    const js = (await openArticle('const s = "“Fine,” Mayor Anna Keller said";\n', 'javascript')).document;
    const other = await hoversAt(js, offsetOf(js, 'Keller'));
    assert.ok(!other.text.includes('Anna Keller'), other.text);
  });
});
