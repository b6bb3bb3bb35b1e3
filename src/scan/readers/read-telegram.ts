import type { Token } from 'stream-json/core/parser.js';
import { fixTelegramEscapes } from './fix-telegram-escapes.js';
import type { ParsedChat, ParsedMessage } from './parsed-message.js';

/** stream-chain's "no value" marker; a registered symbol, so no import of stream-chain is needed. */
const NONE = Symbol.for('object-stream.none');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Rebuilds one message object from packed tokens. Small and strict on purpose: messages are the
 * only sub-trees ever assembled, so memory stays at one message however large the export is.
 */
class MessageAssembler {
  private stack: (Json[] | Record<string, Json>)[] = [];
  private keys: (string | undefined)[] = [];
  value: Json = null;

  get done(): boolean {
    return this.stack.length === 0;
  }

  private add(v: Json): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.value = v;
      return;
    }
    if (Array.isArray(top)) top.push(v);
    else {
      const key = this.keys[this.keys.length - 1];
      // A hostile `__proto__` key must not reach an object's prototype.
      if (key !== undefined && key !== '__proto__') top[key] = v;
    }
  }

  consume(t: Token): void {
    switch (t.name) {
      case 'startObject':
      case 'startArray': {
        const container: Json[] | Record<string, Json> = t.name === 'startArray' ? [] : {};
        this.add(container as Json);
        this.stack.push(container);
        this.keys.push(undefined);
        break;
      }
      case 'endObject':
      case 'endArray':
        this.stack.pop();
        this.keys.pop();
        break;
      case 'keyValue':
        this.keys[this.keys.length - 1] = t.value;
        break;
      case 'stringValue':
        this.add(t.value);
        break;
      case 'numberValue':
        this.add(Number(t.value));
        break;
      case 'nullValue':
        this.add(null);
        break;
      case 'trueValue':
        this.add(true);
        break;
      case 'falseValue':
        this.add(false);
        break;
      default:
        break;
    }
  }
}

type Role = 'root' | 'section' | 'chatList' | 'chat' | 'messages' | 'other';

