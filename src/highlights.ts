/**
 * Highlights in article editors what a grammar cannot know: named officials, who said each
 * quote (the speaker mention, a colour per speaker on its quote marks and mentions, a hint after
 * the quote naming the speaker), and the problems: unattributed quotes, anonymous sources and
 * vague attributions (also marked in the overview ruler).
 *
 * Decorations follow the shared analysis (`ArticleAnalyses.onDidUpdate`); ranges are computed
 * once per analysis and only the visible editors of the updated document are redrawn, and of
 * those only the kinds whose decorations changed (VS Code moves the others along with an edit
 * elsewhere: edit-region.ts).
 */
import * as vscode from 'vscode';
import type { Analysis } from './core/types';
import type { ArticleAnalyses } from './article-analyses';
import { articleHighlights, HIGHLIGHT_KINDS, type ArticleHighlights, type HighlightKind } from './highlight-ranges';
import { highlightSettings, settingOf } from './highlight-settings';
import { EditRegion } from './edit-region';

const colour = (id: string) => new vscode.ThemeColor(`attributionLens.${id}`);

function decorationStyle(kind: HighlightKind): vscode.DecorationRenderOptions {
  const closed = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  switch (kind) {
    case 'official':
      return { ...closed, backgroundColor: colour('officialBackground'), outline: '1px solid', outlineColor: colour('officialBorder'), borderRadius: '2px' };
    case 'speaker':
      return { ...closed, color: colour('speakerForeground'), fontWeight: 'bold' };
    case 'speakerHint':
      return {
        ...closed,
        after: { color: new vscode.ThemeColor('editorInlayHint.foreground'), backgroundColor: new vscode.ThemeColor('editorInlayHint.background'), fontStyle: 'italic', margin: '0 0 0 0.4em' },
      };
    case 'unattributedQuote':
      return {
        ...closed,
        backgroundColor: colour('unattributedQuoteBackground'),
        borderStyle: 'none none dashed none',
        borderWidth: '0 0 1px 0',
        borderColor: colour('unattributedQuoteBorder'),
        overviewRulerColor: colour('unattributedQuoteBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
    case 'anonymousSource':
      return {
        ...closed,
        backgroundColor: colour('anonymousSourceBackground'),
        textDecoration: 'underline dotted',
        overviewRulerColor: colour('anonymousSourceRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
    case 'vagueAttribution':
      return {
        ...closed,
        backgroundColor: colour('vagueAttributionBackground'),
        textDecoration: 'underline dashed',
        overviewRulerColor: colour('vagueAttributionRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
    default:
      // A speaker's palette colour: under its quote marks and its mentions.
      return { ...closed, borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: colour(kind) };
  }
}

interface Applied {
  analysis: Analysis | undefined;
  settings: string;
  shown: ArticleHighlights;
  /** The document's edits since: VS Code has moved the decorations they touched. */
  edits: EditRegion;
}

/** Whether two lists of decorations draw the same (ranges, and the hint's text and colour). */
function sameDecorations(a: readonly vscode.DecorationOptions[], b: readonly vscode.DecorationOptions[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!a[i].range.isEqual(b[i].range)) return false;
    const x = a[i].renderOptions?.after;
    const y = b[i].renderOptions?.after;
    if (x !== y && (x?.contentText !== y?.contentText || x?.color !== y?.color)) return false;
  }
  return true;
}

/** The highlights feature; the extension-host tests read what it applied through the API. */
export class Highlights implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private readonly computed = new WeakMap<Analysis, ArticleHighlights>();
  private readonly applied = new WeakMap<vscode.TextEditor, Applied>();
  private readonly applyEmitter = new vscode.EventEmitter<vscode.TextEditor>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Highlights were drawn in (or cleared from) an editor. */
  readonly onDidApply = this.applyEmitter.event;

  constructor(private readonly analyses: ArticleAnalyses) {
    for (const kind of HIGHLIGHT_KINDS) this.types.set(kind, vscode.window.createTextEditorDecorationType(decorationStyle(kind)));
    this.subscriptions.push(
      this.applyEmitter,
      analyses.onDidUpdate(({ document, analysis }) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.render(editor, analysis);
      }),
      analyses.onDidChangeSettings(() => this.renderAll(vscode.window.visibleTextEditors)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.renderAll(editors)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        for (const editor of vscode.window.visibleTextEditors) {
          const edits = editor.document === e.document ? this.applied.get(editor)?.edits : undefined;
          if (edits) for (const change of e.contentChanges) edits.add(change);
        }
      }),
    );
    // Editors open at activation are drawn when their first analysis arrives (onDidUpdate):
    // nothing is analysed while the extension activates.
  }

  /** What was last drawn in the editor, per kind (the arrays given to `setDecorations`); undefined if nothing ever was. */
  rangesFor(editor: vscode.TextEditor): Readonly<ArticleHighlights> | undefined {
    return this.applied.get(editor)?.shown;
  }

  private renderAll(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) {
      const doc = editor.document;
      // Nothing to do for a document that is not an article and was never highlighted.
      if (!this.analyses.isArticle(doc) && !this.applied.has(editor)) continue;
      this.render(editor, this.analyses.get(doc));
    }
  }

  private highlightsOf(doc: vscode.TextDocument, analysis: Analysis): ArticleHighlights {
    let h = this.computed.get(analysis);
    if (!h) {
      h = articleHighlights(doc, analysis);
      this.computed.set(analysis, h);
    }
    return h;
  }

  private render(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const settings = highlightSettings(editor.document);
    const key = JSON.stringify(settings);
    const previous = this.applied.get(editor);
    if (previous ? previous.analysis === analysis && previous.settings === key : !analysis) return;
    const all = analysis ? this.highlightsOf(editor.document, analysis) : undefined;
    const shown = {} as ArticleHighlights;
    for (const kind of HIGHLIGHT_KINDS) {
      shown[kind] = all && settings[settingOf(kind)] ? all[kind] : [];
      // A kind whose decorations are where VS Code already shows them (an edit elsewhere) is not sent again.
      const before = previous?.shown[kind];
      if (before && !previous.edits.touchesAny(before) && sameDecorations(before, shown[kind])) continue;
      editor.setDecorations(this.types.get(kind)!, shown[kind]);
    }
    this.applied.set(editor, { analysis, settings: key, shown, edits: new EditRegion() });
    this.applyEmitter.fire(editor);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }
}

export function registerHighlights(analyses: ArticleAnalyses): Highlights {
  return new Highlights(analyses);
}
