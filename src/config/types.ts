import type { Language, Severity } from '../model/vocabulary.js';
import type { ISODate } from '../model/types.js';

/** Per-rule adjustments from `sferum-compliance.config.yaml`. */
export interface RuleOverride {
  /** `false` switches the rule off: it is not evaluated and produces no findings. */
  enabled?: boolean;
  severity?: Severity;
  /** Values for the rule's declared parameters; they replace the defaults. */
  params?: Record<string, unknown>;
}

/** The lowest severity that makes the CLI exit non-zero; `none` never fails on findings. */
export type FailOn = Severity | 'none';

/** `sferum-compliance.config.yaml` (`schemas/config.schema.json`). */
export interface AuditConfig {
  rules?: Record<string, RuleOverride>;
  asOf?: ISODate;
  language?: Language;
  failOn?: FailOn;
  /** Also fail (exit 1) when a clause is undetermined; default false. */
  failOnUndetermined?: boolean;
  /** Longest allowed waiver span (`expires − approvedAt`), days; default 365. */
  maxWaiverDays?: number;
  /** An attestation older than this is asked again, days; default 365. */
  attestationMaxAgeDays?: number;
  /** Directories of extra rules (paths relative to the config file). */
  rulePacks?: string[];
  /** A regional messenger registry overlay (path relative to the config file). */
  registry?: string;
  /** The region's own regulation editions (path relative to the config file; docs/editions.md). */
  editions?: string;
  /** The regional e-school system name, used when the school file does not name one. */
  eSchoolSystem?: string;
  /** IANA zone whose calendar date is «today» when `asOf` is not given; default Europe/Moscow. */
  timeZone?: string;
  /** Who signs the printable act (`--format html`); `--auditor` / `--position` override. */
  act?: { auditor?: string; position?: string };
}

export const DEFAULT_ATTESTATION_MAX_AGE_DAYS = 365;
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';
