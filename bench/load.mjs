// Load bench: generated schools (default 20 × 600 people, people inline) written as school.json
// and school.yaml, then
//   1. parseSchoolDocument on the JSON text: the JSON fast path, against the YAML path it replaced
//      (parseSchoolDocumentWithYaml, bundled from src/ in memory: it is internal) and against a
//      bare JSON.parse (the floor);
//   2. loadSchool (parse, validate, positions) per school, JSON and YAML;
//   3. normalize of a loaded school: subjects/s with lazy sources, against normalize plus reading
//      every subject's sources (what normalize used to do eagerly);
//   4. a 10 000-row CSV roster: loadSchool and position lookups of the last row;
//   5. normalize at 1× and 4× the people (linear or not).
// Prints ms per school, subjects/s and the ratios measured in this run (nothing is asserted).
// Runs against dist/ (`npm run bench` builds it); SFERUM_DIST points elsewhere. Knobs:
// BENCH_LOAD_SCHOOLS, BENCH_PEOPLE.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { stringify } from 'yaml';

const here = fileURLToPath(new URL('.', import.meta.url));
const distEntry = process.env.SFERUM_DIST
  ? pathToFileURL(resolve(process.env.SFERUM_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;
const { loadSchool, parseSchoolDocument, createMemoryFileReader, normalize, defaultRegistry } = await import(
  distEntry
);

// TypeScript sources (the generator, and the internal YAML path) are bundled in memory, with their
// dependencies, as region.mjs does for the generator.
const inMemory = async (entry) => {
  // CommonJS dependencies bundled as ESM require Node built-ins: give them a require.
  const banner = `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(import.meta.url)});`;
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    banner: { js: banner },
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};
const { generateSchool, GENERATED_AS_OF } = await inMemory(join(here, 'generate-region.ts'));
const { generateLargeRoster } = await inMemory(join(here, 'generate-roster.ts'));
const { parseSchoolDocumentWithYaml } = await inMemory(join(here, '../src/load/parse-school-document.ts'));

const SCHOOLS = Number(process.env.BENCH_LOAD_SCHOOLS ?? 20);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 600);
const inputs = Array.from({ length: SCHOOLS }, (_, i) => generateSchool(i, { peoplePerSchool: PEOPLE }));
const json = inputs.map((x) => JSON.stringify(x, null, 2));
const yaml = inputs.map((x) => stringify(x));
const registry = defaultRegistry();
const asOf = GENERATED_AS_OF;

/** Best of three rounds (after a warm-up) of `fn` over every item: ms per item. */
async function perItem(items, fn) {
  for (const item of items.slice(0, 2)) await fn(item);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    for (const item of items) await fn(item);
    best = Math.min(best, (performance.now() - t) / items.length);
  }
  return best;
}
const ms = (x) => `${x.toFixed(2)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;

console.log(
  `load bench: ${SCHOOLS} schools × ${PEOPLE} people, ${(json[0].length / 1024).toFixed(0)} KiB JSON / ${(yaml[0].length / 1024).toFixed(0)} KiB YAML each`,
);

const bare = await perItem(json, (t) => JSON.parse(t));
const fast = await perItem(json, (t) => parseSchoolDocument(t, 'school.json'));
const viaYaml = await perItem(json, (t) => parseSchoolDocumentWithYaml(t, 'school.json'));
const fastLocate = await perItem(json, (t) => parseSchoolDocument(t, 'school.json').locate('/people/0/id'));
console.log(
  `parse school.json: fast path ${ms(fast)}, via yaml ${ms(viaYaml)} (${ratio(viaYaml, fast)} faster), JSON.parse ${ms(bare)} (fast path = ${ratio(fast, bare)} of it)`,
);
console.log(`parse school.json + first locate (builds the position index): ${ms(fastLocate)}`);

const load = (file, text) => loadSchool(file, createMemoryFileReader({ [file]: text }));
const loadJson = await perItem(json, (t) => load('school.json', t));
const loadYaml = await perItem(yaml, (t) => load('school.yaml', t));
console.log(
  `loadSchool: school.json ${ms(loadJson)}/school, school.yaml ${ms(loadYaml)}/school (JSON ${ratio(loadYaml, loadJson)} faster)`,
);

const loaded = [];
for (const t of json) loaded.push((await load('school.json', t)).input);
let subjects = 0;
for (const input of loaded) subjects += normalize(input, { asOf, registry }).all.length;
const lazy = await perItem(loaded, (input) => normalize(input, { asOf, registry }));
const eager = await perItem(loaded, (input) => {
  for (const s of normalize(input, { asOf, registry }).all) void s.sources;
});
const perSecond = (msPerSchool) =>
  `${((subjects / loaded.length / msPerSchool) * 1000).toFixed(0)} subjects/s`;
console.log(
  `normalize (loaded school.json): lazy sources ${perSecond(lazy)}, every subject's sources read ${perSecond(eager)} (${ratio(eager, lazy)})`,
);

// 4. A large roster as CSV (10 000 people, 2 000 channels): loadSchool, then the first and a
//    second position lookup of the last row (the position index is built on the first).
//    The roster is bench/generate-roster.ts, the one test/load/large-roster.test.ts checks.
{
  const files = generateLargeRoster({ people: 10_000, channels: 2_000 });
  let loadMs = Infinity;
  let firstLocate = Infinity;
  let nextLocate = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const r = await loadSchool('school.yaml', createMemoryFileReader(files));
    const t1 = performance.now();
    r.input.sources.locate('/people/9999/parentOf/0');
    const t2 = performance.now();
    r.input.sources.locate('/people/9998/id');
    const t3 = performance.now();
    loadMs = Math.min(loadMs, t1 - t0);
    firstLocate = Math.min(firstLocate, t2 - t1);
    nextLocate = Math.min(nextLocate, t3 - t2);
  }
  console.log(
    `10k-row roster + 2k-row inventory (CSV): loadSchool ${ms(loadMs)}, first locate ${ms(firstLocate)}, next ${ms(nextLocate)}`,
  );
}

// 5. Normalize scales linearly: the same generated school at 1× and 4× the people (quadratic work
//    would show ~16×). Moved here from test/normalize (a timing ratio is no test assertion).
{
  const base = Math.max(PEOPLE, 500) * 2;
  const timeOf = async (people) => {
    const input = generateSchool(0, { peoplePerSchool: people });
    return perItem([input], (x) => normalize(x, { asOf, registry }));
  };
  const small = await timeOf(base);
  const large = await timeOf(base * 4);
  console.log(
    `normalize scaling: ${base} → ${base * 4} people takes ${ratio(large, small)} the time (linear ≈ 4×, quadratic ≈ 16×)`,
  );
}
