import type { Diagnostic } from '../diagnostics/diagnostic.js';

export const EXIT_OK = 0;
/** Findings at or above the `--fail-on` threshold. */
export const EXIT_FINDINGS = 1;
/** Usage or input error. */
export const EXIT_USAGE = 2;

/**
 * A usage or input problem the CLI reports without a stack trace and exits 2 for.
 * Carries diagnostics when the problem came from loading input.
 */
export class CliUsageError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly ru: string;
  constructor(ru: string, en: string, diagnostics: readonly Diagnostic[] = []) {
    super(en);
    this.ru = ru;
    this.diagnostics = diagnostics;
  }
}
