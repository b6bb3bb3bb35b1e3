import { catalog as builtinCatalog, mergeCatalog } from '../catalog/index.js';
import type { Catalog } from '../catalog/types.js';
import { DEFAULT_ATTESTATION_MAX_AGE_DAYS } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EngineName } from '../evaluate/types.js';
import { DEFAULT_MAX_WAIVER_DAYS } from '../findings/types.js';
import { defaultRegistry } from '../messengers/index.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { AuditInput, ISODate } from '../model/types.js';
import { normalize } from '../normalize/index.js';
import type { Subjects } from '../normalize/types.js';
import type { Language } from '../report/types.js';
import { effectiveRules, type EffectiveRule } from './effective-rules.js';
import { resolveAsOf } from './resolve-as-of.js';
import type { AuditOptions } from './types.js';
import { append } from '../util/append.js';

/** Everything an audit or an explanation needs, resolved once from input, options and config. */
export interface AuditContext {
  input: AuditInput;
  asOf: ISODate;
  language: Language;
  engine: EngineName;
  catalog: Catalog;
  registry: MessengerRegistry;
  subjects: Subjects;
  rules: EffectiveRule[];
  disabled: string[];
  maxWaiverDays: number;
  attestationMaxAgeDays: number;
  diagnostics: Diagnostic[];
}

/**
 * What an audit resolves independently of the school — the as-of date, the catalog (with rule
 * packs merged), the registry, the effective rules — made once for a run of many audits (a
 * region) and passed to each as `AuditOptions.prepared`. Reusing it keeps the catalog object, and
 * so the compiled rules cached per catalog, the same for every school, and every school of the run
 * gets the same as-of date even across midnight.
 */
export interface PreparedAuditRun {
  asOf: ISODate;
  language: Language;
  engine: EngineName;
  catalog: Catalog;
  registry: MessengerRegistry;
  rules: EffectiveRule[];
  disabled: string[];
  maxWaiverDays: number;
  attestationMaxAgeDays: number;
  /** Problems of the run itself (rule packs, config overrides): the same for every school. */
  diagnostics: Diagnostic[];
}

/** Explicit options win over the config, the config over defaults. */
export function prepareAuditRun(options: AuditOptions = {}): PreparedAuditRun {
  const config = options.config ?? {};
  const asOf = resolveAsOf({
    asOf: options.asOf ?? config.asOf,
    timeZone: options.timeZone ?? config.timeZone,
    ...(options.now ? { now: options.now } : {}),
  });
  const diagnostics: Diagnostic[] = [];
  let catalog: Catalog = builtinCatalog();
  if (options.rulePacks && options.rulePacks.length > 0) {
    const merged = mergeCatalog(catalog, [{ rules: options.rulePacks }]);
    catalog = merged.catalog;
    append(diagnostics, merged.diagnostics);
  }
  const { enabled, disabled, diagnostics: overrideDiagnostics } = effectiveRules(catalog.rules, options.config);
  append(diagnostics, overrideDiagnostics);
  return {
    asOf,
    language: options.language ?? config.language ?? 'ru',
    engine: options.engine ?? 'compiled',
    catalog,
    registry: options.registry ?? defaultRegistry(),
    rules: enabled,
    disabled,
    maxWaiverDays: options.maxWaiverDays ?? config.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS,
    attestationMaxAgeDays: options.attestationMaxAgeDays ?? config.attestationMaxAgeDays ?? DEFAULT_ATTESTATION_MAX_AGE_DAYS,
    diagnostics,
  };
}

/** `options.prepared` (from `prepareAuditRun`) when given, else resolved from the options here. */
export function prepareAudit(input: AuditInput, options: AuditOptions = {}): AuditContext {
  const config = options.config ?? {};
  const run = options.prepared ?? prepareAuditRun(options);
  // A regional config names the e-school system for schools whose file does not.
  const school =
    input.school.eSchoolSystem === undefined && config.eSchoolSystem !== undefined
      ? { ...input.school, eSchoolSystem: config.eSchoolSystem }
      : input.school;
  const effectiveInput = school === input.school ? input : { ...input, school };
  const subjects = normalize(effectiveInput, {
    asOf: run.asOf,
    registry: run.registry,
    ...(options.exportSummaries ? { exportSummaries: options.exportSummaries } : {}),
  });
  return {
    input: effectiveInput,
    asOf: run.asOf,
    language: run.language,
    engine: run.engine,
    catalog: run.catalog,
    registry: run.registry,
    subjects,
    rules: run.rules,
    disabled: run.disabled,
    maxWaiverDays: run.maxWaiverDays,
    attestationMaxAgeDays: run.attestationMaxAgeDays,
    // A copy: audit() appends to the context's list, the run's is shared by every school.
    diagnostics: [...run.diagnostics],
  };
}
