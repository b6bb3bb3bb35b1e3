import { describe, expect, it } from 'vitest';
import { scanExport, scanTotal, summarizeScan } from '../../src/scan/index.js';
import type { ScanFinding } from '../../src/scan/index.js';
import { chunked, fixture, hasReal, real } from './helpers.js';

const brief = (f: ScanFinding) => `${f.chat}#${f.messageId} ${f.author ?? '-'} ${f.kind} ${f.masked}`;

describe('scanExport on the Telegram full export', () => {
  it('finds every planted identifier, in chat and message order, with pseudonyms', async () => {
    const r = await scanExport(fixture('telegram-full-export.json'), { fileName: 'result.json' });
    expect(r.format).toBe('telegram-json');
    expect(r.messages).toBe(19);
    expect(r.diagnostics).toEqual([]);
    expect(r.chats).toEqual([
      { id: '1001', title: '5А — родители', messages: 14 },
      { id: '2002', title: 'личный чат 2002', messages: 2 },
      { id: '3003', title: 'Избранное', messages: 1 },
      { id: '4004', title: 'Экскурсия 5А', messages: 2 },
    ]);
    expect(r.findings.map(brief)).toEqual([
      '5А — родители#3 участник-2 phone +• ••• •••-••-34',
      '5А — родители#4 участник-1 email •••••••.••••••••@••••.ru',
      '5А — родители#5 участник-1 payment-document реквизиты: • ••• •уб.',
      '5А — родители#5 участник-1 inn ••••••••34',
      '5А — родители#5 участник-1 bank-account ••••••••••••••••2948',
      '5А — родители#6 участник-2 passport •• •• ••••14',
      '5А — родители#7 участник-3 snils •••-•••-••• 07',
      '5А — родители#8 участник-1 birth-date ••.••.••14',
      '5А — родители#10 участник-2 payment-document перевод на карту или по номеру: ••• •',
      '5А — родители#10 участник-2 bank-card •••• •••• •••• 2665',
      '5А — родители#11 участник-2 phone +•••••••••69',
      '5А — родители#14 участник-1 payment-qr ST00012|PersonalAcc=••••••••••••••••2948|…',
      'личный чат 2002#1 участник-4 inn ••••••••••24',
      'Избранное#1 участник-1 payment-document оплата или перевод: •••• ₽',
      'Экскурсия 5А#1 участник-2 ogrn •••••••••••93',
      'Экскурсия 5А#1 участник-2 ogrn •••••••••••••04',
      'Экскурсия 5А#2 участник-4 payment-document перевод на карту или по номеру: ••• •',
      'Экскурсия 5А#2 участник-4 phone • ••• ••• •• 69',
    ]);
    expect(r.countsByKind).toEqual({
      inn: 2,
      ogrn: 2,
      passport: 1,
      'bank-card': 1,
      'bank-account': 1,
      phone: 3,
      email: 1,
      snils: 1,
      'birth-date': 1,
      'payment-qr': 1,
      'payment-document': 4,
    });
    expect(r.findings[0]).toEqual({
      kind: 'phone',
      chat: '5А — родители',
      chatId: '1001',
      messageId: '3',
      date: '2024-09-01T09:07:40',
      author: 'участник-2',
      masked: '+• ••• •••-••-34',
      detector: 'phone:+7',
      confidence: 'high',
    });
  });

  it('uses Telegram bank_card and phone marks for numbers the detectors pass over', async () => {
    const doc = {
      messages: [
        { id: 1, from: 'A', from_id: 'u1', text: [{ type: 'bank_card', text: '4111111111111111' }] },
        { id: 2, from: 'A', from_id: 'u1', text: [{ type: 'phone', text: '83832223344' }] },
        { id: 3, from: 'A', from_id: 'u1', text: [{ type: 'bank_card', text: '4111111111111112' }] },
      ],
    };
    const r = await scanExport(JSON.stringify(doc));
    expect(r.findings.map((f) => [f.messageId, f.kind, f.detector])).toEqual([
      ['1', 'bank-card', 'bank-card:contiguous'],
      ['2', 'phone', 'telegram-entity:phone'],
    ]);
  });
});

