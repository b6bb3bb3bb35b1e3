export type { MessengerEntry, MessengerRegistry, MessengerStatus, PlatformMatch } from './types.js';
export { parseRegistry } from './parse-registry.js';
export { defaultRegistry } from './default-registry.js';
export { extendRegistry } from './extend-registry.js';
export { normalizePlatform } from './normalize-platform.js';
