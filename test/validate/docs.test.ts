import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNEL_CSV_COLUMNS, PEOPLE_CSV_COLUMNS } from '../../src/index.js';

describe('docs stay in step with the code', () => {
  it('docs/diagnostics.md explains every DiagnosticCode', () => {
    const source = readFileSync('src/diagnostics/diagnostic.ts', 'utf8');
    const union = source.slice(source.indexOf('export type DiagnosticCode'));
    const codes = [...union.slice(0, union.indexOf(';')).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(30);
    const doc = readFileSync('docs/diagnostics.md', 'utf8');
    expect(codes.filter((c) => !doc.includes(`| \`${c}\` |`))).toEqual([]);
  });

  it('docs/input-model.md lists every CSV column with its Russian and English header', () => {
    const doc = readFileSync('docs/input-model.md', 'utf8');
    for (const c of [...PEOPLE_CSV_COLUMNS, ...CHANNEL_CSV_COLUMNS]) {
      const row = c.required ? `| **${c.ru}** | \`${c.en}\` |` : `| ${c.ru} | \`${c.en}\` |`;
      expect(doc, row).toContain(row);
    }
  });
});
