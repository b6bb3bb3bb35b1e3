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

/** Explicit options win over the config, the config over defaults. */
export function prepareAudit(input: AuditInput, options: AuditOptions = {}): AuditContext {
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
    diagnostics.push(...merged.diagnostics);
  }
  const registry = options.registry ?? defaultRegistry();
  // A regional config names the e-school system for schools whose file does not.
  const school =
    input.school.eSchoolSystem === undefined && config.eSchoolSystem !== undefined
      ? { ...input.school, eSchoolSystem: config.eSchoolSystem }
      : input.school;
  const effectiveInput = school === input.school ? input : { ...input, school };
  const subjects = normalize(effectiveInput, {
    asOf,
    registry,
    ...(options.exportSummaries ? { exportSummaries: options.exportSummaries } : {}),
  });
  const { enabled, disabled, diagnostics: overrideDiagnostics } = effectiveRules(catalog.rules, options.config);
  diagnostics.push(...overrideDiagnostics);
  return {
    input: effectiveInput,
    asOf,
    language: options.language ?? config.language ?? 'ru',
    engine: options.engine ?? 'compiled',
    catalog,
    registry,
    subjects,
    rules: enabled,
    disabled,
    maxWaiverDays: options.maxWaiverDays ?? config.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS,
    attestationMaxAgeDays: options.attestationMaxAgeDays ?? config.attestationMaxAgeDays ?? DEFAULT_ATTESTATION_MAX_AGE_DAYS,
    diagnostics,
  };
}
