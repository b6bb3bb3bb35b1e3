import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GENERATED_AS_OF, generateRegion } from '../../bench/generate-region.js';
import { stableStringify } from '../../src/model/stable-json.js';
import {
  formatRegionCsvHeader,
  formatRegionText,
  formatSchoolCsvRow,
  formatSchoolLine,
  formatSummaryLine,
  RegionJsonWriter,
  runRegion,
  scoreDistribution,
  type RegionItem,
  type SchoolResult,
  regionStream,
  REGION_FORMAT_NAMES,
  type RegionFormatName,
} from '../../src/region/index.js';

const region = generateRegion({ schools: 5, peoplePerSchool: 80, violationRate: 0.1, seed: 3 });

async function run(items: RegionItem[]) {
  const results: SchoolResult[] = [];
  const summary = await runRegion(items, { asOf: GENERATED_AS_OF, worst: 3 }, (r) => {
    results.push(r);
  });
  return { results, summary };
}

describe('scoreDistribution', () => {
  it.each([
    [[50], { min: 50, p10: 50, median: 50, mean: 50, max: 50 }],
    [[10, 20], { min: 10, p10: 10, median: 15, mean: 15, max: 20 }],
    [[30, 10, 20], { min: 10, p10: 10, median: 20, mean: 20, max: 30 }],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { min: 1, p10: 2, median: 6, mean: 6, max: 11 }],
    [[99.9, 0.1, 33.3], { min: 0.1, p10: 0.1, median: 33.3, mean: 44.43, max: 99.9 }],
  ])('%j', (scores, expected) => {
    expect(scoreDistribution(scores)).toEqual(expected);
  });

  it('is undefined for no scores', () => {
    expect(scoreDistribution([])).toBeUndefined();
  });

  it('does not depend on order, and min ≤ p10 ≤ median ≤ max, min ≤ mean ≤ max', () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 60 }), fc.integer(), (scores, seed) => {
        const d = scoreDistribution(scores)!;
        const reversed = scoreDistribution([...scores].reverse())!;
        const rotated = scores.map((_, i) => scores[(i + Math.abs(seed)) % scores.length]!);
        expect(reversed).toEqual(d);
        expect(scoreDistribution(rotated)).toEqual(d);
        expect(d.min).toBeLessThanOrEqual(d.p10);
        expect(d.p10).toBeLessThanOrEqual(d.median);
        expect(d.median).toBeLessThanOrEqual(d.max);
        expect(d.mean).toBeGreaterThanOrEqual(d.min - 0.005);
        expect(d.mean).toBeLessThanOrEqual(d.max + 0.005);
      }),
    );
  });
});

