import type { Language } from '../model/vocabulary.js';

/** Every output format `formatReport()` knows. */
export type FormatName = 'text' | 'json' | 'md' | 'html' | 'csv' | 'junit' | 'sarif';

/** In the order the CLI lists them in `--format` help. */
export const FORMAT_NAMES: readonly FormatName[] = ['text', 'json', 'md', 'html', 'csv', 'junit', 'sarif'];

export interface FormatOptions {
  /** Language of labels, headers and section titles; default: the report's language. */
  language?: Language;
  /**
   * ANSI colours in the `text` format only. The caller decides (the CLI looks at the TTY and
   * NO_COLOR); formatters never look at the environment. Default false.
   */
  color?: boolean;
  /** CSV field delimiter; default `;`, which Russian-locale Excel expects. */
  csvDelimiter?: ';' | ',';
  /** Start CSV with a UTF-8 byte order mark so Excel reads Cyrillic right; default true. */
  csvBom?: boolean;
  /** Show findings set aside by a waiver (marked as waived); default true. */
  includeWaived?: boolean;
  /** Who signs the printable act (`html`); a missing field prints as a blank line to fill by hand. */
  act?: ActDetails;
}

/** The signature block of the printable act. */
export interface ActDetails {
  auditor?: string;
  position?: string;
  /** The act's date, as the signer writes it (`2026-11-30`); not the as-of date. */
  date?: string;
}

/** Options with every default applied: what the individual formatters receive. */
export interface ResolvedFormatOptions {
  language: Language;
  color: boolean;
  csvDelimiter: ';' | ',';
  csvBom: boolean;
  includeWaived: boolean;
  act: ActDetails;
}
