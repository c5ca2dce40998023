/** The engine's public API: pure functions, no DOM, no host. */
export { analyze, resolveOptions } from './analyze';
export { checkDraft, applyFinding, type DraftOptions } from './draft';
export { classifyComplaint } from './complaint';
export { detectIncidents } from './incidents';
export { parseBundle, type TicketBundle } from './bundle';
export { adviceFor, adviceTexts, typeName, categoryName, factsFor, type Advice, type AdviceTexts } from './advice';
export * from './types';
