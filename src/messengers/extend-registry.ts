import type { MessengerEntry, MessengerRegistry } from './types.js';
import { registryHash } from './registry-hash.js';

function isRegistry(x: MessengerRegistry | readonly MessengerEntry[]): x is MessengerRegistry {
  return !Array.isArray(x);
}

/**
 * Composes a registry with a regional or school overlay: the regulation's list ends with «и др.»,
 * so a region may add services or settle a status. Later wins by id: an overlay entry replaces
 * the base entry with the same id in place (keeping the base order); new entries are appended.
 * The version records the composition (`2026.11.1+region-54`); an overlay given as a bare entry
 * list is named by its own hash (`+local-1a2b3c4d`). The hash covers the composed entries.
 */
export function extendRegistry(
  base: MessengerRegistry,
  overlay: MessengerRegistry | readonly MessengerEntry[],
): MessengerRegistry {
  const extra = isRegistry(overlay) ? overlay.entries : overlay;
  const byId = new Map<string, MessengerEntry>();
  for (const e of extra) byId.set(e.id, e);
  const entries: MessengerEntry[] = base.entries.map((e) => byId.get(e.id) ?? e);
  const baseIds = new Set(base.entries.map((e) => e.id));
  for (const [id, e] of byId) if (!baseIds.has(id)) entries.push(e);

  const tag = isRegistry(overlay) ? overlay.version : `local-${registryHash('', extra).slice(0, 8)}`;
  const version = `${base.version}+${tag}`;
  const source = isRegistry(overlay)
    ? `${base.source} + ${overlay.source}`
    : `${base.source} + local overlay (${extra.length})`;
  return { version, source, hash: registryHash(version, entries), entries };
}
