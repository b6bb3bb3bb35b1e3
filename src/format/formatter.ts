import type { Language } from '../model/vocabulary.js';
import type { Report } from '../report/types.js';
import type { FormatName, FormatOptions } from './types.js';

/**
 * What a custom formatter receives besides the report (the CLI's `--format ./formatter.js`): the
 * language and colour the run asked for, and the built-in formatters to build on.
 */
export interface FormatterContext {
  /** The language of the run (`--lang`, else the report's). */
  language: Language;
  /** True only when the output goes to a terminal that shows colours. */
  color: boolean;
  /** A built-in format of the same report, e.g. to wrap `json` or `md` in something else. */
  formatReport: (format: FormatName, options?: FormatOptions) => string;
}

/**
 * A report formatter: the default export of a module passed as `--format ./formatter.js` (ESLint's
 * custom formatter convention). It returns the whole output as a string; the CLI writes it where
 * the `--format` says. It must not print or touch files itself, and should escape for its medium.
 */
export type ReportFormatter = (report: Report, context: FormatterContext) => string | Promise<string>;

/** Identity helper that gives a formatter written in a module its type. */
export function defineFormatter(formatter: ReportFormatter): ReportFormatter {
  return formatter;
}
