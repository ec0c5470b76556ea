import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, contributedGrammars, spans, tokenize } from './tokenize';

const QUOTE = 'string.quoted.double.attribution';
const NESTED = 'string.quoted.single.attribution';
const CUE = 'keyword.other.reporting-cue.attribution';
const ANONYMOUS = 'entity.name.function.anonymous-source.attribution';
const TITLE = 'entity.name.type.title.attribution';
const BEGIN = 'punctuation.definition.string.begin.attribution';
const END = 'punctuation.definition.string.end.attribution';

/** The highlighted spans of `scope` in `text`, tokenized as plain text, Markdown and an article. */
async function all(text: string, scope: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const base of ['text.plain', 'text.html.markdown', 'text.article']) out[base] = spans(await tokenize(base, text), scope);
  return out;
}

/** Asserts the same spans of `scope` in plain text, Markdown and articles. */
async function expectEverywhere(text: string, scope: string, expected: string[]): Promise<void> {
  const got = await all(text, scope);
  for (const [base, found] of Object.entries(got)) assert.deepEqual(found, expected, `${scope} in ${base}`);
}

describe('grammar', () => {
  describe('quotes', () => {
    it('highlights curly double quotes, marks included, with begin and end punctuation', async () => {
      const text = '“We are not asking for favours. We are asking for honesty,” Dzhaparova said.';
      await expectEverywhere(text, QUOTE, ['“We are not asking for favours. We are asking for honesty,”']);
      await expectEverywhere(text, BEGIN, ['“']);
      await expectEverywhere(text, END, ['”']);
    });

    it('highlights straight double quotes', async () => {
      await expectEverywhere(
        '"The shelters are full and the water is running out," said Ahmed Abu Hasan, a nurse in Khan Younis.',
        QUOTE,
        ['"The shelters are full and the water is running out,"'],
      );
    });

    it('highlights NYT-style quotes written with two single quotes', async () => {
      await expectEverywhere("''We are not leaving our homes,'' said Ahmed al-Masri, a teacher.", QUOTE, ["''We are not leaving our homes,''"]);
    });

    it('highlights several quotes in one paragraph, and the words between them are not quoted', async () => {
      await expectEverywhere(
        '“It’s a storm in a teacup,” said Natalia Moroz, a political scientist. “But storms in teacups can break the cup.”',
        QUOTE,
        ['“It’s a storm in a teacup,”', '“But storms in teacups can break the cup.”'],
      );
    });

    it('highlights single quotes nested in double quotes, curly and straight', async () => {
      await expectEverywhere(
        '“He told me ‘never again,’ and he meant it,” she said.',
        NESTED,
        ['‘never again,’'],
      );
      await expectEverywhere('"They called it \'a red line\' on Monday," he said.', NESTED, ["'a red line'"]);
      await expectEverywhere('"They called it \'a red line\' on Monday," he said.', QUOTE, ['"They called it \'a red line\' on Monday,"']);
    });

    it('does not take apostrophes for quotes: It’s, Lapid’s, ’90s, don\'t, ministers\'', async () => {
      const text = 'It’s Lapid’s decision, made in the ’90s, and they don\'t see the ministers\' plan.';
      await expectEverywhere(text, QUOTE, []);
      await expectEverywhere(text, NESTED, []);
      // inside a quote, apostrophes neither open nor close a nested quote
      const quoted = '“It’s Lapid’s call since the ’90s, and we don\'t mind,” she said.';
      await expectEverywhere(quoted, NESTED, []);
      await expectEverywhere(quoted, QUOTE, ['“It’s Lapid’s call since the ’90s, and we don\'t mind,”']);
    });

    it('does not open a quote at an inch mark', async () => {
      await expectEverywhere('The 6\'2" guard said he would stay.', QUOTE, []);
    });

    it('ends an unclosed straight quote at the end of its line', async () => {
      const text = 'He wrote "we are leaving tomorrow.\nThe families said they would stay.';
      await expectEverywhere(text, QUOTE, ['"we are leaving tomorrow.']);
    });

    it('ends an unclosed curly quote at the blank line that ends the paragraph (plain text), at the line end (Markdown)', async () => {
      const text = 'He said: “we are leaving\nand taking the children\n\nThe families said they would stay.';
      const got = await all(text, QUOTE);
      assert.deepEqual(got['text.plain'], ['“we are leaving', 'and taking the children']);
      // Markdown's paragraphs end at each line end, and the quote with them.
      assert.deepEqual(got['text.html.markdown'], ['“we are leaving']);
      assert.deepEqual(got['text.article'], ['“we are leaving']);
    });

    it('ends an unclosed curly quote where the next quote opens (multi-paragraph quotes)', async () => {
      const text = '“The first paragraph of a long quote.\n“The second, closed,” he said.';
      assert.deepEqual(spans(await tokenize('text.plain', text), QUOTE), [
        '“The first paragraph of a long quote.',
        '“The second, closed,”',
      ]);
    });
  });

  describe('reporting cues', () => {
    it('highlights reporting verbs and phrases from the engine lexicon', async () => {
      await expectEverywhere(
        'Brodsky said after the meeting that talks went well, according to a statement. He added that Kyiv had warned him.',
        CUE,
        ['said', 'according to a statement', 'added that', 'warned'],
      );
      await expectEverywhere('Dzhaparova told reporters that she says what she means.', CUE, ['told reporters', 'says']);
    });

    it('does not highlight a cue inside a word or inside a quote', async () => {
      await expectEverywhere('The so-called Saidi unsaid plan was told-off.', CUE, []);
      await expectEverywhere('“I said no and I warned them,” Lapid said.', CUE, ['said']);
    });

    it('leaves nouns that share a verb’s base form alone', async () => {
      await expectEverywhere('The reports and notes and calls were filed.', CUE, []);
    });
  });

  describe('anonymity', () => {
    it('highlights the lexicon’s anonymity phrases', async () => {
      await expectEverywhere(
        'A senior Israeli official, who spoke on condition of anonymity, confirmed it.',
        ANONYMOUS,
        ['A senior Israeli official', 'who spoke on condition of anonymity'],
      );
      await expectEverywhere('People familiar with the matter confirmed it.', ANONYMOUS, ['People familiar with the matter']);
    });

    it('highlights unnamed sources that speak: sources said, officials said, a source told', async () => {
      await expectEverywhere('Sources said the talks failed; two officials said so too.', ANONYMOUS, ['Sources said', 'two officials']);
      await expectEverywhere('“There will be no crisis,” a diplomatic source told Haaretz.', ANONYMOUS, ['a diplomatic source']);
      await expectEverywhere('A source in the ministry confirmed it.', ANONYMOUS, []);
    });

    it('does not highlight people who do not speak or are named', async () => {
      await expectEverywhere('Two people were wounded and officials arrived later.', ANONYMOUS, []);
    });
  });

  describe('titles', () => {
    it('highlights a title before a capitalized name', async () => {
      await expectEverywhere(
        'In Jerusalem, Foreign Minister Yair Lapid met Ambassador Michael Brodsky and President Zelensky.',
        TITLE,
        ['Foreign Minister', 'Ambassador', 'President'],
      );
      await expectEverywhere('White House spokesman John Kirby and Mr. Lapid spoke.', TITLE, ['White House spokesman', 'Mr.']);
    });

    it('does not highlight a title that is not before a name', async () => {
      await expectEverywhere('The president said the foreign minister would travel.', TITLE, []);
    });
  });

  describe('Markdown', () => {
    it('leaves code spans, fenced and indented code alone', async () => {
      const text = [
        'Use `“quoted” officials said` here.',
        '',
        '```',
        '“A quote,” officials said.',
        '```',
        '',
        '    “Indented,” officials said.',
      ].join('\n');
      for (const base of ['text.html.markdown', 'text.article']) {
        const lines = await tokenize(base, text);
        for (const scope of [QUOTE, CUE, ANONYMOUS]) assert.deepEqual(spans(lines, scope), [], `${scope} in ${base}`);
      }
    });

    it('keeps Markdown inline highlighting inside quotes and after them', async () => {
      const lines = await tokenize('text.html.markdown', '“We will **not** accept `this`,” he said, *firmly*.');
      assert.deepEqual(spans(lines, QUOTE), ['“We will **not** accept `this`,”']);
      assert.deepEqual(spans(lines, 'markup.bold'), ['**not**']);
      assert.deepEqual(spans(lines, 'markup.inline.raw'), ['`this`']);
      assert.deepEqual(spans(lines, 'markup.italic'), ['*firmly*']);
      assert.deepEqual(spans(lines, CUE), ['said']);
    });

    it('keeps block structure: headings, quotes and lists still parse', async () => {
      const lines = await tokenize('text.html.markdown', '# Envoy summoned, officials said\n\n> “Not now,” a source said.\n\n- “In a list,” he said');
      assert.deepEqual(spans(lines, 'markup.heading'), ['# Envoy summoned, officials said']);
      assert.deepEqual(spans(lines, 'markup.quote'), ['> “Not now,” a source said.']);
      assert.deepEqual(spans(lines, 'markup.list'), ['- “In a list,” he said']);
      assert.deepEqual(spans(lines, QUOTE), ['“Not now,”', '“In a list,”']);
      assert.deepEqual(spans(lines, CUE), ['said', 'said']);
    });

    it('leaves link targets, titles and HTML attributes alone', async () => {
      const lines = await tokenize('text.html.markdown', '[the story](https://example.com "officials said") and <span title="a source said">x</span>');
      assert.deepEqual(spans(lines, QUOTE), []);
      assert.deepEqual(spans(lines, ANONYMOUS), []);
      assert.deepEqual(spans(lines, CUE), []);
    });
  });

  describe('the sample article', () => {
    it('tokenizes samples/envoy-summoned.md quickly and finds its quotes, cues and titles', async () => {
      const text = fs.readFileSync(path.join(ROOT, 'samples', 'envoy-summoned.md'), 'utf8');
      const lines = await tokenize('text.article', text);
      const quotes = spans(lines, QUOTE);
      assert.ok(quotes.includes('“We are not asking for favours. We are asking for honesty,”'), quotes.join(' | '));
      assert.ok(quotes.includes('“frank but friendly.”'), quotes.join(' | '));
      assert.ok(spans(lines, TITLE).includes('Foreign Minister'));
      assert.ok(spans(lines, ANONYMOUS).includes('who spoke on condition of anonymity'));
      assert.ok(spans(lines, CUE).includes('according to a statement'));
    });

    it('copes with long and adversarial lines', async () => {
      const text = [
        'a '.repeat(5000) + 'senior '.repeat(2000) + 'official',
        'western '.repeat(3000) + 'diplomatic '.repeat(3000),
        '"' + "'".repeat(5000) + '“'.repeat(3000) + '‘'.repeat(3000),
        'Minister '.repeat(4000) + 'said according to '.repeat(2000),
      ].join('\n');
      for (const base of ['text.plain', 'text.html.markdown']) {
        const lines = await tokenize(base, text);
        assert.deepEqual(spans(lines.slice(0, 2), ANONYMOUS), [], base);
        assert.equal(spans(lines, TITLE).length, 4000 - 1, base); // every Minister before a capital
        assert.equal(spans(lines, CUE).length, 4000, base);
      }
    });
  });

  describe('regexes', () => {
    it('quantify no group without a bound (no nested quantifiers: no catastrophic backtracking)', () => {
      for (const g of contributedGrammars()) {
        const text = fs.readFileSync(path.join(ROOT, g.path), 'utf8');
        const regexes: string[] = [];
        JSON.parse(text, (key, value) => {
          if (['match', 'begin', 'end'].includes(key) && typeof value === 'string') regexes.push(value);
          return value;
        });
        for (const re of regexes) {
          // a group may be optional (`)?`) or repeated a bounded number of times (`){0,3}`), never `)*` or `)+`
          assert.doesNotMatch(re.replace(/\\./g, 'x'), /\)[*+]|\)\{\d*,\}/, `${g.path}: ${re.slice(0, 80)}`);
        }
      }
    });
  });

  describe('contribution', () => {
    it('package.json contributes the article grammar and the injections with their scopes', () => {
      const grammars = contributedGrammars();
      const byScope = new Map(grammars.map((g) => [g.scopeName, g]));
      assert.equal(byScope.get('text.article')?.language, 'article');
      assert.equal(byScope.get('text.plain')?.language, 'plaintext');
      assert.deepEqual(byScope.get('text.attribution.plain')?.injectTo, ['text.plain']);
      assert.deepEqual(byScope.get('text.attribution.markdown')?.injectTo, ['text.html.markdown', 'text.article']);
      for (const g of grammars) {
        const file = path.join(ROOT, g.path);
        assert.ok(fs.existsSync(file), `${g.path} exists`);
        assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).scopeName, g.scopeName, `${g.path} declares ${g.scopeName}`);
      }
    });

    it('the injection selectors keep out of code, links and quotes', () => {
      const selector = (scope: string) => {
        const g = contributedGrammars().find((c) => c.scopeName === scope)!;
        return JSON.parse(fs.readFileSync(path.join(ROOT, g.path), 'utf8')).injectionSelector as string;
      };
      assert.match(selector('text.attribution.plain'), /^L:text\.plain\b/);
      const md = selector('text.attribution.markdown');
      for (const part of md.split(',')) {
        for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw', '-meta.embedded', '-string']) {
          assert.ok(part.includes(excluded), `${part.trim()} excludes ${excluded}`);
        }
      }
    });

    it('the committed grammars are what scripts/generate-grammars.mjs generates from the lexicons', () => {
      // exits non-zero (execFileSync throws) when a committed file is stale
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-grammars.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
    });
  });
});
