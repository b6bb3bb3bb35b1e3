import type { ISODate } from '../model/types.js';

/**
 * `prohibited`: on the Roskomnadzor list of foreign messengers (2.final);
 * `educational`: the allowed educational platform (Sferum, the VK Messenger educational profile);
 * `allowed`: Russian, allowed, but not the educational profile (a personal VK profile, e-mail…);
 * `unknown`: not in the registry — reported, never assumed allowed.
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
}
