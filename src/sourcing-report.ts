/**
 * `Attribution Lens: Show Sourcing Report`: one webview panel beside the editor with the sourcing
 * report of the active article (core/sourcing-report.ts, rendered by core/report-html.ts inside
 * the page webview-page.ts builds). Like the Markdown preview it follows the active article
 * editor, redraws when the article's analysis is updated (ArticleAnalyses.onDidUpdate, after
 * edits and settings changes), and says so when its article is closed. A link in the report
 * (media/report.js posts `{ type: 'reveal', start, end }`) selects that text in the article
 * through `attributionLens.revealRange`. After a window reload the panel comes back with its
 * article (a webview panel serializer).
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import { ARTICLE_SCHEMES, articleSettings } from './article-settings';
import { reportMessageHtml, sourcingReportHtml } from './core/report-html';
import type { SourcingReportModel } from './core/sourcing-report';
import { documentName, documentOfArgument, documentReport } from './document-report';
import type { HouseRulesService } from './house-rules';
import { REVEAL_RANGE_COMMAND } from './reveal-range';
import { escapeHtml, webviewOptions, webviewPage } from './webview-page';

export const SHOW_SOURCING_REPORT_COMMAND = 'attributionLens.showSourcingReport';
export const SOURCING_REPORT_VIEW_TYPE = 'attributionLens.sourcingReport';

/** The open report panel, as the API shows it to tests. */
export interface SourcingReport extends vscode.Disposable {
  /** The HTML the panel shows, undefined while no panel is open. */
  readonly html: string | undefined;
  /** The model behind it, undefined without a panel or when it shows a message (no article, closed). */
  readonly model: SourcingReportModel | undefined;
  /** The article the panel reports on. */
  readonly document: vscode.TextDocument | undefined;
  readonly panel: vscode.WebviewPanel | undefined;
  /** Fires after the panel's HTML was set. */
  readonly onDidRender: vscode.Event<void>;
  /** Handles a message as if the webview had posted it; resolves to what the command did. */
  receive(message: unknown): Promise<unknown>;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The article of the active editor, or of a visible one when the focus is elsewhere (an output channel). */
export function activeArticle(analyses: ArticleAnalyses): vscode.TextDocument | undefined {
  const isArticle = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => !!e && e.document.uri.scheme !== 'output' && analyses.isArticle(e.document);
  const active = vscode.window.activeTextEditor;
  return (isArticle(active) ? active : vscode.window.visibleTextEditors.find(isArticle))?.document;
}

export function registerSourcingReport(extensionUri: vscode.Uri, analyses: ArticleAnalyses, houseRules: HouseRulesService): SourcingReport {
  let panel: vscode.WebviewPanel | undefined;
  let document: vscode.TextDocument | undefined;
  let html: string | undefined;
  let model: SourcingReportModel | undefined;
  /** The article's last editor tab was closed (its document may stay loaded for a while). */
  let tabClosed = false;
  const rendered = new vscode.EventEmitter<void>();
  const panelSubscriptions: vscode.Disposable[] = [];

  const setBody = (title: string, body: string): void => {
    if (!panel) return;
    panel.title = title;
    // media/report.js keeps the scroll position per document.
    const wrapped = `<div id="report" data-document="${escapeHtml(document?.uri.toString() ?? '')}">\n${body}\n</div>`;
    html = webviewPage({ webview: panel.webview, extensionUri, title, body: wrapped, styles: ['report.css'], scripts: ['report.js'] });
    panel.webview.html = html;
    rendered.fire();
  };

  /** The document `model` reports on. */
  let modelDocument: vscode.TextDocument | undefined;

  const message = (title: string, text: string): void => {
    model = undefined;
    modelDocument = undefined;
    setBody(title, reportMessageHtml('Sourcing report', text));
  };

  const render = (): void => {
    if (!panel) return;
    if (!document) return message('Sourcing Report', 'Open an article (plain text or Markdown) to see its sourcing report.');
    const name = documentName(document);
    const title = `Sourcing: ${name}`;
    if (document.isClosed || tabClosed) return message(title, `${name} was closed. Open an article to see its sourcing report.`);
    const analysis = analyses.get(document);
    if (!analysis && analyses.isArticle(document)) {
      // A long article is analysed in the background: its update redraws the report, and until
      // then the report of its previous version stays.
      if (model && modelDocument === document) return;
      return message(title, `Analysing ${name}…`);
    }
    if (!analysis) return message(title, `${name} is not analysed as an article (see the attributionLens.languages and attributionLens.exclude settings).`);
    try {
      model = documentReport(document, analysis, houseRules);
      modelDocument = document;
      setBody(title, sourcingReportHtml(model));
    } catch (err) {
      message(title, `The report could not be built: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  /** Shows `doc` in the panel (when it is another document than the one shown). */
  const follow = (doc: vscode.TextDocument): void => {
    if (doc === document && model) return;
    document = doc;
    tabClosed = false;
    render();
  };

  /** Whether an editor tab shows the document. */
  const hasTab = (uri: vscode.Uri): boolean =>
    vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));

  const receive = async (message: unknown): Promise<unknown> => {
    const m = message as { type?: unknown; start?: unknown; end?: unknown } | null;
    if (typeof m !== 'object' || m === null || m.type !== 'reveal' || !isCount(m.start) || !isCount(m.end) || m.end < m.start) return undefined;
    if (!document || document.isClosed) return undefined;
    return vscode.commands.executeCommand(REVEAL_RANGE_COMMAND, document.uri, m.start, m.end);
  };

  /** Wires a panel (new, or restored after a reload) to the report. */
  const adopt = (created: vscode.WebviewPanel): vscode.WebviewPanel => {
    created.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'attribution-lens.svg');
    panelSubscriptions.push(
      created.webview.onDidReceiveMessage((msg) => void receive(msg)),
      created.onDidDispose(() => {
        panel = undefined;
        document = undefined;
        html = undefined;
        model = undefined;
        for (const d of panelSubscriptions.splice(0)) d.dispose();
      }),
    );
    return created;
  };

  const open = (): vscode.WebviewPanel =>
    adopt(vscode.window.createWebviewPanel(SOURCING_REPORT_VIEW_TYPE, 'Sourcing Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(extensionUri)));

  /** After a window reload, VS Code hands back the open panel with the state media/report.js saved (`{ document }`). */
  const serializer = vscode.window.registerWebviewPanelSerializer(SOURCING_REPORT_VIEW_TYPE, {
    deserializeWebviewPanel: async (restored: vscode.WebviewPanel, state: unknown) => {
      if (panel) {
        restored.dispose();
        return;
      }
      restored.webview.options = webviewOptions(extensionUri);
      panel = adopt(restored);
      const saved = typeof state === 'object' && state !== null ? (state as { document?: unknown }).document : undefined;
      const uri = typeof saved === 'string' && saved ? saved : undefined;
      document = (uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined) ?? activeArticle(analyses);
      if (!document && uri) {
        try {
          document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
        } catch {
          document = undefined;
        }
      }
      tabClosed = false;
      render();
    },
  });

  const command = vscode.commands.registerCommand(SHOW_SOURCING_REPORT_COMMAND, async (uri?: unknown): Promise<SourcingReportModel | undefined> => {
    let doc = uri instanceof vscode.Uri ? await documentOfArgument(uri) : activeArticle(analyses);
    doc ??= document && !document.isClosed ? document : undefined;
    if (!doc || !analyses.isArticle(doc)) {
      void vscode.window.showInformationMessage('Attribution Lens: open an article (plain text or Markdown) first.');
      return undefined;
    }
    if (panel) panel.reveal(panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    else panel = open();
    document = doc;
    tabClosed = false;
    render();
    return model;
  });

  /**
   * The article languages and schemes as context keys: the editor title's report button tests
   * each editor group's own editor (`resourceLangId in attributionLens.articleLanguages`), not
   * the active one, so a second group with another file shows no button.
   */
  const setArticleLanguages = () => void vscode.commands.executeCommand('setContext', 'attributionLens.articleLanguages', articleSettings().languages);
  setArticleLanguages();
  void vscode.commands.executeCommand('setContext', 'attributionLens.articleSchemes', [...ARTICLE_SCHEMES]);

  const subscriptions = [
    command,
    serializer,
    rendered,
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (panel && editor && editor.document.uri.scheme !== 'output' && analyses.isArticle(editor.document)) follow(editor.document);
    }),
    analyses.onDidUpdate((e) => {
      if (panel && e.document === document) render();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (panel && doc === document) render();
    }),
    // Closing the article's last tab closes the article for the user, before VS Code unloads it.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (!panel || !document || tabClosed || !e.closed.length || hasTab(document.uri)) return;
      tabClosed = true;
      render();
    }),
    // Severities, languages and exclusions change what the report says.
    analyses.onDidChangeSettings(() => {
      setArticleLanguages();
      if (panel) render();
    }),
  ];

  return {
    get html() {
      return panel ? html : undefined;
    },
    get model() {
      return panel ? model : undefined;
    },
    get document() {
      return panel ? document : undefined;
    },
    get panel() {
      return panel;
    },
    onDidRender: rendered.event,
    receive,
    dispose: () => {
      panel?.dispose();
      for (const d of subscriptions) d.dispose();
    },
  };
}
