/**
 * HTML escaping for article text, file names and anything else shown in a webview. Pure (no
 * `vscode`): the report renderers in core/ use it, and src/webview-page.ts re-exports it.
 */

/** `&`, `<`, `>`, `"` and `'` as entities: safe in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
