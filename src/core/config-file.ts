/**
 * The workspace configuration file `.attributionlens.json` (house rules): validated by hand
 * (the same rules as schemas/attributionlens.schema.json), with problems that name the file,
 * the line and column, the JSON path and what is wrong. Invalid parts fall back to their
 * defaults (an invalid list item is dropped), so a config with a typo still works.
 */
import { LineIndex } from './position';
import type { FindingCode, LexiconExtension } from './types';
import { FINDING_CODES, isFindingCode, isSeveritySetting, type SeveritySetting } from './codes';
import { JsonSyntaxError, parseLocatedJson, pointerSegment } from './json-locations';
import type { ReviewRules } from './review';

export const CONFIG_FILE_NAME = '.attributionlens.json';

export interface KnownPersonRule {
  name: string;
  title?: string;
  affiliation?: string;
  official?: boolean;
}

export interface HouseRules {
  knownPeople: KnownPersonRule[];
  titles: Array<string | { text: string; official?: boolean }>;
  reportingVerbs: string[];
  anonymityPhrases: string[];
  vaguePhrases: string[];
  media: string[];
  organizations: string[];
  ignoredNames: string[];
  nationalities: Record<string, string>;
  severity: Partial<Record<FindingCode, SeveritySetting>>;
  include: string[];
  exclude: string[];
  /** The highest acceptable anonymous share (0–1) for `check`; absent = no threshold. */
  maxAnonymousShare?: number;
}

export interface ConfigProblem {
  file: string;
  /** JSON pointer of the value concerned (`/knownPeople/0/name`); '' for the whole file. */
  path: string;
  /** 1-based; absent when the file could not be read. */
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface LoadedConfig {
  rules: HouseRules;
  problems: ConfigProblem[];
}

export function defaultHouseRules(): HouseRules {
  return {
    knownPeople: [],
    titles: [],
    reportingVerbs: [],
    anonymityPhrases: [],
    vaguePhrases: [],
    media: [],
    organizations: [],
    ignoredNames: [],
    nationalities: {},
    severity: {},
    include: [],
    exclude: [],
  };
}

const STRING_LISTS = ['reportingVerbs', 'anonymityPhrases', 'vaguePhrases', 'media', 'organizations', 'ignoredNames', 'include', 'exclude'] as const;
const KNOWN_KEYS = new Set<string>(['$schema', 'knownPeople', 'titles', 'nationalities', 'severity', 'maxAnonymousShare', ...STRING_LISTS]);
const PERSON_KEYS = new Set(['name', 'title', 'affiliation', 'official']);
const TITLE_KEYS = new Set(['text', 'official']);

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Parses and validates the text of a config file; `file` names it in the problems. */
export function parseHouseRules(text: string, file: string): LoadedConfig {
  const rules = defaultHouseRules();
  const problems: ConfigProblem[] = [];
  const lines = new LineIndex(text);
  const where = (offset: number) => lines.at(offset);
  let root: unknown;
  let offsets: Map<string, number>;
  try {
    ({ value: root, offsets } = parseLocatedJson(text));
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    problems.push({ file, path: '', ...where(err.offset), severity: 'error', message: `Invalid JSON: ${err.message}. Using the default house rules.` });
    return { rules, problems };
  }
  const report = (path: string, message: string, severity: 'error' | 'warning' = 'error') => {
    const at = offsets.get(path);
    problems.push({ file, path, ...(at === undefined ? {} : where(at)), severity, message });
  };
  if (!isObject(root)) {
    report('', `The file must hold a JSON object, not ${typeName(root)}. Using the default house rules.`);
    return { rules, problems };
  }
  for (const key of Object.keys(root)) {
    if (!KNOWN_KEYS.has(key)) report(`/${pointerSegment(key)}`, `Unknown key “${key}” ignored (known: ${[...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ')}).`, 'warning');
  }
  if ('$schema' in root && typeof root.$schema !== 'string') report('/$schema', `“$schema” must be a string, not ${typeName(root.$schema)}.`);

  const list = (key: string, item: (v: unknown, path: string) => boolean): unknown[] => {
    if (!(key in root)) return [];
    const v = root[key];
    if (!Array.isArray(v)) {
      report(`/${key}`, `“${key}” must be an array, not ${typeName(v)}; ignored.`);
      return [];
    }
    return v.filter((x, i) => item(x, `/${key}/${i}`));
  };
  const stringItem = (v: unknown, path: string) => {
    if (nonEmpty(v)) return true;
    report(path, `Expected a non-empty string, not ${typeof v === 'string' ? 'an empty one' : typeName(v)}; item ignored.`);
    return false;
  };
  const checkKeys = (v: Record<string, unknown>, path: string, allowed: Set<string>) => {
    for (const k of Object.keys(v)) if (!allowed.has(k)) report(`${path}/${pointerSegment(k)}`, `Unknown key “${k}” ignored (known: ${[...allowed].join(', ')}).`, 'warning');
  };

  for (const key of STRING_LISTS) rules[key] = list(key, stringItem) as string[];

  rules.knownPeople = list('knownPeople', (v, path) => {
    if (!isObject(v)) {
      report(path, `A known person must be an object like {"name": "Yair Lapid", "title": "foreign minister"}, not ${typeName(v)}; ignored.`);
      return false;
    }
    checkKeys(v, path, PERSON_KEYS);
    let ok = true;
    if (!('name' in v)) {
      report(path, 'A known person needs a “name”; ignored.');
      ok = false;
    } else if (!nonEmpty(v.name)) {
      report(`${path}/name`, `“name” must be a non-empty string, not ${typeName(v.name)}; person ignored.`);
      ok = false;
    }
    for (const k of ['title', 'affiliation'] as const) {
      if (k in v && !nonEmpty(v[k])) {
        report(`${path}/${k}`, `“${k}” must be a non-empty string, not ${typeName(v[k])}; person ignored.`);
        ok = false;
      }
    }
    if ('official' in v && typeof v.official !== 'boolean') {
      report(`${path}/official`, `“official” must be true or false, not ${typeName(v.official)}; person ignored.`);
      ok = false;
    }
    return ok;
  }) as KnownPersonRule[];

  rules.titles = list('titles', (v, path) => {
    if (typeof v === 'string') return stringItem(v, path);
    if (!isObject(v)) {
      report(path, `A title must be a string or an object like {"text": "ombudsman", "official": true}, not ${typeName(v)}; ignored.`);
      return false;
    }
    checkKeys(v, path, TITLE_KEYS);
    let ok = true;
    if (!('text' in v)) {
      report(path, 'A title object needs a “text”; ignored.');
      ok = false;
    } else if (!nonEmpty(v.text)) {
      report(`${path}/text`, `“text” must be a non-empty string, not ${typeName(v.text)}; title ignored.`);
      ok = false;
    }
    if ('official' in v && typeof v.official !== 'boolean') {
      report(`${path}/official`, `“official” must be true or false, not ${typeName(v.official)}; title ignored.`);
      ok = false;
    }
    return ok;
  }) as HouseRules['titles'];

  if ('nationalities' in root) {
    const v = root.nationalities;
    if (!isObject(v)) report('/nationalities', `“nationalities” must be an object like {"Ruritanian": "Ruritania"}, not ${typeName(v)}; ignored.`);
    else {
      for (const [k, country] of Object.entries(v)) {
        if (nonEmpty(country)) rules.nationalities[k] = country;
        else report(`/nationalities/${pointerSegment(k)}`, `The country for “${k}” must be a non-empty string, not ${typeName(country)}; ignored.`);
      }
    }
  }

  if ('severity' in root) {
    const v = root.severity;
    if (!isObject(v)) report('/severity', `“severity” must be an object like {"anonymous-source": "warning"}, not ${typeName(v)}; ignored.`);
    else {
      for (const [code, setting] of Object.entries(v)) {
        const path = `/severity/${pointerSegment(code)}`;
        if (!isFindingCode(code)) report(path, `Unknown finding code “${code}” (known: ${FINDING_CODES.map((c) => c.code).join(', ')}); ignored.`);
        else if (!isSeveritySetting(setting)) report(path, `Severity of “${code}” must be "error", "warning", "info", "hint" or "off", not ${typeof setting === 'string' ? `"${setting}"` : typeName(setting)}; the default is used.`);
        else rules.severity[code] = setting;
      }
    }
  }

  if ('maxAnonymousShare' in root) {
    const v = root.maxAnonymousShare;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) report('/maxAnonymousShare', `“maxAnonymousShare” must be a number from 0 to 1, not ${typeof v === 'number' ? v : typeName(v)}; ignored.`);
    else rules.maxAnonymousShare = v;
  }
  return { rules, problems };
}

