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
  status: MessengerStatus;
  /** Where the status comes from (the regulation's clause, an RKN notice). */
  source?: string;
  /** Date the status took effect. */
  effectiveFrom?: ISODate;
}

export interface MessengerRegistry {
  version: string;
  source: string;
  /** sha256 of the registry's canonical JSON. */
  hash: string;
  entries: readonly MessengerEntry[];
}

export interface PlatformMatch {
  /** The text as the inventory had it. */
  input: string;
  entry?: MessengerEntry;
  status: MessengerStatus;
  matchedBy: 'id' | 'alias' | 'link' | 'none';
  /**
   * What matched, normalised: the alias («телега»), the host (`t.me` — never the path, which may
   * hold a phone number) or the scheme (`tg:`).
   */
  evidence?: string;
  /** Ids of the other services the text or link also named (e.g. `sferum` in «Сферум, дубль в WhatsApp»). */
  alsoNamed?: string[];
}
