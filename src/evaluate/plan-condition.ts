import { cloneData } from './clone-data.js';
import { OperatorRegistry, UNKNOWN, type ArgKind, type ResolvedOperator } from './operator-registry.js';
import { compileFactReader, isFactReference, type Reader } from './read-fact.js';
import type { CompileOptions, Condition, LeafCondition, TopLevelCondition } from './types.js';

/**
 * A condition tree validated and resolved once, in json-rules-engine's terms. Both the compiled
 * engine (closures) and `explainCondition` (an interpreter) work from it.
 */
export type PlanNode = LeafPlan | GroupPlan | NotPlan | ReferencePlan | ThrowPlan;

export interface LeafPlan {
  kind: 'leaf';
  source: LeafCondition;
  readFact: Reader;
  readValue: Reader;
  /** The same readers for plain data facts (see `factGetter`). */
  readFactPlain: Reader;
  readValuePlain: Reader;
  /** Null when the operator is unknown: evaluating the leaf then throws, as in json-rules-engine. */
  operator: ResolvedOperator | null;
  operatorError: Error | null;
  total: boolean;
}

export interface GroupPlan {
  kind: 'all' | 'any';
  source: Condition;
  children: PlanNode[];
  /**
   * Children grouped by priority, highest first (json-rules-engine's `prioritizeConditions`),
   * as indices into `children`. Only meaningful with two or more children.
   */
  sets: number[][];
  /** Set when prioritising itself throws in json-rules-engine (e.g. a priority named `constructor`). */
  prioritizeError: Error | null;
  total: boolean;
}

export interface NotPlan {
  kind: 'not';
  source: Condition;
  child: PlanNode;
  total: boolean;
}

export interface ReferencePlan {
  kind: 'condition';
  source: Condition;
  name: unknown;
  /** Resolved lazily so that cyclic references (which recurse forever in both engines) can exist. */
  target: () => PlanNode | undefined;
  total: boolean;
}

/** A node whose evaluation always throws (kept lazy: json-rules-engine throws only when it gets there). */
export interface ThrowPlan {
  kind: 'throw';
  source: unknown;
  error: Error;
  total: false;
}

// Throws on null and undefined like `hasOwnProperty.call` did; callers pass objects.
const hasOwn = (o: unknown, k: string): boolean => Object.hasOwn(o as object, k);

/** `Condition.booleanOperator`: `any` wins over `all`, which wins over `not`. */
function booleanOperator(c: object): 'any' | 'all' | 'not' | undefined {
  if (hasOwn(c, 'any')) return 'any';
  if (hasOwn(c, 'all')) return 'all';
  if (hasOwn(c, 'not')) return 'not';
  return undefined;
}

/** json-rules-engine's `Condition` constructor checks (they run when the rule is added). */
function validate(c: unknown): void {
  if (!c) throw new Error('Condition: constructor options required');
  const op = booleanOperator(c as object);
  if (op) {
    const sub = (c as Record<string, unknown>)[op];
    const isArray = Array.isArray(sub);
    if (op !== 'not' && !isArray) throw new Error(`"${op}" must be an array`);
    if (op === 'not' && isArray) throw new Error(`"${op}" cannot be an array`);
    if (isArray) for (const s of sub as unknown[]) validate(s);
    else validate(sub);
  } else if (!hasOwn(c, 'condition')) {
    if (!hasOwn(c, 'fact')) throw new Error('Condition: constructor "fact" property required');
    if (!hasOwn(c, 'operator')) throw new Error('Condition: constructor "operator" property required');
    if (!hasOwn(c, 'value')) throw new Error('Condition: constructor "value" property required');
  }
}

/** `Rule.setConditions` / `Engine.setCondition` root check, then the constructor checks. */
function validateRoot(c: unknown): void {
  if (
    c === null ||
    c === undefined ||
    (!hasOwn(c, 'all') && !hasOwn(c, 'any') && !hasOwn(c, 'not') && !hasOwn(c, 'condition'))
  ) {
    throw new Error(
      '"conditions" root must contain a single instance of "all", "any", "not", or "condition"',
    );
  }
  validate(c);
}

/**
 * The priority `prioritizeConditions` files a child under: booleans parse theirs
 * (`parseInt(p, 10) || 1`), leaves and references keep the raw value; falsy means 1.
 */
function effectivePriority(c: Condition): unknown {
  const raw = (c as { priority?: unknown }).priority;
  // The constructor parses the priority of anything with an `all`/`any`/`not` key (even when it
  // also has `condition`); a leaf's `parseInt` lands on the input object, not on the condition.
  if (booleanOperator(c)) return Number.parseInt(raw as string, 10) || 1;
  return raw || 1;
}

/** `Rule.prioritizeConditions`, run on indices with its exact key and sort semantics. */
function prioritize(children: readonly Condition[]): number[][] {
  const sets = children.reduce<Record<string, number[]>>((acc, c, i) => {
    const priority = effectivePriority(c) as string;
    if (!acc[priority]) acc[priority] = [];
    acc[priority]!.push(i);
    return acc;
  }, {});
  return Object.keys(sets)
    .sort((a, b) => (Number(a) > Number(b) ? -1 : 1))
    .map((p) => sets[p]!);
}

