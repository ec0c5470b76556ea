#!/usr/bin/env node
// Generates the TextMate grammars in syntaxes/ from the engine's lexicons (src/core/lexicon/),
// so the highlighting and the analysis agree on what a reporting cue, an anonymity phrase and a
// title are. The output is committed; test/syntaxes/grammar.test.ts fails when it is stale.
//
//   node scripts/generate-grammars.mjs           writes syntaxes/*.tmLanguage.json
//   node scripts/generate-grammars.mjs --check   exits 1 if a committed file differs
//
// Every word list becomes a character trie written as a regex: at most one alternative per
// character matches at each step, so matching is linear in the phrase length (no nested
// quantifiers, no catastrophic backtracking). See docs/grammar.md for the scopes.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lexicon = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'core', 'lexicon', name), 'utf8'));

// Only the past forms of most reporting verbs are cues: their base and -s forms are too often
// nouns ("notes", "reports", "calls"). These verbs are cues in the present tense as well.
const PRESENT_TENSE_CUES = new Set(['say', 'tell', 'write', 'add', 'warn', 'insist', 'argue', 'explain']);

/** The reporting verbs' forms that are highlighted as cues. */
export function cueVerbs(verbs) {
  const forms = [];
  for (const [form, base] of Object.entries(verbs)) {
    const gerund = form.endsWith('ing') && form !== base;
    const present = form === base || form === `${base}s` || form === `${base}es` || form === `${base.slice(0, -1)}ies`;
    if (gerund) continue;
    if (present && !PRESENT_TENSE_CUES.has(base)) continue;
    forms.push(form);
  }
  return forms;
}

// ---- regex building -------------------------------------------------------------------------

const SPECIAL = /[\\^$.|?*+()[\]{}\/-]/;

/**
 * One character of a phrase as a regex atom: spaces match any run of spaces, apostrophes either
 * form, letters either case. (Explicit [sS] classes instead of `(?i)`: Oniguruma searches a
 * case-insensitive alternation this size some twenty times slower.)
 */
function atom(ch) {
  if (ch === ' ') return '\\s+';
  if (ch === "'") return "['’]";
  const upper = ch.toUpperCase();
  if (upper !== ch && upper.length === 1) return `[${ch}${upper}]`;
  return SPECIAL.test(ch) ? `\\${ch}` : ch;
}

/** A regex matching exactly the phrases, in any letter case, longest first. */
export function trieRegex(phrases) {
  const root = new Map();
  for (const raw of phrases) {
    const p = raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    if (!p) continue;
    let node = root;
    for (const ch of p) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set('', null); // end of a phrase
  }
  const emit = (node) => {
    const alts = [...node.keys()].filter((k) => k !== '').sort().map((k) => atom(k) + emit(node.get(k)));
    if (alts.length === 0) return '';
    const group = `(?:${alts.join('|')})`;
    // Greedy `?`: the longer phrase is tried first, the shorter one on backtracking.
    return node.has('') ? `${group}?` : alts.length === 1 ? alts[0] : group;
  };
  return emit(root);
}

// A phrase must not start or end inside a word ("so-called", "unsaid", "Saidi"). The leading \b
// adds nothing to the meaning but lets Oniguruma skip the positions inside words quickly.
const WORD_BEFORE = '\\b(?<![\\p{L}\\p{N}_\\-’\'])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_\\-])';
const words = (list) => `${WORD_BEFORE}(?:${trieRegex(list)})${WORD_AFTER}`;

// ---- the patterns ---------------------------------------------------------------------------

const verbs = lexicon('reporting-verbs.json');
const anonymity = lexicon('anonymity.json');
const titles = lexicon('titles.json');

const CUE_VERBS = trieRegex(cueVerbs(verbs.verbs));
const MODIFIERS = trieRegex(anonymity.anonymousModifiers);
const HEADS = trieRegex(anonymity.anonymousHeads);

