import type { CustomOperator } from './types.js';
import { guardPatternOperator } from './pattern-operator.js';

/**
 * What an argument is known to be at compile time: the condition's literal `value` is known, a fact
 * value is not. Used only to prove that an operator can never throw (see `total`).
 */
export type ArgKind = { known: false } | { known: true; value: unknown };
export const UNKNOWN: ArgKind = { known: false };

/** json-rules-engine's `Operator`: `evaluate(a, b) = validator(a) && cb(a, b)`. */
export interface ResolvedOperator {
  name: string;
  evaluate: (factValue: unknown, jsonValue: unknown) => unknown;
  /**
   * True when `evaluate` provably never throws for these argument kinds. Only then may the
   * compiled engine skip evaluating the operator after a group's result is already decided
   * (json-rules-engine evaluates every condition of a same-priority set, so a skipped condition
   * that would have thrown would change the outcome).
   */
  total: (a: ArgKind, b: ArgKind) => boolean;
  /** The name of the default operator when this is one, undecorated and not replaced. */
  builtin?: string;
}

interface BaseOperator {
  name: string;
  cb: (a: any, b: any) => unknown;
  validator: (a: any) => unknown;
  total: (a: ArgKind, b: ArgKind) => boolean;
}

interface Decorator {
  name: string;
  cb: (a: any, b: any, next: (a: any, b: any) => unknown) => unknown;
  validator: (a: any) => unknown;
  total: (a: ArgKind, b: ArgKind, inner: ResolvedOperator) => boolean;
}

const always = (): true => true;
const never = (): false => false;

