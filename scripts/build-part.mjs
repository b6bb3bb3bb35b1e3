// One part of `npm run build`, as `npm test` and the scripts that only run the CLI need it:
//   node scripts/build-part.mjs js     dist/'s JavaScript (library entries, bin, region worker)
//   node scripts/build-part.mjs types  dist/*.d.ts and *.d.cts, bundled from the declarations
//                                      that `tsc -b` (npm run typecheck, TypeScript 7) emitted
//                                      to .types/
// `audit:example` and the benches build `js` only: a run of the CLI reads no .d.ts. `npm test`
// builds `js` beside the type check and `types` after it, so the sources are type-checked once.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const part = process.argv[2];
if (part !== 'js' && part !== 'types') {
  console.error('usage: node scripts/build-part.mjs js|types');
  process.exit(2);
}
const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist');
// tsup does not clean (see tsup.config.ts): drop this part's old files so no stale hashed chunk
// stays behind; the other parts and the web page are left in place.
const mine = part === 'js' ? /\.c?js$/ : /\.d\.c?ts$/;
let old = [];
try {
  old = readdirSync(dist).filter((f) => mine.test(f));
} catch {
  // no dist/ yet
}
for (const file of old) rmSync(join(dist, file), { force: true });
process.env.SFERUM_BUILD = part;
await build({});
