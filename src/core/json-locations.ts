/**
 * A strict JSON parser (RFC 8259) that also records where each value starts, keyed by JSON
 * pointer (`/knownPeople/0/name`), so configuration errors can name a line and column.
 * Syntax errors throw `JsonSyntaxError` with the offset of the problem.
 */

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface LocatedJson {
  value: unknown;
  /** JSON pointer → offset where that value starts (for object members: where the key starts). */
  offsets: Map<string, number>;
}

export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parseLocatedJson(text: string): LocatedJson {
  const offsets = new Map<string, number>();
  let i = 0;
  const fail = (msg: string, at = i): never => {
    throw new JsonSyntaxError(msg, at);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const describe = (at: number) => (at >= text.length ? 'end of file' : `“${text[at]}”`);

  function value(pointer: string, keyAt?: number): unknown {
    ws();
    offsets.set(pointer, keyAt ?? i);
    const c = text[i];
    if (c === '{') return object(pointer);
    if (c === '[') return array(pointer);
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(`Expected a value, found ${describe(i)}`);
  }

  function object(pointer: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail(`Expected a property name in double quotes, found ${describe(i)}`);
      const keyAt = i;
      const key = string();
      ws();
      if (text[i] !== ':') fail(`Expected “:” after the property name, found ${describe(i)}`);
      i++;
      out[key] = value(`${pointer}/${pointerSegment(key)}`, keyAt);
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      fail(`Expected “,” or “}”, found ${describe(i)}`);
    }
  }

  function array(pointer: string): unknown[] {
    const out: unknown[] = [];
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value(`${pointer}/${out.length}`));
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      fail(`Expected “,” or “]”, found ${describe(i)}`);
    }
  }

  function string(): string {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i, i + 100000));
    if (!m) {
      const end = text.indexOf('"', i + 1);
      return fail(end < 0 ? 'Unterminated string' : 'Invalid character or escape in a string');
    }
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  }

  function number(): number {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('Invalid number');
    i += m[0].length;
    return Number(m[0]);
  }

  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  i = start;
  const v = value('');
  ws();
  if (i < text.length) fail(`Unexpected ${describe(i)} after the JSON value`);
  return { value: v, offsets };
}
