/**
 * Quotation marks as the editor features see them (no `vscode` import): the marks the highlights
 * draw around a quote and the ones a hover leaves off a quoted cue.
 */
const QUOTE_MARKS = new Set(Array.from('"“”„‟«»‘’‚‛\'‹›', (c) => c.charCodeAt(0)));

/** Whether the character at `at` in `text` is a quotation mark. */
export const isQuoteMark = (text: string, at: number): boolean => QUOTE_MARKS.has(text.charCodeAt(at));
