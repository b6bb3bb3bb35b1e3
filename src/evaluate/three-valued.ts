import type {
  CompileOptions,
  CompiledCondition,
  Condition,
  ConditionEngine,
  Facts,
  LeafCondition,
  TopLevelCondition,
} from './types.js';
import { isPromise } from '../util/is-promise.js';

/** A condition's truth for one subject: held, did not hold, or cannot be told from the facts. */
export type Truth = true | false | 'unknown';

/**
 * A condition tree prepared for the unknown check that runs before evaluation. Every node keeps
 * its own compiled form, so a subtree whose facts are all known is evaluated whole by the engine
 * (its quirks included); only nodes above an unknown leaf are combined three-valued.
 */
export type ThreeValuedPlan = (
  | {
      kind: 'all' | 'any';
      children: ThreeValuedPlan[];
      facts: readonly string[];
      compiled: CompiledCondition;
    }
  | { kind: 'not'; child: ThreeValuedPlan; facts: readonly string[]; compiled: CompiledCondition }
  | { kind: 'leaf'; facts: readonly string[]; nullTest: boolean; compiled: CompiledCondition }
) & {
  /**
   * The facts of every leaf below that is not a null test: the node has an unknown leaf exactly
   * when one of them is unknown. Flattened once, so the check before every evaluation is a loop
   * over a short list instead of a walk of the tree.
   */
  watched: readonly string[];
};

const PARAMS = 'params';

/** `{ fact, operator: equal | notEqual, value: null }`: the condition itself says what unknown means. */
function isNullTest(leaf: LeafCondition): boolean {
  return (
    (leaf.operator === 'equal' || leaf.operator === 'notEqual') &&
    leaf.value === null &&
    leaf.path === undefined
  );
}

function leafFacts(leaf: LeafCondition): string[] {
  const out = leaf.fact === PARAMS ? [] : [leaf.fact];
  const v = leaf.value as { fact?: unknown } | null;
  if (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    typeof v.fact === 'string' &&
    v.fact !== PARAMS
  ) {
    if (!out.includes(v.fact)) out.push(v.fact);
  }
  return out;
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * Prepares `condition` for three-valued evaluation with `engine`. Shared-condition references are
 * expanded (a reference that does not resolve is compiled as written, so the engine reports it).
 */
export function planThreeValued(
  condition: TopLevelCondition,
  engine: ConditionEngine,
  options: CompileOptions = {},
): ThreeValuedPlan {
  const build = (node: Condition, depth: number): ThreeValuedPlan => {
    const n = node as unknown as Record<string, unknown>;
    if (typeof n.condition === 'string' && depth < 64) {
      const shared = options.sharedConditions?.[n.condition];
      if (shared) return build(shared, depth + 1);
    }
    if (Array.isArray(n.all) || Array.isArray(n.any)) {
      const kind = Array.isArray(n.all) ? 'all' : 'any';
      const children = (n[kind] as Condition[]).map((c) => build(c, depth + 1));
      return {
        kind,
        children,
        facts: union(children.map((c) => c.facts)),
        compiled: engine.compile(node as TopLevelCondition, options),
        watched: union(children.map((c) => c.watched)),
      };
    }
    if (n.not !== undefined) {
      const child = build(n.not as Condition, depth + 1);
      return {
        kind: 'not',
        child,
        facts: child.facts,
        compiled: engine.compile(node as TopLevelCondition, options),
        watched: child.watched,
      };
    }
    if (typeof n.fact === 'string') {
      const leaf = node as LeafCondition;
      const facts = leafFacts(leaf);
      const nullTest = isNullTest(leaf);
      return {
        kind: 'leaf',
        facts,
        nullTest,
        compiled: engine.compile({ all: [leaf] }, options),
        watched: nullTest ? [] : facts,
      };
    }
    // Anything else (an unresolved reference) is the engine's to judge, with no facts of its own.
    return {
      kind: 'leaf',
      facts: [],
      nullTest: false,
      compiled: engine.compile(node as TopLevelCondition, options),
      watched: [],
    };
  };
  return build(condition, 0);
}

const isUnknown = (value: unknown): boolean => value === null || value === undefined;

function leafUnknown(plan: Extract<ThreeValuedPlan, { kind: 'leaf' }>, facts: Facts): boolean {
  // A null test asks about unknown itself: the rule author has said what it means.
  return !plan.nullTest && plan.facts.some((f) => isUnknown(facts[f]));
}

/** Whether any leaf of the condition reads an unknown fact (the check before evaluation). */
export function hasUnknown(plan: ThreeValuedPlan, facts: Facts): boolean {
  const watched = plan.watched;
  for (let i = 0; i < watched.length; i++) {
    if (isUnknown(facts[watched[i]!])) return true;
  }
  return false;
}

/** Facts the condition reads whose value is unknown (null or absent) for these facts, sorted. */
export function unknownFacts(plan: ThreeValuedPlan, facts: Facts): string[] {
  const out = new Set<string>();
  const walk = (p: ThreeValuedPlan) => {
    if (p.kind === 'leaf') {
      if (leafUnknown(p, facts)) for (const f of p.facts) if (isUnknown(facts[f])) out.add(f);
    } else if (p.kind === 'not') walk(p.child);
    else p.children.forEach(walk);
  };
  walk(plan);
  return [...out].sort();
}

function combine(kind: 'all' | 'any', values: readonly Truth[]): Truth {
  // Kleene: a false child decides `all`, a true child decides `any`; otherwise unknown wins.
  const decisive = kind !== 'all';
  if (values.includes(decisive)) return decisive;
  return values.includes('unknown') ? 'unknown' : !decisive;
}

/**
 * The condition's truth under Kleene's three-valued logic: a leaf reading an unknown fact is
 * `unknown`; `all` is false when any child is false, `any` true when any child is true, `not`
 * keeps unknown. A subtree with no unknown leaf is evaluated by the engine as a whole. Synchronous
 * with a synchronous engine.
 */
export function evaluateThreeValued(plan: ThreeValuedPlan, facts: Facts): Truth | Promise<Truth> {
  if (!hasUnknown(plan, facts)) {
    const held = plan.compiled(facts);
    return isPromise(held) ? held.then((h) => Boolean(h)) : Boolean(held);
  }
  switch (plan.kind) {
    case 'leaf':
      return 'unknown';
    case 'not': {
      const inner = evaluateThreeValued(plan.child, facts);
      const flip = (t: Truth): Truth => (t === 'unknown' ? t : !t);
      return isPromise(inner) ? inner.then(flip) : flip(inner);
    }
    default: {
      const kind = plan.kind;
      const values = plan.children.map((c) => evaluateThreeValued(c, facts));
      if (values.some(isPromise)) return Promise.all(values).then((v) => combine(kind, v));
      return combine(kind, values as Truth[]);
    }
  }
}