interface Frame {
  role: Role;
  array: boolean;
  key?: string;
  /** Chat index for `chat` / `messages` frames (root counts as a chat when it has `messages`). */
  chat?: number;
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Flattens `text` (string or array of strings and `{type, text}` entities), keeping entity ranges. */
function flattenText(v: Json | undefined, entities: ParsedMessage['entities']): string {
  if (typeof v === 'string') return v;
  if (!Array.isArray(v)) return '';
  let out = '';
  for (const part of v) {
    if (typeof part === 'string') out += part;
    else if (part && typeof part === 'object' && !Array.isArray(part)) {
      const text = typeof part.text === 'string' ? part.text : '';
      const type = typeof part.type === 'string' ? part.type : '';
      if ((type === 'phone' || type === 'email' || type === 'bank_card') && entities) {
        entities.push({ type, start: out.length, end: out.length + text.length });
      }
      out += text;
    }
  }
  return out;
}

function toParsedMessage(m: Record<string, Json>, chat: number): ParsedMessage {
  const entities: NonNullable<ParsedMessage['entities']> = [];
  const parts: string[] = [];
  let text = flattenText(m.text, entities);
  if (text === '' && Array.isArray(m.text_entities)) text = flattenText(m.text_entities, entities);
  parts.push(text);
  // Older exports kept media captions apart; shared contacts and polls carry text of their own.
  if (typeof m.caption === 'string' || Array.isArray(m.caption))
    parts.push(flattenText(m.caption, undefined));
  const contact = m.contact_information;
  if (
    contact &&
    typeof contact === 'object' &&
    !Array.isArray(contact) &&
    typeof contact.phone_number === 'string'
  ) {
    parts.push(`тел. ${contact.phone_number}`);
  }
  const poll = m.poll;
  if (poll && typeof poll === 'object' && !Array.isArray(poll)) {
    if (typeof poll.question === 'string') parts.push(poll.question);
    if (Array.isArray(poll.answers)) {
      for (const a of poll.answers)
        if (a && typeof a === 'object' && !Array.isArray(a) && typeof a.text === 'string') parts.push(a.text);
    }
  }
  const service = m.type === 'service';
  const name = str(m.from) ?? (service ? str(m.actor) : undefined);
  const key = str(m.from_id) ?? (service ? str(m.actor_id) : undefined) ?? name;
  let date = str(m.date);
  if (!date && typeof m.date_unixtime === 'string' && /^\d+$/.test(m.date_unixtime)) {
    date = new Date(Number(m.date_unixtime) * 1000).toISOString().slice(0, 19);
  }
  const msg: ParsedMessage = { chat, id: str(m.id) ?? '', text: parts.filter((p) => p !== '').join('\n') };
  if (date) msg.date = date;
  if (key) msg.authorKey = `tg:${key}`;
  if (name) msg.authorName = name;
  if (service) msg.system = true;
  if (entities.length > 0) msg.entities = entities;
  return msg;
}

export interface TelegramReadState {
  chats: ParsedChat[];
  /** Characters consumed before a syntax error, and the line they end on (1-based). */
  line: number;
}

/**
 * Streams a Telegram Desktop `result.json` — a single chat (top-level `messages`) or a full
 * export (`chats.list[]`, `left_chats.list[]`) — message by message. Uses stream-json's core
 * tokenizer (`stream-json/core/parser.js`: a plain function over strings, no Node or Web streams,
 * TextDecoder-based), so the same code runs in browsers; `pick`/`streamArray` are not needed
 * because a small path tracker below picks `messages[i]` itself; only `messages[i]` objects are ever assembled. Throws on a syntax error (the
 * caller turns it into a diagnostic, keeping what was read).
 */
// long-function: a streaming JSON path tracker whose states share the parser events and the message being assembled
export async function* readTelegram(
  chunks: AsyncIterable<string>,
  state: TelegramReadState,
  /** Tests turn it off to show holding the separators back changes nothing. */
  holdSeparators = true,
): AsyncGenerator<ParsedMessage[]> {
  // Loaded on first use: stream-json is ESM-only, and a dynamic import keeps the CommonJS build
  // loadable on every Node 20 (a top-level require of an ES module needs Node ≥ 20.19).
  const { jsonParser } = await import('stream-json/core/parser.js');
  const tokenize = jsonParser({ packValues: true, streamValues: false });
  const stack: Frame[] = [];
  let asm: MessageAssembler | undefined;
  let asmChat = 0;
  let rootChat: number | undefined;
  // Top-level name/id/type: a chat only if top-level `messages` follows (a full export has none).
  const rootInfo: ParsedChat = { id: '', messages: 0 };
  let out: ParsedMessage[] = [];

  const chatOfRoot = (): number => {
    if (rootChat === undefined) {
      rootChat = state.chats.length;
      state.chats.push(rootInfo);
    }
    return rootChat;
  };

  const childRole = (parent: Frame | undefined, array: boolean): Frame => {
    if (!parent) return { role: array ? 'other' : 'root', array };
    const key = parent.key;
    switch (parent.role) {
      case 'root':
        if (key === 'messages' && array) {
          return { role: 'messages', array, chat: chatOfRoot() };
        }
        if ((key === 'chats' || key === 'left_chats') && !array) return { role: 'section', array };
        return { role: 'other', array };
      case 'section':
        return key === 'list' && array ? { role: 'chatList', array } : { role: 'other', array };
      case 'chatList':
        if (array) return { role: 'other', array };
        state.chats.push({ id: '', messages: 0 });
        return { role: 'chat', array, chat: state.chats.length - 1 };
      case 'chat':
        return key === 'messages' && array
          ? { role: 'messages', array, chat: parent.chat }
          : { role: 'other', array };
      default:
        return { role: 'other', array };
    }
  };

  const scalar = (frame: Frame | undefined, value: string): void => {
    if (!frame || frame.array) return;
    const key = frame.key;
    if (key !== 'name' && key !== 'id' && key !== 'type') return;
    let chat: ParsedChat | undefined;
    if (frame.role === 'chat' && frame.chat !== undefined) chat = state.chats[frame.chat];
    else if (frame.role === 'root') chat = rootInfo;
    if (!chat) return;
    if (key === 'name') chat.rawTitle = value;
    else if (key === 'id') chat.id = value;
    else chat.type = value;
  };

  const onToken = (t: Token): void => {
    if (asm) {
      asm.consume(t);
      if (asm.done) {
        const v = asm.value;
        asm = undefined;
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const chat = state.chats[asmChat];
          if (chat) chat.messages += 1;
          out.push(toParsedMessage(v, asmChat));
        }
      }
      return;
    }
    const top = stack[stack.length - 1];
    switch (t.name) {
      case 'startObject':
      case 'startArray': {
        const array = t.name === 'startArray';
        if (top?.role === 'messages' && !array) {
          asm = new MessageAssembler();
          asmChat = top.chat ?? 0;
          asm.consume(t);
          return;
        }
        stack.push(childRole(top, array));
        return;
      }
      case 'endObject':
      case 'endArray':
        stack.pop();
        return;
      case 'keyValue':
        if (top && !top.array) top.key = t.value;
        return;
      case 'stringValue':
      case 'numberValue':
        scalar(top, t.value);
        return;
      default:
        return;
    }
  };

  const feed = (input: string | symbol): void => {
    const result = (tokenize as unknown as (x: string | symbol) => unknown)(input);
    if (result && typeof result === 'object' && Array.isArray((result as { values?: unknown }).values)) {
      for (const t of (result as { values: Token[] }).values) onToken(t);
    } else if (result && typeof result === 'object' && 'name' in result) onToken(result as Token);
  };

