import { describe, expect, it } from 'vitest';
import {
  defaultRegistry,
  normalizePlatform,
  parsePeopleCsv,
  parseSchoolDocument,
  scanText,
} from '../../src/index.js';
import { DETECTORS, viewOf } from '../../src/scan/detectors/index.js';
import { buildIndex } from '../../src/normalize/build-index.js';
import { derivePerson, organizationMatcher } from '../../src/normalize/derive-person.js';
import type { AuditInput } from '../../src/model/types.js';
import {
  normalizeWord,
  parseBooleanCell,
  parseDateCell,
  parseListCell,
  parseRolesCell,
} from '../../src/load/csv-values.js';

// Every detector and normaliser is fed its worst pattern at 100 KB and at 1 MB, and the two times
// are compared in the same run: linear work grows ~10×, quadratic ~100×. On a shared machine linear
// cases were seen up to ~40× (a 1 MB string lives in another heap space, caches miss), so the bound
// is 50; the quadratic cases fixed here measured 80–220×. No absolute time is asserted. Each case names the
// protection it guards: remove it and the ratio goes far past the bound.
const SMALL = 40_000;
const LARGE = 400_000;
const BOUND = 50;
// Below a few milliseconds the 100 KB run measures allocation and cache effects, not the
// algorithm (a 1 MB string lands in another heap space). Such a case is measured again on inputs
// twice as large (the 1:10 proportion kept) until the small run reaches this floor, so only the
// ratio of two times measured here is asserted, never a time.
const NOISE_FLOOR_MS = 5;
const MAX_GROWTH = 16;

// CPU time of this process, not wall time: on a shared machine the test process waits for a core
// for long stretches, which wall time would count as work. A Vitest worker process runs one file at
// a time, so the process's CPU time is this file's.
function time(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The fastest of `n` runs: the minimum drops pauses for garbage collection and other processes. */
function fastest(n: number, run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) best = Math.min(best, time(run));
  return best;
}

/**
 * Ratio of one large run to the fastest of three small runs (the first small run warms the JIT).
 * A linear case gives about 10, a quadratic one about 100. One large run is enough: a pause that
 * inflates it sends the case to another attempt (below), and a quadratic case fails every attempt.
 */
function ratio(
  make: (chars: number) => string,
  run: (text: string) => unknown,
  small = SMALL,
  large = LARGE,
): number {
  // A burst of load can still inflate one measurement; a quadratic case stays near 100× on every
  // attempt, so the smallest of three attempts separates the two without loosening the bound.
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= BOUND; attempt++)
    best = Math.min(best, measureRatio(make, run, small, large));
  return best;
}

function measureRatio(
  make: (chars: number) => string,
  run: (text: string) => unknown,
  small: number,
  large: number,
): number {
  let growth = 1;
  let a = flat(make(small));
  let t1 = fastest(3, () => run(a));
  while (t1 < NOISE_FLOOR_MS && growth < MAX_GROWTH) {
    growth *= 2;
    a = flat(make(small * growth));
    t1 = fastest(3, () => run(a));
  }
  const b = flat(make(large * growth));
  const t2 = time(() => run(b));
  return t2 / Math.max(t1, Number.MIN_VALUE);
}

/**
 * The text with its characters in one piece. `repeat` and `+` build a tree of parts that V8 joins
 * on first read (linear in the length): untimed here, or the single large run would pay it and a
 * constant-time function (a cell parser that stops at the first bad character) would show ~100×.
 * Converting to a number reads the whole string, which joins it.
 */
function flat(text: string): string {
  Number(text);
  return text;
}

const repeat =
  (unit: string, suffix = '') =>
  (chars: number) =>
    unit.repeat(Math.ceil(chars / unit.length)) + suffix;
const detector = (kind: string) => {
  const d = DETECTORS.find((x) => x.kind === kind)!;
  return (text: string) => d.detect(viewOf(text));
};

describe('the measure', () => {
  it('tells a quadratic function from a linear one', () => {
    // A pair loop over a twentieth of the characters: ~4 M steps on the small input, ~400 M on the
    // large. A burst of load on the small run can only lower one attempt's ratio, so the largest of
    // up to three is taken.
    const quadratic = (text: string) => {
      const m = text.length / 20;
      let sum = 0;
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) sum += (i ^ j) & 1;
      return sum;
    };
    let worst = 0;
    for (let attempt = 0; attempt < 3 && worst < BOUND; attempt++)
      worst = Math.max(worst, measureRatio(repeat('a'), quadratic, SMALL, LARGE));
    expect(worst).toBeGreaterThan(BOUND);
    expect(ratio(repeat('a'), (text) => text.split('a').length)).toBeLessThan(BOUND);
  });
});

