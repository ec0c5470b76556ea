/**
 * The Sourcing view in a real VS Code, read through the extension's API (the TreeDataProvider
 * and the TreeView): groups and counts, quotes by speaker, people, an item's command selecting
 * its text, following edits and the active editor, the filter, the toolbar toggles, and
 * "Reveal in Sourcing View" for the cursor.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcingNode } from '../../src/sourcing-tree-model';
import type { SourcingView } from '../../src/sourcing-view';
import { closeAllEditors, extensionApi, openArticle, openSample, SAMPLE, until } from './helpers';

const labels = (nodes: readonly SourcingNode[]): string[] => nodes.map((n) => n.label);

function under(nodes: readonly SourcingNode[], label: string): SourcingNode {
  const found = nodes.find((n) => n.label === label || n.label.startsWith(`${label} (`));
  assert.ok(found, `no ${JSON.stringify(label)} among ${JSON.stringify(labels(nodes))}`);
  return found;
}

/** The view's badge (read through a call: an assertion on it must not narrow later reads). */
const badge = (view: SourcingView): vscode.ViewBadge | undefined => view.view.badge;

async function sourcing(): Promise<SourcingView> {
  return (await extensionApi()).tree;
}

/** Waits until the tree shows the analysis of the document as it is now. */
async function shown(view: SourcingView, doc: vscode.TextDocument): Promise<SourcingNode[]> {
  await until(`the tree to show ${doc.uri.toString()}`, () => (view.tree.document === doc && view.tree.current) || undefined);
  return view.tree.getChildren();
}

async function openSampleTree(): Promise<{ editor: vscode.TextEditor; view: SourcingView; roots: SourcingNode[] }> {
  const editor = await openSample();
  const view = await sourcing();
  return { editor, view, roots: await shown(view, editor.document) };
}

