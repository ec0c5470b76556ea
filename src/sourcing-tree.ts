/**
 * The Sourcing view's TreeDataProvider: shows the tree model (sourcing-tree-model.ts) of one
 * article's analysis as VS Code tree items: codicons coloured by the theme, the filter's
 * matches highlighted, and a command that selects the item's text in the editor.
 */
import { REVEAL_RANGE_COMMAND } from './reveal-range';
import * as vscode from 'vscode';
import type { Analysis } from './core/types';
import { buildSourcingTree, DEFAULT_OPTIONS, nodeAt, type SourcingNode, type SourcingTreeOptions, type Tone } from './sourcing-tree-model';
import { rangeOf } from './ranges';
import { documentPositions, documentText } from './document-text';


const TONE_COLORS: Record<Tone, string> = {
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  info: 'problemsInfoIcon.foreground',
  hint: 'problemsInfoIcon.foreground',
  anonymous: 'problemsWarningIcon.foreground',
  official: 'symbolIcon.constantForeground',
};

interface Shown {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** The document version the analysis is of, and its text. */
  version: number;
  text: string;
}

export class SourcingTreeProvider implements vscode.TreeDataProvider<SourcingNode>, vscode.Disposable {
  private shown: Shown | undefined;
  /** Built when the view asks (a hidden view never does): undefined until then. */
  private roots: SourcingNode[] | undefined;
  private opts: SourcingTreeOptions = { ...DEFAULT_OPTIONS };
  private readonly changed = new vscode.EventEmitter<SourcingNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** The article the tree shows, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.shown?.document;
  }

  get analysis(): Analysis | undefined {
    return this.shown?.analysis;
  }

  /** Whether the tree shows the analysis of the document as it is now. */
  get current(): boolean {
    return !!this.shown && this.shown.version === this.shown.document.version;
  }

  get options(): Readonly<SourcingTreeOptions> {
    return this.opts;
  }

  /** Shows an article's analysis. */
  show(document: vscode.TextDocument, analysis: Analysis): void {
    this.shown = { document, analysis, version: document.version, text: documentText(document) };
    this.rebuild();
  }

  /** Shows nothing (the view's welcome content appears). */
  clear(): void {
    this.shown = undefined;
    this.rebuild();
  }

  setOptions(change: Partial<SourcingTreeOptions>): void {
    this.opts = { ...this.opts, ...change };
    this.rebuild();
  }

  /** The item for an offset of the shown document (a quote, mention or problem there). */
  itemAt(offset: number): SourcingNode | undefined {
    return nodeAt(this.built(), offset);
  }

  private rebuild(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  private built(): SourcingNode[] {
    return (this.roots ??= this.shown ? buildSourcingTree(this.shown.text, this.shown.analysis, this.opts) : []);
  }

  getChildren(element?: SourcingNode): SourcingNode[] {
    return element ? element.children : this.built();
  }

  getParent(element: SourcingNode): SourcingNode | undefined {
    return element.parent;
  }

  getTreeItem(n: SourcingNode): vscode.TreeItem {
    const state = n.children.length === 0 ? vscode.TreeItemCollapsibleState.None : n.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem({ label: n.label, highlights: n.highlights.length ? n.highlights : undefined }, state);
    item.id = n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = n.kind;
    item.iconPath = new vscode.ThemeIcon(n.icon, n.tone ? new vscode.ThemeColor(TONE_COLORS[n.tone]) : undefined);
    const doc = this.shown?.document;
    if (n.span && doc && !doc.isClosed) {
      const range = rangeOf(documentPositions(doc), n.span);
      item.command = { command: REVEAL_RANGE_COMMAND, title: 'Select in Editor', arguments: [doc.uri, range, { preserveFocus: true }] };
      item.accessibilityInformation = { label: `${n.label}, ${n.description}` };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