  state.line = 1;
  const cut = new MessageCutter();
  // Between two messages the skeleton is a comma and white space: the stand-ins of a row of
  // messages and those separators are handed to the tokenizer together, not two calls a message.
  // Only text valid after a message in its array is held (`,` and white space right after one, a
  // stand-in right after that), so the tokenizer sees the same text in the same order and a
  // syntax error surfaces where it did.
  let held = '';
  let afterMessage = false;
  let afterComma = false;
  const flush = (): void => {
    if (held === '') return;
    const text = held;
    held = '';
    feed(text);
  };
  const skeleton = (text: string): void => {
    if (afterMessage && holdSeparators && BETWEEN_MESSAGES.test(text)) {
      held += text;
      afterMessage = false;
      afterComma = true;
      return;
    }
    flush();
    afterMessage = false;
    afterComma = false;
    feed(text);
  };
  for await (const chunk of fixTelegramEscapes(chunks)) {
    cut.chunk(chunk, {
      skeleton,
      atObject: () => {
        // After a message and its comma, still inside the same array: the next object is a message.
        if (afterComma) return true;
        flush();
        return asm === undefined && stack[stack.length - 1]?.role === 'messages';
      },
      message: (text) => {
        const top = stack[stack.length - 1];
        const chatIndex = top?.chat ?? 0;
        const chat = state.chats[chatIndex];
        if (chat) chat.messages += 1;
        out.push(toParsedMessage(parseMessage(text), chatIndex));
        // The skeleton stays valid JSON: a number stands in for the message.
        if (afterComma) held += '0';
        else {
          flush();
          feed('0');
        }
        afterComma = false;
        afterMessage = true;
        if (held.length > HELD_MAX) flush();
      },
    });
    if (out.length > 0) {
      yield out;
      out = [];
    }
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) state.line += 1;
  }
  flush();
  if (cut.inMessage) throw new SyntaxError('the export ends inside a message');
  feed(NONE);
  if (out.length > 0) yield out;
}

/** One comma between white space (JSON's four white-space characters). */
const BETWEEN_MESSAGES = /^[ \t\n\r]*,[ \t\n\r]*$/;
/** Stand-ins held before the tokenizer gets them: a few kilobytes at most. */
const HELD_MAX = 4096;

/** A message object cut from the text, parsed by the engine's own `JSON.parse`. */
function parseMessage(text: string): Record<string, Json> {
  const v = JSON.parse(text) as Json;
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

interface CutterEvents {
  /** Text around the messages (the export's skeleton), in order. */
  skeleton(text: string): void;
  /** Asked at each `{` outside a string, after the skeleton before it was handed over. */
  atObject(): boolean;
  /** The whole text of one message object. */
  message(text: string): void;
}

/**
 * Cuts message objects out of the export's text as it streams: the skeleton around them goes to
 * the tokenizer (which tracks where in the document the text is), each message is parsed whole by
 * `JSON.parse`. Only braces and quotes are looked at, by native search; a token per character of
 * every message cost more than the rest of the scan.
 */
class MessageCutter {
  inMessage = false;
  #inString = false;
  #escaped = false;
  #depth = 0;
  #parts: string[] = [];

  // long-function: one pass over a chunk with string, brace and skeleton state
  chunk(text: string, on: CutterEvents): void {
    let pos = 0;
    let from = 0;
    if (this.#escaped) {
      this.#escaped = false;
      pos = 1;
    }
    // Next position of each character that matters, searched again only once passed.
    let quote = -2;
    let backslash = -2;
    let open = -2;
    let close = -2;
    const next = (at: number, ch: string): number => (at === -1 || at >= pos ? at : text.indexOf(ch, pos));
    while (pos < text.length) {
      quote = next(quote, '"');
      if (this.#inString) {
        backslash = next(backslash, '\\');
        if (backslash >= 0 && (quote < 0 || backslash < quote)) {
          if (backslash + 1 >= text.length) {
            this.#escaped = true;
            pos = text.length;
            break;
          }
          pos = backslash + 2;
          continue;
        }
        if (quote < 0) {
          pos = text.length;
          break;
        }
        this.#inString = false;
        pos = quote + 1;
        continue;
      }
      open = next(open, '{');
      close = this.inMessage ? next(close, '}') : -1;
      let at = quote;
      if (open >= 0 && (at < 0 || open < at)) at = open;
      if (close >= 0 && (at < 0 || close < at)) at = close;
      if (at < 0) {
        pos = text.length;
        break;
      }
      pos = at + 1;
      if (at === quote) {
        this.#inString = true;
        continue;
      }
      if (!this.inMessage) {
        if (at > from) on.skeleton(text.slice(from, at));
        from = at;
        if (!on.atObject()) continue;
        this.inMessage = true;
        this.#depth = 1;
        close = -2;
        continue;
      }
      if (at === open) this.#depth += 1;
      else if ((this.#depth -= 1) === 0) {
        this.#parts.push(text.slice(from, pos));
        const whole = this.#parts.length === 1 ? (this.#parts[0] as string) : this.#parts.join('');
        this.#parts = [];
        this.inMessage = false;
        from = pos;
        on.message(whole);
      }
    }
    if (from < text.length) {
      if (this.inMessage) this.#parts.push(text.slice(from));
      else on.skeleton(text.slice(from));
    }
  }
}
