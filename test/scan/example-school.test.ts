import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/node/scan-files.js';
import { summarizeScan } from '../../src/scan/index.js';
import { ROOT } from './helpers.js';

describe('examples/school-72/exports/chat-5b-parents.txt', () => {
  it('is a WhatsApp Android export of 40 messages with planted data the scanner finds', async () => {
    const r = await scanFile(resolve(ROOT, 'examples/school-72/exports/chat-5b-parents.txt'), {
      displayPath: 'exports/chat-5b-parents.txt',
    });
    expect(r.format).toBe('whatsapp-txt');
    expect(r.messages).toBe(40);
    expect(r.diagnostics).toEqual([]);
    expect(r.findings.map((f) => `${f.messageId} ${f.kind}`)).toEqual([
      '16 snils',
      '24 payment-document',
      '24 bank-card',
      '32 passport',
      '32 phone',
      '33 phone',
    ]);
    expect(summarizeScan(r)).toMatchObject({ personalData: 4, paymentData: 2 });
  });
});
