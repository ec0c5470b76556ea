/**
 * The "Sourcing" view in the Attribution Lens activity-bar container: it shows the active
 * article's quotes, people, unattributed and anonymous sourcing, and organizations
 * (sourcing-tree.ts), follows the active editor and the user's edits (through the shared
 * analysis cache, never analysing itself), selects an item's text when it is chosen, finds the
 * item at the cursor, and carries the toolbar's grouping, sorting and filter commands.
 */
import * as vscode from 'vscode';
import type { ArticleAnalyses } from './article-analyses';
import { SETTINGS_SECTION } from './article-settings';
import { problemSummary, type SourcingNode } from './sourcing-tree-model';
import { SourcingTreeProvider } from './sourcing-tree';
import SAMPLE_ARTICLE from '../samples/envoy-summoned.md';

export const SOURCING_VIEW_ID = 'attributionLens.sources';
export const REVEAL_IN_TREE_COMMAND = 'attributionLens.revealInTree';
const FOLLOW_CURSOR_SETTING = 'tree.followCursor';
const FOLLOW_RETRIES = 5;
const FOLLOW_RETRY_MS = 100;

/** Commands of the view's toolbar (view/title). */
export const TREE_COMMANDS = {
  refresh: 'attributionLens.tree.refresh',
  quotesBySpeaker: 'attributionLens.tree.groupQuotesBySpeaker',
  quotesInOrder: 'attributionLens.tree.listQuotesInOrder',
  peopleOfficialsFirst: 'attributionLens.tree.sortPeopleOfficialsFirst',
  peopleByMentions: 'attributionLens.tree.sortPeopleByMentions',
  filter: 'attributionLens.tree.filter',
  clearFilter: 'attributionLens.tree.clearFilter',
  openSample: 'attributionLens.openSample',
} as const;

/** Context keys the menus and the welcome content read. */
const CONTEXT = {
  hasArticle: 'attributionLens.tree.hasArticle',
  quoteOrder: 'attributionLens.tree.quoteOrder',
  peopleOrder: 'attributionLens.tree.peopleOrder',
  filtered: 'attributionLens.tree.filtered',
  editorIsArticle: 'attributionLens.tree.editorIsArticle',
} as const;

/** Context keys as last set: each set is a message to the workbench, and the tree updates on every edit. */
const contextValues = new Map<string, unknown>();

function setContext(key: string, value: unknown): void {
  if (contextValues.has(key) && contextValues.get(key) === value) return;
  contextValues.set(key, value);
  void vscode.commands.executeCommand('setContext', key, value);
}

function fileName(doc: vscode.TextDocument): string {
  return doc.uri.path.split('/').pop() || doc.uri.toString();
}

/** The registered view: its tree (the data provider) and the TreeView itself. */
export class SourcingView implements vscode.Disposable {
  constructor(
    readonly tree: SourcingTreeProvider,
    readonly view: vscode.TreeView<SourcingNode>,
    private readonly disposable: vscode.Disposable,
  ) {}

  dispose(): void {
    this.disposable.dispose();
  }
}

