// The workspace report page (src/workspace-report-view.ts): clicking an article asks the
// extension to open it (by its row index, never a path), the buttons ask for an export or a new review.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const article = target && target.closest('a[data-article]');
    if (article) {
      event.preventDefault();
      vscode.postMessage({ type: 'open', article: Number(article.getAttribute('data-article')) });
      return;
    }
    const button = target && target.closest('button[data-export]');
    if (button) vscode.postMessage({ type: 'export', format: button.getAttribute('data-export') });
    if (target && target.closest('button[data-action="review"]')) vscode.postMessage({ type: 'review' });
  });
})();
