import { planCondition, type GroupPlan, type PlanNode, type PlanOptions } from './plan-condition.js';
import { forInHas, isFactReference } from './read-fact.js';
import type { CompileOptions, ExplainNode, Facts, TopLevelCondition } from './types.js';

interface Step {
  /** `evaluateCondition`'s value for the node (a leaf's raw operator result). */
  value: unknown;
  node: ExplainNode;
}

function describe(p: PlanNode, node: ExplainNode): ExplainNode {
  const src = p.source as Record<string, unknown> | null;
  if (src && typeof src === 'object') {
    if (typeof src.name === 'string') node.name = src.name;
    if (src.priority !== undefined) node.priority = src.priority;
  }
  return node;
}

function leafFields(p: PlanNode & { kind: 'leaf' }, node: ExplainNode): ExplainNode {
  const src = p.source;
  node.fact = src.fact;
  if (src.path) node.path = src.path;
  node.operator = src.operator;
  if (isFactReference(src.value)) {
    const ref = src.value as { fact: string; path?: string };
    node.valueFact = ref.path ? { fact: ref.fact, path: ref.path } : { fact: ref.fact };
  } else {
    node.value = src.value;
  }
  return node;
}

/** A node short-circuiting skipped, with its subtree (references are not expanded). */
function skipped(p: PlanNode): ExplainNode {
  switch (p.kind) {
    case 'leaf':
      return describe(p, leafFields(p, { kind: 'leaf', result: 'not-evaluated' }));
    case 'all':
    case 'any':
      return describe(p, { kind: p.kind, result: 'not-evaluated', children: p.children.map(skipped) });
    case 'not':
      return describe(p, { kind: 'not', result: 'not-evaluated', children: [skipped(p.child)] });
    case 'condition':
      return describe(p, { kind: 'condition', result: 'not-evaluated', condition: String(p.name) });
    case 'throw': {
      const name = (p.source as { condition?: unknown } | null)?.condition;
      return describe(p, {
        kind: name === undefined ? 'leaf' : 'condition',
        result: 'not-evaluated',
        ...(name === undefined ? {} : { condition: String(name) }),
      });
    }
  }
}

const asResult = (raw: unknown): boolean => (typeof raw === 'boolean' ? raw : Boolean(raw));

/** An interpreter with json-rules-engine's evaluation order, recording what each condition saw. */
function nested(p: PlanNode, facts: any): Step {
  switch (p.kind) {
    case 'leaf': {
      if (!p.operator) throw p.operatorError!;
      const value = p.readValue(facts);
      const factValue = p.readFact(facts);
      const raw = p.operator.evaluate(factValue, value);
      const node = describe(p, leafFields(p, { kind: 'leaf', result: asResult(raw) }));
      node.factValue = factValue;
      node.value = value;
      if (typeof raw !== 'boolean') node.rawResult = raw;
      return { value: raw, node };
    }
    case 'all':
    case 'any': {
      const g = group(p, facts);
      const passes = g.value === true;
      return { value: passes, node: describe(p, { kind: p.kind, result: passes, children: g.children }) };
    }
    case 'not': {
      const child = nested(p.child, facts);
      const value = !child.value;
      return { value, node: describe(p, { kind: 'not', result: value, children: [child.node] }) };
    }
    case 'condition': {
      const target = nested(p.target()!, facts);
      return {
        value: target.value,
        node: describe(p, {
          kind: 'condition',
          condition: String(p.name),
          result: asResult(target.value),
          children: [target.node],
        }),
      };
    }
    case 'throw':
      throw p.error;
  }
}

/** `prioritizeAndRun`, keeping children in their written order in the explanation. */
function group(p: GroupPlan, facts: any): { value: unknown; children: ExplainNode[] } {
  if (p.children.length === 0) return { value: true, children: [] };
  if (p.children.length === 1) {
    const only = nested(p.children[0]!, facts);
    return { value: only.value, children: [only.node] };
  }
  if (p.prioritizeError) throw p.prioritizeError;
  const nodes: (ExplainNode | undefined)[] = new Array(p.children.length);
  let result = p.kind === 'all';
  for (const set of p.sets) {
    const decided = p.kind === 'all' ? !result : result;
    if (decided) break;
    const values = set.map((i) => {
      const step = nested(p.children[i]!, facts);
      nodes[i] = step.node;
      return step.value;
    });
    result = p.kind === 'all' ? values.every((v) => v === true) : values.some((v) => v === true);
  }
  return { value: result, children: p.children.map((c, i) => nodes[i] ?? skipped(c)) };
}

/**
 * Explains how `condition` evaluates on `facts`: every condition with its fact value, expected
 * value and result; conditions short-circuiting skipped are marked `'not-evaluated'`. The root's
 * `result` is the engines' result. Throws where the engines throw.
 */
export function explainCondition(
  condition: TopLevelCondition,
  facts: Facts,
  options: CompileOptions = {},
  planOptions: PlanOptions = {},
): ExplainNode {
  return explainPlan(planCondition(condition, options, planOptions), facts);
}

/**
 * `explainCondition` for one condition over many facts objects: planned once, on the first call
 * (so a condition that does not plan throws then, as `explainCondition` would), not per subject.
 */
export function conditionExplainer(
  condition: TopLevelCondition,
  options: CompileOptions = {},
): (facts: Facts) => ExplainNode {
  let root: PlanNode | undefined;
  return (facts) => explainPlan((root ??= planCondition(condition, options)), facts);
}

function explainPlan(root: PlanNode, facts: Facts): ExplainNode {
  const f: any = facts === null || facts === undefined ? {} : facts;
  if ((typeof f === 'object' || typeof f === 'function') && '' in f && forInHas(f, '')) {
    throw new Error('factId required');
  }
  if (root.kind === 'all' || root.kind === 'any') {
    // The rule fires when `prioritizeAndRun`'s raw value is truthy.
    const g = group(root, f);
    return describe(root, { kind: root.kind, result: Boolean(g.value), children: g.children });
  }
  const step = nested(root, f);
  step.node.result = Boolean(step.value);
  return step.node;
}
