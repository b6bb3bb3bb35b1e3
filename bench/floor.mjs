// Floors: the least any tool must do with the same input — read the files and parse them with the
// same libraries, nothing else. `node bench/floor.mjs <mode> <path>`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

const [mode, target] = process.argv.slice(2);
let units = 0;

/** Every file named `name` under `dir`, depth first (readdir as the region's discovery does). */
function* files(dir, names) {
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const e of entries) if (e.isFile() && names.includes(e.name)) yield join(dir, e.name);
  for (const e of entries) if (e.isDirectory()) yield* files(join(dir, e.name), names);
}

switch (mode) {
  case 'region-json':
    for (const f of files(target, ['school.json']))
      units += JSON.parse(readFileSync(f, 'utf8')).people.length;
    break;
  case 'region-yaml':
    for (const f of files(target, ['school.yaml'])) {
      const dir = join(f, '..');
      parseYaml(readFileSync(f, 'utf8'));
      parseYaml(readFileSync(join(dir, 'waivers.yaml'), 'utf8'));
      for (const csv of ['people.csv', 'channels.csv'])
        units += parseCsv(readFileSync(join(dir, csv), 'utf8'), {
          delimiter: ';',
          bom: true,
          columns: true,
        }).length;
    }
    break;
  case 'whatsapp': {
    const header = /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} - /;
    for (const line of readFileSync(target, 'utf8').split('\n')) if (header.test(line)) units += 1;
    break;
  }
  case 'telegram':
    units = JSON.parse(readFileSync(target, 'utf8')).messages.length;
    break;
  default:
    throw new Error(`unknown floor ${mode}`);
}
if (units === 0 && statSync(target).size > 0) throw new Error('the floor read nothing');
process.stdout.write(`${units}\n`);
