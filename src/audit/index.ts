export { audit } from './audit.js';
export { explain, type ExplainOptions } from './explain.js';
export { resolveAsOf, type AsOfOptions } from './resolve-as-of.js';
export { SEVERITY_WEIGHT, ATTESTATION_WEIGHT } from './compute-score.js';
export type { AuditOptions, ExportSummary } from './types.js';
export { prepareAuditRun, type PreparedAuditRun } from './prepare-audit.js';
