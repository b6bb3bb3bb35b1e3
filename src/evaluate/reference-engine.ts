import { Engine, Operator } from 'json-rules-engine';
import { cloneData } from './clone-data.js';
import type { CompileOptions, CompiledCondition, ConditionEngine, Facts, TopLevelCondition } from './types.js';

const EVENT = { type: 'sferum-compliance/condition-held' };

/**
 * Builds the json-rules-engine `Engine` for one condition: one rule whose event fires when the
 * condition holds. Throws (like json-rules-engine) when the tree or an operator is malformed.
 */
function buildEngine(condition: TopLevelCondition, options: CompileOptions): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of options.operators ?? []) {
    // `engine.addOperator(name, cb)` silently drops a validator: only an `Operator` instance keeps it.
    engine.addOperator(new Operator(op.name, op.evaluate, op.validator));
  }
  for (const [name, shared] of Object.entries(options.sharedConditions ?? {})) {
    engine.setCondition(name, cloneData(shared) as never);
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
