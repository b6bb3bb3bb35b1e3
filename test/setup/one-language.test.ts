/**
 * Russian throughout with `ru`, English throughout with `en`: every format of the example school's
 * report (with a config, a rule pack and waivers, so the run setup is printed too) is rendered in
 * both languages; after removing the school's own data (names, titles, roles as written), ids,
 * file names, codes and product names, no word of the other language may remain.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FORMAT_NAMES, formatReport, type FormatName, type Report } from '../../src/index.js';
import { auditFiles, loadSchoolFile } from '../../src/node.js';

const AS_OF = '2026-11-30';
let dir: string;
const reports: Partial<Record<'ru' | 'en', Report>> = {};
let inputStrings: string[] = [];

/** Names that are the same in both languages (products, acts, systems). */
const PRODUCT_WORDS = new Set([
  // Latin in Russian text
  'VK',
  'WhatsApp',
  'Telegram',
  'Viber',
  'Discord',
  'Max',
  'MAX',
  'Skype',
  'Zoom',
  'Signal',
  'sferum',
  'sferum-compliance',
  'JSON',
  'CSV',
  'HTML',
  'SARIF',
  'JUnit',
  'ID',
  'QR',
  'URL',
  'e-mail',
  'email',
  // Cyrillic in English text: the platform's and the acts' proper names
  'Сферум',
  'ИКОП',
  'ГИС',
  'НСО',
  'МБОУ',
  'СОШ',
  'Электронная',
  'школа',
  'Электронной',
  'школы',
]);

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') out.add(value.trim());
  } else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') {
    // Role words are the tool's vocabulary, not the school's data: a Russian role in an English
    // report is a leak this test must see.
    for (const [k, v] of Object.entries(value)) if (k !== 'role' && k !== 'roles') collectStrings(v, out);
  }
}

/** The human-readable text of a format: markup, keys and attribute names removed. */
function humanText(format: FormatName, out: string): string {
  switch (format) {
    case 'html':
      return out
        .replace(/<style>[\s\S]*?<\/style>/g, ' ')
        .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
        .replace(/<code>[\s\S]*?<\/code>/g, ' ') // recorded values and fact names: data and code, not prose
        .replace(/<[^>]*>/g, ' ')
        .replace(/&[a-z]+;|&#\d+;/g, ' ');
    case 'junit':
      return [...out.matchAll(/(?:message|value)="([^"]*)"|>([^<>]+)</g)].map((m) => m[1] ?? m[2]).join('\n');
    case 'json': {
      const r = JSON.parse(out) as Report;
      return r.findings
        .flatMap((f) => [f.title, f.message, f.remediation, f.note ?? '', f.subject.label])
        .join('\n');
    }
    case 'sarif': {
      const texts: string[] = [];
      JSON.stringify(JSON.parse(out), (k, v: unknown) => {
        if (typeof v === 'string' && ['text', 'markdown', 'label'].includes(k)) texts.push(v);
        return v;
      });
      return texts.join('\n');
    }
    case 'csv':
      // The school subject's id column.
      return out.replace(/([;,])school(?=[;,])/g, '$1 ');
    case 'md':
      return out.replace(/\\([_*[\]`<>|\\])/g, '$1');
    default:
      return out;
  }
}

function leftovers(text: string, language: 'ru' | 'en'): string[] {
  let t = text;
  // Short strings (a class letter) would cut ids apart; they are not words of either language anyway.
  for (const s of inputStrings) if (s.length >= 3) t = t.split(s).join(' ');
  t = t
    .replace(/https?:\/\/\S+/g, ' ') // addresses first: the path rule below would leave their scheme
    .replace(/\{[^{}\n]{0,120}\}/g, ' ') // inline YAML the reader is told to write (regulation: { edition: … })
    .replace(/(^|\s)\.[a-z]+\b/g, ' ') // the rest of a model path whose head was input data
    .replace(/\bintent\b/g, ' ') // the default edition's id
    .replace(/\b[\w.-]*\/[\w./-]*|[\w-]+\.(?:ya?ml|csv|json|txt|html)\b/g, ' ') // paths and file names
    .replace(/\S+@\S*/g, ' ') // e-mail addresses
    .replace(/https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ru|com|org)\b/g, ' ')
    .replace(/\b[0-9a-f]{8,}\b/g, ' ') // hashes
    .replace(/\b[A-Z][A-Z0-9]*(?:[-_.][A-Za-z0-9]+)+\b/g, ' ') // rule ids, codes, waiver ids
    .replace(/\b[A-Z]+_[A-Z_]+\b/g, ' ') // diagnostic codes
    .replace(/\b(?:\d+(?:\.[a-z0-9]+)+|header)\b/g, ' ') // clause ids (2.final, header)
    .replace(/\b[a-z]+(?:\.[a-zA-Z]+)+\b/g, ' ') // input model paths (records.statisticsReports)
    .replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, ' ') // parameter and fact names (maxAgeDays)
    .replace(/\+packs\b/g, ' ') // catalog version with rule packs
    .replace(/\(school\)/g, ' ') // the school subject's id
    .replace(/\brkn\.gov\.ru\b/g, ' ')
    .replace(/\b[a-z]+-\d+[a-z0-9-]*\b/gi, ' ') // subject ids (p-001, c-13)
    .replace(/«[^»]{0,200}»/g, ' '); // quoted values are data
  const word = language === 'en' ? /[А-Яа-яЁё][А-Яа-яЁё-]*/g : /[A-Za-z][A-Za-z-]*/g;
  if (process.env.DEBUG_LANG)
    for (const m of t.matchAll(word))
      if (!PRODUCT_WORDS.has(m[0]))
        console.log(m[0], JSON.stringify(t.slice(Math.max(0, m.index - 60), m.index + 30)));
  return [...t.matchAll(word)]
    .map((m) => m[0])
    .filter((w) => !PRODUCT_WORDS.has(w) && w.length > 1 /* class letters (5А), units */);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sferum-lang-'));
  cpSync('examples/school-72', join(dir, 'school'), { recursive: true });
  cpSync('test/fixtures/rules/good', join(dir, 'pack'), { recursive: true });
  writeFileSync(
    join(dir, 'school', 'sferum-compliance.config.yaml'),
    stringify({
      rulePacks: ['../pack'],
      rules: {
        'SFR-2.2-STATISTICS-REPORTS': { params: { maxAgeDays: 10 } },
        'SFR-2.FINAL-UNKNOWN-PLATFORM': { enabled: false },
      },
    }),
  );
  const school = join(dir, 'school', 'school.yaml');
  const loaded = await loadSchoolFile(school);
  const strings = new Set<string>();
  collectStrings({ ...loaded.input!, sources: undefined }, strings);
  inputStrings = [...strings].sort((a, b) => b.length - a.length);
  for (const language of ['ru', 'en'] as const) {
    const r = await auditFiles(school, { asOf: AS_OF, language });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    reports[language] = r.report!;
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one language per report', () => {
  for (const language of ['ru', 'en'] as const) {
    for (const format of FORMAT_NAMES) {
      it(`${format} in ${language} has no word of the other language outside the school's data`, () => {
        const out = formatReport(reports[language]!, format, { language });
        const words = leftovers(humanText(format, out), language);
        expect([...new Set(words)].slice(0, 40)).toEqual([]);
      });
    }
  }
});