const SCOPES = {
  quoteDouble: 'string.quoted.double.attribution',
  quoteSingle: 'string.quoted.single.attribution',
  begin: 'punctuation.definition.string.begin.attribution',
  end: 'punctuation.definition.string.end.attribution',
  cue: 'keyword.other.reporting-cue.attribution',
  anonymous: 'entity.name.function.anonymous-source.attribution',
  title: 'entity.name.type.title.attribution',
};

/** The repository shared by every grammar; `inline` is included inside quotes (Markdown's inline rules). */
function repository(inline) {
  const inside = (nested) => [...nested.map((n) => ({ include: `#${n}` })), ...inline];
  const quote = (name, begin, end, nested) => ({
    name,
    begin,
    end,
    beginCaptures: { 0: { name: SCOPES.begin } },
    endCaptures: { 0: { name: SCOPES.end } },
    patterns: inside(nested),
  });
  return {
    quotes: {
      patterns: [
        { include: '#quote-double-curly' },
        { include: '#quote-double-two-singles' },
        { include: '#quote-double-straight' },
        { include: '#quote-single-curly' },
      ],
    },
    // “…”: may run over several lines (a hard-wrapped paragraph); ends at ”, at the next “
    // (the next paragraph of a multi-paragraph quote opens again) or before a blank line.
    'quote-double-curly': quote(SCOPES.quoteDouble, '“', '”|(?=“)|(?=^\\s*$)', ['quote-single-curly', 'quote-single-straight']),
    // "…": opens only after a space, a bracket, a dash, a slash or Markdown's * _ > and before a
    // non-space (not 5'10"),
    // ends at the next " or at the end of the line: a stray " never colours the rest of the text.
    'quote-double-straight': quote(
      SCOPES.quoteDouble,
      '(?<![^\\s(\\[{/*_>\\-–—])"(?=[^\\s"])',
      '"|$',
      ['quote-single-curly', 'quote-single-straight'],
    ),
    // ''…'' (the New York Times' archive style): opens and ends as "…" does.
    'quote-double-two-singles': quote(SCOPES.quoteDouble, "(?<![^\\s(\\[{/*_>\\-–—])''(?=[^\\s'])", "''|$", ['quote-single-curly']),
    // ‘…’: an apostrophe (It’s, Lapid’s, ’90s) is ’ inside or before a word, never an opening ‘;
    // the closing ’ is the one not followed by a letter. Ends at the line end or the enclosing quote's end.
    'quote-single-curly': quote(SCOPES.quoteSingle, '‘(?!\\d\\ds(?!\\p{L}))', '’(?![\\p{L}\\p{N}])|(?=[”"“])|$', []),
    // '…' only inside double quotes: outside them a straight ' is far more often an apostrophe.
    'quote-single-straight': quote(
      SCOPES.quoteSingle,
      "(?<![\\p{L}\\p{N}])'(?=[\\p{L}\\p{N}])(?!\\d\\ds(?!\\p{L}))",
      "'(?![\\p{L}\\p{N}])|(?=[”\"“])|$",
      [],
    ),
    cues: {
      patterns: [
        { name: SCOPES.cue, match: words(verbs.prepositionalCues) },
        { name: SCOPES.cue, match: `${WORD_BEFORE}(?:${CUE_VERBS})${WORD_AFTER}` },
      ],
    },
    anonymity: {
      patterns: [
        // The lexicon's phrases: "on condition of anonymity", "people familiar with", "sources said".
        { name: SCOPES.anonymous, match: words(anonymity.anonymousPhrases) },
        // "a senior official", "an Israeli official", "a former aide".
        {
          name: SCOPES.anonymous,
          match: `${WORD_BEFORE}[aA][nN]?\\s+(?:(?:${MODIFIERS})\\s+){1,3}(?:${HEADS})${WORD_AFTER}`,
        },
        // "officials said", "two diplomats told", "a source says": a source that speaks without a name.
        {
          name: SCOPES.anonymous,
          match: `${WORD_BEFORE}(?:[aA][nN]?\\s+)?(?:(?:${MODIFIERS})\\s+){0,3}(?:${HEADS})(?=\\s+(?:${CUE_VERBS})${WORD_AFTER})`,
        },
      ],
    },
    // "Foreign Minister Israel Katz", "Ambassador Jack Lew", "Mr. Lapid": a title before a capitalized word.
    titles: {
      patterns: [
        {
          name: SCOPES.title,
          match: `${WORD_BEFORE}(?:${trieRegex([...titles.officialTitles, ...titles.otherTitles, ...titles.honorifics])})(?=\\s+\\p{Lu})`,
        },
      ],
    },
  };
}

