/** Markdown escaping lives in the engine's folder (the report export uses it too); re-exported for the editor features. */
export { escapeMarkdown } from './core/markdown-escape';
