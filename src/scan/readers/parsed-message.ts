import type { DateOrder, WhatsAppHeader } from './parse-whatsapp-line.js';

/** One message as a reader hands it to the scanner; the author's name never leaves the scanner. */
export interface ParsedMessage {
  /** Index into the reader's chat list. */
  chat: number;
  id: string;
  line?: number;
  date?: string;
  /**
   * WhatsApp: the header and the file's date order, from which `messageDate` works the date out
   * only for a message with a finding (most have none).
   */
  waHeader?: WhatsAppHeader;
  waOrder?: DateOrder;
  /** Stable key of the author (Telegram `from_id`, else the name); used only for pseudonyms. */
  authorKey?: string;
  /** The author's display name, kept only to keep it out of chat titles. */
  authorName?: string;
  /** Text to scan (placeholders removed, captions and contact phones included). */
  text: string;
  /** Service or system message (no human author). */
  system?: boolean;
  /** Ranges Telegram itself marked as phone / email / bank_card, as hints for the detectors. */
  entities?: { type: string; start: number; end: number }[];
}

export interface ParsedChat {
  id: string;
  /** Title as the export gives it (input text), resolved into a safe title by the scanner. */
  rawTitle?: string;
  /** Telegram chat type (`personal_chat`, `private_group`…) or `whatsapp` / `text`. */
  type?: string;
  messages: number;
}
