/**
 * Finds quotations: pairs quote marks paragraph by paragraph, tells apostrophes
 * from single quotes, follows quotes that run over several paragraphs, and bounds
 * unclosed ones at the end of their paragraph.
 */
import { TokenKind, isSpaceCode, isUpperCode, isWordCode, type Tokens } from './text';
import type { Span } from './types';
import { sortInPlace } from './sort-in-place';

export interface RawQuote extends Span {
  /** Mark family: 'd' double, 's' single (a top-level single-quoted run, as in headlines). */
  family: 'd' | 's';
  nested: Span[];
  pieces: Span[];
  unbalanced: boolean;
  partial: boolean;
}

export interface StrayMark extends Span {
  reason: 'unclosed' | 'unopened';
}

const enum Mark {
  Open,
  Close,
  Either,
  None,
}

const DQ = 34;
const SQ = 39;
const LDQ = 0x201c;
const RDQ = 0x201d;
const LSQ = 0x2018;
const RSQ = 0x2019;
const LAQ = 0xab; // «
const RAQ = 0xbb; // »
const LOW_DQ = 0x201e; // „

/** A character that may stand right before an opening quote mark. */
function opensBefore(c: number): boolean {
  return c < 0 || isSpaceCode(c) || c === 42 || c === 95 || c === 62 || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === LDQ || c === LSQ || c === DQ || c === SQ || c === 58 || c === 0x2026;
}

/** A character that may stand right after a closing quote mark. */
function closesAfter(c: number): boolean {
  return (
    c < 0 ||
    isSpaceCode(c) ||
    c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 ||
    c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2026 || c === RDQ || c === RSQ || c === DQ || c === SQ || c === 47 || c === 42 || c === 95
  );
}

function classifyDouble(c: number, prev: number, next: number, straightOpen: boolean): Mark {
  if (c === LDQ || c === LAQ || c === LOW_DQ) return Mark.Open;
  if (c === RDQ || c === RAQ) return Mark.Close;
  // Inches (5'10"), unless a straight quote is open and this mark can close it ("about $200,000" from).
  if (prev >= 48 && prev <= 57) return straightOpen && c === DQ && closesAfter(next) ? Mark.Close : Mark.None;
  const l = opensBefore(prev);
  const r = closesAfter(next);
  if (l && !r) return Mark.Open;
  if (r && !l) return Mark.Close;
  return Mark.Either;
}

/** Words an apostrophe opens by dropping letters: 'em, 'til, 'cause, 'n', 'tis, 'twas. */
const ELISION = /^(em|til|cause|n|tis|twas)\b/;

function classifySingle(text: string, i: number, c: number, prev: number, next: number): Mark {
  const prevWord = prev >= 0 && isWordCode(prev);
  const nextWord = next >= 0 && isWordCode(next);
  if (prevWord && nextWord) return Mark.None; // It’s, Lapid’s
  if (next >= 48 && next <= 57) return Mark.None; // ’90s
  if (prev >= 48 && prev <= 57 && c === SQ) return Mark.None; // 5'10"
  // 'em, 'til, 'cause, 'n', ‘Tis: a leading apostrophe, whichever mark stands for it.
  if (nextWord && (c === LSQ || opensBefore(prev)) && ELISION.test(text.slice(i + 1, i + 6).toLowerCase())) return Mark.None;
  if (c === LSQ) return prevWord ? Mark.None : Mark.Open;
  if (nextWord && opensBefore(prev)) {
    if (c === RSQ) return Mark.None; // ’em, ’til: a leading apostrophe
    return Mark.Open;
  }
  // ‘HEADLINE’“Text…”: a single-quoted passage run up against a double quote.
  if ((closesAfter(next) || (next === LDQ && c === RSQ && prevWord)) && !opensBefore(prev)) return Mark.Close;
  return Mark.None;
}

