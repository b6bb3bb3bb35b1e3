import type { SourceLocation, SourceMap } from '../model/types.js';
import type { Subject } from './types.js';

/** Fact name → source location of the input value it came from, for the pointers the source map knows. */
function locateFacts(
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

/**
 * Builds a subject whose `sources` are looked up when first read, then kept. Positions are needed
 * only for the evidence of findings and for `explain`, so a regional run no longer locates every
 * fact of every subject. `pointers` is called at most once. Without a source map the subject has
 * no `sources` at all, as before; reading them gives what `locateFacts` gives.
 */
export function subjectWithSources(
  head: Pick<Subject, 'type' | 'id' | 'label' | 'facts'>,
  sources: SourceMap | undefined,
  pointers: () => Readonly<Record<string, string>>,
  pointer?: string,
): Subject {
  if (!sources) {
    const subject: Subject = { type: head.type, id: head.id, label: head.label, facts: head.facts };
    if (pointer !== undefined) subject.pointer = pointer;
    return subject;
  }
  let located: Readonly<Record<string, SourceLocation>> | undefined;
  let done = false;
  // Accessors written in the literal (not Object.defineProperty on every subject): every subject
  // then shares one shape, which keeps building hundreds per school cheap.
  const subject: Subject = {
    type: head.type,
    id: head.id,
    label: head.label,
    facts: head.facts,
    get sources() {
      if (!done) {
        located = locateFacts(sources, pointers());
        done = true;
      }
      return located;
    },
    // Assigning replaces the lazy value with a plain one, as for any other subject field.
    set sources(value: Subject['sources']) {
      located = value;
      done = true;
    },
  };
  if (pointer !== undefined) subject.pointer = pointer;
  return subject;
}
