/**
 * The Sourcing view's tree, built from an analysis: pure data, no `vscode` import, so it is
 * unit-tested on its own. Four groups:
 *  - Quotes, by speaker (anonymous speakers share one node, unattributed quotes another) or in
 *    document order;
 *  - People, officials first or by number of mentions, each with their mentions and quotes;
 *  - Unattributed & anonymous: every unattributed quote, anonymous source and vague attribution;
 *  - Organizations & media that speak or are cited, with their quotes and mentions.
 * A filter keeps the items whose label or description contains the text (and their ancestors).
 */
import { LineIndex } from './core/position';
import type { Analysis, Finding, FindingCode, Quote, Severity, Span, Speaker } from './core/types';
import { snippet } from './core/snippet';

export type QuoteOrder = 'speaker' | 'document';
export type PeopleOrder = 'officials' | 'mentions';

export interface SourcingTreeOptions {
  quoteOrder: QuoteOrder;
  peopleOrder: PeopleOrder;
  /** Case-insensitive text an item's label or description must contain; empty = no filter. */
  filter: string;
}

export const DEFAULT_OPTIONS: SourcingTreeOptions = { quoteOrder: 'speaker', peopleOrder: 'officials', filter: '' };

export type SourcingNodeKind = 'group' | 'speaker' | 'quote' | 'person' | 'mention' | 'problem' | 'organization';

/** How an item is marked: its icon's colour in the view. */
export type Tone = Severity | 'anonymous' | 'official';

export interface SourcingNode {
  /** Unique in the tree, stable across edits for groups, speakers, people and organizations. */
  id: string;
  kind: SourcingNodeKind;
  label: string;
  description: string;
  tooltip: string;
  /** A codicon id (`quote`, `person`, `warning`, …). */
  icon: string;
  tone?: Tone;
  /** The text the item stands for (selected when the item is chosen). */
  span?: Span;
  /** Ranges of `label` that match the filter. */
  highlights: Array<[number, number]>;
  /** Whether the item starts expanded (groups do). */
  expanded: boolean;
  children: SourcingNode[];
  parent?: SourcingNode;
}

const GROUP_QUOTES = 'Quotes';
const GROUP_PEOPLE = 'People';
const GROUP_PROBLEMS = 'Unattributed & anonymous';
const GROUP_ORGANIZATIONS = 'Organizations & media';
export const ANONYMOUS_SPEAKERS = 'Anonymous sources';
export const UNATTRIBUTED = 'Unattributed';

