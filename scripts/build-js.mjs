// `npm run build:js`: the JavaScript of dist/ only (library entries, bin, region worker), without
// the declarations and the offline page. What `audit:example` and the benches need: a run of the
// CLI does not read .d.ts files, and the declaration build is ~95 % of `npm run build`'s CPU time
// (it type-checks the sources once more). `npm run build` stays the whole build.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist');
// tsup does not clean (see tsup.config.ts): drop the old JavaScript so no stale hashed chunk stays
// behind; declarations and the web page from an earlier full build are left in place.
let old = [];
try {
  old = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));
} catch {
  // no dist/ yet
}
for (const file of old) rmSync(join(dist, file), { force: true });
process.env.SFERUM_BUILD = 'js';
await build({});
