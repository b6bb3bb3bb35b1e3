import fc from 'fast-check';
import { simplePathSteps } from '../../../src/evaluate/resolve-path.js';
import type { Condition, TopLevelCondition } from '../../../src/evaluate/types.js';
import { primitiveArb, valueArb } from './arbitraries.js';

/** What a rule's conditions say about one fact: literals compared with it and paths read from it. */
interface FactUse {
  literals: unknown[];
  paths: Set<string>;
  /** Facts it is compared with (`value: { fact }`), whose literals it should share. */
  peers: Set<string>;
}

export interface FactSpecLike {
  type: 'boolean' | 'number' | 'string' | 'string[]';
  nullable?: boolean;
  values?: readonly string[];
}

export interface RuleLike {
  id: string;
  params?: Record<string, { type: string; default: unknown }>;
  when?: TopLevelCondition;
  conditions: TopLevelCondition;
}

const PARAMS = 'params';
const MISSING = Symbol('missing');

function collect(
  tree: unknown,
  uses: Map<string, FactUse>,
  shared: Record<string, unknown>,
  seen = new Set<string>(),
): void {
  const use = (name: string): FactUse => {
    let u = uses.get(name);
    if (!u) uses.set(name, (u = { literals: [], paths: new Set(), peers: new Set() }));
    return u;
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.condition === 'string') {
      if (!seen.has(n.condition) && shared[n.condition]) {
        seen.add(n.condition);
        visit(shared[n.condition]);
      }
      return;
    }
    if (Array.isArray(n.all)) n.all.forEach(visit);
    if (Array.isArray(n.any)) n.any.forEach(visit);
    if (n.not !== undefined) visit(n.not);
    if (typeof n.fact !== 'string') return;
    const leaf = n as unknown as Condition & { fact: string; value: unknown; path?: string };
    const u = use(leaf.fact);
    if (typeof leaf.path === 'string') u.paths.add(leaf.path);
    const v = leaf.value;
    if (v !== null && typeof v === 'object' && Object.hasOwn(v, 'fact')) {
      const ref = v as { fact: string; path?: string };
      const r = use(ref.fact);
      if (typeof ref.path === 'string') r.paths.add(ref.path);
      u.peers.add(ref.fact);
      r.peers.add(leaf.fact);
    } else {
      u.literals.push(v);
      if (Array.isArray(v)) u.literals.push(...v);
    }
  };
  visit(tree);
}

/** Values near a literal: the literal, its neighbours, other types that JS might confuse with it. */
function near(literal: unknown): unknown[] {
  if (typeof literal === 'number')
    return [literal, literal - 1, literal + 1, literal + 0.5, String(literal), -literal];
  if (typeof literal === 'string')
    return [literal, literal.toUpperCase(), `${literal} `, literal.slice(1), ''];
  if (typeof literal === 'boolean') return [literal, !literal, String(literal)];
  return [literal];
}

function specValues(spec: FactSpecLike | undefined): unknown[] {
  if (!spec) return [];
  const out: unknown[] = spec.nullable ? [null] : [];
  if (spec.type === 'boolean') out.push(true, false);
  if (spec.type === 'number') out.push(0, 1, 2, 3, 7, 30, 365);
  if (spec.type === 'string') out.push(...(spec.values ?? ['', 'x']));
  if (spec.type === 'string[]') out.push([], [...(spec.values ?? ['x'])].slice(0, 2));
  return out;
}

/** Writes `value` at `steps` inside `root`, creating arrays for index steps and objects otherwise. */
function setAt(root: Record<string, unknown>, steps: readonly string[], value: unknown): void {
  let node: any = root;
  for (let i = 0; i < steps.length - 1; i++) {
    const k = steps[i]!;
    if (node[k] === null || typeof node[k] !== 'object') node[k] = /^\d+$/.test(steps[i + 1]!) ? [] : {};
    node = node[k];
  }
  if (steps.length) node[steps[steps.length - 1]!] = value;
}

function factArb(
  name: string,
  uses: Map<string, FactUse>,
  spec: FactSpecLike | undefined,
): fc.Arbitrary<unknown> {
  const u = uses.get(name)!;
  const literals = [...u.literals];
  for (const peer of u.peers) literals.push(...(uses.get(peer)?.literals ?? []));
  const scalars = [...new Set([...literals.flatMap(near), ...specValues(spec)])].filter(
    (v) => !Array.isArray(v),
  );
  const pool: fc.Arbitrary<unknown> = scalars.length ? fc.constantFrom(...scalars) : primitiveArb;
  const arrays = fc
    .tuple(fc.subarray(scalars), fc.array(primitiveArb, { maxLength: 1 }))
    .map(([a, b]) => [...a, ...b]);
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { weight: 6, arbitrary: pool },
    { weight: 2, arbitrary: arrays },
    { weight: 1, arbitrary: primitiveArb },
    { weight: 1, arbitrary: valueArb },
  ];
  const simple = [...u.paths].map(simplePathSteps).filter((s): s is string[] => s !== null);
  if (u.paths.size > 0) {
    // Objects in which the rule's paths resolve, to values from the pool.
    const objects = fc
      .array(fc.oneof(pool, arrays), { minLength: simple.length, maxLength: simple.length })
      .map((vals) => {
        const root: Record<string, unknown> = {};
        simple.forEach((steps, i) => setAt(root, steps, vals[i]));
        return root;
      });
    choices.push({ weight: 8, arbitrary: objects });
  }
  return fc.oneof(...choices);
}

function paramArb(def: { type: string; default: unknown }, literals: unknown[]): fc.Arbitrary<unknown> {
  const d = def.default;
  const override =
    def.type === 'number' && typeof d === 'number'
      ? fc.constantFrom(d - 1, d + 1, 0, d * 2)
      : def.type === 'boolean'
        ? fc.boolean()
        : def.type === 'string[]' && Array.isArray(d)
          ? fc.subarray([...new Set([...d, ...literals.filter((l) => typeof l === 'string')])])
          : fc.constantFrom(...new Set([d, '', ...literals.filter((l) => typeof l === typeof d)]));
  return fc.oneof({ weight: 3, arbitrary: fc.constant(d) }, { weight: 2, arbitrary: override });
}

/**
 * Subjects for one rule: every fact its `when`/`conditions` mention (mostly present, sometimes
 * missing), drawn from the rule's literals and their neighbours, the fact vocabulary's values,
 * arrays with and without the literals, objects in which its paths resolve; plus `params` from
 * the rule's parameter defaults with random overrides.
 */
export function subjectArb(
  rule: RuleLike,
  vocabulary: Readonly<Record<string, FactSpecLike>> = {},
  shared: Record<string, unknown> = {},
): fc.Arbitrary<Record<string, unknown>> {
  const uses = new Map<string, FactUse>();
  collect(rule.when, uses, shared);
  collect(rule.conditions, uses, shared);
  const names = [...uses.keys()].filter((n) => n !== PARAMS);
  const allLiterals = [...uses.values()].flatMap((u) => u.literals);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) {
    record[name] = fc.oneof(
      { weight: 12, arbitrary: factArb(name, uses, vocabulary[name]) },
      { weight: 1, arbitrary: fc.constant(MISSING) },
    );
  }
  const params = Object.entries(rule.params ?? {});
  if (params.length > 0 || uses.has(PARAMS)) {
    record[PARAMS] = fc.record(Object.fromEntries(params.map(([k, def]) => [k, paramArb(def, allLiterals)])));
  }
  return fc.record(record).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== MISSING)));
}
