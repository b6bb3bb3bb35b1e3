import { capDiagnostics } from '../diagnostics/cap-diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import type { Language } from '../model/vocabulary.js';
import type { CliIO } from './io.js';

/** Prints diagnostics to stderr, errors first, then a one-line count. */
export function printDiagnostics(io: CliIO, all: readonly Diagnostic[], language: Language): void {
  const diagnostics = capDiagnostics(all);
  const ordered = [...diagnostics].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  for (const d of ordered) io.stderr(`${formatDiagnostic(d, language)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) {
    io.stderr(
      language === 'ru'
        ? `\nОшибок: ${errors}, предупреждений: ${warnings}\n`
        : `\nErrors: ${errors}, warnings: ${warnings}\n`,
    );
  }
}
