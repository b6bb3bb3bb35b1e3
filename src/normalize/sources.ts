import type { SourceLocation, SourceMap } from '../model/types.js';

/** Fact name → source location of the input value it came from, for the pointers the source map knows. */
export function locateFacts(
  sources: SourceMap | undefined,
  pointers: Readonly<Record<string, string>>,
): Readonly<Record<string, SourceLocation>> | undefined {
  if (!sources) return undefined;
  const out: Record<string, SourceLocation> = {};
  for (const fact of Object.keys(pointers).sort()) {
    const location = sources.locate(pointers[fact] as string);
    if (location) out[fact] = location;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
