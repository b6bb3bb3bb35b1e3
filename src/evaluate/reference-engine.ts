import { jsonPathResolver } from './resolve-path.js';
import { Engine, Operator } from 'json-rules-engine';
import { guardPatternOperator } from './pattern-operator.js';
import { cloneData } from './clone-data.js';
import type {
  CompileOptions,
  CompiledCondition,
  ConditionEngine,
  Facts,
  TopLevelCondition,
} from './types.js';

const EVENT = { type: 'sferum-compliance/condition-held' };
const MISSING_CONDITION_OPERATOR = 'sferum-compliance/missing-condition';

/** Names that `{ condition }` nodes use, anywhere in these trees. */
function referencedNames(trees: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.condition === 'string') names.add(n.condition);
    for (const key of ['all', 'any'] as const)
      if (Array.isArray(n[key])) (n[key] as unknown[]).forEach(visit);
    if (n.not !== undefined) visit(n.not);
  };
  trees.forEach(visit);
  return names;
}

/**
 * Builds the json-rules-engine `Engine` for one condition: one rule whose event fires when the
 * condition holds. Throws (like json-rules-engine) when the tree or an operator is malformed.
 */
function buildEngine(condition: TopLevelCondition, options: CompileOptions): Engine {
  // The same resolver as the compiled engine, with jsonpath-plus script evaluation off.
  const engine = new Engine([], {
    allowUndefinedFacts: true,
    pathResolver: (value: object, path: string) => jsonPathResolver(path)(value),
  });
  for (const op of (options.operators ?? []).map(guardPatternOperator)) {
    // `engine.addOperator(name, cb)` silently drops a validator: only an `Operator` instance keeps it.
    engine.addOperator(new Operator(op.name, op.evaluate, op.validator));
  }
  const shared = options.sharedConditions ?? {};
  for (const [name, tree] of Object.entries(shared)) {
    engine.setCondition(name, cloneData(tree) as never);
  }
  // json-rules-engine throws "No condition X exists" synchronously while mapping a priority set;
  // a sibling's rejected promise created before it is then never handled, and an unhandled
  // rejection can take a Node process down. A stand-in that rejects asynchronously with the
  // same message keeps the outcome (the run rejects when, and only when, it gets there).
  const missing = [...referencedNames([condition, ...Object.values(shared)])].filter(
    (n) => n !== '' && !Object.hasOwn(shared, n),
  );
  if (missing.length > 0) {
    engine.addOperator(
      new Operator(MISSING_CONDITION_OPERATOR, (_fact: unknown, name: unknown) => {
        throw new Error(`No condition ${String(name)} exists`);
      }),
    );
    for (const name of missing) {
      engine.setCondition(name, {
        all: [{ fact: MISSING_CONDITION_OPERATOR, operator: MISSING_CONDITION_OPERATOR, value: name }],
      });
    }
  }
  engine.addRule({ conditions: cloneData(condition) as never, event: EVENT });
  return engine;
}

/**
 * The reference: evaluates conditions with json-rules-engine itself. Slow (one `Engine.run` per
 * subject) but it is the definition of the semantics the compiled engine must reproduce.
 */
export const referenceEngine: ConditionEngine = {
  name: 'reference',
  compile(condition: TopLevelCondition, options: CompileOptions = {}): CompiledCondition {
    const engine = buildEngine(condition, options);
    // `Engine.run` keeps a shared status flag: a run that finishes while another is between
    // priority sets marks the engine FINISHED and the other run skips its rule. Runs are
    // therefore serialised per engine.
    let queue: Promise<unknown> = Promise.resolve();
    return (facts: Facts): Promise<boolean> => {
      const run = queue.then(async () => {
        // Runtime facts are passed as they are: objects and arrays keep their identity.
        const result = await engine.run(facts as Record<string, unknown>);
        return result.events.length > 0;
      });
      queue = run.catch(() => undefined);
      return run;
    };
  },
};
