/**
 * The one problem shape used by every stage: loaders, validation, catalog, waivers, config, scan.
 * Stages collect diagnostics and return them; only the CLI prints them and picks an exit code.
 */
export interface Localized {
  ru: string;
  en: string;
}

/** `info`: nothing wrong, but worth a look (members outside the roster, a possible typo). */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** SCREAMING_SNAKE code from `DiagnosticCode`; every code is listed in docs/diagnostics.md. */
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  /** What is wrong, Russian first. Never contains raw personal data from the input. */
  message: Localized;
  /** How to fix it, when there is something to say beyond the message. */
  hint?: Localized;
  /** The file as the user named it (relative path or the name given to the API). */
  file?: string;
  /** JSON Pointer into the loaded document (`/people/3/eschool/role`); '' is the whole document. */
  pointer?: string;
  /** 1-based line and column in `file`. */
  line?: number;
  column?: number;
}

/** Every diagnostic code. Add new codes here and to docs/diagnostics.md. */
export type DiagnosticCode =
  // reading files
  | 'FILE_NOT_FOUND'
  // members of a chat who are not in the roster: outsiders (clause 2.3.c), listed for a look
  | 'MEMBERS_OUTSIDE_ROSTER'
  | 'FILE_UNREADABLE'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_NOT_REGULAR'
  | 'FILE_OUTSIDE_ROOT'
  | 'FILE_REFERENCE_WITHOUT_FOLDER'
  | 'ENCODING_INVALID'
  // YAML / JSON syntax and safety
  | 'YAML_SYNTAX'
  | 'JSON_SYNTAX'
  | 'YAML_ALIAS_LIMIT'
  | 'YAML_DUPLICATE_KEY'
  | 'FORBIDDEN_KEY'
  | 'NESTING_TOO_DEEP'
  // CSV
  | 'CSV_SYNTAX'
  | 'CSV_HEADER_UNKNOWN'
  | 'CSV_HEADER_MISSING'
  | 'CSV_HEADER_DUPLICATE'
  | 'CSV_VALUE_INVALID'
  | 'CSV_ROW_LENGTH'
  // schema and cross references
  | 'SCHEMA_VIOLATION'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_REFERENCE'
  | 'ROLE_MISMATCH'
  // an id that lost its leading zeros in Excel («72» for «0072»)
  | 'ID_LOST_LEADING_ZEROS'
  | 'REFERENCE_CYCLE'
  // catalog, rule packs, config, waivers
  | 'RULE_INVALID'
  | 'RULE_DUPLICATE_ID'
  | 'RULE_UNKNOWN_CLAUSE'
  | 'RULE_PATTERN_UNSAFE'
  | 'RULE_UNKNOWN'
  | 'CONFIG_INVALID'
  | 'REPORT_INVALID'
  | 'WAIVER_INVALID'
  | 'WAIVER_UNUSED'
  | 'WAIVER_EXPIRED'
  | 'REGISTRY_INVALID'
  | 'REGISTRY_LEGACY_FORMAT'
  | 'EDITION_INVALID'
  | 'EDITION_UNKNOWN'
  // chat exports
  | 'EXPORT_FORMAT_UNKNOWN'
  | 'EXPORT_INVALID'
  // more problems in one file than are listed
  | 'DIAGNOSTICS_TRUNCATED'
  // anything else a stage could not classify; keep rare
  | 'INTERNAL';

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
