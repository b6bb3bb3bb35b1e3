export type {
  MessengerEntry,
  MessengerEntryData,
  MessengerRegistry,
  MessengerRegistryData,
  MessengerStatus,
  PlatformMatch,
  StatusKind,
  StatusPeriod,
  StatusSource,
} from './types.js';
export { parseRegistry } from './parse-registry.js';
export { defaultRegistry } from './default-registry.js';
export { extendRegistry } from './extend-registry.js';
export { normalizePlatform } from './normalize-platform.js';
export { matchPlatform } from './match-platform.js';
export { registryAsOf, statusOn } from './registry-as-of.js';
