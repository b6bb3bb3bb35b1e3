import { matchPlatform } from '../messengers/match-platform.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { AuditInput } from '../model/types.js';

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
    const m = matchPlatform(channel.platform ?? '', channel.link, registry);
    if (m.status !== 'prohibited' || !m.entry) continue;
    counts.set(m.entry.id, (counts.get(m.entry.id) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const id of [...counts.keys()].sort()) out[id] = counts.get(id)!;
  return out;
}
