/**
 * Tokenizes text with the extension's grammars the way VS Code does: vscode-textmate on the
 * Oniguruma WebAssembly build, the grammars and their `injectTo` read from package.json, and the
 * real Markdown grammar (the one VS Code ships, from tm-grammars) as the base for Markdown.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// out/test/syntaxes/ -> project root
export const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

export function contributedGrammars(): GrammarContribution[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return pkg.contributes?.grammars ?? [];
}

// The Markdown grammar VS Code ships and the HTML grammars it includes (text.plain and
// text.article are the extension's own).
const BASE_GRAMMARS: Record<string, () => vsctm.IRawGrammar> = {
  'text.html.markdown': () => tmGrammar('markdown.json'),
  'text.html.derivative': () => tmGrammar('html-derivative.json'),
  'text.html.basic': () => tmGrammar('html.json'),
};

function tmGrammar(file: string): vsctm.IRawGrammar {
  const json = fs.readFileSync(require.resolve(`tm-grammars/grammars/${file}`), 'utf8');
  return vsctm.parseRawGrammar(json, file);
}

let registry: Promise<vsctm.Registry> | undefined;

function createRegistry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  const contributions = contributedGrammars();
  return Promise.resolve(
    new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        const own = contributions.find((g) => g.scopeName === scopeName);
        if (own) {
          const file = path.join(ROOT, own.path);
          return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
        }
        return BASE_GRAMMARS[scopeName]?.() ?? null;
      },
      // As VS Code: a grammar injected into `text` or `text.html` is injected into `text.html.markdown` too.
      getInjections: (scopeName) => {
        const prefixes = scopeName.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
        return contributions.filter((g) => g.injectTo?.some((t) => prefixes.includes(t))).map((g) => g.scopeName);
      },
    }),
  );
}

export interface Token {
  text: string;
  scopes: string[];
}

/** The tokens of `text` (lines joined by \n) under the grammar `scopeName`. */
export async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const reg = await (registry ??= createRegistry());
  const grammar = await reg.loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  let state = vsctm.INITIAL;
  const lines: Token[][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    lines.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return lines;
}

/** The text of every run of tokens whose scopes include one starting with `scope`, line by line joined. */
export function spans(lines: Token[][], scope: string): string[] {
  const out: string[] = [];
  for (const tokens of lines) {
    let current: string | undefined;
    for (const t of tokens) {
      const inside = t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
      if (inside) current = (current ?? '') + t.text;
      else if (current !== undefined) {
        out.push(current);
        current = undefined;
      }
    }
    if (current !== undefined) out.push(current);
  }
  return out;
}
