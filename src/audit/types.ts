import type { RuleDefinition } from '../catalog/types.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CustomOperator, EngineName } from '../evaluate/types.js';
import type { Waiver } from '../waivers/types.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { Edition } from '../editions/types.js';
import type { ISODate } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';
import type { PreparedAuditRun } from './prepare-audit.js';
import type { RunSetupFiles } from '../config/run-setup.js';

import type { ExportSummary } from '../normalize/index.js';

export type { ExportSummary };

export interface AuditOptions {
  /** The audit's calendar date; a `Date` is read in `timeZone`. Default: today in `timeZone`. */
  asOf?: ISODate | Date;
  /** IANA zone of «today»; default `Europe/Moscow`, never the machine's zone. */
  timeZone?: string;
  /** The clock for «today»; for tests. */
  now?: () => Date;
  /** Language of titles, messages and notes; default `ru`. */
  language?: Language;
  /** Default `compiled`; `reference` runs json-rules-engine itself (same results, slower). */
  engine?: EngineName;
  /** Rule overrides and defaults; explicit options win over it. */
  config?: AuditConfig;
  /** Extra rules (already parsed, e.g. with `parseRulePack`). */
  rulePacks?: readonly RuleDefinition[];
  operators?: readonly CustomOperator[];
  waivers?: readonly Waiver[];
  ignoreWaivers?: boolean;
  /** Longest allowed waiver span, days; default 365. */
  maxWaiverDays?: number;
  /** An attestation older than this must be renewed, days; default 365. */
  attestationMaxAgeDays?: number;
  /** Default: the built-in registry (its statuses are taken on the as-of date). */
  registry?: MessengerRegistry;
  /** Overlay files composed into `registry` (recorded in the report's provenance). */
  registryOverlays?: readonly { path: string; sha256: string }[];
  /** A region's own regulation editions, besides the built-in ones (docs/editions.md). */
  editions?: readonly Edition[];
  /** Chat export scan results per channel id. */
  exportSummaries?: Readonly<Record<string, ExportSummary>>;
  /** Recorded in the report when given; omitted otherwise, so output is byte-identical. */
  generatedAt?: string;
  /** Called as rule × subject checks complete. */
  onProgress?: (done: number, total: number) => void;
  /** Diagnostics from earlier stages (loading, config, waivers) to carry into the report. */
  diagnostics?: readonly Diagnostic[];
  /** Files beyond the input's own (config, waivers, exports) to list in `report.inputs`. */
  inputFiles?: readonly { path: string; sha256: string }[];
  /**
   * The input was loaded and validated already (`loadSchool`, `auditFiles`): skip validating it
   * again. Default false: an input built in code is checked and its problems are in `report.diagnostics`.
   */
  validated?: boolean;
  /** The files of the run's setup (config, rule pack folders, registry overlays, waivers), for `report.setup`. */
  setupFiles?: RunSetupFiles;
  /**
   * From `prepareAuditRun(options)`, to audit many schools with one resolved catalog, registry,
   * as-of date and rule set; when given, those come from it and the options' own `asOf`,
   * `language`, `engine`, `rulePacks`, `registry`, `maxWaiverDays`, `attestationMaxAgeDays` and
   * `config.rules` are not read again (`config.eSchoolSystem` still applies per school).
   */
  prepared?: PreparedAuditRun;
}
