/**
 * Which documents are not analysed as the user types, and why: a document larger than
 * `attributionLens.maxFileSize`, one that looks binary (a NUL character, or many control or
 * replacement characters) and one that looks minified (a very long line with almost no white
 * space, unless it is in a script written without spaces, such as Chinese). The command
 * "Analyze Anyway" lifts the limits for a document. No `vscode` import: pure, so unit tests
 * check it directly.
 */

export type LimitCode = 'too-large' | 'binary' | 'minified';

export interface LimitReason {
  code: LimitCode;
  /** For the status bar: `4.2 MB > 2 MB`, `binary content`, `minified: a line of 48,000 characters`. */
  short: string;
  /** A sentence for the tooltip. */
  detail: string;
}

/** The default of `attributionLens.maxFileSize`, in KB (1 KB = 1,024 bytes of UTF-8). */
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;
/** How much of the text the control-character share is measured on. */
const BINARY_SAMPLE = 64 * 1024;
/** Share of control or replacement characters (in the sample) from which a text counts as binary. */
const BINARY_SHARE = 0.1;
/** A line at least this long… */
const MINIFIED_LINE = 5000;
/** …with less than this share of white space is minified (news text has about 15%, minified code 1–4%)… */
const MINIFIED_WHITESPACE = 0.05;
/** …unless at least this share is in a script written without spaces (a Chinese or Thai paragraph). */
const UNSPACED_SCRIPT = 0.3;

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${trim((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

const trim = (n: string) => n.replace(/\.0$/, '');

/** A control character other than tab, line feed, vertical tab, form feed and carriage return, or U+FFFD. */
function isBinaryCode(c: number): boolean {
  return (c < 32 && !(c >= 9 && c <= 13)) || c === 127 || c === 0xfffd;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * A character of a script written without spaces between words: Thai, Lao, Khmer, Myanmar, CJK
 * punctuation, kana, ideographs, Hangul, full-width forms. A Chinese or Japanese paragraph is a
 * long line with no white space and is prose, not minified code.
 */
function isUnspacedScriptCode(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) || // Khmer
    (c >= 0x3000 && c <= 0x9fff) || // CJK punctuation, kana, Hangul compatibility, ideographs
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xff00 && c <= 0xffef) // full-width forms
  );
}

/** Why `text` is not analysed on every edit, or undefined when it is. `maxBytes` 0 means no size limit. */
export function limitReason(text: string, maxBytes: number): LimitReason | undefined {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit: a text short enough is not counted.
  if (maxBytes > 0 && text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) {
      return {
        code: 'too-large',
        short: `${formatSize(bytes)} > ${formatSize(maxBytes)}`,
        detail: `The document is ${formatSize(bytes)}, more than the limit of ${formatSize(maxBytes)} (setting attributionLens.maxFileSize).`,
      };
    }
  }
  if (text.includes('\u0000')) return binary('it contains NUL characters');
  const sample = Math.min(text.length, BINARY_SAMPLE);
  let odd = 0;
  for (let i = 0; i < sample; i++) if (isBinaryCode(text.charCodeAt(i))) odd++;
  if (sample > 0 && odd / sample >= BINARY_SHARE) return binary(`${Math.round((odd / sample) * 100)}% of its first characters are control characters`);
  const line = minifiedLine(text);
  if (line) {
    return {
      code: 'minified',
      short: `minified: a line of ${line.length.toLocaleString('en-US')} characters`,
      detail: `Line ${line.number} has ${line.length.toLocaleString('en-US')} characters and almost no white space: the document looks minified or generated, not like an article.`,
    };
  }
  return undefined;
}

function binary(why: string): LimitReason {
  return { code: 'binary', short: 'binary content', detail: `The document looks binary: ${why}.` };
}

/**
 * The first line of at least MINIFIED_LINE characters with less than MINIFIED_WHITESPACE white
 * space, and not mostly in a script written without spaces. Runs on every edit: lines are found
 * with `indexOf` and only long ones are read character by character.
 */
function minifiedLine(text: string): { number: number; length: number } | undefined {
  for (let start = 0, number = 1; start <= text.length; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const length = end - start;
    if (length >= MINIFIED_LINE) {
      let spaces = 0;
      let unspaced = 0;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isSpaceCode(c)) spaces++;
        else if (c >= 0x0e00 && isUnspacedScriptCode(c)) unspaced++;
      }
      if (spaces / length < MINIFIED_WHITESPACE && unspaced / length < UNSPACED_SCRIPT) return { number, length };
    }
    start = end + 1;
  }
  return undefined;
}
