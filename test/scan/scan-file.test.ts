import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/node/scan-files.js';
import { scanExport } from '../../src/scan/index.js';
import { FIXTURES, fixture } from './helpers.js';

describe('scanFile', () => {
  it('streams a file from disk with small reads and matches scanExport on the text', async () => {
    const path = resolve(FIXTURES, 'telegram-full-export.json');
    const fromDisk = await scanFile(path, { highWaterMark: 64 });
    const inMemory = await scanExport(fixture('telegram-full-export.json'), {
      fileName: 'telegram-full-export.json',
    });
    expect(fromDisk).toEqual(inMemory);
  });

  it('detects WhatsApp from the first bytes and titles the chat from the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const path = join(dir, 'WhatsApp Chat with 5А родители.txt');
    writeFileSync(path, fixture('whatsapp-android-ru.txt'));
    const r = await scanFile(path, { displayPath: 'exports/WhatsApp Chat with 5А родители.txt' });
    expect(r.format).toBe('whatsapp-txt');
    expect(r.chats).toEqual([{ id: 'whatsapp', title: '5А родители', messages: 14 }]);
  });

  it('reports a missing file or a folder without throwing', async () => {
    const missing = await scanFile('/nonexistent/result.json', { displayPath: 'result.json' });
    expect(missing.diagnostics).toMatchObject([
      { code: 'FILE_NOT_FOUND', severity: 'error', file: 'result.json' },
    ]);
    const folder = await scanFile(FIXTURES);
    expect(folder.diagnostics).toMatchObject([{ code: 'FILE_NOT_REGULAR', severity: 'error' }]);
  });

  it('streams a 20 000-message Telegram export one message at a time, across many reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-big-'));
    const path = join(dir, 'result.json');
    const msg = (i: number) =>
      JSON.stringify({
        id: i,
        type: 'message',
        date: '2024-09-01T10:00:00',
        from: `Родитель ${i % 50}`,
        from_id: `user${i % 50}`,
        text:
          i % 1000 === 0
            ? 'СНИЛС 112-233-445 95'
            : 'Добрый вечер! Завтра собрание в 18:00, кабинет 204, не забудьте сменную обувь.',
      });
    const body = Array.from({ length: 20_000 }, (_, i) => msg(i + 1)).join(',\n');
    writeFileSync(path, `{"name":"5А","type":"private_group","id":1,"messages":[\n${body}\n]}`);
    // ~3 MB in 64 KiB reads: ~50 chunk boundaries, more than the 1 MiB default gave 16 MB.
    const r = await scanFile(path, { highWaterMark: 64 * 1024 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.messages).toBe(20_000);
    expect(r.countsByKind).toEqual({ snils: 20 });
  });
});
