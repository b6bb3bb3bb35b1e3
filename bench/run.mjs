// `npm run bench`: runs every bench listed here, in order, against the freshly built dist/.
const BENCHES = ['./engine.mjs', './region.mjs', './load.mjs'];
for (const bench of BENCHES) {
  await import(new URL(bench, import.meta.url).href);
}
