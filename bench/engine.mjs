// Engine bench: ten simple rules × N synthetic subjects through a hand-written loop, the compiled
// engine, the reference engine (json-rules-engine, one Engine per rule) and its peer (one Engine
// holding every rule, as json-rules-engine's users write it); `--json` prints the timings. Runs against dist/ (`npm run bench` builds it); SFERUM_DIST points elsewhere.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const distEntry = process.env.SFERUM_DIST
  ? pathToFileURL(resolve(process.env.SFERUM_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;
const { compiledEngine, referenceEngine } = await import(distEntry);

const PROHIBITED = [
  'WhatsApp',
  'Telegram',
  'Viber',
  'Discord',
  'Signal',
  'Skype',
  'Snapchat',
  'WeChat',
  'Line',
  'Threema',
];
const ROLES = ['учитель', 'ученик', 'родитель', null];

/** Ten rules shaped like the catalog's: equality flags, list membership, counts, a path. */
const RULES = [
  {
    all: [
      { fact: 'isClassTeacher', operator: 'equal', value: true },
      { fact: 'eschoolLinked', operator: 'equal', value: false },
    ],
  },
  {
    all: [
      { fact: 'eschoolLinked', operator: 'equal', value: true },
      { fact: 'eschoolRole', operator: 'notEqual', value: 'учитель' },
      { fact: 'isStaff', operator: 'equal', value: true },
    ],
  },
  {
    any: [
      { fact: 'platform', operator: 'in', value: PROHIBITED },
      { fact: 'platformStatus', operator: 'equal', value: 'prohibited' },
    ],
  },
  {
    all: [
      { fact: 'memberCount', operator: 'greaterThan', value: 30 },
      { fact: 'hasAdmin', operator: 'equal', value: false },
    ],
  },
  {
    all: [
      { fact: 'profileCreated', operator: 'equal', value: true },
      { fact: 'profileSecured', operator: 'equal', value: false },
    ],
  },
  { not: { fact: 'eschoolRole', operator: 'in', value: ['учитель', 'ученик', 'родитель'] } },
  { all: [{ fact: 'daysSinceActivity', operator: 'greaterThanInclusive', value: 90 }] },
  { all: [{ fact: 'profile', path: '$.fields.length', operator: 'lessThan', value: 3 }] },
  {
    all: [
      { fact: 'messengers', operator: 'contains', value: 'WhatsApp' },
      { fact: 'isStaff', operator: 'equal', value: true },
    ],
  },
  {
    any: [
      { fact: 'adminCount', operator: 'lessThan', value: 1 },
      { fact: 'orderAppointed', operator: 'equal', value: false },
    ],
  },
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
  if (s.profile?.fields && s.profile.fields.length < 3) n++;
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

// Every engine gets the same subjects and the same number of timed runs (best of ROUNDS).
const N = Number(process.env.BENCH_ENGINE_SUBJECTS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ENGINE_ROUNDS ?? 3);
const data = subjects(N);
const { Engine } = await import('json-rules-engine');

async function best(run) {
  let ms = Infinity;
  let hits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    hits = await run();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, hits };
}

const baseline = await best(async () => {
  let n = 0;
  for (const s of data) n += handWritten(s);
  return n;
});
const compiled = RULES.map((r) => compiledEngine.compile(r));
const compiledRun = await best(async () => {
  let n = 0;
  for (const s of data) for (let i = 0; i < compiled.length; i++) if (compiled[i](s)) n++;
  return n;
});
// Our reference engine: json-rules-engine, one Engine.run per rule and subject.
const reference = RULES.map((r) => referenceEngine.compile(r));
const referenceRun = await best(async () => {
  let n = 0;
  for (const s of data) for (const run of reference) if (await run(s)) n++;
  return n;
});
// The peer: json-rules-engine as its users write it — one Engine holding every rule, run once per subject.
const peer = new Engine([], { allowUndefinedFacts: true });
RULES.forEach((conditions, i) =>
  peer.addRule({ conditions, event: { type: `rule-${i}` }, name: `rule-${i}` }),
);
const peerRun = await best(async () => {
  let n = 0;
  for (const s of data) n += (await peer.run({ ...s })).events.length;
  return n;
});

if (new Set([baseline.hits, compiledRun.hits, referenceRun.hits, peerRun.hits]).size !== 1) {
  console.error(
    `MISMATCH: baseline ${baseline.hits}, compiled ${compiledRun.hits}, reference ${referenceRun.hits}, peer ${peerRun.hits}`,
  );
  process.exitCode = 1;
}
const result = {
  subjects: N,
  rules: RULES.length,
  rounds: ROUNDS,
  handWrittenMs: baseline.ms,
  compiledMs: compiledRun.ms,
  referenceMs: referenceRun.ms,
  peerMs: peerRun.ms,
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  console.log(
    `engine bench: ${RULES.length} rules × ${N} subjects, best of ${ROUNDS}, node ${process.version}`,
  );
  for (const [name, ms] of [
    ['hand-written loop', baseline.ms],
    ['compiled engine', compiledRun.ms],
    ['reference (one Engine per rule)', referenceRun.ms],
    ['peer (one Engine, all rules)', peerRun.ms],
  ]) {
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(1).padStart(9)} ms`);
  }
  console.log(
    `  compiled / reference ${(referenceRun.ms / compiledRun.ms).toFixed(0)}×, compiled / peer ${(peerRun.ms / compiledRun.ms).toFixed(0)}×`,
  );
}
