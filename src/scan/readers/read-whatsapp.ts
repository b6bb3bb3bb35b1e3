import type { ParsedChat, ParsedMessage } from './parsed-message.js';
import {
  type DateOrder,
  type WhatsAppHeader,
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

export interface WhatsAppReadState {
  chats: ParsedChat[];
  /** Lines before the first message header (not a WhatsApp export when that is all there is). */
  preambleLines: number;
  truncatedMessages: number;
  lines: number;
}

interface Pending {
  header: WhatsAppHeader;
  line: number;
  index: number;
  author?: string;
  system: boolean;
  lines: string[];
  chars: number;
}

/**
 * Streams a WhatsApp text export line by line (Android and iOS layouts, Russian and English
 * locales, 12/24 h). A line that starts with a date-time header starts a message; any other line
 * continues the previous one. Message ids are 1-based indexes in the file (system lines count).
 */
// long-function: the line state machine of the export (header, continuation, system lines) kept in one loop
export async function* readWhatsApp(
  batches: AsyncIterable<string[]>,
  state: WhatsAppReadState,
): AsyncGenerator<ParsedMessage[]> {
  state.chats.push({ id: 'whatsapp', type: 'whatsapp', messages: 0 });
  let order: DateOrder | undefined;
  let anyAmPm = false;
  const held: ParsedMessage[] = [];
  const heldHeaders: WhatsAppHeader[] = [];
  let current: Pending | undefined;
  let count = 0;
  let lineNo = 0;

  const finish = (p: Pending): ParsedMessage => {
    const raw = p.lines.join('\n');
    const msg: ParsedMessage = { chat: 0, id: String(p.index), line: p.line, text: stripPlaceholders(raw) };
    if (p.author !== undefined) {
      msg.authorKey = `wa:${p.author}`;
      msg.authorName = p.author;
    }
    if (p.system) msg.system = true;
    return msg;
  };

  function* release(final: boolean): Generator<ParsedMessage> {
    if (!order && (final || held.length >= ORDER_LOOKAHEAD)) order = anyAmPm ? 'month-first' : 'day-first';
    if (!order) return;
    for (let i = 0; i < held.length; i += 1) {
      const m = held[i] as ParsedMessage;
      const date = headerDate(heldHeaders[i] as WhatsAppHeader, order);
      if (date) m.date = date;
      yield m;
    }
    held.length = 0;
    heldHeaders.length = 0;
  }

  const complete = function* (p: Pending): Generator<ParsedMessage> {
    held.push(finish(p));
    heldHeaders.push(p.header);
    const chat = state.chats[0];
    if (chat) chat.messages += 1;
    yield* release(false);
  };

  for await (const lines of batches) {
    const out: ParsedMessage[] = [];
    for (const line of lines) {
      lineNo += 1;
      const header = parseWhatsAppHeader(line);
      if (header) {
        if (current) for (const m of complete(current)) out.push(m);
        count += 1;
        if (header.ampm) anyAmPm = true;
        if (!order) order = orderHint(header);
        const split = splitAuthor(header.rest);
        current = {
          header,
          line: lineNo,
          index: count,
          system: split.system,
          lines: [split.text],
          chars: split.text.length,
        };
        if (split.author !== undefined) current.author = split.author;
      } else if (current) {
        if (current.chars + line.length > MAX_MESSAGE_CHARS) {
          if (current.chars <= MAX_MESSAGE_CHARS) state.truncatedMessages += 1;
          current.chars = MAX_MESSAGE_CHARS + 1;
          continue;
        }
        current.lines.push(line);
        current.chars += line.length + 1;
      } else if (line.trim() !== '') state.preambleLines += 1;
    }
    if (out.length > 0) yield out;
  }
  const rest: ParsedMessage[] = [];
  if (current) for (const m of complete(current)) rest.push(m);
  for (const m of release(true)) rest.push(m);
  if (rest.length > 0) yield rest;
  state.lines = lineNo;
}