describe('the Sourcing view (tree)', function () {
  // The workbench is slow to switch editors on a loaded machine: allow each test more time.
  this.timeout(60_000);

  afterEach(async () => {
    const view = await sourcing();
    await vscode.commands.executeCommand('attributionLens.tree.clearFilter');
    await vscode.commands.executeCommand('attributionLens.tree.groupQuotesBySpeaker');
    await vscode.commands.executeCommand('attributionLens.tree.sortPeopleOfficialsFirst');
    assert.deepStrictEqual(view.tree.options, { quoteOrder: 'speaker', peopleOrder: 'officials', filter: '' });
    await closeAllEditors();
  });

  it('is contributed to its own activity-bar container, with welcome content', () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.contributes?.views?.attributionLens);
    assert.ok(ext, 'no extension contributes the attributionLens view container');
    const contributes = ext.packageJSON.contributes;
    assert.ok(contributes.viewsContainers.activitybar.some((c: { id: string }) => c.id === 'attributionLens'));
    assert.ok(contributes.views.attributionLens.some((v: { id: string; name: string }) => v.id === 'attributionLens.sources' && v.name === 'Sourcing'));
    const welcome = contributes.viewsWelcome.find((w: { view: string }) => w.view === 'attributionLens.sources');
    assert.ok(welcome.contents.includes('Open a plain text or Markdown article to see its quotes, people and sources.'));
  });

  it('shows the four groups with their counts, and the problems on the badge', async () => {
    const { editor, view, roots } = await openSampleTree();
    const analysis = (await extensionApi()).analyses.get(editor.document)!;
    const problems = analysis.findings.filter((f) => f.code !== 'unbalanced-quote').length;
    const organizations = new Set(analysis.sources.filter((s) => s.kind === 'organization' || s.kind === 'media').map((s) => `${s.kind}:${(s.name ?? s.text).toLowerCase()}`));
    for (const q of analysis.quotes) if (q.speaker.kind === 'organization' || q.speaker.kind === 'media') organizations.add(`${q.speaker.kind}:${q.speaker.name!.toLowerCase()}`);
    assert.deepStrictEqual(labels(roots), [
      `Quotes (${analysis.quotes.length})`,
      `People (${analysis.people.length})`,
      `Unattributed & anonymous (${problems})`,
      `Organizations & media (${organizations.size})`,
    ]);
    assert.ok(analysis.quotes.length >= 8 && analysis.people.length >= 4 && problems >= 4, labels(roots).join(', '));
    assert.strictEqual(view.view.badge?.value, analysis.findings.length);
    assert.match(view.view.badge!.tooltip, /sourcing problems: .*anonymous source/);
    assert.strictEqual(view.view.description, 'envoy-summoned.md');
  });

  it('groups quotes by speaker: Emine Dzhaparova’s under her, anonymous sources together', async () => {
    const { view, roots } = await openSampleTree();
    const quotes = under(roots, 'Quotes');
    const emine = under(quotes.children, 'Emine Dzhaparova');
    const texts = emine.children.map((q) => q.label);
    assert.strictEqual(texts.length, 3, texts.join(' | '));
    for (const words of ['a clear public correction', 'We are not asking for favours', 'Israel knows better']) {
      assert.ok(texts.some((t) => t.includes(words)), `${words} not under Emine Dzhaparova: ${texts.join(' | ')}`);
    }
    const anonymous = under(quotes.children, 'Anonymous sources');
    assert.deepStrictEqual(
      anonymous.children.map((q) => q.label),
      ['“do not reflect government policy.”', '“There will be no crisis,”'],
    );
    const item = view.tree.getTreeItem(anonymous);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.color instanceof vscode.ThemeColor, 'the anonymous group is not marked');
    assert.match(String(item.description), /anonymous/);
    assert.strictEqual((view.tree.getTreeItem(emine.children[0]).iconPath as vscode.ThemeIcon).id, 'quote');
  });

  it('lists people officials first with title and affiliation; a person’s children are mentions and quotes', async () => {
    const { editor, view, roots } = await openSampleTree();
    const analysis = (await extensionApi()).analyses.get(editor.document)!;
    const people = under(roots, 'People').children;
    const official = people.map((p) => analysis.people.find((x) => x.name === p.label)!.official);
    assert.deepStrictEqual(official, [...official].sort((a, b) => Number(b) - Number(a)), 'officials are not first');
    assert.strictEqual(people.at(-1)!.label, 'Natalia Moroz');
    const emine = under(people, 'Emine Dzhaparova');
    const item = view.tree.getTreeItem(emine);
    assert.strictEqual(item.description, 'deputy foreign minister, Ukraine');
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'person');
    const kinds = emine.children.map((c) => view.tree.getTreeItem(c).contextValue);
    assert.ok(kinds.includes('mention') && kinds.includes('quote'), kinds.join(', '));
    assert.ok(emine.children.some((c) => c.kind === 'mention' && c.label === 'Dzhaparova'));
    assert.strictEqual(view.tree.getParent(emine.children[0]), emine);
  });

  it('selects an item’s text in the editor when the item is chosen', async () => {
    const { editor, view, roots } = await openSampleTree();
    const quote = under(under(roots, 'Quotes').children, 'Michael Brodsky').children.find((q) => q.label.includes('frank but friendly'))!;
    const mention = under(under(roots, 'People').children, 'Yair Lapid').children.filter((c) => c.kind === 'mention')[1];
    for (const [node, expected] of [
      [quote, '“frank but friendly.”'],
      [mention, 'Lapid'],
    ] as const) {
      const command = view.tree.getTreeItem(node).command;
      assert.ok(command, `${node.label} has no command`);
      assert.strictEqual(command.command, 'attributionLens.revealRange');
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const active = vscode.window.activeTextEditor!;
      assert.strictEqual(active.document, editor.document);
      assert.strictEqual(active.document.getText(active.selection), expected);
      assert.strictEqual(active.document.offsetAt(active.selection.start), node.span!.start);
    }
    // Bad arguments do nothing rather than throw.
    assert.strictEqual(await vscode.commands.executeCommand('attributionLens.revealRange', 'not a uri', 42), undefined);
  });

  it('follows the user’s edits', async () => {
    const view = await sourcing();
    const editor = await openArticle('“We will rebuild the bridge by spring,” Mayor Anna Keller said on Tuesday.\n');
    const doc = editor.document;
    let roots = await shown(view, doc);
    assert.deepStrictEqual(labels(roots), ['Quotes (1)', 'People (1)', 'Unattributed & anonymous (0)', 'Organizations & media (0)']);
    assert.strictEqual(badge(view), undefined);
    const changed = new Promise<void>((resolve) => {
      const sub = view.tree.onDidChangeTreeData(() => {
        if (view.tree.getChildren()[0]?.label !== 'Quotes (2)') return;
        sub.dispose();
        resolve();
      });
    });
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n“It will cost twice as much,” a senior city official said.\n'));
    await changed;
    roots = await shown(view, doc);
    assert.deepStrictEqual(labels(roots), ['Quotes (2)', 'People (1)', 'Unattributed & anonymous (1)', 'Organizations & media (0)']);
    assert.deepStrictEqual(labels(under(under(roots, 'Quotes').children, 'Anonymous sources').children), ['“It will cost twice as much,”']);
    assert.strictEqual(badge(view)?.value, 1);
  });

  it('switches with the active editor', async () => {
    const view = await sourcing();
    const sample = (await openSample()).document;
    await shown(view, sample);
    const other = (await openArticle('“Yes,” said Anna Keller, the mayor.\n')).document;
    assert.deepStrictEqual(labels(under(await shown(view, other), 'Quotes').children), ['Anna Keller']);
    assert.strictEqual(view.view.description, other.uri.path.split('/').pop());
    await vscode.window.showTextDocument(sample);
    await shown(view, sample);
    await vscode.window.showTextDocument(other);
    await shown(view, other);
  });

  it('stays on the article beside an editor that is not one, and empties when no article is open', async () => {
    const view = await sourcing();
    const sample = (await openSample()).document;
    await shown(view, sample);
    const code = await vscode.workspace.openTextDocument({ language: 'javascript', content: 'const quote = "x";\n' });
    await vscode.window.showTextDocument(code, { viewColumn: vscode.ViewColumn.Beside });
    assert.strictEqual(vscode.window.activeTextEditor?.document, code);
    assert.strictEqual(view.tree.document, sample);
    await closeAllEditors();
    await until('the tree to empty', () => (view.tree.document === undefined && view.tree.getChildren().length === 0) || undefined);
    assert.strictEqual(badge(view), undefined);
  });

  it('filters items by text, shows the filter, and clears it', async () => {
    const { view, roots } = await openSampleTree();
    const total = labels(roots);
    await vscode.commands.executeCommand('attributionLens.tree.filter', 'Dzhaparova');
    const filtered = view.tree.getChildren();
    assert.deepStrictEqual(labels(filtered).map((l) => l.replace(/ \(.*/, '')), ['Quotes', 'People']);
    assert.match(filtered[0].label, /^Quotes \(3 of \d+\)$/);
    assert.deepStrictEqual(labels(filtered[0].children), ['Emine Dzhaparova']);
    assert.deepStrictEqual(labels(filtered[1].children), ['Emine Dzhaparova']);
    assert.match(view.view.message ?? '', /Dzhaparova/);
    const item = view.tree.getTreeItem(filtered[1].children[0]);
    assert.deepStrictEqual((item.label as vscode.TreeItemLabel).highlights, [[6, 16]]);

    await vscode.commands.executeCommand('attributionLens.tree.filter', 'no such words anywhere');
    assert.deepStrictEqual(view.tree.getChildren(), []);
    assert.match(view.view.message ?? '', /Nothing matches/);

    await vscode.commands.executeCommand('attributionLens.tree.clearFilter');
    assert.deepStrictEqual(labels(view.tree.getChildren()), total);
    assert.strictEqual(view.view.message, undefined);
  });

  it('lists quotes in document order and people by mentions with the toolbar toggles', async () => {
    const { editor, view } = await openSampleTree();
    const analysis = (await extensionApi()).analyses.get(editor.document)!;
    await vscode.commands.executeCommand('attributionLens.tree.listQuotesInOrder');
    const quotes = under(view.tree.getChildren(), 'Quotes').children;
    assert.deepStrictEqual(labels(quotes), analysis.quotes.map((q) => q.text.replace(/\s+/g, ' ')));
    assert.ok(quotes.every((q) => q.kind === 'quote'));
    await vscode.commands.executeCommand('attributionLens.tree.sortPeopleByMentions');
    const mentions = under(view.tree.getChildren(), 'People').children.map((p) => analysis.people.find((x) => x.name === p.label)!.mentions.length);
    assert.deepStrictEqual(mentions, [...mentions].sort((a, b) => b - a));
  });

  it('reveals the item at the cursor in the tree', async () => {
    const { editor, view } = await openSampleTree();
    const text = editor.document.getText();
    const at = text.indexOf('Israel knows better') + 3;
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    const item = await vscode.commands.executeCommand<SourcingNode>('attributionLens.revealInTree');
    assert.ok(item, 'nothing revealed');
    assert.strictEqual(item.kind, 'quote');
    assert.ok(item.span!.start <= at && at <= item.span!.end);
    assert.strictEqual(item.parent?.label, 'Emine Dzhaparova');
    await until('the tree selection', () => view.view.selection[0]?.id === item.id || undefined);

    const mentionAt = text.indexOf('Lapid had spoken') + 1;
    editor.selection = new vscode.Selection(editor.document.positionAt(mentionAt), editor.document.positionAt(mentionAt));
    const mention = await vscode.commands.executeCommand<SourcingNode>('attributionLens.revealInTree');
    assert.strictEqual(mention?.kind, 'mention');
    assert.strictEqual(mention.parent?.label, 'Yair Lapid');
    await until('the tree selection on the mention', () => view.view.selection[0]?.id === mention.id || undefined);
    assert.strictEqual(view.tree.document?.uri.fsPath, vscode.Uri.file(SAMPLE).fsPath);
  });

  // On a loaded machine, opening the sample took 7.5 s and each cursor step 1–3 s (several
  // extension host ↔ workbench round trips): the selection waits allow 30 s.
  it('follows the cursor with attributionLens.tree.followCursor', async () => {
    const config = vscode.workspace.getConfiguration('attributionLens');
    await config.update('tree.followCursor', true, vscode.ConfigurationTarget.Global);
    try {
      const { editor: opened, view } = await openSampleTree();
      // The view must be visible to follow: focus it, then go back to the article (as a user
      // typing with the view open) and move the cursor of the editor that is active now.
      await vscode.commands.executeCommand('attributionLens.sources.focus');
      await until('the view to be visible', () => view.view.visible || undefined);
      const editor = await vscode.window.showTextDocument(opened.document, { preserveFocus: false });
      assert.ok(view.view.visible, 'the view stays visible beside the editor');
      const text = editor.document.getText();
      for (const [needle, kind] of [
        ['critics say', 'problem'],
        ['Our position has not changed', 'quote'],
      ] as const) {
        await shown(view, editor.document);
        const at = editor.document.positionAt(text.indexOf(needle) + 2);
        editor.selection = new vscode.Selection(at, at);
        // Each step is several round trips between the extension host and the workbench, seconds on a loaded machine.
        const selected = await until(`the tree to select the ${kind} at “${needle}”`, () => {
          const s = view.view.selection[0];
          return s?.kind === kind && s.label.includes(needle) ? s : undefined;
        }, 30_000).catch((err: Error) => {
          // Say what the view was doing, for a failure that only shows in some full runs.
          const offset = editor.document.offsetAt(editor.selection.active);
          const state = {
            visible: view.view.visible,
            selection: view.view.selection.map((n) => `${n.kind}: ${n.label}`),
            treeShowsThisDocument: view.tree.document === editor.document,
            treeCurrent: view.tree.current,
            itemAtCursor: view.tree.itemAt(offset)?.label,
            activeIsThisEditor: vscode.window.activeTextEditor === editor,
          };
          throw new Error(`${err.message}; ${JSON.stringify(state)}`);
        });
        assert.ok(selected.span!.start <= editor.document.offsetAt(at) && editor.document.offsetAt(at) <= selected.span!.end);
      }
    } finally {
      await config.update('tree.followCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
