import { conditionExplainer, getEngine } from '../evaluate/index.js';
import { evaluatePrepared, prepareRules, resolveParams, unknownFactsFor } from '../catalog/rule-runner.js';
import type { Facts } from '../evaluate/types.js';
import type { AuditInput } from '../model/types.js';
import { PARAMS_FACT } from '../normalize/index.js';
import type { Explanation } from '../report/types.js';
import { effectiveRules } from './effective-rules.js';
import { findingSubject } from '../findings/finding-subject.js';
import { prepareAudit } from './prepare-audit.js';
import type { AuditOptions } from './types.js';

export type ExplainOptions = AuditOptions & {
  /** Only this subject; all subjects of the rule's type when absent. */
  subjectId?: string;
};

/**
 * Why a rule fired or not, per subject: the applicability (`when`) and violation (`conditions`)
 * trees with each condition's fact value, operator, expected value and result; conditions that
 * short-circuiting skipped are marked `not-evaluated`. The outcome is the one `audit()` reaches.
 * A rule switched off in the config is explained as if it were on and marked `disabled` (the audit
 * did not evaluate it). An unknown rule id throws.
 */
export async function explain(
  input: AuditInput,
  ruleId: string,
  options: ExplainOptions = {},
): Promise<Explanation[]> {
  const ctx = prepareAudit(input, options);
  const definition = ctx.catalog.rules.find((r) => r.id === ruleId);
  if (!definition) {
    throw new RangeError(`Правило ${ruleId} не найдено в каталоге / rule ${ruleId} is not in the catalog`);
  }
  const override = options.config?.rules?.[ruleId];
  const [effective] = effectiveRules([definition], {
    rules: { [ruleId]: { ...(override ?? {}), enabled: true } },
  }).enabled;
  const rule = effective!.rule;
  const disabled = ctx.disabled.includes(ruleId);
  // The same parameter object the audit's rule runner builds, so both see identical facts.
  const params = { ...resolveParams(rule, effective!.params) };
  const compileOptions = options.operators ? { operators: options.operators } : {};
  const subjects = (ctx.subjects.byType[rule.subject] ?? []).filter(
    (s) => options.subjectId === undefined || s.id === options.subjectId,
  );

  // The outcome comes from the audit's own rule runner (unknown check included), the trees from
  // the explainer.
  const [prepared] = prepareRules([rule], {
    engine: getEngine(ctx.engine),
    params: { [rule.id]: effective!.params },
    ...(options.operators ? { operators: options.operators } : {}),
  });
  // Each tree planned once for all subjects (hundreds of people), when first needed.
  const explainWhen = rule.when ? conditionExplainer(rule.when, compileOptions) : undefined;
  const explainViolation = conditionExplainer(rule.conditions, compileOptions);
  const out: Explanation[] = [];
  for (const subject of subjects) {
    const facts: Facts = { ...subject.facts, [PARAMS_FACT]: params };
    const outcome = await evaluatePrepared(prepared!, subject);
    const unknownFacts = outcome === 'not-applicable' ? [] : unknownFactsFor(prepared!, subject);
    const applicability = explainWhen?.(facts);
    const violation = outcome !== 'not-applicable' ? explainViolation(facts) : undefined;
    out.push({
      ruleId: rule.id,
      subject: findingSubject(subject),
      outcome,
      ...(unknownFacts.length > 0 ? { unknownFacts } : {}),
      ...(applicability ? { applicability } : {}),
      ...(violation ? { violation } : {}),
      params,
      ...(disabled ? { disabled: true } : {}),
    });
  }
  return out;
}
