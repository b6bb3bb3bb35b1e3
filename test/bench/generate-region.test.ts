import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALLOWED_PLATFORM_SPELLINGS,
  GENERATED_AS_OF,
  generateRegion,
  generateSchool,
} from '../../bench/generate-region.js';
import type { AuditInput } from '../../src/model/types.js';
import { validate } from '../../src/validate/index.js';
import { defaultRegistry, normalizePlatform } from '../../src/messengers/index.js';

const ALLOWED = new Set<string>(ALLOWED_PLATFORM_SPELLINGS);
const EXPECTED_ROLE = {
  administration: 'учитель',
  teacher: 'учитель',
  'class-teacher': 'учитель',
  student: 'ученик',
  parent: 'родитель',
} as const;

/** Every cross reference of one school, as a list of problems (empty when all resolve). */
function dangling(school: AuditInput): string[] {
  const problems: string[] = [];
  const people = new Map(school.people.map((p) => [p.id, p]));
  const classIds = new Set(school.classes.map((c) => c.id));
  const channelIds = new Set(school.channels.map((c) => c.id));
  const docIds = new Map(school.documents.map((d) => [d.id, d]));
  const adminIds = new Set(school.admins.map((a) => a.personId));
  const person = (id: string | undefined, where: string) => {
    if (id !== undefined && !people.has(id)) problems.push(`${where}: unknown person ${id}`);
  };
  for (const c of school.classes) {
    person(c.classTeacher, `class ${c.id}`);
    if (c.classTeacher && !people.get(c.classTeacher)?.classTeacherOf?.includes(c.id))
      problems.push(`class ${c.id}: teacher disagrees`);
  }
  for (const p of school.people) {
    if (p.class !== undefined && !classIds.has(p.class)) problems.push(`${p.id}: unknown class ${p.class}`);
    for (const c of p.classTeacherOf ?? [])
      if (!classIds.has(c)) problems.push(`${p.id}: unknown class ${c}`);
    for (const child of p.parentOf ?? []) {
      if (!people.get(child)?.roles.includes('student'))
        problems.push(`${p.id}: child ${child} is not a student`);
    }
  }
  for (const ch of school.channels) {
    person(ch.owner, ch.id);
    for (const m of ch.members ?? []) person(m, ch.id);
    if (ch.class !== undefined && !classIds.has(ch.class))
      problems.push(`${ch.id}: unknown class ${ch.class}`);
  }
  for (const a of school.admins) {
    person(a.personId, 'admin');
    if (
      a.appointmentOrder !== undefined &&
      docIds.get(a.appointmentOrder)?.kind !== 'order-admin-appointment'
    )
      problems.push(`admin ${a.personId}: bad order`);
    if (a.appointedByAdmin !== undefined && !adminIds.has(a.appointedByAdmin))
      problems.push(`admin ${a.personId}: appointed by a non-admin`);
  }
  for (const d of school.documents) for (const id of d.appoints ?? []) person(id, d.id);
  for (const id of school.school.sferum?.autoChannels ?? [])
    if (!channelIds.has(id)) problems.push(`unknown auto channel ${id}`);
  for (const list of Object.values(school.records)) {
    for (const r of list) {
      person(r.by, 'record');
      person(r.to, 'record');
      if (r.document !== undefined && !docIds.has(r.document))
        problems.push(`record: unknown document ${r.document}`);
    }
  }
  return problems;
}

