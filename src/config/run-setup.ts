import type { RuleDefinition } from '../catalog/types.js';
import type { Severity } from '../model/vocabulary.js';
import { paramTypeMatches } from './check-rule-overrides.js';
import type { AuditConfig } from './types.js';

/**
 * What a run used besides the school's own data: the files beside it and the changes to the
 * catalog. Every format prints it, so an auditor signing a report sees that a rule was off.
 */
export interface RunSetup {
  /** The config file, as the run names it; absent when none was read. */
  configFile?: string;
  /** Rules switched off by the config; `core` marks bundled rules (a visible warning). */
  disabledRules: { ruleId: string; core: boolean }[];
  severityChanges: { ruleId: string; from: Severity; to: Severity }[];
  parameterChanges: { ruleId: string; param: string; default: unknown; value: unknown }[];
  /** Rule pack directories, as the run names them. */
  rulePacks: string[];
  /** Ids of the rules the packs added. */
  packRules: string[];
  /** Messenger registry overlay files, in the order applied. */
  registryOverlays: string[];
  /** Waiver files read. */
  waiverFiles: string[];
  /** True when waivers were read but not applied (`--ignore-waivers`). */
  waiversIgnored?: boolean;
  /**
   * Rules chosen for this run (`--rule`, `--skip-rule`): only `only` ran, `skip` did not. The rules
   * left out are also in `disabledRules`.
   */
  ruleSelection?: RuleSelection;
}

/** Rules chosen on the command line (or `onlyRules` / `skipRules` in code). */
export interface RuleSelection {
  only?: string[];
  skip?: string[];
}

/** File names of a run's setup, known only to whoever read them (src/node). */
export interface RunSetupFiles {
  configFile?: string | undefined;
  rulePacks?: readonly string[] | undefined;
  registryOverlays?: readonly string[] | undefined;
  waiverFiles?: readonly string[] | undefined;
  /** Rules chosen for the run; resolved with the setup, so it travels with the file names. */
  ruleSelection?: RuleSelection | undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The run setup from the config's rule overrides against the catalog: only overrides that take
 * effect are listed (a parameter of the wrong type keeps its default and is reported elsewhere).
 * Pure and deterministic: rules in catalog order, parameters in declaration order.
 */
export function describeRunSetup(options: {
  rules: readonly RuleDefinition[];
  coreRuleIds: ReadonlySet<string> | readonly string[];
  packRules?: readonly RuleDefinition[] | undefined;
  config?: AuditConfig | undefined;
  files?: RunSetupFiles | undefined;
  waiversIgnored?: boolean | undefined;
}): RunSetup {
  const core =
    options.coreRuleIds instanceof Set
      ? options.coreRuleIds
      : new Set(options.coreRuleIds as readonly string[]);
  const overrides = options.config?.rules ?? {};
  const files = options.files ?? {};
  const setup: RunSetup = {
    ...(files.configFile !== undefined ? { configFile: files.configFile } : {}),
    disabledRules: [],
    severityChanges: [],
    parameterChanges: [],
    rulePacks: [...(files.rulePacks ?? [])],
    packRules: (options.packRules ?? []).map((r) => r.id),
    registryOverlays: [...(files.registryOverlays ?? [])],
    waiverFiles: [...(files.waiverFiles ?? [])],
    ...(options.waiversIgnored ? { waiversIgnored: true } : {}),
    ...(files.ruleSelection ? { ruleSelection: files.ruleSelection } : {}),
  };
  for (const rule of options.rules) {
    const o = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
    if (!o) continue;
    if (o.enabled === false) {
      setup.disabledRules.push({ ruleId: rule.id, core: core.has(rule.id) });
      continue;
    }
    if (o.severity && o.severity !== rule.severity)
      setup.severityChanges.push({ ruleId: rule.id, from: rule.severity, to: o.severity });
    for (const [name, spec] of Object.entries(rule.params ?? {})) {
      if (!o.params || !Object.hasOwn(o.params, name)) continue;
      const value = o.params[name];
      if (value === undefined || !paramTypeMatches(spec, value) || sameValue(value, spec.default)) continue;
      setup.parameterChanges.push({ ruleId: rule.id, param: name, default: spec.default, value });
    }
  }
  return setup;
}

/** True when the run used nothing but the bundled defaults. */
export function isDefaultSetup(setup: RunSetup): boolean {
  return (
    setup.configFile === undefined &&
    setup.disabledRules.length === 0 &&
    setup.severityChanges.length === 0 &&
    setup.parameterChanges.length === 0 &&
    setup.rulePacks.length === 0 &&
    setup.packRules.length === 0 &&
    setup.registryOverlays.length === 0 &&
    setup.waiverFiles.length === 0 &&
    setup.ruleSelection === undefined
  );
}