describe('scanExport on WhatsApp exports', () => {
  it.each([
    [
      'whatsapp-android-ru.txt',
      14,
      [
        '7 участник-3 phone',
        '8 участник-1 snils',
        '10 участник-3 payment-document',
        '10 участник-3 bank-card',
      ],
    ],
    ['whatsapp-ios-en.txt', 10, ['6 участник-2 email', '7 участник-1 birth-date', '9 участник-3 passport']],
    [
      'whatsapp-ios-ru.txt',
      10,
      [
        '5 участник-3 inn',
        '6 участник-1 payment-document',
        '6 участник-1 bank-account',
        '7 участник-3 payment-qr',
        '8 участник-2 bank-card',
        '10 участник-2 phone',
      ],
    ],
  ])('%s', async (name, messages, expected) => {
    const r = await scanExport(fixture(name), { fileName: name });
    expect(r.format).toBe('whatsapp-txt');
    expect(r.messages).toBe(messages);
    expect(r.diagnostics).toEqual([]);
    expect(r.findings.map((f) => `${f.messageId} ${f.author} ${f.kind}`)).toEqual(expected);
    expect(r.findings.every((f) => f.line !== undefined && f.date !== undefined)).toBe(true);
  });

  it.skipIf(!hasReal)('finds nothing in the real iOS export and numbers its two authors', async () => {
    const r = await scanExport(real('whatsapp-ios-en.txt'), { fileName: 'whatsapp-ios-en.txt' });
    expect(r).toMatchObject({
      format: 'whatsapp-txt',
      messages: 12,
      findings: [],
      countsByKind: {},
      diagnostics: [],
    });
  });

  it.skipIf(!hasReal)(
    'finds nothing in the real Telegram chat and hides the personal chat name',
    async () => {
      const r = await scanExport(real('telegram-single-chat.json'));
      expect(r.chats).toEqual([{ id: '5965280513', title: 'личный чат 5965280513', messages: 4 }]);
      expect(r.findings).toEqual([]);
    },
  );

  it('titles the chat from the file name, unless the name is a member', async () => {
    const line = '01.09.2024, 10:15 - Иван Петров: тел 8 912 345 67 89';
    expect((await scanExport(line, { fileName: 'WhatsApp Chat with 5А родители.txt' })).chats[0]?.title).toBe(
      '5А родители',
    );
    expect((await scanExport(line, { fileName: 'Чат WhatsApp с Иван Петров.txt' })).chats[0]?.title).toBe(
      'чат WhatsApp',
    );
  });
});

