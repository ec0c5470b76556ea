/** The sourcing counts live in the engine's folder (the sourcing report uses them too); re-exported for the status bar. */
export { summarize, type AttributionSummary, type NamedSource } from './core/attribution-summary';
