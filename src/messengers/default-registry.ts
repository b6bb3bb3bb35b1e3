import { DEFAULT_REGISTRY } from './default-registry.generated.js';
import type { MessengerRegistry } from './types.js';
import { materializeRegistry } from './registry-as-of.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

// One frozen object for the process: the matcher caches its indexes per registry object, and no
// caller can change the bundled statuses under another caller's feet.
const bundled: MessengerRegistry = deepFreeze(materializeRegistry(DEFAULT_REGISTRY));

/**
 * The registry bundled with the library (rules/data/messengers.yaml at build time). Always the
 * same frozen object; use `extendRegistry` to add to it and `registryAsOf` to take its statuses on
 * another date (its own are those of its newest entry date).
 */
export function defaultRegistry(): MessengerRegistry {
  return bundled;
}
