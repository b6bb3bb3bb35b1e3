import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedChat, ParsedMessage } from '../../src/scan/readers/parsed-message.js';
import { splitLines } from '../../src/scan/readers/read-source.js';
import { readTelegram } from '../../src/scan/readers/read-telegram.js';
import { messageDate, readWhatsApp } from '../../src/scan/readers/read-whatsapp.js';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const FIXTURES = resolve(ROOT, 'test/fixtures/exports');
/** Third-party exports shared by the team: present on the build machine, absent elsewhere. */
export const REAL = resolve(ROOT, '../shared/fixtures/real-exports');
export const hasReal = existsSync(resolve(REAL, 'SOURCES.md'));

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function real(name: string): string {
  return readFileSync(resolve(REAL, name), 'utf8');
}

export async function* chunked(text: string, sizes: number[] = [text.length]): AsyncGenerator<string> {
  let at = 0;
  let i = 0;
  while (at < text.length) {
    const size = Math.max(1, sizes[i % sizes.length] ?? text.length);
    yield text.slice(at, at + size);
    at += size;
    i += 1;
  }
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function readWa(
  text: string,
  sizes?: number[],
): Promise<{ messages: ParsedMessage[]; chats: ParsedChat[]; preambleLines: number }> {
  const state = { chats: [] as ParsedChat[], preambleLines: 0, truncatedMessages: 0, lines: 0 };
  const read = (await collect(readWhatsApp(splitLines(chunked(text, sizes)), state))).flat();
  // The reader leaves dates to `messageDate` (worked out only for messages with findings).
  const messages = read.map(({ waHeader: _h, waOrder: _o, ...m }) => {
    const date = messageDate({ ...m, ...(_h ? { waHeader: _h } : {}), ...(_o ? { waOrder: _o } : {}) });
    return date !== undefined ? { ...m, date } : m;
  });
  return { messages, chats: state.chats, preambleLines: state.preambleLines };
}

export async function readTg(
  text: string,
  sizes?: number[],
): Promise<{ messages: ParsedMessage[]; chats: ParsedChat[] }> {
  const state = { chats: [] as ParsedChat[], line: 1 };
  const messages = (await collect(readTelegram(chunked(text, sizes), state))).flat();
  return { messages, chats: state.chats };
}
