import type { Catalog } from './types.js';
import { BUNDLED_CATALOG } from './bundled.generated.js';

/** The bundled catalog: every clause of the regulation and the rules that decide them. */
export function catalog(): Catalog {
  return BUNDLED_CATALOG;
}
