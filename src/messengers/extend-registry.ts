import type { MessengerEntry, MessengerEntryData, MessengerRegistry } from './types.js';
import { registryHash } from './registry-hash.js';
import { materializeRegistry } from './registry-as-of.js';

function isRegistry(x: MessengerRegistry | readonly MessengerEntryData[]): x is MessengerRegistry {
  return !Array.isArray(x);
}

/** The data of an entry: what the file said, without the status computed for a date. */
function dataOf(e: MessengerEntryData | MessengerEntry): MessengerEntryData {
  if (!e.history) return e;
  const { status: _s, basis: _b, ...rest } = e as MessengerEntry;
  return rest;
}

/**
 * An overlay entry in the dated format adds its periods to the base entry's history (the federal
 * facts stay visible; the overlay's `region` / `school` periods win while in force); one in the old
 * undated format replaces the base entry, as before.
 */
function compose(base: MessengerEntryData, over: MessengerEntryData): MessengerEntryData {
  if (!over.history || !base.history) return over;
  return { ...over, history: [...base.history, ...over.history] };
}

/**
 * Composes a registry with a regional or school overlay: the regulation's list ends with «и др.»,
 * so a region may add services or settle a status. By id: an overlay entry takes the base entry's
 * place (keeping the base order; a dated one keeps the base history before its own periods); new
 * entries are appended. Statuses are recomputed for the newest entry date (see `registryAsOf`).
 * The version records the composition (`2026.11.1+region-54`); an overlay given as a bare entry
 * list is named by its own hash (`+local-1a2b3c4d`). The hash covers the composed entries.
 */
export function extendRegistry(
  base: MessengerRegistry,
  overlay: MessengerRegistry | readonly MessengerEntryData[],
): MessengerRegistry {
  const extra = (isRegistry(overlay) ? overlay.entries : overlay).map(dataOf);
  const byId = new Map<string, MessengerEntryData>();
  for (const e of extra) byId.set(e.id, e);
  const entries: MessengerEntryData[] = base.entries.map((e) => {
    const over = byId.get(e.id);
    return over ? compose(dataOf(e), over) : dataOf(e);
  });
  const baseIds = new Set(base.entries.map((e) => e.id));
  for (const [id, e] of byId) if (!baseIds.has(id)) entries.push(e);

  const tag = isRegistry(overlay) ? overlay.version : `local-${registryHash('', extra).slice(0, 8)}`;
  const version = `${base.version}+${tag}`;
  const source = isRegistry(overlay)
    ? `${base.source} + ${overlay.source}`
    : `${base.source} + local overlay (${extra.length})`;
  return materializeRegistry({ version, source, hash: registryHash(version, entries), entries });
}
