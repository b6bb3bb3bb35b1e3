import { normalizePlatform } from '../messengers/normalize-platform.js';
import type { MessengerRegistry, PlatformMatch } from '../messengers/types.js';
import type { AuditInput } from '../model/types.js';

// A region writes the same few platform spellings thousands of times; matching is pure per registry.
const cache = new WeakMap<MessengerRegistry, Map<string, PlatformMatch>>();
const CACHE_LIMIT = 10_000;

function match(platform: string, link: string | undefined, registry: MessengerRegistry): PlatformMatch {
  let byKey = cache.get(registry);
  if (!byKey) cache.set(registry, (byKey = new Map()));
  const key = `${platform}\u0000${link ?? ''}`;
  let hit = byKey.get(key);
  if (!hit) {
    hit = normalizePlatform(platform, link, registry);
    if (byKey.size >= CACHE_LIMIT) byKey.clear();
    byKey.set(key, hit);
  }
  return hit;
}

/**
 * Channels of the inventory on a messenger the registry marks prohibited, by messenger id, keys
 * sorted. Counted from the inventory as the normalize stage reads it (platform text and link), so
 * every such channel counts, whichever 2.final rule its content makes fire.
 */
export function countProhibitedMessengers(
  input: AuditInput,
  registry: MessengerRegistry,
): Record<string, number> {
  const counts = new Map<string, number>();
  for (const channel of input.channels ?? []) {
    const m = match(channel.platform ?? '', channel.link, registry);
    if (m.status !== 'prohibited' || !m.entry) continue;
    counts.set(m.entry.id, (counts.get(m.entry.id) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const id of [...counts.keys()].sort()) out[id] = counts.get(id)!;
  return out;
}
