import type { RunSetup } from '../config/run-setup.js';
import type { Language } from '../model/vocabulary.js';
import { labelsFor } from './labels.js';

/**
 * The run setup as label/value lines, the same words in every format: what a reader of a report
 * must know the run used beyond the school's data. A switched-off bundled rule is a warning line.
 */
export interface RunSetupLine {
  label: string;
  value: string;
  warning?: boolean;
}

const WORDS = {
  ru: {
    title: 'Настройки проверки',
    defaults:
      'по умолчанию: файл настроек, дополнительные правила, дополнения реестра и исключения не использовались',
    configFile: 'Файл настроек',
    disabledCore: 'Отключено основное правило',
    disabled: 'Отключено правило',
    severity: 'Изменён уровень',
    param: 'Изменён параметр',
    defaultWas: 'по умолчанию',
    rulePacks: 'Дополнительные правила',
    packRules: 'Правила из пакетов',
    overlays: 'Дополнения реестра мессенджеров',
    waivers: 'Файлы исключений',
    waiversIgnored: 'исключения прочитаны, но не применялись (--ignore-waivers)',
    only: 'Проверялись только правила (--rule)',
    skip: 'Пропущены правила (--skip-rule)',
    warning: 'ВНИМАНИЕ',
  },
  en: {
    title: 'Run setup',
    defaults: 'defaults: no config file, rule packs, registry overlays or waivers were used',
    configFile: 'Config file',
    disabledCore: 'Core rule switched off',
    disabled: 'Rule switched off',
    severity: 'Severity changed',
    param: 'Parameter changed',
    defaultWas: 'default',
    rulePacks: 'Rule packs',
    packRules: 'Rules from packs',
    overlays: 'Messenger registry overlays',
    waivers: 'Waiver files',
    waiversIgnored: 'waivers were read but not applied (--ignore-waivers)',
    only: 'Only these rules ran (--rule)',
    skip: 'Rules skipped (--skip-rule)',
    warning: 'WARNING',
  },
} as const;

export function runSetupTitle(language: Language): string {
  return WORDS[language].title;
}

export function runSetupWarningWord(language: Language): string {
  return WORDS[language].warning;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `«${value}»` : JSON.stringify(value);
}

/** Lines to print; one «defaults» line when the run changed nothing. Empty when the report has no setup. */
export function runSetupLines(setup: RunSetup | undefined, language: Language): RunSetupLine[] {
  if (!setup) return [];
  const W = WORDS[language];
  const L = labelsFor(language);
  const lines: RunSetupLine[] = [];
  if (setup.configFile !== undefined) lines.push({ label: W.configFile, value: setup.configFile });
  // A selection switches off many rules at once: one warning line names it, and the rules it left
  // out are not listed again one by one.
  const selection = setup.ruleSelection;
  const only = selection?.only ? new Set(selection.only) : undefined;
  const skip = new Set(selection?.skip ?? []);
  if (selection?.only) lines.push({ label: W.only, value: selection.only.join(', '), warning: true });
  if (selection?.skip && selection.skip.length > 0)
    lines.push({ label: W.skip, value: selection.skip.join(', '), warning: true });
  for (const d of setup.disabledRules) {
    if ((only && !only.has(d.ruleId)) || skip.has(d.ruleId)) continue;
    lines.push(
      d.core
        ? { label: W.disabledCore, value: d.ruleId, warning: true }
        : { label: W.disabled, value: d.ruleId },
    );
  }
  for (const c of setup.severityChanges) {
    lines.push({
      label: W.severity,
      value: `${c.ruleId}: ${L.severity[c.from] ?? c.from} → ${L.severity[c.to] ?? c.to}`,
    });
  }
  for (const p of setup.parameterChanges) {
    lines.push({
      label: W.param,
      value: `${p.ruleId}: ${p.param} = ${show(p.value)} (${W.defaultWas} ${show(p.default)})`,
    });
  }
  if (setup.rulePacks.length > 0) lines.push({ label: W.rulePacks, value: setup.rulePacks.join(', ') });
  if (setup.packRules.length > 0) lines.push({ label: W.packRules, value: setup.packRules.join(', ') });
  if (setup.registryOverlays.length > 0)
    lines.push({ label: W.overlays, value: setup.registryOverlays.join(', ') });
  if (setup.waiverFiles.length > 0) {
    lines.push({
      label: W.waivers,
      value: `${setup.waiverFiles.join(', ')}${setup.waiversIgnored ? ` — ${W.waiversIgnored}` : ''}`,
    });
  }
  if (lines.length === 0) lines.push({ label: W.title, value: W.defaults });
  return lines;
}

/** Machine-readable form (JUnit properties, SARIF run properties): `setup.*` names, plain values. */
export function runSetupProperties(setup: RunSetup | undefined): [string, string][] {
  if (!setup) return [];
  const out: [string, string][] = [];
  if (setup.configFile !== undefined) out.push(['setup.configFile', setup.configFile]);
  if (setup.disabledRules.length > 0)
    out.push(['setup.disabledRules', setup.disabledRules.map((d) => d.ruleId).join(',')]);
  const core = setup.disabledRules.filter((d) => d.core);
  if (core.length > 0) out.push(['setup.disabledCoreRules', core.map((d) => d.ruleId).join(',')]);
  if (setup.severityChanges.length > 0)
    out.push([
      'setup.severityChanges',
      setup.severityChanges.map((c) => `${c.ruleId}:${c.from}->${c.to}`).join(','),
    ]);
  if (setup.parameterChanges.length > 0) {
    out.push([
      'setup.parameterChanges',
      setup.parameterChanges.map((p) => `${p.ruleId}.${p.param}=${JSON.stringify(p.value)}`).join(','),
    ]);
  }
  if (setup.rulePacks.length > 0) out.push(['setup.rulePacks', setup.rulePacks.join(',')]);
  if (setup.packRules.length > 0) out.push(['setup.packRules', setup.packRules.join(',')]);
  if (setup.registryOverlays.length > 0)
    out.push(['setup.registryOverlays', setup.registryOverlays.join(',')]);
  if (setup.waiverFiles.length > 0) out.push(['setup.waiverFiles', setup.waiverFiles.join(',')]);
  if (setup.waiversIgnored) out.push(['setup.waiversIgnored', 'true']);
  if (setup.ruleSelection?.only) out.push(['setup.onlyRules', setup.ruleSelection.only.join(',')]);
  if (setup.ruleSelection?.skip) out.push(['setup.skipRules', setup.ruleSelection.skip.join(',')]);
  return out;
}
