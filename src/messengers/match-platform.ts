import { normalizePlatform } from './normalize-platform.js';
import type { MessengerRegistry, PlatformMatch } from './types.js';
import { cacheFor, cachedValue } from '../util/bounded-cache.js';

// A region writes the same few platform spellings thousands of times, and normalize and the
// region's prohibited-messenger count both ask: matching is pure per registry, so one cache serves
// both. Results are shared: read them, do not modify them.
const caches = new WeakMap<MessengerRegistry, Map<string, PlatformMatch>>();
const CACHE_LIMIT = 10_000;

/** `normalizePlatform`, remembered per registry for the platform text and link. */
export function matchPlatform(
  platform: string,
  link: string | undefined,
  registry: MessengerRegistry,
): PlatformMatch {
  return cachedValue(cacheFor(caches, registry), `${platform}\u0000${link ?? ''}`, CACHE_LIMIT, () =>
    normalizePlatform(platform, link, registry),
  );
}
