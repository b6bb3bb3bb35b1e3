/**
 * Appends every item to `target`. Spreading into `push` passes each item as an argument and
 * overflows the call stack at ~125 000 items (a roster of bad rows, a message of many hits).
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