describe('linear time on worst-case input', () => {
  it.each([
    // payment-qr: a QR string is read at most 3000 chars after its header
    ['payment-qr', 'ST00011|'],
    ['payment-qr', 'ST00011|a='],
    // payment-document: bounded words/amount groups, binary search in the window, 40-char look-ahead
    ['payment-document', 'перевод', ' 100 р'],
    ['payment-document', 'сбор ', ' 100 р'],
    ['payment-document', '1 000 ', 'р'],
    ['bank-account', '40702810 ', ' р/с'],
    ['bank-card', '4276 1234 ', ''],
    ['ogrn', 'огрн 1', ''],
    ['snils', 'снилс 123-', ''],
    ['inn', 'инн 77', ' кпп'],
    ['passport', 'серия 45 06 ', ''],
    ['birth-date', 'дата рождения 12.', ''],
    ['email', 'a@a.a', ''],
    ['email', 'a.', '@'],
    // the hand-written matchers: a local part before every @, near-miss phones at every digit
    ['email', 'ab-%@a-b.', ''],
    ['phone', '+7 900 ', ''],
    ['phone', '8 (912) 345-67-8', ''],
    ['phone', '+ 7', ''],
  ])('detector %s on %j', (kind, unit, suffix = '') => {
    expect(ratio(repeat(unit, suffix), detector(kind))).toBeLessThan(BOUND);
  });

  it.each([
    // scanText: overlap resolution by binary search (was kept.some(): quadratic in hits)
    ['a@a.a '],
    ['+7 900 000-00-00 '],
    ['квитанция 100 р '],
  ])('every detector together on %j (many hits per message)', (unit) => {
    expect(ratio(repeat(unit), scanText)).toBeLessThan(BOUND);
  });

  const registry = defaultRegistry();
  it.each([
    // find-links: trailing punctuation trimmed by hand (was /[.,:;!?…]+$/)
    ['dots then a letter', (n: number) => '.'.repeat(n) + 'a'],
    ['spaces then a letter', (n: number) => ' '.repeat(n) + 'a'],
    ['labels without a top-level domain', (n: number) => 'x@a.' + 'a-'.repeat(n / 2) + '!'],
  ])('messenger normaliser: platform and link cells of %s', (_name, make) => {
    expect(ratio(make, (t) => normalizePlatform(t, undefined, registry))).toBeLessThan(BOUND);
    expect(ratio(make, (t) => normalizePlatform('Сферум', t, registry))).toBeLessThan(BOUND);
  });

  it.each([
    ['normalizeWord', (t: string) => normalizeWord(t)],
    ['a boolean cell', (t: string) => parseBooleanCell(t, true)],
    ['a date cell', (t: string) => parseDateCell(t)],
    ['a list cell', (t: string) => parseListCell(t)],
    ['a roles cell', (t: string) => parseRolesCell(t)],
  ])('CSV normaliser: %s of dashes, spaces and dots', (_name, run) => {
    expect(ratio(repeat('a-'), run)).toBeLessThan(BOUND);
    expect(ratio(repeat(' '), run)).toBeLessThan(BOUND);
    expect(ratio(repeat('.,'), run)).toBeLessThan(BOUND);
  });

  it('CSV reader: one row per 50 bytes of bad rows', () => {
    const header = 'id;ФИО;Роли;Профиль создан;Связь с ЭШ\n';
    const bytes = (t: string) => new TextEncoder().encode(t);
    expect(
      ratio(
        (n) => header + 'x;y;zzz;maybe;no\n'.repeat(n / 17),
        (t) => parsePeopleCsv(bytes(t), 'p.csv'),
        20_000,
        200_000,
      ),
    ).toBeLessThan(BOUND);
  });

  it('normalize: one class teacher of thousands of classes', () => {
    // Lead lists were deduplicated with includes and each led class was looked up in them again:
    // quadratic in the classes one person leads. The index and that person's subject are built
    // from the roster text, parsed inside the timing (linear).
    const make = (n: number) => {
      const ids = Array.from({ length: Math.ceil(n / 10) }, (_, i) => `c${i}`);
      return JSON.stringify({
        school: { name: 'x' },
        people: [{ id: 'p1', roles: ['class-teacher', 'student'], class: 'c0', classTeacherOf: ids }],
      });
    };
    const registry = defaultRegistry();
    const run = (t: string) => {
      const index = buildIndex(JSON.parse(t) as AuditInput, { asOf: '2026-11-30', registry });
      return derivePerson(index, index.people[0]!, organizationMatcher(index));
    };
    expect(ratio(make, run, 20_000, 200_000)).toBeLessThan(BOUND);
  });

  it('school JSON: duplicate keys on one line (prettyErrors off)', () => {
    const make = (n: number) => `{"school":{"name":"a"},${'"x":1,'.repeat(n / 6)}"y":1}`;
    expect(
      ratio(make, (t) => parseSchoolDocument(new TextEncoder().encode(t), 's.json'), 10_000, 100_000),
    ).toBeLessThan(BOUND);
  });
});
