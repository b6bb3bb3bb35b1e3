import type { ParsedChat, ParsedMessage } from './parsed-message.js';

/** A paragraph longer than this many lines is cut into several messages (keeps memory bounded). */
const MAX_PARAGRAPH_LINES = 200;

/**
 * Fallback for any other text: each paragraph (lines up to a blank line) is one message, so a
 * keyword on one line still sees the number on the next. Message id = the paragraph's first line.
 */
export async function* readPlainText(
  batches: AsyncIterable<string[]>,
  chats: ParsedChat[],
): AsyncGenerator<ParsedMessage[]> {
  chats.push({ id: 'text', type: 'text', messages: 0 });
  const chat = chats[0] as ParsedChat;
  let buffer: string[] = [];
  let first = 0;
  let lineNo = 0;
  const flush = (): ParsedMessage | undefined => {
    if (buffer.length === 0) return undefined;
    const msg: ParsedMessage = { chat: 0, id: String(first), line: first, text: buffer.join('\n') };
    buffer = [];
    chat.messages += 1;
    return msg;
  };
  for await (const lines of batches) {
    const out: ParsedMessage[] = [];
    for (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') {
        const m = flush();
        if (m) out.push(m);
        continue;
      }
      if (buffer.length === 0) first = lineNo;
      buffer.push(line);
      if (buffer.length >= MAX_PARAGRAPH_LINES) {
        const m = flush();
        if (m) out.push(m);
      }
    }
    if (out.length > 0) yield out;
  }
  const m = flush();
  if (m) yield [m];
}
