import { strict as assert } from 'assert';
import { WordFlag, WordTable, hashOf } from '../../src/core/word-table';
import { knownId, wordId } from '../../src/core/word-ids';
import { tokenize } from '../../src/core/text';
import { codeUnits } from '../../src/core/code-units';
import { Scratch } from '../../src/core/scratch';
import * as v8 from 'v8';
import * as vm from 'vm';

/** `text`'s code units, as the tokenizer hands them to the word table. */
const units = (text: string): Uint16Array => codeUnits(text, new Scratch());

/** The word number of `w` in `table`, looked up the way the tokenizer does. */
function numberOf(table: WordTable, w: string, word = true): number {
  return table.numberOf(w, units(w), 0, w.length, hashOf(w, 0, w.length), word);
}

describe('word table', () => {
  it('gives each distinct string one number, from 1, and finds it again', () => {
    const table = new WordTable();
    const said = numberOf(table, 'said');
    const lapid = numberOf(table, 'Lapid');
    assert.equal(said, 1);
    assert.equal(lapid, 2);
    assert.equal(numberOf(table, 'said'), said);
    assert.equal(numberOf(table, 'Said'), 3, 'case matters: a different string');
    assert.equal(table.size, 3);
    assert.equal(table.surface[lapid], 'Lapid');
    assert.equal(table.lower[lapid], 'lapid');
  });

  it('finds a word inside a longer text by its offsets', () => {
    const table = new WordTable();
    const text = 'Kyiv said, and Kyiv said again';
    const a = table.numberOf(text, units(text), 0, 4, hashOf(text, 0, 4), true);
    const b = table.numberOf(text, units(text), 15, 19, hashOf(text, 15, 19), true);
    assert.equal(a, b);
    assert.equal(table.surface[a], 'Kyiv');
  });

  it('keeps words apart whose hashes collide', () => {
    const table = new WordTable();
    // Same hash and length, different characters: must stay two words.
    const a = table.numberOf('abc', units('abc'), 0, 3, 42, true);
    const b = table.numberOf('xyz', units('xyz'), 0, 3, 42, true);
    assert.notEqual(a, b);
    assert.equal(table.numberOf('abc', units('abc'), 0, 3, 42, true), a);
    assert.equal(table.numberOf('xyz', units('xyz'), 0, 3, 42, true), b);
  });

  it('keeps long words (compared by their string, with no copy of their units) apart and finds them in another text', () => {
    const table = new WordTable();
    const long = (c: string) => 'w'.repeat(99) + c;
    // Same hash and length (forced), different last character.
    const a = table.numberOf(long('a'), units(long('a')), 0, 100, 7, true);
    const b = table.numberOf(long('b'), units(long('b')), 0, 100, 7, true);
    assert.notEqual(a, b);
    const text = `He wrote ${long('b')} and ${long('a')}.`;
    assert.equal(table.numberOf(text, units(text), 9, 109, 7, true), b);
    assert.equal(table.numberOf(text, units(text), 114, 214, 7, true), a);
    // A short word with the same forced hash after them is a word of its own.
    const c = table.numberOf('abc', units('abc'), 0, 3, 7, true);
    assert.ok(c !== a && c !== b);
    assert.equal(table.numberOf('xabcx', units('xabcx'), 1, 4, 7, true), c);
  });

  it('holds the lookup key (no possessive) and the flags', () => {
    const table = new WordTable();
    const n = numberOf(table, 'Ukraine’s');
    assert.equal(table.key[n], 'ukraine');
    assert.equal(table.flags(n), WordFlag.Word | WordFlag.Cap);
    assert.equal(table.flags(numberOf(table, 'el-Shazly')) & WordFlag.Cap, WordFlag.Cap, 'a particle-prefixed surname can be part of a name');
    assert.equal(table.flags(numberOf(table, 'said')), WordFlag.Word);
    const comma = table.charNumber(',', units(','), 0);
    assert.equal(table.flags(comma), 0);
    assert.equal(table.lower[comma], '');
    assert.equal(table.key[comma], ',');
    assert.equal(table.charNumber('a,b', units('a,b'), 1), comma);
  });

  it('reads registered ids, and re-reads them after new registrations (as while lexicons are built)', () => {
    const table = new WordTable();
    const fresh = 'wordtabletestword';
    const n = numberOf(table, 'Wordtabletestword’s');
    assert.equal(table.lowerId(n), 0);
    assert.equal(table.keyId(n), 0);
    const id = wordId(fresh);
    assert.equal(table.keyId(n), id);
    assert.equal(table.lowerId(n), knownId('wordtabletestword’s'));
  });

  it('grows past its first hash and info sizes', () => {
    const table = new WordTable();
    const numbers: number[] = [];
    for (let i = 0; i < 5000; i++) numbers.push(numberOf(table, `w${i}`));
    for (let i = 0; i < 5000; i++) assert.equal(numberOf(table, `w${i}`), numbers[i]);
    assert.equal(table.size, 5000);
    assert.equal(table.surface[numbers[4321]], 'w4321');
  });

  it('is what tokens refer to: every token’s string is its word in the table', () => {
    const text = 'Ukraine’s deputy foreign minister, Emine Dzhaparova, said: “We asked.” Mr. Lapid said so.';
    const tokens = tokenize(text);
    for (let t = 0; t < tokens.count; t++) {
      const n = tokens.wordNo[t];
      assert.equal(tokens.words.surface[n], text.slice(tokens.start[t], tokens.end[t]));
      const isWord = tokens.kind[t] === 0; // TokenKind.Word
      assert.equal(tokens.words.lower[n], isWord ? text.slice(tokens.start[t], tokens.end[t]).toLowerCase() : '');
      assert.equal(tokens.lowerId[t], tokens.words.lowerId(n));
      assert.equal(tokens.keyId[t], tokens.words.keyId(n));
    }
    const again = tokenize(text);
    assert.deepEqual([...again.wordNo], [...tokens.wordNo], 'the table is kept across calls');
  });
});

describe('word table and registrations', () => {
  it('gives tokens the ids registered before they were tokenized', () => {
    const before = tokenize('Zorblatt said');
    assert.equal(before.lowerId[0], 0);
    const id = wordId('zorblatt');
    const after = tokenize('Zorblatt said');
    assert.equal(after.wordNo[0], before.wordNo[0], 'the same word number');
    assert.equal(after.lowerId[0], id);
    assert.equal(after.keyId[0], id);
  });
  it('keeps no text alive through the long words it holds (13 characters and more)', () => {
    // V8 cuts such a word out of its text as a view of the whole text; the table must copy it.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const table = new WordTable();
    const filler = 'The minister said the plan was fine. '.repeat(8000); // about 300 KB
    const long = (i: number) => 'Extraordinarily' + String.fromCharCode(97 + i);
    // Warm up the table with the filler's words so only the long words are new below.
    numberOf(table, 'warm');
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 16; i++) {
      const text = filler + long(i); // a new text each time: 16 × 600 KB if each were kept
      table.numberOf(text, units(text), filler.length, text.length, hashOf(text, filler.length, text.length), true);
    }
    gc();
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 2e6, `the heap grew by ${(grown / 1e6).toFixed(1)} MB: the table keeps its texts alive`);
    assert.equal(table.surface[numberOf(table, long(3))], long(3));
  });
});