const TOP = [{ include: '#quotes' }, { include: '#titles' }, { include: '#anonymity' }, { include: '#cues' }];

// The Markdown injection works inside paragraphs, headings and tables (so Markdown's block rules still
// see every line start) and stays out of code, links, HTML, comments and the quotes themselves
// (a quote's words are not attribution). Markdown paragraphs end at each line end (the grammar's
// `while` rule), so there a quote never runs past its line.
const MARKDOWN_SCOPES = ['meta.paragraph.markdown', 'markup.heading.markdown', 'markup.table.markdown'];
const MARKDOWN_EXCLUDED = [
  'markup.fenced_code',
  'markup.inline.raw',
  'markup.raw',
  'meta.embedded',
  'meta.link',
  'meta.image',
  'markup.underline.link',
  'meta.tag',
  'comment',
  'string',
];
const exclude = (list) => list.map((s) => ` -${s}`).join('');

const HEADER = 'Generated by scripts/generate-grammars.mjs from src/core/lexicon/. Do not edit.';

export function grammars() {
  return {
    'attribution.plain.tmLanguage.json': {
      comment: HEADER,
      name: 'Attribution Lens (plain text)',
      scopeName: 'text.attribution.plain',
      injectionSelector: `L:text.plain${exclude(['comment', 'string'])}`,
      patterns: TOP,
      repository: repository([]),
    },
    'attribution.markdown.tmLanguage.json': {
      comment: HEADER,
      name: 'Attribution Lens (Markdown and articles)',
      scopeName: 'text.attribution.markdown',
      injectionSelector: MARKDOWN_SCOPES.map((s) => `L:${s}${exclude(MARKDOWN_EXCLUDED)}`).join(', '),
      patterns: TOP,
      repository: repository([{ include: 'text.html.markdown#inline' }]),
    },
    // VS Code ships no grammar for plain text, so without this one nothing could be injected into it.
    'plain.tmLanguage.json': {
      comment: `${HEADER} An empty grammar for VS Code's plaintext language: the attribution patterns come from text.attribution.plain, injected into text.plain.`,
      name: 'Plain Text',
      scopeName: 'text.plain',
      patterns: [],
    },
    'article.tmLanguage.json': {
      comment: `${HEADER} Articles are Markdown (plain text reads as Markdown paragraphs); the attribution patterns come from text.attribution.markdown, injected into text.article.`,
      name: 'News Article',
      scopeName: 'text.article',
      patterns: [{ include: 'text.html.markdown' }],
    },
  };
}

function main() {
  const check = process.argv.includes('--check');
  const dir = path.join(ROOT, 'syntaxes');
  fs.mkdirSync(dir, { recursive: true });
  let stale = 0;
  for (const [file, grammar] of Object.entries(grammars())) {
    const target = path.join(dir, file);
    const text = `${JSON.stringify(grammar, null, 2)}\n`;
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      console.error(`syntaxes/${file} is out of date: run node scripts/generate-grammars.mjs`);
      stale++;
    } else {
      fs.writeFileSync(target, text);
      console.log(`wrote syntaxes/${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
