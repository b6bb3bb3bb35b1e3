import { setFlagsFromString } from 'node:v8';

/**
 * How long a CLI run goes without V8's optimizing compiler (TurboFan). It compiles hot functions on
 * a second thread; a run that is over in half a second pays for optimizations it has little time
 * to use: a single-school audit spent ~90 ms more CPU with it (median of 11 paired runs, 590 vs
 * 500 ms; wall 520 vs 500 ms on an idle two-core machine, more on a busy one; issue 13).
 * Interpreter and baseline code run everything the same way, only slower in hot loops, so any
 * longer run gets TurboFan back after this long.
 */
const WITHOUT_OPTIMIZER_MS = 400;

let deferred = false;

/**
 * Turns TurboFan off until `WITHOUT_OPTIMIZER_MS` have passed or `optimizeFromNow` is called.
 * Only the bin calls it (src/cli/bin.ts), before the CLI's modules load: the flag is process-wide,
 * and the library and the tests keep V8's defaults. A Node that refuses the flag runs as before.
 */
export function deferOptimizingCompiler(): void {
  try {
    setFlagsFromString('--no-turbofan');
  } catch {
    return;
  }
  deferred = true;
  // unref: a run that ends sooner does not wait for the timer.
  setTimeout(optimizeFromNow, WITHOUT_OPTIMIZER_MS).unref();
}

/**
 * TurboFan back on now: the commands made for volume (region, scan, merge) call it as they start,
 * so a thousand schools or a million messages never run a moment without it. Does nothing unless
 * `deferOptimizingCompiler` turned it off (a user's own `--no-turbofan` stays).
 */
export function optimizeFromNow(): void {
  if (!deferred) return;
  deferred = false;
  try {
    setFlagsFromString('--turbofan');
  } catch {
    // Nothing to undo: the flag was set by this module.
  }
}
