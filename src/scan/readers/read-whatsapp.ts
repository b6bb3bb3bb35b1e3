import type { ParsedChat, ParsedMessage } from './parsed-message.js';
import {
  type DateOrder,
  headerDate,
  orderHint,
  parseWhatsAppHeader,
  splitAuthor,
  stripPlaceholders,
} from './parse-whatsapp-line.js';

/** Messages held back while the file's date order (d/m or m/d) is still unknown. */
const ORDER_LOOKAHEAD = 500;
/** A message longer than this is cut: no export line is that long, only a broken file. */
const MAX_MESSAGE_CHARS = 1_000_000;
/** Messages handed to the scanner at a time. */
const BATCH = 64;

export interface WhatsAppReadState {
  chats: ParsedChat[];
  /** Lines before the first message header (not a WhatsApp export when that is all there is). */
  preambleLines: number;
  truncatedMessages: number;
  lines: number;
}

/** A message's local date-time: as the reader gave it, or worked out from its WhatsApp header. */
export function messageDate(msg: ParsedMessage): string | undefined {
  if (msg.date !== undefined) return msg.date;
  if (msg.waHeader && msg.waOrder) return headerDate(msg.waHeader, msg.waOrder);
  return undefined;
}

/**
 * Streams a WhatsApp text export line by line (Android and iOS layouts, Russian and English
 * locales, 12/24 h). A line that starts with a date-time header starts a message; any other line
 * continues the previous one. Message ids are 1-based indexes in the file (system lines count).
 * A message's date is left to `messageDate`: it is only needed for a message with a finding.
 */
// long-function: the line state machine of the export (header, continuation, system lines) kept in one loop
export async function* readWhatsApp(
  batches: AsyncIterable<string[]>,
  state: WhatsAppReadState,
): AsyncGenerator<ParsedMessage[]> {
  const chat: ParsedChat = { id: 'whatsapp', type: 'whatsapp', messages: 0 };
  state.chats.push(chat);
  let order: DateOrder | undefined;
  let anyAmPm = false;
  // Messages read before the date order is known; only the first ORDER_LOOKAHEAD of a file.
  const held: ParsedMessage[] = [];
  // The message being read: its first line, then any continuation lines.
  let current: ParsedMessage | undefined;
  let more: string[] | undefined;
  let chars = 0;
  let count = 0;
  let lineNo = 0;

  const complete = (out: ParsedMessage[]): void => {
    const msg = current as ParsedMessage;
    const raw = more ? `${msg.text}\n${more.join('\n')}` : msg.text;
    msg.text = stripPlaceholders(raw);
    chat.messages += 1;
    if (order) {
      msg.waOrder = order;
      out.push(msg);
      return;
    }
    held.push(msg);
    if (held.length >= ORDER_LOOKAHEAD) release(out);
  };
  const release = (out: ParsedMessage[]): void => {
    order ??= anyAmPm ? 'month-first' : 'day-first';
    for (const m of held) {
      m.waOrder = order;
      out.push(m);
    }
    held.length = 0;
  };

  for await (const lines of batches) {
    let out: ParsedMessage[] = [];
    for (const line of lines) {
      // Small batches: a message is scanned soon after it is read and dies young, instead of a
      // whole chunk's messages surviving into the old generation (garbage collection was a
      // quarter of the run).
      if (out.length >= BATCH) {
        yield out;
        out = [];
      }
      lineNo += 1;
      const header = parseWhatsAppHeader(line);
      if (header) {
        if (current) complete(out);
        count += 1;
        if (header.ampm) anyAmPm = true;
        if (!order) {
          order = orderHint(header);
          if (order && held.length > 0) release(out);
        }
        const split = splitAuthor(header.rest);
        current = { chat: 0, id: String(count), line: lineNo, text: split.text, waHeader: header };
        if (split.author !== undefined) {
          // The name itself is the key (one reader per export): a prefixed copy per message
          // would be hashed anew for every look-up.
          current.authorKey = split.author;
          current.authorName = split.author;
        }
        if (split.system) current.system = true;
        more = undefined;
        chars = split.text.length;
      } else if (current) {
        if (chars + line.length > MAX_MESSAGE_CHARS) {
          if (chars <= MAX_MESSAGE_CHARS) state.truncatedMessages += 1;
          chars = MAX_MESSAGE_CHARS + 1;
          continue;
        }
        (more ??= []).push(line);
        chars += line.length + 1;
      } else if (line.trim() !== '') state.preambleLines += 1;
    }
    if (out.length > 0) yield out;
  }
  const rest: ParsedMessage[] = [];
  if (current) complete(rest);
  release(rest);
  if (rest.length > 0) yield rest;
  state.lines = lineNo;
}