/** A double quote just opened at `start`: its one piece so far ends where it starts, until it closes. */
function openQuote(start: number): RawQuote {
  return { start, end: start, family: 'd', nested: [], pieces: [{ start, end: start }], unbalanced: false, partial: false };
}

/** The quote's current paragraph piece: its last. */
function lastPiece(q: RawQuote): Span {
  return q.pieces[q.pieces.length - 1];
}

/** Finds the quotes of the text. Linear in the number of tokens. */
export function findQuotes(tokens: Tokens, maxUnclosed: number): { quotes: RawQuote[]; stray: StrayMark[] } {
  const { text, count } = tokens;
  const quotes: RawQuote[] = [];
  const stray: StrayMark[] = [];
  // The open double quote, built as it is read: its end and balance are set when it closes.
  let dq: RawQuote | null = null;
  let straight = false; // dq opened with a straight mark (not a curly one)
  const singles: number[] = []; // open single-quote positions (nested in dq, or top level)
  let curlyIn = -1; // an open curly mark nested in a straight-quoted passage
  // British style: double quotes nested in a top-level single-quoted passage (‘The Minister calls this “balance”,’).
  let innerDouble = -1; // the open one
  const singleNested: Span[] = []; // the closed ones, for the passage
  // A plural possessive that could close the passage (‘a landlords’ charter dressed up as tenants’ rights’): the
  // passage closes there only when no later mark in the paragraph does.
  let possessiveClose = -1;
  // A top-level single-quoted passage carried over paragraph ends: where it opened, its pieces so far, its nested quotes.
  let singleRun: { start: number; pieces: Span[]; nested: Span[] } | null = null;
  // A closing double mark with no opening one met while the top-level single passage was open (‘We will fight this,”):
  // the marks are mismatched, and the passage is carried into no other paragraph.
  let strayInPassage = false;

  /** A double quote read as nested in a passage, standing alone. */
  const alone = (n: Span): RawQuote => ({ start: n.start, end: n.end, family: 'd', nested: [], pieces: [{ start: n.start, end: n.end }], unbalanced: false, partial: false });

  /**
   * Closes the one open top-level single-quoted passage with the mark at i. Double quotes read as nested in it after
   * that mark (it closed at a possessive candidate: "‘Landlords’ groups say “enough”") stand alone.
   */
  const closeSingleAt = (i: number) => {
    const s = singles.pop()!;
    if (singleRun) {
      // The last paragraph of a passage running over several.
      const nested = [...singleRun.nested, ...singleNested.filter((n) => n.end <= i)];
      quotes.push({ start: singleRun.start, end: i + 1, family: 's', nested, pieces: [...singleRun.pieces, { start: s, end: i + 1 }], unbalanced: false, partial: false });
      singleRun = null;
    } else if (i - s > 2) quotes.push({ start: s, end: i + 1, family: 's', nested: singleNested.filter((n) => n.end <= i), pieces: [{ start: s, end: i + 1 }], unbalanced: false, partial: false });
    for (const n of singleNested) if (n.end > i || i - s <= 2) quotes.push(alone(n));
    singleNested.length = 0;
    possessiveClose = -1;
  };

  /**
   * The top-level single mark was no passage after all (never closed, or a double quote inside it went wrong, or a
   * double quote opened outside it): the single marks are forgotten, the double quotes read as nested in it stand
   * alone, and one still open goes on as the open double quote.
   */
  const abandonPassage = () => {
    // A passage carried over from earlier paragraphs that this one never closes: those paragraphs' pieces, unclosed.
    if (singleRun) {
      quotes.push({ start: singleRun.start, end: singleRun.pieces[singleRun.pieces.length - 1].end, family: 's', nested: singleRun.nested, pieces: singleRun.pieces, unbalanced: true, partial: false });
      stray.push({ start: singleRun.start, end: singleRun.start + 1, reason: 'unclosed' });
      singleRun = null;
    }
    singles.length = 0;
    for (const n of singleNested) quotes.push(alone(n));
    singleNested.length = 0;
    if (innerDouble >= 0 && !dq) {
      dq = openQuote(innerDouble);
      straight = false;
    }
    innerDouble = -1;
    possessiveClose = -1;
  };

  /**
   * At the end of paragraph p, a single-quoted passage left open closes at its possessive candidate; a statement (‘The
   * …) goes on when the next paragraph, starting at token `next`, reopens with ‘ (British style, as a double quote runs
   * over paragraphs); else it is abandoned.
   */
  const endParagraph = (p: number, next: number) => {
    const open = singles.length === 1 && innerDouble < 0 && !dq;
    const mismatched = strayInPassage;
    strayInPassage = false;
    // The next paragraph reopening a statement (‘The …) carries the passage over, before a possessive candidate closes it.
    if (open && !mismatched && next < count && tokens.kind[next] === TokenKind.Quote && text.charCodeAt(tokens.start[next]) === LSQ && isUpperCode(text.charCodeAt(singles[0] + 1))) {
      const run = (singleRun ??= { start: singles[0], pieces: [], nested: [] });
      run.pieces.push({ start: singles[0], end: paragraphEnd[p] });
      run.nested.push(...singleNested);
      singleNested.length = 0;
      singles.length = 0;
      possessiveClose = -1;
      return;
    }
    if (possessiveClose >= 0 && open) closeSingleAt(possessiveClose);
    else {
      // A carried passage this paragraph does not close: this paragraph's piece ends the quote, unclosed.
      if (singleRun && open) singleRun.pieces.push({ start: singles[0], end: paragraphEnd[p] });
      abandonPassage();
    }
  };

  const finish = (q: RawQuote, end: number, unbalanced: boolean) => {
    lastPiece(q).end = end;
    q.end = end;
    q.unbalanced = unbalanced;
    quotes.push(q);
  };

  const paragraphEnd = tokens.paragraphEnd;
  let t = 0;
  for (let p = 0; p < paragraphEnd.length; p++) {
    singles.length = 0;
    curlyIn = -1;
    // A quote continued from the previous paragraph: this paragraph must reopen it.
    if (dq) {
      const first = t < count && tokens.paragraph[t] === p ? t : -1;
      const c = first >= 0 && tokens.kind[first] === TokenKind.Quote ? (tokens.end[first] - tokens.start[first] === 2 ? DQ : text.charCodeAt(tokens.start[first])) : -1;
      // The reopening mark matches the opening one's style (straight with straight, curly with curly).
      if ((c === DQ && straight) || ((c === LDQ || c === LAQ || c === LOW_DQ) && !straight)) {
        lastPiece(dq).end = paragraphEnd[p - 1];
        dq.pieces.push({ start: tokens.start[first], end: tokens.start[first] });
        t = first + 1;
      } else {
        stray.push({ start: dq.start, end: dq.start + 1, reason: 'unclosed' });
        finish(dq, paragraphEnd[p - 1], true);
        dq = null;
      }
    }
    for (; t < count && tokens.paragraph[t] === p; t++) {
      const k = tokens.kind[t];
      if (k !== TokenKind.Quote) {
        // Markup (<tweet id="…">, <a href="…">) holds attribute quotes, not quotations.
        if (k === TokenKind.Punct && text.charCodeAt(tokens.start[t]) === 60) t = skipTag(tokens, t);
        continue;
      }
      const i = tokens.start[t];
      const e = tokens.end[t];
      const c = e - i === 2 ? DQ : text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const next = e < text.length ? text.charCodeAt(e) : -1;
      // ’’ used as a closing double mark (“question’’): closes an open curly quote with no single open.
      if (c === RSQ && next === RSQ && dq && !straight && singles.length === 0 && !isWordCode(text.charCodeAt(i + 2) || 32)) {
        finish(dq, i + 2, false);
        dq = null;
        t++;
        continue;
      }
      if (c === SQ || c === LSQ || c === RSQ) {
        // Inside a double quote nested in a single-quoted passage, single marks are that quote's own.
        if (innerDouble >= 0) continue;
        const m = classifySingle(text, i, c, prev, next);
        if (m === Mark.Open) {
          // ‘Boasters’ and ‘Blasphemers’: a new passage opening shows the possessive candidate closed the last one.
          if (possessiveClose >= 0 && !dq && singles.length === 1) closeSingleAt(possessiveClose);
          singles.push(i);
        } else if (m === Mark.Close && singles.length > 0) {
          // "landlords’ charter": after an "s", before a space and a lowercase word, the mark may be a plural
          // possessive; a top-level passage waits for a later closing mark.
          if (!dq && singles.length === 1 && prev === 115 && next === 32 && isLowerWordAt(text, e + 1)) {
            possessiveClose = i;
            continue;
          }
          if (!dq && singles.length === 1) {
            closeSingleAt(i);
            continue;
          }
          // Nested in the open double quote (a top-level passage closed above; one inside another is dropped).
          const s = singles.pop()!;
          if (dq && i - s > 2) dq.nested.push({ start: s, end: i + 1 });
        }
        continue;
      }
      let m = classifyDouble(c, prev, next, !!dq && straight);
      if (m === Mark.None) continue;
      // A left mark typed where the closer belongs (“It's unusual,“ said …): after a word or
      // punctuation and before a space or punctuation, it closes the open quote.
      if (c === LDQ && dq && !opensBefore(prev) && closesAfter(next)) m = Mark.Close;
      // A right mark typed where the opener belongs ( ”get close …): after a space, before a word.
      else if (c === RDQ && !dq && prev >= 0 && isSpaceCode(prev) && next >= 0 && isWordCode(next)) m = Mark.Open;
      // Curly marks inside a straight-quoted passage ("… about “Equal Justice Under Law” anymore.")
      // are a quote within the quote, not its end.
      if (dq && straight && c !== DQ) {
        if (m === Mark.Open && c === LDQ) {
          curlyIn = i;
          continue;
        }
        if (c === RDQ && curlyIn >= 0) {
          if (i - curlyIn > 2) dq.nested.push({ start: curlyIn, end: i + 1 });
          curlyIn = -1;
          continue;
        }
      }
      // A double quote inside a top-level single-quoted passage that opens a statement (‘The …) is nested in it (British
      // style).
      if (!dq && singles.length === 1 && c !== DQ && (innerDouble >= 0 || isUpperCode(text.charCodeAt(singles[0] + 1)))) {
        if (innerDouble < 0 && m !== Mark.Close) {
          innerDouble = i;
          continue;
        }
        if (innerDouble >= 0 && m !== Mark.Open) {
          singleNested.push({ start: innerDouble, end: e });
          innerDouble = -1;
          continue;
        }
      }
      // A second opening mark or a straight one inside the nested quote: the passage was none; read on as before it.
      if (innerDouble >= 0) abandonPassage();
      if (!dq) {
        if (m === Mark.Close) {
          stray.push({ start: i, end: i + 1, reason: 'unopened' });
          if (singles.length > 0) strayInPassage = true;
          continue;
        }
        dq = openQuote(i);
        straight = c === DQ;
        abandonPassage();
        curlyIn = -1;
      } else if (m === Mark.Open && (c === LDQ || c === LAQ || c === LOW_DQ)) {
        // A second opening mark: the first quote was never closed. End it before this one.
        let e = i;
        while (e > dq.start + 1 && isSpaceCode(text.charCodeAt(e - 1))) e--;
        stray.push({ start: dq.start, end: dq.start + 1, reason: 'unclosed' });
        finish(dq, e, true);
        dq = openQuote(i);
        straight = false;
        singles.length = 0;
      } else {
        let end = e;
        // NYT style ,''' : the single quote nested in the passage closes with it ('Kosovo is a special case,''').
        if (e - i === 2 && singles.length > 0 && t + 1 < count && tokens.start[t + 1] === e && tokens.end[t + 1] === e + 1 && text.charCodeAt(e) === SQ) {
          dq.nested.push({ start: singles[singles.length - 1], end: e });
          end = e + 1;
          t++;
        }
        finish(dq, end, false);
        dq = null;
        singles.length = 0;
        curlyIn = -1;
      }
    }
    endParagraph(p, t);
    // Too long an unclosed run in one paragraph: cut it at a sentence end within the bound.
    if (dq && paragraphEnd[p] - lastPiece(dq).start > maxUnclosed) {
      stray.push({ start: dq.start, end: dq.start + 1, reason: 'unclosed' });
      finish(dq, boundedEnd(tokens, lastPiece(dq).start, maxUnclosed), true);
      dq = null;
    }
  }
  if (dq) {
    stray.push({ start: dq.start, end: dq.start + 1, reason: 'unclosed' });
    finish(dq, paragraphEnd[paragraphEnd.length - 1], true);
  }
  sortInPlace(quotes, (a, b) => a.start - b.start);
  for (const q of quotes) q.partial = isPartial(tokens, q);
  return { quotes, stray };
}

