import type { RuleDefinition, RuleParam } from '../catalog/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { joinPointer } from '../diagnostics/json-pointer.js';
import type { AuditConfig } from './types.js';

export function paramTypeMatches(param: RuleParam, value: unknown): boolean {
  switch (param.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    default:
      return false;
  }
}

/**
 * Checks `rules:` overrides against the rules that exist. An unknown rule id or parameter is a
 * warning (a rule pack may be missing on this run, or a rule was renamed); a value of the wrong
 * type is an error and the rule keeps its default.
 */
export function checkRuleOverrides(
  config: AuditConfig,
  rules: readonly RuleDefinition[],
  file?: string,
): Diagnostic[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: Diagnostic[] = [];
  const at = (pointer: string) => ({ pointer, ...(file ? { file } : {}) });
  for (const [id, override] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) {
      out.push({
        code: 'CONFIG_INVALID',
        severity: 'warning',
        message: {
          ru: `Настройка для неизвестного правила ${id} не применяется`,
          en: `Override for unknown rule ${id} is not applied`,
        },
        hint: {
          ru: 'Проверьте идентификатор: список правил — `sferum-compliance rules`.',
          en: 'Check the id; `sferum-compliance rules` lists them.',
        },
        ...at(joinPointer('/rules', id)),
      });
      continue;
    }
    for (const [name, value] of Object.entries(override.params ?? {})) {
      const param = rule.params?.[name];
      const pointer = joinPointer('/rules', id, 'params', name);
      if (!param) {
        const known = Object.keys(rule.params ?? {});
        out.push({
          code: 'CONFIG_INVALID',
          severity: 'warning',
          message: {
            ru: `У правила ${id} нет параметра «${name}»; значение не применяется`,
            en: `Rule ${id} has no parameter "${name}"; the value is not applied`,
          },
          hint: {
            ru: known.length ? `Параметры правила: ${known.join(', ')}.` : 'У правила нет параметров.',
            en: known.length ? `The rule's parameters: ${known.join(', ')}.` : 'The rule has no parameters.',
          },
          ...at(pointer),
        });
      } else if (!paramTypeMatches(param, value)) {
        out.push({
          code: 'CONFIG_INVALID',
          severity: 'error',
          message: {
            ru: `Параметр «${name}» правила ${id} должен иметь тип ${param.type}, получено ${JSON.stringify(value)}`,
            en: `Parameter "${name}" of rule ${id} must be ${param.type}, got ${JSON.stringify(value)}`,
          },
          ...at(pointer),
        });
      }
    }
  }
  return out;
}