/** One line for a person: `FILE:LINE:COL: error: knownPeople[0].name: MESSAGE`. */
export function formatConfigProblem(p: ConfigProblem): string {
  const at = p.line !== undefined ? `${p.file}:${p.line}:${p.column}` : p.file;
  const path = p.path ? ` ${displayPath(p.path)}:` : '';
  return `${at}: ${p.severity}:${path} ${p.message}`;
}

/** `/knownPeople/0/name` → `knownPeople[0].name`. */
export function displayPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

/** The engine's lexicon extension for these house rules. */
export function lexiconOf(rules: HouseRules): LexiconExtension {
  return {
    knownPeople: rules.knownPeople,
    titles: rules.titles,
    reportingVerbs: rules.reportingVerbs,
    anonymityPhrases: rules.anonymityPhrases,
    vaguePhrases: rules.vaguePhrases,
    media: rules.media,
    organizations: rules.organizations,
    ignoredNames: rules.ignoredNames,
    nationalities: rules.nationalities,
  };
}

/** The review rules (severity overrides) for these house rules. */
export function reviewRulesOf(rules: HouseRules): ReviewRules {
  return { severity: rules.severity };
}

/** Two lexicon extensions as one: lists joined (`b`'s entries after `a`'s), maps merged (`b` wins). */
export function mergeLexicons(a: LexiconExtension | undefined, b: LexiconExtension): LexiconExtension {
  if (!a) return b;
  const list = <T>(x: T[] | undefined, y: T[] | undefined) => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  return {
    reportingVerbs: list(a.reportingVerbs, b.reportingVerbs),
    titles: list(a.titles, b.titles),
    anonymityPhrases: list(a.anonymityPhrases, b.anonymityPhrases),
    vaguePhrases: list(a.vaguePhrases, b.vaguePhrases),
    media: list(a.media, b.media),
    organizations: list(a.organizations, b.organizations),
    knownPeople: list(a.knownPeople, b.knownPeople),
    ignoredNames: list(a.ignoredNames, b.ignoredNames),
    nationalities: a.nationalities || b.nationalities ? { ...a.nationalities, ...b.nationalities } : undefined,
  };
}