export interface PlanOptions {
  /** Use the fast path for simple JSONPaths (default true; the tests compare both). */
  fastPaths?: boolean;
}

class Planner {
  private readonly registry: OperatorRegistry;
  private readonly shared = new Map<string, Condition>();
  private readonly sharedPlans = new Map<string, PlanNode>();
  private readonly inProgress = new Set<string>();
  private readonly fastPaths: boolean;

  constructor(options: CompileOptions, planOptions: PlanOptions) {
    this.fastPaths = planOptions.fastPaths ?? true;
    // Same order as the reference engine: operators, shared conditions, then the rule.
    this.registry = new OperatorRegistry(options.operators ?? []);
    for (const [name, c] of Object.entries(options.sharedConditions ?? {})) {
      if (!name) throw new Error('Engine: setCondition() requires name');
      if (!c) throw new Error('Engine: setCondition() requires conditions');
      validateRoot(c);
      this.shared.set(name, cloneData(c) as Condition);
    }
  }

  /** The root: booleans by `booleanOperator`, otherwise a reference. */
  root(c: TopLevelCondition): PlanNode {
    const op = booleanOperator(c);
    if (op) return this.boolean(c, op);
    return this.reference(c);
  }

  /** A nested condition (`evaluateCondition`): references first, then booleans, then leaves. */
  node(c: Condition): PlanNode {
    if (hasOwn(c, 'condition')) return this.reference(c);
    const op = booleanOperator(c);
    if (op) return this.boolean(c, op);
    return this.leaf(c as LeafCondition);
  }

  private boolean(c: Condition, op: 'any' | 'all' | 'not'): PlanNode {
    if (op === 'not') {
      const child = this.node((c as { not: Condition }).not);
      return { kind: 'not', source: c, child, total: child.total };
    }
    const raw = (c as unknown as Record<string, Condition[]>)[op]!;
    const children = raw.map((s) => this.node(s));
    let sets: number[][] = [];
    let prioritizeError: Error | null = null;
    if (children.length > 1) {
      try {
        sets = prioritize(raw);
      } catch (e) {
        prioritizeError = e as Error;
      }
    }
    // A child filed under a symbol priority is dropped by `Object.keys`: never evaluated.
    const total = prioritizeError === null && children.every((ch) => ch.total);
    return { kind: op, source: c, children, sets, prioritizeError, total };
  }

  private reference(c: Condition): PlanNode {
    const name = (c as { condition: unknown }).condition;
    const known = typeof name === 'string' && this.shared.has(name);
    if (!known) {
      return {
        kind: 'throw',
        source: c,
        error: new Error(`No condition ${String(name)} exists`),
        total: false,
      };
    }
    const key = name as string;
    let target = this.sharedPlans.get(key);
    if (!target && !this.inProgress.has(key)) {
      this.inProgress.add(key);
      target = this.node(this.shared.get(key)!);
      this.inProgress.delete(key);
      this.sharedPlans.set(key, target);
    }
    const resolved = target;
    return {
      kind: 'condition',
      source: c,
      name,
      target: resolved ? () => resolved : () => this.sharedPlans.get(key),
      // A cycle recurses without end: never total.
      total: resolved ? resolved.total : false,
    };
  }

  private leaf(c: LeafCondition): LeafPlan {
    let operator: ResolvedOperator | null = null;
    let operatorError: Error | null = null;
    try {
      operator = this.registry.get(c.operator);
      if (!operator) operatorError = new Error(`Unknown operator: ${String(c.operator)}`);
    } catch (e) {
      operatorError = e as Error;
    }
    const fact = compileFactReader(c.fact, c.path, this.fastPaths);
    const factPlain = compileFactReader(c.fact, c.path, this.fastPaths, true);
    let readValue: Reader;
    let readValuePlain: Reader;
    let valueKind: ArgKind;
    let valueTotal: boolean;
    if (isFactReference(c.value)) {
      const ref = compileFactReader(c.value.fact, c.value.path, this.fastPaths);
      readValue = ref.read;
      readValuePlain = compileFactReader(c.value.fact, c.value.path, this.fastPaths, true).read;
      valueKind = UNKNOWN;
      valueTotal = ref.total;
    } else {
      // A private copy: json-rules-engine compares with a fresh clone of the literal each run,
      // so no fact value is ever identical to a literal object.
      const literal = cloneData(c.value);
      readValue = readValuePlain = () => literal;
      valueKind = { known: true, value: literal };
      valueTotal = true;
    }
    const total = operator !== null && fact.total && valueTotal && operator.total(UNKNOWN, valueKind);
    return {
      kind: 'leaf',
      source: c,
      readFact: fact.read,
      readValue,
      readFactPlain: factPlain.read,
      readValuePlain,
      operator,
      operatorError,
      total,
    };
  }
}

/**
 * Validates `condition` as json-rules-engine does when a rule is added (throwing the same errors)
 * and resolves operators, paths, references and priorities once.
 */
export function planCondition(
  condition: TopLevelCondition,
  options: CompileOptions = {},
  planOptions: PlanOptions = {},
): PlanNode {
  const planner = new Planner(options, planOptions);
  validateRoot(condition);
  return planner.root(cloneData(condition));
}
