import { dirname, resolve } from 'node:path';
import { catalog as builtinCatalog } from '../catalog/index.js';
import type { RuleDefinition } from '../catalog/types.js';
import { parseConfig } from '../config/parse-config.js';
import type { AuditConfig } from '../config/types.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessengerRegistry } from '../messengers/types.js';
import { loadConfigFile } from './load-config.js';
import { loadRegistryOverlays } from './load-registry-overlays.js';
import { loadRulePacks } from './load-rule-packs.js';
import { loadEditionsFile } from './load-editions.js';
import { append } from '../util/append.js';
import { sha256File } from './hash-file.js';
import type { Edition } from '../editions/types.js';

export interface AuditSetupOptions {
  /** `sferum-compliance.config.yaml`; its `rulePacks` and `registry` are relative to it. */
  configPath?: string | undefined;
  /** A config given in code, applied under the file's (the file wins key by key). */
  config?: AuditConfig | undefined;
  /** Rule pack directories (besides the config's `rulePacks`). */
  rulesDirs?: readonly string[] | undefined;
  /** A messenger registry overlay (after the config's `registry`). */
  registryPath?: string | undefined;
  /** How diagnostics and `files` name a path. */
  display: (path: string) => string;
}

export interface AuditSetup {
  /** The effective config (file + code); absent when the config file does not load. */
  config?: AuditConfig;
  /** The rule packs' rules (besides the bundled ones). */
  rules: RuleDefinition[];
  /** Absent when the config, a rule pack or a registry overlay has errors: nothing should be audited. */
  registry?: MessengerRegistry;
  /** The overlay files composed into `registry`, in order (the report's provenance). */
  registryOverlays?: { path: string; sha256: string }[];
  /** The region's own regulation editions (config `editions`). */
  editions?: Edition[];
  diagnostics: Diagnostic[];
  /** The config, rule and overlay files read, for `report.inputs`. */
  files: { path: string; sha256: string }[];
  /** The rule pack directories and registry overlay files of the run, as `display` names them. */
  rulePackDirs?: string[];
  registryOverlayPaths?: string[];
}

/**
 * What every audit of a run shares — the config, the rule packs (with the config's overrides
 * checked against them) and the messenger registry with its overlays — read once, in that order,
 * stopping at the first part with errors. Never throws for bad input.
 */
export async function loadAuditSetup(options: AuditSetupOptions): Promise<AuditSetup> {
  const { configPath, config: codeConfig, rulesDirs = [], registryPath, display } = options;
  const diagnostics: Diagnostic[] = [];
  const files: { path: string; sha256: string }[] = [];

  let fileConfig: AuditConfig = {};
  let configText: string | undefined;
  if (configPath) {
    // Overrides are checked once the rule packs are known (below).
    const loaded = await loadConfigFile(configPath, { displayPath: display(configPath), rules: false });
    append(diagnostics, loaded.diagnostics);
    if (!loaded.config) return { rules: [], diagnostics, files };
    fileConfig = loaded.config;
    configText = loaded.text;
    if (loaded.sha256) files.push({ path: display(configPath), sha256: loaded.sha256 });
  }
  const config: AuditConfig = {
    ...(codeConfig ?? {}),
    ...fileConfig,
    rules: { ...(codeConfig?.rules ?? {}), ...(fileConfig.rules ?? {}) },
  };
  const fromConfig = (p: string) => (configPath ? resolve(dirname(configPath), p) : p);

  // Rule packs, then the config's overrides checked against every rule, with positions.
  const packDirs = [...rulesDirs, ...(fileConfig.rulePacks ?? []).map(fromConfig)];
  const rulePackDirs = packDirs.map(display);
  const packs = await loadRulePacks(packDirs, display);
  append(diagnostics, packs.diagnostics);
  append(files, packs.files);
  if (hasErrors(packs.diagnostics)) return { config, rules: packs.rules, diagnostics, files, rulePackDirs };
  if (configPath && configText !== undefined) {
    const rechecked = parseConfig(configText, display(configPath), {
      rules: [...builtinCatalog().rules, ...packs.rules],
    });
    append(diagnostics, rechecked.diagnostics);
    if (!rechecked.config) return { config, rules: packs.rules, diagnostics, files, rulePackDirs };
  }

  // Registry: the built-in one, extended by the config's overlay and then the explicit one.
  const overlayPaths = [fileConfig.registry ? fromConfig(fileConfig.registry) : undefined, registryPath];
  const registryOverlayPaths = overlayPaths.filter((p): p is string => p !== undefined).map(display);
  const overlays = await loadRegistryOverlays(overlayPaths, display);
  append(diagnostics, overlays.diagnostics);
  append(files, overlays.files);
  if (!overlays.registry)
    return { config, rules: packs.rules, diagnostics, files, rulePackDirs, registryOverlayPaths };

  // The region's own editions of the regulation.
  let editions: Edition[] = [];
  if (fileConfig.editions) {
    const path = fromConfig(fileConfig.editions);
    const loaded = await loadEditionsFile(path, display(path));
    append(diagnostics, loaded.diagnostics);
    if (!loaded.editions)
      return { config, rules: packs.rules, diagnostics, files, rulePackDirs, registryOverlayPaths };
    editions = loaded.editions;
    const sha = await sha256File(path);
    if (sha) files.push({ path: display(path), sha256: sha });
  }
  return {
    config,
    rules: packs.rules,
    registry: overlays.registry,
    registryOverlays: overlays.files,
    editions,
    diagnostics,
    files,
    rulePackDirs,
    registryOverlayPaths,
  };
}
