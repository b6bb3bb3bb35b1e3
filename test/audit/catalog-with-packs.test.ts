import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogWithPacks } from '../../src/audit/catalog-with-packs.js';
import { catalog, mergeCatalog, parseRulePack } from '../../src/catalog/index.js';

const PACK = join(__dirname, '../fixtures/rules/good/X-SCHOOL-NO-REGULATION.yaml');
const pack = () => parseRulePack([{ path: PACK, text: readFileSync(PACK, 'utf8') }]).rules;

describe('catalogWithPacks', () => {
  it('merges like mergeCatalog', () => {
    const rules = pack();
    const merged = catalogWithPacks(catalog(), rules);
    const plain = mergeCatalog(catalog(), [{ rules }]);
    expect(merged.diagnostics).toEqual(plain.diagnostics);
    expect(merged.catalog.hash).toBe(plain.catalog.hash);
    expect(merged.catalog.rules.map((r) => r.id)).toEqual(plain.catalog.rules.map((r) => r.id));
  });

  it('gives the same catalog for the same pack array, so compiled rules are reused', () => {
    const rules = pack();
    expect(catalogWithPacks(catalog(), rules).catalog).toBe(catalogWithPacks(catalog(), rules).catalog);
  });

  it('merges again when the array changed in place or is another array', () => {
    const rules = pack();
    const first = catalogWithPacks(catalog(), rules).catalog;
    const other = { ...rules[0]!, id: 'X-OTHER' };
    rules.push(other);
    const grown = catalogWithPacks(catalog(), rules).catalog;
    expect(grown).not.toBe(first);
    expect(grown.rules.map((r) => r.id)).toContain('X-OTHER');
    rules[1] = { ...other, id: 'X-THIRD' };
    const replaced = catalogWithPacks(catalog(), rules).catalog;
    expect(replaced.rules.map((r) => r.id)).toContain('X-THIRD');
    expect(replaced.rules.map((r) => r.id)).not.toContain('X-OTHER');
    expect(catalogWithPacks(catalog(), [...rules]).catalog).not.toBe(replaced);
  });
});
