import type { ScanSource } from '../types.js';

export interface DecodeState {
  /** Set when the bytes were not UTF-8 and were read as Windows-1251 instead. */
  fallback?: 'windows-1251';
  /** Set when invalid UTF-8 showed up after the start and was replaced with U+FFFD. */
  replaced?: boolean;
  /** Characters handed out so far. */
  chars: number;
  /** The source itself failed (an I/O error); the code only, never the error text. */
  readError?: string;
}

async function* chunksOf(source: ScanSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (Symbol.asyncIterator in source) {
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) yield chunk;
    return;
  }
  for (const chunk of source as Iterable<Uint8Array | string>) yield chunk;
}

function cp1251(): TextDecoder | undefined {
  try {
    return new TextDecoder('windows-1251');
  } catch {
    return undefined;
  }
}

/**
 * Turns any source into string chunks (portable: TextDecoder only). Bytes are UTF-8 as every
 * messenger writes them; a file whose first chunk is not valid UTF-8 is re-read as Windows-1251
 * (old Windows text files); invalid bytes later on become U+FFFD and are reported. A leading BOM
 * is dropped.
 */
export async function* decodeSource(source: ScanSource, state: DecodeState): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let first = true;
  const chunks = chunksOf(source);
  for (;;) {
    let next: IteratorResult<Uint8Array | string>;
    try {
      next = await chunks.next();
    } catch (e) {
      state.readError =
        typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : 'READ_ERROR';
      break;
    }
    if (next.done) break;
    const chunk = next.value;
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      if (!decoder) {
        try {
          // A chunk may end inside a character: `stream` keeps the tail for the next one.
          text = new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
          decoder = new TextDecoder('utf-8');
          text = decoder.decode(chunk, { stream: true });
        } catch {
          const legacy = cp1251();
          if (legacy) {
            state.fallback = 'windows-1251';
            decoder = legacy;
          } else decoder = new TextDecoder('utf-8');
          text = decoder.decode(chunk, { stream: true });
        }
      } else text = decoder.decode(chunk, { stream: true });
      if (!state.fallback && !state.replaced && text.includes('\uFFFD')) state.replaced = true;
    }
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) {
      state.chars += text.length;
      yield text;
    }
  }
  if (decoder) {
    const tail = decoder.decode();
    if (tail.length > 0) {
      state.chars += tail.length;
      yield tail;
    }
  }
}

/** Yields the first chunks until `min` characters are seen, then replays them and continues. */
export async function peek(
  chunks: AsyncGenerator<string>,
  min: number,
): Promise<{ head: string; rest: AsyncGenerator<string> }> {
  const buffered: string[] = [];
  let size = 0;
  let done = false;
  while (size < min) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    buffered.push(next.value);
    size += next.value.length;
  }
  async function* rest(): AsyncGenerator<string> {
    yield* buffered;
    if (!done) yield* chunks;
  }
  return { head: buffered.join(''), rest: rest() };
}

/**
 * Splits string chunks into lines (`\n`, `\r\n`, `\r`), without the terminators. Yields the
 * lines of each chunk as one array: one async step per chunk, not per line.
 */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let carry = '';
  let pendingCR = false;
  for await (let chunk of chunks) {
    if (pendingCR && chunk.startsWith('\n')) chunk = chunk.slice(1);
    pendingCR = false;
    const text = carry + chunk;
    const lines: string[] = [];
    let from = 0;
    // Both positions are remembered: searching the rest of a 1 MB chunk for a `\r` that is not
    // there, once per line, made splitting quadratic.
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    for (;;) {
      if (nl >= 0 && nl < from) nl = text.indexOf('\n', from);
      if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
      const end = nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
      if (end < 0) break;
      lines.push(text.slice(from, end));
      if (end === cr) {
        if (end + 1 === text.length) {
          pendingCR = true;
          from = end + 1;
          break;
        }
        from = text[end + 1] === '\n' ? end + 2 : end + 1;
      } else from = end + 1;
    }
    carry = text.slice(from);
    if (lines.length > 0) yield lines;
  }
  if (carry.length > 0) yield [carry];
}
