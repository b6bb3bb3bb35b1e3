export { audit } from './audit.js';
export { explain, type ExplainOptions } from './explain.js';
export { resolveAsOf, type AsOfOptions } from './resolve-as-of.js';
export type { AuditOptions, ExportSummary } from './types.js';
export { prepareAuditRun, type PreparedAuditRun } from './prepare-audit.js';