const PROBLEM_CODES: ReadonlySet<FindingCode> = new Set(['unattributed-quote', 'anonymous-source', 'vague-attribution']);
const PROBLEM_NAMES: Record<FindingCode, string> = {
  'unattributed-quote': 'unattributed quote',
  'anonymous-source': 'anonymous source',
  'vague-attribution': 'vague attribution',
  'unbalanced-quote': 'unbalanced quotation mark',
  'untitled-first-mention': 'title given only at a later mention',
  'title-changed': 'title changes between mentions',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The text around a span on its line, for telling mentions apart. */
function context(text: string, span: Span, width = 30): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const from = Math.max(lineStart, span.start - width);
  const to = Math.min(lineEnd, span.end + width);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < lineEnd ? '…' : ''}`;
}

interface Builder {
  text: string;
  analysis: Analysis;
  lines: LineIndex;
}

function node(fields: Omit<SourcingNode, 'highlights' | 'expanded' | 'children' | 'tooltip'> & Partial<SourcingNode>): SourcingNode {
  return { highlights: [], expanded: false, children: [], tooltip: fields.label, ...fields };
}

function speakerName(b: Builder, speaker: Speaker): string {
  if (speaker.person !== undefined) return b.analysis.people[speaker.person]?.name ?? speaker.name ?? '';
  if (speaker.name) return speaker.name;
  if (speaker.start !== null && speaker.end !== null) return b.text.slice(speaker.start, speaker.end);
  return '';
}

/** A quote; `note` (who, or what) goes before its line number in the description. */
function quoteNode(b: Builder, q: Quote, parentId: string, note: string): SourcingNode {
  const who = q.speaker.kind === 'unknown' ? 'no speaker' : `${speakerName(b, q.speaker)} (${q.speaker.kind})`;
  const cue = q.cue ? `, cue “${snippet(q.cue.text, 40)}”` : '';
  return node({
    id: `${parentId}/quote@${q.start}`,
    kind: 'quote',
    label: snippet(q.text, 70),
    description: `${note ? `${note} · ` : ''}line ${b.lines.at(q.start).line}`,
    tooltip: `${snippet(q.text, 400)}\n— ${who}${cue}, line ${b.lines.at(q.start).line}`,
    icon: 'quote',
    tone: q.speaker.kind === 'unknown' ? (q.partial ? 'info' : 'warning') : q.speaker.kind === 'anonymous' ? 'anonymous' : undefined,
    span: { start: q.start, end: q.end },
  });
}

function group(id: string, title: string, children: SourcingNode[], icon: string): SourcingNode {
  return node({ id, kind: 'group', label: title, description: '', icon, children, expanded: true });
}

function quotesGroup(b: Builder, order: QuoteOrder): SourcingNode {
  const id = 'quotes';
  if (order === 'document') {
    const children = b.analysis.quotes.map((q) =>
      quoteNode(b, q, id, q.speaker.kind === 'unknown' ? UNATTRIBUTED.toLowerCase() : q.speaker.kind === 'anonymous' ? `anonymous: ${speakerName(b, q.speaker)}` : speakerName(b, q.speaker)),
    );
    return group(id, GROUP_QUOTES, children, 'quote');
  }
  const speakers = new Map<string, { speaker: Speaker; quotes: Quote[] }>();
  for (const q of b.analysis.quotes) {
    const s = q.speaker;
    const key =
      s.kind === 'unknown' ? 'unattributed' : s.kind === 'anonymous' ? 'anonymous' : s.person !== undefined ? `person:${s.person}` : `${s.kind}:${speakerName(b, s).toLowerCase()}`;
    const entry = speakers.get(key) ?? { speaker: s, quotes: [] };
    entry.quotes.push(q);
    speakers.set(key, entry);
  }
  // Named speakers first (in order of their first quote), then the anonymous and unattributed ones.
  const named: SourcingNode[] = [];
  const unnamed: SourcingNode[] = [];
  const unattributed: SourcingNode[] = [];
  for (const [key, { speaker, quotes }] of speakers) {
    const speakerId = `${id}/speaker:${key}`;
    if (speaker.kind === 'unknown') {
      unattributed.push(
        node({
          id: speakerId,
          kind: 'speaker',
          label: UNATTRIBUTED,
          description: plural(quotes.length, 'quote'),
          tooltip: 'Quotes no reporting cue links to a speaker.',
          icon: 'question',
          tone: 'warning',
          children: quotes.map((q) => quoteNode(b, q, speakerId, q.partial ? 'quoted phrase' : '')),
        }),
      );
    } else if (speaker.kind === 'anonymous') {
      unnamed.push(
        node({
          id: speakerId,
          kind: 'speaker',
          label: ANONYMOUS_SPEAKERS,
          description: `anonymous · ${plural(quotes.length, 'quote')}`,
          tooltip: 'Quotes from sources the article does not name.',
          icon: 'eye-closed',
          tone: 'anonymous',
          children: quotes.map((q) => quoteNode(b, q, speakerId, speakerName(b, q.speaker))),
        }),
      );
    } else {
      const person = speaker.person !== undefined ? b.analysis.people[speaker.person] : undefined;
      const name = speakerName(b, speaker);
      named.push(
        node({
          id: speakerId,
          kind: 'speaker',
          label: name,
          description: plural(quotes.length, 'quote'),
          tooltip: person ? [person.name, person.title, person.affiliation].filter(Boolean).join(', ') : `${name} (${speaker.kind})`,
          icon: speaker.kind === 'person' ? 'person' : speaker.kind === 'media' ? 'broadcast' : 'organization',
          tone: person?.official ? 'official' : undefined,
          children: quotes.map((q) => quoteNode(b, q, speakerId, '')),
        }),
      );
    }
  }
  return group(id, GROUP_QUOTES, [...named, ...unnamed, ...unattributed], 'quote');
}

function peopleGroup(b: Builder, order: PeopleOrder): SourcingNode {
  const id = 'people';
  const indices = b.analysis.people.map((_, i) => i);
  const people = b.analysis.people;
  if (order === 'officials') indices.sort((x, y) => Number(people[y].official) - Number(people[x].official) || x - y);
  else indices.sort((x, y) => people[y].mentions.length - people[x].mentions.length || x - y);
  const children = indices.map((i) => {
    const p = people[i];
    const personId = `${id}/person:${p.name}#${i}`;
    const items: Array<{ start: number; node: SourcingNode }> = [];
    for (const m of p.mentions) {
      items.push({
        start: m.start,
        node: node({
          id: `${personId}/mention@${m.start}`,
          kind: 'mention',
          label: m.text,
          description: `line ${b.lines.at(m.start).line}: ${context(b.text, m)}`,
          tooltip: `Mention of ${p.name}, line ${b.lines.at(m.start).line}`,
          icon: 'mention',
          span: { start: m.start, end: m.end },
        }),
      });
    }
    for (const q of b.analysis.quotes) {
      if (q.speaker.person === i) items.push({ start: q.start, node: quoteNode(b, q, personId, 'quote') });
    }
    items.sort((x, y) => x.start - y.start);
    const first = p.mentions[0];
    const role = [p.title, p.affiliation].filter(Boolean).join(', ');
    const quoteCount = items.filter((x) => x.node.kind === 'quote').length;
    return node({
      id: personId,
      kind: 'person',
      label: p.name,
      description: role,
      tooltip: `${p.name}${role ? ` — ${role}` : ''}${p.official ? ' (official)' : ''}\n${plural(p.mentions.length, 'mention')}, ${plural(quoteCount, 'quote')}${
        p.official && !p.titledAtFirstMention ? '\nTitle not given at the first mention.' : ''
      }`,
      icon: 'person',
      tone: p.official ? 'official' : undefined,
      span: first ? { start: first.start, end: first.end } : undefined,
      children: items.map((x) => x.node),
    });
  });
  return group(id, GROUP_PEOPLE, children, 'person');
}

