import type { ISODate } from '../model/types.js';
import type {
  MessengerEntry,
  MessengerEntryData,
  MessengerRegistry,
  MessengerStatus,
  StatusKind,
  StatusPeriod,
} from './types.js';

/** The status each kind gives; `null`: a fact about access that changes no status. */
const KIND_STATUS: Readonly<Record<StatusKind, MessengerStatus | null>> = {
  'rkn-list': 'prohibited',
  'educational-platform': 'educational',
  'national-platform': 'allowed',
  domestic: 'allowed',
  foreign: 'unknown',
  blocked: null,
  restricted: null,
  discontinued: null,
  region: null,
  school: null,
};

// When several periods are in force, the strictest built-in one decides: a foreign service that is
// also on the RKN list is prohibited; Sferum inside the national messenger is the educational platform.
const RANK: Readonly<Record<MessengerStatus, number>> = {
  prohibited: 4,
  educational: 3,
  allowed: 2,
  unknown: 1,
};

function periodInForce(p: StatusPeriod, date: ISODate): boolean {
  return (p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to);
}

/**
 * The status of an entry on a date and the period that decided it. An overlay's `school` or
 * `region` period in force wins (the school's over the region's, the later-listed over the
 * earlier); otherwise the strictest status-giving period; with none in force the service is
 * `unknown`. A legacy entry (no history) keeps its written status, from its `effectiveFrom` on.
 */
export function statusOn(
  entry: MessengerEntryData,
  date: ISODate,
): { status: MessengerStatus; basis?: StatusPeriod } {
  if (!entry.history) {
    if (entry.effectiveFrom !== undefined && date < entry.effectiveFrom) return { status: 'unknown' };
    return { status: entry.status ?? 'unknown' };
  }
  let overlay: StatusPeriod | undefined;
  let best: StatusPeriod | undefined;
  let bestStatus: MessengerStatus | undefined;
  for (const p of entry.history) {
    if (!periodInForce(p, date)) continue;
    if (p.kind === 'school' || p.kind === 'region') {
      if (p.status && (!overlay || p.kind === 'school' || overlay.kind === 'region')) overlay = p;
      continue;
    }
    const s = KIND_STATUS[p.kind];
    if (s === null) continue;
    if (bestStatus === undefined || RANK[s] > RANK[bestStatus]) {
      best = p;
      bestStatus = s;
    }
  }
  if (overlay?.status) return { status: overlay.status, basis: overlay };
  if (best && bestStatus) return { status: bestStatus, basis: best };
  return { status: 'unknown' };
}

/** The latest `from` / `to` date over every entry's history. */
function newestEntryDate(entries: readonly MessengerEntryData[]): ISODate | undefined {
  let newest: ISODate | undefined;
  for (const e of entries) {
    for (const p of e.history ?? []) {
      for (const d of [p.from, p.to]) if (d !== undefined && (newest === undefined || d > newest)) newest = d;
    }
    if (e.effectiveFrom !== undefined && (newest === undefined || e.effectiveFrom > newest))
      newest = e.effectiveFrom;
  }
  return newest;
}

function entryOn(
  e: MessengerEntryData,
  date: ISODate | undefined,
  edu: readonly string[] | undefined,
): MessengerEntry {
  const { basis: _b, ...rest } = e as MessengerEntry;
  const on = date === undefined ? { status: e.status ?? 'unknown' } : statusOn(e, date);
  let status = on.status;
  // An edition names its educational platform; another service the registry calls educational
  // is, under that edition, a Russian service like any other (allowed, not the platform).
  if (edu && status === 'educational' && !edu.includes(e.id)) status = 'allowed';
  const out: MessengerEntry = { ...rest, status };
  if (on.basis) out.basis = on.basis;
  return out;
}

/**
 * A registry from data: every entry's `status` (and `basis`) taken on the newest entry date, the
 * latest world the registry knows. `registryAsOf` takes them on another date.
 */
export function materializeRegistry(data: {
  version: string;
  source: string;
  hash: string;
  entries: readonly MessengerEntryData[];
}): MessengerRegistry {
  const newestEntry = newestEntryDate(data.entries);
  // Undated periods hold on any day: with no dates at all, any day gives the same statuses.
  const entries = data.entries.map((e) => entryOn(e, newestEntry ?? '9999-12-31', undefined));
  const reg: MessengerRegistry = { version: data.version, source: data.source, hash: data.hash, entries };
  if (newestEntry !== undefined) reg.newestEntry = newestEntry;
  return reg;
}

const views = new WeakMap<MessengerRegistry, Map<string, MessengerRegistry>>();

/**
 * The registry as it stood on `date`: each entry's status from the periods in force then. With
 * `educationalPlatforms` (an edition's), only those ids stay `educational`. Cached per registry
 * object, date and list, so the matcher's indexes are built once per view.
 */
export function registryAsOf(
  registry: MessengerRegistry,
  date: ISODate,
  educationalPlatforms?: readonly string[],
): MessengerRegistry {
  let byKey = views.get(registry);
  if (!byKey) views.set(registry, (byKey = new Map()));
  const key = `${date}|${educationalPlatforms?.join(',') ?? '*'}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const view: MessengerRegistry = {
    version: registry.version,
    source: registry.source,
    hash: registry.hash,
    entries: registry.entries.map((e) => entryOn(e, date, educationalPlatforms)),
    asOf: date,
  };
  if (registry.newestEntry !== undefined) view.newestEntry = registry.newestEntry;
  if (educationalPlatforms) view.educationalPlatforms = [...educationalPlatforms];
  byKey.set(key, view);
  return view;
}
