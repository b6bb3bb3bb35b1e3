import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked, fixture, hasReal, readTg, real } from '../helpers.js';
import type { ParsedChat } from '../../../src/scan/readers/parsed-message.js';
import { readTelegram } from '../../../src/scan/readers/read-telegram.js';

describe('Telegram reader on the real export (langchain test data, single chat)', () => {
  it.skipIf(!hasReal)('reads the 4 messages with ids, dates, authors and texts', async () => {
    const { messages, chats } = await readTg(real('telegram-single-chat.json'));
    expect(chats).toEqual([{ id: '5965280513', rawTitle: 'Jimmeny', type: 'personal_chat', messages: 4 }]);
    expect(messages.map((m) => m.id)).toEqual(['1', '2', '3', '4']);
    expect(messages[0]).toEqual({
      chat: 0,
      id: '1',
      date: '2023-08-23T13:11:23',
      authorKey: 'tg:user123450513',
      authorName: 'Jimmeny Marvelton',
      text: 'i refuse to converse with you',
    });
    expect(messages[1]).toMatchObject({
      authorName: 'Batman & Robin',
      authorKey: 'tg:user6565661032',
      text: 'Hi nemesis',
    });
    expect(messages[3]).toMatchObject({
      date: '2023-08-23T13:15:53',
      text: 'you will not trick me this time',
    });
  });
});

describe('Telegram reader on our full export', () => {
  it('reads chats.list and left_chats.list, skipping contacts and personal information', async () => {
    const { messages, chats } = await readTg(fixture('telegram-full-export.json'));
    expect(chats).toEqual([
      { id: '1001', rawTitle: '5А — родители', type: 'private_supergroup', messages: 14 },
      { id: '2002', rawTitle: 'Мария Кузнецова', type: 'personal_chat', messages: 2 },
      { id: '3003', type: 'saved_messages', messages: 1 },
      { id: '4004', rawTitle: 'Экскурсия 5А', type: 'private_group', messages: 2 },
    ]);
    expect(messages).toHaveLength(19);
    expect(messages.some((m) => m.text.includes('000 11 22') || m.text.includes('79130001133'))).toBe(false);
    expect(messages.filter((m) => m.chat === 3).map((m) => m.id)).toEqual(['1', '2']);
  });

  it('handles service, entities, forwarded, captions, null authors, contacts, \\xNN escapes', async () => {
    const { messages } = await readTg(fixture('telegram-full-export.json'));
    const byId = (chat: number, id: string) => messages.find((m) => m.chat === chat && m.id === id);
    expect(byId(0, '1')).toMatchObject({ system: true, text: '', authorKey: 'tg:user111' });
    expect(byId(0, '3')).toMatchObject({
      text: 'Мой номер +7 913 555-12-34, звоните после 18',
      entities: [{ type: 'phone', start: 10, end: 26 }],
    });
    expect(byId(0, '4')?.text).toBe('Важно: справки присылайте на klass5a.roditeli@mail.ru');
    expect(byId(0, '5')?.text.startsWith('Реквизиты для оплаты питания')).toBe(true);
    expect(byId(0, '6')?.text).toBe('Скан паспорта для пропуска: серия 1310 номер 665914');
    expect(byId(0, '7')).toMatchObject({ authorKey: 'tg:user999', text: 'СНИЛС ребёнка 212-103-898 07' });
    expect(byId(0, '7')?.authorName).toBeUndefined();
    expect(byId(0, '8')?.text).toBe('Строка1\nСтрока2: д.р. 12.03.2014\t(Петя)');
    expect(byId(0, '9')?.text).toBe('путь C:\\x41\\файлы, без номеров');
    expect(byId(0, '10')?.entities).toEqual([{ type: 'bank_card', start: 26, end: 45 }]);
    expect(byId(0, '11')?.text).toBe('тел. +79030753069');
    expect(byId(0, '12')?.text).toBe('https://sferum.ru — вход, код 123456');
  });

  it('reads the same messages however the text is chunked (escapes split across chunks)', async () => {
    const text = fixture('telegram-full-export.json');
    const whole = await readTg(text);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 6 }),
        async (sizes) => {
          const parts = await readTg(text, sizes);
          expect(parts.messages).toEqual(whole.messages);
          expect(parts.chats).toEqual(whole.chats);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('accepts name/id/type after messages, and a top-level object without messages is no chat', async () => {
    const late = await readTg(
      '{"messages":[{"id":1,"type":"message","from":"A","from_id":"u1","text":"x"}],"name":"Группа","id":7,"type":"private_group"}',
    );
    expect(late.chats).toEqual([{ id: '7', rawTitle: 'Группа', type: 'private_group', messages: 1 }]);
    const none = await readTg('{"name":"x","id":1,"about":"nothing here"}');
    expect(none.chats).toEqual([]);
    expect(none.messages).toEqual([]);
  });

  it('ignores a __proto__ key inside a message', async () => {
    const { messages } = await readTg('{"messages":[{"id":1,"__proto__":{"polluted":true},"text":"a"}]}');
    expect(messages[0]?.text).toBe('a');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws on broken JSON (the scanner turns it into a diagnostic)', async () => {
    await expect(readTg('{"messages":[{"id":1,"text":"a"},')).rejects.toThrow();
    await expect(readTg('{"messages":[{"id":1,"text":"a\\q"}]}')).rejects.toThrow();
  });

  it('reads text_entities when text is empty, captions of old exports and poll answers', async () => {
    const { messages } = await readTg(
      JSON.stringify({
        messages: [
          { id: 1, text: '', text_entities: [{ type: 'plain', text: 'из сущностей' }] },
          { id: 2, text: 'фото', caption: 'подпись' },
          { id: 3, text: '', poll: { question: 'Когда?', answers: [{ text: 'Пн' }, { text: 'Вт' }] } },
        ],
      }),
    );
    expect(messages.map((m) => m.text)).toEqual(['из сущностей', 'фото\nподпись', 'Когда?\nПн\nВт']);
  });
});

describe('separators held back between messages', () => {
  /** What a reader yields batch by batch, and how it ends: the same or not at all. */
  async function run(text: string, sizes: number[], hold: boolean) {
    const state = { chats: [] as ParsedChat[], line: 1 };
    const batches: unknown[] = [];
    let error: string | undefined;
    try {
      for await (const batch of readTelegram(chunked(text, sizes), state, hold)) batches.push(batch);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    return { batches, error, chats: state.chats, line: state.line };
  }

  const message = fc
    .integer({ min: 1, max: 99 })
    .map((id) => `{"id":${id},"type":"message","from":"A","from_id":"u1","text":"x${id} {a}, \\"q\\""}`);
  // Valid separators, and broken ones: none, two commas, a stray value, a nested array.
  const separator = fc.constantFrom(',', ', ', ',\n  ', ' ,\n', '', ',,', ' x ', ',[1],', '\t,\r\n', ', 0,');

  it('changes nothing the tokenizer sees: same batches, same chats, same error, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(message, separator), { maxLength: 8 }),
        fc.constantFrom('', '"name":"Группа","id":7,', '"chats":{"list":[{"messages":[]}]},'),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        async (items, head, sizes) => {
          const body = items.map(([m, sep], i) => (i === 0 ? m : `${sep}${m}`)).join('');
          const text = `{${head}"messages":[${body}],"type":"private_group"}`;
          expect(await run(text, sizes, true)).toEqual(await run(text, sizes, false));
        },
      ),
      { numRuns: 600, seed: 13 },
    );
  });
});
