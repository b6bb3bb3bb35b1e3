import { describe, expect, it } from 'vitest';
import { formatScanResult, scanExport } from '../../src/scan/index.js';
import type { ScanResult } from '../../src/scan/index.js';
import { fixture } from './helpers.js';

describe('formatScanResult', () => {
  it('json: summary, counts in kind order, findings, diagnostics; byte-identical across runs', async () => {
    const r = await scanExport(fixture('whatsapp-ios-ru.txt'), { fileName: 'whatsapp-ios-ru.txt' });
    const json = formatScanResult(r, 'json');
    const doc = JSON.parse(json);
    expect(Object.keys(doc)).toEqual([
      'format',
      'messages',
      'chats',
      'summary',
      'countsByKind',
      'messagesByKind',
      'findings',
      'diagnostics',
    ]);
    expect(doc.summary).toEqual({ personalData: 2, paymentData: 4 });
    expect(Object.keys(doc.countsByKind)).toEqual([
      'inn',
      'bank-card',
      'bank-account',
      'phone',
      'payment-qr',
      'payment-document',
    ]);
    expect(json.endsWith('\n')).toBe(true);
    const again = await scanExport(fixture('whatsapp-ios-ru.txt'), { fileName: 'whatsapp-ios-ru.txt' });
    expect(formatScanResult(again, 'json')).toBe(json);
  });

  it('text: Russian by default, English on request, findings grouped by chat', async () => {
    const r = await scanExport(fixture('telegram-full-export.json'));
    const ru = formatScanResult(r, 'text');
    expect(ru).toContain('Находок: 18 (персональные данные: 9, платёжные данные: 9)');
    expect(ru).toContain('Чат: Экскурсия 5А');
    expect(ru).toContain('#7 [2024-09-02 13:00:00, участник-3]: СНИЛС •••-•••-••• 07');
    const en = formatScanResult(r, 'text', { language: 'en' });
    expect(en).toContain('Findings: 18 (personal data: 9, payment data: 9)');
    expect(en).toContain('INN (taxpayer number) ••••••••••24');
  });

  it('md: a table per kind and per finding, input text escaped', async () => {
    const r: ScanResult = {
      format: 'telegram-json',
      chats: [{ id: '1', title: 'Чат | <b>*5А*</b>\x1b[31m', messages: 1 }],
      messages: 1,
      findings: [
        {
          kind: 'phone',
          chat: 'Чат | <b>*5А*</b>\x1b[31m',
          chatId: '1',
          messageId: '1',
          masked: '+• ••• •••-••-89',
          detector: 'phone:+7',
          confidence: 'medium',
        },
      ],
      countsByKind: { phone: 1 },
      diagnostics: [],
    };
    const md = formatScanResult(r, 'md');
    expect(md).toContain('| телефон | 1 |');
    expect(md).toContain('| Чат \\| \\<b\\>\\*5А\\*\\</b\\> \\[31m | \\#1 |');
    expect(md).not.toContain('\x1b');
    expect(md).toContain('телефон (вероятно)');
    expect(formatScanResult(r, 'text')).not.toContain('\x1b');
  });

  it('md: a QR mask keeps its pipes inside the table cell', async () => {
    const r = await scanExport(fixture('whatsapp-ios-ru.txt'));
    expect(formatScanResult(r, 'md')).toContain('`ST00012\\|PersonalAcc=••••••••••••••••5518\\|…`');
  });

  it('says plainly when nothing was found', async () => {
    const r = await scanExport('01.09.2024, 10:00 - А: привет', {});
    expect(formatScanResult(r, 'text')).toContain('Персональных и платёжных данных не найдено.');
    expect(formatScanResult(r, 'md', { language: 'en' })).toContain('No personal or payment data found.');
  });
});
