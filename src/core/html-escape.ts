/**
 * Escaping article text for HTML: article text is untrusted (a quote may hold `<script>`,
 * `<img onerror=…>` or a `javascript:` link) and must show as typed. No `vscode` import, so the
 * pure report renderers (core/report-html.ts) and the webview builder (webview-page.ts) share it.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `&`, `<`, `>`, `"` and `'` as entities: safe in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
