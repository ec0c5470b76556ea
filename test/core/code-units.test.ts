import { strict as assert } from 'assert';
import { codeUnits, copyCodeUnits } from '../../src/core/code-units';
import { Scratch } from '../../src/core/scratch';

const SAMPLES = [
  '',
  'Kyiv said.',
  '“It’s a storm in a teacup,” said Natalia Moroz. ’90s — ½ é ß',
  'emoji 😀 and astral 𝒜 characters',
  'lone surrogates \ud800 x \udc00 y \udbff',
  '\u0000 nul, \ufeff BOM, \uffff last',
];

function charCodes(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

describe('code units', () => {
  it('gives every UTF-16 code unit of the text, lone surrogates included, and nothing more', () => {
    for (const text of SAMPLES) {
      const units = codeUnits(text, new Scratch());
      assert.equal(units.length, text.length);
      assert.deepEqual(Array.from(units), charCodes(text), JSON.stringify(text));
    }
  });

  it('reuses the scratch array of a longer text without leaking its units', () => {
    const scratch = new Scratch();
    codeUnits('x'.repeat(5000) + '“long”', scratch);
    const units = codeUnits('He said “no”.', scratch);
    assert.deepEqual(Array.from(units), charCodes('He said “no”.'));
  });

  it('copies the same units without Node’s Buffer (the path a browser takes)', () => {
    for (const text of SAMPLES) {
      const units = new Uint16Array(text.length);
      copyCodeUnits(text, units);
      assert.deepEqual(Array.from(units), charCodes(text), JSON.stringify(text));
    }
  });
});
