import type { RuleDefinition } from '../catalog/types.js';
import { checkRuleOverrides, paramTypeMatches } from '../config/check-rule-overrides.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A rule as this audit runs it: severity after overrides, parameters resolved. */
export interface EffectiveRule {
  rule: RuleDefinition;
  params: Record<string, unknown>;
}

/**
 * Applies `config.rules` to the catalog: switched-off rules drop out, severities change, and
 * parameters take configured values over defaults (values of the wrong type are reported and
 * ignored, unknown names too).
 */
export function effectiveRules(
  rules: readonly RuleDefinition[],
  config: AuditConfig | undefined,
): { enabled: EffectiveRule[]; disabled: string[]; diagnostics: Diagnostic[] } {
  const overrides = config?.rules ?? {};
  const enabled: EffectiveRule[] = [];
  const disabled: string[] = [];
  for (const rule of rules) {
    const o = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
    if (o?.enabled === false) {
      disabled.push(rule.id);
      continue;
    }
    const params: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.params ?? {})) {
      const configured = o?.params && Object.hasOwn(o.params, name) ? o.params[name] : undefined;
      params[name] =
        configured !== undefined && paramTypeMatches(spec, configured) ? configured : spec.default;
    }
    enabled.push({ rule: o?.severity ? { ...rule, severity: o.severity } : rule, params });
  }
  return { enabled, disabled, diagnostics: config ? checkRuleOverrides(config, rules) : [] };
}
