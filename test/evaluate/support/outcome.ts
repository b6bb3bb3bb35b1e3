import type {
  CompileOptions,
  ConditionEngine,
  Facts,
  TopLevelCondition,
} from '../../../src/evaluate/types.js';

/** What an engine made of a condition on some facts: a result, or an error (at compile or run time). */
export type Outcome = 'fired' | 'not fired' | 'error';

export async function outcome(
  engine: ConditionEngine,
  condition: TopLevelCondition,
  facts: Facts,
  options?: CompileOptions,
): Promise<Outcome> {
  try {
    const run = engine.compile(condition, options);
    return (await run(facts)) ? 'fired' : 'not fired';
  } catch {
    return 'error';
  }
}

/** Compiles once and returns a runner that maps each facts object to an Outcome. */
export function runner(
  engine: ConditionEngine,
  condition: TopLevelCondition,
  options?: CompileOptions,
): (facts: Facts) => Promise<Outcome> {
  let run: ReturnType<ConditionEngine['compile']>;
  try {
    run = engine.compile(condition, options);
  } catch {
    return async () => 'error';
  }
  return async (facts) => {
    try {
      return (await run(facts)) ? 'fired' : 'not fired';
    } catch {
      return 'error';
    }
  };
}
