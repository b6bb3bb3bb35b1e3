export type { Diagnostic, DiagnosticCode, DiagnosticSeverity, Localized } from './diagnostic.js';
export { hasErrors } from './diagnostic.js';
export { formatDiagnostic } from './format-diagnostic.js';
export { capDiagnostics, MAX_DIAGNOSTICS_PER_FILE } from './cap-diagnostics.js';
