import { catalog as builtinCatalog } from '../catalog/index.js';
import { catalogWithPacks } from './catalog-with-packs.js';
import type { Catalog } from '../catalog/types.js';
import { DEFAULT_ATTESTATION_MAX_AGE_DAYS } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EngineName } from '../evaluate/types.js';
import { DEFAULT_MAX_WAIVER_DAYS } from '../waivers/types.js';
import { defaultRegistry, registryAsOf } from '../messengers/index.js';
import { schoolWorld } from '../editions/school-world.js';
import type { Edition } from '../editions/types.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { AuditInput, ISODate } from '../model/types.js';
import { normalize } from '../normalize/index.js';
import type { Subjects } from '../normalize/types.js';
import type { Language } from '../model/vocabulary.js';
import { effectiveRules, type EffectiveRule } from './effective-rules.js';
import { resolveAsOf } from './resolve-as-of.js';
import { normalizeRoleWords } from '../load/normalize-role-words.js';
import { validate } from '../validate/validate.js';
import type { AuditOptions } from './types.js';
import { append } from '../util/append.js';

/** Everything an audit or an explanation needs, resolved once from input, options and config. */
export interface AuditContext {
  input: AuditInput;
  asOf: ISODate;
  language: Language;
  engine: EngineName;
  catalog: Catalog;
  /** The registry as of `asOf`, narrowed to the edition's educational platforms. */
  registry: MessengerRegistry;
  registryOverlays: readonly { path: string; sha256: string }[];
  /** The edition of the regulation applied, and whether the school declared it. */
  edition: Edition;
  editionDeclared: boolean;
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
  /** The registry with its statuses taken on `asOf` (`registryAsOf`). */
  registry: MessengerRegistry;
  registryOverlays: readonly { path: string; sha256: string }[];
  /** A region's own editions, besides the built-in ones. */
  editions: readonly Edition[];
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
    const merged = catalogWithPacks(catalog, options.rulePacks);
    catalog = merged.catalog;
    append(diagnostics, merged.diagnostics);
  }
  const {
    enabled,
    disabled,
    diagnostics: overrideDiagnostics,
  } = effectiveRules(catalog.rules, options.config);
  append(diagnostics, overrideDiagnostics);
  return {
    asOf,
    language: options.language ?? config.language ?? 'ru',
    engine: options.engine ?? 'compiled',
    catalog,
    registry: registryAsOf(options.registry ?? defaultRegistry(), asOf),
    registryOverlays: [...(options.registryOverlays ?? [])],
    editions: [...(options.editions ?? [])],
    rules: enabled,
    disabled,
    maxWaiverDays: options.maxWaiverDays ?? config.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS,
    attestationMaxAgeDays:
      options.attestationMaxAgeDays ?? config.attestationMaxAgeDays ?? DEFAULT_ATTESTATION_MAX_AGE_DAYS,
    diagnostics,
  };
}

/** Schema and reference checks of an input given in code (its source map is not part of the schema). */
function validateInput(input: AuditInput, knownClauses: readonly string[]): Diagnostic[] {
  if (typeof input !== 'object' || input === null) return validate(input, { knownClauses });
  const { sources: _sources, ...doc } = input;
  return validate(doc, { knownClauses });
}

/** `options.prepared` (from `prepareAuditRun`) when given, else resolved from the options here. */
export function prepareAudit(given: AuditInput, options: AuditOptions = {}): AuditContext {
  const config = options.config ?? {};
  const run = options.prepared ?? prepareAuditRun(options);
  // The same role words the files accept, then the same checks: an object built in code is not
  // trusted more than a file, and its problems are reported rather than silently dropped.
  const input = normalizeRoleWords(given);
  const inputDiagnostics = options.validated
    ? []
    : validateInput(
        input,
        run.catalog.clauses.map((c) => c.id),
      );
  // A regional config names the e-school system for schools whose file does not.
  const school =
    input.school.eSchoolSystem === undefined && config.eSchoolSystem !== undefined
      ? { ...input.school, eSchoolSystem: config.eSchoolSystem }
      : input.school;
  const effectiveInput = school === input.school ? input : { ...input, school };
  // The school's view of the world: the statuses on the as-of date, with only its edition's
  // platforms counted as the educational one.
  const world = schoolWorld(run.registry, run.asOf, input.regulation?.edition, run.editions);
  const registry = world.registry;
  const subjects = normalize(effectiveInput, {
    asOf: run.asOf,
    registry,
    edition: world.normalizeEdition,
    language: run.language,
    ...(options.exportSummaries ? { exportSummaries: options.exportSummaries } : {}),
  });
  return {
    input: effectiveInput,
    asOf: run.asOf,
    language: run.language,
    engine: run.engine,
    catalog: run.catalog,
    registry,
    registryOverlays: run.registryOverlays,
    edition: world.edition,
    editionDeclared: world.declared,
    subjects,
    rules: run.rules,
    disabled: run.disabled,
    maxWaiverDays: run.maxWaiverDays,
    attestationMaxAgeDays: run.attestationMaxAgeDays,
    // A copy: audit() appends to the context's list, the run's is shared by every school.
    diagnostics: [...run.diagnostics, ...world.diagnostics, ...inputDiagnostics],
  };
}