describe('scanExport: sources, options, diagnostics', () => {
  const wa = '01.09.2024, 10:15 - Мама: СНИЛС 112-233-445 95, тел +7 912 345-67-89';

  it('takes a string, bytes, a sync iterable or an async iterable alike', async () => {
    const bytes = new TextEncoder().encode(wa);
    const results = await Promise.all([
      scanExport(wa),
      scanExport(bytes),
      scanExport([bytes.slice(0, 7), bytes.slice(7)]),
      scanExport(chunked(wa, [3])),
    ]);
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]?.findings.map((f) => f.kind)).toEqual(['snils', 'phone']);
  });

  it('limits detectors with kinds', async () => {
    expect((await scanExport(wa, { kinds: ['phone'] })).findings.map((f) => f.kind)).toEqual(['phone']);
  });

  it('reads plain text by paragraphs when nothing else fits, and says so', async () => {
    const r = await scanExport('Паспорт:\n45 06 123456\n\nтел +7 912 345-67-89', { fileName: 'notes.bin' });
    expect(r.format).toBe('text');
    expect(r.messages).toBe(2);
    expect(r.findings.map((f) => [f.messageId, f.kind])).toEqual([
      ['1', 'passport'],
      ['4', 'phone'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['EXPORT_FORMAT_UNKNOWN']);
    expect((await scanExport('просто заметки', { fileName: 'notes.txt' })).diagnostics).toEqual([]);
  });

  it('honours an explicit format', async () => {
    const r = await scanExport(wa, { format: 'text' });
    expect(r.format).toBe('text');
    expect(r.findings[0]?.author).toBeUndefined();
  });

  it('reports an empty export', async () => {
    const r = await scanExport('  \n', { fileName: 'x.txt' });
    expect(r.diagnostics).toMatchObject([{ code: 'FILE_EMPTY', severity: 'warning', file: 'x.txt' }]);
  });

  it('keeps findings read before a JSON syntax error and reports where it broke', async () => {
    const json =
      '{\n"messages": [\n{"id": 1, "from": "A", "text": "СНИЛС 112-233-445 95"},\n{"id": 2, "text": "broken\n';
    const r = await scanExport(json, { displayPath: 'exports/result.json' });
    expect(r.findings.map((f) => f.kind)).toEqual(['snils']);
    expect(r.diagnostics).toMatchObject([
      { code: 'EXPORT_INVALID', severity: 'error', file: 'exports/result.json' },
    ]);
    expect(r.diagnostics[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('warns about JSON without Telegram messages and WhatsApp files without message lines', async () => {
    expect((await scanExport('{"a": 1}')).diagnostics.map((d) => d.code)).toEqual(['EXPORT_INVALID']);
    expect(
      (await scanExport('нет заголовков', { format: 'whatsapp-txt' })).diagnostics.map((d) => d.code),
    ).toEqual(['EXPORT_INVALID']);
  });

  it('reads a Windows-1251 text and warns', async () => {
    const cp1251 = new Uint8Array([
      0xd1,
      0xcd,
      0xc8,
      0xcb,
      0xd1,
      0x20,
      ...new TextEncoder().encode('112-233-445 95'),
    ]);
    const r = await scanExport(cp1251, { format: 'text' });
    expect(r.findings.map((f) => f.kind)).toEqual(['snils']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ENCODING_INVALID']);
  });

  it('is deterministic', async () => {
    const a = JSON.stringify(await scanExport(fixture('telegram-full-export.json')));
    const b = JSON.stringify(await scanExport(chunked(fixture('telegram-full-export.json'), [977])));
    expect(a).toBe(b);
  });
});

describe('scanExport: a sample cap keeps memory flat, not the counts', () => {
  const lines = Array.from(
    { length: 3000 },
    (_, i) =>
      `01.09.2024, 10:${String(i % 60).padStart(2, '0')} - Родитель ${i % 7}: звоните +7 913 ${String(100 + (i % 900)).padStart(3, '0')}-${String(10 + (i % 90))}-${String(10 + (i % 89))}, почта p${i}@example.ru, ИНН 7707083893`,
  );
  const text = lines.join('\n');

  it('counts every finding whatever the cap; keeps the first N of each kind', async () => {
    const all = await scanExport(text, { format: 'whatsapp-txt' });
    const capped = await scanExport(text, { format: 'whatsapp-txt', samples: 5 });
    expect(capped.countsByKind).toEqual(all.countsByKind);
    expect(capped.countsByDetector).toEqual(all.countsByDetector);
    expect(capped.messagesByKind).toEqual(all.messagesByKind);
    expect(summarizeScan(capped)).toEqual(summarizeScan(all));
    expect(all.countsByKind.email).toBe(3000);
    for (const kind of Object.keys(all.countsByKind) as (keyof typeof all.countsByKind)[]) {
      const kept = capped.findings.filter((f) => f.kind === kind);
      expect(kept).toEqual(all.findings.filter((f) => f.kind === kind).slice(0, 5));
    }
    expect(capped.omitted).toBe(all.findings.length - capped.findings.length);
    expect(all.omitted).toBeUndefined();
  });

  it('samples 0 keeps no finding and still summarises', async () => {
    const none = await scanExport(text, { format: 'whatsapp-txt', samples: 0 });
    expect(none.findings).toEqual([]);
    expect(summarizeScan(none).paymentData).toBe(3000);
    expect(summarizeScan(none).personalData).toBeGreaterThanOrEqual(6000);
  });
});

describe('scanExport: onFinding streams, samples bound what is kept', () => {
  const text = Array.from(
    { length: 5000 },
    (_, i) =>
      `01.09.2024, 10:${String(i % 60).padStart(2, '0')} - Родитель ${i % 7}: звоните +7 913 ${String(100 + (i % 900))}-${String(10 + (i % 90))}-${String(10 + (i % 89))} или p${i}@example.ru`,
  ).join('\n');

  it('is called once per finding, in file order, while at most N of each kind are kept', async () => {
    const streamed: { kind: string; messageId: string; chatIndex: number; masked: string }[] = [];
    const result = await scanExport(text, {
      format: 'whatsapp-txt',
      samples: 7,
      onFinding: (f) => void streamed.push(f),
    });
    expect(streamed).toHaveLength(10_000);
    expect(streamed.length).toBe(scanTotal(result));
    const byKind: Record<string, number> = {};
    for (const f of streamed) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    expect(byKind).toEqual(result.countsByKind);
    for (const kind of Object.keys(byKind))
      expect(result.findings.filter((f) => f.kind === kind).length).toBeLessThanOrEqual(7);
    expect(result.findings).toHaveLength(14);
    expect(result.omitted).toBe(10_000 - 14);
    const ids = streamed.map((f) => Number(f.messageId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(streamed.filter((f) => f.chatIndex !== 0 || !f.masked.includes('•'))).toEqual([]);
    // What is kept is what was streamed first, with the chat's title added.
    expect(result.findings.map((f) => f.masked)).toEqual(
      [
        ...streamed.filter((f) => f.kind === 'phone').slice(0, 7),
        ...streamed.filter((f) => f.kind === 'email').slice(0, 7),
      ]
        .sort((a, b) => Number(a.messageId) - Number(b.messageId) || (a.kind === 'phone' ? -1 : 1))
        .map((f) => f.masked),
    );
  });

  it('awaits a promise the callback returns before reading on (a slow writer holds the scan back)', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let calls = 0;
    await scanExport(text, {
      format: 'whatsapp-txt',
      samples: 0,
      onFinding: async () => {
        calls += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight -= 1;
      },
    });
    expect(calls).toBe(10_000);
    expect(maxInFlight).toBe(1);
  });
});
