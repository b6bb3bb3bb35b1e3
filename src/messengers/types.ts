import type { ISODate } from '../model/types.js';

/**
 * `prohibited`: on the Roskomnadzor list of foreign messengers (2.final);
 * `educational`: the allowed educational platform (Sferum, the VK Messenger educational profile);
 * `allowed`: Russian, allowed, but not the educational profile (a personal VK profile, e-mail…);
 * `unknown`: not in the registry — reported, never assumed allowed. An entry may also carry
 *   `unknown`: the service is recognised (Signal, Zoom…) but neither on the RKN list nor allowed by
 *   the regulation, so it needs a human decision (or a regional overlay via `extendRegistry`).
 */
export type MessengerStatus = 'prohibited' | 'educational' | 'allowed' | 'unknown';

/**
 * What a dated status says. `rkn-list`: on the Roskomnadzor list under 149-FZ art. 10 (what 2.final
 * cites) → prohibited; `educational-platform` (Sferum) → educational; `national-platform` (MAX,
 * 156-FZ) and `domestic` → allowed; `foreign` (a foreign service off the list) → unknown;
 * `blocked`, `restricted`, `discontinued` are facts about access that change no status by
 * themselves; `region` / `school` carry the status an overlay decided and win over the others.
 */
export type StatusKind =
  | 'rkn-list'
  | 'blocked'
  | 'restricted'
  | 'discontinued'
  | 'foreign'
  | 'domestic'
  | 'national-platform'
  | 'educational-platform'
  | 'region'
  | 'school';

export interface StatusSource {
  title: string;
  /** https://… (or file: for a regional document). */
  url: string;
  /** The date the source was read. */
  read: ISODate;
}

/** One dated status of a service: in force from `from` to `to` (both inclusive, open when absent). */
export interface StatusPeriod {
  kind: StatusKind;
  /** Required for `region` / `school`; otherwise the kind decides. */
  status?: MessengerStatus;
  from?: ISODate;
  to?: ISODate;
  source: StatusSource;
  note?: string;
}

export interface MessengerEntry {
  /** Canonical id: `whatsapp`, `telegram`, `sferum`, `vk-messenger-edu`… */
  id: string;
  /** Display names, Russian first. */
  name: { ru: string; en: string };
  /** Spellings people write: Latin, Cyrillic, short forms, common misspellings. */
  aliases: string[];
  /** Host names whose links identify the service (`chat.whatsapp.com`, `t.me`). */
  domains: string[];
  /** URL schemes (`tg:`, `whatsapp:`). */
  schemes?: string[];
  /** Path prefixes that must follow a domain for a link to count (e.g. `/joinchat`); empty: any path. */
  linkPaths?: string[];
  /**
   * Word forms that look like an alias (or its inflection) but name something else: «телеграмма»
   * is a paper telegram, not Telegram. They never match this entry.
   */
  notAliases?: string[];
  /**
   * Services of one platform (`vk`: a VK profile, the educational profile, Sferum). When the text
   * and the link name different members of one family, the more specific (educational) one stands;
   * across families the link, which proves the host, wins.
   */
  family?: string;
  /**
   * The status on the registry's date (`MessengerRegistry.asOf`, else its newest entry date),
   * computed from `history`; an entry in the legacy format carries it as written.
   */
  status: MessengerStatus;
  /** Dated statuses with their sources (the registry data format). */
  history?: readonly StatusPeriod[];
  /** The period of `history` that decided `status` on the registry's date, if any. */
  basis?: StatusPeriod;
  /**
   * Ids of services that, named together in one channel's text or link, mean this service
   * («Сферум» next to a max.ru link is Sferum in MAX).
   */
  impliedBy?: string[];
  /** Legacy format: where the status comes from. */
  source?: string;
  /** Legacy format: the date the status took effect (before it the service is `unknown`). */
  effectiveFrom?: ISODate;
}

/** An entry as the data file has it: `status` is computed from `history`. */
export type MessengerEntryData = Omit<MessengerEntry, 'status' | 'basis'> & { status?: MessengerStatus };

/** A registry as the data file has it (the bundled one is generated from rules/data/messengers.yaml). */
export interface MessengerRegistryData {
  version: string;
  source: string;
  hash: string;
  entries: readonly MessengerEntryData[];
}

export interface MessengerRegistry {
  version: string;
  source: string;
  /** sha256 of the registry's canonical JSON. */
  hash: string;
  entries: readonly MessengerEntry[];
  /** The latest `from` / `to` date of any entry's history: how recent the registry's world is. */
  newestEntry?: ISODate;
  /** Set on a view made by `registryAsOf`: the date its statuses are taken on. */
  asOf?: ISODate;
  /** Set on a view made for an edition: the ids the edition counts as the educational platform. */
  educationalPlatforms?: readonly string[];
}

export interface PlatformMatch {
  /** The text as the inventory had it. */
  input: string;
  entry?: MessengerEntry;
  status: MessengerStatus;
  /** `context`: several named services that together mean this one (`impliedBy`). */
  matchedBy: 'id' | 'alias' | 'link' | 'context' | 'none';
  /**
   * What matched, normalised: the alias («телега»), the host (`t.me` — never the path, which may
   * hold a phone number) or the scheme (`tg:`).
   */
  evidence?: string;
  /** Ids of the other services the text or link also named (e.g. `sferum` in «Сферум, дубль в WhatsApp»). */
  alsoNamed?: string[];
}
