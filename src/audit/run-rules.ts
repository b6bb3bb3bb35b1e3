import { getEngine } from '../evaluate/index.js';
import {
  evaluatePrepared,
  prepareRules,
  unknownFactsFor,
  type PreparedRule,
} from '../catalog/rule-runner.js';
import type { Catalog } from '../catalog/types.js';
import type { CustomOperator } from '../evaluate/types.js';
import type { Subject } from '../normalize/types.js';
import type { AuditContext } from './prepare-audit.js';
import type { EffectiveRule } from './effective-rules.js';
import { cacheFor, cachedValue } from '../util/bounded-cache.js';

// Compiling ~70 rules costs more than evaluating them over a small school; a regional run audits
// thousands of schools with the same catalog and config, so compiled rules are reused. Only runs
// without custom operators are cached (functions have no stable key).
const preparedCache = new WeakMap<Catalog, Map<string, PreparedRule[]>>();

function prepared(
  ctx: AuditContext,
  params: Record<string, Record<string, unknown>>,
  operators: readonly CustomOperator[] | undefined,
): PreparedRule[] {
  const build = () =>
    prepareRules(
      ctx.rules.map((r) => r.rule),
      { engine: getEngine(ctx.engine), params, operators: operators ? [...operators] : [] },
    );
  if (operators && operators.length > 0) return build();
  const key = JSON.stringify([ctx.engine, ctx.rules.map((r) => [r.rule.id, r.rule.severity]), params]);
  // A handful of configs per catalog is normal; an unbounded stream of them is not worth keeping.
  return cachedValue(cacheFor(preparedCache, ctx.catalog), key, 16, build);
}

export interface RuleRun {
  rule: EffectiveRule;
  /** Subjects of the rule's type. */
  evaluated: number;
  /** Subjects whose outcome was not `not-applicable`. */
  applicable: number;
  /** The subjects it fired for, in subject order. */
  fired: Subject[];
  /** Subjects it could not decide. */
  undetermined: number;
  /**
   * For the undetermined subjects: each unknown fact and on how many subjects it was unknown, keys
   * in the order first met (subject order, each subject's facts sorted).
   */
  unknownFacts: Record<string, number>;
}

/**
 * Evaluates every enabled rule over every subject of its type. Synchronous engines stay
 * synchronous (no await per check); a Promise outcome (reference engine) is awaited. Only what
 * the audit uses is kept — counts and the fired subjects — not one record per evaluation (a
 * school of 600 people has ~12 000 of them).
 */
export async function runRules(
  ctx: AuditContext,
  options: { operators?: readonly CustomOperator[]; onProgress?: (done: number, total: number) => void } = {},
): Promise<RuleRun[]> {
  const params: Record<string, Record<string, unknown>> = {};
  for (const r of ctx.rules) params[r.rule.id] = r.params;
  const rules = prepared(ctx, params, options.operators);
  const total = ctx.rules.reduce((n, r) => n + (ctx.subjects.byType[r.rule.subject]?.length ?? 0), 0);
  let done = 0;
  options.onProgress?.(0, total);
  const runs: RuleRun[] = [];
  for (let i = 0; i < ctx.rules.length; i++) {
    const rule = ctx.rules[i]!;
    const p = rules[i]!;
    const subjects = ctx.subjects.byType[rule.rule.subject] ?? [];
    const run: RuleRun = {
      rule,
      evaluated: subjects.length,
      applicable: 0,
      fired: [],
      undetermined: 0,
      unknownFacts: {},
    };
    for (const subject of subjects) {
      const result = evaluatePrepared(p, subject);
      const outcome = typeof result === 'string' ? result : await result;
      if (outcome === 'not-applicable') continue;
      run.applicable += 1;
      if (outcome === 'fires') run.fired.push(subject);
      else if (outcome === 'undetermined') {
        run.undetermined += 1;
        for (const f of unknownFactsFor(p, subject)) run.unknownFacts[f] = (run.unknownFacts[f] ?? 0) + 1;
      }
    }
    done += subjects.length;
    options.onProgress?.(done, total);
    runs.push(run);
  }
  return runs;
}
