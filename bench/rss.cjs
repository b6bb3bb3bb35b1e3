// Preloaded into every measured child (`node --require bench/rss.cjs …`): on exit, writes the
// process's own peak RSS (bytes; worker threads included) to $BENCH_RSS_OUT. One process per
// measurement, so each row's peak is its own, not the running maximum of the bench.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload must be CommonJS
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_OUT)
    writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS * 1024));
});