// The same predicate as json-rules-engine's `numberValidator` (strings like "5abc" and arrays like
// [5] pass: `parseFloat` reads a numeric prefix of `String(value)`).
export function numberValidator(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

const isRealArray = (v: unknown): v is unknown[] =>
  Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && !Object.hasOwn(v, 'indexOf');

/** A literal primitive that `<`, `parseFloat` and friends convert without calling user code. */
const isPlainPrimitive = (k: ArgKind): boolean =>
  k.known && (k.value === null || ['number', 'string', 'boolean', 'undefined'].includes(typeof k.value));

const numericTotal = (a: ArgKind, b: ArgKind): boolean => isPlainPrimitive(a) && isPlainPrimitive(b);

/** json-rules-engine 7.3.1 `engine-default-operators.js`, operator for operator. */
const DEFAULT_OPERATORS: readonly BaseOperator[] = [
  { name: 'equal', cb: (a, b) => a === b, validator: always, total: always },
  { name: 'notEqual', cb: (a, b) => a !== b, validator: always, total: always },
  {
    name: 'in',
    cb: (a, b) => b.indexOf(a) > -1,
    validator: always,
    total: (_a, b) => b.known && isRealArray(b.value),
  },
  {
    name: 'notIn',
    cb: (a, b) => b.indexOf(a) === -1,
    validator: always,
    total: (_a, b) => b.known && isRealArray(b.value),
  },
  // `Array.isArray` guards `a`; Array.prototype.indexOf compares with === and cannot throw.
  { name: 'contains', cb: (a, b) => a.indexOf(b) > -1, validator: Array.isArray, total: always },
  { name: 'doesNotContain', cb: (a, b) => a.indexOf(b) === -1, validator: Array.isArray, total: always },
  { name: 'lessThan', cb: (a, b) => a < b, validator: numberValidator, total: numericTotal },
  { name: 'lessThanInclusive', cb: (a, b) => a <= b, validator: numberValidator, total: numericTotal },
  { name: 'greaterThan', cb: (a, b) => a > b, validator: numberValidator, total: numericTotal },
  { name: 'greaterThanInclusive', cb: (a, b) => a >= b, validator: numberValidator, total: numericTotal },
];

const everyLiteral = (b: ArgKind, f: (e: ArgKind) => boolean): boolean =>
  b.known && isRealArray(b.value) && b.value.every((e) => f({ known: true, value: e }));

/** json-rules-engine 7.3.1 `engine-default-operator-decorators.js`. */
const DEFAULT_DECORATORS: readonly Decorator[] = [
  {
    name: 'someFact',
    cb: (a, b, next) => a.some((fv: unknown) => next(fv, b)),
    validator: Array.isArray,
    total: (_a, b, inner) => inner.total(UNKNOWN, b),
  },
  {
    name: 'someValue',
    cb: (a, b, next) => b.some((jv: unknown) => next(a, jv)),
    validator: always,
    total: (a, b, inner) => everyLiteral(b, (e) => inner.total(a, e)),
  },
  {
    name: 'everyFact',
    cb: (a, b, next) => a.every((fv: unknown) => next(fv, b)),
    validator: Array.isArray,
    total: (_a, b, inner) => inner.total(UNKNOWN, b),
  },
  {
    name: 'everyValue',
    cb: (a, b, next) => b.every((jv: unknown) => next(a, jv)),
    validator: always,
    total: (a, b, inner) => everyLiteral(b, (e) => inner.total(a, e)),
  },
  {
    name: 'swap',
    cb: (a, b, next) => next(b, a),
    validator: always,
    total: (a, b, inner) => inner.total(b, a),
  },
  {
    name: 'not',
    cb: (a, b, next) => !next(a, b),
    validator: always,
    total: (a, b, inner) => inner.total(a, b),
  },
];

/** Names of json-rules-engine's default operators and decorators (for rule linting). */
export const DEFAULT_OPERATOR_NAMES: readonly string[] = DEFAULT_OPERATORS.map((o) => o.name);
export const DEFAULT_DECORATOR_NAMES: readonly string[] = DEFAULT_DECORATORS.map((d) => d.name);

function resolveBase(op: BaseOperator, builtin: boolean): ResolvedOperator {
  const { cb, validator } = op;
  // Specialised for the default (always-true) validator only to save a call; same value either way.
  const evaluate =
    validator === always
      ? (a: unknown, b: unknown) => cb(a, b)
      : (a: unknown, b: unknown) => validator(a) && cb(a, b);
  return builtin
    ? { name: op.name, evaluate, total: op.total, builtin: op.name }
    : { name: op.name, evaluate, total: op.total };
}

function decorate(decorator: Decorator, inner: ResolvedOperator): ResolvedOperator {
  const next = inner.evaluate;
  const { cb, validator } = decorator;
  const evaluate =
    validator === always
      ? (a: unknown, b: unknown) => cb(a, b, next)
      : (a: unknown, b: unknown) => validator(a) && cb(a, b, next);
  return {
    name: `${decorator.name}:${inner.name}`,
    evaluate,
    total: (a, b) => decorator.total(a, b, inner),
  };
}

/**
 * json-rules-engine's `OperatorMap`: default operators, then custom ones (which may replace a
 * default of the same name), and the default decorators.
 */
export class OperatorRegistry {
  private readonly operators = new Map<string, ResolvedOperator>();
  private readonly decorators = new Map<string, Decorator>();

  constructor(custom: readonly CustomOperator[] = []) {
    for (const op of DEFAULT_OPERATORS) this.operators.set(op.name, resolveBase(op, true));
    for (const op of custom.map(guardPatternOperator)) {
      // json-rules-engine's `Operator` constructor checks, in its order and with its messages.
      const name = String(op.name);
      if (!op.name) throw new Error('Missing operator name');
      if (typeof op.evaluate !== 'function') throw new Error('Missing operator callback');
      this.operators.set(
        name,
        resolveBase({ name, cb: op.evaluate, validator: op.validator || always, total: never }, false),
      );
    }
    for (const d of DEFAULT_DECORATORS) this.decorators.set(d.name, d);
  }

  /**
   * `OperatorMap.get`: an exact name wins; otherwise peel `decorator:` prefixes left to right
   * until a known operator remains, then apply the decorators innermost first. Unknown → null.
   */
  get(name: unknown): ResolvedOperator | null {
    const cached = this.operators.get(name as string);
    if (cached) return cached;
    if (typeof name !== 'string') {
      // json-rules-engine calls `name.indexOf(':')` here and throws a TypeError.
      throw new TypeError(`Unknown operator: ${String(name)}`);
    }
    const decorators: Decorator[] = [];
    let opName = name;
    while (!this.operators.has(opName)) {
      const i = opName.indexOf(':');
      if (i <= 0) return null;
      const decorator = this.decorators.get(opName.slice(0, i));
      if (!decorator) return null;
      decorators.unshift(decorator);
      opName = opName.slice(i + 1);
    }
    let op = this.operators.get(opName)!;
    for (const d of decorators) {
      op = decorate(d, op);
      this.operators.set(op.name, op);
    }
    return op;
  }
}
