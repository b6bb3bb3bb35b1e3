import { numberValidator } from './operator-registry.js';
import {
  planCondition,
  type GroupPlan,
  type LeafPlan,
  type PlanNode,
  type PlanOptions,
} from './plan-condition.js';
import { forInHas, type Reader } from './read-fact.js';
import type {
  CompileOptions,
  CompiledCondition,
  ConditionEngine,
  Facts,
  TopLevelCondition,
} from './types.js';

type Fn = (facts: any) => unknown;

const EMPTY = Object.freeze({});
const thrower =
  (error: Error): Fn =>
  () => {
    throw error;
  };

// Literal `in`/`notIn` arrays at least this long are looked up in a Set (primitives only).
const SET_THRESHOLD = 8;

function isPrimitive(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

/**
 * `array.indexOf(a) > -1` for a literal array of primitives, via a Set: a Set finds NaN
 * (SameValueZero) where indexOf does not (===), hence the `a === a` guard; both treat ±0 alike.
 */
function inSet(values: unknown[]): (a: unknown) => boolean {
  const set = new Set<unknown>();
  values.forEach((v) => set.add(v)); // forEach skips holes, as indexOf does
  return (a) => a === a && set.has(a);
}

function compileLeaf(p: LeafPlan, plain: boolean): Fn {
  if (!p.operator) return thrower(p.operatorError!);
  const read: Reader = plain ? p.readFactPlain : p.readFact;
  const readValue = plain ? p.readValuePlain : p.readValue;
  const src = p.source;
  const literal = !(src.value !== null && typeof src.value === 'object' && Object.hasOwn(src.value, 'fact'));
  if (p.operator.builtin && literal) {
    // Fast forms of the default operators against a literal. Each is `validator(a) && cb(a, v)`
    // of engine-default-operators.js with the validator inlined.
    const v = readValue(EMPTY) as any;
    switch (p.operator.builtin) {
      case 'equal':
        return (f) => read(f) === v;
      case 'notEqual':
        return (f) => read(f) !== v;
      case 'in':
      case 'notIn': {
        const negate = p.operator.builtin === 'notIn';
        if (
          Array.isArray(v) &&
          v.length >= SET_THRESHOLD &&
          v.every(isPrimitive) &&
          Object.getPrototypeOf(v) === Array.prototype &&
          !Object.hasOwn(v, 'indexOf')
        ) {
          const has = inSet(v);
          return negate ? (f) => !has(read(f)) : (f) => has(read(f));
        }
        return negate ? (f) => v.indexOf(read(f)) === -1 : (f) => v.indexOf(read(f)) > -1;
      }
      case 'contains':
        return (f) => {
          const a = read(f) as any;
          return Array.isArray(a) && a.indexOf(v) > -1;
        };
      case 'doesNotContain':
        return (f) => {
          const a = read(f) as any;
          return Array.isArray(a) && a.indexOf(v) === -1;
        };
      // For numbers `parseFloat(String(a))` is NaN only for NaN itself.
      case 'lessThan':
        return (f) => {
          const a = read(f) as any;
          return (typeof a === 'number' ? a === a : numberValidator(a)) && a < v;
        };
      case 'lessThanInclusive':
        return (f) => {
          const a = read(f) as any;
          return (typeof a === 'number' ? a === a : numberValidator(a)) && a <= v;
        };
      case 'greaterThan':
        return (f) => {
          const a = read(f) as any;
          return (typeof a === 'number' ? a === a : numberValidator(a)) && a > v;
        };
      case 'greaterThanInclusive':
        return (f) => {
          const a = read(f) as any;
          return (typeof a === 'number' ? a === a : numberValidator(a)) && a >= v;
        };
    }
  }
  const op = p.operator.evaluate;
  // json-rules-engine resolves the value, then the fact, then applies the operator.
  return (f) => {
    const b = readValue(f);
    return op(read(f), b);
  };
}

/**
 * `prioritizeAndRun`: no children → true; one child → its raw result; otherwise the priority
 * sets in order, each evaluated in full (json-rules-engine evaluates a whole set with
 * `Promise.all` before `every`/`some`) and short-circuiting between sets. Within a set the
 * compiled engine stops early only when every remaining condition provably cannot throw — the
 * one way evaluating it could change the outcome.
 */
function compileGroup(p: GroupPlan, compile: (p: PlanNode) => Fn): Fn {
  const children = p.children.map(compile);
  if (children.length === 0) return () => true;
  if (children.length === 1) return children[0]!;
  if (p.prioritizeError) return thrower(p.prioritizeError);
  const sets = p.sets.map((set) => set.map((i) => children[i]!));
  // restTotal[s][i]: every condition after i in set s cannot throw.
  const restTotal = p.sets.map((set) =>
    set.map((_, i) => set.slice(i + 1).every((j) => p.children[j]!.total)),
  );
  const isAll = p.kind === 'all';
  if (sets.length === 1 && restTotal[0]!.every(Boolean)) {
    const set = sets[0]!;
    const n = set.length;
    return isAll
      ? (f) => {
          for (let i = 0; i < n; i++) if (set[i]!(f) !== true) return false;
          return true;
        }
      : (f) => {
          for (let i = 0; i < n; i++) if (set[i]!(f) === true) return true;
          return false;
        };
  }
  return isAll
    ? (f) => {
        for (let s = 0; s < sets.length; s++) {
          const set = sets[s]!;
          const rest = restTotal[s]!;
          let ok = true;
          for (let i = 0; i < set.length; i++) {
            if (set[i]!(f) !== true) {
              ok = false;
              if (rest[i]) break;
            }
          }
          if (!ok) return false;
        }
        return true;
      }
    : (f) => {
        for (let s = 0; s < sets.length; s++) {
          const set = sets[s]!;
          const rest = restTotal[s]!;
          let hit = false;
          for (let i = 0; i < set.length; i++) {
            if (set[i]!(f) === true) {
              hit = true;
              if (rest[i]) break;
            }
          }
          if (hit) return true;
        }
        return false;
      };
}

/**
 * Closures for a plan: `nested` gives `evaluateCondition`'s value, the returned function the
 * rule's raw result. `plain` builds the variant for plain data facts.
 */
function compilePlan(root: PlanNode, plain: boolean): Fn {
  const memo = new Map<PlanNode, Fn>();

  // evaluateCondition: a leaf's raw operator result; booleans and references pass only on `true`.
  const nested = (p: PlanNode): Fn => {
    const hit = memo.get(p);
    if (hit) return hit;
    let fn: Fn;
    switch (p.kind) {
      case 'leaf':
        fn = compileLeaf(p, plain);
        break;
      case 'all':
      case 'any': {
        const raw = compileGroup(p, nested);
        fn = p.children.length === 1 ? (f) => raw(f) === true : raw;
        break;
      }
      case 'not': {
        const child = nested(p.child);
        fn = (f) => !child(f);
        break;
      }
      case 'condition': {
        let target: Fn | undefined;
        // Lazy: a cyclic reference recurses until the stack overflows (json-rules-engine
        // overflows or never settles).
        fn = (f) => (target ??= nested(p.target()!))(f);
        break;
      }
      case 'throw':
        fn = thrower(p.error);
        break;
    }
    memo.set(p, fn);
    return fn;
  };

  // The rule itself: `all`/`any` give `prioritizeAndRun`'s raw value (a lone child's result
  // as is), and the event fires when that is truthy.
  switch (root.kind) {
    case 'all':
    case 'any':
      return compileGroup(root, nested);
    default:
      return nested(root);
  }
}

/** Compiles a condition once into a synchronous closure with json-rules-engine's semantics. */
export function compileCondition(
  condition: TopLevelCondition,
  options: CompileOptions = {},
  planOptions: PlanOptions = {},
): (facts: Facts) => boolean {
  const plan = planCondition(condition, options, planOptions);
  const exact = compilePlan(plan, false);
  const plain = compilePlan(plan, true);
  const objectPrototype = Object.prototype;
  return (facts) => {
    const f: any = facts === null || facts === undefined ? EMPTY : facts;
    // `new Fact('')` throws "factId required" for an empty fact name in Engine.run.
    if ((typeof f === 'object' || typeof f === 'function') && '' in f && forInHas(f, '')) {
      throw new Error('factId required');
    }
    // Subjects are plain objects: read their facts directly. Anything else (null prototype,
    // class instances, strings…) goes through the exact `for…in` view of json-rules-engine.
    return !!(typeof f === 'object' && Object.getPrototypeOf(f) === objectPrototype ? plain(f) : exact(f));
  };
}

/** The default engine: rules compiled once into plain synchronous functions. */
export const compiledEngine: ConditionEngine = {
  name: 'compiled',
  compile: (condition, options) => compileCondition(condition, options) as CompiledCondition,
};