describe('region formats', async () => {
  const broken: RegionItem = {
    source: 'bad/school.yaml',
    diagnostics: [
      {
        code: 'YAML_SYNTAX',
        severity: 'error',
        message: { ru: 'ошибка YAML', en: 'YAML error' },
        file: 'bad/school.yaml',
      },
    ],
  };
  const { results, summary } = await run([...region, broken]);

  it('NDJSON lines are single-line JSON with a type', () => {
    for (const r of results) {
      const line = formatSchoolLine(r);
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      expect(JSON.parse(line)).toEqual({ type: 'school', ...JSON.parse(JSON.stringify(r)) });
    }
    expect(JSON.parse(formatSummaryLine(summary)).type).toBe('summary');
  });

  it('the JSON writer pieces concatenate to the stable JSON of the whole document', () => {
    const w = new RegionJsonWriter();
    const text = w.start() + results.map((r) => w.school(r)).join('') + w.end(summary);
    expect(text).toBe(`${stableStringify({ schools: results, summary }, 2)}\n`);
    const none = new RegionJsonWriter();
    expect(none.start() + none.end(summary)).toBe(`${stableStringify({ schools: [], summary }, 2)}\n`);
  });

  it('CSV: header and rows parse back with one column per header cell', () => {
    const csv = formatRegionCsvHeader() + results.map((r) => formatSchoolCsvRow(r)).join('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(results.length);
    expect(rows.map((r) => r['ИД школы'])).toEqual(results.map((r) => r.id));
    expect(rows.at(-1)!['Статус']).toBe('не проверена');
    expect(rows[0]!['Нарушений']).toBe(String(results[0]!.summary!.findings.unwaived));
    const en = formatRegionCsvHeader({ language: 'en', delimiter: ',' });
    expect(en).toContain('School id,School,');
  });

  it('CSV: formula-like and delimiter-bearing values are neutralised and quoted', () => {
    const hostile: SchoolResult = {
      ...results[0]!,
      name: '=cmd|"/c calc"!A1',
      municipality: '+7; район',
      source: '@import',
    };
    const row = formatSchoolCsvRow(hostile);
    const [cells] = parseCsv(row, { delimiter: ';' }) as string[][];
    expect(cells![1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(cells![3]).toBe(`'+7; район`);
    expect(cells![4]).toBe(`'@import`);
  });

  it('text: every school and the aggregate; control and bidi characters never reach the terminal', () => {
    const sneaky: SchoolResult = { ...results[0]!, id: 'sch-x', name: 'Школа\u001b[31m\u202e №1' };
    const text = formatRegionText([...results, sneaky], summary);
    for (const r of results) expect(text).toContain(r.id.slice(0, 11));
    expect(text).toContain('Школы с наименьшим баллом (3)');
    expect(text).toContain('bad/school.yaml: ошибка YAML');
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('text: waivers across the region', () => {
  it.each([
    [
      undefined,
      'Исключения: школ с исключениями 2, исключено нарушений 5, истёкших исключений 1, неиспользованных 0',
      true,
    ],
    [
      { waivers: 'ignored' as const, config: 'ignored' as const },
      'Исключения не применялись (--ignore-waivers)',
      false,
    ],
    [
      { waivers: 'skipped' as const, config: 'merged' as const },
      'Файлы исключений школ не читались (--no-school-waivers)',
      false,
    ],
  ])('schoolFiles %j', async (schoolFiles, line, listsExpired) => {
    const { results, summary } = await run(region.slice(0, 2));
    const withWaivers = {
      ...summary,
      waivers: {
        schools: 2,
        waived: 5,
        expired: 1,
        unused: 0,
        schoolsWithExpired: ['sch-\u202eold'],
        ignored: 0,
      },
      ...(schoolFiles ? { schoolFiles } : {}),
    };
    const text = formatRegionText(results, withWaivers);
    expect(text).toContain(line);
    expect(text.includes('Истёкшие исключения у школ: sch-old')).toBe(listsExpired);
  });
});

describe('duplicate ids', () => {
  it('are listed in the summary', async () => {
    const { summary } = await run([region[0]!, region[1]!, region[0]!]);
    expect(summary.duplicateIds).toEqual([region[0]!.school.id]);
    const { summary: clean } = await run(region.slice(0, 3));
    expect(clean.duplicateIds).toEqual([]);
  });
});

describe('regional formats by name (regionStream)', async () => {
  const { results, summary } = await run(region);
  const whole = (name: RegionFormatName) => {
    const stream = regionStream(name, { language: 'en' });
    return stream.start() + results.map((r) => stream.school(r)).join('') + stream.end(summary);
  };

  it('offers the formats the CLI lists', () => {
    expect(REGION_FORMAT_NAMES).toEqual(['text', 'ndjson', 'json', 'csv']);
  });

  it.each([
    [
      'text',
      () =>
        formatRegionText(
          results.map(({ findings: _f, ...counts }) => counts),
          summary,
          { language: 'en' },
        ),
    ],
    ['ndjson', () => results.map((r) => formatSchoolLine(r)).join('') + formatSummaryLine(summary)],
    ['json', () => `${stableStringify({ schools: results, summary }, 2)}\n`],
    [
      'csv',
      () =>
        formatRegionCsvHeader({ language: 'en' }) +
        results.map((r) => formatSchoolCsvRow(r, { language: 'en' })).join(''),
    ],
  ] as const)('%s: the stream writes what the format functions write', (name, expected) => {
    expect(whole(name)).toBe(expected());
  });
});
