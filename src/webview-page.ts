/**
 * The one way this extension builds webview HTML: a strict Content-Security-Policy (no inline
 * script or style, scripts only with a fresh nonce, resources only from the extension's `media/`
 * folder), and `escapeHtml` for every piece of article text. Article text is untrusted: a quote
 * may contain `<script>`, `<img onerror=…>` or `javascript:` links, and must show as text.
 */
import * as vscode from 'vscode';
import { escapeHtml } from './core/html-escape';

export { escapeHtml };

/** A fresh nonce (base64url of 16 random bytes) for the page's own scripts. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}

/** Webview options: scripts on (only the nonce'd ones run), resources only from `media/`. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

/** The theme's font, colours and links, shared by every page (media/webview-base.css). */
const BASE_STYLESHEET = 'webview-base.css';

export interface WebviewPageParts {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  /** Plain text; escaped here. */
  title: string;
  /** HTML built with `escapeHtml` around every piece of article text. */
  body: string;
  /** File names under `media/` (the page's own stylesheets, after webview-base.css). */
  styles?: string[];
  /** File names under `media/` (scripts, loaded with the page's nonce). */
  scripts?: string[];
}

/** The complete page: CSP meta first, then the media stylesheets, the body and the nonce'd scripts. */
export function webviewPage(parts: WebviewPageParts): string {
  const { webview, extensionUri } = parts;
  const nonce = makeNonce();
  const media = (file: string) => escapeHtml(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString());
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    ...[BASE_STYLESHEET, ...(parts.styles ?? [])].map((f) => `<link rel="stylesheet" href="${media(f)}">`),
    `<title>${escapeHtml(parts.title)}</title>`,
    '</head>',
    '<body>',
    parts.body,
    ...(parts.scripts ?? []).map((f) => `<script nonce="${nonce}" src="${media(f)}"></script>`),
    '</body>',
    '</html>',
  ].join('\n');
}