export function registerSourcingView(analyses: ArticleAnalyses): SourcingView {
  const tree = new SourcingTreeProvider();
  const view = vscode.window.createTreeView(SOURCING_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const subscriptions: vscode.Disposable[] = [tree, view];

  const updateView = (): void => {
    const doc = tree.document;
    const analysis = tree.analysis;
    setContext(CONTEXT.hasArticle, !!doc);
    setContext(CONTEXT.quoteOrder, tree.options.quoteOrder);
    setContext(CONTEXT.peopleOrder, tree.options.peopleOrder);
    setContext(CONTEXT.filtered, !!tree.options.filter);
    // Only what changed is sent (each property set is a message to the workbench).
    const description = doc ? fileName(doc) : undefined;
    if (view.description !== description) view.description = description;
    const summary = analysis ? problemSummary(analysis) : undefined;
    const badge = summary && summary.count ? { value: summary.count, tooltip: summary.tooltip } : undefined;
    if (view.badge?.value !== badge?.value || view.badge?.tooltip !== badge?.tooltip) view.badge = badge;
    const filter = tree.options.filter;
    const message = !doc || !filter ? undefined : tree.getChildren().length ? `Filtered by “${filter}”` : `Nothing matches “${filter}”.`;
    if (view.message !== message) view.message = message;
  };
  subscriptions.push(tree.onDidChangeTreeData(updateView));

  /**
   * Shows the article of the active editor. Another editor (an output channel, settings) leaves
   * the tree on the last article while that article is still visible; otherwise the tree empties.
   */
  const follow = (editor: vscode.TextEditor | undefined): void => {
    setContext(CONTEXT.editorIsArticle, !!editor && analyses.isArticle(editor.document));
    if (editor && analyses.isArticle(editor.document)) {
      const analysis = analyses.get(editor.document);
      if (analysis && (tree.document !== editor.document || !tree.current || tree.analysis !== analysis)) tree.show(editor.document, analysis);
      return;
    }
    const shown = tree.document;
    if (shown && (shown.isClosed || !analyses.isArticle(shown) || !vscode.window.visibleTextEditors.some((e) => e.document === shown))) tree.clear();
  };

  subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.window.onDidChangeVisibleTextEditors(() => follow(vscode.window.activeTextEditor)),
    analyses.onDidUpdate(({ document, analysis }) => {
      if (!(tree.document === document || (!tree.document && vscode.window.activeTextEditor?.document === document))) return;
      tree.show(document, analysis);
      // The rebuilt tree has new items: select the one at the cursor again.
      const active = vscode.window.activeTextEditor;
      if (active?.document === document) followCursor(active, false);
    }),
    analyses.onDidClose(() => {
      if (!tree.document?.isClosed) return;
      tree.clear();
      follow(vscode.window.activeTextEditor);
    }),
    analyses.onDidChangeSettings(() => follow(vscode.window.activeTextEditor)),
  );

  /** The id of the item the cursor last asked the view to select. */
  let lastFollowed: string | undefined;
  /**
   * attributionLens.tree.followCursor: the visible view selects the item at the cursor.
   * `keepCovering`: leave a selected item that still covers the cursor (chosen in the tree).
   */
  const followCursor = (editor: vscode.TextEditor, keepCovering: boolean, attempt = 0): void => {
    // The tree's own document is enough: the active editor can lag behind when the view has the focus.
    if (!view.visible || editor.document !== tree.document || !tree.current) return;
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION, editor.document).get<boolean>(FOLLOW_CURSOR_SETTING, false)) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    // Only an item the cursor search could pick (a leaf) counts as covering it, not a group or a person.
    const selected = view.selection[0];
    const span = selected && !selected.children.length ? selected.span : undefined;
    if (keepCovering && span && span.start <= offset && offset <= span.end) return;
    const item = tree.itemAt(offset);
    if (!item) return;
    // A reveal racing a rebuild of the tree (an analysis update, a settings change) can be
    // rejected by the workbench, and reveals can finish out of order (one that expands a group
    // is slower), leaving an earlier cursor's item selected: whenever one ends with another item
    // selected than the last one asked for, follow the cursor again, waiting longer each time.
    const retry = () => {
      if (attempt < FOLLOW_RETRIES) setTimeout(() => !editor.document.isClosed && followCursor(editor, false, attempt + 1), FOLLOW_RETRY_MS * 2 ** attempt);
    };
    lastFollowed = item.id;
    view.reveal(item, { select: true, focus: false }).then(() => {
      if (view.selection[0]?.id !== lastFollowed) retry();
    }, retry);
  };

  /** The item at the cursor of the active article, after bringing the tree up to date. */
  const itemAtCursor = (): SourcingNode | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !analyses.isArticle(editor.document)) return undefined;
    follow(editor);
    return tree.itemAt(editor.document.offsetAt(editor.selection.active));
  };

  subscriptions.push(
    vscode.commands.registerCommand(REVEAL_IN_TREE_COMMAND, async (): Promise<SourcingNode | undefined> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !analyses.isArticle(editor.document)) {
        void vscode.window.showInformationMessage('Attribution Lens: open an article (plain text or Markdown) first.');
        return undefined;
      }
      const item = itemAtCursor();
      if (!item) {
        const filter = tree.options.filter ? ` (the Sourcing view is filtered by “${tree.options.filter}”)` : '';
        void vscode.window.showInformationMessage(`Attribution Lens: no quote, mention or source at the cursor${filter}.`);
        return undefined;
      }
      await view.reveal(item, { select: true, focus: true, expand: true });
      return item;
    }),
    // attributionLens.tree.followCursor: the visible view selects the item at the cursor as it moves.
    vscode.window.onDidChangeTextEditorSelection((e) => followCursor(e.textEditor, true)),
    vscode.commands.registerCommand(TREE_COMMANDS.refresh, () => {
      const doc = tree.document;
      const analysis = doc && !doc.isClosed ? analyses.get(doc) : undefined;
      if (doc && analysis) tree.show(doc, analysis);
      else follow(vscode.window.activeTextEditor);
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.quotesBySpeaker, () => tree.setOptions({ quoteOrder: 'speaker' })),
    vscode.commands.registerCommand(TREE_COMMANDS.quotesInOrder, () => tree.setOptions({ quoteOrder: 'document' })),
    vscode.commands.registerCommand(TREE_COMMANDS.peopleOfficialsFirst, () => tree.setOptions({ peopleOrder: 'officials' })),
    vscode.commands.registerCommand(TREE_COMMANDS.peopleByMentions, () => tree.setOptions({ peopleOrder: 'mentions' })),
    // With a string argument (a keybinding, a test) the filter is set without asking.
    vscode.commands.registerCommand(TREE_COMMANDS.filter, async (text?: unknown) => {
      const filter =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: 'Filter the Sourcing view',
              prompt: 'Show the quotes, people and sources whose label or description contains this text (empty to clear).',
              placeHolder: 'e.g. a name, “official”, “anonymous”',
              value: tree.options.filter,
            });
      if (filter !== undefined) tree.setOptions({ filter: filter.trim() });
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.clearFilter, () => tree.setOptions({ filter: '' })),
    vscode.commands.registerCommand(TREE_COMMANDS.openSample, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: SAMPLE_ARTICLE });
      return vscode.window.showTextDocument(doc, { preview: false });
    }),
  );

  // The engine never runs during activation: the first analysis of the active article arrives
  // through onDidUpdate right after it (or when the article is opened).
  const active = vscode.window.activeTextEditor;
  setContext(CONTEXT.editorIsArticle, !!active && analyses.isArticle(active.document));
  updateView();
  return new SourcingView(tree, view, vscode.Disposable.from(...subscriptions));
}