function problemNode(b: Builder, f: Finding, parentId: string): SourcingNode {
  const source = b.analysis.sources.find((s) => s.start === f.start && s.end === f.end);
  const antecedent = source?.antecedent !== undefined ? b.analysis.sources[source.antecedent] : undefined;
  const name = PROBLEM_NAMES[f.code];
  return node({
    id: `${parentId}/${f.code}@${f.start}`,
    kind: 'problem',
    label: snippet(b.text.slice(f.start, f.end), 70),
    description: `${name}${antecedent ? ` (again: “${snippet(antecedent.text, 40)}”)` : ''}, line ${b.lines.at(f.start).line}`,
    tooltip: f.message,
    icon: f.code === 'unattributed-quote' ? 'quote' : f.code === 'anonymous-source' ? 'eye-closed' : 'warning',
    tone: f.severity,
    span: { start: f.start, end: f.end },
  });
}

function problemsGroup(b: Builder): SourcingNode {
  const id = 'problems';
  const children = b.analysis.findings.filter((f) => PROBLEM_CODES.has(f.code)).map((f) => problemNode(b, f, id));
  return group(id, GROUP_PROBLEMS, children, 'warning');
}

function organizationsGroup(b: Builder): SourcingNode {
  const id = 'organizations';
  const found = new Map<string, { name: string; kind: 'organization' | 'media'; items: Array<{ start: number; node: SourcingNode }>; seen: Set<string> }>();
  const entry = (kind: 'organization' | 'media', name: string) => {
    const key = `${kind}:${name.toLowerCase()}`;
    let e = found.get(key);
    if (!e) found.set(key, (e = { name, kind, items: [], seen: new Set() }));
    return { e, orgId: `${id}/${key}` };
  };
  // In document order: sources and quotes interleave by offset.
  for (const s of b.analysis.sources) {
    if (s.kind !== 'organization' && s.kind !== 'media') continue;
    const { e, orgId } = entry(s.kind, s.name ?? s.text);
    const mentionId = `${orgId}/mention@${s.start}`;
    if (e.seen.has(mentionId)) continue;
    e.seen.add(mentionId);
    e.items.push({
      start: s.start,
      node: node({
        id: mentionId,
        kind: 'mention',
        label: s.text,
        description: `line ${b.lines.at(s.start).line}: ${context(b.text, s)}`,
        tooltip: `${s.kind === 'media' ? 'Media' : 'Organization'} cited, line ${b.lines.at(s.start).line}`,
        icon: 'mention',
        span: { start: s.start, end: s.end },
      }),
    });
  }
  for (const q of b.analysis.quotes) {
    const kind = q.speaker.kind;
    if (kind !== 'organization' && kind !== 'media') continue;
    const { e, orgId } = entry(kind, speakerName(b, q.speaker));
    e.items.push({ start: q.start, node: quoteNode(b, q, orgId, 'quote') });
  }
  const children = [...found.entries()].map(([key, e]) => {
    e.items.sort((x, y) => x.start - y.start);
    const quotes = e.items.filter((x) => x.node.kind === 'quote').length;
    return node({
      id: `${id}/${key}`,
      kind: 'organization',
      label: e.name,
      description: `${e.kind}${quotes ? ` · ${plural(quotes, 'quote')}` : ''}`,
      tooltip: `${e.name} (${e.kind})\n${plural(e.items.length - quotes, 'mention')}, ${plural(quotes, 'quote')}`,
      icon: e.kind === 'media' ? 'broadcast' : 'organization',
      span: e.items[0] ? { start: e.items[0].node.span!.start, end: e.items[0].node.span!.end } : undefined,
      children: e.items.map((x) => x.node),
    });
  });
  children.sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
  return group(id, GROUP_ORGANIZATIONS, children, 'organization');
}

