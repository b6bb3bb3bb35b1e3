import type { RuleDefinition } from '../../src/catalog/types.js';
import { getEngine } from '../../src/evaluate/index.js';
import { evaluatePrepared, prepareRules } from '../../src/catalog/rule-runner.js';
import type { EngineName } from '../../src/evaluate/types.js';
import type { Subjects } from '../../src/normalize/types.js';

/** Every `rule id → subject id` pair that fires, rule by rule, subjects in input order. */
export async function firedRules(
  rules: readonly RuleDefinition[],
  subjects: Subjects,
  engine: EngineName,
): Promise<string[]> {
  const prepared = prepareRules(rules, { engine: getEngine(engine) });
  const fired: string[] = [];
  for (const p of prepared) {
    for (const s of subjects.byType[p.rule.subject]) {
      if ((await evaluatePrepared(p, s)) === 'fires') fired.push(`${p.rule.id} → ${s.id}`);
    }
  }
  return fired;
}
