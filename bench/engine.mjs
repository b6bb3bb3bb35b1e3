// Engine bench: ten simple rules × N synthetic subjects through the compiled engine, the reference
// engine (json-rules-engine) and a hand-written loop; prints subjects/s and the ratios measured
// in this run. Runs against dist/ (`npm run bench` builds it); SFERUM_DIST points elsewhere.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const distEntry = process.env.SFERUM_DIST
  ? pathToFileURL(resolve(process.env.SFERUM_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;
const { compiledEngine, referenceEngine } = await import(distEntry);

const PROHIBITED = ['WhatsApp', 'Telegram', 'Viber', 'Discord', 'Signal', 'Skype', 'Snapchat', 'WeChat', 'Line', 'Threema'];
const ROLES = ['учитель', 'ученик', 'родитель', null];

/** Ten rules shaped like the catalog's: equality flags, list membership, counts, a path. */
const RULES = [
  { all: [{ fact: 'isClassTeacher', operator: 'equal', value: true }, { fact: 'eschoolLinked', operator: 'equal', value: false }] },
  { all: [{ fact: 'eschoolLinked', operator: 'equal', value: true }, { fact: 'eschoolRole', operator: 'notEqual', value: 'учитель' }, { fact: 'isStaff', operator: 'equal', value: true }] },
  { any: [{ fact: 'platform', operator: 'in', value: PROHIBITED }, { fact: 'platformStatus', operator: 'equal', value: 'prohibited' }] },
  { all: [{ fact: 'memberCount', operator: 'greaterThan', value: 30 }, { fact: 'hasAdmin', operator: 'equal', value: false }] },
  { all: [{ fact: 'profileCreated', operator: 'equal', value: true }, { fact: 'profileSecured', operator: 'equal', value: false }] },
  { not: { fact: 'eschoolRole', operator: 'in', value: ['учитель', 'ученик', 'родитель'] } },
  { all: [{ fact: 'daysSinceActivity', operator: 'greaterThanInclusive', value: 90 }] },
  { all: [{ fact: 'profile', path: '$.fields.length', operator: 'lessThan', value: 3 }] },
  { all: [{ fact: 'messengers', operator: 'contains', value: 'WhatsApp' }, { fact: 'isStaff', operator: 'equal', value: true }] },
  { any: [{ fact: 'adminCount', operator: 'lessThan', value: 1 }, { fact: 'orderAppointed', operator: 'equal', value: false }] },
];

/** The same ten rules written by hand: the ceiling for a compiled engine. */
function handWritten(s) {
  let n = 0;
  if (s.isClassTeacher === true && s.eschoolLinked === false) n++;
  if (s.eschoolLinked === true && s.eschoolRole !== 'учитель' && s.isStaff === true) n++;
  if (PROHIBITED.includes(s.platform) || s.platformStatus === 'prohibited') n++;
  if (s.memberCount > 30 && s.hasAdmin === false) n++;
  if (s.profileCreated === true && s.profileSecured === false) n++;
  if (!(s.eschoolRole === 'учитель' || s.eschoolRole === 'ученик' || s.eschoolRole === 'родитель')) n++;
  if (s.daysSinceActivity >= 90) n++;
  if (s.profile && s.profile.fields && s.profile.fields.length < 3) n++;
  if (Array.isArray(s.messengers) && s.messengers.includes('WhatsApp') && s.isStaff === true) n++;
  if (s.adminCount < 1 || s.orderAppointed === false) n++;
  return n;
}

/** Deterministic pseudo-random subjects (mulberry32). */
function subjects(count, seed = 42) {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push({
      isClassTeacher: rnd() < 0.2,
      isStaff: rnd() < 0.3,
      eschoolLinked: rnd() < 0.8,
      eschoolRole: pick(ROLES),
      platform: pick([...PROHIBITED, 'Сферум', 'VK Мессенджер', 'e-mail']),
      platformStatus: pick(['prohibited', 'educational', 'allowed', 'unknown']),
      memberCount: Math.floor(rnd() * 60),
      hasAdmin: rnd() < 0.7,
      profileCreated: rnd() < 0.9,
      profileSecured: rnd() < 0.9,
      daysSinceActivity: Math.floor(rnd() * 200),
      profile: { fields: ['адрес', 'телефон', 'сайт', 'логотип'].slice(0, Math.floor(rnd() * 5)) },
      messengers: rnd() < 0.3 ? ['WhatsApp'] : [],
      adminCount: Math.floor(rnd() * 3),
      orderAppointed: rnd() < 0.9,
    });
  }
  return out;
}

function rate(count, ms) {
  return (count / ms) * 1000;
}

const N = Number(process.env.BENCH_SUBJECTS ?? 200_000);
const N_REFERENCE = Number(process.env.BENCH_REFERENCE_SUBJECTS ?? Math.min(N, 3_000));
const data = subjects(N);

// Hand-written baseline.
let t = performance.now();
let baselineHits = 0;
for (let round = 0; round < 2; round++) {
  baselineHits = 0;
  t = performance.now();
  for (const s of data) baselineHits += handWritten(s);
}
const baselineMs = performance.now() - t;

// Compiled engine (compile time measured apart).
let t0 = performance.now();
const compiled = RULES.map((r) => compiledEngine.compile(r));
const compileMs = performance.now() - t0;
let compiledHits = 0;
let compiledMs = 0;
for (let round = 0; round < 2; round++) {
  compiledHits = 0;
  t = performance.now();
  for (const s of data) for (let i = 0; i < compiled.length; i++) if (compiled[i](s)) compiledHits++;
  compiledMs = performance.now() - t;
}

// Reference engine: json-rules-engine, one Engine.run per rule and subject.
const reference = RULES.map((r) => referenceEngine.compile(r));
const refData = data.slice(0, N_REFERENCE);
let referenceHits = 0;
t = performance.now();
for (const s of refData) for (const run of reference) if (await run(s)) referenceHits++;
const referenceMs = performance.now() - t;
let compiledHitsOnRefData = 0;
for (const s of refData) for (const run of compiled) if (run(s)) compiledHitsOnRefData++;

if (compiledHits !== baselineHits || compiledHitsOnRefData !== referenceHits) {
  console.error(`MISMATCH: baseline ${baselineHits} compiled ${compiledHits}; reference ${referenceHits} compiled ${compiledHitsOnRefData}`);
  process.exitCode = 1;
}

const rows = [
  ['hand-written loop', N, baselineMs, rate(N, baselineMs)],
  ['compiled engine', N, compiledMs, rate(N, compiledMs)],
  ['reference (json-rules-engine)', N_REFERENCE, referenceMs, rate(N_REFERENCE, referenceMs)],
];
console.log(`engine bench: ${RULES.length} rules per subject, node ${process.version}`);
for (const [name, n, ms, r] of rows) {
  console.log(`  ${name.padEnd(30)} ${String(n).padStart(8)} subjects  ${ms.toFixed(1).padStart(9)} ms  ${Math.round(r).toLocaleString('en-US').padStart(12)} subjects/s`);
}
console.log(`  compile: ${RULES.length} rules in ${compileMs.toFixed(2)} ms; findings per run: ${compiledHits}`);
console.log(`  ratio compiled / reference: ${(rate(N, compiledMs) / rate(N_REFERENCE, referenceMs)).toFixed(0)}×`);
console.log(`  ratio hand-written / compiled: ${(rate(N, baselineMs) / rate(N, compiledMs)).toFixed(2)}×`);