/** What each group counts in its label. */
const COUNTED: Record<string, SourcingNodeKind> = { quotes: 'quote', people: 'person', problems: 'problem', organizations: 'organization' };

function count(n: SourcingNode, kind: SourcingNodeKind): number {
  let c = 0;
  for (const child of n.children) c += child.kind === kind ? 1 : count(child, kind);
  return c;
}

function highlightsOf(label: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = label.toLowerCase();
  for (let i = hay.indexOf(needle); i >= 0 && needle; i = hay.indexOf(needle, i + needle.length)) out.push([i, i + needle.length]);
  return out;
}

/** The node (and its descendants) if it matches, or a copy with only its matching descendants; undefined when nothing matches. */
function filterNode(n: SourcingNode, needle: string): SourcingNode | undefined {
  const matches = n.kind !== 'group' && (n.label.toLowerCase().includes(needle) || n.description.toLowerCase().includes(needle));
  if (matches) return { ...n, highlights: highlightsOf(n.label, needle), expanded: true };
  const children = n.children.map((c) => filterNode(c, needle)).filter((c): c is SourcingNode => c !== undefined);
  return children.length ? { ...n, children, expanded: true } : undefined;
}

function linkParents(n: SourcingNode, parent?: SourcingNode): void {
  n.parent = parent;
  for (const c of n.children) linkParents(c, n);
}

/** The tree of an analysis of `text`: the four groups (under a filter, only those with matches). */
export function buildSourcingTree(text: string, analysis: Analysis, options: SourcingTreeOptions = DEFAULT_OPTIONS): SourcingNode[] {
  const b: Builder = { text, analysis, lines: new LineIndex(text) };
  const groups = [quotesGroup(b, options.quoteOrder), peopleGroup(b, options.peopleOrder), problemsGroup(b), organizationsGroup(b)];
  const needle = options.filter.trim().toLowerCase();
  const roots = needle ? groups.map((g) => filterNode(g, needle)).filter((g): g is SourcingNode => g !== undefined) : groups;
  for (const g of roots) {
    const whole = groups.find((x) => x.id === g.id)!;
    const kind = COUNTED[g.id];
    const shown = count(g, kind);
    const total = count(whole, kind);
    g.label = `${g.label} (${needle ? `${shown} of ${total}` : total})`;
    linkParents(g);
  }
  return roots;
}

/** Every node of the tree, depth first in display order. */
export function* walk(nodes: readonly SourcingNode[]): Generator<SourcingNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/**
 * The item for an offset (the cursor): the smallest span containing it among quotes, mentions
 * and problems (the first in display order on a tie), else undefined.
 */
export function nodeAt(roots: readonly SourcingNode[], offset: number): SourcingNode | undefined {
  let best: SourcingNode | undefined;
  for (const n of walk(roots)) {
    if (!n.span || n.children.length) continue;
    if (n.span.start > offset || offset > n.span.end) continue;
    if (!best || n.span.end - n.span.start < best.span!.end - best.span!.start) best = n;
  }
  return best;
}

/** The badge of the view: how many findings the article has, and which. */
export function problemSummary(analysis: Analysis): { count: number; tooltip: string } {
  const byCode = new Map<FindingCode, number>();
  for (const f of analysis.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const parts = [...byCode].map(([code, n]) => plural(n, PROBLEM_NAMES[code]));
  const count = analysis.findings.length;
  return { count, tooltip: count ? `${plural(count, 'sourcing problem')}: ${parts.join(', ')}` : 'No sourcing problems' };
}
