// The sourcing report webview's script (loaded with the page's nonce; no inline handlers).
// A click on a link to the text asks the extension to select it in the article; the scroll
// position is kept in the webview's state, so it survives the page being redrawn after an edit.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  const path = document.getElementById('report')?.getAttribute('data-document') || '';

  if (state.document === path && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  // The extension reopens this article's report after a window reload.
  vscode.setState({ document: path, scrollY: state.document === path ? state.scrollY : 0 });

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.reveal') : null;
    if (!link) return;
    event.preventDefault();
    const start = Number(link.getAttribute('data-start'));
    const end = Number(link.getAttribute('data-end'));
    if (Number.isInteger(start) && Number.isInteger(end)) vscode.postMessage({ type: 'reveal', start, end });
  });

  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      vscode.setState({ document: path, scrollY: window.scrollY });
    });
  });
})();
