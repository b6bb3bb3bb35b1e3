import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

/**
 * TypeScript's compiler API, for the tests that parse or type-check code. Loaded with require: an
 * ESM import of its 9 MB CommonJS bundle first scans the whole file for its export names
 * (cjs-module-lexer), ~0.7 CPU-s in each worker on top of the ~0.3 s the load itself costs.
 * scripts/gen-api-report.mjs loads it the same way.
 */
export const ts: typeof TypeScript = createRequire(import.meta.url)('typescript');