describe('generateRegion', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateRegion({ schools: 3, peoplePerSchool: 120, seed: 7, violationRate: 0.2 });
    const b = generateRegion({ schools: 3, peoplePerSchool: 120, seed: 7, violationRate: 0.2 });
    const c = generateRegion({ schools: 3, peoplePerSchool: 120, seed: 8, violationRate: 0.2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('school i does not depend on how many schools are generated', () => {
    const few = generateRegion({ schools: 2, peoplePerSchool: 80, seed: 3 });
    const many = generateRegion({ schools: 5, peoplePerSchool: 80, seed: 3 });
    expect(many.slice(0, 2)).toEqual(few);
    expect(generateSchool(4, { peoplePerSchool: 80, seed: 3 })).toEqual(many[4]);
  });

  it.each([
    [1, 5, 1],
    [2, 66, 5],
    [3, 600, undefined],
    [2, 1500, 40],
  ])(
    '%i schools × %i people, %s channels: exact counts, unique ids, valid references',
    (schools, peoplePerSchool, channelsPerSchool) => {
      const region = generateRegion({
        schools,
        peoplePerSchool,
        seed: 11,
        violationRate: 0.1,
        ...(channelsPerSchool ? { channelsPerSchool } : {}),
      });
      expect(region).toHaveLength(schools);
      expect(new Set(region.map((s) => s.school.id)).size).toBe(schools);
      for (const school of region) {
        expect(school.people).toHaveLength(peoplePerSchool);
        expect(school.channels).toHaveLength(channelsPerSchool ?? 3 + 2 * school.classes.length);
        expect(new Set(school.people.map((p) => p.id)).size).toBe(peoplePerSchool);
        expect(new Set(school.channels.map((c) => c.id)).size).toBe(school.channels.length);
        expect(Object.keys(school.records).sort()).toEqual([
          'chatStrategy',
          'controlReviews',
          'informationMaterials',
          'statisticsReports',
        ]);
        expect(school.exports).toEqual([]);
        expect(school.sources).toBeUndefined();
        expect(dangling(school)).toEqual([]);
      }
    },
  );

  it('passes schema and reference validation with no diagnostics at any violation rate', () => {
    for (const violationRate of [0, 0.3, 1]) {
      for (const school of generateRegion({ schools: 2, peoplePerSchool: 250, seed: 4, violationRate })) {
        expect(validate(school)).toEqual([]);
      }
    }
  });

  it('has realistic proportions: one class teacher per class, about 25 students per class, 1–2 parents per student', () => {
    const [school] = generateRegion({ schools: 1, peoplePerSchool: 1000, seed: 5, violationRate: 0 });
    const count = (role: string) => school!.people.filter((p) => p.roles.includes(role as never)).length;
    const classes = school!.classes.length;
    expect(count('class-teacher')).toBe(classes);
    expect(count('administration')).toBeGreaterThanOrEqual(2);
    expect(count('student') / classes).toBeGreaterThan(20);
    expect(count('student') / classes).toBeLessThan(30);
    expect(count('parent') / count('student')).toBeGreaterThanOrEqual(1);
    expect(count('parent') / count('student')).toBeLessThanOrEqual(2);
    const childless = school!.people.filter(
      (p) => p.roles.includes('student') && !school!.people.some((q) => q.parentOf?.includes(p.id)),
    );
    expect(childless).toEqual([]);
  });

  it('violationRate 0 gives a compliant roster and inventory', () => {
    for (const school of generateRegion({ schools: 4, peoplePerSchool: 200, seed: 9, violationRate: 0 })) {
      for (const p of school.people) {
        expect(p.profile.created).toBe(true);
        expect(p.eschool).toMatchObject({
          linked: true,
          organization: school.school.eSchoolOrganizationId,
          role: EXPECTED_ROLE[p.roles[0]!],
        });
      }
      for (const c of school.channels) expect(ALLOWED.has(c.platform)).toBe(true);
      for (const c of school.classes) {
        expect(school.channels.find((ch) => ch.purpose === 'class' && ch.class === c.id)?.members).toContain(
          c.classTeacher,
        );
      }
      expect(school.documents.map((d) => d.kind)).toEqual(
        expect.arrayContaining(['regulation', 'order-platform-use', 'order-admin-appointment']),
      );
      expect(school.attestations).toHaveLength(7);
    }
  });

  it('violationRate controls the share of violations, with foreign messengers in varied spellings', () => {
    const share = (rate: number) => {
      const region = generateRegion({ schools: 5, peoplePerSchool: 400, seed: 2, violationRate: rate });
      const people = region.flatMap((s) => s.people.map((p) => ({ p, org: s.school.eSchoolOrganizationId })));
      const bad = people.filter(
        ({ p, org }) =>
          !p.profile.created ||
          !p.eschool.linked ||
          p.eschool.organization !== org ||
          p.eschool.role !== EXPECTED_ROLE[p.roles[0]!],
      );
      const foreign = region.flatMap((s) => s.channels).filter((c) => !ALLOWED.has(c.platform));
      return { people: bad.length / people.length, foreign };
    };
    const low = share(0.05);
    const high = share(0.5);
    expect(low.people).toBeGreaterThan(0.02);
    expect(low.people).toBeLessThan(0.08);
    expect(high.people).toBeGreaterThan(0.4);
    expect(high.people).toBeLessThan(0.6);
    expect(high.foreign.length).toBeGreaterThan(low.foreign.length);
    const spellings = new Set(
      high.foreign.map((c) =>
        c.platform.startsWith('http') || c.platform.startsWith('t.me') ? 'link' : c.platform,
      ),
    );
    expect(spellings.size).toBeGreaterThanOrEqual(6);
    expect(high.foreign.some((c) => c.link?.startsWith('https://chat.whatsapp.com/'))).toBe(true);
    expect(high.foreign.some((c) => c.link?.startsWith('https://t.me/+'))).toBe(true);
  });

  it('every platform spelling is recognised by the messenger registry: allowed ones as educational, the rest as prohibited', () => {
    const registry = defaultRegistry();
    const region = generateRegion({ schools: 6, peoplePerSchool: 300, seed: 13, violationRate: 0.5 });
    const statuses = region
      .flatMap((s) => s.channels)
      .map((c) => ({
        allowed: ALLOWED.has(c.platform),
        status: normalizePlatform(c.platform, c.link, registry).status,
      }));
    for (const { allowed, status } of statuses) expect(status).toBe(allowed ? 'educational' : 'prohibited');
    expect(statuses.filter((s) => s.status === 'prohibited').length).toBeGreaterThan(10);
  });

  it('writes every date but validUntil on or before GENERATED_AS_OF, as a real calendar day', () => {
    const dates: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) dates.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      // validUntil lies ahead of the audit by nature.
      else if (v && typeof v === 'object')
        Object.entries(v).forEach(([k, x]) => k !== 'validUntil' && walk(x));
    };
    walk(generateRegion({ schools: 5, peoplePerSchool: 300, seed: 21, violationRate: 0.5 }));
    expect(dates.length).toBeGreaterThan(1000);
    for (const d of dates) {
      expect(d <= GENERATED_AS_OF).toBe(true);
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
    }
  });

  it('keeps references valid for any size, seed and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 300 }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (peoplePerSchool, channelsPerSchool, seed, violationRate) => {
          const [school] = generateRegion({
            schools: 1,
            peoplePerSchool,
            seed,
            violationRate,
            ...(channelsPerSchool ? { channelsPerSchool } : {}),
          });
          expect(school!.people).toHaveLength(peoplePerSchool);
          expect(dangling(school!)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    [{ schools: -1 }],
    [{ schools: 1, peoplePerSchool: 4 }],
    [{ schools: 1, channelsPerSchool: 0 }],
    [{ schools: 1, violationRate: 1.5 }],
  ])('rejects %j', (options) => {
    expect(() => generateRegion(options)).toThrow(RangeError);
  });
});
