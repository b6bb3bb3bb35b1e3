import { JSONPath } from 'jsonpath-plus';

export type PathResolver = (value: object) => unknown;

/**
 * json-rules-engine's `defaultPathResolver`, with script evaluation off: rule packs come from
 * outside, and `?(…)` / `(…)` expressions would run code from them (the rule lint rejects them too).
 */
export function jsonPathResolver(path: unknown): PathResolver {
  // `JSONPath({...})` returns a scalar answer by throwing it (an Error with its stack trace) out
  // of the constructor and catching it. The same instance, not started, then `evaluate` with the
  // arguments the constructor would pass: the same answer and errors, no throw for a scalar.
  // `callback` and `otherTypeCallback` must stay absent (not undefined): evaluate() takes any
  // member given over the instance's defaults.
  type Args = { path: string; json: object; callback: undefined; otherTypeCallback: undefined };
  return (json) =>
    JSONPath({ path: path as string, json, wrap: false, eval: false, autostart: false }).evaluate({
      path,
      json,
    } as Args);
}

// `$`, then `.name` / `[digits]` steps. For these, jsonpath-plus walks one own property per step
// (`val && Object.hasOwn(val, key)`, so `length` of arrays and strings, and indices of strings,
// resolve too), a single match comes back unwrapped and no match is `undefined`. Anything else
// goes to jsonpath-plus itself.
const SIMPLE_PATH = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*$/;
const STEP = /\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]/g;

/** The steps of a simple path (`$.a[0].b` → `['a', '0', 'b']`), or null when it is not simple. */
export function simplePathSteps(path: unknown): string[] | null {
  if (typeof path !== 'string' || !SIMPLE_PATH.test(path)) return null;
  const steps: string[] = [];
  for (const m of path.matchAll(STEP)) steps.push((m[1] ?? m[2])!);
  return steps;
}

function stepsResolver(steps: readonly string[]): PathResolver {
  const hasOwn = Object.hasOwn;
  if (steps.length === 1) {
    const k = steps[0]!;
    return (v) => (hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined);
  }
  return (root) => {
    let v: unknown = root;
    for (let i = 0; i < steps.length; i++) {
      const k = steps[i]!;
      if (!v || !hasOwn(v as object, k)) return undefined;
      v = (v as Record<string, unknown>)[k];
    }
    return v;
  };
}

export interface CompiledPath {
  resolve: PathResolver;
  /** True when resolving cannot throw (the fast path); jsonpath-plus itself may throw. */
  total: boolean;
}

/**
 * A resolver with exactly jsonpath-plus's answer (`wrap: false`) for `path`, as json-rules-engine
 * applies it to object fact values. `fast: false` forces jsonpath-plus (used by the tests).
 */
export function compilePath(path: unknown, fast = true): CompiledPath {
  const steps = fast ? simplePathSteps(path) : null;
  if (steps) return { resolve: stepsResolver(steps), total: true };
  return { resolve: jsonPathResolver(path), total: false };
}
