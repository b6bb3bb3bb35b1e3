import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../model/compare-strings.js';

/** The files of a rule pack directory laid out like the bundled `rules/`. */
export interface RulePackListing {
  /** Rule files (`*.yaml`, `*.yml`, `*.json`, not `*.test.*`), full paths, sorted. */
  rules: string[];
  /** Fixture files by the rule id they test (`<RULE-ID>.test.yaml` / `.test.yml`), sorted by path. */
  fixtures: { ruleId: string; path: string }[];
  /** `clauses.yaml` at the top of the pack (the catalog's clause list, not a rule), when present. */
  clauses?: string;
  /** `_fixtures/base.yaml`: the school a pack's fixtures start from, when present. */
  base?: string;
}

const RULE_FILE = /\.(ya?ml|json)$/i;
const TEST_FILE = /\.test\.(ya?ml|json)$/i;
const FIXTURE_FILE = /\.test\.ya?ml$/i;

/**
 * The one definition of a rule pack's layout, shared by `audit --rules`, `testRulePackDir`, the
 * catalog generator and the bundled rules' own test: folders starting with `_` (`_fixtures/`) or
 * `.` and folders named `data` hold no rules; every other YAML or JSON file is a rule unless it is
 * a `*.test.*` fixture. Synchronous because the catalog generator is a synchronous script and a
 * pack is a few hundred names at most. Throws the file-system error when `dir` cannot be listed
 * (callers turn it into a diagnostic).
 */
export function listRulePackFiles(dir: string): RulePackListing {
  const rules: string[] = [];
  const fixtures: { ruleId: string; path: string }[] = [];
  const walk = (folder: string, top: boolean) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_') && !entry.name.startsWith('.') && entry.name !== 'data')
          walk(path, false);
      } else if (FIXTURE_FILE.test(entry.name)) {
        fixtures.push({ ruleId: entry.name.replace(FIXTURE_FILE, ''), path });
      } else if (
        RULE_FILE.test(entry.name) &&
        !TEST_FILE.test(entry.name) &&
        !(top && entry.name === 'clauses.yaml')
      ) {
        rules.push(path);
      }
    }
  };
  walk(dir, true);
  const listing: RulePackListing = {
    rules: rules.sort(compareStrings),
    fixtures: fixtures.sort((a, b) => compareStrings(a.path, b.path)),
  };
  const clauses = readdirSync(dir).includes('clauses.yaml');
  if (clauses) listing.clauses = join(dir, 'clauses.yaml');
  try {
    if (readdirSync(join(dir, '_fixtures')).includes('base.yaml'))
      listing.base = join(dir, '_fixtures', 'base.yaml');
  } catch {
    // No `_fixtures/` folder: the pack uses the bundled base school.
  }
  return listing;
}
