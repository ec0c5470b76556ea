import { strict as assert } from 'assert';
import type { Analysis, Person, Quote, Source, Span } from '../../src/core/types';

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let from = 0;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, from);
    assert.ok(i >= 0, `test setup: ${JSON.stringify(needle)} (#${nth}) not found in the input`);
    from = i + 1;
  }
  return { start: i, end: i + needle.length };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The quote that contains `needle` (which must appear in exactly one quote). */
export function quoteWith(a: Analysis, needle: string): Quote {
  const found = a.quotes.filter((q) => q.text.includes(needle));
  assert.equal(found.length, 1, `expected exactly one quote containing ${JSON.stringify(needle)}; quotes: ${JSON.stringify(a.quotes.map((q) => q.text))}`);
  return found[0];
}

export function personNamed(a: Analysis, name: string): Person {
  const found = a.people.filter((p) => p.name === name);
  assert.equal(found.length, 1, `expected exactly one person named ${JSON.stringify(name)}; people: ${JSON.stringify(a.people.map((p) => p.name))}`);
  return found[0];
}

/** The sources whose span overlaps the first occurrence of `phrase`. */
export function sourcesAt(a: Analysis, text: string, phrase: string): Source[] {
  const s = spanOf(text, phrase);
  return a.sources.filter((src) => overlaps(src, s));
}

export function describeSources(a: Analysis): string {
  return JSON.stringify(a.sources.map((s) => ({ kind: s.kind, text: s.text })));
}

/** The text of `q`'s speaker mention in `text` ('' when it has none). */
export function speakerMention(text: string, q: Quote): string {
  return text.slice(q.speaker.start ?? 0, q.speaker.end ?? 0);
}

/** Asserts that the speaker mention of `q` slices to `mention` and that its name is `name`. */
export function assertSpeaker(text: string, q: Quote, kind: string, name: string | null, mention: string): void {
  assert.equal(q.speaker.kind, kind, `speaker kind of ${q.text}: ${JSON.stringify(q.speaker)}`);
  assert.equal(q.speaker.name, name, `speaker name of ${q.text}`);
  assert.ok(q.speaker.start !== null && q.speaker.end !== null, 'speaker has a mention span');
  assert.equal(text.slice(q.speaker.start!, q.speaker.end!), mention, `speaker mention of ${q.text}`);
}
