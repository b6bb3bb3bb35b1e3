/**
 * Excel-proof identifiers: an organisation id that lost its leading zeros in Excel is recognised
 * (ID_LOST_LEADING_ZEROS, positioned at the CSV cell, both values shown), the «linked to another
 * organisation» finding shows the two values compared, and the init templates survive a round
 * trip through Excel's General format.
 */
import { describe, expect, it } from 'vitest';
import { audit, createMemoryFileReader, initTemplates, loadSchool } from '../../src/index.js';
import { lostLeadingZeros } from '../../src/validate/check-lost-zeros.js';

const SCHOOL = (orgId: string): string => `school:
  name: МБОУ СОШ № 72
  region: Новосибирская область
  municipality: г. Новосибирск
  eSchoolOrganizationId: "${orgId}"
people: { file: people.csv }
`;
const PEOPLE = (orgs: string[]): string =>
  'ИД;Роли;Класс;Профиль создан;Связь с ЭШ;Организация в ЭШ;Роль в ЭШ\n' +
  orgs.map((org, i) => `s-${i + 1};ученик;5А;да;да;${org};ученик`).join('\n') +
  '\n';

async function load(orgId: string, orgs: string[]) {
  return loadSchool(
    'school.yaml',
    createMemoryFileReader({ 'school.yaml': SCHOOL(orgId), 'people.csv': PEOPLE(orgs) }),
  );
}

/**
 * What Excel's General format does to a CSV cell when the file is opened and saved again: a cell
 * that reads as a whole number becomes that number (leading zeros gone); text stays text.
 */
function excelGeneral(cell: string): string {
  return /^\d+$/.test(cell) && cell.length <= 15 ? String(Number(cell)) : cell;
}
function throughExcel(csv: string): string {
  const bom = csv.startsWith('\uFEFF') ? '\uFEFF' : '';
  return (
    bom +
    csv
      .slice(bom.length)
      .split('\r\n')
      .map((line) => line.split(';').map(excelGeneral).join(';'))
      .join('\r\n')
  );
}

describe('lostLeadingZeros', () => {
  it.each([
    ['0', '0000000', true],
    ['72', '0072', true],
    ['072', '0072', true],
    ['0072', '0072', false],
    ['73', '0073', true],
    ['73', '0072', false],
    ['1000001', '1000001', false],
    ['100', '1000', false],
    ['72', '72', false],
    ['ШКОЛА', '0072', false],
  ])('%s for the school id %s: %s', (value, id, expected) => {
    expect(lostLeadingZeros(value, id)).toBe(expected);
  });
});

describe('ID_LOST_LEADING_ZEROS', () => {
  it('warns once per value, at the first CSV cell, showing both values and the row count', async () => {
    const { diagnostics } = await load('0072', ['72', '0072', '72', '72']);
    const lost = diagnostics.filter((d) => d.code === 'ID_LOST_LEADING_ZEROS');
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({
      severity: 'warning',
      file: 'people.csv',
      pointer: '/people/0/eschool/organization',
      line: 2,
      column: 21, // the character where «72» starts in «s-1;ученик;5А;да;да;72;ученик»
    });
    expect(lost[0]!.message.ru).toContain('«72» (строк: 3)');
    expect(lost[0]!.message.ru).toContain('eSchoolOrganizationId = «0072»');
    expect(lost[0]!.message.en).toContain('«72» (rows: 3)');
    expect(lost[0]!.hint?.ru).toContain('«Текстовый»');
  });

  it('stays silent for another organisation and for the right id', async () => {
    const { diagnostics } = await load('0072', ['0072', '0073', '73', 'Гимназия № 1']);
    expect(diagnostics.filter((d) => d.code === 'ID_LOST_LEADING_ZEROS')).toEqual([]);
  });

  it('the finding shows the two values compared (organisation ids are not masked)', async () => {
    const { input } = await load('0000000', ['0']);
    const report = await audit(input!, { asOf: '2026-01-15' });
    const finding = report.findings.find((f) => f.ruleId === 'SFR-2.5-LINK-ORGANIZATION');
    expect(finding?.message).toContain('в списке людей — «0», у школы — «0000000»');
    expect(finding?.evidence.map((e) => [e.fact, e.value])).toEqual([
      ['eschoolOrganizationMatches', false],
      ['eschoolOrganization', '0'],
    ]);
  });
});

describe('init templates through Excel', () => {
  async function loadTemplates(transform: (csv: string) => string) {
    const files = Object.fromEntries(
      initTemplates().map((t) => [t.path, t.path.endsWith('.csv') ? transform(t.content) : t.content]),
    );
    return loadSchool('school.yaml', createMemoryFileReader(files));
  }

  it('survive a save in Excel: the roster still links to the school', async () => {
    const { diagnostics, input } = await loadTemplates(throughExcel);
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    const report = await audit(input!, { asOf: '2026-01-15' });
    expect(report.findings.filter((f) => f.ruleId.endsWith('-LINK-ORGANIZATION'))).toEqual([]);
  });

  it('the simulation can fail: an id with leading zeros does not survive it', async () => {
    const zeros = (csv: string): string => throughExcel(csv.replaceAll(';1000001;', ';0000000;'));
    const files = Object.fromEntries(
      initTemplates().map((t) => [
        t.path,
        t.path === 'school.yaml' ? t.content.replace('"1000001"', '"0000000"') : zeros(t.content),
      ]),
    );
    const { diagnostics } = await loadSchool('school.yaml', createMemoryFileReader(files));
    expect(diagnostics.map((d) => d.code)).toContain('ID_LOST_LEADING_ZEROS');
  });
});
