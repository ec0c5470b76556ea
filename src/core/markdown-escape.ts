/**
 * Escaping article text for Markdown hovers and tooltips: a name or a quote may contain `*`,
 * `_`, `[`, backticks or HTML (`<img …>`), which must show as typed, never as formatting, links
 * or markup. No `vscode` import (unit-tested).
 */

/** Characters with a meaning in (CommonMark or VS Code) Markdown, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$:]/g;

/**
 * The text as it reads, for inline use in Markdown: Markdown punctuation backslash-escaped,
 * `<`, `>` and `&` as HTML entities, white space (line breaks included) folded to one space.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&');
}