/** A lowercase letter starts a word at i. */
function isLowerWordAt(text: string, i: number): boolean {
  const c = i < text.length ? text.charCodeAt(i) : -1;
  return c >= 97 && c <= 122;
}

/** Skips an HTML/XML tag starting at token t (`<`): returns the index of its `>` token, or t. */
function skipTag(tokens: Tokens, t: number): number {
  const { text } = tokens;
  const next = tokens.start[t] + 1 < text.length ? text.charCodeAt(tokens.start[t] + 1) : -1;
  if (!(next === 47 || (next >= 97 && next <= 122) || (next >= 65 && next <= 90))) return t;
  const p = tokens.paragraph[t];
  for (let u = t + 1; u < tokens.count && u < t + 200 && tokens.paragraph[u] === p; u++) {
    const c = text.charCodeAt(tokens.start[u]);
    if (c === 62) return u;
    if (c === 60) return t;
  }
  return t;
}

/** The end of the last sentence that ends within `limit` characters of `from`. */
function boundedEnd(tokens: Tokens, from: number, limit: number): number {
  const { text } = tokens;
  const max = Math.min(text.length, from + limit);
  for (let i = max - 1; i > from + 1; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1)))) return i + 1;
  }
  return max;
}

/**
 * A partial quote is a fragment woven into the reporter's sentence (`is “disappointed”
 * that`), as opposed to a quoted statement that stands on its own.
 */
function isPartial(tokens: Tokens, q: RawQuote): boolean {
  const { text } = tokens;
  let i = q.start + 1;
  while (i < q.end && !isWordCode(text.charCodeAt(i))) i++;
  if (i >= q.end) return true;
  const first = text.charCodeAt(i);
  if (!isUpperCode(first) && !(first >= 48 && first <= 57)) return true;
  // Ends with punctuation inside the marks: a statement (“We won,” she said / “We won.”).
  let e = q.end - 2;
  while (e > q.start && isSpaceCode(text.charCodeAt(e))) e--;
  const last = text.charCodeAt(e);
  if (last === 46 || last === 44 || last === 33 || last === 63 || last === 0x2026 || last === 58 || last === 0x2014 || last === 45 || last === 59) return false;
  // Otherwise partial when a word of the reporter's sentence stands right before it.
  let b = q.start - 1;
  while (b >= 0 && isSpaceCode(text.charCodeAt(b)) && text.charCodeAt(b) !== 10) b--;
  if (b < 0) return false;
  const before = text.charCodeAt(b);
  return isWordCode(before);
}
