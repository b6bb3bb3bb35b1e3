export type { Diagnostic, DiagnosticCode, DiagnosticSeverity, Localized } from './diagnostic.js';
export { hasErrors } from './diagnostic.js';
export { formatDiagnostic } from './format-diagnostic.js';
export { capDiagnostics } from './cap-diagnostics.js';
